#!/usr/bin/env python3
"""Build verdicts_pair1.json from hand verdicts written below (refs = 'path#number' as in sosanh outline)."""
import json, re, unicodedata, sys
sys.path.insert(0, '.')
def norm(s):
    s = unicodedata.normalize('NFC', s).lower(); s = re.sub(r'_+', ' ', s)
    return ' '.join(re.findall(r'\w+', s))
def key(s): return norm(s)[:60]
def natkey(path, number):
    return [tuple(int(c) if c.isdigit() else c for c in re.split(r'(\d+)', p)) for p in list(path)+[str(number)]]
def tasks(fn):
    d = json.load(open(fn)); out = []
    def walk(ss):
        for s in ss:
            for i, t in enumerate(s.get('tasks', []), 1):
                out.append({'pathl': s['path'], 'path': '/'.join(s['path']), 'number': i, 'text': t['text']})
            walk(s.get('children', []))
    walk(d['sections'])
    groups = {}
    for t in out:
        t['key'] = key(t['text']); groups.setdefault(t['key'], []).append(t)
    for g in groups.values():
        g.sort(key=lambda t: natkey(t['pathl'], t['number']))
        for i, t in enumerate(g): t['occurrence'] = i
    return {f"{t['path']}#{t['number']}": t for t in out}, out
