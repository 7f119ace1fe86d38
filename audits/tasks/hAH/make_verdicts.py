#!/usr/bin/env python3
"""Write verdicts_pair1.json and verdicts_pair2.json from hand verdicts keyed by the sosanh outline order
(1-based running index over `outline --format json`, depth-first, tasks of a section before its children).
Usage: python3 make_verdicts.py [OUTLINE_DIR]   (default: ./outlines beside this script, holding ID.json for
each document below, written by `sosanh outline ../shared/real/ID.txt --format json` with the forty-fourth session's
build bcb5fef, whose outlines are ebb34c0's).
Two pairs of provincial implementation plans on the Prime Minister's template for implementing a new
legal text (aims and requirements, dissemination, legal-text work, inspection, funding, organisation),
by different provinces for different texts: Nghệ An 980/KH-UBND (decree detailing the Law on Civil
Defence) against Hồ Chí Minh City 172/KH-UBND (Employment Law), and against Lai Châu 7360/KH-UBND
(amended Law on Standards and Technical Regulations).  "Same" = the same template item in the same role
(fields pair with the same field of the corresponding item); a duty only one plan has is absent.
Helper audit of the forty-fourth session, blind: decided from the three texts and their task lists only,
before any comparison output was seen (report.md beside this script)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
from score_tasks import outline_tasks as tasks, write_verdicts   # the shared scorer's own key functions
REAL = "/work/shared/real/"

# (old, new) ids of real/ for each pair.
FILES = {1: ('c5d930a5fc8373cd', '2f6f80b9918e52de'), 2: ('c5d930a5fc8373cd', '6a406c1f9dfed9c3')}

# hand verdicts: index -> partner indices on the other side ('same'); UNCLEAR set; everything else absent
PAIRS = {
 # Nghệ An (old, 34 tasks) vs Hồ Chí Minh City (new, 26 tasks)
 1: dict(OLD_SAME={1: [1],      # purpose: define scope/responsibility, assign tasks
                   2: [5],      # requirement: unified direction + close coordination
                   3: [8],      # heads of assigned bodies proactively implement on schedule
                   7: [9],      # dissemination of the law
                   13: [19],    # funding from annual state budget + other lawful sources
                   15: [25],    # departments/communes responsible for implementing the plan
                   16: [23],    # lead agency advises the PC on monitoring, inspecting, urging
                   18: [25],    # report results (to the lead agency for synthesis)
                   19: [20],    # Sở Tài chính arranges funds
                   20: [26]},   # difficulties -> report back
   OLD_UNCLEAR={4,              # "triển khai thực hiện thống nhất, đầy đủ, đồng bộ" ~ new 3 (aim c)?
                6},             # implement guidance texts ~ new 16 (local legal texts once central ones issued)?
   NEW_SAME={1: [1], 5: [2], 8: [3], 9: [7], 19: [13], 20: [19], 23: [16], 25: [15, 18], 26: [20]},
   NEW_UNCLEAR={3, 16}),
 # Nghệ An (old, 34 tasks) vs Lai Châu (new, 48 tasks)
 2: dict(OLD_SAME={1: [2],      # purpose: define work, responsibility, timely/uniform
                   2: [1],      # unified direction of the PPC + close coordination
                   6: [22, 26], # implement the guidance texts (3.2 a, b: the two decrees)
                   7: [7],      # dissemination (Lai Châu folds training in)
                   13: [40],    # funding from annual budget + other lawful sources
                   16: [45],    # lead agency helps the chair monitor/inspect/urge, reports
                   17: [46],    # each body builds its own detailed plan
                   18: [46],    # ... and reports results
                   19: [43],    # Sở Tài chính arranges funds
                   20: [47],    # difficulties -> report back
                   21: [48]},   # closing: implement seriously
   OLD_UNCLEAR={10,             # implement strategies/schemes ~ new 39 (item 6, national standards strategy; only its time field is a task)
                14},            # bodies arrange/mobilise funds themselves ~ new 42 (2025 tasks from allotted budget)
   NEW_SAME={1: [2], 2: [1], 7: [7], 22: [6], 26: [6], 40: [13], 43: [19], 45: [16], 46: [17, 18],
             47: [20], 48: [21]},
   NEW_UNCLEAR={39, 42}),
}

if __name__ == '__main__':
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'outlines')
    for no, P in PAIRS.items():
        o_id, n_id = FILES[no]
        old = tasks(os.path.join(outdir, o_id + '.json')); new = tasks(os.path.join(outdir, n_id + '.json'))
        for s, n in ((P['OLD_SAME'], len(new)), (P['NEW_SAME'], len(old)),
                     ({k: [k] for k in P['OLD_UNCLEAR']}, len(old)), ({k: [k] for k in P['NEW_UNCLEAR']}, len(new))):
            assert all(1 <= p <= n for ps in s.values() for p in ps)
        print('pair', no)
        write_verdicts(HERE, no, (REAL + o_id + '.txt', REAL + n_id + '.txt'), old, new,
                       (P['OLD_SAME'], P['OLD_UNCLEAR']), (P['NEW_SAME'], P['NEW_UNCLEAR']), both_ways=True)
