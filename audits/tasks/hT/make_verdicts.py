#!/usr/bin/env python3
"""Write verdicts_pair1.json for pair 1 (NQ 64/2025 văn hóa-nghệ thuật -> NQ 65/2025 thể thao thành tích cao, Hà Nội).
Verdicts were decided by hand from reading both .txt files, BEFORE looking at sosanh compare output.
Usage: python3 make_verdicts.py OLD_OUTLINE.json NEW_OUTLINE.json  (sosanh outline --format json)"""
import json, sys, os
# The key functions of the shared scorer (this directory's score.py is a shim that runs it).
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from score_tasks import key, natkey

OLD_FILE = '/work/shared/real/b50a2c837e9adc09.txt'
NEW_FILE = '/work/shared/real/e09bc3b35c473bea.txt'

def flat(fn):
    d = json.load(open(fn))
    out = []
    def walk(s):
        for i, t in enumerate(s.get('tasks', []), 1):
            out.append({'path': '/'.join(s['path']), 'pathl': s['path'], 'number': i, 'text': t['text']})
        for c in s.get('children', []) or []:
            walk(c)
    for s in d['sections']:
        walk(s)
    # occurrence among same-key tasks in natural (path, number) order
    groups = {}
    for t in out:
        t['key'] = key(t['text'])
        groups.setdefault(t['key'], []).append(t)
    for ks in groups.values():
        ks.sort(key=lambda t: natkey(t['pathl'], t['number']))
        for i, t in enumerate(ks):
            t['occurrence'] = i
    return out

old, new = flat(sys.argv[1]), flat(sys.argv[2])
def ref(side, path, number):
    for t in side:
        if t['path'] == path and t['number'] == number:
            return t
    raise KeyError((path, number))

FUND_OLD = ['PL2/III', 'PL3/III', 'PL4/III', 'PL5/IV', 'PL6/III', 'PL7/IV']
# (old path, number) -> list of accepted new (path, number); anything not listed is 'absent'
SAME = {
    ('Điều 1', 1): [('Điều 1/1', 1)],          # scope clause of the resolution (field changes, same provision)
    ('Điều 2/1', 1): [('Điều 7/1', 1)],        # UBND TP tổ chức thực hiện
    ('Điều 2/2', 1): [('Điều 7/2', 1)],        # TT HĐND giám sát
    ('Điều 2/3', 1): [('Điều 7/3', 1)],        # UBMTTQ phối hợp giám sát
    ('Điều 3', 1): [('Điều 8', 1)],            # hiệu lực 01/01/2026
}
for p in FUND_OLD:                              # per-appendix funding source -> merged into new Điều 6
    SAME[(p, 1)] = [('Điều 6', 1)]
UNCLEAR_OLD, UNCLEAR_NEW = set(), set()
NOTES = {
    ('old', 'PL4/III', 1): 'adds "cấp xã"; still the funding-source clause, accepted as same',
}

def entry(t, verdict, partners, other):
    e = {'path': t['path'], 'number': t['number'], 'text': t['text'][:200], 'key': t['key'],
         'occurrence': t['occurrence'], 'verdict': verdict, 'partners': []}
    for (p, n) in partners:
        o = ref(other, p, n)
        e['partners'].append({'path': o['path'], 'number': o['number'], 'text': o['text'][:200],
                              'key': o['key'], 'occurrence': o['occurrence']})
    return e

rev = {}
for (op, on), ps in SAME.items():
    for np_ in ps:
        rev.setdefault(np_, []).append((op, on))

V = {'pair': 1, 'old_file': OLD_FILE, 'new_file': NEW_FILE,
     'note': 'Tasks are found by key = first 60 chars of normalised text (NFC, lowercase, words only) and occurrence = rank among same-key tasks on that side in natural order of (path, number). path/number are informational.',
     'old': [], 'new': []}
for t in old:
    k = (t['path'], t['number'])
    if k in UNCLEAR_OLD: V['old'].append(entry(t, 'unclear', [], new))
    elif k in SAME: V['old'].append(entry(t, 'same', SAME[k], new))
    else: V['old'].append(entry(t, 'absent', [], new))
for t in new:
    k = (t['path'], t['number'])
    if k in UNCLEAR_NEW: V['new'].append(entry(t, 'unclear', [], old))
    elif k in rev: V['new'].append(entry(t, 'same', rev[k], old))
    else: V['new'].append(entry(t, 'absent', [], old))
json.dump(V, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'verdicts_pair1.json'), 'w'),
          ensure_ascii=False, indent=1)
for s in ('old', 'new'):
    c = {}
    for e in V[s]: c[e['verdict']] = c.get(e['verdict'], 0) + 1
    print(s, len(V[s]), c)
