#!/usr/bin/env python3
"""score.py PAIR FILE.json [-v]  -- re-score a sosanh compare JSON against verdicts_pairPAIR.json.
Verdicts: same (right iff sosanh pairs the task with one of the accepted partners, incl. split/merge),
absent (right iff sosanh says dropped/new), unclear (not judged)."""
import json, os, sys
def key(r): return '/'.join(r['path']) + '#' + str(r.get('number', r.get('index')))
args = [a for a in sys.argv[1:] if a != '-v']; verbose = '-v' in sys.argv
if len(args) != 2: sys.exit(__doc__)
here = os.path.dirname(os.path.abspath(__file__))
V = json.load(open(os.path.join(here, f'verdicts_pair{args[0]}.json')))
d = json.load(open(args[1]))
calls = {'old': {}, 'new': {}}   # key -> {'status', 'partners': set, 'text'}
for t in d['tasks']:
    for side, other in (('old', 'new'), ('new', 'old')):
        r = t.get(side)
        if not r: continue
        c = calls[side].setdefault(key(r), {'status': set(), 'partners': set(), 'text': r['text']})
        c['status'].add(t['status'] + ('+moved' if t.get('moved') else ''))
        if t.get(other): c['partners'].add(key(t[other]))
tot_r = tot_j = 0
for side in ('old', 'new'):
    right = judged = unclear = 0; wrong = []
    for k, v in V[side].items():
        c = calls[side].get(k)
        if v['v'] == 'unclear': unclear += 1; continue
        judged += 1
        if c is None: wrong.append((k, v, None, 'task missing from compare output')); continue
        if v['v'] == 'same': ok = bool(c['partners'] & set(v['partners']))
        else: ok = not c['partners']
        if ok: right += 1
        else: wrong.append((k, v, c, ''))
    missing = [k for k in calls[side] if k not in V[side]]
    print(f'{side}: tasks {len(calls[side])}  judged {judged}  right {right}  wrong {judged-right}  unclear {unclear}'
          + (f'  (no verdict for {len(missing)} tasks)' if missing else ''))
    tot_r += right; tot_j += judged
    if verbose:
        for k, v, c, why in wrong:
            exp = ('same as ' + ' | '.join(v['partners'])) if v['v'] == 'same' else 'absent'
            got = why or (','.join(sorted(c['status'])) + (' -> ' + ' | '.join(sorted(c['partners'])) if c['partners'] else ''))
            print(f'   WRONG {side} {k}: expected {exp}; sosanh: {got}')
            if c: print(f'         "{c["text"][:100]}"')
        for k in missing: print(f'   (no verdict) {side} {k}')
print(f'total: right {tot_r}/{tot_j}')
