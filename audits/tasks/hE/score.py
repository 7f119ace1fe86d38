#!/usr/bin/env python3
"""Re-score a `sosanh compare --format json` output against the auditor's verdicts.
usage: python3 score.py N FILE.json      (N = pair number: 1 or 2; verdicts_pairN.json next to this script)
Tasks are found by their opening text (whitespace-normalised, case-insensitive prefix), with the
section path / index only used to break ties, so renumbering in a later build does not break it."""
import json, os, sys

def norm(s): return " ".join(s.split()).lower()

def as_list(x):
    if x is None: return []
    return x if isinstance(x, list) else [x]

def load_compare(fn):
    d = json.load(open(fn))
    occ = {"old": {}, "new": {}}   # identity -> {"status", "partners": set(identity)}
    for t in d["tasks"]:
        olds = [("old", "/".join(x["path"]), x.get("number"), norm(x["text"])) for x in as_list(t.get("old"))]
        news = [("new", "/".join(x["path"]), x.get("number"), norm(x["text"])) for x in as_list(t.get("new"))]
        st = t["status"]
        for a in olds:
            e = occ["old"].setdefault(a, {"status": st, "partners": set()}); e["partners"] |= set(news)
            if st not in ("new", "dropped"): e["status"] = st
        for b in news:
            e = occ["new"].setdefault(b, {"status": st, "partners": set()}); e["partners"] |= set(olds)
            if st not in ("new", "dropped"): e["status"] = st
    return occ

def find(occ, side, ref):
    key = norm(ref["key"])
    cands = []
    for ident in occ[side]:
        txt = ident[3]
        m = min(len(key), len(txt))
        if m >= 20 and txt[:m] == key[:m]:
            cands.append(ident)
    if not cands: return None
    cands.sort(key=lambda i: (i[1] != ref["path"], i[2] != ref["index"]))
    return cands[0]

def short(ident):
    return f'{ident[0]} {ident[1]}#{ident[2]} "{ident[3][:60]}"' if ident else "?"

def main():
    n, fn = sys.argv[1], sys.argv[2]
    V = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), f"verdicts_pair{n}.json")))
    occ = load_compare(fn)
    other = {"old": "new", "new": "old"}
    stats = {s: {"tasks": 0, "clear": 0, "right": 0, "wrong": 0, "unclear": 0} for s in ("old", "new")}
    wrong = []
    for v in V["tasks"]:
        s = v["side"]; st = stats[s]; st["tasks"] += 1
        if v["verdict"] == "unclear":
            st["unclear"] += 1; continue
        st["clear"] += 1
        me = find(occ, s, v)
        if me is None:
            st["wrong"] += 1; wrong.append((s, v, "task not found in compare output (outline changed?)")); continue
        e = occ[s][me]; partners = e["partners"]
        if v["verdict"] == "absent":
            ok = e["status"] in ("new", "dropped")
            said = e["status"] if ok else f'{e["status"]} with ' + "; ".join(short(p) for p in partners)
        else:
            exp = {find(occ, other[s], r) for r in v["expected"]} - {None}
            acc = exp | ({find(occ, other[s], r) for r in v.get("acceptable", [])} - {None})
            ok = bool(partners & exp) and partners <= acc
            said = e["status"] + ("" if not partners else " with " + "; ".join(short(p) for p in partners))
        if ok: st["right"] += 1
        else:
            st["wrong"] += 1
            want = "absent" if v["verdict"] == "absent" else "same as " + " | ".join(f'{r["path"]}#{r["index"]} "{r["key"][:50]}"' for r in v["expected"])
            wrong.append((s, v, f"sosanh: {said}; expected: {want}"))
    print(f"pair {n}: {V['old']} -> {V['new']}  ({fn})")
    for s in ("old", "new"):
        st = stats[s]
        print(f"  {s}: tasks {st['tasks']}, clear-cut {st['clear']}, right {st['right']}, wrong {st['wrong']}, unclear {st['unclear']}")
    tc = sum(stats[s]["clear"] for s in stats); tr = sum(stats[s]["right"] for s in stats)
    print(f"  total: right {tr}/{tc}")
    for s, v, msg in wrong:
        print(f'  WRONG {s} {v["path"]}#{v["index"]} "{v["key"][:60]}": {msg}')

if __name__ == "__main__":
    main()
