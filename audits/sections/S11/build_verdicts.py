#!/usr/bin/env python3
"""S11 pair 1 verdicts, written as code. Sections come from `outline --format json` of /work/tmp/s60/last
(written to /tmp/S11_out_old.json, /tmp/S11_out_new.json); verdicts were decided from the document text
before looking at compare output.
OLD b50a2c837e9adc09.txt = Hà Nội NQ 64/2025/NQ-HĐND, spending in culture and arts (3 articles + 6 annexes);
NEW e09bc3b35c473bea.txt = Hà Nội NQ 65/2025/NQ-HĐND, spending in high-performance sport (8 articles, no annex)."""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from score_sections import verdict_table, write_sections  # shared by the section audits
old = json.load(open('/tmp/S11_out_old.json')); new = json.load(open('/tmp/S11_out_new.json'))
O = verdict_table(old['sections']); N = verdict_table(new['sections'])
pairs = [
    (('Điều 1',), ('Điều 1',)),                 # scope article (new adds "đối tượng áp dụng")
    (('Điều 2',), ('Điều 7',)),                 # Tổ chức thực hiện
    (('Điều 2', '1'), ('Điều 7', '1')),         # UBND organises implementation
    (('Điều 2', '2'), ('Điều 7', '2')),         # HĐND standing committee etc. supervise
    (('Điều 2', '3'), ('Điều 7', '3')),         # Mặt trận Tổ quốc
    (('Điều 3',), ('Điều 8',)),                 # Hiệu lực thi hành, 01/01/2026
]
FUND = {('PL2', 'III'), ('PL3', 'III'), ('PL4', 'III'), ('PL5', 'IV'), ('PL6', 'III'), ('PL7', 'IV')}
unclear_old = {p: 'per-annex funding source "Nguồn ngân sách cấp Thành phố và các nguồn kinh phí hợp pháp khác": one of 6 copies '
                  'whose counterpart is the single new Điều 6; a 6:1 consolidation across different documents has no single right answer'
               for p in FUND}
unclear_new = {
    ('Điều 1', '1'): 'clause "Phạm vi điều chỉnh:" = the lead sentence of old Điều 1 (whose heading is "Phạm vi điều chỉnh"); '
                     'level mismatch: in the same entry as old Điều 1 or apart are both defensible',
    ('Điều 1', '2'): 'clause "Đối tượng áp dụng:" (general): the old document states applicability only per annex '
                     '(PL2..PL7 / I "ĐỐI TƯỢNG ÁP DỤNG", 5 candidates with culture-specific subjects); no single counterpart',
    ('Điều 6',): 'funding source article: counterpart of all 6 old per-annex funding sections (see unclear_old)',
}
po = {}; pn = {}
for o, n in pairs:
    assert o in O, o; assert n in N, n
    po.setdefault(o, []).append(n); pn.setdefault(n, []).append(o)
for p in list(unclear_old) + list(unclear_new):
    assert p in O or p in N, p
write_sections(os.path.dirname(os.path.abspath(__file__)), 1, ('b50a2c837e9adc09.txt', 'e09bc3b35c473bea.txt'), '/work/tmp/s60/last',
               (O, N), (po, pn), (unclear_old, unclear_new))
