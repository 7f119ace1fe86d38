#!/usr/bin/env python3
"""Re-score sosanh's SECTION alignment against audited verdicts.

usage: python3 score_sections.py N COMPARE.json [--bin SOSANH_BINARY] [-v]

N = pair number (1..4); verdicts are read from sections_pairN.json next to this script.
COMPARE.json = output of `sosanh compare --format json OLD NEW` for that pair.

Section lookup: a verdict section is found in the build by path AND heading when an outline of the
build is available (--bin, or env SOSANH, runs `outline --format json` on the two documents);
if the path changed, it falls back to the heading text (normalised), then to the first task text,
then to the bare path. Without a binary it uses the path, checked / recovered with the task texts
carried in the compare JSON ("tasks": path + text).

A clear "same" is right when the matched entry holding the section also holds every accepted partner
on the other side and nothing on the other side that the verdicts call clearly not the same
(a section with a clear verdict that does not list this section as partner). A clear "absent" is right
when the entry holding the section is new/dropped. Unclear sections are not judged.
The LAST line is `TOTAL right/judged = R/J`.
"""
import json,os,sys,subprocess,re,unicodedata
HERE=os.path.dirname(os.path.abspath(__file__))

def norm(s):
    s=unicodedata.normalize('NFC',s or '').lower()
    s=re.sub(r'[\s\u00a0]+',' ',s)
    s=re.sub(r'[“”"\'‘’.,;:()\-–…]','',s)
    return s.strip()

def flat(secs,out):
    for s in secs:
        out.append(s); flat(s.get('children',[]),out)
    return out

def build_outline(binp,f):
    try:
        r=subprocess.run([binp,'outline','--format','json',f],capture_output=True,text=True,timeout=120)
        d=json.loads(r.stdout)
        res={}
        for s in flat(d['sections'],[]):
            h=s.get('heading') or ''
            if not h and s.get('tasks'): h=s['tasks'][0]['text']
            ft=(s.get('tasks') or [{}])[0].get('text') if s.get('tasks') else None
            res[tuple(s['path'])]=(h[:120],ft[:200] if ft else None)
        return res
    except Exception as e:
        print('warning: outline failed:',e,file=sys.stderr); return None

def main():
    args=sys.argv[1:]
    verbose='-v' in args; args=[a for a in args if a!='-v']
    binp=os.environ.get('SOSANH')
    if '--bin' in args:
        i=args.index('--bin'); binp=args[i+1]; del args[i:i+2]
    n=int(args[0]); cmp=json.load(open(args[1],encoding='utf-8'))
    V=json.load(open(os.path.join(HERE,f'sections_pair{n}.json'),encoding='utf-8'))
    # build-side sections present in compare
    entry_of={'old':{},'new':{}}
    for k,e in enumerate(cmp['sections']):
        for side in ('old','new'):
            for p in e.get(side) or []:
                entry_of[side][tuple(p)]=k
    # task texts per build path
    ttext={'old':{},'new':{}}
    for t in cmp.get('tasks',[]):
        for side in ('old','new'):
            x=t.get(side)
            if x and x.get('path') is not None:
                ttext[side].setdefault(tuple(x['path']),[]).append(norm(x.get('text',''))[:150])
    outl={'old':None,'new':None}
    if binp:
        outl['old']=build_outline(binp,V['old_file']); outl['new']=build_outline(binp,V['new_file'])
    def resolve(side,path,heading,first_task):
        path=tuple(path); O=outl[side]; nh=norm(heading)[:80]
        nft=norm(first_task)[:150] if first_task else None
        if O is not None:
            if path in O and norm(O[path][0])[:80]==nh: return path,'path+heading'
            c=[p for p,(h,ft) in O.items() if norm(h)[:80]==nh]
            if len(c)==1: return c[0],'heading'
            if len(c)>1:
                c2=[p for p in c if p[-1:]==path[-1:]] or c
                c2.sort(key=lambda p:(len(p)!=len(path),)); return c2[0],'heading(ambiguous)'
            if nft:
                c=[p for p,(h,ft) in O.items() if ft and norm(ft)[:150]==nft]
                if len(c)==1: return c[0],'first task'
            if path in O: return path,'path only'
            return None,'not found'
        # no outline: path, checked with tasks
        if nft:
            if path in ttext[side] and any(x==nft for x in ttext[side][path]): return path,'path+task'
            c=[p for p,xs in ttext[side].items() if nft in xs]
            if len(c)==1: return c[0],'task'
        if path in entry_of[side]: return path,'path only'
        return None,'not found'
    rp={}
    for s in V['sections']:
        rp[(s['side'],tuple(s['path']))]=resolve(s['side'],s['path'],s['heading'],s.get('first_task'))
    key_of={}  # build path -> verdict key
    for k,(p,how) in rp.items():
        if p is not None: key_of.setdefault((k[0],p),k)
    vmap={(s['side'],tuple(s['path'])):s for s in V['sections']}
    right=judged=0; counts={}
    for side in ('old','new'):
        other='new' if side=='old' else 'old'
        r=j=0
        for s in [x for x in V['sections'] if x['side']==side]:
            if s['verdict']=='unclear': continue
            j+=1; key=(side,tuple(s['path'])); bp,how=rp[key]
            ok=False; why=''
            if bp is None or bp not in entry_of[side]:
                why='section not found in compare JSON ('+how+')'
            else:
                e=cmp['sections'][entry_of[side][bp]]
                others=[tuple(p) for p in e.get(other) or []]
                if s['verdict']=='absent':
                    ok=e['status']!='matched'; why='' if ok else 'sosanh matched it with '+str(['/'.join(p) for p in others])
                else:
                    need=[rp[(other,tuple(q['path']))][0] for q in s['partners']]
                    miss=[q for q,b in zip(s['partners'],need) if b is None or b not in others]
                    bad=[]
                    for op in others:
                        vk=key_of.get((other,op))
                        if vk is None: continue
                        ov=vmap[vk]
                        if ov['verdict']=='unclear': continue
                        if ov['verdict']=='absent' or list(s['path']) not in [q['path'] for q in ov['partners']]:
                            if op not in need: bad.append('/'.join(op))
                    ok=e['status']=='matched' and not miss and not bad
                    if not ok:
                        why=f"status={e['status']} partner(s) missing={['/'.join(q['path']) for q in miss]} wrongly grouped={bad} entry other side={['/'.join(p) for p in others]}"
            r+=ok
            if verbose or not ok:
                print(('RIGHT ' if ok else 'WRONG ')+side+' '+'/'.join(s['path'])+' ['+s['verdict']+'] '+s['heading'][:60]+(' -- '+why if why else ''))
        print(f'pair {n} {side}: right/judged = {r}/{j}')
        right+=r; judged+=j
    print(f'TOTAL right/judged = {right}/{judged}')
main()
