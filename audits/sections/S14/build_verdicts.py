#!/usr/bin/env python3
"""S14 pair 1 verdicts, written as code. Sections come from `outline --format json` of /work/tmp/s62/audit_bin
(written to /tmp/hAA/out_old.json, /tmp/hAA/out_new.json); verdicts were decided from the document text
before looking at compare output.
OLD 3bc52886147b6a70.txt = Quảng Trị QĐ 36/2025/QĐ-UBND, Quy định quản lý an toàn trong sử dụng điện:
  decision Điều 1-3, then the Quy định (PL1): Ch. I scope / applicability, Ch. II technical rules for use in
  production (Điều 3), households and services (Điều 4), public lighting (Điều 5), Ch. III responsibilities
  (Điều 6: Sở CT, departments, communes, power companies, users) and final provisions (Điều 7);
NEW 73a5c09dc805432d.txt = Thái Nguyên QĐ 27/2025/QĐ-UBND, Quy định quản lý an toàn điện: decision Điều 1-3,
  then PL1: Ch. I scope + applicability, definitions, principles; Ch. II protection of electrical works
  (responsibilities by actor, Điều 4-7); Ch. III safety in use (responsibilities by actor, Điều 8-11);
  Ch. IV reward/discipline, budget, implementation (Điều 12-14).
Principle: a section is "same" when it holds the same provision (same actor, same duty) or plays the same role
with the same heading; works-protection provisions, definitions, principles, reward and budget (new) and the
technical household/lighting rules (old) are absent; cross-level or 1:2 relations with two defensible
placements are unclear (the note says why)."""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from score_sections import verdict_table, write_sections  # shared by the section audits
old = json.load(open('/tmp/hAA/out_old.json')); new = json.load(open('/tmp/hAA/out_new.json'))
O = verdict_table(old['sections']); N = verdict_table(new['sections'])
# (old, new): the old section is same with the listed new one(s) as its required partners, and vice versa
OLD_PARTNERS = {
    'Điều 1': ['Điều 1'], 'Điều 2': ['Điều 2'], 'Điều 3': ['Điều 3'],          # decision articles
    'PL1': ['PL1'],                                                             # the Quy định's title block
    'PL1/Chương I': ['PL1/Chương I'],                                           # general provisions
    'PL1/Chương I/Điều 2': ['PL1/Chương I/Điều 1/2'],                           # "Đối tượng áp dụng" article -> clause
    'PL1/Chương II': ['PL1/Chương III'],                                        # "(QUY ĐỊNH) QUẢN LÝ AN TOÀN TRONG SỬ DỤNG ĐIỆN"
    'PL1/Chương II/Điều 3/1': ['PL1/Chương III/Điều 11/2/d'],                   # users comply with the safety law
    'PL1/Chương II/Điều 3/2': ['PL1/Chương III/Điều 11/2/c'],                   # training, safety card
    'PL1/Chương II/Điều 3/3': ['PL1/Chương III/Điều 11/2/b'],                   # devices inspected (kiểm định), records kept
    'PL1/Chương III/Điều 6/1': ['PL1/Chương IV/Điều 14/1'],                     # Sở CT leads and urges implementation
    'PL1/Chương III/Điều 6/3': ['PL1/Chương III/Điều 9'],                       # commune duties in safe use: clause -> article
    'PL1/Chương III/Điều 6/4': ['PL1/Chương III/Điều 10'],                      # power companies' duties in safe use: clause -> article
}
NEW_PARTNERS = {
    'Điều 1': ['Điều 1'], 'Điều 2': ['Điều 2'], 'Điều 3': ['Điều 3'], 'PL1': ['PL1'], 'PL1/Chương I': ['PL1/Chương I'],
    'PL1/Chương I/Điều 1/1': ['PL1/Chương I/Điều 1'],        # scope clause = old scope article (the only scope text)
    'PL1/Chương I/Điều 1/2': ['PL1/Chương I/Điều 2'],
    'PL1/Chương I/Điều 1/2/a': ['PL1/Chương I/Điều 2'],      # agencies: in old Điều 2's one sentence
    'PL1/Chương I/Điều 1/2/b': ['PL1/Chương I/Điều 2'],      # organisations, individuals
    'PL1/Chương III': ['PL1/Chương II'],
    'PL1/Chương III/Điều 9': ['PL1/Chương III/Điều 6/3'],
    'PL1/Chương III/Điều 9/1': ['PL1/Chương III/Điều 6/3'],  # detect and correct unsafe installations
    'PL1/Chương III/Điều 9/2': ['PL1/Chương III/Điều 6/3'],  # guide people on safe use
    'PL1/Chương III/Điều 9/3': ['PL1/Chương III/Điều 6/3'],  # inspect with Sở CT / power units
    'PL1/Chương III/Điều 9/4': ['PL1/Chương III/Điều 6/3'],  # inspect users, handle violations
    'PL1/Chương III/Điều 10': ['PL1/Chương III/Điều 6/4'],
    'PL1/Chương III/Điều 10/3': ['PL1/Chương III/Điều 6/4'], # propaganda
    'PL1/Chương III/Điều 10/4': ['PL1/Chương III/Điều 6/4'], # inspection on request
    'PL1/Chương III/Điều 11/2/a': ['PL1/Chương II/Điều 3/3'],  # documents, records (old 3/3's second sentence)
    'PL1/Chương III/Điều 11/2/b': ['PL1/Chương II/Điều 3/3'],
    'PL1/Chương III/Điều 11/2/c': ['PL1/Chương II/Điều 3/2'],
    'PL1/Chương III/Điều 11/2/d': ['PL1/Chương II/Điều 3/1'],
    'PL1/Chương IV/Điều 14/1': ['PL1/Chương III/Điều 6/1'],
}
unclear_old = {
    'PL1/Chương I/Điều 1': 'scope article: new Điều 1 (article "Phạm vi điều chỉnh và đối tượng áp dụng") or its clause 1/1; both defensible',
    'PL1/Chương II/Điều 3': 'production use rules: points of new 11/2 (a-d) hold most of it, new Điều 11 / 11/2 also cover all users; no single counterpart',
    'PL1/Chương II/Điều 3/4': 'grid/equipment of the user installed and operated per standards vs new 11/2 lead-in (comply with technical standards)',
    'PL1/Chương II/Điều 3/5': 'device quality per standards vs new 11/2 lead-in / 11/2/b; only loosely',
    'PL1/Chương II/Điều 3/8': 'act at once on incidents vs second half of new 11/2/d ("chịu trách nhiệm xử lý khi có sự cố")',
    'PL1/Chương II/Điều 4/1': 'household design/installation per standards vs new 11/2 lead-in (QC for systems in houses)',
    'PL1/Chương II/Điều 4/6': 'check own wiring, repair vs new 11/2/đ (remedy unsafe use)',
    'PL1/Chương II/Điều 4/7': 'household incident handling vs new 11/2/d second half',
    'PL1/Chương III': 'chapter "TỔ CHỨC THỰC HIỆN": its responsibilities (Điều 6) are new Ch. III, its implementation role is new Ch. IV',
    'PL1/Chương III/Điều 6': 'responsibilities in safe use: spread over new Điều 8-11 (articles), no single counterpart',
    'PL1/Chương III/Điều 6/2': 'provincial departments in general vs new Điều 8 (specific departments); only partial overlap',
    'PL1/Chương III/Điều 6/5': 'organisations and individuals: new 11/2/đ, 11/1, 11/2/d and works-protection 7/4 each hold a part',
    'PL1/Chương III/Điều 7': 'final article vs new Điều 14 "Tổ chức thực hiện", which also holds old 6/1 (14/1)',
    'PL1/Chương III/Điều 7/2': 'difficulties -> Sở CT: the closing paragraph of new Điều 14, which the outline puts in clause 14/2 (power units report)',
}
unclear_new = {
    'PL1/Chương I/Điều 1': 'holds both old Điều 1 (scope) and old Điều 2 (applicability)',
    'PL1/Chương I/Điều 3/4': 'comply with standards in building/acceptance/inspection of systems vs old 3/1, 3/3, 3/4',
    'PL1/Chương I/Điều 3/5': 'all violations handled strictly vs old 6/3 ("Xử lý nghiêm các hành vi vi phạm")',
    'PL1/Chương II/Điều 4/1/a': 'Sở CT organises safety management (works and use) vs old 6/1',
    'PL1/Chương II/Điều 4/1/c': 'Sở CT propaganda and urging on works protection vs old 6/1',
    'PL1/Chương II/Điều 5/7': 'commune propaganda on safety and corridors vs old 6/3 (guide people)',
    'PL1/Chương II/Điều 6/4': 'power units propaganda on corridors and safety vs old 6/4',
    'PL1/Chương II/Điều 7/1': 'comply with works-protection rules vs old 6/5 (cooperate in protecting electrical works)',
    'PL1/Chương II/Điều 7/2': 'see 7/1',
    'PL1/Chương II/Điều 7/4': 'accept inspection on works protection vs old 6/5',
    'PL1/Chương III/Điều 8': 'departments in safe use vs old 6/2 (departments in general) and 6/1 (Sở CT)',
    'PL1/Chương III/Điều 8/1': 'Sở CT in safe use vs old 6/1 (paired with 14/1)',
    'PL1/Chương III/Điều 8/1/c': 'Sở CT guides communes and power units on inspection vs old 6/1',
    'PL1/Chương III/Điều 8/1/d': 'Sở CT supervises communes vs old 6/1',
    'PL1/Chương III/Điều 10/1': 'power units general safety duties incl. reporting vs old 6/4 (annual report)',
    'PL1/Chương III/Điều 10/2': 'seller duties for household safety (NĐ 62 Điều 22) vs old 6/4 (guide installation and use)',
    'PL1/Chương III/Điều 11': 'users: old Điều 3 (production rules) and old 6/5 both correspond',
    'PL1/Chương III/Điều 11/1': 'general safety duty of users vs old 3/1 / 6/5',
    'PL1/Chương III/Điều 11/2': 'buyer duties + comply with QC, lead-in over a-đ: old Điều 3 or 4/1',
    'PL1/Chương III/Điều 11/2/đ': 'cooperate in inspection, remedy vs old 6/5 (one part of it) or 4/6',
    'PL1/Chương IV': 'see old PL1/Chương III',
    'PL1/Chương IV/Điều 14': 'see old PL1/Chương III/Điều 7',
    'PL1/Chương IV/Điều 14/2': 'power units report to Sở CT (old 6/4 last part) + the difficulties paragraph (old 7/2)',
}
write_sections(os.path.dirname(os.path.abspath(__file__)), 1, ('3bc52886147b6a70.txt', '73a5c09dc805432d.txt'), '/work/tmp/s62/audit_bin',
               (O, N), (OLD_PARTNERS, NEW_PARTNERS), (unclear_old, unclear_new))
