#!/usr/bin/env python3
"""S15 pair 1 verdicts, written as code. Sections come from `outline --format json` of /work/tmp/s62/audit_bin
(written to /tmp/hAB/out_old.json, /tmp/hAB/out_new.json); verdicts were decided from the document text
before looking at compare output.
OLD 9119d84f0b18ca45.txt = Hà Nội HĐND, NQ 76/2025/NQ-HĐND (27/11/2025), mức tiền phạt đối với một số hành vi vi
  phạm hành chính trong lĩnh vực PCCC: Điều 1 scope, 2 applicability, 3 fine levels, 4 competence, 5 the 69
  behaviours, 6 implementation, 7 effect, 8 transitional (a-c), and PL1, the 69 fines (94 sections);
NEW edc6fac0e3b32fd3.txt = Hà Nội HĐND, NQ 79/2025/NQ-HĐND (same session), xử lý các cơ sở không đảm bảo yêu cầu
  về PCCC đưa vào sử dụng trước Luật PCCC 2001: Điều 1 scope + applicability, 2 principles, 3 procedure, 4
  technical solutions, 5 apartment blocks, 6 fuel depots, 7 funding, 8 implementation, 9 effect, 10 transitional,
  PL I (old apartment blocks), PL II (a technical table) (58 sections).
Principle (as S14): a section is "same" when it holds the same provision (same actor, same duty) or plays the same
role with the same heading; sections only one resolution's subject has (fines, competence, procedure, solutions,
funding, the appendices) are absent; cross-level or 1:2 relations and same-role sections whose subject differs
are unclear (the note says why)."""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from score_sections import verdict_table, write_sections  # shared by the section audits
old = json.load(open('/tmp/hAB/out_old.json')); new = json.load(open('/tmp/hAB/out_new.json'))
O = verdict_table(old['sections']); N = verdict_table(new['sections'])
OLD_PARTNERS = {
    'Điều 6': ['Điều 8'],              # "Tổ chức thực hiện"
    'Điều 6/1': ['Điều 8/1'],          # "Giao Ủy ban nhân dân Thành phố:"
    'Điều 6/1/a': ['Điều 8/1/a'],      # UBND TP organises implementation <-> plans and guides implementation
    'Điều 6/1/b': ['Điều 8/1/đ'],      # UBND TP propaganda, consensus
    'Điều 6/2': ['Điều 8/2'],          # HĐND supervises
    'Điều 6/3': ['Điều 8/3'],          # MTTQ propaganda and supervision
    'Điều 7': ['Điều 9'],              # "Điều khoản thi hành" (effect from signing) <-> "Hiệu lực thi hành"
    'Điều 8': ['Điều 10'],             # "Quy định chuyển tiếp" <-> "Quy định chuyển tiếp"
}
NEW_PARTNERS = {
    'Điều 8': ['Điều 6'], 'Điều 8/1': ['Điều 6/1'], 'Điều 8/1/a': ['Điều 6/1/a'], 'Điều 8/1/đ': ['Điều 6/1/b'],
    'Điều 8/2': ['Điều 6/2'], 'Điều 8/3': ['Điều 6/3'], 'Điều 9': ['Điều 7'], 'Điều 10': ['Điều 8'],
}
unclear_old = {
    'Điều 1': 'scope article ("Phạm vi điều chỉnh") vs new Điều 1 ("Phạm vi điều chỉnh, đối tượng áp dụng"), which also holds old Điều 2; subjects differ',
    'Điều 1/1': 'scope clause (fines) vs new 1/1 (handling establishments): same role, other subject',
    'Điều 2': 'applicability article vs new 1/2 (a clause) or new Điều 1',
    'Điều 2/1': 'violators vs new 1/2 (owners of establishments): same role, other subject',
    'Điều 2/3': 'other agencies concerned vs the tail of new 1/2',
    'Điều 4': '"Nguyên tắc áp dụng về thẩm quyền xử phạt" vs new Điều 2 "Nguyên tắc áp dụng": near-same heading, other content',
    'Điều 8/b': 'Government amends the violations -> apply its rule, vs new 9/2 (amended referenced texts apply)',
    'Điều 8/c': 'law on sanctioning competence changes -> follow it, vs new 9/2',
}
unclear_new = {
    'Điều 1': 'see old Điều 1 and Điều 2',
    'Điều 1/1': 'see old 1/1',
    'Điều 1/2': 'see old Điều 2, 2/1, 2/3',
    'Điều 2': 'see old Điều 4',
    'Điều 8/1/b': 'direct all to implement strictly: a piece of old 6/1/a, whose point-for-point partner is 8/1/a',
    'Điều 8/1/g': 'direct Công an, Sở XD to lead implementation: partly old 6/1/a',
    'Điều 9/1': 'the whole text of old Điều 7 (an article), while old Điều 7 pairs with the article new Điều 9',
    'Điều 9/2': 'see old 8/b, 8/c',
}
write_sections(os.path.dirname(os.path.abspath(__file__)), 1, ('9119d84f0b18ca45.txt', 'edc6fac0e3b32fd3.txt'), '/work/tmp/s62/audit_bin',
               (O, N), (OLD_PARTNERS, NEW_PARTNERS), (unclear_old, unclear_new))
