//! PAN's text-alignment measures, to grade `reuse` on a public gold standard (PAN 2013
//! text alignment, see `examples/pan_eval.rs`): macro-averaged character recall and
//! precision, granularity and plagdet.
//!
//! A port of the official scorer (`perfmeasures.py`, Potthast et al., PAN 2009–2013,
//! pan-webis-de/pan-code), kept faithful on the points that change figures: cases and
//! detections are sets pooled over all document pairs; a detection counts for a case
//! only when it overlaps it on both sides (same suspicious and source document); recall
//! is averaged over all cases (an undetected case counts 0), precision is recall with
//! cases and detections swapped; granularity is the mean number of detections per
//! detected case; plagdet = F1 / log2(1 + granularity).

use std::collections::{BTreeMap, BTreeSet};

/// One annotation (a gold case or a detection): a stretch of characters in the
/// suspicious document (`this_*`) and the stretch of the source it was copied from.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Annotation {
    pub this_reference: String,
    pub this_offset: usize,
    pub this_length: usize,
    pub source_reference: String,
    pub source_offset: usize,
    pub source_length: usize,
}

/// The four figures PAN reports.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Measures {
    pub recall: f64,
    pub precision: f64,
    pub granularity: f64,
    pub plagdet: f64,
}

impl std::fmt::Display for Measures {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "plagdet {:.4}  recall {:.4}  precision {:.4}  granularity {:.4}",
            self.plagdet, self.recall, self.precision, self.granularity
        )
    }
}

/// All four measures of `detections` against `cases` (each a set: duplicates count once).
pub fn measures(cases: &[Annotation], detections: &[Annotation]) -> Measures {
    let cases: Vec<Annotation> = cases.iter().cloned().collect::<BTreeSet<_>>().into_iter().collect();
    let dets: Vec<Annotation> = detections.iter().cloned().collect::<BTreeSet<_>>().into_iter().collect();
    let recall = macro_avg_recall(&cases, &dets);
    let precision = macro_avg_recall(&dets, &cases);
    let granularity = granularity(&cases, &dets);
    Measures { recall, precision, granularity, plagdet: plagdet_score(recall, precision, granularity) }
}

/// `perfmeasures.plagdet_score`.
pub fn plagdet_score(rec: f64, prec: f64, gran: f64) -> f64 {
    if (rec == 0.0 && prec == 0.0) || prec < 0.0 || rec < 0.0 || gran < 1.0 {
        return 0.0;
    }
    (2.0 * rec * prec / (rec + prec)) / (1.0 + gran).log2()
}

/// Both sides overlap, in the same documents (`perfmeasures.is_overlapping`, external).
pub fn is_overlapping(a: &Annotation, b: &Annotation) -> bool {
    a.this_reference == b.this_reference
        && b.this_offset + b.this_length > a.this_offset
        && b.this_offset < a.this_offset + a.this_length
        && a.source_reference == b.source_reference
        && b.source_offset + b.source_length > a.source_offset
        && b.source_offset < a.source_offset + a.source_length
}

fn index(anns: &[Annotation]) -> BTreeMap<&str, Vec<&Annotation>> {
    let mut m: BTreeMap<&str, Vec<&Annotation>> = BTreeMap::new();
    for a in anns {
        m.entry(a.this_reference.as_str()).or_default().push(a);
    }
    m
}

/// `perfmeasures.macro_avg_recall` (precision is this with the arguments swapped).
pub fn macro_avg_recall(cases: &[Annotation], detections: &[Annotation]) -> f64 {
    if cases.is_empty() && detections.is_empty() {
        return 1.0;
    }
    if cases.is_empty() || detections.is_empty() {
        return 0.0;
    }
    let det_index = index(detections);
    let mut sum = 0.0;
    for (tref, cs) in index(cases) {
        let Some(ds) = det_index.get(tref) else { continue };
        for c in cs {
            sum += case_recall(c, ds);
        }
    }
    sum / cases.len() as f64
}

