import json,sys
d=json.load(open(sys.argv[1]))
def walk(secs):
    for s in secs:
        for i,t in enumerate(s.get('tasks',[]),1):
            print(f"{'/'.join(s['path'])}#{i} L{t['lines']['start']}-{t['lines']['end']}: {t['text'][:230]}")
        walk(s.get('children',[]))
walk(d['sections'])
