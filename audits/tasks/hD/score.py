#!/usr/bin/env python3
"""Re-score a sosanh `compare --format json` output against hand verdicts.
usage: python3 score.py PAIRNO FILE.json [-v]
Verdicts are read from verdicts_pair<PAIRNO>.json next to this script. Tasks are found by their
opening text (normalised), not by path/number, so renumbering in a later build does not matter.
Rules: verdict 'same' is right iff sosanh gives the task at least one partner and every partner
is one of the accepted partners; 'absent' is right iff sosanh reports it new/dropped;
'unclear' is not scored."""
import json,sys,os,re,unicodedata,collections
def norm(s):
    s=unicodedata.normalize('NFC',s).lower()
    s=re.sub(r'[\s|]+',' ',s)
    return s.strip()
KEY=60
def find(key_text,path,cands):
    """cands: list of (normtext, pathstr, id). return id or None"""
    k=norm(key_text)[:KEY]
    hits=[c for c in cands if c[0].startswith(k)]
    if not hits: hits=[c for c in cands if k in c[0]]
    if not hits and len(k)>=30:
        k2=k[:30]; hits=[c for c in cands if c[0].startswith(k2)]
    if len(hits)>1:
        last=path.split(' > ')[-1]
        h2=[c for c in hits if c[1].split(' > ')[-1]==last]
        if h2: hits=h2
    return hits[0][2] if hits else None
def partner_ok(ptext,accepted):
    p=norm(ptext)
    for a in accepted:
        a=norm(a)
        k=min(len(a),len(p),KEY)
        if k>=12 and (p[:k]==a[:k] or a[:KEY] in p or p[:KEY] in a): return True
    return False
def main():
    pair=sys.argv[1]; f=sys.argv[2]; verbose='-v' in sys.argv
    here=os.path.dirname(os.path.abspath(__file__))
    V=json.load(open(os.path.join(here,'verdicts_pair%s.json'%pair)))
    C=json.load(open(f))
    side_tasks={'old':{},'new':{}}   # id -> (normtext, path, text)
    links={'old':collections.defaultdict(list),'new':collections.defaultdict(list)}
    status={'old':collections.defaultdict(list),'new':collections.defaultdict(list)}
    for t in C['tasks']:
        ids={}
        for s in ('old','new'):
            x=t.get(s)
            if x:
                i=(s,' > '.join(x['path']),x['number'])
                side_tasks[s][i]=(norm(x['text']),' > '.join(x['path']),x['text']); ids[s]=i
        for s,o in (('old','new'),('new','old')):
            if s in ids:
                status[s][ids[s]].append(t['status'])
                if o in ids: links[s][ids[s]].append(side_tasks[o][ids[o]][2])
    cands={s:[(v[0],v[1],k) for k,v in side_tasks[s].items()] for s in side_tasks}
    tally=collections.Counter(); wrong=[]; missing=[]
    for v in V['tasks']:
        s=v['side']
        if v['verdict']=='unclear': tally[s,'unclear']+=1; continue
        i=find(v['text'],v['path'],cands[s])
        if i is None: missing.append(v); tally[s,'missing']+=1; continue
        ps=links[s][i]
        if v['verdict']=='absent':
            ok=not ps
        else:
            acc=[p['text'] for p in v['partners']]
            ok=bool(ps) and all(partner_ok(p,acc) for p in ps)
        tally[s,'right' if ok else 'wrong']+=1
        if not ok: wrong.append((v,status[s][i],ps))
    for s in ('old','new'):
        j=tally[s,'right']+tally[s,'wrong']
        print(f"{s}: judged {j}  right {tally[s,'right']}  wrong {tally[s,'wrong']}  unclear {tally[s,'unclear']}  not found {tally[s,'missing']}")
    R=tally['old','right']+tally['new','right']; J=R+tally['old','wrong']+tally['new','wrong']
    print(f"TOTAL right/judged = {R}/{J} = {R/J:.1%}" if J else "nothing judged")
    if verbose:
        for v,st,ps in wrong:
            exp='absent' if v['verdict']=='absent' else 'same as '+' / '.join(p['id']+' '+p['text'][:50] for p in v['partners'])
            print(f"WRONG {v['id']} [{v['path']}] {v['text'][:70]!r}\n   expected {exp}\n   sosanh: {st} -> {[p[:60] for p in ps]}")
        for v in missing: print('NOT FOUND',v['id'],v['text'][:70])
if __name__=='__main__': main()
