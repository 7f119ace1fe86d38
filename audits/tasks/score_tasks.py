#!/usr/bin/env python3
"""Re-score a sosanh compare JSON against hand verdicts (`verdicts_pairN.json` of the audit directory:
the one $SOSANH_AUDIT_DIR names, as each directory's score.py sets it).  Usage: python3 score.py PAIRNO FILE.json
Tasks are identified by normalised opening text (first 60 chars, NFC, lowercase, word chars only) plus
occurrence rank among same-key tasks of that side (natural order of path/number, used only to break ties
between identical texts, e.g. the same step of procedure 1 and procedure 2).
same  -> right iff sosanh pairs the task with >=1 partner and all its partners are accepted partners.
absent-> right iff sosanh leaves it unpaired (new/dropped). unclear -> not judged."""
import json, os, re, unicodedata
def norm(s):
    s = unicodedata.normalize('NFC', s).lower()
    s = re.sub(r'_+', ' ', s)
    return ' '.join(re.findall(r'\w+', s))
def key(s): return norm(s)[:60]
def natkey(path, number):
    out=[]
    for p in list(path)+[str(number)]:
        out.append(tuple(int(c) if c.isdigit() else c for c in re.split(r'(\d+)', p)))
    return out
def aslist(x):
    if x is None: return []
    if isinstance(x, dict): return [x]
    return [y for y in x if isinstance(y, dict)]
def load(fn):
    """returns {side: {id: {'task':obj,'partners':set(ids),'status':set}}}, id=(key,occ)"""
    d = json.load(open(fn))
    tasks = {'old': {}, 'new': {}}   # (tuple(path),number) -> info
    for t in d['tasks']:
        olds, news = aslist(t.get('old')), aslist(t.get('new'))
        for side, objs, others in (('old', olds, news), ('new', news, olds)):
            for o in objs:
                k = (tuple(o['path']), o['number'], o['text'])
                e = tasks[side].setdefault(k, {'task': o, 'partners': [], 'status': set()})
                e['status'].add(t.get('status'))
                e['partners'] += [(tuple(x['path']), x['number'], x['text']) for x in others]
    # assign ids: (key, occurrence in natural path order)
    ids = {}
    res = {}
    for side in ('old', 'new'):
        groups = {}
        for k in tasks[side]:
            groups.setdefault(key(k[2]), []).append(k)
        res[side] = {}
        for g, ks in groups.items():
            ks.sort(key=lambda k: natkey(k[0], k[1]))
            for i, k in enumerate(ks):
                ids[(side, k)] = (g, i)
    for side in ('old', 'new'):
        other = 'new' if side == 'old' else 'old'
        for k, e in tasks[side].items():
            res[side][ids[(side, k)]] = {'task': e['task'], 'status': e['status'],
                                          'partners': set(ids[(other, p)] for p in e['partners'])}
    return res
import os, sys

# What the verdict writers share (each audit's make_verdicts.py keeps only its hand verdicts).
VERDICTS_NOTE = ("Tasks are found by key = first 60 chars of normalised text (NFC, lowercase, words only) and "
                 "occurrence = rank among same-key tasks on that side in natural order of (path, number). "
                 "path/number are informational.")


def outline_tasks(fn):
    """The tasks of an `outline --format json` file, depth-first (a section's tasks before its
    children's), each with its key and occurrence as `load` finds tasks."""
    d = json.load(open(fn)); out = []
    def walk(s):
        for i, t in enumerate(s.get('tasks', [])):
            out.append({'path': '/'.join(s['path']), 'pl': s['path'], 'number': i + 1, 'text': t['text']})
        for c in s.get('children', []): walk(c)
    for s in d['sections']: walk(s)
    groups = {}
    for t in out:
        t['key'] = key(t['text']); groups.setdefault(t['key'], []).append(t)
    for ts in groups.values():
        ts.sort(key=lambda t: natkey(t['pl'], t['number']))
        for i, t in enumerate(ts): t['occurrence'] = i
    return out


