#!/usr/bin/env python3
"""Write verdicts_pair1.json from hand verdicts keyed by the sosanh outline order (1-based running
index as printed by listing `outline --format json` depth-first, /work/tmp/s62/audit_bin).
Usage: python3 make_verdicts.py OLD_OUTLINE NEW_OUTLINE   (the outlines were kept in /tmp/hAB/out_{old,new}.json)
The verdicts were decided from the two texts before sosanh's compare output was looked at."""
import json, sys, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from score_tasks import outline_tasks as tasks, write_verdicts
OLD_FILE = "/work/shared/real/9119d84f0b18ca45.txt"
NEW_FILE = "/work/shared/real/edc6fac0e3b32fd3.txt"

# old = 9119d84f0b18ca45 (Hà Nội HĐND, NQ 76/2025/NQ-HĐND, 27/11/2025: mức tiền phạt đối với một số hành vi vi
#       phạm hành chính trong lĩnh vực phòng cháy, chữa cháy; Điều 1-8 + an appendix of 69 fines)
# new = edc6fac0e3b32fd3 (Hà Nội HĐND, NQ 79/2025/NQ-HĐND, same session: xử lý các cơ sở không đảm bảo yêu cầu về
#       PCCC đưa vào sử dụng trước Luật PCCC 2001; Điều 1-10 + PL I (old apartment blocks) + PL II (technical table))
# Two sibling resolutions of one council on fire safety, one template for the closing articles (UBND TP organises
# and propagandises, HĐND supervises, MTTQ supervises, effect from signing). A task is "same" when the same actor has
# the same duty (reworded, merged or split included). The scope / applicability clauses play the same role with a
# different subject (unclear); the "if the higher law changes, follow it" clauses are old 8/b, 8/c (in the
# transitional article) against new 9/2 (in the effect article): unclear. Fines, sanctioning competence, the
# establishments' procedure, technical solutions, funding, the specific directions of UBND TP, the repeal of NQ
# 05/2022 and both transitional lists are absent from the other side.
OLD_SAME = {
    12: [29, 30],   # 6/1/a UBND TP organises implementation <-> 8/1/a (plan, guide implementation), 8/1/b (direct all to implement)
    13: [34],       # 6/1/b UBND TP propaganda, consensus <-> 8/1/đ
    14: [37],       # 6/2 HĐND standing committee, boards, delegates supervise <-> 8/2
    15: [38],       # 6/3 MTTQ and organisations: propaganda, supervision <-> 8/3
    16: [39],       # Điều 7 effect from signing <-> 9/1
}
OLD_UNCLEAR = {
    1,    # scope (fines) vs new 1/1 scope (handling establishments): same role, other subject
    4,    # applicability: violators vs new 1/2 owners of establishments
    6,    # other agencies concerned vs the tail of new 1/2 ("và các cơ quan ... có liên quan")
    18,   # 8/b Government amends the violations -> apply the Government's rule vs new 9/2 (amended texts -> new texts)
    19,   # 8/c law on sanctioning competence changes -> follow the law vs new 9/2
}
NEW_SAME = {
    29: [12], 30: [12], 34: [13], 37: [14], 38: [15], 39: [16],
}
NEW_UNCLEAR = {
    1,    # scope, see old 1
    3,    # applicability, see old 4, 6
    36,   # 8/1/g UBND TP directs Công an, Sở XD to lead implementation: also old 6/1/a in part
    40,   # 9/2 amended referenced texts apply: old 8/b, 8/c
}

old, new = tasks(sys.argv[1]), tasks(sys.argv[2])
assert len(old) == 88 and len(new) == 75, (len(old), len(new))
write_verdicts(os.path.dirname(os.path.abspath(__file__)), 1, (OLD_FILE, NEW_FILE), old, new,
               (OLD_SAME, OLD_UNCLEAR), (NEW_SAME, NEW_UNCLEAR), both_ways=True)
