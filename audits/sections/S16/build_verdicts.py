#!/usr/bin/env python3
"""S16 pair 1 verdicts, written as code. Sections come from `outline --format json` of /work/tmp/s62/audit2_bin
(written to /tmp/hAC/out_old.json, /tmp/hAC/out_new.json); verdicts were decided from the document text
before looking at compare output.
OLD 8e9a425dd83e56b3.txt = UBND TP Hà Nội, KH 308/KH-UBND (17/11/2025), triển khai NQ 214/NQ-CP về thúc đẩy tạo lập
  dữ liệu phục vụ chuyển đổi số toàn diện: I purpose (1) and requirements (2, a-c); II tasks: 1 data (1.1 strategy,
  1.2 data), 2 digital platforms, 3 information security, 4 resources (4.1 funding, 4.2 staff, 4.3 training), each
  with a) task, b) agencies, c) time; III organisation (1 the lead agency Sở KH&CN, 2 the others) (40 sections);
NEW 001c610b2efdcf0c.txt = UBND TP Hồ Chí Minh, QĐ 2820/QĐ-UBND (19/11/2025) issuing the Kế hoạch triển khai QĐ 06/QĐ-TTg
  and QĐ 3103/QĐ-BTC on the national information system and database on planning: Điều 1-3; PL1 the plan (I purpose,
  requirements; II contents 1-6: infrastructure, software and planning DB, institutions, training, operation and
  security, funding; III roadmap 1-5; IV organisation 1-8 by agency, coordination, funding); a stray heading (the
  issuer's name over the appendix); PL2 the task table I-VI (37 sections).
Principle (as S14, S15): a section is "same" when it holds the same provision or plays the same role with the same
heading; sections only one plan's subject has are absent; cross-level or 1:many relations and same-role sections
whose subject differs are unclear (the note says why)."""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from score_sections import verdict_table, write_sections  # shared by the section audits
old = json.load(open('/tmp/hAC/out_old.json')); new = json.load(open('/tmp/hAC/out_new.json'))
O = verdict_table(old['sections']); N = verdict_table(new['sections'])
OLD_PARTNERS = {
    'I': ['PL1/I'],                    # "MỤC ĐÍCH, YÊU CẦU"
    'I/1': ['PL1/I/1'],                # "Mục đích"
    'I/2': ['PL1/I/2'],                # "Yêu cầu"
    'II/4/4.1': ['PL1/II/6'],          # "Kinh phí thực hiện" (the funding provision of each plan)
    'III': ['PL1/IV'],                 # "TỔ CHỨC THỰC HIỆN"
    'III/1': ['PL1/IV/1'],             # the lead agency's duties (Sở KH&CN monitors, urges / Sở Tài chính chủ trì)
}
NEW_PARTNERS = {
    'PL1/I': ['I'], 'PL1/I/1': ['I/1'], 'PL1/I/2': ['I/2'], 'PL1/II/6': ['II/4/4.1'], 'PL1/IV': ['III'],
    'PL1/IV/1': ['III/1'],
}
unclear_old = {
    'I/2/a': 'complete NQ 214 tasks: a point; the new requirements are bullets (tasks) of PL1/I/2, not sections',
    'I/2/b': 'head of agency responsible: cross-level, see I/2/a',
    'I/2/c': 'information security: cross-level, see I/2/a',
    'II': '"NHIỆM VỤ" (tasks with lead, partners, time) vs PL1/II "NỘI DUNG THỰC HIỆN" (the same role in the plan), PL2 (the task table with lead, partner, deadline columns) or PL1/III "NHIỆM VỤ TRỌNG TÂM"',
    'II/1': '"Về dữ liệu" (data in general) vs PL1/II/2 (software and planning DB) or PL2/III (the national planning DB): other subject',
    'II/1/1.2': '"Triển khai, phát triển dữ liệu" vs PL1/II/2 or PL2/III, see II/1',
    'II/1/1.2/a': 'its tasks: one (sync to the National Data Centre) is in PL2/IV, the rest unclear',
    'II/3': '"Về đảm bảo an toàn thông tin" vs PL1/II/5 (operation and security), PL1/IV/3 (Công an TP), PL2/IV: 1:many',
    'II/3/a': 'its tasks: the first is in PL2/IV, the others unclear',
    'II/4': '"Về nguồn lực" (funding, staff, training) vs PL1/II/6, PL1/IV/8, PL2/V: 1:many',
    'II/4/4.1/a': 'its tasks (budgeting, proposals) vs PL1/II/6 bullets or PL1/IV/1 (Sở TC aggregates): cross-level',
    'II/4/4.3': '"Về công tác đào tạo" vs PL1/II/4, PL1/IV/2 and PL2/V, all training: 1:many',
    'II/4/4.3/a': 'the training task, see II/4/4.3',
    'III/2': 'the other agencies make plans and report vs PL1/IV/5 (depts) or PL1/IV/7 (coordination, reporting)',
}
unclear_new = {
    'PL1': 'the plan as an appendix: the whole old document, no section',
    'PL1/II': 'see old II',
    'PL1/II/2': 'see old II/1, II/1/1.2',
    'PL1/II/4': 'see old II/4/4.3',
    'PL1/II/5': 'see old II/3',
    'PL1/III': '"NHIỆM VỤ TRỌNG TÂM" (a roadmap) vs old II "NHIỆM VỤ": heading alike, role not',
    'PL1/III/2': 'roadmap: digitise, standardise, integrate into the national system, vs old 1.2/a tasks',
    'PL1/III/3': 'roadmap: connect with the National Data Centre, vs old 1.2/a tasks',
    'PL1/III/5': 'roadmap: training, awareness, vs old II/4/4.3',
    'PL1/IV/2': 'Sở KH&CN trains: see old II/4/4.3',
    'PL1/IV/3': 'Công an TP inspects security: see old II/3',
    'PL1/IV/4': 'TT CĐS: infrastructure, security: see old II/3',
    'PL1/IV/5': 'the depts\' duties, see old III/2',
    'PL1/IV/7': 'coordination and reporting, see old III/2',
    'PL1/IV/8': '"Phương án huy động kinh phí" vs old II/4/4.1 (which pairs with PL1/II/6)',
    'PL2': 'the task table, see old II',
    'PL2/III': 'building the national planning DB vs old II/1',
    'PL2/IV': 'management, operation, sharing, security of the planning DB vs old II/3, II/1/1.2 (one task of each)',
    'PL2/V': 'training, see old II/4/4.3',
}
write_sections(os.path.dirname(os.path.abspath(__file__)), 1, ('8e9a425dd83e56b3.txt', '001c610b2efdcf0c.txt'), '/work/tmp/s62/audit2_bin',
               (O, N), (OLD_PARTNERS, NEW_PARTNERS), (unclear_old, unclear_new))
