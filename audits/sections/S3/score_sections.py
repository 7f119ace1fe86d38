#!/usr/bin/env python3
"""Re-score a sosanh compare JSON against auditor S3's section verdicts.

usage: python3 score_sections.py N COMPARE.json [--old-outline O.json --new-outline N.json] [--bin SOSANH] [-v]

Sections are located by path AND heading: the current build's outlines (given, or produced by running
`SOSANH outline --format json` on the files named in the compare JSON; SOSANH = --bin, $SOSANH or the
audit binary) map paths to headings (heading, else first 120 chars of the first task).  A verdict section
is found (1) at its recorded path if the heading there still matches, else (2) at the unique section on
that side with the same normalised heading (preferring the same last label), else (3) at its recorded
path if that path exists, else it is 'not found' (counted as judged and wrong).
Rule: same -> right iff the compare entry holding the section is 'matched', its other side holds >= 1
accepted partner and every other-side section in it is a partner or tolerated.  absent -> right iff the
entry is new/dropped.  unclear -> not scored.  Last line: TOTAL right/judged = R/J
"""
import json, os, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_BIN = 'sosanh'


def norm(s):
    s = unicodedata.normalize('NFC', s or '').lower()
    s = re.sub(r'[\s\u00a0]+', ' ', s)
    s = re.sub(r'[.…:;,\s]+$', '', s.strip())
    return s[:100]


def walk(secs):
    for s in secs:
        yield s
        yield from walk(s.get('children', []))


def text_of(s):
    h = (s.get('heading') or '').strip()
    if not h and s.get('tasks'):
        h = s['tasks'][0]['text']
    return re.sub(r'\s+', ' ', h)[:120]


def load_outline(path_json=None, doc=None, binary=None):
    if path_json:
        d = json.load(open(path_json))
    else:
        try:
            r = subprocess.run([binary, 'outline', '--format', 'json', doc], capture_output=True, text=True, timeout=300)
            d = json.loads(r.stdout)
        except Exception as ex:  # no outline: path-only matching
            print(f'warning: no outline for {doc} ({ex}); matching by path only', file=sys.stderr)
            return None
    return [(tuple(s['path']), text_of(s)) for s in walk(d['sections'])]


class Locator:
    def __init__(self, outline, compare_paths):
        self.outline = outline
        self.paths = set(compare_paths)
        if outline:
            self.head = {p: norm(h) for p, h in outline}
            self.byhead = {}
            for p, h in outline:
                self.byhead.setdefault(norm(h), []).append(p)

    def find(self, path, heading):
        path = tuple(path)
        if not self.outline:
            return path if path in self.paths else None
        h = norm(heading)
        if path in self.head and (self.head[path] == h or not h):
            return path
        cands = self.byhead.get(h, []) if h else []
        if len(cands) > 1:
            same_last = [c for c in cands if c[-1] == path[-1]]
            if len(same_last) == 1:
                cands = same_last
            else:
                same_depth = [c for c in (same_last or cands) if len(c) == len(path)]
                cands = same_depth if len(same_depth) == 1 else cands
        if len(cands) == 1:
            return cands[0]
        if path in self.head:
            return path
        return None


def main():
    a = sys.argv[1:]
    verbose = '-v' in a
    a = [x for x in a if x != '-v']
    opts = {}
    pos = []
    i = 0
    while i < len(a):
        if a[i] in ('--old-outline', '--new-outline', '--bin'):
            opts[a[i]] = a[i + 1]; i += 2
        else:
            pos.append(a[i]); i += 1
    n, cfile = int(pos[0]), pos[1]
    ver = json.load(open(os.path.join(HERE, f'sections_pair{n}.json')))
    cmp_ = json.load(open(cfile))
    binary = opts.get('--bin') or os.environ.get('SOSANH') or DEFAULT_BIN
    entry_of = {'old': {}, 'new': {}}
    for idx, e in enumerate(cmp_['sections']):
        for side in ('old', 'new'):
            for p in e[side]:
                entry_of[side][tuple(p)] = idx
    loc = {}
    for side in ('old', 'new'):
        doc = cmp_.get(side, {}).get('file') or os.path.join(os.environ.get('SOSANH_REAL') or os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../../shared/real'), ver[side + '_doc'] + '.txt')
        ol = load_outline(opts.get(f'--{side}-outline'), doc, binary)
        loc[side] = Locator(ol, entry_of[side].keys())
    stats = {s: [0, 0, 0] for s in ('old', 'new')}  # right, judged, unclear
    wrong = []
    for v in ver['sections']:
        side = v['side']; other = 'new' if side == 'old' else 'old'
        if v['verdict'] == 'unclear':
            stats[side][2] += 1
            continue
        stats[side][1] += 1
        p = loc[side].find(v['path'], v['heading'])
        ok = False
        said = 'not found'
        if p is not None and p in entry_of[side]:
            e = cmp_['sections'][entry_of[side][p]]
            said = f"{e['status']} -> {[' / '.join(x) for x in e[other]]}"
            if v['verdict'] == 'absent':
                ok = e['status'] in ('new', 'dropped')
            else:
                acc = {loc[other].find(q, h) for q, h in v['partners']} - {None}
                tol = {loc[other].find(q, h) for q, h in v.get('tolerated', [])} - {None}
                held = {tuple(x) for x in e[other]}
                ok = e['status'] == 'matched' and bool(held & acc) and held <= (acc | tol)
        if ok:
            stats[side][0] += 1
        else:
            exp = v['verdict'] if v['verdict'] == 'absent' else 'same as ' + '; '.join(' / '.join(q) for q, _ in v['partners'])
            wrong.append(f"WRONG {side} {' / '.join(v['path'])} [{v['heading'][:70]}] expected {exp}; sosanh: {said}")
    for w in wrong:
        print(w)
    for side in ('old', 'new'):
        r, j, u = stats[side]
        print(f'pair{n} {side}: right/judged = {r}/{j}  (unclear {u})')
    R = sum(s[0] for s in stats.values()); J = sum(s[1] for s in stats.values())
    print(f'TOTAL right/judged = {R}/{J}')


if __name__ == '__main__':
    main()
