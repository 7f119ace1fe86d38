#!/usr/bin/env python3
"""What a user would otherwise do to find copied programmes: MinHash-LSH near-duplicate
detection with the `datasketch` package (pip install datasketch) over word shingles of
each whole document.

Usage: python3 scripts/reuse_baseline.py DIR [--shingle 5] [--num-perm 128]
                                             [--thresholds 0.5,0.3,0.1]

Reads every .txt file in DIR, lower-cases it, splits it into words, hashes its word
k-grams into a MinHash, and for each threshold indexes the MinHashes in a MinHashLSH and
queries every document: the result is a list of document pairs whose estimated Jaccard
similarity passes the threshold. It gives no passages, no locations, no direction.

When DIR holds a corpus `truth.json` (cargo run --release --example corpus -- N DIR),
it also scores the pairs: a planted copy (source task → target task, 12 words or more)
counts as found when its two documents are reported as a pair; a reported pair is real
when the two documents hold a task of one lineage.
"""
import argparse
import json
import os
import re
import sys
import time

try:
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
    args = ap.parse_args()
    names = sorted(f for f in os.listdir(args.dir) if f.lower().endswith(".txt"))

    t0 = time.perf_counter()
    hashes = []
    for name in names:
        with open(os.path.join(args.dir, name), encoding="utf-8", errors="replace") as f:
            sh = shingles(f.read(), args.shingle)
        m = MinHash(num_perm=args.num_perm)
        m.update_batch([s.encode("utf-8") for s in sh])
        hashes.append(m)
    t_minhash = time.perf_counter() - t0
    print(f"datasketch MinHash: {len(names)} documents, {args.shingle}-word shingles, "
          f"{args.num_perm} permutations: {t_minhash:.2f} s")

    truth = None
    tpath = os.path.join(args.dir, "truth.json")
    if os.path.exists(tpath):
        with open(tpath, encoding="utf-8") as f:
            truth = json.load(f)
        fam = {d["file"]: set(d["families"]) for d in truth["documents"]}
        copies = [(p["source"]["file"], t["file"]) for p in truth["passages"] for t in p["targets"] if t["words"] >= 12]

    for th in [float(x) for x in args.thresholds.split(",")]:
        t1 = time.perf_counter()
        lsh = MinHashLSH(threshold=th, num_perm=args.num_perm)
        for i, m in enumerate(hashes):
            lsh.insert(str(i), m)
        pairs = set()
        for i, m in enumerate(hashes):
            for j in lsh.query(m):
                j = int(j)
                if j != i:
                    pairs.add((min(i, j), max(i, j)))
        t_lsh = time.perf_counter() - t1
        line = (f"  threshold {th}: {len(pairs)} pairs; LSH {t_lsh:.2f} s, "
                f"total {t_minhash + t_lsh:.2f} s")
        if truth is not None:
            found_pairs = {(names[a], names[b]) for a, b in pairs}
            found_pairs |= {(b, a) for a, b in found_pairs}
            found = sum(1 for c in copies if c in found_pairs)
            real = sum(1 for a, b in pairs if fam.get(names[a], set()) & fam.get(names[b], set()))
            recall = found / len(copies) if copies else 1.0
            precision = real / len(pairs) if pairs else 1.0
            line += (f"; planted copies whose documents are paired: {found}/{len(copies)} ({recall:.4f}); "
                     f"pairs sharing a lineage: {real}/{len(pairs)} ({precision:.4f})")
        print(line, flush=True)


if __name__ == "__main__":
    main()
