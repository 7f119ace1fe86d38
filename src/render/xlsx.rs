//! Excel workbooks (`--format xlsx`) for `compare`, `reuse` and `check`: the rows of the
//! CSV form (one per task, pair or finding) under a header in the interface language,
//! the status coloured, columns sized, text wrapped, the header frozen and filters on.
//! Pure functions from a result to the file's bytes.

use super::lang::Lang;
use crate::check::Finding;
use crate::compare::Comparison;
use crate::model::Document;
use crate::render::compare::View;
use crate::reuse::ReuseReport;
use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError};
use std::io;

pub(crate) fn io_err(e: XlsxError) -> io::Error {
    io::Error::other(e.to_string())
}

/// What a column holds: text (wrapped when wide), or a number written as one.
#[derive(Clone, Copy)]
pub(crate) enum Col {
    Text(f64),
    Wrap(f64),
    Number(f64),
}

/// Writes one sheet: header, rows, sizes, frozen header, autofilter. `colour` picks a
/// row's background from its cells.
pub(crate) fn sheet(
    ws: &mut Worksheet,
    header: &[&str],
    cols: &[Col],
    rows: &[Vec<String>],
    colour: &dyn Fn(&[String]) -> Option<u32>,
) -> Result<(), XlsxError> {
    let head = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xD9E1E8))
        .set_border_bottom(FormatBorder::Thin)
        .set_text_wrap()
        .set_align(FormatAlign::Top);
    for (c, h) in header.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, *h, &head)?;
    }
    for (c, col) in cols.iter().enumerate() {
        let width = match col {
            Col::Text(w) | Col::Wrap(w) | Col::Number(w) => *w,
        };
        ws.set_column_width(c as u16, width)?;
    }
    for (r, row) in rows.iter().enumerate() {
        let r = (r + 1) as u32;
        let mut fmt = Format::new().set_align(FormatAlign::Top);
        if let Some(rgb) = colour(row) {
            fmt = fmt.set_background_color(Color::RGB(rgb));
        }
        for (c, v) in row.iter().enumerate() {
            match cols[c] {
                Col::Number(_) if !v.is_empty() => match v.parse::<f64>() {
                    Ok(x) => ws.write_number_with_format(r, c as u16, x, &fmt)?,
                    Err(_) => ws.write_string_with_format(r, c as u16, v, &fmt)?,
                },
                Col::Wrap(_) => ws.write_string_with_format(r, c as u16, v, &fmt.clone().set_text_wrap())?,
                _ => ws.write_string_with_format(r, c as u16, v, &fmt)?,
            };
        }
    }
    ws.set_freeze_panes(1, 0)?;
    ws.autofilter(0, 0, rows.len() as u32, (header.len() - 1) as u16)?;
    Ok(())
}

fn book(
    name: &str,
    header: &[&str],
    cols: &[Col],
    rows: &[Vec<String>],
    colour: &dyn Fn(&[String]) -> Option<u32>,
) -> io::Result<Vec<u8>> {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name(name).map_err(io_err)?;
    sheet(ws, header, cols, rows, colour).map_err(io_err)?;
    wb.save_to_buffer().map_err(io_err)
}

/// The colour of a task status (the HTML report's colours).
fn status_colour(status: &str) -> Option<u32> {
    match status {
        "identical" => Some(0xEEF1F4),
        "reworded" => Some(0xFFF6DC),
        "new" => Some(0xE3F6E6),
        "dropped" => Some(0xFDE8E8),
        _ => None,
    }
}

