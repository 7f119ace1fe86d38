#!/usr/bin/env python3
"""Write verdicts_pair1.json from hand verdicts keyed by the sosanh outline order (1-based running
index as printed by listing `outline --format json` depth-first).  Usage: python3 make_verdicts.py OLD_OUTLINE NEW_OUTLINE"""
import json, sys, os
# The key functions of the shared scorer (this directory's score.py is a shim that runs it).
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from score_tasks import key, natkey
OLD_FILE = "/work/shared/real/689f49d25e51cbaa.txt"
NEW_FILE = "/work/shared/real/8718801c503045f9.txt"

def tasks(fn):
    d = json.load(open(fn)); out = []
    def walk(s):
        for i, t in enumerate(s.get('tasks', [])):
            out.append({'path': '/'.join(s['path']), 'pl': s['path'], 'number': i + 1, 'text': t['text']})
        for c in s.get('children', []): walk(c)
    for s in d['sections']: walk(s)
    groups = {}
    for t in out:
        t['key'] = key(t['text']); groups.setdefault(t['key'], []).append(t)
    for ts in groups.values():
        ts.sort(key=lambda t: natkey(t['pl'], t['number']))
        for i, t in enumerate(ts): t['occurrence'] = i
    return out

# hand verdicts: index -> partner indices on other side ('same'); UNCLEAR set; everything else absent
OLD_SAME = {4: [4], 60: [32, 55], 64: [38, 5], 75: [37], 83: [41, 45]}
OLD_UNCLEAR = {3, 14, 35, 36, 58, 59, 61, 62, 63}
NEW_SAME = {4: [4], 5: [64, 62], 32: [60], 55: [60], 37: [75, 63], 38: [64, 62], 41: [83]}
NEW_UNCLEAR = {3, 29, 31, 33, 34, 45, 56, 57}

def build(mine, other, same, unclear):
    res = []
    for n, t in enumerate(mine, 1):
        e = {k: t[k] for k in ('path', 'number', 'text', 'key', 'occurrence')}
        if n in same:
            e['verdict'] = 'same'
            e['partners'] = [{k: other[p - 1][k] for k in ('path', 'number', 'text', 'key', 'occurrence')} for p in same[n]]
        elif n in unclear:
            e['verdict'] = 'unclear'; e['partners'] = []
        else:
            e['verdict'] = 'absent'; e['partners'] = []
        res.append(e)
    return res

old, new = tasks(sys.argv[1]), tasks(sys.argv[2])
V = {'pair': 1, 'old_file': OLD_FILE, 'new_file': NEW_FILE,
     'note': "Tasks are found by key = first 60 chars of normalised text (NFC, lowercase, words only) and occurrence = rank among same-key tasks on that side in natural order of (path, number). path/number are informational.",
     'old': build(old, new, OLD_SAME, OLD_UNCLEAR), 'new': build(new, old, NEW_SAME, NEW_UNCLEAR)}
json.dump(V, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'verdicts_pair1.json'), 'w'), ensure_ascii=False, indent=1)
for side in ('old', 'new'):
    from collections import Counter
    print(side, len(V[side]), Counter(e['verdict'] for e in V[side]))
