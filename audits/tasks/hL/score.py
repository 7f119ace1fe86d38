#!/usr/bin/env python3
"""Re-score a sosanh compare JSON against the audit verdicts.
Usage: python3 score.py N FILE.json   (N = pair number: 1 or 2)
Tasks are found by normalised text (exact, then 60-char prefix, then fuzzy >= 0.85), not by path.
Verdict 'same': right iff sosanh pairs the task with one of the accepted partners (1:1, split or merge).
Verdict 'absent': right iff sosanh reports it new (new side) / dropped (old side).
Verdict 'unclear': not scored. Verdict tasks not found in FILE are listed and not scored."""
import json, sys, os, re, unicodedata, difflib
HERE = os.path.dirname(os.path.abspath(__file__))

def norm(s):
    s = unicodedata.normalize('NFC', s or '').lower()
    s = re.sub(r'[^\w%]+', ' ', s)
    return re.sub(r'\s+', ' ', s).strip()

def L(v):
    if v is None: return []
    return v if isinstance(v, list) else [v]

def main():
    n, fn = sys.argv[1], sys.argv[2]
    V = json.load(open(os.path.join(HERE, f'verdicts_pair{n}.json')))
    D = json.load(open(fn))
    # rows: (side, path, text, status, partner texts)
    rows = []
    for t in D['tasks']:
        o, w = L(t.get('old')), L(t.get('new'))
        for x in o:
            rows.append(('old', '.'.join(x.get('path', [])), x.get('text', ''), t['status'], [norm(y.get('text', '')) for y in w]))
        for x in w:
            rows.append(('new', '.'.join(x.get('path', [])), x.get('text', ''), t['status'], [norm(y.get('text', '')) for y in o]))
    used = set()

    def find(e):
        tn = norm(e['text'])
        cands = [i for i, r in enumerate(rows) if r[0] == e['side'] and i not in used]
        for test in (lambda r: norm(r[2])[:200] == tn[:200],
                     lambda r: norm(r[2])[:60] == tn[:60],
                     lambda r: difflib.SequenceMatcher(None, norm(r[2])[:200], tn[:200]).ratio() >= 0.85):
            hit = [i for i in cands if test(rows[i])]
            if hit:
                same_path = [i for i in hit if rows[i][1] == e['path']]
                return (same_path or hit)[0]
        return None

    def pmatch(ptext, accepted):
        p = ptext[:200]
        for a in accepted:
            a = norm(a)[:200]
            if p == a or difflib.SequenceMatcher(None, p, a).ratio() >= 0.85:
                return True
        return False

    tot = {}
    for side in ('old', 'new'):
        J = R = U = M = 0
        for e in V:
            if e['side'] != side: continue
            i = find(e)
            if i is None:
                M += 1
                print(f"NOT FOUND {side} {e['path']}#{e['number']}: {e['text'][:70]}")
                continue
            used.add(i)
            r = rows[i]
            if e['verdict'] == 'unclear':
                U += 1; continue
            J += 1
            if e['verdict'] == 'absent':
                ok = r[3] in ('new', 'dropped') and not r[4]
                want = 'absent'
            else:
                ok = r[3] not in ('new', 'dropped') and any(pmatch(p, e['partners']) for p in r[4])
                want = 'same as ' + ' | '.join(x[:50] for x in e['partners'])
            R += ok
            if not ok:
                got = r[3] + (' with ' + ' | '.join(p[:50] for p in r[4]) if r[4] else '')
                print(f"WRONG {side} {e['path']}#{e['number']}: {e['text'][:60]!r}  want {want}; got {got}")
        print(f"pair{n} {side}: judged {J}, right {R}, wrong {J-R}, unclear {U}, not found {M}")
        tot[side] = (R, J)
    extra = [r for i, r in enumerate(rows) if i not in used]
    for r in extra:
        print(f"EXTRA (no verdict) {r[0]} {r[1]}: {r[2][:70]}")
    R = sum(v[0] for v in tot.values()); J = sum(v[1] for v in tot.values())
    print(f"TOTAL right/judged = {R}/{J}")

main()
