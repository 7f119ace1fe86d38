#!/usr/bin/env python3
"""Write verdicts_pair1.json from hand verdicts keyed by the sosanh outline order (1-based running
index as printed by listing `outline --format json` depth-first, /work/tmp/s64/audit_bin).
Usage: python3 make_verdicts.py OLD_OUTLINE NEW_OUTLINE   (the outlines were kept in /work/tmp/hAE/out_{old,new}.json)
The verdicts were decided from the two texts before sosanh's compare output was looked at."""
import json, sys, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from score_tasks import outline_tasks as tasks, write_verdicts
OLD_FILE = "/work/shared/real/817cf0e3de96bc43.txt"
NEW_FILE = "/work/shared/real/5298da2adb9eb4fe.txt"

# old = 817cf0e3de96bc43 (Chủ tịch UBND tỉnh Sơn La, QĐ 2969/QĐ-UBND, 21/11/2025): announces the catalogue of 02 new
#       provincial procedures in the press/publishing field (CFS for exported press/publishing goods: issue; amend or
#       reissue) and approves 02 internal procedures, from QĐ 4347/QĐ-BVHTTDL. Điều 1 (1 catalogue, 2 processes), 2
#       effect, 3 implementation; PL I the two catalogue rows; PL II one step table per procedure (B1-B7, B2 split in
#       three sub-rows that the outline keeps as one task), each with "Thời gian giải quyết" and "Tổng thời gian".
# new = 5298da2adb9eb4fe (Chủ tịch UBND tỉnh Cao Bằng, QĐ 2031/QĐ-UBND, 28/11/2025): the same two new CFS procedures
#       (codes 1.014464, 1.014465) plus 08 amended procedures of other fields (cultural heritage, performing arts,
#       online games), and 04 internal processes: Quy trình 01 is ONE process for the group of both CFS procedures
#       (Bước 1-8; the outline hangs its steps on 1.2, the second procedure's name); 02-04 are other fields' processes
#       with the same stock wording. Điều 1 (announce + approve), 2 (electronic process), 3 (effect + repeals), 4.
# A task is "same" when it is the same provision or the same procedure step: the decision articles by role, the two
# CFS catalogue rows by name/code, and each step of the old CFS tables with the step of Quy trình 01 that does the same
# thing (old B2 = new Bước 2-4 merged; old B4 forward to UBND = new Bước 6; old B5 UBND appraises/signs = new Bước 7).
# Both old tables map onto the one new table (the new process serves both procedures). Steps of Quy trình 02-04 are
# other procedures' steps: absent, however alike the wording. Old B6 (Văn thư Sở issues the signed document to the
# one-stop desk) has no clean counterpart (part of new Bước 7's last sentence, actor of Bước 6): unclear.
OLD_SAME = {
    1: [1],            # Điều 1: announce the catalogue and approve the internal processes <-> new Điều 1 #1 (02 new, 08
                       # amended, approve 04 processes; PL I, PL II)
    2: [1],            # Điều 1/1 announce 02 new provincial procedures (PL I) <-> merged into new Điều 1 #1
    3: [1],            # Điều 1/2 approve 02 internal processes (PL II) <-> merged into new Điều 1 #1 (04 processes)
    4: [4],            # Điều 2 effect from signing <-> Điều 3 #1
    5: [8],            # Điều 3 who implements <-> Điều 4
    6: [9],            # PL I row 1: CFS issue (3 days, fee none, same legal bases) <-> PL1 I #1 (1.014464)
    7: [10],           # PL I row 2: CFS amend/reissue <-> PL1 I #2 (1.014465)
    8: [28],           # procedure 1: "Thời gian giải quyết: 03 ngày làm việc" <-> Quy trình 01 total 03 days
    9: [20],           # B1 receive, hand over to the department <-> Bước 1 check, receive, scan, forward
    10: [21, 22, 23],  # B2 (leader assigns / officer handles, drafts / leader reviews, submits) <-> Bước 2, 3, 4
    11: [24],          # B3 Lãnh đạo Sở approves <-> Bước 5
    12: [25],          # B4 forward the file to UBND tỉnh <-> Bước 6 Văn thư Sở sends the file to VP UBND tỉnh
    13: [26],          # B5 UBND tỉnh appraises, leaders sign <-> Bước 7 VP UBND appraises, submits to UBND leaders
    15: [27],          # B7 return the result <-> Bước 8
    16: [28],          # total 03 days <-> total 03 days
    17: [28],          # procedure 2, as 8
    18: [20],          # procedure 2, as 9
    19: [21, 22, 23],  # procedure 2, as 10 (1,5 days for the officer)
    20: [24],          # procedure 2, as 11
    21: [25],          # procedure 2, as 12
    22: [26],          # procedure 2, as 13
    24: [27],          # procedure 2, as 15
    25: [28],          # procedure 2, as 16
}
OLD_UNCLEAR = {
    14,   # B6 Văn thư Sở issues the signed document to the one-stop desk: new has no such step; the result goes to
          # TTPVHCC in Bước 7 (VP UBND), Văn thư Sở's "vào sổ, đóng dấu" is Bước 6 (before UBND)
    23,   # procedure 2, as 14
}
NEW_SAME = {
    1: [1, 2, 3], 4: [4], 8: [5], 9: [6], 10: [7],
    20: [9, 18], 21: [10, 19], 22: [10, 19], 23: [10, 19], 24: [11, 20], 25: [12, 21], 26: [13, 22], 27: [15, 24],
    28: [8, 16, 17, 25],
}
NEW_UNCLEAR = {
    19,   # Quy trình 01's first member "Thủ tục cấp giấy chứng nhận lưu hành tự do (CFS) ... (Mã TTHC: 1.014464)": the
          # name of old PL2/1's procedure, which the old text has as a heading (no task); same name as old PL I row 1
          # (old 6) but that is the catalogue entry, paired with new 9
}
# Absent: new Điều 1 #2 (basic parts per QĐ 4347), Điều 2 (electronic process), Điều 3 #2-#4 (repeals), PL1 rows of
# the 08 amended procedures (11-18), Quy trình 02-04 (29-57: other procedures, stock wording).

old, new = tasks(sys.argv[1]), tasks(sys.argv[2])
assert len(old) == 25 and len(new) == 57, (len(old), len(new))
write_verdicts(os.path.dirname(os.path.abspath(__file__)), 1, (OLD_FILE, NEW_FILE), old, new,
               (OLD_SAME, OLD_UNCLEAR), (NEW_SAME, NEW_UNCLEAR), both_ways=True)
