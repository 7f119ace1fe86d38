#!/usr/bin/env python3
"""Write verdicts_pair1.json from hand verdicts keyed by the sosanh outline order (1-based running
index as printed by listing `outline --format json` depth-first, /work/tmp/s62/audit_bin).
Usage: python3 make_verdicts.py OLD_OUTLINE NEW_OUTLINE   (the outlines were kept in /tmp/hAA/out_{old,new}.json)
The verdicts were decided from the two texts before sosanh's compare output was looked at."""
import json, sys, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from score_tasks import outline_tasks as tasks, write_verdicts
OLD_FILE = "/work/shared/real/3bc52886147b6a70.txt"
NEW_FILE = "/work/shared/real/73a5c09dc805432d.txt"

# old = 3bc52886147b6a70 (Quảng Trị, QĐ 36/2025/QĐ-UBND, Quy định quản lý an toàn trong sử dụng điện)
# new = 73a5c09dc805432d (Thái Nguyên, QĐ 27/2025/QĐ-UBND, Quy định quản lý an toàn điện: works protection + safe use)
# Both implement khoản 8 Điều 69 Luật Điện lực 2024 and NĐ 62/2025. Old: technical rules for users (production,
# household/service, public lighting) + responsibilities; new: responsibilities by actor for works protection
# (Ch. II) and safe use (Ch. III), reward, budget, implementation (Ch. IV).
# A task is "same" when the same actor has the same duty (reworded, merged or split included).
OLD_SAME = {
    1: [1], 2: [2], 3: [4], 4: [5], 5: [7, 6],
    6: [94, 87, 88, 11, 17],        # production users comply with the law / safety rules <-> users comply (11/2/d, 11/1, 11/2)
    7: [93],                        # training, test, safety card
    8: [92, 90],                    # devices checked, kiểm định, maintained
    9: [89, 90, 91],                # diagrams/records kept
    32: [101, 19],                  # Sở Công Thương leads and urges implementation
    34: [79, 78],                   # commune inspects safety in use
    35: [77, 42],                   # commune guides people on safe use
    36: [76, 79],                   # commune corrects unsafe installations
    37: [79, 76],                   # commune handles violations
    38: [83, 84, 102, 48, 81, 82],  # power units: propaganda, guidance, inspection on request, annual report via Sở CT
    39: [95, 87, 94, 59, 56, 57, 88],  # organisations/individuals comply, cooperate in inspection, maintain
    41: [103], 42: [103],           # difficulties reported to Sở CT, which reports to UBND
}
OLD_UNCLEAR = {10, 11, 15, 16, 23, 25, 33}
NEW_SAME = {
    1: [1], 2: [2], 4: [3], 5: [4], 6: [5], 7: [5],
    19: [32], 76: [36, 37], 77: [35], 78: [34], 79: [34, 37, 36],
    83: [38], 84: [38], 87: [6, 39], 88: [6, 16, 10, 39], 89: [9], 90: [8, 9], 92: [8], 93: [7],
    94: [6, 15, 25, 39], 95: [39, 23], 101: [32], 102: [38], 103: [41, 42],
}
NEW_UNCLEAR = {11, 17, 18, 21, 42, 48, 56, 57, 59, 62, 63, 81, 82, 91}

old, new = tasks(sys.argv[1]), tasks(sys.argv[2])
assert len(old) == 42 and len(new) == 103, (len(old), len(new))
write_verdicts(os.path.dirname(os.path.abspath(__file__)), 1, (OLD_FILE, NEW_FILE), old, new,
               (OLD_SAME, OLD_UNCLEAR), (NEW_SAME, NEW_UNCLEAR))
