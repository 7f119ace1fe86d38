import json, re, unicodedata, sys
sys.path.insert(0, '.')
def norm(s):
    s = unicodedata.normalize('NFC', s).lower(); s = re.sub(r'_+', ' ', s)
    return ' '.join(re.findall(r'\w+', s))
def key(s): return norm(s)[:60]
def natkey(path, number):
    return [tuple(int(c) if c.isdigit() else c for c in re.split(r'(\d+)', p)) for p in list(path)+[str(number)]]
def tasks(fn):
    d = json.load(open(fn)); out = []
    def walk(secs):
        for s in secs:
            yield s; yield from walk(s.get('children', []))
    for s in walk(d['sections']):
        for i, t in enumerate(s.get('tasks', []), 1):
            out.append({'path': '/'.join(s['path']), 'pathl': s['path'], 'number': i, 'text': t['text']})
    groups = {}
    for t in out:
        t['key'] = key(t['text']); groups.setdefault(t['key'], []).append(t)
    for g in groups.values():
        g.sort(key=lambda t: natkey(t['pathl'], t['number']))
        for i, t in enumerate(g): t['occurrence'] = i
    return out
O = tasks('old_outline.json'); N = tasks('new_outline.json')
# same-pairs by 1-based running index (as in old_tasks.txt / new_tasks.txt)
pairs = [(1,1),(2,2),(3,3),(5,5),(6,6),(7,7),(8,10),(9,11),(10,12),(18,13),
         (100,144),(102,148),(103,142),(104,145),(105,146),(106,150),(106,151),(107,152),(108,147),(109,143),(110,153),
         (111,154),(112,155),(113,156),(114,157),(115,158),(116,159),(117,160),(118,161),
         (127,168),(128,169),(129,170),(130,171)]
unclear_old = {4, 22, 101}
unclear_new = {4, 59, 61}
def ent(t, verdict, partners=None):
    e = {'path': t['path'], 'number': t['number'], 'text': t['text'][:200], 'key': t['key'],
         'occurrence': t['occurrence'], 'verdict': verdict}
    if verdict == 'same':
        e['partners'] = [{'path': p['path'], 'number': p['number'], 'text': p['text'][:200],
                          'key': p['key'], 'occurrence': p['occurrence']} for p in partners]
    return e
res = {'pair': 1, 'old_file': '/work/shared/real/0f98ee482389e59e.txt', 'new_file': '/work/shared/real/b527d7996ed66f24.txt',
       'note': 'Tasks are found by key = first 60 chars of normalised text (NFC, lowercase, words only) and occurrence = rank among same-key tasks on that side in natural order of (path, number). path/number are informational.',
       'old': [], 'new': []}
for side, T, unc, idx in (('old', O, unclear_old, 0), ('new', N, unclear_new, 1)):
    other = N if side == 'old' else O
    for i, t in enumerate(T, 1):
        ps = [other[p[1-idx]-1] for p in pairs if p[idx] == i]
        v = 'same' if ps else ('unclear' if i in unc else 'absent')
        assert not (ps and i in unc)
        res[side].append(ent(t, v, ps))
json.dump(res, open('verdicts_pair1.json', 'w'), ensure_ascii=False, indent=1)
import collections
for s in ('old', 'new'): print(s, len(res[s]), collections.Counter(e['verdict'] for e in res[s]))
