#!/usr/bin/env python3
"""S17 pair 1 verdicts, written as code. Sections come from `outline --format json` of /work/tmp/s64/audit_bin
(written to /work/tmp/hAD/out_old.json, /work/tmp/hAD/out_new.json); verdicts were decided from the document text
before looking at compare output.
OLD 150d48a05ed57aa3.txt = UBND tỉnh Quảng Ngãi, QĐ 44/2025/QĐ-UBND (21/11/2025), phân cấp thẩm quyền quyết định tiêu
  chuẩn, định mức sử dụng máy móc, thiết bị: Điều 1 scope (1 with a-c, 2), 2 subjects (1, 2), 3 the delegation (1
  chức danh; 2 hoạt động chung with a office, b the agency's and building-bound equipment; 3 chuyên dùng with a health,
  education, b other), 4 transition, 5 entry into force (1), repeals (2, a-h: eight Kon Tum decisions), amended
  references (3), 6 execution (30 sections);
NEW 317a61c94fc776ca.txt = UBND TP Hải Phòng, QĐ 218/2025/QĐ-UBND (26/11/2025), the same delegation except health and
  education equipment: Điều 1 scope (1 with a-đ, 2), 2 subjects, 3 chức danh (1, 2), 4 hoạt động chung (1-3), 5
  chuyên dùng, 6 duties of the delegated bodies (1-4), 7 transition, 8 entry into force (1) and execution (2)
  (28 sections).
Principle (as S14-S16): a section is "same" when it holds the same provision or plays the same role with the same
heading, also when moved across levels 1:1 (old Điều 3's clauses became new Điều 3, 4; old Điều 6 became new 8/2);
sections only one decision has are absent; cross-level 1:many relations, sections whose counterpart is a bullet
(task) rather than a section, and heading-alike sections whose content differs are unclear (the note says why)."""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from score_sections import verdict_table, write_sections  # shared by the section audits
old = json.load(open('/work/tmp/hAD/out_old.json')); new = json.load(open('/work/tmp/hAD/out_new.json'))
O = verdict_table(old['sections']); N = verdict_table(new['sections'])
OLD_PARTNERS = {
    'Điều 1': ['Điều 1'],              # "Phạm vi điều chỉnh"
    'Điều 1/1': ['Điều 1/1'],          # "QĐ này phân cấp thẩm quyền quyết định ... gồm:" (the scope list)
    'Điều 1/1/c': ['Điều 1/1/đ'],      # scope item: chuyên dùng equipment (new: except health, education)
    'Điều 2': ['Điều 2'],              # "Đối tượng áp dụng"
    'Điều 2/1': ['Điều 2/1'],          # cơ quan chuyên môn, tổ chức hành chính khác, ĐVSNCL
    'Điều 2/2': ['Điều 2/2'],          # tổ chức, cá nhân có liên quan
    'Điều 3/1': ['Điều 3'],            # chức danh: lead-in, supplement, price (moved up to an article)
    'Điều 3/2': ['Điều 4'],            # hoạt động chung: office supplement, price; equipment under b/1/5 QĐ 15
    'Điều 3/2/b': ['Điều 4/3'],        # equipping under điểm b khoản 1 Điều 5 QĐ 15
    'Điều 3/3/b': ['Điều 5'],          # chuyên dùng other than health, education: units decide
    'Điều 4': ['Điều 7'],              # "Điều khoản chuyển tiếp"
    'Điều 5': ['Điều 8'],              # "Điều khoản thi hành"
    'Điều 5/1': ['Điều 8/1'],          # entry into force
    'Điều 6': ['Điều 8/2'],            # execution clause (Chánh VP, heads of sở, Chủ tịch UBND xã ...), moved into Điều 8
}
NEW_PARTNERS = {
    'Điều 1': ['Điều 1'], 'Điều 1/1': ['Điều 1/1'], 'Điều 1/1/đ': ['Điều 1/1/c'], 'Điều 2': ['Điều 2'],
    'Điều 2/1': ['Điều 2/1'], 'Điều 2/2': ['Điều 2/2'], 'Điều 3': ['Điều 3/1'], 'Điều 4': ['Điều 3/2'],
    'Điều 4/3': ['Điều 3/2/b'], 'Điều 7': ['Điều 4'], 'Điều 8': ['Điều 5'], 'Điều 8/1': ['Điều 5/1'],
    'Điều 8/2': ['Điều 6'],
}
unclear_old = {
    'Điều 1/1/a': 'scope item "chức danh" (a category) vs new 1/1/a (supplement) and 1/1/d (price, two categories): 1:many',
    'Điều 1/1/b': 'scope item "hoạt động chung" vs new 1/1/b, c, d: 1:many',
    'Điều 3': 'the whole delegation in one article vs new Điều 3, 4, 5 (one per category): 1:many; the headings share '
              '"Phân cấp thẩm quyền quyết định tiêu chuẩn, định mức sử dụng máy móc, thiết bị"',
    'Điều 3/2/a': 'office equipment: split into new 4/1 (supplement) and 4/2 (price), whose counterparts are this '
                  'point\'s bullets',
    'Điều 3/3': 'chuyên dùng, same role as new Điều 5, but half of it (3/3/a health, education) is excluded from the new '
                'decision; new Điều 5\'s content is 3/3/b',
}
unclear_new = {
    'Điều 1/1/a': 'scope: supplement chức danh equipment; old 1/1/a (the category) or old 3/1\'s bullet (same words)',
    'Điều 1/1/b': 'scope: supplement office equipment; old 1/1/b (the category) or old 3/2/a\'s bullet',
    'Điều 1/1/c': 'scope: equipping under b/1/5 QĐ 15; old 1/1/b (the category) or old 3/2/b',
    'Điều 1/1/d': 'scope: price raise for two categories; old 1/1/a, 1/1/b or old 3/1, 3/2/a bullets',
    'Điều 3/1': 'supplement chức danh equipment: the counterpart is a bullet (task) of old 3/1, not a section',
    'Điều 3/2': 'price raise, chức danh: a bullet of old 3/1',
    'Điều 4/1': 'supplement office equipment: a bullet of old 3/2/a',
    'Điều 4/2': 'price raise, office equipment: a bullet of old 3/2/a',
    'Điều 5': 'chuyên dùng: old 3/3 (same role and heading, but with health, education) or old 3/3/b (same content)',
    'Điều 6': '"Trách nhiệm tổ chức thực hiện" (duties of the delegated bodies): heading like old Điều 6 "Tổ chức thực '
              'hiện", content not (old Điều 6 is the execution clause, new 8/2)',
}
# absent, old: Điều 1/2 (exclusion of d, e khoản 3 Điều 4 QĐ 15), 3/3/a (health, education), 5/2 and a-h (repeal of
#   eight Kon Tum decisions), 5/3 (amended references);
# absent, new: Điều 1/2 (other matters follow QĐ 15), 6/1-6/4 (decide and answer for it, publish, direct, implement).
write_sections(os.path.dirname(os.path.abspath(__file__)), 1, ('150d48a05ed57aa3.txt', '317a61c94fc776ca.txt'),
               '/work/tmp/s64/audit_bin', (O, N), (OLD_PARTNERS, NEW_PARTNERS), (unclear_old, unclear_new))