OLD, olist = tasks('old_outline.json'); NEW, nlist = tasks('new_outline.json')
O1 = 'PL1/PHẦN I/Phần II/1/'; O2 = 'PL1/PHẦN I/Phần II/2/'
N1 = 'PL1/Phần II/1/'; N2 = 'PL1/Phần II/2/'
V_old = {}; V_new = {}
def same(side, ref, *partners): (V_old if side == 'o' else V_new)[ref] = ('same', list(partners))
def absent(side, ref): (V_old if side == 'o' else V_new)[ref] = ('absent', [])
def unclear(side, ref): (V_old if side == 'o' else V_new)[ref] = ('unclear', [])
# ---------------- OLD side ----------------
same('o', 'Điều 1#1', 'Điều 1#1'); same('o', 'Điều 2#1', 'Điều 2#1'); same('o', 'Điều 3#1', 'Điều 3#1')
unclear('o', 'PL1/PHẦN I#1')                         # "(Kèm theo Quyết định số 2708...)": new counterpart line is not a task
same('o', 'PL1/PHẦN I/Phần I#1', 'PL1/Phần I#1'); same('o', 'PL1/PHẦN I/Phần I#2', 'PL1/Phần I#2')
# procedure 1
same('o', O1+'a#1', N1+'a#1'); unclear('o', O1+'a#2')   # "Trong đó:" fragment
same('o', O1+'a#3', N1+'a#2'); same('o', O1+'a#4', N1+'a#3'); same('o', O1+'a#5', N1+'a#4')
absent('o', O1+'a#6')                                 # Bước 3: Ministry decides -- Cần Thơ stops at city level
same('o', O1+'b#1', N1+'b#1')
same('o', O1+'c/*#1', N1+'c#1')
same('o', O1+'c/* (2)#1', N1+'g#1', N1+'g#2', N1+'g#3')   # province's dossier to the Ministry -> new "Kết quả" list
same('o', O1+'c/* (3)#1', N1+'c#2')
unclear('o', O1+'d#1')                                # 30 days (Ministry) vs 15 days (commune): same slot, other content
same('o', O1+'đ#1', N1+'đ#1')
unclear('o', O1+'e#1')                                # Bộ DTTG vs Sở / UBND TP
unclear('o', O1+'g#1')                                # Minister's decision vs city's dossier
same('o', O1+'h#1', N1+'h#1')
same('o', O1+'i#1', N1+'i#1'); same('o', O1+'i#2', N1+'i#2')
for i in range(1, 5): same('o', O1+f'k#{i}', N1+f'k#{i}')
same('o', O1+'l#1', N1+'l#1')
# procedure 2
unclear('o', O2+'a#1')                                # label "Cấp xã (UBND cấp xã):"
for i in (2, 3, 4, 5): same('o', O2+f'a#{i}', N2+'a#1')
unclear('o', O2+'a#6')                                # label "Cấp tỉnh"
same('o', O2+'a#7', N2+'a#2'); same('o', O2+'a#8', N2+'a#3'); same('o', O2+'a#9', N2+'a#4'); same('o', O2+'a#10', N2+'a#5')
absent('o', O2+'a#11'); absent('o', O2+'a#12'); absent('o', O2+'a#13')   # central level dropped
unclear('o', O2+'a#14')                               # Ministry's 15-day limit; only a loose match to new d#1 (45 days, city)
same('o', O2+'b#1', N2+'b#1')
unclear('o', O2+'c/*#1')                              # label "(1) Hồ sơ cấp xã gửi cấp tỉnh gồm:"
same('o', O2+'c/*#2', N2+'c/*#1'); same('o', O2+'c/*#3', N2+'c/*#2')
same('o', O2+'c/*#4', N2+'g#1')
for i in range(5, 11): same('o', O2+f'c/*#{i}', N2+f'g#{i-3}')
same('o', O2+'c/* (2)#1', N2+'c/*#3')
same('o', O2+'d#1', N2+'d#1')               # 15 -> 45 days, same wording
same('o', O2+'đ#1', N2+'đ#1')
unclear('o', O2+'e#1'); unclear('o', O2+'g#1')
same('o', O2+'h#1', N2+'h#1')
for i in range(1, 8): same('o', O2+f'i#{i}', N2+f'i#{i}')
unclear('o', O2+'k#1')                                # heading (1); new heading is a section label
for i in range(2, 9): same('o', O2+f'k#{i}', N2+f'k/*#{i-1}')
for i in range(9, 19): absent('o', O2+f'k#{i}')        # mountain criteria dropped
unclear('o', O2+'k#19')                               # heading (3) -> new heading (2) (section label)
for a, b in ((20, 1), (21, 1), (23, 2), (24, 2), (26, 3), (27, 3)): same('o', O2+f'k#{a}', N2+f'k/* (2)#{b}')
for a in (22, 25, 28): absent('o', O2+f'k#{a}')         # "khoản x Điều 5" (mountain) dropped
unclear('o', O2+'k#29')
for i in range(30, 34): same('o', O2+f'k#{i}', N2+f'k/* (3)#{i-29}')
unclear('o', O2+'k#34')
for i in range(35, 53): same('o', O2+f'k#{i}', N2+f'k/* (4)#{i-34}')
same('o', O2+'l#1', N2+'l#1')
# ---------------- NEW side ----------------
same('n', 'Điều 1#1', 'Điều 1#1'); same('n', 'Điều 2#1', 'Điều 2#1'); same('n', 'Điều 3#1', 'Điều 3#1')
same('n', 'PL1/Phần I#1', 'PL1/PHẦN I/Phần I#1'); same('n', 'PL1/Phần I#2', 'PL1/PHẦN I/Phần I#2')
same('n', N1+'a#1', O1+'a#1', O1+'a#2')
same('n', N1+'a#2', O1+'a#3'); same('n', N1+'a#3', O1+'a#4'); same('n', N1+'a#4', O1+'a#5')
same('n', N1+'b#1', O1+'b#1')
same('n', N1+'c#1', O1+'c/*#1'); same('n', N1+'c#2', O1+'c/* (3)#1')
unclear('n', N1+'d#1')
same('n', N1+'đ#1', O1+'đ#1')
unclear('n', N1+'e#1'); unclear('n', N1+'e#2')
same('n', N1+'g#1', O1+'c/* (2)#1', O1+'g#1')
same('n', N1+'g#2', O1+'c/* (2)#1'); same('n', N1+'g#3', O1+'c/* (2)#1')
same('n', N1+'h#1', O1+'h#1'); same('n', N1+'i#1', O1+'i#1'); same('n', N1+'i#2', O1+'i#2')
for i in range(1, 5): same('n', N1+f'k#{i}', O1+f'k#{i}')
same('n', N1+'l#1', O1+'l#1')
same('n', N2+'a#1', *[O2+f'a#{i}' for i in range(1, 6)])
same('n', N2+'a#2', O2+'a#7', O2+'a#6')
same('n', N2+'a#3', O2+'a#8'); same('n', N2+'a#4', O2+'a#9'); same('n', N2+'a#5', O2+'a#10')
same('n', N2+'b#1', O2+'b#1')
same('n', N2+'c/*#1', O2+'c/*#2'); same('n', N2+'c/*#2', O2+'c/*#3'); same('n', N2+'c/*#3', O2+'c/* (2)#1')
same('n', N2+'d#1', O2+'d#1', O2+'a#14')
same('n', N2+'đ#1', O2+'đ#1')
unclear('n', N2+'e#1'); unclear('n', N2+'e#2')
same('n', N2+'g#1', O2+'c/*#4', O2+'g#1')
for i in range(2, 8): same('n', N2+f'g#{i}', O2+f'c/*#{i+3}')
same('n', N2+'h#1', O2+'h#1')
for i in range(1, 8): same('n', N2+f'i#{i}', O2+f'i#{i}')
for i in range(1, 8): same('n', N2+f'k/*#{i}', O2+f'k#{i+1}')
for b, olds in ((1, (20, 21)), (2, (23, 24)), (3, (26, 27))): same('n', N2+f'k/* (2)#{b}', *[O2+f'k#{a}' for a in olds])
for i in range(1, 5): same('n', N2+f'k/* (3)#{i}', O2+f'k#{i+29}')
for i in range(1, 19): same('n', N2+f'k/* (4)#{i}', O2+f'k#{i+34}')
same('n', N2+'l#1', O2+'l#1')
# ---------------- emit ----------------
def ent(t): return {'path': t['path'], 'number': t['number'], 'text': t['text'][:200], 'key': t['key'], 'occurrence': t['occurrence']}
def side(V, T, L, P, name):
    out = []
    missing = [f"{t['path']}#{t['number']}" for t in L if f"{t['path']}#{t['number']}" not in V]
    extra = [r for r in V if r not in T]
    assert not missing and not extra, (name, missing, extra)
    for t in L:
        v, parts = V[f"{t['path']}#{t['number']}"]
        e = ent(t); e['verdict'] = v
        if v == 'same':
            for p in parts: assert p in P, (name, p)
            e['partners'] = [ent(P[p]) for p in parts]
        out.append(e)
    return out
res = {'pair': 1, 'old_file': '/work/shared/real/4c6ac60a4ebc43d6.txt', 'new_file': '/work/shared/real/5be267825b46d313.txt',
       'note': 'Tasks are found by key = first 60 chars of normalised text (NFC, lowercase, words only) and occurrence = rank among same-key tasks on that side in natural order of (path, number). path/number are informational.',
       'old': side(V_old, OLD, olist, NEW, 'old'), 'new': side(V_new, NEW, nlist, OLD, 'new')}
json.dump(res, open('verdicts_pair1.json', 'w'), ensure_ascii=False, indent=1)
import collections
for s in ('old', 'new'): print(s, len(res[s]), collections.Counter(e['verdict'] for e in res[s]))
