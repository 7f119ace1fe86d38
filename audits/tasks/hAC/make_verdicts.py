#!/usr/bin/env python3
"""Write verdicts_pair1.json from hand verdicts keyed by the sosanh outline order (1-based running
index as printed by listing `outline --format json` depth-first, /work/tmp/s62/audit2_bin).
Usage: python3 make_verdicts.py OLD_OUTLINE NEW_OUTLINE   (the outlines were kept in /tmp/hAC/out_{old,new}.json)
The verdicts were decided from the two texts before sosanh's compare output was looked at."""
import json, sys, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from score_tasks import outline_tasks as tasks, write_verdicts
OLD_FILE = "/work/shared/real/8e9a425dd83e56b3.txt"
NEW_FILE = "/work/shared/real/001c610b2efdcf0c.txt"

# old = 8e9a425dd83e56b3 (UBND TP Hà Nội, KH 308/KH-UBND, 17/11/2025: triển khai NQ 214/NQ-CP về thúc đẩy tạo lập dữ
#       liệu phục vụ chuyển đổi số toàn diện; I purpose/requirements, II tasks (data, platforms, information security,
#       resources: funding, staff, training), each "a) Nhiệm vụ / b) Cơ quan thực hiện / c) Thời gian"; III organisation)
# new = 001c610b2efdcf0c (UBND TP Hồ Chí Minh, QĐ 2820/QĐ-UBND, 19/11/2025, issuing the Kế hoạch triển khai QĐ 06/QĐ-TTg
#       and QĐ 3103/QĐ-BTC on the national information system and database on planning (quy hoạch): Điều 1-3, then the
#       plan (I purpose/requirements, II contents, III roadmap, IV organisation by agency, funding) and an appendix table
#       of tasks with lead / partner / deadline columns). A plan issued by a decision: the plan is the body.
# Two cities' plans on related subjects (data for digital transformation in general / the planning database in
# particular). A task is "same" when it is the same duty of the same actor (or of the plan's lead agency in each plan),
# reworded, or with the new plan's object a case of the old plan's (security of national databases -> of the national
# planning database). Generic data-management duties (digitise, standardise, sync, update, share, develop systems)
# set against the planning database's own versions, purposes and requirements of the same role, funding mechanics
# and reporting clauses are unclear. The old plan's "Đơn vị chủ trì / phối hợp / Thời gian" lines, its data strategy,
# 11 priority databases, chief architect, Đề án 06 items, and the new plan's decision articles, infrastructure,
# institutions, planning-record databases, 24/7 operation, backups, PPP funding and accountability are absent.
OLD_SAME = {
    10: [72],          # II/1/1.2/a coordinate digitisation of national/specialised DBs, standardise, sync to the National
                       # Data Centre <-> PL2/IV/3 update, share and sync data to the National Data Centre
    21: [70],          # II/3/a Công an TP: security plans for national/specialised DBs <-> PL2/IV/1 Công an TP: security
                       # measures for the national planning DB
    36: [18, 39, 74],  # II/4/4.3/a Sở KH&CN: training programmes in digital capacity for officials <-> PL1/II/4 training in
                       # IT, GIS, security, data; PL1/IV/2 Sở KH&CN trains; PL2/V/1 Sở KH&CN trains (data, GIS, IT)
    40: [33, 79],      # III/1 lead agency (Sở KH&CN) monitors, urges, advises UBND to report upward <-> PL1/IV/1 lead
                       # agency (Sở Tài chính) monitors, urges; PL2/VI/3 advises UBND to report to Bộ Tài chính
}
OLD_UNCLEAR = {
    1,    # purpose: Hà Nội leads in implementing NQ 214 vs new 4 (implement QĐ 06 effectively): same role, other subject
    2,    # requirement: complete NQ 214's tasks vs new 7 (follow QĐ 06's aims, tasks)
    3,    # head of agency responsible vs new 8 (clear responsibility for each unit)
    4,    # absolute information security for national DBs vs new 9 (planning data system: sync, security, standards), 22
    9,    # review, standardise units' DBs when syncing to central platforms vs new 13, 42, 44 (standardise planning DB)
    12,   # city data catalogue; better use, sharing of specialised data vs new 43 (share specialised data), 6
    16,   # use national shared platforms, sync data into them vs new 14 (sync with the national DB system), 72
    17,   # upgrade, develop IS, DBs, shared platforms for connection and sharing vs new 12, 63 (planning software)
    22,   # work with Bộ Công an on security, incident response vs new 40 (Công an TP inspects, handles incidents), 22, 41
    27,   # units budget from the 2025 estimates vs new 23 (local budget), 34
    28,   # if unbalanced, propose to Sở KH&CN -> Sở TC -> UBND supplements vs new 34 (Sở TC aggregates proposals)
    42,   # units make own plans, report monthly via Sở KH&CN vs new 46, 53 (quarterly reports), 51
}
NEW_SAME = {
    72: [10], 70: [21], 18: [36], 39: [36], 74: [36], 33: [40], 79: [40],
}
NEW_UNCLEAR = {
    4,    # purpose, see old 1
    6,    # effective use of planning data vs old 12 (better use of specialised data)
    7,    # see old 2
    8,    # see old 3
    9,    # see old 4
    12,   # coordinate building planning software vs old 17
    13,   # digitise, standardise planning records vs old 9, 10
    14,   # update, sync with the national DB system vs old 10, 16
    22,   # security per Bộ Công an and Bộ KH&CN guidance vs old 21, 22, 4
    23,   # local budget vs old 27
    29,   # roadmap: digitise, standardise, integrate into the national system vs old 10
    30,   # roadmap: connect with the National Data Centre vs old 10
    32,   # roadmap: train staff, raise awareness vs old 36
    34,   # Sở TC aggregates budget proposals vs old 28
    40,   # Công an TP inspects security, incidents vs old 22
    41,   # TT CĐS: infrastructure, security vs old 21, 22
    42,   # coordinate collecting, standardising planning data vs old 9
    43,   # provide, share specialised data vs old 12
    44,   # coordinate collecting, standardising planning data vs old 9
    45,   # update, integrate DB into the system vs old 9, 16
    46,   # depts report quarterly to Sở TC vs old 42
    47,   # communes digitise commune planning data vs old 9
    51,   # assigned agencies implement on time vs old 42, 3
    53,   # Sở TC reports quarterly to UBND vs old 40, 42
    63,   # coordinate building the national planning system's software vs old 17
    67,   # sync planning DB nationwide on standardisation vs old 10
    75,   # security-awareness training vs old 36
}

old, new = tasks(sys.argv[1]), tasks(sys.argv[2])
assert len(old) == 43 and len(new) == 81, (len(old), len(new))
write_verdicts(os.path.dirname(os.path.abspath(__file__)), 1, (OLD_FILE, NEW_FILE), old, new,
               (OLD_SAME, OLD_UNCLEAR), (NEW_SAME, NEW_UNCLEAR), both_ways=True)
