#!/usr/bin/env python3
"""S10 pair 1 verdicts, written as code. Sections come from `outline --format json` of /work/tmp/s60/sosanh-audit3
(/tmp/S10_out_old.json, /tmp/S10_out_new.json); verdicts were decided from the document text before looking at
compare output."""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from score_sections import verdict_table, write_sections  # shared by the section audits
old = json.load(open('/tmp/S10_out_old.json')); new = json.load(open('/tmp/S10_out_new.json'))
O = verdict_table(old['sections']); N = verdict_table(new['sections'])
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
# Every absent verdict is explicit.
for p in O:
    assert p in po or p in unclear_old or p in absent_old, ('old', p)
write_sections(os.path.dirname(os.path.abspath(__file__)), 1, ('f75757b004ba80c7.txt', 'c37e0ca0510350f4.txt'), '/work/tmp/s60/sosanh-audit3',
               (O, N), (po, pn), (unclear_old, unclear_new))
