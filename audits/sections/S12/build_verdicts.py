#!/usr/bin/env python3
"""S12 pair 1 verdicts, written as code. Sections come from `outline --format json` of /work/tmp/s61/audit_bin
(written to /tmp/hW/2f6f80b9918e52de.outline.json, /tmp/hW/6a406c1f9dfed9c3.outline.json); verdicts were decided
from the document text before looking at compare output.
OLD 2f6f80b9918e52de.txt = KH 172/KH-UBND TP Hồ Chí Minh (18/11/2025), triển khai thi hành Luật Việc làm;
NEW 6a406c1f9dfed9c3.txt = KH 7360/KH-UBND tỉnh Lai Châu (19/11/2025), triển khai thi hành Luật sửa đổi Luật
Tiêu chuẩn và quy chuẩn kỹ thuật. Two provinces, one genre (law-implementation plan after a TTg decision),
different laws: only the shared template parts can match."""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from score_sections import verdict_table, write_sections  # shared by the section audits
old = json.load(open('/tmp/hW/2f6f80b9918e52de.outline.json')); new = json.load(open('/tmp/hW/6a406c1f9dfed9c3.outline.json'))
O = verdict_table(old['sections']); N = verdict_table(new['sections'])
pairs = [
    (('I',), ('I',)),                 # MỤC ĐÍCH, YÊU CẦU
    (('I', '1'), ('I', '1')),         # Mục đích
    (('I', '2'), ('I', '2')),         # Yêu cầu
    (('II',), ('II',)),               # NỘI DUNG / NỘI DUNG KẾ HOẠCH
    (('II', '1'), ('II', '1')),       # phổ biến, giáo dục Luật (new merges tuyên truyền + tập huấn)
    (('II', '2'), ('II', '1')),       # tập huấn, bồi dưỡng -> merged into new II.1
    (('II', '3'), ('II', '2')),       # rà soát, ban hành VBQPPL -> Rà soát VBQPPL
    (('II', '4'), ('II', '4')),       # kiểm tra việc thi hành Luật
    (('III',), ('III',)),             # KINH PHÍ
    (('III', '1'), ('III', '1')),     # nguồn kinh phí
    (('III', '2'), ('III', '3')),     # Sở Tài chính bố trí kinh phí
    (('III', '3'), ('III', '4')),     # lập dự toán, quyết toán (verbatim)
    (('IV',), ('IV',)),               # TỔ CHỨC THỰC HIỆN
    (('IV', '1'), ('IV', '1')),       # lead department monitors, urges
    (('IV', '3'), ('IV', '3')),       # khó khăn, vướng mắc phản ánh
]
LM = 'level mismatch: old lettered sub-item whose content is one bullet (task) of new %s, which has no sub-sections; pairing it with new %s or leaving it unpaired are both defensible'
unclear_old = {
    ('I', '1', 'a'): LM % ('I.1', 'I.1'), ('I', '1', 'b'): LM % ('I.1', 'I.1'), ('I', '1', 'c'): LM % ('I.1', 'I.1'),
    ('I', '2', 'a'): LM % ('I.1', 'I.1'), ('I', '2', 'b'): LM % ('I.2', 'I.2'), ('I', '2', 'c'): LM % ('I.2', 'I.2') + ' (and its content is itself unclear)',
    ('IV', '2'): 'lead units complete their tasks: ~ new IV.2 (lead units draw up detailed plans, report); weak',
}
unclear_new = {
    ('IV', '2'): 'sở/ngành/UBND xã draw up detailed plans and report: content split between old IV.2 and old IV.3 first sentence',
}
po = {}; pn = {}
for o, n in pairs:
    assert o in O, o; assert n in N, n
    po.setdefault(o, []).append(n); pn.setdefault(n, []).append(o)
for p in unclear_old: assert p in O, p
for p in unclear_new: assert p in N, p
write_sections(os.path.dirname(os.path.abspath(__file__)), 1, ('2f6f80b9918e52de.txt', '6a406c1f9dfed9c3.txt'), '/work/tmp/s61/audit_bin',
               (O, N), (po, pn), (unclear_old, unclear_new))
