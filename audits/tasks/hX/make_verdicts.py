#!/usr/bin/env python3
"""Write verdicts_pair1.json from hand verdicts keyed by the sosanh outline order (1-based running
index as printed by listing `outline --format json` depth-first).  Usage: python3 make_verdicts.py OLD_OUTLINE NEW_OUTLINE"""
import json, sys, os, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location('score_tasks', os.path.join(HERE, '..', 'score_tasks.py'))
_st = importlib.util.module_from_spec(_spec); _spec.loader.exec_module(_st)
tasks, write_verdicts = _st.outline_tasks, _st.write_verdicts
OLD_FILE = "/work/shared/real/3928ef06a8929828.txt"   # QĐ 161/2025/QĐ-UBND Ninh Bình, Quy chế Hệ thống QLVB&ĐH
NEW_FILE = "/work/shared/real/cdb6ad27b3c3f13b.txt"   # QĐ 162/2025/QĐ-UBND Ninh Bình, Quy chế Hệ thống thư điện tử công vụ

# hand verdicts: index -> accepted partner indices on other side ('same'); UNCLEAR set; everything else absent
OLD_SAME = {1: [1], 2: [2], 6: [5], 7: [6], 9: [7], 10: [7], 28: [28], 66: [63], 68: [77, 78, 70],
            72: [73, 82], 73: [29, 52], 74: [52, 54], 75: [83], 76: [53], 78: [59, 60, 63], 79: [64, 54],
            82: [60], 85: [57, 87], 86: [87, 57], 88: [65, 89], 91: [30, 71, 43], 94: [67, 68, 69],
            96: [77, 75, 69], 106: [83], 107: [84], 108: [85], 109: [86], 111: [90]}
OLD_UNCLEAR = {3, 4, 12, 13, 15, 26, 27, 33, 35, 69, 71, 77, 83, 98, 101, 103, 105, 110}
NEW_SAME = {1: [1], 2: [2], 5: [6], 6: [7], 7: [9, 10], 28: [28], 29: [73], 52: [74, 73], 53: [76, 110],
            54: [74, 79], 57: [85, 86], 59: [78, 103], 60: [82, 78, 101, 83], 63: [66, 78], 64: [79],
            65: [88], 67: [94], 69: [94, 96], 73: [72, 69, 71], 75: [96], 77: [96, 68], 78: [68, 96],
            83: [106, 75], 84: [107], 85: [108], 86: [109], 87: [86, 85], 89: [88], 90: [111]}
NEW_UNCLEAR = {3, 4, 9, 12, 13, 15, 26, 27, 30, 43, 45, 50, 62, 66, 68, 70, 71, 76, 82}

old, new = tasks(sys.argv[1]), tasks(sys.argv[2])
assert len(old) == 111 and len(new) == 90, (len(old), len(new))
write_verdicts(os.path.dirname(os.path.abspath(__file__)), 1, (OLD_FILE, NEW_FILE), old, new,
               (OLD_SAME, OLD_UNCLEAR), (NEW_SAME, NEW_UNCLEAR))
