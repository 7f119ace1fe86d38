#!/usr/bin/env python3
"""S13 pair 1 verdicts, written as code. Sections come from `outline --format json` of /work/tmp/s61/audit_bin
(written to /tmp/S13/out_old.json, /tmp/S13/out_new.json); verdicts were decided from the document text
before looking at compare output.
OLD 3928ef06a8929828.txt = Ninh Bình QĐ 161/2025/QĐ-UBND, Quy chế of the document-management system (QLVB&ĐH):
  decision Điều 1-3, then the Quy chế (PL1) in 5 chapters, 26 articles;
NEW cdb6ad27b3c3f13b.txt = Ninh Bình QĐ 162/2025/QĐ-UBND, Quy chế of the official e-mail system:
  decision Điều 1-3, then the Quy chế (PL1) in 3 chapters, 15 articles.
Principle: the two Quy chế regulate different systems; a section is "same" when it plays the same role in the
template for its own system and its provision says the same kind of thing (scope, definitions of the system,
responsibilities of Sở KH&CN, transition, amendment ...); system-specific provisions with no analogue are absent;
cross-level or 1:2 relations with two defensible placements are unclear."""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from score_sections import verdict_table, write_sections  # shared by the section audits
old = json.load(open('/tmp/S13/out_old.json')); new = json.load(open('/tmp/S13/out_new.json'))
O = verdict_table(old['sections']); N = verdict_table(new['sections'])
def P(s):  # 'PL1/Chương I/Điều 1/1' -> tuple
    return tuple(s.split('/'))
