#!/usr/bin/env python3
"""S9 pair 1 verdicts, written as code. Sections come from `outline --format json` of the audit build
(written to /tmp/S9_out_old.json, /tmp/S9_out_new.json); verdicts were decided from the document text
before looking at compare output.
OLD 0f98ee482389e59e.txt = Hà Tĩnh QĐ 2979/QĐ-UBND, charter of Sở Tư pháp;
NEW b527d7996ed66f24.txt = Hà Tĩnh QĐ 2920/QĐ-UBND, charter of Sở Nội vụ."""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from score_sections import verdict_table, write_sections  # shared by the section audits
old = json.load(open('/tmp/S9_out_old.json')); new = json.load(open('/tmp/S9_out_new.json'))
O = verdict_table(old['sections']); N = verdict_table(new['sections'])
R = ('PL1',); D2 = R + ('Điều 2',); D3 = R + ('Điều 3',); D4 = R + ('Điều 4',)
P = lambda *a: tuple(a)
pairs = [
    # decision
    (('Điều 1',), ('Điều 1',)),                 # promulgates the regulation
    (('Điều 2',), ('Điều 2',)),                 # old Điều 2 = effect date + execution clause (no "Điều 3." marker)
    (('Điều 2',), ('Điều 3',)),                 # ... so it is merged with new Điều 2 + Điều 3
    # regulation
    (R, R),
    (R + ('Điều 1',), R + ('Điều 1',)), (R + ('Điều 1', '1'), R + ('Điều 1', '1')), (R + ('Điều 1', '2'), R + ('Điều 1', '2')),
    (D2, D2),
    # general duties: submit to UBND / chairman / implement
    (D2 + ('1', '1.1'), D2 + ('1',)),
    (D2 + ('1', '1.1', 'a'), D2 + ('1', 'a')),   # draft resolutions/decisions
    (D2 + ('1', '1.1', 'b'), D2 + ('1', 'b')),   # draft development plan
    (D2 + ('1', '1.1', 'c'), D2 + ('1', 'đ')),   # draft decision on the department's own charter
    (D2 + ('1', '1.1', 'd'), D2 + ('1', 'e')),   # socialisation of public services
    (D2 + ('1', '1.2'), D2 + ('2',)),            # drafts for the chairman
    (D2 + ('2', '2.2'), D2 + ('3',)),            # organise implementation, dissemination
    # "other duties" 9.x <-> new 26-37
    (D2 + ('9', '9.1'), D2 + ('28',)),           # international cooperation
    (D2 + ('9', '9.3'), D2 + ('32',)),           # inspection, citizen reception, complaints, anti-corruption
    (D2 + ('9', '9.4'), D2 + ('26',)),           # enterprises, collective economy, associations, NGOs
    (D2 + ('9', '9.5'), D2 + ('29',)),           # professional guidance/training
    (D2 + ('9', '9.6'), D2 + ('30',)),           # science, technology, digital transformation
    (D2 + ('9', '9.7'), D2 + ('34',)),           # functions of office/divisions ...
    (D2 + ('9', '9.7'), D2 + ('35',)),           # ... + organisation, staff, salary (split in new)
    (D2 + ('9', '9.8'), D2 + ('36',)),           # finance and assets
    (D2 + ('9', '9.9'), D2 + ('31',)),           # information and reporting
    (D2 + ('9', '9.10'), D2 + ('27',)),          # manage public/non-public service units
    (D2 + ('9', '9.11'), D2 + ('37',)),          # other duties by decentralisation
    # organisation
    (D3, D3), (D3 + ('1',), D3 + ('1',)),
    (D3 + ('1', '1.1'), D3 + ('1', 'a')),        # director
    (D3 + ('1', '1.2'), D3 + ('1', 'b')),        # deputy directors
    (D3 + ('1', '1.2', 'c'), D3 + ('1', 'c')),   # appointment of director/deputies (old c parsed under 1.2)
    (D3 + ('2',), D3 + ('2',)),
    (D3 + ('2', '2.1'), D3 + ('2', 'a')),        # office
    (D3 + ('2', '2.2'), D3 + ('2', 'b')),        # specialised divisions
    (D3 + ('2', '2.3'), D3 + ('2', 'd')),        # public service units
    (D3 + ('3',), D3 + ('3',)),                  # staff numbers
    (D4, D4), (D4 + ('1',), D4 + ('1',)), (D4 + ('2',), D4 + ('2',)),
]
unclear_old = {
    D2 + ('1',): 'group "Về xây dựng pháp luật": 2 of its 3 items are the general "submit" duties (new 2/1, 2/2), the rest is justice-only; new has no such group',
    D2 + ('2',): 'group "Về tổ chức thi hành pháp luật": only 2.2 is general (new 2/3); new has no such group',
    D2 + ('9',): 'group "Nhiệm vụ, quyền hạn khác": its items are new 26-37, which stand directly under Điều 2 with no container',
}
unclear_new = {}
po = {}; pn = {}
for o, n in pairs:
    assert o in O, o; assert n in N, n
    po.setdefault(o, []).append(n); pn.setdefault(n, []).append(o)
write_sections(os.path.dirname(os.path.abspath(__file__)), 1, ('0f98ee482389e59e.txt', 'b527d7996ed66f24.txt'), '/work/tmp/s60/sosanh-audit2',
               (O, N), (po, pn), (unclear_old, unclear_new))
