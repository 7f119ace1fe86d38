#!/usr/bin/env python3
"""Re-score a sosanh compare JSON against the audited verdicts.

usage: python3 score.py N FILE.json     (N = pair number; verdicts_pairN.json next to this script)

Tasks are located by their normalised opening text (up to 400 chars, fuzzy >= 0.75),
not by path; identical texts are told apart by occurrence order (natural path order).
Clear "same": right iff sosanh gives the task a partner that is one of the accepted partners.
Clear "absent": right iff sosanh reports the task new/dropped (no partner).
"unclear" tasks are not scored. Verdict tasks that cannot be located are reported and
left out of the count. Last line: TOTAL right/judged = R/J
"""
import json, os, re, sys, unicodedata
from difflib import SequenceMatcher

def norm(s):
    s = unicodedata.normalize('NFC', s).lower()
    s = re.sub(r'[^\w\s/%.-]', ' ', s)
    s = s.replace('.', ' ')
    return re.sub(r'\s+', ' ', s).strip()

def natkey(path, number):
    out = []
    for p in list(path) + [str(number)]:
        out.append(tuple((0, int(x)) if x.isdigit() else (1, x) for x in re.split(r'(\d+)', p) if x != ''))
    return out

def aslist(v):
    if v is None: return []
    return v if isinstance(v, list) else [v]

def main():
    if len(sys.argv) != 3:
        print(__doc__); sys.exit(2)
    n, cfile = sys.argv[1], sys.argv[2]
    vfile = os.path.join(os.path.dirname(os.path.abspath(__file__)), f'verdicts_pair{n}.json')
    V = json.load(open(vfile))['tasks']
    C = json.load(open(cfile))
    # sosanh's calls per side: key -> (status, set of partner keys, text)
    calls = {'old': {}, 'new': {}}
    for t in C['tasks']:
        ol, nl = aslist(t.get('old')), aslist(t.get('new'))
        ok = [('old', tuple(a['path']), a['number']) for a in ol]
        nk = [('new', tuple(b['path']), b['number']) for b in nl]
        for a, k in zip(ol, ok): calls['old'][k] = (t['status'], set(nk), a.get('text', ''))
        for b, k in zip(nl, nk): calls['new'][k] = (t['status'], set(ok), b.get('text', ''))
    # locate each verdict entry among the compare tasks of its side (greedy one-to-one)
    where = {}
    for side in ('old', 'new'):
        ents = [e for e in V if e['side'] == side]
        cands = list(calls[side].items())
        cn = [norm(c[1][2][:400]) for c in cands]
        sc = []
        for ei, e in enumerate(ents):
            a = norm(e.get('key_text', e['text'])[:400])
            for ci, b in enumerate(cn):
                if a == b: s = 1.0
                else:
                    m = SequenceMatcher(None, a[:300], b[:300], autojunk=False)
                    if m.real_quick_ratio() < 0.75 or m.quick_ratio() < 0.75: continue
                    s = m.ratio()
                    if s < 0.75: continue
                sc.append((-round(s, 4), e.get('occurrence', 0), natkey(cands[ci][0][1], cands[ci][0][2]), ei, ci))
        sc.sort()
        used_e, used_c = set(), set()
        for _, _, _, ei, ci in sc:
            if ei in used_e or ci in used_c: continue
            used_e.add(ei); used_c.add(ci); where[ents[ei]['id']] = cands[ci][0]
    R = J = 0; missing = []; wrong = []
    per = {}
    for e in V:
        v = e['verdict']
        if v not in ('same', 'absent'): continue
        k = where.get(e['id'])
        if k is None:
            missing.append(e); continue
        status, partners, _ = calls[e['side']][k]
        if v == 'absent':
            ok = status in ('new', 'dropped') and not partners
        else:
            acc = {where[p['id']] for p in e['partners'] if p['id'] in where}
            if len(acc) < len(e['partners']):
                print(f"  note: a partner of {e['id']} could not be located")
            ok = status not in ('new', 'dropped') and bool(partners & acc)
        J += 1; R += ok
        s = per.setdefault(e['side'], [0, 0]); s[0] += ok; s[1] += 1
        if not ok:
            got = ', '.join('/'.join(p[1]) + '#' + str(p[2]) for p in sorted(partners)) or '-'
            wrong.append(f"  WRONG {e['id']} {e['side']} {'/'.join(k[1])}#{k[2]} verdict={v}"
                         + (f" (accepted: {', '.join(p['id'] for p in e['partners'])})" if v == 'same' else '')
                         + f" | sosanh: {status} -> {got} | {e['text'][:70]}")
    for side in ('old', 'new'):
        s = per.get(side, [0, 0]); print(f"{side}: right/judged = {s[0]}/{s[1]}")
    for w in wrong: print(w)
    for e in missing:
        print(f"  MISSING (not located, not counted) {e['id']} {e['side']} verdict={e['verdict']} | {e['text'][:70]}")
    unclear = sum(1 for e in V if e['verdict'] == 'unclear')
    print(f"pair {n}: unclear (not scored) = {unclear}; missing = {len(missing)}")
    print(f"TOTAL right/judged = {R}/{J}")

main()
