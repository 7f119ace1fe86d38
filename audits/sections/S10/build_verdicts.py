#!/usr/bin/env python3
"""S10 pair 1 verdicts, written as code. Sections come from `outline --format json` of /work/tmp/s60/sosanh-audit3
(/tmp/S10_out_old.json, /tmp/S10_out_new.json); verdicts were decided from the document text before looking at
compare output."""
import json
old = json.load(open('/tmp/S10_out_old.json')); new = json.load(open('/tmp/S10_out_new.json'))
def flat(secs, out):
    for s in secs:
        h = s.get('heading') or ''
        t = h if h else (s['tasks'][0]['text'] if s.get('tasks') else '')
        out[tuple(s['path'])] = (h, t[:120])
        flat(s.get('children', []), out)
    return out
O = flat(old['sections'], {}); N = flat(new['sections'], {})
OP = ('PL1', 'PHẦN II')   # old procedures
NP = ('PL1', 'II')        # new procedures
pairs = [(('Điều 1',), ('Điều 1',)),          # announcement article
         (('Điều 2',), ('Điều 3',)),          # effect article (old: per-procedure dates; new: from signing)
         (('Điều 3',), ('Điều 2',)),          # implementation/assignment article (new keeps only publicity)
         (('Điều 3', '1'), ('Điều 2',)),      # publicity duty = the whole of new Điều 2
         (('Điều 4',), ('Điều 4',)),          # responsibility for execution
         (('PL1',), ('PL1',)),                # appendix
         (('PL1', 'PHẦN I'), ('PL1', 'I')),   # list of procedures
         (OP, NP)]                            # content of procedures
# lettered fields -> numbered fields (k.1 .. k.11); old procedure 1 has no 'd' section (its "d)" is glued to a bullet)
LET = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l']
for k in ('1', '2'):
    pairs.append((OP + (k,), NP + (k,)))
    for i, l in enumerate(LET):
        o = OP + (k, l); n = NP + (k, f'{k}.{i + 1}')
        if o in O:
            pairs.append((o, n))
pairs.append((OP + ('2', 'c', '*'), NP + ('2', '2.3', '*')))          # "Thành phần hồ sơ:"
pairs.append((OP + ('2', 'c', '* (2)'), NP + ('2', '2.3', '* (2)')))  # "Số lượng hồ sơ …"
absent_old = {('Điều 3', '2'), ('Điều 3', '3'), ('Điều 3', '4'), ('Điều 3', '5')}
unclear_old = {('Điều 2', '1'): 'effect date of procedure 1 (15/11/2025); new has one effect sentence (from signing) as a task of Điều 3, no clause',
               ('Điều 2', '2'): 'effect date of procedure 2 (01/12/2025); same as above',
               OP + ('1', 'c', '*'): 'xã dossier bullet; new 1.3 has the same bullet only as a task, no section',
               OP + ('1', 'c', '* (2)'): 'province→Ministry dossier bullet; its task also carries the count line and the glued "d) Thời hạn giải quyết" (new 1.3 tasks + new 1.4)'}
unclear_new = {NP + ('1', '1.4'): 'time limit; in old text "d) Thời hạn…" is glued to the end of a dossier line, so no old section exists (it is a task of old 1/c/* (2))'}
po = {}; pn = {}
for o, n in pairs:
    assert o in O, o; assert n in N, n
    po.setdefault(o, []).append(n); pn.setdefault(n, []).append(o)
for p in list(absent_old) + list(unclear_old): assert p in O, p
for p in unclear_new: assert p in N, p
def ent(side, p, table, partners, unc, absent, tab_other):
    h, t = table[p]
    if p in unc:
        v, ps = 'unclear', []
    elif p in partners:
        v, ps = 'same', [{'path': list(q), 'heading': tab_other[q][0], 'text': tab_other[q][1]} for q in partners[p]]
    else:
        assert p in absent, (side, p)   # every absent verdict is explicit
        v, ps = 'absent', []
    e = {'side': side, 'path': list(p), 'heading': h, 'text': t, 'verdict': v, 'partners': ps}
    if p in unc: e['note'] = unc[p]
    return e
secs = [ent('old', p, O, po, unclear_old, absent_old, N) for p in O] + [ent('new', p, N, pn, unclear_new, set(), O) for p in N]
out = {'pair': 1, 'old': 'f75757b004ba80c7.txt', 'new': 'c37e0ca0510350f4.txt',
       'audit_binary': '/work/tmp/s60/sosanh-audit3',
       'rule': 'same: entry must be matched, hold every partner, and hold no other-side section judged clear-cut (same/absent) that does not name this one; absent: entry must be new/dropped; unclear: not scored',
       'sections': secs}
json.dump(out, open('sections_pair1.json', 'w'), ensure_ascii=False, indent=1)
from collections import Counter
print(Counter((s['side'], s['verdict']) for s in secs))
