//! The workbook of `series` (`--format xlsx`): a timeline sheet (one row per lineage,
//! one column per document, each cell `=` `~` `+` `·` coloured as on the HTML page, with
//! the task's text in that document as the cell's note where it was reworded), a sheet
//! of counts per period, and one sheet per finding (stale, returned, once). Headers in
//! the interface language; the sheets are laid out by [`super::xlsx::sheet`].

use super::lang::{Lang, words};
use super::series::{column_name, first_section, month_rows, one_line, series_words};
use super::xlsx::{Col, io_err, sheet};
use crate::series::{Cell, SeriesReport};
use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder, Note, Workbook, XlsxError};
use std::io;

fn cell_colour(c: Cell) -> Option<u32> {
    match c {
        Cell::Identical => Some(0xEEF1F4),
        Cell::Reworded => Some(0xFFF6DC),
        Cell::New => Some(0xE3F6E6),
        Cell::Absent => None,
    }
}

/// The timeline: unit, lineage, section, text, then one column per position in the
/// series (headed by the first unit's periods when every unit has as many documents,
/// else by the position), then documents, longest identical run.
fn timeline(wb: &mut Workbook, r: &SeriesReport, lang: Lang) -> Result<(), XlsxError> {
    let w = words(lang);
    let sw = series_words(lang);
    let width = r.series.iter().map(|s| s.documents.len()).max().unwrap_or(0);
    let same_heads = r.series.windows(2).all(|p| {
        p[0].documents.len() == p[1].documents.len()
            && (0..p[0].documents.len()).all(|c| column_name(&p[0], c) == column_name(&p[1], c))
    });
    let ws = wb.add_worksheet();
    ws.set_name(sw.timeline)?;
    let head = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xD9E1E8))
        .set_border_bottom(FormatBorder::Thin)
        .set_text_wrap()
        .set_align(FormatAlign::Top);
    let mut header: Vec<String> = vec![w.unit.into(), sw.lineage.into(), w.section.into(), w.tasks.into()];
    for c in 0..width {
        header.push(match r.series.first() {
            Some(s) if same_heads && c < s.documents.len() => column_name(s, c),
            _ => format!("#{}", c + 1),
        });
    }
    header.push(sw.in_documents.into());
    header.push(sw.longest_run.into());
    for (c, h) in header.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, h, &head)?;
    }
    ws.set_column_width(0, 20.0)?;
    ws.set_column_width(1, 7.0)?;
    ws.set_column_width(2, 8.0)?;
    ws.set_column_width(3, 60.0)?;
    for c in 0..width {
        ws.set_column_width((4 + c) as u16, 8.0)?;
    }
    ws.set_column_width((4 + width) as u16, 9.0)?;
    ws.set_column_width((5 + width) as u16, 11.0)?;
    let top = Format::new().set_align(FormatAlign::Top);
    let wrap = top.clone().set_text_wrap();
    let mark = |c: Cell| {
        let f = Format::new().set_align(FormatAlign::Center).set_align(FormatAlign::Top);
        match cell_colour(c) {
            Some(rgb) => f.set_background_color(Color::RGB(rgb)),
            None => f.set_font_color(Color::RGB(0xB0B8BF)),
        }
    };
    let mut row = 0u32;
    for s in &r.series {
        let unit = s.unit.clone().unwrap_or_default();
        for l in &s.lineages {
            row += 1;
            ws.write_string_with_format(row, 0, &unit, &top)?;
            ws.write_number_with_format(row, 1, l.id as f64, &top)?;
            ws.write_string_with_format(row, 2, first_section(l), &top)?;
            ws.write_string_with_format(row, 3, one_line(&l.text), &wrap)?;
            for c in 0..s.documents.len() {
                let cell = l.cell(c);
                let col = (4 + c) as u16;
                ws.write_string_with_format(row, col, cell.symbol().to_string(), &mark(cell))?;
                if let Some(rw) = l.reworded.iter().find(|x| x.column == c) {
                    ws.insert_note(row, col, &Note::new(one_line(&rw.text)).add_author_prefix(false))?;
                }
            }
            ws.write_number_with_format(row, (4 + width) as u16, l.months as f64, &top)?;
            ws.write_number_with_format(row, (5 + width) as u16, l.longest_identical_run as f64, &top)?;
        }
    }
    ws.set_freeze_panes(1, 4)?;
    ws.autofilter(0, 0, row, (header.len() - 1) as u16)?;
    Ok(())
}

/// The whole report as a workbook.
pub fn xlsx(r: &SeriesReport, lang: Lang) -> io::Result<Vec<u8>> {
    let w = words(lang);
    let sw = series_words(lang);
    let mut wb = Workbook::new();
    timeline(&mut wb, r, lang).map_err(io_err)?;

    // Counts per period.
    let header = [
        w.unit,
        w.period,
        w.file,
        w.tasks,
        w.carried,
        w.identical,
        w.reworded,
        w.new,
        sw.returned,
        w.dropped,
        sw.identical_share,
    ];
    let cols = [
        Col::Text(20.0),
        Col::Text(10.0),
        Col::Wrap(36.0),
        Col::Number(9.0),
        Col::Number(9.0),
        Col::Number(9.0),
        Col::Number(9.0),
        Col::Number(9.0),
        Col::Number(9.0),
        Col::Number(9.0),
        Col::Number(11.0),
    ];
    let rows: Vec<Vec<String>> = r.series.iter().flat_map(month_rows).map(Vec::from).collect();
    let ws = wb.add_worksheet();
    ws.set_name(sw.per_period).map_err(io_err)?;
    sheet(ws, &header, &cols, &rows, &|_| None).map_err(io_err)?;

    // One sheet per finding.
    let find_cols = [Col::Text(20.0), Col::Number(7.0), Col::Text(9.0), Col::Wrap(60.0), Col::Text(24.0)];
    type Detail = fn(&crate::series::Series, &crate::series::Lineage) -> String;
    type Ids = fn(&crate::series::Findings) -> &[usize];
    let kinds: [(&str, &str, Ids, Detail); 3] = [
        (sw.stale, sw.longest_run, |f| &f.stale, |_, l| l.longest_identical_run.to_string()),
        (
            sw.back,
            sw.returned,
            |f| &f.returned,
            |s, l| l.returned.iter().map(|x| column_name(s, x.column)).collect::<Vec<_>>().join(", "),
        ),
        (sw.once, w.period, |f| &f.once, |s, l| column_name(s, l.first)),
    ];
    for (name, detail, ids, what) in kinds {
        let mut rows = Vec::new();
        for s in &r.series {
            for &id in ids(&s.findings) {
                let l = &s.lineages[id - 1];
                rows.push(vec![
                    s.unit.clone().unwrap_or_default(),
                    id.to_string(),
                    first_section(l).to_string(),
                    one_line(&l.text),
                    what(s, l),
                ]);
            }
        }
        let ws = wb.add_worksheet();
        ws.set_name(name).map_err(io_err)?;
        sheet(ws, &[w.unit, sw.lineage, w.section, w.tasks, detail], &find_cols, &rows, &|_| None).map_err(io_err)?;
    }
    wb.save_to_buffer().map_err(io_err)
}