def verdict_entries(mine, other, same, unclear):
    """One side's verdicts from hand verdicts keyed by 1-based outline order: `same` maps a task
    to its partners' numbers on the other side, `unclear` is a set; every other task is absent."""
    fields = ('path', 'number', 'text', 'key', 'occurrence')
    res = []
    for n, t in enumerate(mine, 1):
        e = {k: t[k] for k in fields}
        if n in same:
            e['verdict'] = 'same'
            e['partners'] = [{k: other[p - 1][k] for k in fields} for p in same[n]]
        elif n in unclear:
            e['verdict'] = 'unclear'; e['partners'] = []
        else:
            e['verdict'] = 'absent'; e['partners'] = []
        res.append(e)
    return res


def write_verdicts(here, pair, files, old, new, old_verdicts, new_verdicts, both_ways=False):
    """Writes `verdicts_pair{pair}.json` in the audit directory `here` from both sides' tasks
    (`outline_tasks`) and hand verdicts (each side's `(same, unclear)`, as `verdict_entries` takes
    them; `files`: the old and new document paths) and prints each side's counts. No task is both
    same and unclear; with `both_ways`, every partner names its task back."""
    from collections import Counter
    for same, unclear in (old_verdicts, new_verdicts):
        assert not set(same) & set(unclear), set(same) & set(unclear)
    if both_ways:
        for a, b in ((old_verdicts[0], new_verdicts[0]), (new_verdicts[0], old_verdicts[0])):
            for n, ps in a.items():
                for q in ps:
                    assert q in b and n in b[q], (n, q)
    V = {'pair': pair, 'old_file': files[0], 'new_file': files[1],
         'note': VERDICTS_NOTE,
         'old': verdict_entries(old, new, *old_verdicts), 'new': verdict_entries(new, old, *new_verdicts)}
    with open(os.path.join(here, f'verdicts_pair{pair}.json'), 'w') as f:
        json.dump(V, f, ensure_ascii=False, indent=1)
    for side in ('old', 'new'):
        print(side, len(V[side]), Counter(e['verdict'] for e in V[side]))
    return V



def main():
    pair, fn = sys.argv[1], sys.argv[2]
    # The audit's directory: the one a shim names, else this script's own.
    here = os.environ.get('SOSANH_AUDIT_DIR') or os.path.dirname(os.path.abspath(__file__))
    V = json.load(open(os.path.join(here, f'verdicts_pair{pair}.json')))
    res = load(fn)
    def lookup(side, k, occ):
        if (k, occ) in res[side]: return (k, occ)
        # fallback: prefix match either way (task cut slightly differently)
        cands = sorted({i for i in res[side] if len(min(i[0], k, key=len)) >= 15 and (i[0].startswith(k) or k.startswith(i[0]))},
                       key=lambda i: (i[0], i[1]))
        cands = [c for c in cands]
        return cands[occ] if occ < len(cands) else None
    tot_r = tot_j = 0
    for side in ('old', 'new'):
        other = 'new' if side == 'old' else 'old'
        r = j = unc = miss = 0
        for e in V[side]:
            if e['verdict'] == 'unclear':
                unc += 1; continue
            i = lookup(side, e['key'], e['occurrence'])
            j += 1
            if i is None:
                miss += 1
                print(f'  [{side}] NOT FOUND (counted wrong): {e["path"]}#{e["number"]} {e["text"][:70]}')
                continue
            parts = res[side][i]['partners']
            if e['verdict'] == 'absent':
                ok = not parts
            else:
                acc = set()
                for p in e['partners']:
                    pi = lookup(other, p['key'], p['occurrence'])
                    if pi: acc.add(pi)
                ok = bool(parts) and parts <= acc
            if ok: r += 1
            else:
                got = '; '.join(f'{"/".join(res[other][p]["task"]["path"])}#{res[other][p]["task"]["number"]} {res[other][p]["task"]["text"][:50]}' for p in parts) or 'unpaired'
                want = 'absent' if e['verdict'] == 'absent' else ' / '.join(f'{p["path"]}#{p["number"]}' for p in e['partners'])
                print(f'  [{side}] WRONG {e["path"]}#{e["number"]} "{e["text"][:60]}" | want: {want} | sosanh: {got}')
        print(f'{side}: tasks={len(V[side])} judged={j} right={r} wrong={j-r} unclear={unc} notfound={miss}')
        tot_r += r; tot_j += j
    print(f'TOTAL right/judged = {tot_r}/{tot_j}')
if __name__ == '__main__':
    main()
