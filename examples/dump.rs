fn main() {
    let p = std::env::args().nth(1).unwrap();
    let t = std::fs::read_to_string(&p).unwrap();
    let t = t.replace("\r\n", "\n");
    let d = sosanh::outline::outline(&p, &t);
    println!("{:#?}", d.meta);
    println!("notes {:?}", d.notes);
    for f in &d.footnotes {
        println!(
            "FN {} line {:?} marker {:?}: {}",
            f.number,
            f.lines,
            f.marker_line,
            &f.text.chars().take(50).collect::<String>()
        );
    }
    fn walk(s: &sosanh::model::Section, depth: usize) {
        println!("{}[{}] {} ({:?}) {:?}", "  ".repeat(depth), s.path.join("."), s.heading, s.kind, s.lines);
        for t in &s.tasks {
            println!("{}  - {:?} {}", "  ".repeat(depth), t.lines, t.text);
        }
        for c in &s.children {
            walk(c, depth + 1);
        }
    }
    for s in &d.sections {
        walk(s, 0);
    }
}