/// Share of the case's characters (both sides) covered by overlapping detections.
fn case_recall(case: &Annotation, detections: &[&Annotation]) -> f64 {
    let over: Vec<&&Annotation> = detections.iter().filter(|d| is_overlapping(case, d)).collect();
    if over.is_empty() {
        return 0.0;
    }
    let mut this = vec![false; case.this_length];
    let mut source = vec![false; case.source_length];
    for d in over {
        mark(&mut this, case.this_offset, case.this_length, d.this_offset, d.this_length);
        mark(&mut source, case.source_offset, case.source_length, d.source_offset, d.source_length);
    }
    let n = this.iter().filter(|&&x| x).count() + source.iter().filter(|&&x| x).count();
    n as f64 / (case.this_length + case.source_length) as f64
}

/// `perfmeasures.mark_overlapping_chars`.
fn mark(bits: &mut [bool], off1: usize, len1: usize, off2: usize, len2: usize) {
    let diff = off2 as i64 - off1 as i64;
    let start = diff.max(0).min(len1 as i64) as usize;
    let end = (diff + len2 as i64).max(0).min(len1 as i64) as usize;
    if start < end {
        bits[start..end].fill(true);
    }
}

/// `perfmeasures.granularity`.
pub fn granularity(cases: &[Annotation], detections: &[Annotation]) -> f64 {
    if detections.is_empty() {
        return 1.0;
    }
    let det_index = index(detections);
    let mut per_case = Vec::new();
    for (tref, cs) in index(cases) {
        let Some(ds) = det_index.get(tref) else { continue };
        for c in cs {
            per_case.push(ds.iter().filter(|d| is_overlapping(c, d)).count());
        }
    }
    let detected = per_case.iter().filter(|&&n| n > 0).count();
    if detected == 0 {
        return 1.0;
    }
    per_case.iter().sum::<usize>() as f64 / detected as f64
}

