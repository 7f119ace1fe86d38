#!/usr/bin/env python3
"""Write verdicts_pair6.json (in this script's directory; pairs 1–5 are make_verdicts.py's) from hand verdicts keyed by the sosanh outline
order (1-based running index over `outline --format json`, depth-first, tasks of a section before its
children).  Usage: python3 make_verdicts.py [OUTLINE_DIR]   (default: ./outlines next to this script; it
holds NAME.json for each document below, written by `sosanh outline fixtures/NAME.txt --format json` with the
forty-fourth session's build f621098, whose outlines of the fixtures are ebb34c0's).
One pair: Tam Thanh ward's work programme for December 2025 (old) against the same ward's programme for
February 2026 (new), both fixtures of /work/main/fixtures.  Audited in the forty-fourth session by a helper,
blind: from the two texts and their task lists only, before any comparison output (compare/reuse/series,
tests, README examples, snapshots) or the source was seen (report_pair6.md gives the reasons)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
from score_tasks import outline_tasks as tasks, write_verdicts   # the shared scorer's own key functions

FIXTURES = os.path.normpath(os.path.join(HERE, "..", "..", "..", "fixtures")) + os.sep
PAIR = 6
# (old, new) fixture names, without .txt
FILES = ('tam-thanh-2025-12', 'tam-thanh-2026-02')

# hand verdicts: index -> partner indices on the other side ('same'); UNCLEAR set; everything else absent
OLD_SAME = {
  1: [1], 3: [3], 6: [29], 7: [30], 9: [4, 5], 10: [9],
  12: [13], 13: [11], 14: [12, 13], 16: [48], 17: [12],
  18: [19], 19: [20], 20: [21], 21: [22], 22: [23],
  23: [16, 17], 24: [16, 17], 25: [16], 26: [24], 27: [25], 28: [26], 29: [28], 30: [16], 31: [25, 27],
  32: [34], 35: [35], 36: [36], 37: [37], 39: [39, 40], 40: [44], 41: [40, 41, 45], 42: [50], 43: [51],
  46: [48, 49], 47: [46], 49: [49],
  51: [52], 52: [53], 53: [54], 54: [55],
  55: [61], 56: [62], 57: [56], 58: [57], 59: [58], 60: [59],
  62: [63], 64: [64], 65: [65], 66: [67], 67: [68], 68: [69],
  71: [70], 72: [71], 73: [72], 74: [73], 75: [74], 76: [75],
}
OLD_UNCLEAR = {15, 44}
NEW_SAME = {
  1: [1], 3: [3], 4: [9], 5: [9], 9: [10],
  11: [13], 12: [14, 17], 13: [12, 14],
  16: [23, 24, 25, 30], 17: [23, 24],
  19: [18], 20: [19], 21: [20], 22: [21], 23: [22],
  24: [26], 25: [27, 31], 26: [28], 27: [31], 28: [29], 29: [6], 30: [7],
  34: [32], 35: [35], 36: [36], 37: [37], 39: [39], 40: [39, 41], 41: [41], 44: [40], 45: [41],
  46: [47], 48: [16, 46], 49: [46, 49],
  50: [42], 51: [43], 52: [51], 53: [52], 54: [53], 55: [54],
  56: [57], 57: [58], 58: [59], 59: [60], 61: [55], 62: [56],
  63: [62], 64: [64], 65: [65], 67: [66], 68: [67], 69: [68],
  70: [71], 71: [72], 72: [73], 73: [74], 74: [75], 75: [76],
}
NEW_UNCLEAR = {7, 14}

outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'outlines')
old = tasks(os.path.join(outdir, FILES[0] + '.json')); new = tasks(os.path.join(outdir, FILES[1] + '.json'))
assert (len(old), len(new)) == (76, 75), (len(old), len(new))   # the task lists these verdicts were read from
for s, n in ((OLD_SAME, len(new)), (NEW_SAME, len(old))):
    assert all(1 <= p <= n for ps in s.values() for p in ps)
for s, u, n in ((OLD_SAME, OLD_UNCLEAR, len(old)), (NEW_SAME, NEW_UNCLEAR, len(new))):
    assert all(1 <= i <= n for i in list(s) + list(u))
write_verdicts(HERE, PAIR, tuple(FIXTURES + f + '.txt' for f in FILES), old, new,
               (OLD_SAME, OLD_UNCLEAR), (NEW_SAME, NEW_UNCLEAR), both_ways=True)
