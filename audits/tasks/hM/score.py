#!/usr/bin/env python3
"""Re-score a sosanh compare JSON against the hand verdicts of this pair.

usage: python3 score.py PAIRNO COMPARE.json
Reads verdicts_pair<PAIRNO>.json next to this script. Tasks are found by their
normalised opening text (not by path/number), so renumbering does not matter.
Only clear-cut verdicts (same / absent) are scored; 'unclear' is skipped.
A clear-cut task that cannot be found in the compare output is listed as MISSING
and left out of 'judged' (the outline may have legitimately turned it into a heading).
Last line: TOTAL right/judged = R/J
"""
import json, os, re, sys, unicodedata, difflib

def norm(s):
    s = unicodedata.normalize('NFC', s or '').lower()
    s = re.sub(r'_+', ' ', s)
    s = re.sub(r'[^\w]+', ' ', s, flags=re.UNICODE).strip()
    toks = s.split()
    # drop leading enumeration: 1, ii, a, "bước 3"
    while toks:
        if re.fullmatch(r'\d+|[ivxlc]{1,5}|[a-zđ]', toks[0]):
            toks.pop(0); continue
        if toks[0] == 'bước' and len(toks) > 1 and toks[1].isdigit():
            toks = toks[2:]; continue
        break
    return ' '.join(toks)

def same_text(a, b):
    """a, b normalised. Same task text (allowing rewording of the tail / joiners)."""
    if not a or not b:
        return False
    n = min(len(a), len(b), 80)
    if n >= 15 and a[:n] == b[:n]:
        return True
    return difflib.SequenceMatcher(None, a[:160], b[:160]).ratio() >= 0.85

def items(x):
    if x is None: return []
    if isinstance(x, dict): return [x]
    if isinstance(x, list):
        out = []
        for y in x: out += items(y)
        return out
    return []

def main():
    pair, path = sys.argv[1], sys.argv[2]
    here = os.path.dirname(os.path.abspath(__file__))
    V = json.load(open(os.path.join(here, f'verdicts_pair{pair}.json')))
    C = json.load(open(path))
    # per side: list of (normtext, rawtext, absent?, [partner normtexts], status)
    side_tasks = {'old': [], 'new': []}
    for t in C['tasks']:
        st = t.get('status')
        o, n = items(t.get('old')), items(t.get('new'))
        for side, mine, other in (('old', o, n), ('new', n, o)):
            for m in mine:
                side_tasks[side].append({'key': norm(m.get('text')), 'text': m.get('text', ''),
                    'path': '/'.join(m.get('path', [])) + '#' + str(m.get('number')),
                    'absent': len(other) == 0, 'partners': [norm(p.get('text')) for p in other],
                    'ptexts': [p.get('text', '') for p in other], 'status': st})
    R = J = 0; missing = 0
    for side in ('old', 'new'):
        r = j = 0
        used = set()
        for e in V[side]:
            if e['verdict'] not in ('same', 'absent'):
                continue
            k = norm(e['text'])
            cands = [(i, c) for i, c in enumerate(side_tasks[side]) if i not in used and same_text(k, c['key'])]
            if not cands:
                print(f"MISSING {side} [{e['path']} #{e['number']}] {e['text'][:70]}")
                missing += 1
                continue
            i, c = max(cands, key=lambda ic: difflib.SequenceMatcher(None, k[:200], ic[1]['key'][:200]).ratio())
            used.add(i)
            if e['verdict'] == 'absent':
                ok = c['absent']
                want = 'absent'
            else:
                acc = [norm(p) for p in e['partners']]
                ok = (not c['absent']) and any(same_text(a, p) for a in acc for p in c['partners'])
                want = 'same as ' + ' / '.join(p[:50] for p in e['partners'])
            got = 'new/dropped' if c['absent'] else (c['status'] + ' with ' + ' / '.join(p[:50] for p in c['ptexts']))
            j += 1; r += ok
            print(f"{'RIGHT' if ok else 'WRONG'} {side} [{c['path']}] {e['text'][:60]!r}\n      want: {want}\n      got:  {got}")
        print(f"{side}: right/judged = {r}/{j}")
        R += r; J += j
    print(f"missing clear-cut tasks (not judged): {missing}")
    print(f"TOTAL right/judged = {R}/{J}")

if __name__ == '__main__':
    main()
