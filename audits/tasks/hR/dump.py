import json,sys
d=json.load(open(sys.argv[1]))
def walk(secs):
    for s in secs:
        yield s
        yield from walk(s.get('children',[]))
n=0
for s in walk(d['sections']):
    for i,t in enumerate(s.get('tasks',[]),1):
        n+=1
        print(f"{n:3d} {'/'.join(s['path'])}#{i} L{t['lines']['start']}: {t['text']}")
