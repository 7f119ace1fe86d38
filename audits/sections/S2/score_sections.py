#!/usr/bin/env python3
"""Re-score a sosanh compare JSON against the S2 auditor's section verdicts.

usage: python3 score_sections.py N COMPARE.json [--bin SOSANH_BINARY] [-v]

N = pair number (verdicts in sections_pairN.json next to this script).
Sections are located in the scored build by path AND heading: the build's
outline (headings, start lines) is obtained by running `BIN outline --format json`
on both documents (BIN = --bin, else $SOSANH_BIN, else the audited binary
sosanh on the PATH). Matching order per verdict section:
 1 same path + same heading; 2 same heading + same start line; 3 unique same heading;
 4 same start line + same last label; 5 same path (heading unknown/changed).
If no binary can be run, paths are used as-is.
Rules: 'same' is right when the entry holding the section holds >=1 member of every
need-group on the other side and no other-side section outside the accepted partners
whose own verdict is clear (same/absent). 'absent' is right when the entry is new/dropped.
Unclear sections are not scored. Last line: TOTAL right/judged = R/J
"""
import json, os, sys, subprocess, re, unicodedata
here = os.path.dirname(os.path.abspath(__file__))
args = [a for a in sys.argv[1:]]
verbose = '-v' in args
if verbose: args.remove('-v')
binp = None
if '--bin' in args:
    i = args.index('--bin'); binp = args[i+1]; del args[i:i+2]
if len(args) != 2:
    print(__doc__); sys.exit(2)
N, cfile = args
V = json.load(open(os.path.join(here, 'sections_pair%s.json' % N)))
C = json.load(open(cfile))
binp = binp or os.environ.get('SOSANH_BIN') or 'sosanh'

def norm(s):
    s = unicodedata.normalize('NFC', s or '').lower()
    return re.sub(r'\s+', ' ', re.sub(r'[^\w\s]', ' ', s)).strip()[:80]
K = lambda p: '.'.join(p)

def build_outline(fn):
    try:
        out = subprocess.run([binp, 'outline', '--format', 'json', fn], capture_output=True, text=True, timeout=120)
        d = json.loads(out.stdout)
    except Exception as e:
        return None
    res = []
    def rec(ss):
        for s in ss:
            h = s.get('heading') or ''
            if not h and s.get('tasks'): h = s['tasks'][0]['text']
            res.append({'path': K(s['path']), 'h': norm(h[:120]), 'start': s.get('lines', {}).get('start'),
                        'label': s['path'][-1]})
            rec(s.get('children', []))
    rec(d['sections']); return res

files = {'old': (C.get('old') or {}).get('file') or V['old_file'], 'new': (C.get('new') or {}).get('file') or V['new_file']}
# paths present in the compare JSON per side
present = {'old': set(), 'new': set()}
entry_of = {'old': {}, 'new': {}}
for i, e in enumerate(C['sections']):
    for side in ('old', 'new'):
        for p in e[side]:
            present[side].add(K(p)); entry_of[side][K(p)] = i

mapping = {'old': {}, 'new': {}}   # my path -> build path
how = {'old': {}, 'new': {}}
for side in ('old', 'new'):
    B = build_outline(files[side])
    mine = [s for s in V['sections'] if s['side'] == side]
    if B is None:
        for s in mine:
            mapping[side][K(s['path'])] = K(s['path']) if K(s['path']) in present[side] else None
            how[side][K(s['path'])] = 'path-only'
        continue
    bypath = {b['path']: b for b in B}
    used = set()
    for s in mine:
        k = K(s['path']); h = norm(s['heading']); st = s['lines']['start']; lab = s['path'][-1]
        cand = None; m = None
        if k in bypath and bypath[k]['h'] == h: cand, m = k, 'path+heading'
        if cand is None:
            c = [b['path'] for b in B if b['h'] == h and b['start'] == st and b['path'] not in used]
            if len(c) == 1: cand, m = c[0], 'heading+line'
        if cand is None:
            c = [b['path'] for b in B if b['h'] == h and b['path'] not in used]
            if len(c) == 1: cand, m = c[0], 'heading'
        if cand is None:
            c = [b['path'] for b in B if b['start'] == st and b['label'] == lab and b['path'] not in used]
            if len(c) == 1: cand, m = c[0], 'line+label'
        if cand is None and k in bypath: cand, m = k, 'path(heading changed)'
        mapping[side][k] = cand; how[side][k] = m
        if cand: used.add(cand)

