#!/usr/bin/env python3
"""Write verdicts_pair1.json and verdicts_pair2.json from hand verdicts keyed by the sosanh outline order
(1-based running index over `outline --format json`, depth-first, tasks of a section before its children).
Usage: python3 make_verdicts.py OUTLINE_DIR   (holds tam-thanh-2026-02.json, cao-loc-2026-02.json,
quoc-khanh-2026-01.json, each written by `audit_bin outline FILE --format json`)."""
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
