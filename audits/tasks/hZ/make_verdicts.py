#!/usr/bin/env python3
"""Write verdicts_pair1.json … verdicts_pair4.json from hand verdicts keyed by the sosanh outline order
(1-based running index over `outline --format json`, depth-first, tasks of a section before its children).
Usage: python3 make_verdicts.py OUTLINE_DIR   (holds tam-thanh-2026-02.json, cao-loc-2026-02.json,
quoc-khanh-2026-01.json and tam-thanh-2025-12.json, each written by `audit_bin outline FILE
--format json`; pairs 3 and 4 on the forty-first session's build, 12e2ad6)."""
import json, sys, os
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
from score_tasks import outline_tasks as tasks, verdict_entries as build, VERDICTS_NOTE   # the shared scorer's own key functions
FIX = "/work/main/fixtures/"

# hand verdicts: index -> partner indices on the other side ('same'); UNCLEAR set; everything else absent
PAIRS = {
 1: dict(old='tam-thanh-2026-02', new='cao-loc-2026-02',
   OLD_SAME={1: [1, 8], 2: [2], 3: [9], 4: [4, 45], 5: [45, 4], 6: [5], 7: [6], 8: [7], 9: [37],
             11: [10], 12: [11], 13: [12], 14: [14], 15: [18], 24: [34], 27: [35], 29: [19], 30: [20],
             34: [21, 22], 36: [26], 38: [28], 41: [6], 42: [23], 43: [30], 48: [30], 50: [33],
             51: [32, 33], 52: [32], 57: [51, 52], 58: [36], 59: [36], 61: [38], 63: [39],
             64: [40, 42], 65: [43], 72: [47], 73: [46], 74: [48], 75: [49, 50]},
   OLD_UNCLEAR={37, 40, 49},
   NEW_SAME={1: [1], 2: [2], 4: [4, 5], 5: [6], 6: [7, 41, 40], 7: [8], 9: [3], 10: [11], 11: [12],
             12: [13], 14: [14], 18: [15], 19: [29], 20: [30], 21: [34], 22: [34], 23: [42],
             26: [36, 49], 28: [38], 30: [43, 48], 32: [52, 51], 33: [50, 51], 34: [24], 35: [27],
             36: [58, 59], 37: [9], 38: [61], 39: [63], 40: [64], 42: [64], 43: [65], 45: [5, 4],
             46: [73], 47: [72], 48: [74], 49: [75], 50: [75], 51: [57]},
   NEW_UNCLEAR={8, 27, 52}),
 2: dict(old='cao-loc-2026-02', new='quoc-khanh-2026-01',
   OLD_SAME={1: [1], 4: [5], 5: [6], 6: [36], 10: [7], 11: [8], 12: [9], 13: [10], 14: [11], 15: [12],
             17: [13], 18: [14], 19: [24], 20: [25], 21: [27], 27: [34], 29: [38, 37], 30: [43],
             32: [46], 33: [45], 34: [50], 35: [51], 36: [54, 55], 37: [15, 56], 39: [57], 40: [58],
             42: [58], 43: [59], 45: [5], 46: [62], 48: [63], 49: [66], 50: [66], 51: [64], 53: [67],
             55: [70], 56: [68, 69], 58: [71]},
   OLD_UNCLEAR={8, 22, 25, 26, 28, 44, 52, 54, 57},
   NEW_SAME={1: [1, 8], 5: [4, 45], 6: [5], 7: [10], 8: [11], 9: [12], 10: [13], 11: [14], 12: [15],
             13: [17], 14: [18], 15: [37], 24: [19], 25: [20], 27: [21], 34: [27, 28], 36: [6],
             38: [29], 43: [30], 45: [33], 46: [32], 50: [34], 51: [35], 54: [36], 55: [36], 56: [37],
             57: [39], 58: [40, 42], 59: [43], 62: [46], 63: [48], 64: [51, 52], 66: [49, 50],
             67: [53], 68: [56, 54], 69: [56], 70: [55, 57], 71: [58]},
   NEW_UNCLEAR={29, 31, 37, 44, 61}),
 # Pairs 3 and 4: audited in the forty-first session by two helpers, each from the two texts
 # and their task lists before any comparison was seen (reports: report_pair3.md, report_pair4.md).
 3: dict(old='quoc-khanh-2026-01', new='tam-thanh-2026-02',
   OLD_SAME={1: [1], 5: [4, 5], 6: [6], 7: [11], 8: [12], 9: [13], 11: [14], 14: [15], 15: [9], 17: [40], 19: [16], 20: [16, 25], 21: [32], 23: [33], 24: [29], 25: [30], 26: [31], 27: [34], 29: [34], 33: [35], 34: [37, 38], 35: [36], 36: [41, 40], 39: [45], 40: [46], 41: [46], 42: [47], 43: [48], 44: [49], 45: [50], 46: [52, 51], 50: [24], 51: [27], 53: [25], 54: [58], 55: [59], 56: [9], 57: [63], 58: [64], 59: [65], 60: [66], 62: [73], 63: [74], 64: [57], 65: [70], 66: [75]},
   OLD_UNCLEAR={47, 61},
   NEW_SAME={1: [1], 4: [5], 5: [5], 6: [6], 9: [15, 56], 11: [7], 12: [8], 13: [9], 14: [11], 15: [14], 16: [19, 20], 24: [50], 25: [53, 20], 27: [51], 29: [24], 30: [25], 31: [26], 32: [21], 33: [23], 34: [27, 29], 35: [33], 36: [35], 37: [34], 38: [34], 40: [17, 36], 41: [36], 45: [39], 46: [40, 41], 47: [42], 48: [43], 49: [44], 50: [45], 51: [46], 52: [46], 57: [64], 58: [54], 59: [55], 63: [57], 64: [58], 65: [59], 66: [60], 70: [65], 73: [62], 74: [63], 75: [66]},
   NEW_UNCLEAR={7, 39, 43, 53, 67}),
 4: dict(old='tam-thanh-2025-12', new='cao-loc-2026-02',
   OLD_SAME={1: [8, 1], 3: [9], 6: [19], 7: [20], 9: [4, 45], 10: [37], 11: [37], 12: [12], 13: [10], 14: [11, 12], 15: [15, 14], 17: [11], 26: [34], 31: [35], 32: [22, 21], 33: [24], 36: [26], 37: [27], 41: [6], 42: [33], 43: [32], 44: [6], 46: [26], 48: [31], 51: [32], 55: [38], 58: [51, 52], 59: [36], 60: [36], 62: [39], 64: [40], 65: [43], 73: [47], 74: [46], 75: [48], 76: [49, 50]},
   OLD_UNCLEAR={5, 16, 34, 35},
   NEW_SAME={1: [1], 4: [9], 6: [41, 44], 8: [1], 9: [3], 10: [13], 11: [17, 14], 12: [12, 14], 14: [15], 15: [15], 19: [6], 20: [7], 21: [32], 22: [32], 24: [33], 26: [36, 46], 27: [37], 31: [48], 32: [51, 43], 33: [42], 34: [26], 35: [31], 36: [59, 60], 37: [10, 11], 38: [55], 39: [62], 40: [64], 43: [65], 45: [9], 46: [74], 47: [73], 48: [75], 49: [76], 50: [76], 51: [58], 52: [58]},
   NEW_UNCLEAR={2, 5, 17, 25, 30, 42}),
}

outdir = sys.argv[1]
for no, P in PAIRS.items():
    old = tasks(os.path.join(outdir, P['old'] + '.json')); new = tasks(os.path.join(outdir, P['new'] + '.json'))
    for s, n in ((P['OLD_SAME'], len(new)), (P['NEW_SAME'], len(old))):
        assert all(1 <= p <= n for ps in s.values() for p in ps)
    V = {'pair': no, 'old_file': FIX + P['old'] + '.txt', 'new_file': FIX + P['new'] + '.txt',
         'note': VERDICTS_NOTE,
         'old': build(old, new, P['OLD_SAME'], P['OLD_UNCLEAR']), 'new': build(new, old, P['NEW_SAME'], P['NEW_UNCLEAR'])}
    json.dump(V, open(os.path.join(HERE, f'verdicts_pair{no}.json'), 'w'), ensure_ascii=False, indent=1)
    for side in ('old', 'new'):
        print(no, side, len(V[side]), Counter(e['verdict'] for e in V[side]))
