#!/usr/bin/env python3
"""Re-score a sosanh compare JSON (schema sosanh.compare.v2) of pair N against auditor hF's verdicts.

usage: python3 score.py N FILE.json [-v]

Verdicts: verdicts_pairN.json next to this script: {"old": {KEY: V}, "new": {KEY: V}} where
KEY = section path joined by "/" + "#" + task number (place among the section's own tasks, from 1),
V = {"verdict": "same"|"absent"|"unclear", "partners": [KEY on the other side, ...], "note": "..."}.
A "same" verdict is right when sosanh pairs the task (carried / split / merged) with one of the
accepted partners; an "absent" verdict is right when sosanh reports the task new (new side) or
dropped (old side). Unclear tasks are not judged. A task listed in FILE.json but not in the verdicts
(another outline) is reported and not judged; a verdict task missing from FILE.json counts wrong.
"""
import json, os, sys

def key(ref):
    return '/'.join(ref['path']) + '#' + str(ref.get('number', ref.get('index')))

def sosanh_calls(d):
    calls = {'old': {}, 'new': {}}
    for t in d['tasks']:
        st, o, n = t['status'], t.get('old'), t.get('new')
        if st == 'carried' and t.get('heading'):
            # one side is a section heading, not a task: only the task side counts as paired
            side = 'new' if t['heading'] == 'old' else 'old'
            ref, other = (n, o) if side == 'new' else (o, n)
            calls[side].setdefault(key(ref), []).append(('paired', 'HEADING:' + '/'.join(other['path'])))
            continue
        if st in ('carried', 'split', 'merged'):
            calls['old'].setdefault(key(o), []).append(('paired', key(n)))
            calls['new'].setdefault(key(n), []).append(('paired', key(o)))
        elif st == 'new':
            calls['new'].setdefault(key(n), []).append(('new', None))
        elif st == 'dropped':
            calls['old'].setdefault(key(o), []).append(('dropped', None))
    return calls

def main():
    args = [a for a in sys.argv[1:] if a != '-v']
    verbose = '-v' in sys.argv[1:]
    if len(args) != 2:
        print(__doc__); sys.exit(2)
    n, f = args
    here = os.path.dirname(os.path.abspath(__file__))
    ver = json.load(open(os.path.join(here, f'verdicts_pair{n}.json')))
    d = json.load(open(f))
    calls = sosanh_calls(d)
    texts = {'old': {}, 'new': {}}
    for t in d['tasks']:
        for s in ('old', 'new'):
            if t.get(s):
                texts[s].setdefault(key(t[s]), t[s]['text'])
    tot_j = tot_r = 0
    wrong = []
    for side in ('old', 'new'):
        j = r = u = 0
        for k, v in ver[side].items():
            if v['verdict'] == 'unclear':
                u += 1
                continue
            j += 1
            got = calls[side].get(k, [])
            if v['verdict'] == 'same':
                ok = any(c == 'paired' and p in v['partners'] for c, p in got)
            else:
                want = 'new' if side == 'new' else 'dropped'
                ok = any(c == want for c, _ in got)
            if ok:
                r += 1
            else:
                said = ', '.join(f'{c}' + (f' with {p}' if p else '') for c, p in got) or 'task missing from output'
                exp = ('same as ' + ' or '.join(v['partners'])) if v['verdict'] == 'same' else v['verdict']
                wrong.append(f'  [{side}] {k}: expected {exp}; sosanh: {said}\n        "{texts[side].get(k, "")[:90]}"')
        extra = [k for k in calls[side] if k not in ver[side]]
        print(f'{side}: right {r}/{j} judged (wrong {j - r}, unclear {u}, tasks in verdicts {len(ver[side])})'
              + (f'; {len(extra)} task(s) in output without a verdict: {extra}' if extra else ''))
        tot_j += j; tot_r += r
    print(f'total: right {tot_r}/{tot_j} judged ({100.0 * tot_r / max(tot_j, 1):.1f}%)')
    if verbose and wrong:
        print('wrong calls:')
        print('\n'.join(wrong))

if __name__ == '__main__':
    main()
