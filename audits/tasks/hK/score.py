#!/usr/bin/env python3
"""Re-score a sosanh compare JSON against the auditor's verdicts.
Usage: python3 score.py N FILE.json   (N = pair number; verdicts_pairN.json next to this script)
Tasks are found by normalised opening text (not path), so renumbering does not matter.
A 'same' verdict is right when sosanh gives the task a partner (carried/reworded/moved/split/merged)
whose text matches one of the accepted partners; an 'absent' verdict is right when sosanh gives it
no partner (new/dropped). A judged task that cannot be found in FILE.json counts as wrong.
"""
import json, os, re, sys, unicodedata

def norm(s):
    s = unicodedata.normalize('NFC', s or '').lower()
    s = re.sub(r'[“”"\'‘’«»]', '', s)
    s = re.sub(r'\s+', ' ', s).strip()
    return s

def key(s):
    return norm(s)[:200]

def as_list(x):
    if x is None: return []
    return x if isinstance(x, list) else [x]

def main():
    n, f = sys.argv[1], sys.argv[2]
    here = os.path.dirname(os.path.abspath(__file__))
    V = json.load(open(os.path.join(here, f'verdicts_pair{n}.json')))
    d = json.load(open(f))
    # collect each side's tasks in order with partner texts
    side_tasks = {'old': [], 'new': []}
    index = {'old': {}, 'new': {}}
    for t in d.get('tasks', []):
        st = t.get('status')
        for side, other in (('old', 'new'), ('new', 'old')):
            for x in as_list(t.get(side)):
                ident = ('/'.join(map(str, x.get('path', []))), x.get('number'), x.get('text', ''))
                if ident not in index[side]:
                    rec = {'text': x.get('text', ''), 'partners': [], 'statuses': []}
                    index[side][ident] = rec
                    side_tasks[side].append(rec)
                rec = index[side][ident]
                rec['statuses'].append(st)
                for y in as_list(t.get(other)):
                    rec['partners'].append(y.get('text', ''))

    def find(side, text, occ):
        k = key(text)
        cands = [r for r in side_tasks[side] if key(r['text']) == k]
        if len(cands) > occ: return cands[occ]
        if cands: return cands[-1]
        p = norm(text)[:80]
        cands = [r for r in side_tasks[side] if norm(r['text']).startswith(p) or (len(norm(r['text'])) >= 30 and p.startswith(norm(r['text'])[:80]))]
        if len(cands) > occ: return cands[occ]
        return cands[0] if cands else None

    def pmatch(a, b):
        na, nb = norm(a), norm(b)
        if na[:200] == nb[:200]: return True
        m = min(len(na), len(nb), 80)
        return m >= 20 and na[:m] == nb[:m]

    R = J = 0
    for side in ('old', 'new'):
        seen = {}
        r_s = j_s = 0
        for e in V[side]:
            k = key(e['text'])
            occ = seen.get(k, 0); seen[k] = occ + 1
            if e['verdict'] not in ('same', 'absent'):
                continue
            j_s += 1
            rec = find(side, e['text'], occ)
            if rec is None:
                print(f'WRONG [{side}] {e["path"]}#{e["number"]}: task not found in compare output: {e["text"][:70]}')
                continue
            if e['verdict'] == 'absent':
                ok = not rec['partners']
                got = 'no partner' if ok else 'paired with: ' + ' + '.join(p[:60] for p in rec['partners'])
            else:
                ok = any(pmatch(p, a) for p in rec['partners'] for a in e['partners'])
                got = ('paired with: ' + ' + '.join(p[:60] for p in rec['partners'])) if rec['partners'] else 'no partner (' + ','.join(rec['statuses']) + ')'
            if ok:
                r_s += 1
            else:
                print(f'WRONG [{side}] {e["path"]}#{e["number"]} verdict={e["verdict"]}: {e["text"][:70]} -> sosanh {got}')
        print(f'{side}: right/judged = {r_s}/{j_s}')
        R += r_s; J += j_s
    print(f'TOTAL right/judged = {R}/{J}')

if __name__ == '__main__':
    main()
