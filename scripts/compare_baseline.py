#!/usr/bin/env python3
"""What a user would otherwise do: split both programmes into sentences and pair them
with difflib.SequenceMatcher (best ratio per new sentence, all pairs).

Usage: python3 scripts/compare_baseline.py OLD.txt NEW.txt
Prints the time taken and how many new sentences found a partner at ratio >= 0.6.
"""
import difflib
import re
import sys
import time


def sentences(path):
    text = open(path, encoding="utf-8").read()
    text = re.sub(r"\s+", " ", text)
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-ZĐÂĂÊÔƠƯÀ-Ỹ])", text) if len(s.strip()) > 20]


def main():
    old, new = sentences(sys.argv[1]), sentences(sys.argv[2])
    t0 = time.perf_counter()
    paired = 0
    for n in new:
        best = 0.0
        for o in old:
            r = difflib.SequenceMatcher(None, o, n).ratio()
            best = max(best, r)
        if best >= 0.6:
            paired += 1
    dt = time.perf_counter() - t0
    print(f"difflib: {len(old)} x {len(new)} sentences, {paired} paired (ratio >= 0.6), {dt:.2f} s")


if __name__ == "__main__":
    main()
