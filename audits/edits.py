#!/usr/bin/env python3
"""Compare every document of ../shared/real with itself a year later, lightly edited.

usage: python3 audits/edits.py BIN [--swap | --drop | --insert | --heavy | --articles | --numbers] [-v]

The one-unit case without a hand label: document B is document A with every year moved on
by one ("2025" -> "2026", in dates and in acts' numbers alike) and, in about a third of its
long paragraphs (more than 25 words), one word left out (not a number, not "Điều",
"khoản", "điểm"). The choice is seeded by the file's name, so every run edits the same
way. Nothing is added, removed or moved, so every task of A should be carried and every
section matched: each task or section reported new or dropped is a wrong call (a few are
the edits' own doing: a year moved in an act's number makes another act, and a word left
out of a recognised phrase, "Hội đồng nhân dân", can change what the reader takes for a
task). Prints the totals, then each document with wrong calls (tasks new, dropped;
sections new, dropped); -v also prints the wrong tasks. The edited copies are written to a
temporary directory and removed.

With --heavy, the years move on as above and two words are left out of every paragraph of
more than 12 words (not numbers, not "Điều", "khoản", "điểm"): short template fields
("Thời hạn giải quyết: Không quá 15 ngày.") lose a word beside their word-for-word copies
under other procedures. Some of what it reports is the edits' own doing (a motto "Độc lập -
Tự do - Hạnh phúc" no longer read as one, a quoted phrase of an amendment changed).

With --articles, two neighbouring articles trade places and numbers in about two documents
of three; with --numbers, the counts of days, people, money and the like go up by one in
about a third of the paragraphs. Neither adds nor removes anything.

With --swap, B is A with neighbouring lettered points ("a) …" then "b) …") trading their
texts, half of such neighbours, labels kept: again nothing is new or dropped.

With --drop, B is A with a fifth of its whole lettered points (one paragraph, not ending
with a colon, followed by another item) left out and the points after each relettered
("c)" becomes "b)"): the tasks of the points left out are rightly dropped (counted apart,
`points_right`), and so are their sections (one each: `sections_dropped` counts them);
any other task new or dropped is wrong.

With --insert, after a fifth of the whole lettered points a point from another document of
`real/` (one sentence of 12 to 40 words) is put in and the points after relettered: the
inserted points' tasks are rightly new (`points_right`), and so are their sections.

`points` counts the points left out or put in, `points_right` the tasks of them reported
dropped or new (a point may hold more than one task).
"""
import glob, json, os, random, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = os.environ.get('SOSANH_REAL') or os.path.normpath(os.path.join(HERE, '..', '..', 'shared', 'real'))


LETTERED = re.compile(r'^([a-zđ])\) (\S.*)$', re.S)
ALPHABET = 'abcdđeghiklmnopqrstuvxy'


def after(letter, k=1):
    i = ALPHABET.find(letter)
    return ALPHABET[i + k] if 0 <= i and 0 <= i + k < len(ALPHABET) else None


# Points to put in (`--insert`): (document, text) of the whole lettered points of one
# sentence, 12 to 40 words, of the documents of `real/`, filled in by `main`; a document gets
# points of the others only.
DONORS = []


