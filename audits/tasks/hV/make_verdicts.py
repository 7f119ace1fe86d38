#!/usr/bin/env python3
"""Write verdicts_pair1.json from hand verdicts keyed by the sosanh outline order (1-based running
index as printed by listing `outline --format json` depth-first).  Usage: python3 make_verdicts.py OLD_OUTLINE NEW_OUTLINE"""
import json, sys, os
# The key functions of the shared scorer (this directory's score.py is a shim that runs it).
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from score_tasks import outline_tasks as tasks, write_verdicts
OLD_FILE = "/work/shared/real/689f49d25e51cbaa.txt"
NEW_FILE = "/work/shared/real/8718801c503045f9.txt"

# hand verdicts: index -> partner indices on other side ('same'); UNCLEAR set; everything else absent
OLD_SAME = {4: [4], 60: [32, 55], 64: [38, 5], 75: [37], 83: [41, 45]}
OLD_UNCLEAR = {3, 14, 35, 36, 58, 59, 61, 62, 63}
NEW_SAME = {4: [4], 5: [64, 62], 32: [60], 55: [60], 37: [75, 63], 38: [64, 62], 41: [83]}
NEW_UNCLEAR = {3, 29, 31, 33, 34, 45, 56, 57}

old, new = tasks(sys.argv[1]), tasks(sys.argv[2])
write_verdicts(os.path.dirname(os.path.abspath(__file__)), 1, (OLD_FILE, NEW_FILE), old, new,
               (OLD_SAME, OLD_UNCLEAR), (NEW_SAME, NEW_UNCLEAR))
