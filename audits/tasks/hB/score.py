#!/usr/bin/env python3
"""Re-score a `sosanh compare --format json` output against the auditor's verdicts.
usage: python3 score.py N FILE.json      (N = pair number: 1 or 2)
Tasks are found by key (section path joined with '/', '#', 1-based number); if the text at that key
does not start like the recorded text (a later build renumbered/re-cut), the task is searched by its
text prefix on the same side; if it cannot be found uniquely it is reported as 'unresolved'.
Right: verdict 'same' -> sosanh paired the task (carried/split/merged) with at least one listed partner;
       verdict 'absent' -> sosanh reported it new (new side) / dropped (old side)."""
import json, os, re, sys

def norm(s): return re.sub(r'\s+', ' ', s).strip().lower()

def load_cmp(path):
    d = json.load(open(path))
    info = {'old': {}, 'new': {}}   # key -> dict(text, status, partners set of keys)
    for t in d['tasks']:
        sides = {}
        for side in ('old', 'new'):
            x = t.get(side)
            sides[side] = [] if x is None else (x if isinstance(x, list) else [x])
        keys = {s: ['/'.join(y['path']) + '#' + str(y['number']) for y in sides[s]] for s in sides}
        for side, other in (('old', 'new'), ('new', 'old')):
            for y, k in zip(sides[side], keys[side]):
                e = info[side].setdefault(k, {'text': y['text'], 'status': set(), 'partners': set()})
                e['status'].add(t['status'])
                e['partners'].update(keys[other])
    return info

def resolve(info_side, key, text):
    p = norm(text)[:40]
    if key in info_side and norm(info_side[key]['text']).startswith(p):
        return key
    cands = [k for k, e in info_side.items() if norm(e['text']).startswith(p)]
    if len(cands) == 1:
        return cands[0]
    # several identical texts: prefer same section path
    sec = key.rsplit('#', 1)[0]
    c2 = [k for k in cands if k.rsplit('#', 1)[0] == sec]
    return c2[0] if len(c2) == 1 else None

def main():
    n, f = sys.argv[1], sys.argv[2]
    here = os.path.dirname(os.path.abspath(__file__))
    V = json.load(open(os.path.join(here, f'verdicts_pair{n}.json')))
    info = load_cmp(f)
    tot = {}
    wrong = []
    for side, other in (('old', 'new'), ('new', 'old')):
        c = {'tasks': len(V[side]), 'judged': 0, 'right': 0, 'wrong': 0, 'unclear': 0, 'unresolved': 0}
        for e in V[side]:
            if e['verdict'] == 'unclear':
                c['unclear'] += 1; continue
            c['judged'] += 1
            k = resolve(info[side], e['key'], e['text'])
            if k is None:
                c['unresolved'] += 1; c['wrong'] += 1
                wrong.append((side, e['key'], e['text'], e['verdict'], 'task not found in compare output')); continue
            got = info[side][k]
            if e['verdict'] == 'absent':
                ok = not got['partners'] and got['status'] & {'new', 'dropped'}
            else:
                want = set()
                for p in e['partners']:
                    pk = resolve(info[other], p['key'], p['text'])
                    if pk: want.add(pk)
                ok = bool(got['partners'] & want)
            if ok: c['right'] += 1
            else:
                c['wrong'] += 1
                wrong.append((side, e['key'], e['text'], e['verdict'] + ((' ' + ','.join(p['key'] for p in e['partners'])) if e.get('partners') else ''),
                              '/'.join(sorted(got['status'])) + ' ' + (','.join(sorted(got['partners'])) or '-')))
        tot[side] = c
    print(f'pair{n}  {f}')
    for side in ('old', 'new'):
        c = tot[side]
        print(f"  {side}: tasks {c['tasks']}  judged {c['judged']}  right {c['right']}  wrong {c['wrong']}  unclear {c['unclear']}"
              + (f"  unresolved {c['unresolved']}" if c['unresolved'] else ''))
    J = tot['old']['judged'] + tot['new']['judged']; R = tot['old']['right'] + tot['new']['right']
    print(f'  total: right {R}/{J}' + (f' = {R/J:.1%}' if J else ''))
    for w in wrong:
        print(f'  WRONG {w[0]} {w[1]} "{w[2][:50]}"  expected {w[3]}  sosanh: {w[4]}')

if __name__ == '__main__':
    main()