def edited(text, seed, mode='words'):
    rnd = random.Random(seed)
    paras = text.split('\n\n')

    # A whole item: it opens no list (does not end with a colon) and is one paragraph.
    def whole(m):
        return m and not m.group(2).rstrip().endswith(':') and not re.search(r'\n[a-zđ]\) ', m.group(2))

    def next_is_item(i):
        return i >= len(paras) or re.match(r'^([a-zđ]\)|\d+\.|Điều |[IVX]+\.)', paras[i])

    if mode == 'articles':
        # Two neighbouring articles trade places and numbers ("Điều 5." and "Điều 6." with all
        # their clauses: the first now "Điều 6." after the second, now "Điều 5."), in about
        # two documents of three: every task carried, every section matched.
        starts = [i for i, p in enumerate(paras) if re.match(r'^Điều \d+\.', p)]
        if len(starts) >= 3 and rnd.random() < 0.7:
            k = rnd.randrange(0, len(starts) - 2)
            a, b, c = starts[k], starts[k + 1], starts[k + 2]
            na = re.match(r'^Điều (\d+)\.', paras[a]).group(1)
            nb = re.match(r'^Điều (\d+)\.', paras[b]).group(1)
            first, second = paras[a:b], paras[b:c]
            second[0] = re.sub(r'^Điều \d+\.', f'Điều {na}.', second[0])
            first[0] = re.sub(r'^Điều \d+\.', f'Điều {nb}.', first[0])
            paras[a:c] = second + first
        return '\n\n'.join(paras), []
    if mode == 'numbers':
        # In about a third of the paragraphs, every count of days, hours, people, households,
        # money and the like goes up by one ("15 ngày" -> "16 ngày"), as next year's act
        # changes its figures: every task carried.
        units = {'ngày', 'giờ', 'người', 'hộ', 'triệu', 'tỷ', 'đồng', 'ha', 'km', 'lượt', 'cuộc', 'tiết', 'buổi', 'lớp'}
        out = []
        for para in paras:
            words = para.split(' ')
            if rnd.random() < 0.3:
                for k in range(len(words) - 1):
                    if re.fullmatch(r'\d{1,3}', words[k]) and words[k + 1].strip(',.;:') in units:
                        words[k] = str(int(words[k]) + 1).zfill(len(words[k]))
            out.append(' '.join(words))
        return '\n\n'.join(out), []
    if mode == 'swap':
        # Only two whole items, and what follows the second is another item or nothing (not
        # the second's own points or dashes).
        # Two neighbouring lettered points ("a) …", "b) …") trade their texts, labels kept:
        # nothing new, nothing dropped, the two carried (moved within their clause).
        for i in range(len(paras) - 1):
            a, b = LETTERED.match(paras[i]), LETTERED.match(paras[i + 1])
            if (whole(a) and whole(b) and b.group(1) == after(a.group(1)) and next_is_item(i + 2)
                    and rnd.random() < 0.5):
                paras[i], paras[i + 1] = f'{a.group(1)}) {b.group(2)}', f'{b.group(1)}) {a.group(2)}'
        return '\n\n'.join(paras), []
    if mode == 'drop':
        # One whole lettered point in about a fifth of the lists of them is left out, the
        # points after it relettered ("c)" becomes "b)"): that point's task is dropped,
        # nothing else. The dropped texts are returned with the text.
        dropped, i = [], 0
        while i < len(paras):
            m = LETTERED.match(paras[i])
            if m and whole(m) and next_is_item(i + 1) and rnd.random() < 0.2:
                j = i + 1
                while j < len(paras) and (n := LETTERED.match(paras[j])) and n.group(1) == after(m.group(1), j - i):
                    paras[j] = after(n.group(1), -1) + ') ' + n.group(2)
                    j += 1
                dropped.append(m.group(2))
                del paras[i]
                i = j - 1
            else:
                i += 1
        return '\n\n'.join(paras), dropped
    if mode == 'insert':
        # After a fifth of the whole lettered points, a point from another document (one of
        # `donors`, chosen by the seed) is put in and the points after relettered: its task
        # is rightly new, nothing else. The inserted texts are returned with the text.
        inserted, i = [], 0
        while i < len(paras):
            m = LETTERED.match(paras[i])
            nxt = after(m.group(1)) if m else None
            if m and nxt and whole(m) and next_is_item(i + 1) and DONORS and rnd.random() < 0.2:
                body = rnd.choice([d for n, d in DONORS if n != seed])
                j = i + 1
                while j < len(paras) and (n := LETTERED.match(paras[j])) and n.group(1) == after(m.group(1), j - i):
                    paras[j] = (after(n.group(1)) or n.group(1)) + ') ' + n.group(2)
                    j += 1
                paras.insert(i + 1, f'{nxt}) {body}')
                inserted.append(body)
                i = j + 1
            else:
                i += 1
        return '\n\n'.join(paras), inserted
    text = re.sub(r'\b(20\d\d)\b', lambda m: str(int(m.group(1)) + 1), '\n\n'.join(paras))
    out = []
    for para in text.split('\n\n'):
        words = para.split(' ')
        if mode == 'heavy':
            # Two words out of every paragraph of more than 12 words.
            if len(words) > 12:
                for _ in range(2):
                    k = rnd.randrange(3, len(words) - 1)
                    if not re.search(r'\d|Điều|khoản|điểm|\n', words[k]):
                        del words[k]
        elif len(words) > 25 and rnd.random() < 0.3:
            k = rnd.randrange(5, len(words) - 1)
            if not re.search(r'\d|Điều|khoản|điểm|\n', words[k]):
                del words[k]
        out.append(' '.join(words))
    return '\n\n'.join(out), []


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    binary, verbose = sys.argv[1], '-v' in sys.argv[2:]
    flags = sys.argv[2:]
    mode = next((m for m in ('swap', 'drop', 'insert', 'heavy', 'articles', 'numbers') if '--' + m in flags), 'words')
    if mode == 'insert':
        for path in sorted(glob.glob(os.path.join(REAL, '*.txt'))):
            with open(path, encoding='utf-8') as f:
                for para in f.read().split('\n\n'):
                    m = LETTERED.match(para)
                    body = ' '.join(m.group(2).split()) if m else ''
                    if 12 <= len(body.split()) <= 40 and body.count('.') == 1 and body.endswith('.') and ')' not in body:
                        DONORS.append((os.path.basename(path)[:-4], body))
    totals = dict(documents=0, tasks=0, new=0, dropped=0, sections_new=0, sections_dropped=0, errors=0)
    wrong = []
    with tempfile.TemporaryDirectory() as tmp:
        for path in sorted(glob.glob(os.path.join(REAL, '*.txt'))):
            name = os.path.basename(path)[:-4]
            b = os.path.join(tmp, name + '.txt')
            with open(path, encoding='utf-8') as f, open(b, 'w', encoding='utf-8') as g:
                text, expected = edited(f.read(), name, mode)
                g.write(text)
            run = subprocess.run([binary, 'compare', '--format', 'json', path, b], capture_output=True, text=True)
            try:
                report = json.loads(run.stdout)
            except ValueError:
                totals['errors'] += 1
                print('ERROR', name, run.stderr.strip()[:200])
                continue
            totals['documents'] += 1
            totals['tasks'] += len(report['tasks'])
            # A dropped task whose text is a point left out is right, and so is a new task
            # whose text is a point put in.
            left_out = [' '.join(e.split()) for e in expected]
            want = 'new' if mode == 'insert' else 'dropped'
            def meant(t):
                side = t.get('new') if want == 'new' else t.get('old')
                text = ' '.join(side['text'].split()) if side else ''
                return t['status'] == want and any(text[:60] in e for e in left_out if text)
            right = sum(meant(t) for t in report['tasks'])
            totals['points'] = totals.get('points', 0) + len(expected)
            totals['points_right'] = totals.get('points_right', 0) + right
            lost = [t for t in report['tasks'] if t['status'] in ('new', 'dropped') and not meant(t)]
            n_new = sum(t['status'] == 'new' for t in lost)
            s_new = sum(s['status'] == 'new' for s in report['sections'])
            s_dropped = sum(s['status'] == 'dropped' for s in report['sections'])
            totals['new'] += n_new
            totals['dropped'] += len(lost) - n_new
            totals['sections_new'] += s_new
            totals['sections_dropped'] += s_dropped
            if lost or s_new or s_dropped:
                wrong.append((name, n_new, len(lost) - n_new, s_new, s_dropped, lost))
    print(' '.join(f'{k} {v}' for k, v in totals.items()))
    for name, n_new, n_dropped, s_new, s_dropped, lost in wrong:
        print(f'{name}: tasks new {n_new}, dropped {n_dropped}; sections new {s_new}, dropped {s_dropped}')
        if verbose:
            for t in lost:
                side = t.get('old') or t.get('new')
                print(f"  {t['status']:8} {'.'.join(side['path'])} #{side.get('number', '?')}: {side['text'][:90]}")


if __name__ == '__main__':
    main()
