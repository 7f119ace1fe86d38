#!/usr/bin/env python3
"""Re-score a sosanh compare JSON against the S6 auditor's section verdicts.

usage: python3 score_sections.py N FILE.json [--bin SOSANH_BINARY] [-v]

N = pair number (1..3); verdicts are read from sections_pairN.json next to this script.
Sections are located by path; when a path is not in the compare JSON (the outline changed),
the script runs `BIN outline --format json` on both documents (BIN from --bin, $SOSANH_BIN, or
the audit binary) and re-finds the section by heading / first words, then by unique path suffix.
Rules: 'same' is right when the matched entry holding the section also holds every required
partner, and no other section on the other side that the verdicts call absent or 'same as
something else'.  'absent' is right when the entry holding it is new/dropped.  'unclear' is
not scored.  The LAST line is `TOTAL right/judged = R/J`.
"""
import json, os, re, subprocess, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_BINS = ['sosanh']

def norm(s):
    s = unicodedata.normalize('NFC', s or '').lower()
    s = re.sub(r'[…\.\s]+', ' ', s)
    return re.sub(r'\s+', ' ', s).strip()

def flat_outline(d):
    out = []
    def rec(s):
        h = s.get('heading') or ''
        t = ' '.join(x['text'] for x in s.get('tasks', []))
        out.append({'path': s['path'], 'heading': h, 'first': (h or t)[:120]})
        for c in s.get('children', []): rec(c)
    for s in d['sections']: rec(s)
    return out

def main():
    args = sys.argv[1:]
    verbose = '-v' in args
    args = [a for a in args if a != '-v']
    binp = os.environ.get('SOSANH_BIN')
    if '--bin' in args:
        i = args.index('--bin'); binp = args[i + 1]; del args[i:i + 2]
    if len(args) != 2:
        print(__doc__); sys.exit(2)
    n, cfile = int(args[0]), args[1]
    ver = json.load(open(os.path.join(HERE, f'sections_pair{n}.json')))
    cmp_ = json.load(open(cfile))
    entries = cmp_['sections']
    where = {'old': {}, 'new': {}}
    for i, e in enumerate(entries):
        for side in ('old', 'new'):
            for p in e[side]:
                where[side][tuple(p)] = i
    # optional outline of the current build, for re-finding moved sections
    cur = None
    def load_cur():
        nonlocal cur
        if cur is not None: return cur
        cur = {}
        b = binp or next((x for x in DEFAULT_BINS if os.path.exists(x)), None)
        for side, f in (('old', ver['old_file']), ('new', ver['new_file'])):
            try:
                out = subprocess.run([b, 'outline', '--format', 'json', f], capture_output=True, text=True, check=True).stdout
                cur[side] = flat_outline(json.loads(out))
            except Exception as ex:
                cur[side] = []
        return cur
    def resolve(side, path, heading, first):
        t = tuple(path)
        if t in where[side]: return t, 'path'
        c = load_cur().get(side, [])
        key_h, key_f = norm(heading), norm(first)
        cands = [tuple(x['path']) for x in c if key_h and norm(x['heading']) == key_h and tuple(x['path']) in where[side]]
        if len(cands) > 1:
            cands = [p for p in cands if p[-1] == t[-1]] or cands
        if len(cands) == 1: return cands[0], 'heading'
        cands = [tuple(x['path']) for x in c if key_f and norm(x['first'])[:80] == key_f[:80] and tuple(x['path']) in where[side]]
        if len(cands) == 1: return cands[0], 'first-words'
        for k in range(len(t) - 1, 0, -1):
            suf = t[-k:]
            cands = [p for p in where[side] if p[-k:] == suf]
            if len(cands) == 1: return cands[0], 'suffix'
        # via descendants: if the children were re-found under one common parent, use it
        kids = [tuple(v['path']) for v in ver['sections'] if v['side'] == side and len(v['path']) > len(t) and tuple(v['path'][:len(t)]) == t]
        pref = set()
        for kp in kids:
            if kp in where[side]: continue  # unchanged child says nothing
            for k in range(len(kp) - len(t), 0, -1):
                cands = [p for p in where[side] if len(p) == len(kp) and p[-k:] == kp[-k:]]
                if len(cands) == 1: pref.add(cands[0][:len(t)]); break
        if len(pref) == 1 and next(iter(pref)) in where[side]: return next(iter(pref)), 'children'
        return None, 'missing'
    # resolve every verdict section and every partner
    vs = ver['sections']
    res = {}
    for v in vs:
        res[id(v)] = resolve(v['side'], v['path'], v['heading'], v['first'])
    # map current path -> verdict (for the "clearly not the same" test)
    by_cur = {'old': {}, 'new': {}}
    for v in vs:
        p = res[id(v)][0]
        if p is not None: by_cur[v['side']][p] = v
    tot_r = tot_j = 0
    lines = []
    for side in ('old', 'new'):
        other = 'new' if side == 'old' else 'old'
        r = j = u = 0
        for v in vs:
            if v['side'] != side: continue
            if v['verdict'] == 'unclear': u += 1; continue
            j += 1
            p, how = res[id(v)]
            name = '.'.join(v['path'])
            if p is None:
                lines.append(f'  WRONG {side} {name}: section not found in compare output'); continue
            e = entries[where[side][p]]
            got = [tuple(x) for x in e[other]]
            said = f"{e['status']} with [{', '.join('.'.join(x) for x in got)}]" if got else e['status']
            if v['verdict'] == 'absent':
                ok = e['status'] != 'matched'
            else:
                req = [resolve(other, q['path'], q['heading'], q['first'])[0] for q in v['partners']]
                okp = set(resolve(other, q['path'], q['heading'], q['first'])[0] for q in v.get('also_ok', [])) | set(req)
                ok = e['status'] == 'matched' and all(q is not None and q in got for q in req)
                if ok:
                    for g in got:
                        if g in okp: continue
                        gv = by_cur[other].get(g)
                        if gv is None: continue
                        if gv['verdict'] == 'absent':
                            ok = False
                        elif gv['verdict'] == 'same':
                            mine = [tuple(q['path']) for q in gv['partners'] + gv.get('also_ok', [])]
                            if tuple(v['path']) not in mine: ok = False
            if ok: r += 1
            want = v['verdict'] if v['verdict'] == 'absent' else 'same as ' + ' + '.join('.'.join(q['path']) for q in v['partners'])
            if not ok or verbose:
                lines.append(f"  {'ok   ' if ok else 'WRONG'} {side} {name} [{v['first'][:50]}] want {want}; sosanh: {said}" + ('' if how == 'path' else f' (found by {how})'))
        print(f'pair {n} {side}: judged {j}, right {r}, wrong {j - r}, unclear {u}')
        tot_r += r; tot_j += j
    for l in lines: print(l)
    print(f'TOTAL right/judged = {tot_r}/{tot_j}')

main()
