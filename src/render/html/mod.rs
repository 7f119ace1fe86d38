//! HTML reports: one self-contained page per result (inline CSS and a little JavaScript,
//! no network, no external fonts), readable on a laptop and printable on A4. Each
//! renderer is a pure function from a result to a `String`, so other front ends can serve
//! the same page; the command line writes it where it is told.
//!
//! Everything taken from a document is escaped ([`esc`]); the page's script only toggles
//! classes and sorts rows, and it applies a filter given in the URL (`#only=new,dropped`)
//! so a filtered view can be linked to (and tested in a headless browser).

// Pages are built line by line; a `\n` at the end of a long format string reads better
// than `writeln!` around one.
#![allow(clippy::write_with_newline)]

pub mod check;
pub mod compare;
pub mod outline;
pub mod reuse;
pub mod series;

use super::lang::Words;
use crate::compare::diff::{Edit, Op};
use std::fmt::Write as _;

/// Escapes text for HTML element content and double-quoted attributes.
pub fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + 8);
    for ch in s.chars() {
        match ch {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            _ => o.push(ch),
        }
    }
    o
}

/// The styles shared by every report: screen first, then A4 print.
const CSS: &str = r#"
:root{--ink:#1d2327;--mute:#5f6b73;--line:#d5dbe0;--bg:#fff;--soft:#f4f6f8;
--id:#eef1f4;--rw:#fff6dc;--mv:#f1e8ff;--nw:#e3f6e6;--dr:#fde8e8;--del:#f6c7c7;--ins:#bfe8c6}
*{box-sizing:border-box}
body{margin:0;padding:1.2rem 1.6rem;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:var(--ink);background:var(--bg)}
h1{font-size:1.35rem;margin:.2rem 0 .6rem}h2{font-size:1.1rem;margin:1.4rem 0 .5rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}
h3{font-size:1rem;margin:1rem 0 .3rem}
.meta{border-collapse:collapse;margin:.3rem 0 .8rem;font-size:.9rem}
.meta th,.meta td{border:1px solid var(--line);padding:.2rem .5rem;text-align:left;vertical-align:top}
.meta th{background:var(--soft);font-weight:600}
.summary{display:flex;flex-wrap:wrap;gap:.4rem;align-items:center;margin:.4rem 0}
.pill{border:1px solid var(--line);border-radius:999px;padding:.15rem .7rem;background:var(--soft);font-size:.9rem;cursor:pointer;font:inherit}
.pill[aria-pressed=false]{opacity:.45;text-decoration:line-through}
.pill.identical{background:var(--id)}.pill.reworded{background:var(--rw)}.pill.moved{background:var(--mv)}
.pill.new{background:var(--nw)}.pill.dropped{background:var(--dr)}.pill.split,.pill.merged{background:var(--rw)}
.muted{color:var(--mute)}.small{font-size:.85rem}
table.grid{border-collapse:collapse;width:100%;table-layout:fixed}
table.grid td,table.grid th{border-bottom:1px solid var(--line);padding:.3rem .45rem;vertical-align:top;overflow-wrap:anywhere}
table.grid th{background:var(--soft);text-align:left;position:sticky;top:0;z-index:1}
tr.sec td{background:#e9eef3;font-weight:600;border-top:2px solid #b9c4ce}
tr.sec .sim{font-weight:400}
td.tag{width:6.5rem;font-size:.8rem;color:var(--mute);white-space:nowrap}
tr.identical td.o,tr.identical td.n{background:var(--id)}
tr.reworded td.o,tr.reworded td.n{background:var(--rw)}
tr.moved td.tag{background:var(--mv)}
tr.new td.n{background:var(--nw)}tr.dropped td.o{background:var(--dr)}tr.split td.n,tr.merged td.o{background:var(--rw)}
tr.away td{color:var(--mute);font-style:italic;font-size:.85rem}
del{background:var(--del);text-decoration:line-through;text-decoration-color:#a33}
ins{background:var(--ins);text-decoration:none;font-weight:600}
mark{background:#ffe066;padding:0 .1rem}
.path{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85rem}
a{color:#0b5cad}
:target{outline:3px solid #f0a400}
.sev{display:inline-block;min-width:4.8rem;text-align:center;border-radius:4px;padding:0 .3rem;font-size:.8rem;font-weight:600}
.sev.error{background:#fde8e8;color:#9b1c1c}.sev.warning{background:#fff6dc;color:#7a5200}.sev.note{background:#e6f0fb;color:#1d4f8a}
ul.findings{list-style:none;padding-left:.4rem;margin:.2rem 0}
ul.findings li{margin:.35rem 0;padding:.3rem .5rem;border-left:3px solid var(--line);break-inside:avoid}
blockquote{margin:.2rem 0 .2rem 1rem;color:#333}
th.sortable{cursor:pointer}th.sortable:after{content:" ⇅";color:var(--mute)}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.heat{border-collapse:collapse;font-size:.75rem}
.heat td,.heat th{border:1px solid #fff;padding:0;width:1.6rem;height:1.6rem;text-align:center}
.heat th{font-weight:400;white-space:nowrap;padding:0 .3rem;text-align:right}
.heat thead th{height:auto;writing-mode:vertical-rl;transform:rotate(180deg);text-align:left;padding:.3rem 0}
.card{border:1px solid var(--line);border-radius:6px;padding:.5rem .7rem;margin:.6rem 0;break-inside:avoid}
.two{display:grid;grid-template-columns:1fr 1fr;gap:.6rem}
details>summary{cursor:pointer}
ol.tasks{margin:.2rem 0 .4rem 1.2rem;padding:0}
.outline ul{list-style:none;padding-left:1.1rem;margin:.1rem 0}
footer{margin-top:2rem;color:var(--mute);font-size:.8rem}
@media print{
 @page{size:A4;margin:12mm 10mm}
 body{padding:0;font-size:9.5pt}
 .noprint,.pill[aria-pressed]{display:none}
 table.grid th{position:static}
 tr{break-inside:avoid}
 a{color:inherit;text-decoration:none}
 details{display:block}details>summary{list-style:none}
 h2{break-after:avoid}
}
"#;

/// The script shared by every report: an error hook (a script error is written into the
/// page, so a test reading the DOM sees it), status filters, the `#only=` hash, and
/// sortable tables.
const JS: &str = r#"
(function(){
 function shown(){var a=[];document.querySelectorAll('button.pill[data-k]').forEach(function(b){if(b.getAttribute('aria-pressed')!=='false')a.push(b.dataset.k)});return a}
 function apply(){
  var on=shown();
  document.querySelectorAll('tbody.group').forEach(function(g){
   var any=false;
   g.querySelectorAll('tr[data-k]').forEach(function(r){
    var ks=r.dataset.k.split(' '),v=ks.some(function(k){return on.indexOf(k)>=0});
    r.hidden=!v;if(v)any=true});
   g.hidden=!any&&g.querySelectorAll('tr[data-k]').length>0;
  });
 }
 function fromHash(){
  var m=/only=([a-z,]+)/.exec(location.hash);if(!m)return;
  var want=m[1].split(',');
  document.querySelectorAll('button.pill[data-k]').forEach(function(b){b.setAttribute('aria-pressed',want.indexOf(b.dataset.k)>=0?'true':'false')});
 }
 document.querySelectorAll('button.pill[data-k]').forEach(function(b){
  b.addEventListener('click',function(){b.setAttribute('aria-pressed',b.getAttribute('aria-pressed')==='false'?'true':'false');apply()})});
 var all=document.getElementById('show-all');
 if(all)all.addEventListener('click',function(){document.querySelectorAll('button.pill[data-k]').forEach(function(b){b.setAttribute('aria-pressed','true')});apply()});
 fromHash();apply();
 window.addEventListener('hashchange',function(){fromHash();apply()});
 document.querySelectorAll('table.sortable').forEach(function(t){
  t.querySelectorAll('th.sortable').forEach(function(th,i){
   th.addEventListener('click',function(){
    var tb=t.tBodies[0],rows=Array.prototype.slice.call(tb.rows),num=th.classList.contains('num');
    var dir=th.dataset.dir==='asc'?-1:1;th.dataset.dir=dir===1?'asc':'desc';
    rows.sort(function(a,b){var x=a.cells[i].dataset.v||a.cells[i].textContent,y=b.cells[i].dataset.v||b.cells[i].textContent;
     if(num){x=parseFloat(x);y=parseFloat(y)}return x<y?-dir:x>y?dir:0});
    rows.forEach(function(r){tb.appendChild(r)});
   })})});
 document.documentElement.setAttribute('data-ready',String(Math.round(performance.now())));
})();
"#;

/// Records script errors in the page itself (first thing in `<head>`).
const ERROR_HOOK: &str = "window.addEventListener('error',function(e){document.documentElement.setAttribute('data-js-error',String(e.message))});";

/// Wraps a report body into a complete page.
pub(crate) fn page(w: &Words, title: &str, body: &str) -> String {
    let mut o = String::with_capacity(body.len() + CSS.len() + JS.len() + 512);
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"sosanh {}\">\n<title>{}</title>\n<script>{ERROR_HOOK}</script>\n<style>{CSS}</style>\n</head>\n<body>\n",
        w.lang_code,
        env!("CARGO_PKG_VERSION"),
        esc(title)
    );
    o.push_str(body);
    let _ = write!(
        o,
        "<footer>{} {}</footer>\n<script>{JS}</script>\n</body>\n</html>\n",
        w.made_by,
        env!("CARGO_PKG_VERSION")
    );
    o
}

/// One side of a word diff: the old side keeps equal and deleted words (deletions in
/// `<del>`), the new side equal and inserted words (insertions in `<ins>`).
pub(crate) fn diff_side(edits: &[Edit], old_side: bool) -> String {
    let mut o = String::new();
    for e in edits {
        match (e.op, old_side) {
            (Op::Equal, _) => o.push_str(&esc(&e.text)),
            (Op::Delete, true) => mark_span(&mut o, "del", &e.text),
            (Op::Insert, false) => mark_span(&mut o, "ins", &e.text),
            _ => {}
        }
    }
    o
}

/// Writes `<tag>text</tag>` with the trailing space outside the mark.
fn mark_span(o: &mut String, tag: &str, text: &str) {
    let trimmed = text.trim_end();
    let _ = write!(o, "<{tag}>{}</{tag}>{}", esc(trimmed), esc(&text[trimmed.len()..]));
}

/// Marks the first occurrence of `needle` in `hay` (both escaped); `hay` alone when absent.
pub(crate) fn mark_in(hay: &str, needle: &str) -> String {
    if needle.is_empty() {
        return esc(hay);
    }
    match hay.find(needle) {
        Some(i) => format!("{}<mark>{}</mark>{}", esc(&hay[..i]), esc(needle), esc(&hay[i + needle.len()..])),
        None => esc(hay),
    }
}

/// A metadata value or "unknown".
pub(crate) fn or_unknown(w: &Words, v: Option<&str>) -> String {
    match v {
        Some(s) if !s.is_empty() => esc(s),
        _ => format!("<span class=\"muted\">{}</span>", w.unknown),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            esc("<script>alert(\"x\")</script> & 'y'"),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"
        );
    }

    #[test]
    fn marks_the_slip_and_escapes_around_it() {
        assert_eq!(mark_in("a <b> c", "<b>"), "a <mark>&lt;b&gt;</mark> c");
        assert_eq!(mark_in("abc", "z"), "abc");
    }

    #[test]
    fn diff_sides_keep_their_own_words() {
        let edits = vec![
            Edit { op: Op::Equal, text: "họp ".into() },
            Edit { op: Op::Delete, text: "12/2025 ".into() },
            Edit { op: Op::Insert, text: "02/2026 ".into() },
        ];
        assert_eq!(diff_side(&edits, true), "họp <del>12/2025</del> ");
        assert_eq!(diff_side(&edits, false), "họp <ins>02/2026</ins> ");
    }
}