/// The annotations of one PAN XML file (`<feature name="plagiarism" this_offset=…>`), for
/// the suspicious document named in the root's `reference`. File names lose `.txt`, as in
/// the official scorer.
pub fn parse_xml(xml: &str) -> Vec<Annotation> {
    let attr = |tag: &str, name: &str| -> Option<String> {
        let pat = format!(" {name}=\"");
        let at = tag.find(&pat)? + pat.len();
        let end = tag[at..].find('"')? + at;
        Some(tag[at..end].to_string())
    };
    let Some(root_at) = xml.find("<document") else { return Vec::new() };
    let root_end = xml[root_at..].find('>').map_or(xml.len(), |e| root_at + e);
    let Some(this_ref) = attr(&xml[root_at..root_end], "reference") else { return Vec::new() };
    let mut out = Vec::new();
    let mut rest = &xml[root_end..];
    while let Some(s) = rest.find("<feature") {
        let e = rest[s..].find('>').map_or(rest.len(), |e| s + e);
        let tag = &rest[s..e];
        rest = &rest[e..];
        if !attr(tag, "name").is_some_and(|n| n.ends_with("plagiarism")) {
            continue;
        }
        let num = |n: &str| attr(tag, n).and_then(|v| v.parse::<usize>().ok());
        let (Some(to), Some(tl), Some(sref), Some(so), Some(sl)) = (
            num("this_offset"),
            num("this_length"),
            attr(tag, "source_reference"),
            num("source_offset"),
            num("source_length"),
        ) else {
            continue;
        };
        out.push(Annotation {
            this_reference: this_ref.replace(".txt", ""),
            this_offset: to,
            this_length: tl,
            source_reference: sref.replace(".txt", ""),
            source_offset: so,
            source_length: sl,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    //! The official scorer's own unit tests (external annotations), ported.
    use super::*;

    fn ann(t: &str, to: usize, tl: usize, s: &str, so: usize, sl: usize) -> Annotation {
        Annotation {
            this_reference: t.into(),
            this_offset: to,
            this_length: tl,
            source_reference: s.into(),
            source_offset: so,
            source_length: sl,
        }
    }

    fn anns() -> [Annotation; 6] {
        [
            ann("tref1", 0, 100, "sref1", 0, 100),     // 1
            ann("tref1", 100, 100, "sref1", 100, 100), // 3
            ann("tref1", 0, 200, "sref1", 0, 200),     // 4
            ann("tref2", 0, 100, "sref2", 0, 100),     // 7
            ann("tref2", 50, 100, "sref2", 50, 100),   // 9
            ann("tref2", 25, 75, "sref2", 25, 75),     // 10
        ]
    }

    #[test]
    fn macro_recall() {
        let [a1, _, _, a7, _, _] = anns();
        assert_eq!(macro_avg_recall(&[], &[]), 1.0);
        assert_eq!(macro_avg_recall(std::slice::from_ref(&a1), &[]), 0.0);
        assert_eq!(macro_avg_recall(std::slice::from_ref(&a1), std::slice::from_ref(&a1)), 1.0);
        assert_eq!(macro_avg_recall(&[a1.clone(), a7.clone()], std::slice::from_ref(&a1)), 0.5);
        assert_eq!(macro_avg_recall(std::slice::from_ref(&a1), std::slice::from_ref(&a7)), 0.0);
    }

    #[test]
    fn case_recall_as_official() {
        let [a1, a3, a4, a7, a9, a10] = anns();
        assert_eq!(case_recall(&a1, &[]), 0.0);
        assert_eq!(case_recall(&a1, &[&a1]), 1.0);
        assert_eq!(case_recall(&a1, &[&a3]), 0.0);
        assert_eq!(case_recall(&a1, &[&a4]), 1.0);
        assert_eq!(case_recall(&a1, &[&a4, &a7]), 1.0);
        assert_eq!(case_recall(&a1, &[&a7, &a9]), 0.0);
        assert_eq!(case_recall(&a7, &[&a9]), 0.5);
        assert_eq!(case_recall(&a7, &[&a10]), 0.75);
        assert_eq!(case_recall(&a7, &[&a9, &a10]), 0.75);
    }

    #[test]
    fn granularity_as_official() {
        let [a1, _, _, a7, a9, a10] = anns();
        assert_eq!(granularity(&[], &[]), 1.0);
        assert_eq!(granularity(std::slice::from_ref(&a1), std::slice::from_ref(&a1)), 1.0);
        assert_eq!(granularity(std::slice::from_ref(&a7), &[a9.clone(), a10.clone()]), 2.0);
        assert_eq!(granularity(&[a1.clone(), a7.clone()], &[a1.clone(), a9.clone(), a10.clone()]), 1.5);
    }

    #[test]
    fn plagdet_as_official() {
        assert_eq!(plagdet_score(0.0, 0.0, 1.0), 0.0);
        assert_eq!(plagdet_score(1.0, 1.0, 1.0), 1.0);
        assert!((plagdet_score(0.5, 1.0, 1.0) - 2.0 / 3.0).abs() < 1e-12);
        assert!((plagdet_score(1.0, 1.0, 3.0) - 0.5).abs() < 1e-12);
        assert_eq!(plagdet_score(1.0, 1.0, 0.5), 0.0);
    }

    #[test]
    fn gold_against_itself_is_perfect() {
        let [a1, a3, _, a7, _, _] = anns();
        let gold = [a1, a3, a7];
        let m = measures(&gold, &gold);
        assert_eq!((m.recall, m.precision, m.granularity, m.plagdet), (1.0, 1.0, 1.0, 1.0));
    }

    #[test]
    fn xml_is_read() {
        let x = r#"<document reference="suspicious-document00005.txt">
<feature name="plagiarism" obfuscation="none" this_offset="3592" this_length="687" source_reference="source-document01090.txt" source_offset="1318" source_length="685"/>
<feature name="about" this_offset="1" this_length="2"/>
</document>"#;
        assert_eq!(parse_xml(x), vec![ann("suspicious-document00005", 3592, 687, "source-document01090", 1318, 685)]);
    }
}
