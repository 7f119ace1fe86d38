#!/usr/bin/env python3
"""Re-score a sosanh compare JSON against saved verdicts.
usage: python3 score.py N FILE.json   (N = pair number; verdicts in verdicts_pairN.py beside this script)
Tasks are found by a text prefix (whitespace/case-normalised), so renumbering in a later build does
not break the audit; the outline key (path#number) is printed for reference."""
import json, sys, os, re, importlib.util
def norm(s): return re.sub(r"\s+", " ", s).strip().lower()
def load(n):
    p = os.path.join(os.path.dirname(os.path.abspath(__file__)), f"verdicts_pair{n}.py")
    spec = importlib.util.spec_from_file_location("v", p); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m
def main():
    n, f = sys.argv[1], sys.argv[2]
    V = load(n); c = json.load(open(f))
    # side -> list of (text, [(status, partner_text or None)])
    side = {"old": {}, "new": {}}
    for t in c["tasks"]:
        o, w, s = t.get("old"), t.get("new"), t["status"]
        h = t.get("heading")
        if o and w:
            pt_new = None if h == "new" else w["text"]   # a heading is not a task
            pt_old = None if h == "old" else o["text"]
            if h != "old": side["old"].setdefault(o["text"], []).append((s, pt_new))
            if h != "new": side["new"].setdefault(w["text"], []).append((s, pt_old))
        elif o: side["old"].setdefault(o["text"], []).append((s, None))
        elif w: side["new"].setdefault(w["text"], []).append((s, None))
    tot = {"judged": 0, "right": 0, "wrong": 0, "unclear": 0, "missing": 0}
    for sname, lst in (("old", V.old), ("new", V.new)):
        for key, pre, verdict in lst:
            cands = [tx for tx in side[sname] if norm(tx).startswith(norm(pre))]
            if verdict[0] == "unclear":
                tot["unclear"] += 1; continue
            if len(cands) != 1:
                tot["missing"] += 1
                print(f"?? {sname} {key}: task '{pre}' found {len(cands)} times in this output; not scored"); continue
            calls = side[sname][cands[0]]
            partners = [p for _, p in calls if p]
            tot["judged"] += 1
            if verdict[0] == "absent":
                ok = not partners
            else:
                ok = any(norm(p).startswith(norm(x)) for p in partners for x in verdict[1])
            tot["right" if ok else "wrong"] += 1
            if not ok:
                print(f"WRONG {sname} {key} '{pre[:50]}': expected {verdict[0]} {verdict[1] if len(verdict)>1 else ''}; "
                      f"sosanh: {[(s, (p or '')[:50]) for s, p in calls]}")
    print(f"pair{n}: old tasks {c['old']['tasks']}, new tasks {c['new']['tasks']}; judged {tot['judged']}, "
          f"right {tot['right']}, wrong {tot['wrong']}, unclear {tot['unclear']}, not found {tot['missing']}")
main()
