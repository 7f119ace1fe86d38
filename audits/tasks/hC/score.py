#!/usr/bin/env python3
"""Re-score a sosanh compare JSON (schema sosanh.compare.v2) against the audit verdicts.
usage: python3 score.py N FILE.json      (N = pair number; verdicts_pairN.json next to this script)
Tasks are located by path#number (path joined with '/') and checked by text prefix; if the
path/number no longer fits (outline changed), the task is looked up by its text prefix alone."""
import json, sys, os, re, unicodedata
def norm(s):
    s = unicodedata.normalize('NFC', s or '').lower()
    return re.sub(r'\s+', ' ', s).strip()
def pre(s, n=50): return norm(s)[:n]
def key(ref): return '/'.join(ref['path']) + '#' + str(ref['number'])

def main():
    n, f = sys.argv[1], sys.argv[2]
    V = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), f'verdicts_pair{n}.json')))
    C = json.load(open(f))
    # per side: task key -> {'text':..., 'status':set(), 'partners':[(key,text)]}
    T = {'old': {}, 'new': {}}
    for e in C['tasks']:
        if e.get('heading'):      # one side is a section heading, not a task
            pass
        for side, other in (('old', 'new'), ('new', 'old')):
            r = e.get(side)
            if not r or (e.get('heading') == side):
                continue
            rs = r if isinstance(r, list) else [r]
            for x in rs:
                t = T[side].setdefault(key(x), {'text': x.get('text', ''), 'status': set(), 'partners': []})
                t['status'].add(e['status'])
                o = e.get(other)
                if o and e.get('heading') != other:
                    for y in (o if isinstance(o, list) else [o]):
                        t['partners'].append((key(y), y.get('text', '')))
    def locate(side, k, text):
        t = T[side].get(k)
        if t and pre(text, 40) == pre(t['text'], 40):
            return k, t
        cands = [(kk, tt) for kk, tt in T[side].items() if pre(tt['text'], 40) == pre(text, 40)]
        if len(cands) == 1: return cands[0]
        if t: return k, t   # same place, text changed (e.g. outline repaired)
        return None, None
    tot = {}
    wrong = []
    for side in ('old', 'new'):
        judged = right = unclear = missing = 0
        for v in V[side]:
            if v['verdict'] == 'unclear':
                unclear += 1; continue
            k, t = locate(side, v['key'], v['text'])
            judged += 1
            if t is None:
                missing += 1; wrong.append((side, v['key'], v['text'][:60], v['verdict'], 'task not found in compare output')); continue
            st = t['status']
            if v['verdict'] == 'absent':
                ok = st <= {'dropped', 'new'} and not t['partners']
                said = ','.join(sorted(st)) + (' with ' + ', '.join(p[0] for p in t['partners']) if t['partners'] else '')
            else:
                want = [(w['key'], pre(w['text'], 40)) for w in v['with']]
                got = [(p[0], pre(p[1], 40)) for p in t['partners']]
                ok = any(g[1] == w[1] for w in want for g in got)
                said = ','.join(sorted(st)) + (' with ' + ', '.join(p[0] for p in t['partners']) if t['partners'] else '')
            if ok: right += 1
            else:
                exp = 'absent' if v['verdict'] == 'absent' else 'same as ' + ', '.join(w['key'] for w in v['with'])
                wrong.append((side, v['key'], v['text'][:60], exp, 'sosanh: ' + said))
        tot[side] = (judged, right, judged - right, unclear, missing)
        print(f"{side}: tasks {len(V[side])}, judged {judged}, right {right}, wrong {judged-right}, unclear {unclear}" + (f", not found {missing}" if missing else ''))
    j = sum(v[0] for v in tot.values()); r = sum(v[1] for v in tot.values())
    print(f"pair {n}: right {r}/{j}" + (f" ({100*r/j:.1f}%)" if j else ''))
    for w in wrong:
        print('WRONG', w[0], w[1], '|', w[2], '| expected', w[3], '|', w[4])
if __name__ == '__main__':
    main()
