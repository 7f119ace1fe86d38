#!/usr/bin/env python3
"""Build verdicts_pair1.json for pair 1 (Đồng Nai QĐ 2740 -> Quảng Ngãi QĐ 1630) from sosanh outlines.
Verdicts are hand decisions written below (task ids = 'path#n' as in the outline, n = 1-based index).
Usage: python3 mk_verdicts.py OLD_OUTLINE.json NEW_OUTLINE.json > verdicts_pair1.json"""
import json, sys, os
# The key functions of the shared scorer (this directory's score.py is a shim that runs it).
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from score_tasks import key, natkey

OLDF = '/work/shared/real/f75757b004ba80c7.txt'
NEWF = '/work/shared/real/c37e0ca0510350f4.txt'

def tasks(fn):
    d = json.load(open(fn)); out = {}
    def walk(secs):
        for s in secs:
            for i, t in enumerate(s['tasks']):
                out['/'.join(s['path']) + '#' + str(i + 1)] = (s['path'], i + 1, t['text'])
            walk(s['children'])
    walk(d['sections']); return out

O = tasks(sys.argv[1]); N = tasks(sys.argv[2])

# ---- hand decisions: old id -> list of accepted new ids ([] = absent, None = unclear)
P1o, P1n = 'PL1/PHẦN II/1/', 'PL1/II/1/'
P2o, P2n = 'PL1/PHẦN II/2/', 'PL1/II/2/'
M = {
 'Điều 1#1': ['Điều 1#1'],                 # publish the procedures (02 TTHC / Danh mục)
 'Điều 1#2': [],                           # "if amended later, apply current law": nothing in QN
 'Điều 2/1#1': None, 'Điều 2/2#1': None,   # per-procedure effective dates vs QN "hiệu lực kể từ ngày ký"
 'Điều 3/1#1': ['Điều 2#1'],               # Sở DTTG publicises the TTHC on the unit's website
 'Điều 3/2#1': [], 'Điều 3/3#1': [], 'Điều 3/3#2': [], 'Điều 3/4#1': [], 'Điều 3/5#1': [],
 'Điều 4#1': ['Điều 4#1'],
 'PL1/PHẦN I#1': ['PL1/I#1'], 'PL1/PHẦN I#2': ['PL1/I#2'],
 # procedure 1
 P1o+'a#1': [P1n+'1.1#1'], P1o+'a#2': [P1n+'1.1#2'], P1o+'a#3': [P1n+'1.1#3'],
 P1o+'a#4': [P1n+'1.1#4'], P1o+'a#5': [P1n+'1.1#5'],
 P1o+'b#1': [P1n+'1.2#1'],
 P1o+'c/*#1': [P1n+'1.3#1'],
 P1o+'c/* (2)#1': [P1n+'1.3#3', P1n+'1.4#1'],   # "Số lượng hồ sơ ... d) Thời hạn giải quyết" merged
 P1o+'đ#1': [P1n+'1.5#1'], P1o+'e#1': [P1n+'1.6#1'], P1o+'g#1': [P1n+'1.7#1'], P1o+'h#1': [P1n+'1.8#1'],
 P1o+'i#1': [P1n+'1.9#1'], P1o+'i#2': [P1n+'1.9#2'],
 **{P1o+f'k#{i}': [P1n+f'1.10#{i}'] for i in range(1, 5)},
 P1o+'l#1': [P1n+'1.11#1'],
 # procedure 2
 **{P2o+f'a#{i}': [P2n+f'2.1#{i}'] for i in range(1, 11)},
 P2o+'b#1': [P2n+'2.2#1'],
 **{P2o+f'c/*#{i}': [P2n+f'2.3/*#{i}'] for i in range(1, 11)},
 P2o+'c/* (2)#1': [P2n+'2.3/* (2)#1'],
 P2o+'d#1': [P2n+'2.4#1', P2n+'2.1#14'],   # 2.1#14 (central-level deadline, same 15 days) also accepted
 P2o+'đ#1': [P2n+'2.5#1'], P2o+'e#1': [P2n+'2.6#1'], P2o+'g#1': [P2n+'2.7#1'], P2o+'h#1': [P2n+'2.8#1'],
 **{P2o+f'i#{i}': [P2n+f'2.9#{i}'] for i in range(1, 8)},
 **{P2o+f'k#{i}': [P2n+f'2.10#{i}'] for i in range(1, 53)},
 P2o+'l#1': [P2n+'2.11#1'],
}
# new tasks with no old partner via M: explicit verdicts
NEW_EXTRA = {
 'Điều 3#1': None,            # effective on signing vs old per-procedure dates
 P1n+'1.1#6': [],             # Bước 3: Bộ trưởng approves the list (no such step in ĐN)
 P1n+'1.3#2': None,           # ĐN's counterpart is swallowed into a section heading ("c/* (2)"), not a task
 P2n+'2.1#11': [], P2n+'2.1#12': [], P2n+'2.1#13': [],   # central (Bộ) level steps: absent in ĐN
 P2n+'2.1#14': None,          # central-level deadline; same 15 days as ĐN d) -> unclear on its own
}
assert set(M) == set(O), (set(O) - set(M), set(M) - set(O))
Nm = {}
for o, ps in M.items():
    for p in ps or []:
        assert p in N, p
        Nm.setdefault(p, []).append(o)
for n in N:
    assert (n in Nm) != (n in NEW_EXTRA) or n == P2n+'2.1#14', n

def ids(T):
    groups = {}
    for k, (path, num, text) in T.items():
        groups.setdefault(key(text), []).append(k)
    occ = {}
    for g, ks in groups.items():
        ks.sort(key=lambda k: natkey(T[k][0], T[k][1]))
        for i, k in enumerate(ks): occ[k] = i
    return occ
oc = {'old': ids(O), 'new': ids(N)}

def ent(side, T, k):
    path, num, text = T[k]
    return {'path': '/'.join(path), 'number': num, 'text': text[:200], 'key': key(text), 'occurrence': oc[side][k]}

def verdict(side, T, OT, k, partners):
    e = ent(side, T, k)
    if partners is None: e['verdict'] = 'unclear'
    elif not partners: e['verdict'] = 'absent'
    else:
        e['verdict'] = 'same'
        e['partners'] = [ent('new' if side == 'old' else 'old', OT, p) for p in partners]
    return e

out = {'pair': 1, 'old_file': OLDF, 'new_file': NEWF,
       'note': 'Tasks are found by key = first 60 chars of normalised text (NFC, lowercase, words only) and occurrence = rank among same-key tasks on that side in natural order of (path, number). path/number are informational.',
       'old': [], 'new': []}
for k in O:
    out['old'].append(verdict('old', O, N, k, M[k]))
for k in N:
    if k == P2n+'2.1#14': ps = None            # unclear from the new side (old d#1 accepts it, see above)
    elif k in NEW_EXTRA: ps = NEW_EXTRA[k]
    else: ps = Nm[k]
    out['new'].append(verdict('new', N, O, k, ps))
json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
