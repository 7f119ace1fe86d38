#!/usr/bin/env python3
"""Writes verdicts_pair1.json from hand verdicts below. Task labels are 'path#n' (n = 1-based index of the task
inside its section in `sosanh outline --format json`).  Usage: python3 make_verdicts.py OLD_OUTLINE.json NEW_OUTLINE.json"""
import json, re, sys, unicodedata, os
def norm(s):
    s = unicodedata.normalize('NFC', s).lower(); s = re.sub(r'_+', ' ', s)
    return ' '.join(re.findall(r'\w+', s))
def key(s): return norm(s)[:60]
def natkey(path, number):
    return [tuple(int(c) if c.isdigit() else c for c in re.split(r'(\d+)', p)) for p in list(path) + [str(number)]]
def tasks(fn):
    out = []
    def walk(secs):
        for s in secs:
            for i, t in enumerate(s.get('tasks', [])):
                out.append({'path': '/'.join(s['path']), 'pl': s['path'], 'number': i + 1, 'text': t['text']})
            walk(s.get('children', []))
    walk(json.load(open(fn))['sections'])
    groups = {}
    for t in out:
        t['key'] = key(t['text']); groups.setdefault(t['key'], []).append(t)
    for ts in groups.values():
        ts.sort(key=lambda t: natkey(t['pl'], t['number']))
        for i, t in enumerate(ts): t['occurrence'] = i
    return {f"{t['path']}#{t['number']}": t for t in out}
P = 'PL1/Chương '
# ---- hand verdicts: label -> ('same', [partners]) | 'absent' | 'unclear'.  Labels without 'Điều 1#1'-style
# decision prefix are abbreviated: 'I/1/1#1' = 'PL1/Chương I/Điều 1/1#1'.
def L(a):
    if a.startswith('Điều'): return a
    ch, rest = a.split('/', 1)
    return P + ch + '/Điều ' + rest
