#!/usr/bin/env python3
"""Re-score a sosanh compare JSON against an audit's section verdicts (`sections_pairN.json` of the
directory $SOSANH_AUDIT_DIR names, as each directory's score_sections.py sets it; S7's scorer, shared).

usage: python3 score_sections.py N FILE.json [--bin SOSANH_BINARY] [-v]

N: pair number (1, 2, 3); FILE.json: `sosanh compare --format json OLD NEW` of that pair.
Sections are located by path AND heading.  With --bin (the build that produced FILE.json; default:
$SOSANH_BIN if set) the script runs `outline --format json` on both documents to learn that build's
headings: a verdict is placed on the section with the same path and heading, else on the section whose
heading/first text equals the verdict's (nearest path wins), else on the same path.  Without a binary
only paths are used.  A verdict section that cannot be placed is counted wrong ("unplaced").
Rule: "same" is right when the compare entry holding the section is matched, holds every accepted
partner on the other side and holds no other-side section judged clear-cut (same/absent) that does not
name it as partner; "absent" is right when the holding entry is new/dropped.  Unclear = not scored.
The last line is `TOTAL right/judged = R/J`.
"""
import json, os, sys, subprocess, re, unicodedata

# The audit's directory: the one a shim names, else this script's own.
HERE = os.environ.get('SOSANH_AUDIT_DIR') or os.path.dirname(os.path.abspath(__file__))
DOCS = os.environ.get('SOSANH_REAL') or os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../shared/real')

def norm(s):
    s = unicodedata.normalize('NFC', s or '').lower()
    return re.sub(r'\s+', ' ', re.sub(r'[“”"\'.,;:…]', ' ', s)).strip()

def flat(secs, out):
    for s in secs:
        txt = s.get('heading') or ''
        if not txt and s.get('tasks'):
            txt = s['tasks'][0]['text']
        out.append((tuple(s['path']), norm(s.get('heading') or ''), norm(txt[:120])))
        flat(s.get('children', []), out)
    return out


# What the verdict builders share (each audit's build_verdicts.py keeps only its hand verdicts).
RULE = ('same: entry must be matched, hold every partner, and hold no other-side section judged clear-cut '
        '(same/absent) that does not name this one; absent: entry must be new/dropped; unclear: not scored')


def verdict_table(secs, out=None):
    """Every section of an outline's sections, depth-first: path (a tuple) -> (heading, the heading or
    else the first task, cut at 120 characters), as the verdict files name sections."""
    out = {} if out is None else out
    for s in secs:
        h = s.get('heading') or ''
        t = h if h else (s['tasks'][0]['text'] if s.get('tasks') else '')
        out[tuple(s['path'])] = (h, t[:120])
        verdict_table(s.get('children', []), out)
    return out


def verdict_entry(side, p, table, partners, unc, tab_other):
    """One section's verdict: unclear (with its note) when `unc` names it, same with its partners
    when `partners` does, else absent."""
    h, t = table[p]
    if p in unc:
        v, ps = 'unclear', []
    elif p in partners:
        v, ps = 'same', [{'path': list(q), 'heading': tab_other[q][0], 'text': tab_other[q][1]} for q in partners[p]]
    else:
        v, ps = 'absent', []
    e = {'side': side, 'path': list(p), 'heading': h, 'text': t, 'verdict': v, 'partners': ps}
    if p in unc: e['note'] = unc[p]
    return e


def write_sections(here, pair, names, binary, tables, partners, unclear):
    """Checks an audit's hand verdicts against both outlines' tables (`verdict_table`: every
    section named is there, none both same and unclear), writes `sections_pair{pair}.json` in the
    audit directory `here` and prints the counts. `names`: the two documents' file names; `binary`:
    the build whose outlines were read; `partners`, `unclear`: each side's, keyed by paths (tuples, or
    strings 'PL1/Chương I/Điều 1')."""
    from collections import Counter
    def P(p):
        return tuple(p.split('/')) if isinstance(p, str) else tuple(p)
    (O, N) = tables
    po, pn = ({P(a): [P(b) for b in bs] for a, bs in side.items()} for side in partners)
    unclear_old, unclear_new = ({P(k): v for k, v in side.items()} for side in unclear)
    for d, T, U in ((po, O, unclear_old), (pn, N, unclear_new)):
        for p, qs in d.items():
            assert p in T, p; assert p not in U, p
        for p in U: assert p in T, p
    for p, qs in po.items():
        for q in qs: assert q in N, q
    for p, qs in pn.items():
        for q in qs: assert q in O, q
    secs = [verdict_entry('old', p, O, po, unclear_old, N) for p in O] + \
           [verdict_entry('new', p, N, pn, unclear_new, O) for p in N]
    out = {'pair': pair, 'old': names[0], 'new': names[1],
           'audit_binary': binary,
           'rule': RULE,
           'sections': secs}
    with open(os.path.join(here, f'sections_pair{pair}.json'), 'w') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    print(len(O), len(N), Counter((s['side'], s['verdict']) for s in secs))
    return out