# fallback when the outline's path is not in the compare JSON (e.g. outline from a different build):
# match by the label suffix starting at the last article label ('Điều N', ...), if unique.
def suffix(labels):
    idx = [i for i, l in enumerate(labels) if l.startswith('Điều')]
    return tuple(labels[idx[-1]:]) if idx else tuple(labels)
for side in ('old', 'new'):
    bysuf = {}
    for p in present[side]:
        bysuf.setdefault(suffix(p.split('.')), []).append(p)
    nfix = 0
    for s in V['sections']:
        if s['side'] != side: continue
        k = K(s['path']); bp = mapping[side].get(k)
        if bp in present[side]: continue
        c = bysuf.get(suffix(s['path']), [])
        if len(c) == 1:
            mapping[side][k] = c[0]; how[side][k] = 'label-suffix'; nfix += 1
    if nfix: print('note: %d %s sections located by label suffix (outline paths differ from compare paths; pass --bin of the same build)' % (nfix, side))
verdict_of = {(s['side'], K(s['path'])): s for s in V['sections']}
rev = {side: {v: k for k, v in mapping[side].items() if v} for side in ('old', 'new')}
tot = {'old': [0, 0, 0], 'new': [0, 0, 0]}  # right, judged, unmapped
wrong = []
for s in V['sections']:
    side = s['side']; oth = 'new' if side == 'old' else 'old'; k = K(s['path'])
    if s['verdict'] == 'unclear': continue
    bp = mapping[side].get(k)
    if not bp or bp not in entry_of[side]:
        tot[side][2] += 1; print('UNMAPPED', side, k, s['heading'][:60]); continue
    e = C['sections'][entry_of[side][bp]]
    held = {K(p) for p in e[oth]}
    tot[side][1] += 1
    if s['verdict'] == 'absent':
        ok = e['status'] in ('new', 'dropped') or not held
        why = '' if ok else 'sosanh matched it to ' + ', '.join(sorted(held))
    else:
        partners = {mapping[oth].get(m) for g in s['need'] for m in g} | {mapping[oth].get(m) for m in s['ok']}
        miss = [g for g in s['need'] if not any(mapping[oth].get(m) in held for m in g)]
        bad = []
        for hp in held:
            if hp in partners: continue
            mk = rev[oth].get(hp)
            vv = verdict_of.get((oth, mk)) if mk else None
            if vv and vv['verdict'] != 'unclear': bad.append(hp)
        ok = not miss and not bad
        why = ''
        if not ok:
            why = ('status %s; ' % e['status']) + ('sosanh holds: %s; ' % (', '.join(sorted(held)) or '-')) + \
                  ('missing: %s; ' % ' | '.join('/'.join(g) for g in miss) if miss else '') + \
                  ('excluded: %s' % ', '.join(sorted(bad)) if bad else '')
    if ok: tot[side][0] += 1
    else: wrong.append((side, k, s['heading'][:70], s['verdict'], why))
for w in wrong:
    print('WRONG %s %s [%s] verdict=%s :: %s' % w)
if verbose:
    for side in ('old', 'new'):
        for k, m in how[side].items():
            if m != 'path+heading': print('map', side, k, '->', mapping[side][k], '(%s)' % m)
for side in ('old', 'new'):
    r, j, u = tot[side]
    print('%s side: right/judged = %d/%d (unmapped %d)' % (side, r, j, u))
R = tot['old'][0] + tot['new'][0]; J = tot['old'][1] + tot['new'][1]
print('TOTAL right/judged = %d/%d' % (R, J))
