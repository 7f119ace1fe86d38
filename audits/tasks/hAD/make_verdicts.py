#!/usr/bin/env python3
"""Write verdicts_pair1.json from hand verdicts keyed by the sosanh outline order (1-based running
index as printed by listing `outline --format json` depth-first, /work/tmp/s64/audit_bin).
Usage: python3 make_verdicts.py OLD_OUTLINE NEW_OUTLINE   (the outlines were kept in /work/tmp/hAD/out_{old,new}.json)
The verdicts were decided from the two texts before sosanh's compare output was looked at."""
import json, sys, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from score_tasks import outline_tasks as tasks, write_verdicts
OLD_FILE = "/work/shared/real/150d48a05ed57aa3.txt"
NEW_FILE = "/work/shared/real/317a61c94fc776ca.txt"

# old = 150d48a05ed57aa3 (UBND tỉnh Quảng Ngãi, QĐ 44/2025/QĐ-UBND, 21/11/2025: phân cấp thẩm quyền quyết định tiêu
#       chuẩn, định mức sử dụng máy móc, thiết bị; Điều 1 scope (three categories a-c, exclusion), 2 subjects, 3 the
#       delegation in one article (1 chức danh, 2 hoạt động chung a office / b the agency's and building-bound
#       equipment, 3 chuyên dùng a health, education / b other), 4 transition, 5 entry into force + repeal of eight Kon
#       Tum decisions + amended references, 6 execution)
# new = 317a61c94fc776ca (UBND TP Hải Phòng, QĐ 218/2025/QĐ-UBND, 26/11/2025: the same delegation except health and
#       education equipment; Điều 1 scope (five kinds of decision a-đ, residual matters per QĐ 15), 2 subjects, 3
#       chức danh, 4 hoạt động chung, 5 chuyên dùng, each "UBND TP phân cấp cho ... thẩm quyền quyết định:", 6 duties
#       of the delegated bodies, 7 transition, 8 entry into force and execution)
# Both implement QĐ 15/2025/QĐ-TTg and give the same competences to the same kind of body (the province's/city's
# agencies and public service units, and the communes: "cơ quan, tổ chức, đơn vị" incl. UBND xã / "cơ quan nhà nước,
# ĐVSNCL ... và Chủ tịch UBND cấp xã"). A task is "same" when it is the same provision (scope item, subjects, a
# competence, the transition, entry into force, execution), reworded or moved (old Điều 3 split into new Điều 3-5;
# a lead-in + object split or merged counts both). The scope items are cut differently (old: three categories; new:
# five kinds of decision, d spanning two categories, each worded as the matching competence of Điều 3-4): unclear
# whether their partner is old's category item or old's Điều 3 bullet with the same words. The point heading old
# 3/2/b #1 taken as a task is unclear. Health/education (old 3/3/a), the exclusion (old 1/2), the Kon Tum repeals,
# the amended-references clause, and the new residual-matters clause (1/2) and Điều 6 duties are absent.
OLD_SAME = {
    1:  [1],           # Điều 1/1 scope lead-in "QĐ này phân cấp thẩm quyền ... thuộc phạm vi quản lý của tỉnh/thành phố, gồm:"
    4:  [6],           # Điều 1/1/c "Máy móc, thiết bị chuyên dùng" <-> 1/1/đ chuyên dùng (except health, education): scope item
    6:  [8],           # Điều 2/1 subjects: cơ quan chuyên môn, tổ chức hành chính khác, ĐVSNCL (+ communes / narrower)
    7:  [9],           # Điều 2/2 "tổ chức, cá nhân có liên quan"
    8:  [10],          # 3/1 lead-in: units decide chức danh equipment standards in these cases <-> Điều 3 lead-in
    9:  [11],          # 3/1 supplement quantity / other kinds of chức danh equipment (Mục A PL II / khoản 1 Điều 4 QĐ 15)
    10: [12],          # 3/1 raise price of chức danh equipment by >15% to 30% over Mục A PL II
    11: [13],          # 3/2/a lead-in: units decide office equipment for hoạt động chung <-> Điều 4 lead-in
    12: [14],          # 3/2/a supplement office equipment (Mục B PL II / điểm a khoản 2 Điều 5 QĐ 15)
    13: [15],          # 3/2/a raise price of office equipment by >15% to 30% over Mục B PL II
    15: [16, 13],      # 3/2/b units decide equipping under điểm b khoản 1 Điều 5 QĐ 15 <-> Điều 4/3 (object) + Điều 4
                       # lead-in (the actor): split
    19: [17],          # 3/3/b units decide chuyên dùng standards (other than health, education) <-> Điều 5
    20: [23, 24],      # Điều 4 transition: standards issued before stay until the competent body decides new ones <->
                       # Điều 7 #1 (chuyên dùng standards issued by UBND TP stay) + #2 (changes by the delegated authority)
    21: [25],          # Điều 5/1 entry into force (05/12/2025 / 10/12/2025)
    31: [26],          # Điều 6 execution: Chánh VP, heads of sở, Chủ tịch UBND xã ... <-> Điều 8/2
}
OLD_UNCLEAR = {
    2,    # scope item 1/1/a "chức danh" (a category) vs new 1/1/a (supplement chức danh), 1/1/d (price, two categories)
          # which are worded as the competences old 3/1 #2, #3: scope-to-scope or scope-to-bullet, and split
    3,    # scope item 1/1/b "hoạt động chung" vs new 1/1/b, c, d: as old 2
    14,   # 3/2/b #1 the point's heading ("Đối với máy móc ... hoạt động chung của cơ quan ... gắn với nhà, vật kiến
          # trúc") taken as a task: the subject of new 4/3, but a label, not a provision
}
NEW_SAME = {
    1: [1], 6: [4], 8: [6], 9: [7], 10: [8], 11: [9], 12: [10], 13: [11, 15], 14: [12], 15: [13], 16: [15],
    17: [19], 23: [20], 24: [20], 25: [21], 26: [31],
}
NEW_UNCLEAR = {
    2,    # scope 1/1/a supplement chức danh equipment: old scope item 1/1/a (category) or old 3/1 #2 (same words)
    3,    # scope 1/1/b supplement office equipment: old 1/1/b or old 3/2/a #2
    4,    # scope 1/1/c equipping under điểm b khoản 1 Điều 5: old 1/1/b or old 3/2/b #2
    5,    # scope 1/1/d price raise for chức danh and office equipment: old 1/1/a, b or old 3/1 #3, 3/2/a #3
}
# absent, old: 5 (exclusion of điểm d, e khoản 3 Điều 4 QĐ 15), 16-18 (health, education: Sở Y tế, Sở GD&ĐT, training
#   establishments, UBND xã; before/after the Ministers' guidance), 22-29 (repeal of eight Kon Tum decisions), 30
#   (amended references apply);
# absent, new: 7 (other matters follow QĐ 15), 18-22 (Điều 6: the delegated bodies decide and answer for it, publish
#   the decisions, direct asset management, implement openly).

old, new = tasks(sys.argv[1]), tasks(sys.argv[2])
assert len(old) == 31 and len(new) == 26, (len(old), len(new))
write_verdicts(os.path.dirname(os.path.abspath(__file__)), 1, (OLD_FILE, NEW_FILE), old, new,
               (OLD_SAME, OLD_UNCLEAR), (NEW_SAME, NEW_UNCLEAR), both_ways=True)