pairs = [
    # decision
    ('Điều 1', 'Điều 1'),                       # "Ban hành kèm theo Quyết định này Quy chế ..."
    ('Điều 2', 'Điều 2'),                       # Hiệu lực thi hành
    ('Điều 2/1', 'Điều 2/1'),                   # effective 10/12/2025 (identical)
    ('Điều 2/2', 'Điều 2/2'),                   # list of repealed decisions
    ('Điều 2/2/a', 'Điều 2/2/a'),               # repeal of Ninh Bình's predecessor regulation of the system
    ('Điều 2/2/b', 'Điều 2/2/b'),               # repeal of Hà Nam's predecessor regulation
    ('Điều 3', 'Điều 3'),                       # Tổ chức thực hiện (identical)
    # the Quy chế
    ('PL1', 'PL1'),                             # QUY CHẾ title block
    ('PL1/Chương I', 'PL1/Chương I'),           # QUY ĐỊNH CHUNG
    ('PL1/Chương I/Điều 1', 'PL1/Chương I/Điều 1'),       # Phạm vi điều chỉnh (new adds đối tượng áp dụng)
    ('PL1/Chương I/Điều 1/1', 'PL1/Chương I/Điều 1/1'),   # "Quy chế này quy định ... quản lý, vận hành và sử dụng Hệ thống ..."
    ('PL1/Chương I/Điều 3', 'PL1/Chương I/Điều 2'),       # Giải thích từ ngữ
    ('PL1/Chương I/Điều 3/1', 'PL1/Chương I/Điều 3/1'),   # "Hệ thống X là hệ thống thông tin ... nhằm ..."
    ('PL1/Chương I/Điều 3/2', 'PL1/Chương I/Điều 3/2'),   # composition of the system (software, servers ...)
    ('PL1/Chương I/Điều 3/3', 'PL1/Chương I/Điều 2/2'),   # definition of "Tài khoản" (name/address + password)
    ('PL1/Chương II/Điều 7/4/a', 'PL1/Chương II/Điều 5/3'),  # naming rule for a person's account/address + example at Sở KH&CN
    ('PL1/Chương II/Điều 7/4/b', 'PL1/Chương II/Điều 5/4'),  # duplicate names: how to distinguish
    ('PL1/Chương IV/Điều 18/2', 'PL1/Chương II/Điều 10/2/đ'),  # backup of the system's data by the managing body
    ('PL1/Chương IV/Điều 20/3', 'PL1/Chương II/Điều 11/6'),    # incident: report to Sở KH&CN for help to fix
    ('PL1/Chương V', 'PL1/Chương III'),                     # TỔ CHỨC THỰC HIỆN chapter
    ('PL1/Chương V/Điều 21', 'PL1/Chương II/Điều 10'),      # responsibilities of the managing body (Sở KH&CN)
    ('PL1/Chương V/Điều 21/3', 'PL1/Chương II/Điều 10/1/b'),   # training / guidance of users
    ('PL1/Chương V/Điều 21/5', 'PL1/Chương II/Điều 10/2/a'),   # detect/fix incidents, keep system running continuously
    ('PL1/Chương V/Điều 21/8', 'PL1/Chương II/Điều 10/2/b'),   # information security of the system
    ('PL1/Chương V/Điều 21/10', 'PL1/Chương II/Điều 10/1/đ'),  # monitor, urge agencies; periodic reports to UBND
    ('PL1/Chương V/Điều 21/11', 'PL1/Chương III/Điều 14/1'),   # lead implementation/guidance of the Quy chế, inspect, report
    ('PL1/Chương V/Điều 23', 'PL1/Chương II/Điều 11'),      # responsibilities of agencies
    ('PL1/Chương V/Điều 23/2', 'PL1/Chương II/Điều 12'),    # responsibilities of individual users (clause -> article)
    ('PL1/Chương V/Điều 23/2/c', 'PL1/Chương II/Điều 12/3'),   # protect own password
    ('PL1/Chương V/Điều 25', 'PL1/Chương II/Điều 13'),      # Điều khoản chuyển tiếp
    ('PL1/Chương V/Điều 25/1', 'PL1/Chương II/Điều 13/1'),  # data of the 3 old provinces' systems
    ('PL1/Chương V/Điều 25/2', 'PL1/Chương II/Điều 13/2'),  # Về tài khoản người dùng
    ('PL1/Chương V/Điều 25/2/a', 'PL1/Chương II/Điều 13/2/a'),  # identical
    ('PL1/Chương V/Điều 25/2/b', 'PL1/Chương II/Điều 13/2/b'),  # identical
    ('PL1/Chương V/Điều 26', 'PL1/Chương III/Điều 15'),     # Sửa đổi, bổ sung (identical text)
]
unclear_old = {
    'PL1/Chương I/Điều 2': 'article "Đối tượng áp dụng": its content is in new Điều 1 (title "..., đối tượng áp dụng") and in new clause 1/2; article vs clause, both placements defensible',
    'PL1/Chương I/Điều 2/1': 'agencies applied to: merged with 2/2 into new Điều 1/2 (one clause), or counted under old Điều 2 as a whole',
    'PL1/Chương I/Điều 2/2': 'staff applied to: merged with 2/1 into new Điều 1/2',
    'PL1/Chương II': 'chapter II "TỔ CHỨC HỆ THỐNG QLVB&ĐH" vs new chapter II "QUẢN LÝ, VẬN HÀNH VÀ SỬ DỤNG HỆ THỐNG THƯ": both second chapters about setting up the system, overlap is only old Điều 7 vs new Điều 5',
    'PL1/Chương II/Điều 7': 'name/address/app/accounts: the address part is in new Điều 3/2, the account-naming part in new Điều 5; no single counterpart',
    'PL1/Chương II/Điều 7/2': 'access address https://qlvbdh...: new gives https://mail... inside Điều 3/2 (mainly the system composition)',
    'PL1/Chương II/Điều 7/4': 'staff account naming (a-c) vs new Điều 5 (address formats, incl. personal 5/3 and duplicates 5/4): clause vs article',
    'PL1/Chương II/Điều 8/2': 'TT 39/2017 information-access standards vs new 3/3 (TCVN 6909 character set, IT standards for data files)',
    'PL1/Chương II/Điều 8/3/a': 'file formats per the TT 39/2017 IT standards list vs new 3/3 second sentence (data files follow the state IT standards)',
    'PL1/Chương II/Điều 8/4': 'attachment file name/size (≤50Mb) vs new 8/1/b (mailbox quota, attachments ≤30 MB): only the size cap is shared',
    'PL1/Chương IV/Điều 20': 'incident-handling article: its clause 3 reappears as new clause 11/6; article vs clause',
    'PL1/Chương V/Điều 21/1': 'advise UBND / implement requirements of CP, Bộ KH&CN: split between new 10/1/a and 10/1/c',
    'PL1/Chương V/Điều 21/2': 'migration of data from old systems: subject is in new 13/1, which is the counterpart of old 25/1',
    'PL1/Chương V/Điều 21/6': 'maintenance/upgrade advice: new 10/2/e (maintenance plan, upgrade proposals) or 10/1/c (annual budget for upgrades)',
    'PL1/Chương V/Điều 23/1': 'clause "Thủ trưởng các cơ quan, đơn vị" vs new article Điều 11 (agency duties) whose counterpart is old Điều 23; clause vs article',
    'PL1/Chương V/Điều 23/1/a': 'heads direct implementation of the Quy chế: new 11/1 and new 14/3 are both close',
    'PL1/Chương V/Điều 23/1/c': 'lock accounts of staff who leave vs new 11/4 (request revocation) / 7/4 (revocation of addresses)',
    'PL1/Chương V/Điều 23/2/a': 'use the system for daily work vs new 11/2 (use the mail system for exchanging documents)',
    'PL1/Chương V/Điều 23/3': 'clerk duties vs new 9/2 (clerk checks the agency mailbox and registers in/out documents)',
    'PL1/Chương V/Điều 23/3/b': 'clerk registers incoming/outgoing documents on the system vs new 9/2 (register documents received by mail in the QLVB software)',
}
unclear_new = {
    'PL1/Chương I/Điều 1/2': 'applicability clause = old Điều 2 (article) or its clauses 2/1 + 2/2; cross-level',
    'PL1/Chương I/Điều 3': 'article "Hệ thống thư điện tử công vụ": clauses 1-2 = old definitions 3/1-3/2, address = old 7/2, 3/3 ~ old 8; no single counterpart',
    'PL1/Chương I/Điều 3/3': 'character set / IT standards for data vs old 8/2, 8/3/a',
    'PL1/Chương II': 'see old PL1/Chương II',
    'PL1/Chương II/Điều 5': 'address formats vs old 7/4 (staff account naming) or old Điều 7; article vs clause',
    'PL1/Chương II/Điều 7/4': 'revoke address when staff leave vs old 23/1/c (lock account when staff leave)',
    'PL1/Chương II/Điều 8/1/b': 'see old 8/4',
    'PL1/Chương II/Điều 9/2': 'see old 23/3, 23/3/b',
    'PL1/Chương II/Điều 10/1': 'clause "Sở Khoa học và Công nghệ" = title subject of old Điều 21 (paired with the article new Điều 10); cross-level',
    'PL1/Chương II/Điều 10/1/a': 'see old 21/1',
    'PL1/Chương II/Điều 10/1/c': 'see old 21/1 and 21/6',
    'PL1/Chương II/Điều 10/2': 'Trung tâm CĐS (under Sở KH&CN): takes over part of old Điều 21 duties (21/5, 21/8 ...), no own counterpart',
    'PL1/Chương II/Điều 10/2/e': 'see old 21/6',
    'PL1/Chương II/Điều 11/1': 'see old 23/1/a',
    'PL1/Chương II/Điều 11/2': 'see old 23/2/a',
    'PL1/Chương II/Điều 11/4': 'request new/changed/revoked mailboxes vs old 23/1/c',
    'PL1/Chương II/Điều 12/1': 'responsible for content sent from own mailbox = second half of old 23/2/c (paired with 12/3)',
    'PL1/Chương III/Điều 14': 'article "Tổ chức thực hiện" summarising duties: counterpart is the old chapter V as a whole (Điều 21, 23); no article',
    'PL1/Chương III/Điều 14/3': 'see old 23/1/a',
}
po = {}; pn = {}
for o, n in pairs:
    o, n = P(o), P(n)
    assert o in O, o; assert n in N, n
    po.setdefault(o, []).append(n); pn.setdefault(n, []).append(o)
unclear_old = {P(k): v for k, v in unclear_old.items()}; unclear_new = {P(k): v for k, v in unclear_new.items()}
for p in unclear_old: assert p in O and p not in po, p
for p in unclear_new: assert p in N and p not in pn, p
write_sections(os.path.dirname(os.path.abspath(__file__)), 1, ('3928ef06a8929828.txt', 'cdb6ad27b3c3f13b.txt'), '/work/tmp/s61/audit_bin',
               (O, N), (po, pn), (unclear_old, unclear_new))
