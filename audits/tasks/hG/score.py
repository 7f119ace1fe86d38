#!/usr/bin/env python3
"""Re-score a sosanh compare JSON against the auditor's verdicts.

usage: python3 score.py N FILE.json [-v]
  N     pair number (1 or 2); verdicts are read from verdicts_pairN.json next to this script
  -v    list every wrong clear-cut call (and verdict keys missing from FILE.json)

Task key = path segments joined with "/" + "#" + task number within its section
(the `number` field of the compare JSON).  Verdicts: "same" (with accepted partners on the
other side), "absent", or "unclear" (not judged).
A "same" call is right when sosanh pairs the task (carried/reworded/moved/split/merged)
with at least one accepted partner; an "absent" call is right when sosanh reports the task
dropped (old side) or new (new side).
"""
import json, os, sys

def key(t):
    return '/'.join(t['path']) + '#' + str(t['number'])

def calls(f):
    d = json.load(open(f))
    m = {'old': {}, 'new': {}}
    for t in d['tasks']:
        o, n, st = t.get('old'), t.get('new'), t['status']
        ok = key(o) if o else None
        nk = key(n) if n else None
        if ok:
            e = m['old'].setdefault(ok, {'status': set(), 'partners': set()})
            e['status'].add(st)
            if nk: e['partners'].add(nk)
        if nk:
            e = m['new'].setdefault(nk, {'status': set(), 'partners': set()})
            e['status'].add(st)
            if ok: e['partners'].add(ok)
    return m

def main():
    args = [a for a in sys.argv[1:] if a != '-v']
    verbose = '-v' in sys.argv[1:]
    if len(args) != 2:
        print(__doc__); sys.exit(2)
    n, f = args
    here = os.path.dirname(os.path.abspath(__file__))
    V = json.load(open(os.path.join(here, f'verdicts_pair{n}.json')))
    C = calls(f)
    tot_r = tot_j = 0
    wrong = []
    lines = []
    for side in ('old', 'new'):
        r = j = unc = miss = 0
        for k, v in V[side].items():
            if v['verdict'] == 'unclear':
                unc += 1; continue
            j += 1
            c = C[side].get(k)
            if c is None:
                miss += 1
                wrong.append((side, k, v, 'task not found in this JSON (outline differs)'))
                continue
            got = sorted(c['partners'])
            if v['verdict'] == 'absent':
                ok = not got
            else:
                ok = bool(set(got) & set(v['partners']))
            if ok:
                r += 1
            else:
                said = '/'.join(sorted(c['status'])) + (' with ' + ' + '.join(got) if got else '')
                wrong.append((side, k, v, said))
        extra = [k for k in C[side] if k not in V[side]]
        lines.append(f'{side}: {r}/{j} right  (unclear, not judged: {unc}; verdict keys missing from JSON: {miss}; JSON tasks without verdict: {len(extra)})')
        tot_r += r; tot_j += j
    print(f'pair {n}: {f}')
    for l in lines: print('  ' + l)
    print(f'  total: {tot_r}/{tot_j} right, {tot_j - tot_r} wrong')
    if verbose and wrong:
        print('wrong calls:')
        for side, k, v, said in wrong:
            exp = 'absent' if v['verdict'] == 'absent' else 'same as ' + ' | '.join(v['partners'][:4]) + (' …' if len(v['partners']) > 4 else '')
            print(f'  [{side}] {k}\n      expected: {exp}\n      sosanh:   {said}\n      note:     {v.get("note","")}')

if __name__ == '__main__':
    main()
