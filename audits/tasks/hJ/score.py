#!/usr/bin/env python3
"""Re-score a sosanh compare JSON against hand verdicts.
Usage: python3 score.py PAIRNO FILE.json   (verdicts read from verdicts_pair<PAIRNO>.json next to this script)
Tasks are found by normalised opening text (not by path); path only breaks ties between identical texts."""
import json, sys, os, re, unicodedata, difflib

def norm(s):
    s = unicodedata.normalize('NFC', s or '').lower()
    s = re.sub(r'[^\w\s]', ' ', s)
    return re.sub(r'\s+', ' ', s).strip()

def as_list(x):
    if x is None: return []
    return x if isinstance(x, list) else [x]

class Side:
    def __init__(self, entries):
        self.e = entries
        self.n = [norm(x['text'])[:160] for x in entries]
    def find(self, path, text):
        t = norm(text)[:160]
        if not t: return None
        cands = [i for i, n in enumerate(self.n) if n and (n == t or (min(len(n), len(t)) >= 40 and (n.startswith(t) or t.startswith(n))))]
        if not cands:
            best, bi = 0.0, None
            for i, n in enumerate(self.n):
                r = difflib.SequenceMatcher(None, n[:120], t[:120]).ratio()
                if r > best: best, bi = r, i
            return bi if best >= 0.8 else None
        if len(cands) == 1: return cands[0]
        p = list(path or [])
        same = [i for i in cands if list(self.e[i]['path']) == p]
        if same: return same[0]
        tail = [i for i in cands if self.e[i]['path'] and p and self.e[i]['path'][-1] == p[-1]]
        return (tail or cands)[0]

def main():
    pairno, f = sys.argv[1], sys.argv[2]
    here = os.path.dirname(os.path.abspath(__file__))
    V = json.load(open(os.path.join(here, f'verdicts_pair{pairno}.json')))
    C = json.load(open(f))
    sides = {'old': Side(V['old']), 'new': Side(V['new'])}
    other = {'old': 'new', 'new': 'old'}
    # collect sosanh partners and statuses per verdict index
    got = {'old': {}, 'new': {}}   # idx -> {'status': set, 'partners': set(idx or None)}
    unmatched = []
    for t in C.get('tasks', []):
        st = t.get('status')
        for side in ('old', 'new'):
            for mine in as_list(t.get(side)):
                i = sides[side].find(mine.get('path'), mine.get('text'))
                if i is None:
                    unmatched.append((side, mine.get('text', '')[:60])); continue
                g = got[side].setdefault(i, {'status': set(), 'partners': set()})
                g['status'].add(st)
                for p in as_list(t.get(other[side])):
                    j = sides[other[side]].find(p.get('path'), p.get('text'))
                    g['partners'].add(j if j is not None else -1)
    total_r = total_j = 0
    lines = []
    for side in ('old', 'new'):
        r = j = 0
        for i, e in enumerate(V[side]):
            v = e['verdict']
            if v == 'unclear': continue
            j += 1
            g = got[side].get(i)
            if g is None:
                ok, said = False, 'NOT FOUND in compare output'
            elif v == 'absent':
                ok = not g['partners']
                said = f"status={sorted(g['status'])} partners={sorted(g['partners'])}"
            else:
                ok = bool(g['partners'] & set(e['partner_index']))
                said = f"status={sorted(g['status'])} partners={sorted(g['partners'])} want={e['partner_index']}"
            r += ok
            if not ok:
                lines.append(f"WRONG {side}[{i}] {'/'.join(e['path'])} verdict={v} sosanh {said} :: {e['text'][:70]}")
        lines.append(f"{side}: right/judged = {r}/{j}")
        total_r += r; total_j += j
    for u in unmatched:
        lines.append(f"note: compare task not matched to a verdict entry: {u}")
    print('\n'.join(lines))
    print(f"TOTAL right/judged = {total_r}/{total_j}")

if __name__ == '__main__':
    main()
