#!/usr/bin/env python3
"""Re-score a sosanh compare JSON against hand verdicts.
usage: python3 score.py PAIRNO FILE.json   (reads verdicts_pair<PAIRNO>.json next to this script)
Tasks are found by normalised opening text (not by path)."""
import json, sys, os, re, unicodedata
K = 80
def norm(s):
    s = unicodedata.normalize('NFC', s or '').lower()
    s = re.sub(r'[^\w]+', ' ', s)
    return re.sub(r'\s+', ' ', s).strip()[:K]
pairno, fn = sys.argv[1], sys.argv[2]
here = os.path.dirname(os.path.abspath(__file__))
V = json.load(open(os.path.join(here, 'verdicts_pair%s.json' % pairno)))
C = json.load(open(fn))
tasks = C['tasks'] if isinstance(C, dict) else C
def txt(x):
    return x.get('text') if isinstance(x, dict) else None
# side -> norm key -> list of (partner texts, status)
idx = {'old': {}, 'new': {}}
for t in tasks:
    o, n = txt(t.get('old')), txt(t.get('new'))
    for side, me, other in (('old', o, n), ('new', n, o)):
        if me is None: continue
        # split/merge may list several partners
        partners = []
        for key in (('new' if side == 'old' else 'old'), ('news' if side == 'old' else 'olds')):
            v = t.get(key)
            if isinstance(v, dict) and v.get('text'): partners.append(v['text'])
            elif isinstance(v, list): partners += [x.get('text') for x in v if isinstance(x, dict) and x.get('text')]
        idx[side].setdefault(norm(me), []).append((partners, t.get('status')))
R = J = U = 0; wrong = []; missing = 0
for e in V:
    side, verdict = e['side'], e['verdict']
    if verdict == 'unclear':
        U += 1; continue
    k = norm(e['text'])
    hits = idx[side].get(k)
    if hits is None:
        cand = [kk for kk in idx[side] if kk.startswith(k[:40]) or k.startswith(kk[:40])]
        hits = sum((idx[side][c] for c in cand), []) if cand else None
    J += 1
    if hits is None:
        missing += 1; wrong.append((e, 'task not found in compare output', [])); continue
    partners = {norm(p) for ps, _ in hits for p in ps}
    statuses = sorted({s for _, s in hits})
    if verdict == 'absent':
        ok = not partners
    else:
        acc = {norm(p) for p in e['partners']}
        ok = bool(partners & acc)
    if ok: R += 1
    else: wrong.append((e, '/'.join(statuses), sorted(partners)))
for e, st, ps in wrong:
    print('WRONG %s %s #%s [%s] "%s" -> sosanh %s %s' % (e['side'], ' > '.join(e['path']), e['number'], e['verdict'],
          e['text'][:70], st, ('with "' + ps[0][:50] + '"') if ps else ''))
print('unclear (not scored): %d; not found: %d' % (U, missing))
print('TOTAL right/judged = %d/%d' % (R, J))
