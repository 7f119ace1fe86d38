//! Builders shared by integration tests: small DOCX files made in memory.

#![allow(dead_code)]

use std::io::Write;

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;

pub const NS: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

/// A DOCX with this body XML and extra parts (names relative to word/, e.g.
/// "footnotes.xml", "numbering.xml"; each given as the inner XML of its root element).
pub fn docx(body: &str, parts: &[(&str, &str, String)]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>{body}<w:sectPr/></w:body></w:document>"#
    );
    w.start_file("[Content_Types].xml", opts).unwrap();
    w.write_all(CONTENT_TYPES.as_bytes()).unwrap();
    w.start_file("word/document.xml", opts).unwrap();
    w.write_all(document.as_bytes()).unwrap();
    for (name, root, inner) in parts {
        w.start_file(format!("word/{name}"), opts).unwrap();
        let xml =
            format!(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{root} {NS}>{inner}</w:{root}>"#);
        w.write_all(xml.as_bytes()).unwrap();
    }
    w.finish().unwrap().into_inner()
}

/// A paragraph of plain text.
pub fn p(text: &str) -> String {
    format!(r#"<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>"#)
}

/// A numbered paragraph (list `num`, level `ilvl`).
pub fn np(num: u32, ilvl: u32, text: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>"#
    )
}

/// A run holding a footnote reference.
pub fn footnote_ref(id: u32) -> String {
    format!(r#"<w:r><w:footnoteReference w:id="{id}"/></w:r>"#)
}

/// The inner XML of footnotes.xml with these notes (id, text).
pub fn footnotes(notes: &[(u32, String)]) -> String {
    notes.iter().map(|(id, t)| format!(r#"<w:footnote w:id="{id}">{}</w:footnote>"#, p(t))).collect()
}

/// The inner XML of numbering.xml: list `num` uses one abstract definition whose level 0
/// has this format and level text.
pub fn numbering(num: u32, fmt: &str, level_text: &str) -> String {
    format!(
        r#"<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{level_text}"/></w:lvl></w:abstractNum><w:num w:numId="{num}"><w:abstractNumId w:val="1"/></w:num>"#
    )
}

/// A table of `rows` rows and `cols` columns, each cell one paragraph.
pub fn table(rows: &[Vec<String>]) -> String {
    let mut s = String::from("<w:tbl>");
    for r in rows {
        s.push_str("<w:tr>");
        for c in r {
            s.push_str(&format!("<w:tc>{}</w:tc>", p(c)));
        }
        s.push_str("</w:tr>");
    }
    s.push_str("</w:tbl>");
    s
}
