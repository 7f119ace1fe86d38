#!/usr/bin/env python3
"""What a user would otherwise do to find copied programmes: MinHash-LSH near-duplicate
detection with the `datasketch` package (pip install datasketch) over word shingles of
each whole document.

Usage: python3 scripts/reuse_baseline.py DIR [--shingle 5] [--num-perm 128]
                                             [--thresholds 0.5,0.3,0.1] [--no-verify]

Reads every .txt file in DIR, lower-cases it, splits it into words, hashes its word
k-grams into a MinHash, and for each threshold indexes the MinHashes in a MinHashLSH and
queries every document. What the LSH returns are *candidate* pairs: pairs that collide in
at least one band, many of them well below the threshold (datasketch does not check the
similarity). Those candidates are what a user gets from `lsh.query`, and are scored as
the baseline's result; unless --no-verify, the candidates whose estimated Jaccard
similarity (from the MinHashes) reaches the threshold are scored too. It gives no
passages, no locations, no direction. Documents with fewer than k words have no shingle
and are left out (an empty MinHash would collide with every other empty one).

When DIR holds a corpus `truth.json` (cargo run --release --example corpus -- N DIR),
it also scores the pairs: a planted copy (source task → target task, 12 words or more)
counts as found when its two documents are reported as a pair; a reported pair is real
when the two documents hold a task of one lineage. Most documents of a corpus share some
lineage (every unit takes tasks from its province's template), so it also prints the
share of random document pairs that would count as real: a pair precision near that
share says little. Scoring time is printed apart; it is not part of the tool's work.
"""
import argparse
import json
import os
import random
import re
import sys
import time

try:
    import numpy as np
    from datasketch import MinHash, MinHashLSH
except ImportError:
    sys.exit("reuse_baseline: the datasketch package is needed: pip install datasketch")

WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text, k):
    words = WORD.findall(text.lower())
    return {" ".join(words[i:i + k]) for i in range(max(0, len(words) - k + 1))}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir")
    ap.add_argument("--shingle", type=int, default=5)
    ap.add_argument("--num-perm", type=int, default=128)
    ap.add_argument("--thresholds", default="0.5,0.3,0.1")
    ap.add_argument("--no-verify", action="store_true",
                    help="do not score the candidates whose estimated Jaccard reaches the threshold")
    args = ap.parse_args()
    thresholds = [float(x) for x in args.thresholds.split(",")]
    names = sorted(f for f in os.listdir(args.dir) if f.lower().endswith(".txt"))
    n = len(names)

    t0 = time.perf_counter()
    hashes = []
    empty = 0
    for name in names:
        with open(os.path.join(args.dir, name), encoding="utf-8", errors="replace") as f:
            sh = shingles(f.read(), args.shingle)
        if not sh:
            empty += 1
            hashes.append(None)
            continue
        m = MinHash(num_perm=args.num_perm)
        m.update_batch([s.encode("utf-8") for s in sh])
        hashes.append(m)
    t_minhash = time.perf_counter() - t0
    print(f"datasketch MinHash: {n} documents, {args.shingle}-word shingles, "
          f"{args.num_perm} permutations: {t_minhash:.2f} s"
          + (f" ({empty} documents without a shingle left out)" if empty else ""))

    # Scoring setup (timed apart).
    t_score = 0.0
    ts = time.perf_counter()
    scored = False
    tpath = os.path.join(args.dir, "truth.json")
    if os.path.exists(tpath):
        with open(tpath, encoding="utf-8") as f:
            truth = json.load(f)
        scored = True
        index = {name: i for i, name in enumerate(names)}
        fams = [frozenset()] * n
        for d in truth["documents"]:
            if d["file"] in index:
                fams[index[d["file"]]] = frozenset(d["families"])
        # Planted copies as document-pair keys; a copy whose file is missing from DIR can
        # never be found (key None) but still counts.
        copies = []
        for p in truth["passages"]:
            s = index.get(p["source"]["file"])
            for t in p["targets"]:
                if t["words"] < 12:
                    continue
                d = index.get(t["file"])
                copies.append(None if s is None or d is None or s == d else min(s, d) * n + max(s, d))
        rng = random.Random(0)
        samples = min(100_000, n * (n - 1) // 2)
        base = 0
        for _ in range(samples):
            a, b = rng.sample(range(n), 2)
            base += not fams[a].isdisjoint(fams[b])
        base_rate = base / samples if samples else 0.0
        print(f"random document pairs sharing a lineage: {base}/{samples} ({base_rate:.4f})")
        del truth
    t_score += time.perf_counter() - ts
    matrix = None
    if not args.no_verify:
        matrix = np.stack([m.hashvalues if m is not None else np.zeros(args.num_perm, dtype=np.uint64)
                           for m in hashes])

    def score(keys):
        found = sum(1 for c in copies if c is not None and c in keys)
        real = sum(1 for k in keys if not fams[k // n].isdisjoint(fams[k % n]))
        recall = found / len(copies) if copies else 1.0
        precision = real / len(keys) if keys else 1.0
        return (f"planted copies whose documents are paired: {found}/{len(copies)} ({recall:.4f}); "
                f"pairs sharing a lineage: {real}/{len(keys)} ({precision:.4f})")

    for th in thresholds:
        t1 = time.perf_counter()
        lsh = MinHashLSH(threshold=th, num_perm=args.num_perm)
        for i, m in enumerate(hashes):
            if m is not None:
                lsh.insert(i, m)
        pairs = set()
        for i, m in enumerate(hashes):
            if m is None:
                continue
            for j in lsh.query(m):
                if j > i:
                    pairs.add(i * n + j)
                elif j < i:
                    pairs.add(j * n + i)
        del lsh
        t_lsh = time.perf_counter() - t1
        line = (f"  threshold {th}: {len(pairs)} pairs (LSH candidates); LSH {t_lsh:.2f} s, "
                f"total {t_minhash + t_lsh:.2f} s")
        ts = time.perf_counter()
        if scored:
            line += "; " + score(pairs)
        t_score += time.perf_counter() - ts
        print(line, flush=True)
        if matrix is not None:
            t2 = time.perf_counter()
            keys = np.fromiter(pairs, dtype=np.int64, count=len(pairs))
            keep = np.empty(len(keys), dtype=bool)
            for lo in range(0, len(keys), 1 << 18):
                k = keys[lo:lo + (1 << 18)]
                keep[lo:lo + len(k)] = (matrix[k // n] == matrix[k % n]).mean(axis=1) >= th
            verified = set(keys[keep].tolist())
            t_verify = time.perf_counter() - t2
            line = (f"  threshold {th}, verified: {len(verified)} pairs with estimated Jaccard >= {th}; "
                    f"check {t_verify:.2f} s")
            ts = time.perf_counter()
            if scored:
                line += "; " + score(verified)
            t_score += time.perf_counter() - ts
            print(line, flush=True)
            del keys, keep, verified
        del pairs
    if scored:
        print(f"scoring against truth.json: {t_score:.2f} s (not part of the tool's work)")


if __name__ == "__main__":
    main()
