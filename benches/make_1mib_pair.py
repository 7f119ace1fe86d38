#!/usr/bin/env python3
"""The two ~1 MiB programmes of `benches/compare.rs` (`big(1 << 20, 0)` and `big(1 << 20, 1)`),
written as files for timing the whole `sosanh compare` process:

    python3 benches/make_1mib_pair.py /tmp/a.txt /tmp/b.txt
    /usr/bin/time -v target/release/sosanh compare /tmp/a.txt /tmp/b.txt > /dev/null

The four programme fixtures repeated, starting with the `first`-th, each copy with "2026"
replaced by a year of the round (2026 + round % 7), until the text reaches the size.
"""
import os
import sys

NAMES = ["tam-thanh-2026-02", "tam-thanh-2025-12", "cao-loc-2026-02", "quoc-khanh-2026-01"]
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures")


def big(texts, size, first):
    out, n, i, rnd = [], 0, first, 0
    while n < size:
        t = texts[i % 4].replace("2026", str(2026 + rnd % 7))
        out.append(t + "\n")
        n += len(t.encode("utf-8")) + 1
        i += 1
        rnd += 1
    return "".join(out)


def main():
    texts = [open(os.path.join(ROOT, n + ".txt"), encoding="utf-8", newline="").read() for n in NAMES]
    for path, first in zip(sys.argv[1:3], (0, 1)):
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(big(texts, 1 << 20, first))


if __name__ == "__main__":
    main()
