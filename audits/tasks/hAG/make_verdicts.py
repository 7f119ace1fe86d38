#!/usr/bin/env python3
"""Write verdicts_pair1.json from hand verdicts keyed by the sosanh outline order
(1-based running index over `outline --format json`, depth-first, tasks of a section before its children).
Usage: python3 make_verdicts.py [OUTLINE_DIR]   (default: outlines/ beside this script; it holds ID.json for
both documents below, written by `sosanh outline ../shared/real/ID.txt --format json` with the build the forty-fourth
session handed to this helper, ebb34c0 plus the rule for untitled items without partners; the outline
is that of ebb34c0).
One pair: Đồng Nai QĐ 2776/QĐ-UBND (old) and Lạng Sơn QĐ 2487/QĐ-UBND (new). Both publish the
science-and-technology procedures of central QĐ 3578/QĐ-BKHCN with their internal processes. A helper
audited them blind in the forty-fourth session. It read the two texts and their task lists and never ran
`sosanh compare`/`reuse` or looked at any comparison output (report.md). Links are symmetric (checked).
Internal-process steps are paired procedure by procedure. Each old 5-step process is compared with the
new shared group process (group 1: seven recognition procedures; group 2: two re-issue procedures) or
with the new single-procedure process. The intermediate approval rounds in the new council paths are
marked unclear (report.md)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
from score_tasks import outline_tasks as tasks, write_verdicts   # the shared scorer's own key functions
REAL = "/work/shared/real/"
FILES = {1: ('e1d32e33e6daa23a', '71153021e3559f5e')}

OLD_SAME, NEW_SAME = {}, {}
def link(o, ns):
    """old task o is the same as each new task in ns (and back)."""
    for n in ns:
        OLD_SAME.setdefault(o, []).append(n); NEW_SAME.setdefault(n, []).append(o)

# --- Decision articles ---
link(1, [1])            # Ban hành / Công bố kèm theo ... Danh mục TTHC mới, bãi bỏ; quy trình nội bộ
link(2, [2, 3])         # 16 TTHC mới + 16 quy trình điện tử  <-> 14 mới/06 bãi bỏ ; quy trình nội bộ 14 TTHC
link(3, [2])            # bãi bỏ 06 TTHC (QĐ 1548)  <-> ... và 06 TTHC bị bãi bỏ
link(5, [5])            # hiệu lực kể từ ngày ký
link(9, [4])            # cấu hình/cập nhật quy trình trên Hệ thống thông tin giải quyết TTHC của tỉnh
link(11, [7])           # Chánh Văn phòng ... chịu trách nhiệm thi hành

# --- PL1 list of new procedures: old A rows 12..25 <-> new PL1/I rows 8..21 (same 14 codes, same order);
#     old 26 (1.014453 lãi suất vay), 27 (1.014454 voucher) have no new row.
for k in range(14):
    link(12 + k, [8 + k])

# --- repealed procedures, by code ---
for o, n in ((120, 26), (121, 27), (122, 22), (123, 23), (124, 24), (125, 25)):
    link(o, [n])

# --- internal processes ---
# old block = (s1 tiếp nhận+thẩm định, s2 LĐ phòng duyệt/trình, s3 LĐ Sở ký/trình UBND, s4 UBND ký, s5 trả kq, total)
def block(start, s1, s2, s3, s4, s5, tot):
    for i, ns in enumerate((s1, s2, s3, s4, s5, tot)):
        link(start + i, ns)

# group 1 (new 1.1-1.7, shared steps; a: without council 54-63, b: with council 64-84)
G1 = dict(s1=[55, 57, 65, 67, 72, 73, 77, 78], s2=[58, 79], s3=[59, 60, 80, 81], s4=[61, 82], s5=[62, 83],
          tot=[54, 63, 64, 84])
for start in (29, 35, 48, 54, 60, 66, 72):   # old B/1 1.014438, B/2 .439, B/4 .431, B/5 .432, B/6 .433, B/7 .435, B/8 .436
    block(start, **G1)

# group 2 (new 2.1 + 2.2, shared steps 87-95; 86 = 2.2 heading + group total)
link(41, [85]); link(78, [86])               # procedure headings 1.014440, 1.014437
G2 = dict(s1=[87, 89], s2=[90], s3=[91, 92], s4=[93], s5=[94], tot=[95, 86])
block(42, **G2); block(79, **G2)             # old B/3, B/9

# single-procedure processes
block(85, s1=[132, 134], s2=[135], s3=[136, 137], s4=[138], s5=[139], tot=[140])   # 1.014445 (old B/10, new 5)
block(91, s1=[141, 143], s2=[144], s3=[145, 146], s4=[147], s5=[148], tot=[149])   # 1.014446 (old B/11, new 6)
block(98, s1=[97, 99, 103, 108, 109, 113, 114, 115], s2=[116], s3=[117, 118], s4=[119], s5=[120],
      tot=[96, 121])                                                               # 1.014451 (old B/13, new 3)
block(104, s1=[123, 125], s2=[126], s3=[127, 128], s4=[129], s5=[130], tot=[122, 131])  # 1.014452 (old B/14, new 4)

OLD_UNCLEAR = {6, 8}
NEW_UNCLEAR = {6,
               68, 69, 70, 71, 74, 75, 76,                 # group 1 b: approval rounds for QĐ thành lập HĐ / công văn giải trình
               100, 101, 102, 104, 105, 106, 107, 110, 111, 112,   # 1.014451: approval rounds before the final one
               124}                                        # phân công + stray 'Dự thảo Công văn lấy ý kiến' cell

if __name__ == '__main__':
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'outlines')
    o_id, n_id = FILES[1]
    old = tasks(os.path.join(outdir, o_id + '.json')); new = tasks(os.path.join(outdir, n_id + '.json'))
    assert (len(old), len(new)) == (125, 165), (len(old), len(new))
    for s, n in ((OLD_SAME, len(new)), (NEW_SAME, len(old))):
        assert all(1 <= p <= n for ps in s.values() for p in ps)
    write_verdicts(HERE, 1, (REAL + o_id + '.txt', REAL + n_id + '.txt'), old, new,
                   (OLD_SAME, OLD_UNCLEAR), (NEW_SAME, NEW_UNCLEAR), both_ways=True)