S = lambda *p: ('same', list(p))
A, U = 'absent', 'unclear'
OLD = {
 'Điều 1#1': S('Điều 1#1'), 'Điều 2#1': S('Điều 2#1'), 'Điều 3#1': S('Điều 3#1'),
 'I/1/1#1': S('I/1/1#1'), 'I/1/2#1': A, 'I/1/3#1': S('I/1/2#1'),
 'I/2#1': S('I/2/1#1'),
 'I/3/1#1': S('I/4/5#1'), 'I/3/1#2': S('II/8/5#1', 'II/7#1'), 'I/3/2#1': S('I/4/2#1'),
 'I/3/3#1': U, 'I/3/3#2': U,
 'I/4/1#1': A, 'I/4/2#1': A, 'I/4/2#2': A, 'I/4/2#3': U, 'I/4/3/a#1': A, 'I/4/3/b#1': A,
 'I/4/4/a#1': A, 'I/4/4/b#1': A, 'I/4/4/c#1': A, 'I/4/4/d#1': A,
 'I/5/1#1': S('II/7#1'), 'I/5/2#1': U, 'I/5/3#1': U,
 'II/6/1#1': U, 'II/6/2#1': U, 'II/6/3#1': A, 'II/6/4#1': U, 'II/6/5#1': A, 'II/6/5#2': A, 'II/6/6#1': U,
 'II/7/1#1': A, 'II/7/2#1': U, 'II/7/3#1': A, 'II/7/4#1': A, 'II/7/5#1': A, 'II/7/5#2': A,
 'II/8/1#1': A, 'II/8/2#1': U,
 'II/9/1#1': U, 'II/9/2#1': A, 'II/9/3#1': U, 'II/9/4#1': A, 'II/9/4#2': A,
 'III/10/1#1': S('III/13/2#1'), 'III/10/2#1': A, 'III/10/2#2': A, 'III/10/3#1': A,
 'III/10/4#1': A, 'III/10/4#2': A, 'III/10/4#3': A, 'III/10/5#1': U,
 'III/10/5/a#1': A, 'III/10/5/b#1': A, 'III/10/5/c#1': A,
 'III/11/1#1': U, 'III/11/2#1': A, 'III/11/2/a#1': A, 'III/11/2/b#1': A, 'III/11/2/c#1': U,
 'III/11/3#1': A, 'III/11/4#1': S('III/16/1#1', 'II/8/4#2'), 'III/11/4#2': A, 'III/11/5#1': U, 'III/11/6#1': A,
 'III/11/7/a#1': A, 'III/11/7/b#1': A, 'III/11/7/c#1': A,
 'III/12/1#1': U, 'III/12/2#1': A, 'III/12/2#2': A,
 'III/13/1#1': U, 'III/13/2#1': A, 'III/13/3/a#1': A, 'III/13/3/a#2': A, 'III/13/3/b#1': A,
 'III/13/3/c#1': A, 'III/13/3/c#2': A, 'III/13/3/d#1': U, 'III/13/3/đ#1': A,
 'III/13/3/e#1': A, 'III/13/3/e#2': A, 'III/13/3/e#3': A,
 'III/13/3/f#1': U, 'III/13/3/f#2': A, 'III/13/3/f#3': A, 'III/13/3/f#4': A, 'III/13/3/f#5': A,
 'III/14/1#1': U, 'III/14/2#1': A, 'III/14/2#2': A, 'III/14/3#1': U, 'III/14/4#1': A,
 'III/14/5#1': U, 'III/14/5#2': A, 'III/14/6#1': U,
 'III/14/7/a#1': A, 'III/14/7/a#2': A, 'III/14/7/b#1': A, 'III/14/7/b#2': A,
 'III/15/1#1': A, 'III/15/1#2': A, 'III/15/1/a#1': A, 'III/15/1/b#1': A, 'III/15/1/c#1': A, 'III/15/1/d#1': A,
 'III/15/2#1': A, 'III/15/2#2': A, 'III/15/2/a#1': A, 'III/15/2/b#1': A, 'III/15/2/c#1': A,
 'III/15/2/d#1': A, 'III/15/2/đ#1': A, 'III/15/3#1': A,
 'III/16/1#1': A, 'III/16/2#1': A,
 'III/17/1#1': U, 'III/17/1#2': S('III/14#1'), 'III/17/2#1': A,
 'IV/18/1#1': U, 'IV/18/2#1': U, 'IV/18/3#1': S('III/20#1'),
}
NEW = {
 'Điều 1#1': S('Điều 1#1'), 'Điều 2#1': S('Điều 2#1'), 'Điều 3#1': S('Điều 3#1'),
 'I/1/1#1': S('I/1/1#1'), 'I/1/2#1': S('I/1/3#1'),
 'I/2/1#1': S('I/2#1'), 'I/2/2#1': A,
 'I/3#1': A, 'I/3/1#1': A, 'I/3/2#1': A, 'I/3/3#1': A, 'I/3/4#1': A, 'I/3/5#1': A, 'I/3/6#1': A, 'I/3/7#1': A,
 'I/4/1#1': A, 'I/4/2#1': S('I/3/2#1'), 'I/4/3#1': A, 'I/4/4#1': A, 'I/4/5#1': S('I/3/1#1'), 'I/4/6#1': A, 'I/4/7#1': U,
 'II/5/1#1': U, 'II/5/2#1': A, 'II/5/3#1': A,
 'II/6/1#1': A, 'II/6/2#1': A, 'II/6/2#2': A, 'II/6/2#3': A, 'II/6/3#1': A, 'II/6/4#1': A,
 'II/7#1': S('I/5/1#1', 'I/3/1#2', 'I/5/2#1'),
 'II/8/1#1': A, 'II/8/1#2': U, 'II/8/2#1': U, 'II/8/3/a#1': A, 'II/8/3/b#1': U, 'II/8/3/c#1': A,
 'II/8/3/d#1': U, 'II/8/3/d#2': U, 'II/8/3/đ#1': A, 'II/8/4#1': U, 'II/8/4#2': U,
 'II/8/5#1': S('I/3/1#2', 'I/5/2#1'), 'II/8/5#2': U,
 'II/9#1': A, 'II/9#2': A, 'II/9#3': A,
 'II/10/1#1': A, 'II/10/2#1': U, 'II/10/3#1': A, 'II/10/3#2': A, 'II/10/3#3': A,
 'II/11#1': A,
 'III/12/1/a#1': A, 'III/12/1/a#2': A, 'III/12/1/b#1': A, 'III/12/1/c#1': U, 'III/12/1/d#1': A,
 'III/12/1/đ#1': A, 'III/12/1/đ#2': A, 'III/12/1/e#1': A, 'III/12/1/g#1': U,
 'III/12/2/a#1': A, 'III/12/2/b#1': A, 'III/12/2/c#1': A, 'III/12/2/d#1': A,
 'III/13/1#1': A, 'III/13/2#1': S('III/10/1#1', 'II/6/2#1'),
 'III/14#1': S('III/17/1#2', 'III/17/1#1', 'I/3/3#2'),
 'III/15/1#1': U, 'III/15/2#1': A,
 'III/16/1#1': S('III/11/4#1'), 'III/16/2#1': A, 'III/16/3#1': A,
 'III/17#1': A,
 'III/18/1#1': A, 'III/18/2#1': A, 'III/18/2#2': A, 'III/18/3#1': A, 'III/18/4#1': U, 'III/18/5#1': A,
 'III/18/6#1': U, 'III/18/7#1': A,
 'III/19/1#1': A, 'III/19/1#2': A, 'III/19/2#1': A, 'III/19/3#1': A,
 'III/20#1': S('IV/18/3#1'),
}
def main():
    to, tn = tasks(sys.argv[1]), tasks(sys.argv[2])
    res = {'pair': 1, 'old_file': '/work/shared/real/be5392d4f50c27a6.txt', 'new_file': '/work/shared/real/de16a702fae1465d.txt',
           'note': 'Tasks are found by key = first 60 chars of normalised text (NFC, lowercase, words only) and occurrence = rank among same-key tasks on that side in natural order of (path, number). path/number are informational.',
           'old': [], 'new': []}
    for side, V, mine, other in (('old', OLD, to, tn), ('new', NEW, tn, to)):
        VV = {L(k): v for k, v in V.items()}
        missing = set(mine) - set(VV); extra = set(VV) - set(mine)
        assert not missing and not extra, (side, sorted(missing), sorted(extra))
        for lab, t in mine.items():
            v = VV[lab]
            e = {k: t[k] for k in ('path', 'number', 'text', 'key', 'occurrence')}
            e['text'] = t['text'][:200]
            if isinstance(v, tuple):
                e['verdict'] = 'same'; e['partners'] = []
                for p in v[1]:
                    q = other[L(p)]
                    e['partners'].append({k: q[k] for k in ('path', 'number', 'text', 'key', 'occurrence')})
                    e['partners'][-1]['text'] = q['text'][:200]
            else:
                e['verdict'] = v
            res[side].append(e)
    here = os.path.dirname(os.path.abspath(__file__))
    json.dump(res, open(os.path.join(here, 'verdicts_pair1.json'), 'w'), ensure_ascii=False, indent=1)
    for side in ('old', 'new'):
        from collections import Counter
        print(side, len(res[side]), Counter(e['verdict'] for e in res[side]))
main()
