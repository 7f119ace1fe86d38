#!/usr/bin/env python3
"""S11 pair 1 verdicts, written as code. Sections come from `outline --format json` of /work/tmp/s60/last
(written to /tmp/S11_out_old.json, /tmp/S11_out_new.json); verdicts were decided from the document text
before looking at compare output.
OLD b50a2c837e9adc09.txt = Hà Nội NQ 64/2025/NQ-HĐND, spending in culture and arts (3 articles + 6 annexes);
NEW e09bc3b35c473bea.txt = Hà Nội NQ 65/2025/NQ-HĐND, spending in high-performance sport (8 articles, no annex)."""
import json
old = json.load(open('/tmp/S11_out_old.json')); new = json.load(open('/tmp/S11_out_new.json'))
def flat(secs, out):
    for s in secs:
        h = s.get('heading') or ''
        t = h if h else (s['tasks'][0]['text'] if s.get('tasks') else '')
        out[tuple(s['path'])] = (h, t[:120])
        flat(s.get('children', []), out)
    return out
O = flat(old['sections'], {}); N = flat(new['sections'], {})
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
out = {'pair': 1, 'old': 'b50a2c837e9adc09.txt', 'new': 'e09bc3b35c473bea.txt',
       'audit_binary': '/work/tmp/s60/last',
       'rule': 'same: entry must be matched, hold every partner, and hold no other-side section judged clear-cut (same/absent) that does not name this one; absent: entry must be new/dropped; unclear: not scored',
       'sections': secs}
json.dump(out, open('sections_pair1.json', 'w'), ensure_ascii=False, indent=1)
from collections import Counter
print(len(O), len(N), Counter((s['side'], s['verdict']) for s in secs))
