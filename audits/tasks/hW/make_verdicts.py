#!/usr/bin/env python3
"""hW pair 1: write verdicts_pair1.json from hand verdicts keyed by the sosanh outline order (1-based running
index of tasks, listing `outline --format json` depth-first) of /work/tmp/s61/audit_bin.
Usage: python3 make_verdicts.py OLD_OUTLINE NEW_OUTLINE   (defaults: /tmp/hW/<id>.outline.json)
OLD 2f6f80b9918e52de = KH 172/KH-UBND TP Hồ Chí Minh 18/11/2025, triển khai thi hành Luật Việc làm (QĐ 1850/QĐ-TTg);
NEW 6a406c1f9dfed9c3 = KH 7360/KH-UBND tỉnh Lai Châu 19/11/2025, triển khai thi hành Luật sửa đổi Luật Tiêu chuẩn và QCKT (QĐ 2138/QĐ-TTg).
Verdicts were decided from the document text before any compare output was seen."""
import json, sys, os, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location('score_tasks', os.path.join(HERE, '..', 'score_tasks.py'))
st = importlib.util.module_from_spec(spec); spec.loader.exec_module(st)
tasks, write_verdicts = st.outline_tasks, st.write_verdicts
OLD_FILE = "/work/shared/real/2f6f80b9918e52de.txt"
NEW_FILE = "/work/shared/real/6a406c1f9dfed9c3.txt"

# hand verdicts: index -> partner indices on the other side ('same'); UNCLEAR set; everything else absent
OLD_SAME = {
    1: [2],        # I.1.a xác định nội dung công việc, tiến độ, trách nhiệm  = new I.1 #2
    2: [1],        # I.1.b cơ chế phối hợp sở/ngành/UBND xã               = new I.1 #1 (phối hợp chặt chẽ)
    4: [3],        # I.1.c#2 nâng cao nhận thức về Luật                     = new I.1 #3
    5: [1],        # I.2.a chỉ đạo thống nhất, phối hợp chặt chẽ            = new I.1 #1 (near verbatim)
    7: [6],        # I.2.b#2 thường xuyên kiểm tra, đôn đốc, tháo gỡ vướng mắc = new I.2 #2
    9: [7],        # II.1 phổ biến, giáo dục Luật                            = new II.1 #1 (tuyên truyền + tập huấn merged)
    10: [8],       # II.1 Cơ quan thực hiện (Sở Tư pháp, Đài PTTH ...)      = new II.1 Cơ quan thực hiện
    11: [10],      # II.1 Thời gian: 2025 và các năm tiếp theo              = new II.1 Thời gian: Quý IV/2025 và các năm tiếp theo
    12: [7],       # II.2 tập huấn, bồi dưỡng nghiệp vụ                      = new II.1 #1 (merged)
    13: [8],       # II.2 Cơ quan chủ trì                                    = new II.1 Cơ quan thực hiện (merged item)
    14: [9],       # II.2 Cơ quan phối hợp                                   = new II.1 Cơ quan phối hợp
    15: [10],      # II.2 Thời gian                                          = new II.1 Thời gian
    16: [11, 12, 13],  # II.3 rà soát, tham mưu ban hành VBQPPL             = new II.2 Rà soát VBQPPL
    17: [30, 31],  # II.4 (kiểm tra thi hành Luật) Cơ quan thực hiện         = new II.4 chủ trì / phối hợp
    18: [32],      # II.4 Thời gian 2026 và các năm tiếp theo                = new II.4 Thời gian (verbatim)
    19: [40],      # III.1 nguồn kinh phí NSNN hằng năm + hợp pháp khác      = new III.1 #1
    20: [43],      # III.2 Sở Tài chính bố trí kinh phí                      = new III.3
    21: [44],      # III.3 lập kế hoạch, dự toán, quyết toán (verbatim)      = new III.4
    23: [45],      # IV.1#2 theo dõi, kiểm tra, đôn đốc                      = new IV.1
    25: [46],      # IV.3#1 thủ trưởng sở/UBND xã triển khai, báo cáo        = new IV.2
    26: [47],      # IV.3#2 khó khăn, vướng mắc phản ánh                     = new IV.3 #1
}
OLD_UNCLEAR = {3,   # I.1.c#1 implement the law's own policies (subject list) ~ new I.1#4 new content of the law: same slot, different law
               8,   # I.2.c heads of assigned units implement on schedule ~ new I.2#1 tasks tied to the lead unit's role
               24}  # IV.2 lead units complete their tasks ~ new IV.2 (lead units draw up detailed plans, report)
NEW_SAME = {
    1: [5, 2], 2: [1], 3: [4], 6: [7],
    7: [9, 12], 8: [10, 13], 9: [14], 10: [11, 15],
    11: [16], 12: [16],
    30: [17], 31: [17], 32: [18],
    40: [19], 43: [20], 44: [21], 45: [23], 46: [25, 24], 47: [26],
}
NEW_UNCLEAR = {4,    # see old 3
               5,    # see old 8
               13}   # II.2#3 periodic re-review of legal docs: old II.3 only says review & issue
# absent on new: 14-29 (comment on / implement the two central decrees), 33-39 (support measures, national
# standards strategy), 41-42 (IT priority, 2025 funding), 48 (closing demand); on old: 6 (roadmap to 01/01/2026),
# 22 (Sở Nội vụ answers for the plan's content).

a = sys.argv[1:] or ['/tmp/hW/2f6f80b9918e52de.outline.json', '/tmp/hW/6a406c1f9dfed9c3.outline.json']
old, new = tasks(a[0]), tasks(a[1])
assert len(old) == 26 and len(new) == 48, (len(old), len(new))
# consistency: partner links symmetric except where the partner is unclear
for s, o, S, U in ((OLD_SAME, NEW_SAME, 'old', NEW_UNCLEAR), (NEW_SAME, OLD_SAME, 'new', OLD_UNCLEAR)):
    for i, ps in s.items():
        for p in ps:
            assert p in U or i in o.get(p, []), (S, i, p)
write_verdicts(os.path.dirname(os.path.abspath(__file__)), 1, (OLD_FILE, NEW_FILE), old, new,
               (OLD_SAME, OLD_UNCLEAR), (NEW_SAME, NEW_UNCLEAR))
