#!/usr/bin/env python3
"""Re-score a sosanh compare JSON against the verdicts of this audit.

usage: python3 score.py N FILE.json      (N = pair number; verdicts_pairN.json sits next to this script)

Tasks are found by their normalised opening text (not by path), so renumbering does not matter.
Verdict 'same'   : right when sosanh pairs the task with one of the accepted partners (any status
                   other than new/dropped, one-to-one or inside a split/merge).
Verdict 'absent' : right when sosanh reports the task dropped (old side) / new (new side).
Verdict 'unclear': not scored.
A judged task that cannot be found in FILE.json (outline changed) is listed as UNMATCHED and left out
of the total (reported separately).
"""
import json, os, re, sys, unicodedata
from difflib import SequenceMatcher

HERE = os.path.dirname(os.path.abspath(__file__))


def norm(s):
    s = unicodedata.normalize('NFC', s or '').lower()
    s = re.sub(r'[“”"‘’\'«»]', ' ', s)
    s = s.strip()
    # leading numbering: "2.", "1.2.", "b)", "-", "+", "Điều 6."
    for _ in range(3):
        s = re.sub(r'^\s*(điều\s+\d+\s*[.:]|\d+(\.\d+)*\s*[.)]|[a-zđ]\s*\)|[-+•*])\s*', '', s)
    s = re.sub(r'[^\w%/]+', ' ', s)
    return re.sub(r'\s+', ' ', s).strip()[:200]


def sim(a, b):
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    k = min(len(a), len(b), 60)
    if k >= 15 and (a.startswith(b[:k]) or b.startswith(a[:k])):
        return 0.95
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def as_list(x):
    if x is None:
        return []
    if isinstance(x, list):
        return x
    return [x]


def load_compare(path):
    d = json.load(open(path, encoding='utf-8'))
    recs = {'old': [], 'new': []}  # each: dict(text, path, status, partners[list of texts])
    index = {'old': {}, 'new': {}}
    for t in d.get('tasks', []):
        st = t.get('status')
        olds, news = as_list(t.get('old')), as_list(t.get('new'))
        for side, mine, other in (('old', olds, news), ('new', news, olds)):
            for x in mine:
                key = ('/'.join(x.get('path', [])), x.get('number'), x.get('text', ''))
                if key in index[side]:
                    r = recs[side][index[side][key]]
                    r['partners'] += [o.get('text', '') for o in other]
                    r['statuses'].add(st)
                else:
                    index[side][key] = len(recs[side])
                    recs[side].append({'text': x.get('text', ''), 'n': norm(x.get('text', '')),
                                       'path': '/'.join(x.get('path', [])) + '#' + str(x.get('number')),
                                       'statuses': {st}, 'partners': [o.get('text', '') for o in other]})
    return recs


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    n, f = sys.argv[1], sys.argv[2]
    V = json.load(open(os.path.join(HERE, f'verdicts_pair{n}.json'), encoding='utf-8'))
    recs = load_compare(f)
    R = J = 0
    unmatched = 0
    for side in ('old', 'new'):
        absent_status = 'dropped' if side == 'old' else 'new'
        pool = recs[side]
        used = set()
        r = j = 0
        for v in V[side]:
            vn = norm(v['text'])
            best, bi = 0.0, None
            for i, rec in enumerate(pool):
                if i in used:
                    continue
                s = sim(vn, rec['n'])
                if s > best + 1e-9:
                    best, bi = s, i
            if v['verdict'] == 'unclear':
                if bi is not None and best >= 0.8:
                    used.add(bi)
                continue
            if bi is None or best < 0.8:
                unmatched += 1
                print(f"UNMATCHED {side} {v['path']}#{v['number']}: {v['text'][:70]}")
                continue
            used.add(bi)
            rec = pool[bi]
            j += 1
            if v['verdict'] == 'absent':
                ok = rec['statuses'] == {absent_status} or (absent_status in rec['statuses'] and not rec['partners'])
                ok = ok and not rec['partners']
                said = '/'.join(sorted(s for s in rec['statuses'] if s))
            else:
                acc = [norm(p) for p in v.get('partners', [])]
                got = [norm(p) for p in rec['partners']]
                ok = any(sim(a, g) >= 0.8 for a in acc for g in got)
                said = '/'.join(sorted(s for s in rec['statuses'] if s)) + (
                    ' with ' + ' + '.join(p[:50] for p in rec['partners']) if rec['partners'] else '')
            if ok:
                r += 1
            else:
                exp = 'absent' if v['verdict'] == 'absent' else 'same as ' + ' | '.join(
                    p[:50] for p in v.get('partners', []))
                print(f"WRONG {side} {v['path']}#{v['number']} [{v['text'][:60]}] expected {exp}; sosanh: {said}")
        print(f"{side}: right/judged = {r}/{j}")
        R += r
        J += j
    if unmatched:
        print(f"unmatched judged tasks (left out): {unmatched}")
    print(f"TOTAL right/judged = {R}/{J}")


if __name__ == '__main__':
    main()