/// The comparison's tasks, one row each, the CSV's rows.
pub fn compare(c: &Comparison, view: &View, lang: Lang) -> io::Result<Vec<u8>> {
    let header: [&str; 13] = match lang {
        Lang::Vi => [
            "trạng thái",
            "giữ nguyên",
            "chuyển mục",
            "độ giống",
            "mục cũ",
            "nhiệm vụ cũ",
            "mục mới",
            "nhiệm vụ mới",
            "từ bỏ đi",
            "từ thêm vào",
            "gần nhất: mục",
            "gần nhất: số",
            "gần nhất: độ giống",
        ],
        Lang::En => super::compare::CSV_HEADER,
    };
    let cols = [
        Col::Text(11.0),
        Col::Text(9.0),
        Col::Text(9.0),
        Col::Number(8.0),
        Col::Text(9.0),
        Col::Wrap(60.0),
        Col::Text(9.0),
        Col::Wrap(60.0),
        Col::Wrap(25.0),
        Col::Wrap(25.0),
        Col::Text(9.0),
        Col::Number(7.0),
        Col::Number(8.0),
    ];
    let rows: Vec<Vec<String>> = super::compare::csv_rows(c, view).into_iter().map(Vec::from).collect();
    let name = if lang == Lang::Vi { "So sánh" } else { "Comparison" };
    book(name, &header, &cols, &rows, &|r| status_colour(&r[0]))
}

/// The reuse report's pairs, one row each, the CSV's rows.
pub fn reuse(r: &ReuseReport, lang: Lang) -> io::Result<Vec<u8>> {
    let header: [&str; 11] = match lang {
        Lang::Vi => [
            "tệp A",
            "đơn vị A",
            "kỳ A",
            "tệp B",
            "đơn vị B",
            "kỳ B",
            "cùng thời điểm",
            "A có trong B",
            "B có trong A",
            "số từ trùng",
            "số đoạn trùng",
        ],
        Lang::En => super::reuse::CSV_HEADER,
    };
    let cols = [
        Col::Wrap(40.0),
        Col::Text(22.0),
        Col::Text(10.0),
        Col::Wrap(40.0),
        Col::Text(22.0),
        Col::Text(10.0),
        Col::Text(9.0),
        Col::Number(10.0),
        Col::Number(10.0),
        Col::Number(10.0),
        Col::Number(10.0),
    ];
    let rows: Vec<Vec<String>> = super::reuse::csv_rows(r).into_iter().map(Vec::from).collect();
    let name = if lang == Lang::Vi { "Cặp văn bản" } else { "Pairs" };
    // Pairs where one holds half of the other's text or more stand out.
    book(name, &header, &cols, &rows, &|row| {
        let top = row[7].parse::<f64>().unwrap_or(0.0).max(row[8].parse::<f64>().unwrap_or(0.0));
        (top >= 0.5).then_some(0xFDE8E8)
    })
}

/// The columns of `check`'s rows (CSV names; the spreadsheet's header is in the interface
/// language).
pub const CHECK_HEADER: [&str; 8] = ["file", "unit", "section", "line", "severity", "rule", "text", "message"];

/// `check`'s findings, one row each.
pub fn check_rows(results: &[(&Document, &[Finding])]) -> Vec<[String; 8]> {
    let mut rows = Vec::new();
    for (doc, findings) in results {
        for f in *findings {
            rows.push([
                doc.source.clone(),
                doc.meta.unit.as_ref().map(|u| u.to_string()).unwrap_or_default(),
                f.section.clone(),
                f.line.to_string(),
                f.severity.name().to_string(),
                f.rule.to_string(),
                f.text.clone(),
                f.message.clone(),
            ]);
        }
    }
    rows
}

/// `check`'s findings as a workbook, one row each.
pub fn check(results: &[(&Document, &[Finding])], lang: Lang) -> io::Result<Vec<u8>> {
    let header: [&str; 8] = match lang {
        Lang::Vi => ["tệp", "đơn vị", "mục", "dòng", "mức", "quy tắc", "chữ", "giải thích"],
        Lang::En => CHECK_HEADER,
    };
    let cols = [
        Col::Wrap(30.0),
        Col::Text(20.0),
        Col::Text(9.0),
        Col::Number(7.0),
        Col::Text(9.0),
        Col::Text(18.0),
        Col::Wrap(30.0),
        Col::Wrap(60.0),
    ];
    let rows: Vec<Vec<String>> = check_rows(results).into_iter().map(Vec::from).collect();
    let name = if lang == Lang::Vi { "Lỗi" } else { "Findings" };
    book(name, &header, &cols, &rows, &|r| match r[4].as_str() {
        "error" => Some(0xFDE8E8),
        "warning" => Some(0xFFF6DC),
        "note" => Some(0xE6F0FB),
        _ => None,
    })
}
