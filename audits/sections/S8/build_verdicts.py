#!/usr/bin/env python3
"""S8 pair 1 verdicts, written as code. Sections come from `outline --format json` (out_old.json/out_new.json);
verdicts were decided from the document text before looking at compare output."""
import json
old = json.load(open('out_old.json')); new = json.load(open('out_new.json'))
def flat(secs, out):
    for s in secs:
        h = s.get('heading') or ''
        t = h if h else (s['tasks'][0]['text'] if s.get('tasks') else '')
        out[tuple(s['path'])] = (h, t[:120])
        flat(s.get('children', []), out)
    return out
O = flat(old['sections'], {}); N = flat(new['sections'], {})
OP = ('PL1', 'PHẦN I', 'Phần II')   # old procedures live here
NP = ('PL1', 'Phần II')
LET = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l']
pairs = [(('Điều 1',), ('Điều 1',)), (('Điều 2',), ('Điều 2',)), (('Điều 3',), ('Điều 3',)),
         (('PL1', 'PHẦN I'), ('PL1',)),                     # appendix (old title block carries a stray "PHẦN I")
         (('PL1', 'PHẦN I', 'Phần I'), ('PL1', 'Phần I')),  # list of procedures
         (OP, NP)]                                          # Phần II content of each procedure
for k in ('1', '2'):
    pairs.append((OP + (k,), NP + (k,)))
    for l in LET:
        pairs.append((OP + (k, l), NP + (k, l)))
pairs.append((OP + ('2', 'c', '*'), NP + ('2', 'c', '*')))  # "Thành phần hồ sơ:" of procedure 2
unclear_old = {('PL1',): 'heading-less wrapper made by the parser; the appendix title is on its only child PHẦN I',
               OP + ('1', 'c', '*'): 'xã dossier bullet; new 1/c has the same bullet only as a task, no section',
               OP + ('1', 'c', '* (2)'): 'province→Ministry dossier; new 1/c has no such bullet (its content is new 1/g task)',
               OP + ('1', 'c', '* (3)'): 'dossier count; new has it only as a task of 1/c',
               OP + ('2', 'c', '* (2)'): 'dossier count; new has it only as a task of 2/c/*'}
unclear_new = {NP + ('2', 'k', '*'): '(1) criteria DTTS; old has it as tasks of 2/k, no section',
               NP + ('2', 'k', '* (2)'): '(2) determination; old (3) as tasks of 2/k',
               NP + ('2', 'k', '* (3)'): '(3) thôn ĐBKK; old (4) as tasks of 2/k',
               NP + ('2', 'k', '* (4)'): '(4) xã KV I-III; old (5) as tasks of 2/k'}
po = {}; pn = {}
for o, n in pairs:
    assert o in O, o; assert n in N, n
    po.setdefault(o, []).append(n); pn.setdefault(n, []).append(o)
def ent(side, p, table, partners, unc, tab_other):
    h, t = table[p]
    if p in unc:
        v, ps = 'unclear', []
    elif p in partners:
        v, ps = 'same', [{'path': list(q), 'heading': tab_other[q][0], 'text': tab_other[q][1]} for q in partners[p]]
    else:
        v, ps = 'absent', []
    e = {'side': side, 'path': list(p), 'heading': h, 'text': t, 'verdict': v, 'partners': ps}
    if p in unc: e['note'] = unc[p]
    return e
secs = [ent('old', p, O, po, unclear_old, N) for p in O] + [ent('new', p, N, pn, unclear_new, O) for p in N]
out = {'pair': 1, 'old': '4c6ac60a4ebc43d6.txt', 'new': '5be267825b46d313.txt',
       'audit_binary': '/work/tmp/s60/sosanh-audit',
       'rule': 'same: entry must be matched, hold every partner, and hold no other-side section judged clear-cut (same/absent) that does not name this one; absent: entry must be new/dropped; unclear: not scored',
       'sections': secs}
json.dump(out, open('sections_pair1.json', 'w'), ensure_ascii=False, indent=1)
from collections import Counter
print(Counter((s['side'], s['verdict']) for s in secs))
