#!/usr/bin/env python3
"""Re-score a sosanh compare JSON against hand verdicts.

usage: python3 score_sections.py N FILE.json [--old-outline O.json --new-outline N.json] [-v]

Verdicts come from sections_pairN.json next to this script. Each verdict section is located in FILE.json
by path; the heading is checked when headings of the scored build are available (from --old/--new-outline
JSON files of the SAME build - best -, or by running `$SOSANH_BIN outline --format json` (default
sosanh on the PATH; point SOSANH_BIN at the build being scored), else from the first task
text per path in FILE.json, matched against each section's stored first task). If the path is
missing or its heading disagrees, the section is searched by heading text. Unresolvable judged sections
count as wrong.
"""
import json, os, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

def norm(s):
    s = unicodedata.normalize('NFC', s or '').lower()
    s = re.sub(r'\s+', ' ', s).strip()
    return s.rstrip(' .:;,…')

def same_heading(a, b):
    a, b = norm(a), norm(b)
    if not a or not b:
        return False
    k = min(len(a), len(b), 80)
    if k < 12:
        return a == b
    return a[:k] == b[:k]

def outline_headings(js):
    res = {}
    def rec(s):
        h = s.get('heading') or ''
        if not h:
            t = s.get('tasks') or []
            h = t[0]['text'] if t else ''
        res[tuple(s['path'])] = h[:120]
        for c in s.get('children', []):
            rec(c)
    for s in js.get('sections', []):
        rec(s)
    return res

def get_headings(cmp, side, given):
    if given:
        return outline_headings(json.load(open(given)))
    binp = os.environ.get('SOSANH_BIN', 'sosanh')
    f = cmp.get(side, {}).get('file')
    if f and os.path.exists(binp) and os.path.exists(f):
        try:
            r = subprocess.run([binp, 'outline', '--format', 'json', f], capture_output=True, text=True, timeout=120)
            if r.returncode == 0:
                return outline_headings(json.loads(r.stdout))
        except Exception:
            pass
    # fallback: first task text of each path
    res = {}
    for t in cmp.get('tasks', []):
        x = t.get(side)
        if x and x.get('path') is not None:
            res.setdefault(tuple(x['path']), x.get('text', '')[:120])
    return res

def main():
    a = sys.argv[1:]
    verbose = '-v' in a
    a = [x for x in a if x != '-v']
    oo = no = None
    if '--old-outline' in a:
        i = a.index('--old-outline'); oo = a[i + 1]; del a[i:i + 2]
    if '--new-outline' in a:
        i = a.index('--new-outline'); no = a[i + 1]; del a[i:i + 2]
    n, fn = a[0], a[1]
    V = json.load(open(os.path.join(HERE, f'sections_pair{n}.json')))
    cmp = json.load(open(fn))
    entries = cmp['sections']
    where = {'old': {}, 'new': {}}
    for i, e in enumerate(entries):
        for side in ('old', 'new'):
            for p in e.get(side, []):
                where[side][tuple(p)] = i
    heads = {'old': get_headings(cmp, 'old', oo), 'new': get_headings(cmp, 'new', no)}
    tasktext = {'old': {}, 'new': {}}
    for t in cmp.get('tasks', []):
        for side in ('old', 'new'):
            x = t.get(side)
            if x and x.get('path') is not None:
                tasktext[side].setdefault(tuple(x['path']), x.get('text', '')[:120])

    info = {'old': {}, 'new': {}}
    for s_ in V['sections']:
        info[s_['side']][tuple(s_['path'])] = (s_['heading'], s_.get('first_task', ''))
    _busy = set()

    def resolve(side, path, heading, first_task=''):
        path = tuple(path)
        W, Hs, Tk = where[side], heads[side], tasktext[side]
        if path in W:
            h = Hs.get(path)
            if h is None or not h or same_heading(h, heading):
                return path
        cands = [p for p, h in Hs.items() if p in W and same_heading(h, heading)]
        if not cands and first_task:
            cands = [p for p, h in Tk.items() if p in W and same_heading(h, first_task)]
        if len(cands) == 1:
            return cands[0]
        if len(cands) > 1:
            def score(p):
                s = 0
                for x, y in zip(reversed(p), reversed(path)):
                    if x != y: break
                    s += 1
                return (s, -abs(len(p) - len(path)))
            cands.sort(key=score, reverse=True)
            if path in cands:
                return path
            return cands[0]
        if path in W:
            return path   # heading changed but path present: trust path
        # structural fallbacks: (1) resolved parent + same last label; (2) common parent of resolved children
        key = (side, path)
        if key in _busy:
            return None
        _busy.add(key)
        try:
            if len(path) > 1 and path[:-1] in info[side]:
                pp = resolve(side, path[:-1], *info[side][path[:-1]])
                if pp and pp + (path[-1],) in W:
                    return pp + (path[-1],)
            kids = [q for q in info[side] if len(q) == len(path) + 1 and q[:-1] == path]
            pars = set()
            for q in kids[:4]:
                rq = resolve(side, q, *info[side][q])
                if rq and len(rq) > 1:
                    pars.add(rq[:-1])
            if len(pars) == 1:
                pr = pars.pop()
                if pr in W:
                    return pr
        finally:
            _busy.discard(key)
        return None

    stats = {}
    wrong = []
    for s in V['sections']:
        side, other = s['side'], ('new' if s['side'] == 'old' else 'old')
        st = stats.setdefault(side, {'sections': 0, 'judged': 0, 'right': 0, 'wrong': 0, 'unclear': 0})
        st['sections'] += 1
        if s['verdict'] == 'unclear':
            st['unclear'] += 1
            continue
        st['judged'] += 1
        label = f"{side} {'.'.join(s['path'])} [{s['heading'][:60]}]"
        p = resolve(side, s['path'], s['heading'], s.get('first_task', ''))
        if p is None:
            st['wrong'] += 1; wrong.append(f"WRONG {label}: not found in compare output"); continue
        e = entries[where[side][p]]
        got = [tuple(x) for x in e.get(other, [])]
        gots = set(got)
        if s['verdict'] == 'absent':
            ok = e.get('status') != 'matched' and not got
            why = f"expected absent, sosanh {e.get('status')} with {['.'.join(g) for g in got]}"
        else:
            P = [resolve(other, r['path'], r['heading'], r.get('first_task', '')) for r in s['partners']]
            P = set(x for x in P if x)
            T = set(x for x in (resolve(other, r['path'], r['heading'], r.get('first_task', '')) for r in s.get('tolerated', [])) if x)
            if e.get('status') != 'matched' or not got:
                ok = False
            elif s.get('need_all'):
                ok = P <= gots and gots <= (P | T)
            else:
                ok = bool(P & gots) and gots <= (P | T)
            why = (f"expected same as {['.'.join(x['path']) for x in s['partners']]}, "
                   f"sosanh {e.get('status')} with {['.'.join(g) for g in got]}")
        if ok:
            st['right'] += 1
            if verbose: print(f"ok    {label}")
        else:
            st['wrong'] += 1; wrong.append(f"WRONG {label}: {why}")
    for w in wrong:
        print(w)
    R = J = 0
    for side in ('old', 'new'):
        st = stats.get(side, {})
        print(f"{side}: sections={st.get('sections',0)} judged={st.get('judged',0)} right={st.get('right',0)} "
              f"wrong={st.get('wrong',0)} unclear={st.get('unclear',0)}")
        R += st.get('right', 0); J += st.get('judged', 0)
    print(f"TOTAL right/judged = {R}/{J}")

if __name__ == '__main__':
    main()