def outline(binary, doc):
    r = subprocess.run([binary, 'outline', '--format', 'json', doc], capture_output=True, text=True)
    if r.returncode not in (0, 1):
        raise SystemExit(f'outline failed for {doc}: {r.stderr[:300]}')
    return flat(json.loads(r.stdout)['sections'], [])

def pathdist(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return (len(a) - i) + (len(b) - i)

def main():
    args = sys.argv[1:]
    verbose = '-v' in args
    args = [a for a in args if a != '-v']
    binary = os.environ.get('SOSANH_BIN')
    if '--bin' in args:
        i = args.index('--bin'); binary = args[i + 1]; del args[i:i + 2]
    n, cfile = int(args[0]), args[1]
    ver = json.load(open(os.path.join(HERE, f'sections_pair{n}.json')))
    cmp = json.load(open(cfile))
    holder = {}
    for i, e in enumerate(cmp['sections']):
        for side in ('old', 'new'):
            for p in e[side]:
                holder[(side, tuple(p))] = i
    present = {side: {p for (s, p) in holder if s == side} for side in ('old', 'new')}
    outl = None
    if binary:
        outl = {'old': outline(binary, os.path.join(DOCS, ver['old'])),
                'new': outline(binary, os.path.join(DOCS, ver['new']))}

    def place(side, path, heading, text):
        path = tuple(path)
        if outl is None:
            return path if path in present[side] else None
        h, t = norm(heading), norm(text)
        secs = outl[side]
        for p, hh, tt in secs:
            if p == path and ((h and hh == h) or (not h and tt == t)):
                return p
        cands = [p for p, hh, tt in secs if (h and hh == h) or (t and tt == t)]
        if cands:
            return min(cands, key=lambda p: pathdist(p, path))
        return path if path in present[side] else None

    secs = ver['sections']
    loc = {}
    for k, s in enumerate(secs):
        loc[k] = place(s['side'], s['path'], s['heading'], s['text'])
    back = {(s['side'], loc[k]): k for k, s in enumerate(secs) if loc[k] is not None}
    key = lambda s: (s['side'], tuple(s['path']))
    right = judged = 0
    wrong = []
    for k, s in enumerate(secs):
        if s['verdict'] == 'unclear':
            continue
        judged += 1
        other = 'new' if s['side'] == 'old' else 'old'
        p = loc[k]
        label = f"{s['side']} {'/'.join(s['path'])} [{(s['heading'] or s['text'])[:60]}] verdict={s['verdict']}"
        if p is None or (s['side'], p) not in holder:
            wrong.append(label + ' -> unplaced'); continue
        e = cmp['sections'][holder[(s['side'], p)]]
        ok = False
        if s['verdict'] == 'absent':
            ok = e['status'] in ('new', 'dropped') or not e[other]
        else:
            partners = [place(other, q['path'], q['heading'], q['text']) for q in s['partners']]
            members = {tuple(m) for m in e[other]}
            ok = e['status'] == 'matched' and all(q is not None and q in members for q in partners)
            if ok:
                mine = tuple(s['path'])
                for m in members:
                    j = back.get((other, m))
                    if j is None:
                        continue
                    t = secs[j]
                    if t['verdict'] == 'unclear' or m in partners:
                        continue
                    if t['verdict'] == 'same' and any(tuple(q['path']) == mine for q in t['partners']):
                        continue
                    ok = False
        if ok:
            right += 1
        else:
            wrong.append(label + f" -> sosanh {e['status']} old={['/'.join(x) for x in e['old']]} new={['/'.join(x) for x in e['new']]}")
    print(f'pair {n}: {cmp["old"]["file"]} -> {cmp["new"]["file"]}')
    for w in wrong:
        print('WRONG', w)
    print(f'TOTAL right/judged = {right}/{judged}')

if __name__ == '__main__':
    main()
