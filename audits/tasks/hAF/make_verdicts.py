#!/usr/bin/env python3
"""Write verdicts_pair1.json … verdicts_pair6.json from hand verdicts keyed by the sosanh outline order
(1-based running index over `outline --format json`, depth-first, tasks of a section before its children).
Usage: python3 make_verdicts.py OUTLINE_DIR   (holds ID.json for each document below, written by
`audit_bin outline ../shared/real/ID.txt --format json`; the forty-third session's build, 66ae8d8).
Six pairs of provincial decisions publishing or amending administrative-procedure lists from one central
decision each, audited in the forty-third session by a helper from the two texts and their task lists
before any comparison was seen (report.md); scored first on 66ae8d8, before any change was made with
them in view."""
import json, sys, os
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
from score_tasks import outline_tasks as tasks, verdict_entries as build, VERDICTS_NOTE   # the shared scorer's own key functions
REAL = "/work/shared/real/"

# (old, new) ids of real/ for each pair.
FILES = {1: ('e52fee108f53e169', '46cf026ac548f4bd'), 2: ('43ce594e2a648040', '14893cd21e801bb3'),
         3: ('856f6487c18d75d0', 'e13c637d6d90ecc4'), 4: ('4c12c694e7b33e47', '62b335debea8ebf0'),
         5: ('65dec8089b8bd9d9', 'f709d287088c57b7'), 6: ('6f66017865169297', 'fe1e8de161e04a1e')}

# hand verdicts: index -> partner indices on the other side ('same'); UNCLEAR set; everything else absent
PAIRS = {
 1: dict(OLD_SAME={1: [1], 3: [2, 4], 4: [5, 8], 6: [9]},
   OLD_UNCLEAR={2},
   NEW_SAME={1: [1], 2: [3], 4: [3], 5: [4], 8: [4], 9: [6]},
   NEW_UNCLEAR={7}),
 2: dict(OLD_SAME={1: [1], 2: [3], 5: [2], 7: [5], 8: [6], 9: [7], 10: [8], 11: [9]},
   OLD_UNCLEAR={6},
   NEW_SAME={1: [1], 2: [5], 3: [2], 5: [7], 6: [8], 7: [9], 8: [10], 9: [11]},
   NEW_UNCLEAR={4}),
 3: dict(OLD_SAME={1: [1], 2: [5, 7], 3: [8], 4: [9], 5: [10], 6: [11]},
   OLD_UNCLEAR=set(),
   NEW_SAME={1: [1], 5: [2], 7: [2], 8: [3], 9: [4], 10: [5], 11: [6]},
   NEW_UNCLEAR=set()),
 4: dict(OLD_SAME={1: [1], 2: [2], 4: [3], 5: [4]},
   OLD_UNCLEAR=set(),
   NEW_SAME={1: [1], 2: [2], 3: [4], 4: [5]},
   NEW_UNCLEAR=set()),
 5: dict(OLD_SAME={2: [2], 5: [4]},
   OLD_UNCLEAR={1, 3},
   NEW_SAME={2: [2], 4: [5]},
   NEW_UNCLEAR={1, 3}),
 6: dict(OLD_SAME={2: [2], 3: [4]},
   OLD_UNCLEAR=set(),
   NEW_SAME={2: [2], 4: [3]},
   NEW_UNCLEAR=set()),
}

outdir = sys.argv[1]
for no, P in PAIRS.items():
    o_id, n_id = FILES[no]
    old = tasks(os.path.join(outdir, o_id + '.json')); new = tasks(os.path.join(outdir, n_id + '.json'))
    for s, n in ((P['OLD_SAME'], len(new)), (P['NEW_SAME'], len(old))):
        assert all(1 <= p <= n for ps in s.values() for p in ps)
    V = {'pair': no, 'old_file': REAL + o_id + '.txt', 'new_file': REAL + n_id + '.txt',
         'note': VERDICTS_NOTE,
         'old': build(old, new, P['OLD_SAME'], P['OLD_UNCLEAR']), 'new': build(new, old, P['NEW_SAME'], P['NEW_UNCLEAR'])}
    json.dump(V, open(os.path.join(HERE, f'verdicts_pair{no}.json'), 'w'), ensure_ascii=False, indent=1)
    for side in ('old', 'new'):
        print(no, side, len(V[side]), Counter(e['verdict'] for e in V[side]))
