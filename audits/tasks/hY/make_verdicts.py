#!/usr/bin/env python3
"""Write verdicts_pair1.json from hand verdicts keyed by the sosanh outline order (1-based running
index as printed by listing `outline --format json` depth-first).  Usage: python3 make_verdicts.py OLD_OUTLINE NEW_OUTLINE"""
import json, sys, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from score_tasks import outline_tasks as tasks, write_verdicts
OLD_FILE = "/work/shared/real/5b692e230f990be5.txt"
NEW_FILE = "/work/shared/real/ce4ad96dbd9a518d.txt"

# hand verdicts: index -> partner indices on other side ('same'); UNCLEAR set; everything else absent
# old = 5b692e230f990be5 (Bắc Ninh, QĐ 82/2025, public-asset software), new = ce4ad96dbd9a518d (Cần Thơ, QĐ 2610, e-opinion system)
OLD_SAME = {2: [2], 3: [3, 48], 20: [38], 44: [39], 45: [41, 39], 46: [36, 40], 47: [40], 50: [40, 43],
            52: [45, 48], 54: [42], 55: [45, 48], 57: [42], 65: [49, 47]}
OLD_UNCLEAR = {1, 4, 9, 19, 51, 58}
NEW_SAME = {2: [2], 3: [3], 36: [46], 38: [20], 39: [45, 44], 40: [46, 47, 50], 41: [45], 42: [57, 54, 51],
            43: [50], 45: [52, 55, 58], 47: [65], 48: [3, 52, 55], 49: [65]}
NEW_UNCLEAR = {1, 4, 6, 46}

old, new = tasks(sys.argv[1]), tasks(sys.argv[2])
write_verdicts(os.path.dirname(os.path.abspath(__file__)), 1, (OLD_FILE, NEW_FILE), old, new,
               (OLD_SAME, OLD_UNCLEAR), (NEW_SAME, NEW_UNCLEAR))
