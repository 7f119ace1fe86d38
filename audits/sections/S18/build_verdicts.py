#!/usr/bin/env python3
"""S18 pair 1 verdicts, written as code. Sections come from `outline --format json` of /work/tmp/s64/audit_bin
(written to /work/tmp/hAE/out_old.json, /work/tmp/hAE/out_new.json); verdicts were decided from the document text
before looking at compare output.
OLD 817cf0e3de96bc43.txt = Chủ tịch UBND tỉnh Sơn La, QĐ 2969/QĐ-UBND (21/11/2025): catalogue of 02 new provincial
  procedures in the press/publishing field (CFS for exported goods: issue; amend/reissue) and their 02 internal
  processes: Điều 1 (1 catalogue, 2 processes), 2 effect, 3 implementation; PL1 the catalogue; PL2 the processes,
  1 (CFS issue) and 2 (CFS amend/reissue), one step table each (9 sections);
NEW 5298da2adb9eb4fe.txt = Chủ tịch UBND tỉnh Cao Bằng, QĐ 2031/QĐ-UBND (28/11/2025): the same 02 new CFS procedures
  plus 08 amended procedures of other fields, and 04 internal processes: Điều 1-4; PL1 the catalogue (the outline
  misses the heading of the amended list, so the other fields I (2), II, III hang under "DANH MỤC ... MỚI BAN HÀNH");
  PL2 under "QUY TRÌNH NỘI BỘ ... (10 TTHC)": A press/publishing, Quy trình 01 = ONE process for the group 1.1 (CFS
  issue) + 1.2 (CFS amend/reissue; the outline hangs the shared step table on 1.2); B heritage, C performing arts,
  D online games (29 sections).
Principle (as S14-S16): a section is "same" when it holds the same provision or plays the same role with the same
heading; sections only one decision has (other fields, other procedures, the electronic-process article) are absent;
cross-level or 1:many relations are unclear (the note says why)."""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from score_sections import verdict_table, write_sections  # shared by the section audits
old = json.load(open('/work/tmp/hAE/out_old.json')); new = json.load(open('/work/tmp/hAE/out_new.json'))
O = verdict_table(old['sections']); N = verdict_table(new['sections'])
Q = 'PL2/QUY TRÌNH NỘI BỘ GIẢI QUYẾT TTHC CẤP…'
D = 'PL1/DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN…'
OLD_PARTNERS = {
    'Điều 1': ['Điều 1'],      # announce the catalogue, approve the internal processes
    'Điều 2': ['Điều 3'],      # effect from signing (the new article adds repeals)
    'Điều 3': ['Điều 4'],      # who implements the decision
    'PL1': ['PL1'],            # "PHỤ LỤC I DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH ..." (the catalogue appendix)
    'PL2': ['PL2'],            # "PHỤ LỤC II QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH ..."
    'PL2/2': [Q + '/A/1/1.2'],  # CFS amend/reissue: same heading, and the outline puts the (shared) step table there
}
NEW_PARTNERS = {
    'Điều 1': ['Điều 1'], 'Điều 3': ['Điều 2'], 'Điều 4': ['Điều 3'], 'PL1': ['PL1'], 'PL2': ['PL2'],
    Q + '/A/1/1.2': ['PL2/2'],
}
unclear_old = {
    'Điều 1/1': 'clause "công bố 02 danh mục TTHC" (PL I): new Điều 1 has no clauses, the same words are part of its sentence: cross-level',
    'Điều 1/2': 'clause "phê duyệt 02 quy trình nội bộ" (PL II): part of new Điều 1 sentence, see Điều 1/1',
    'PL2/1': 'the CFS-issue process: its name is new A/1/1.1 (a one-line section), its steps are the group table of '
             'Quy trình 01 (in the outline under A/1/1.2, with PL2/2), its process is A/1: 1:many',
}
unclear_new = {
    D: '"DANH MỤC TTHC MỚI BAN HÀNH (02 TTHC)": exactly old PL1\'s two procedures, a level below the appendix; '
       '(the outline also hangs the amended lists here): cross-level',
    D + '/I': '"DANH MỤC TTHC CẤP TỈNH (02 TTHC)": holds exactly old PL1\'s two rows, a level below: cross-level',
    Q: '"QUY TRÌNH NỘI BỘ GIẢI QUYẾT TTHC CẤP TỈNH (10 TTHC)": the whole of PL2 one level down; old PL2 has no such heading',
    Q + '/A': '"LĨNH VỰC BÁO CHÍ, XUẤT BẢN (02 TTHC)": the field of all of old PL2, a level below it: cross-level',
    Q + '/A/1': 'Quy trình 01 for the group of both CFS procedures = old PL2/1 and PL2/2 merged (1:many, other level)',
    Q + '/A/1/1.1': 'names the CFS-issue procedure (old PL2/1\'s heading) but holds no step: see old PL2/1',
}
write_sections(os.path.dirname(os.path.abspath(__file__)), 1, ('817cf0e3de96bc43.txt', '5298da2adb9eb4fe.txt'), '/work/tmp/s64/audit_bin',
               (O, N), (OLD_PARTNERS, NEW_PARTNERS), (unclear_old, unclear_new))
