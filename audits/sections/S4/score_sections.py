#!/usr/bin/env python3
"""Re-score a sosanh compare JSON against the S4 audit's section verdicts.

usage: python3 score_sections.py N COMPARE.json [--bin SOSANH_BINARY]
                                  [--outline-old OLD_OUTLINE.json --outline-new NEW_OUTLINE.json]

N is the pair number (1..3); verdicts are read from sections_pairN.json next to this script.
Sections are located by path AND heading: when outline JSON for the build being scored is
available (--outline-old/--outline-new, or --bin to run `outline --format json` on the two
documents), a verdict section is found by (path, heading), then by heading alone (closest path
wins), then by path alone. Without outline data it is found by path, and else by the text of a
task listed under it in the compare JSON (heading-less sections store their first task's words).
A clear-cut verdict whose section cannot be found counts as wrong.
Rules: "absent" is right iff the entry holding the section is new/dropped; "same" is right iff the
entry is matched and holds the accepted partners (all of them, or any one when mode == "any") and
no other section of the other side that the verdicts clearly place elsewhere (unclear/unknown
extras are tolerated). The last line is `TOTAL right/judged = R/J`.
"""
import json, os, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.environ.get('SOSANH_REAL') or os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../../shared/real')

def norm(s):
    s = unicodedata.normalize('NFC', s or '').lower()
    s = re.sub(r'[^\w]+', ' ', s)
    return ' '.join(s.split())

def flat_outline(d):
    out = []
    def rec(s):
        h = s.get('heading') or ' '.join(t['text'] for t in s.get('tasks', []))
        out.append((tuple(s['path']), h[:120]))
        for c in s.get('children', []): rec(c)
    for s in d['sections']: rec(s)
    return out

def heads_match(a, b):
    a, b = norm(a), norm(b)
    if not a or not b: return False
    n = min(len(a), len(b), 60)
    return a[:n] == b[:n]

def main():
    args = sys.argv[1:]
    if len(args) < 2:
        print(__doc__); sys.exit(2)
    n, cmpfile = args[0], args[1]
    opt = {}
    i = 2
    while i < len(args):
        opt[args[i]] = args[i + 1]; i += 2
    V = json.load(open(os.path.join(HERE, f'sections_pair{n}.json')))
    C = json.load(open(cmpfile))
    outl = {}
    if '--outline-old' in opt:
        outl['old'] = flat_outline(json.load(open(opt['--outline-old'])))
        outl['new'] = flat_outline(json.load(open(opt['--outline-new'])))
    elif '--bin' in opt:
        for side, did in (('old', V['old_id']), ('new', V['new_id'])):
            r = subprocess.run([opt['--bin'], 'outline', '--format', 'json', f'{DOCS}/{did}.txt'],
                               capture_output=True, text=True)
            outl[side] = flat_outline(json.loads(r.stdout))
    # entries from compare JSON
    where = {'old': {}, 'new': {}}
    entries = C['sections']
    for k, e in enumerate(entries):
        for side in ('old', 'new'):
            for p in e.get(side, []):
                where[side][tuple(p)] = k
    tasktext = {'old': [], 'new': []}
    for t in C.get('tasks', []):
        for side in ('old', 'new'):
            x = t.get(side)
            if x and x.get('path') is not None:
                tasktext[side].append((tuple(x['path']), x.get('text', '')))

    def resolve(side, path, heading, first_task=''):
        path = tuple(path)
        if side in outl:
            cand = outl[side]
            for p, h in cand:
                if p == path and heads_match(h, heading): return p
            hs = [p for p, h in cand if heads_match(h, heading)]
            if len(hs) == 1: return hs[0]
            if hs:
                def score(p):  # shared trailing labels, then shared leading labels
                    s = 0
                    for a, b in zip(reversed(p), reversed(path)):
                        if a != b: break
                        s += 1
                    return (s, -abs(len(p) - len(path)))
                return max(hs, key=score)
            if any(p == path for p, _ in cand): return path
            return None
        if path in where[side]: return path
        for key in (heading, first_task):
            for p, t in tasktext[side]:
                if key and heads_match(t, key) and p in where[side]: return p
        return None

    # resolve all verdict sections first (for reverse lookup)
    cur = {}   # (side, current path) -> verdict entry
    res = []
    for v in V['sections']:
        p = resolve(v['side'], v['path'], v['heading'], v.get('first_task', ''))
        res.append(p)
        if p is not None: cur[(v['side'], p)] = v
    def rp(side, q):
        return resolve(side, q['path'], q['heading'], q.get('first_task', ''))

    stats = {}
    R = J = 0
    wrong = []
    for v, p in zip(V['sections'], res):
        side = v['side']; other = 'new' if side == 'old' else 'old'
        s = stats.setdefault(side, {'sections': 0, 'judged': 0, 'right': 0, 'unclear': 0})
        s['sections'] += 1
        if v['verdict'] == 'unclear':
            s['unclear'] += 1; continue
        s['judged'] += 1; J += 1
        ok = False; why = ''
        if p is None or p not in where[side]:
            why = 'section not found in compare JSON'
        else:
            e = entries[where[side][p]]
            if v['verdict'] == 'absent':
                ok = e['status'] != 'matched'
                if not ok: why = 'matched with ' + '; '.join('.'.join(x) for x in e.get(other, []))
            else:
                held = set(tuple(x) for x in e.get(other, []))
                parts = [rp(other, q) for q in v['partners']]
                also = [rp(other, q) for q in v.get('also_ok', [])]
                if e['status'] != 'matched':
                    why = f"{e['status']} (expected with {', '.join('.'.join(q['path']) for q in v['partners'])})"
                else:
                    hit = [q for q in parts if q is not None and q in held]
                    need_ok = (len(hit) >= 1) if v.get('mode') == 'any' else (len(hit) == len(parts) and None not in parts)
                    bad = []
                    for y in held:
                        if y in parts or y in also: continue
                        vy = cur.get((other, y))
                        if vy is None or vy['verdict'] == 'unclear': continue
                        if vy['verdict'] == 'same' and any(rp(side, q) == p for q in vy['partners'] + vy.get('also_ok', [])):
                            continue
                        bad.append(y)
                    ok = need_ok and not bad
                    if not ok:
                        why = 'matched with ' + '; '.join('.'.join(x) for x in sorted(held))
                        why += f" (expected {', '.join('.'.join(q['path']) for q in v['partners'])}"
                        why += (f"; clearly-not-same extras: {', '.join('.'.join(b) for b in bad)})" if bad else ')')
        if ok:
            s['right'] += 1; R += 1
        else:
            wrong.append(f"  WRONG {side} {'.'.join(v['path'])} «{v['heading'][:60]}» verdict={v['verdict']}: {why}")
    print(f'pair {n}: {V["old_id"]} -> {V["new_id"]}')
    for side in ('old', 'new'):
        s = stats.get(side, {})
        print(f"  {side}: sections={s.get('sections',0)} judged={s.get('judged',0)} right={s.get('right',0)} "
              f"wrong={s.get('judged',0)-s.get('right',0)} unclear={s.get('unclear',0)}")
    for w in wrong: print(w)
    print(f'TOTAL right/judged = {R}/{J}')

if __name__ == '__main__':
    main()
