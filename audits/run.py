#!/usr/bin/env python3
"""Score a sosanh build against the hand audits kept in this directory.

usage: python3 audits/run.py BIN [tasks|sections] [-v]

BIN is the sosanh binary to score (target/release/sosanh after `cargo build --release`).
The documents are read from ../shared/real beside the checkout, or from $SOSANH_REAL.
Prints each audited pair's clear-cut calls right / judged, then the total. -v prints each
scorer's whole output (its wrong calls). Each audit directory holds the verdicts a helper
decided by reading both documents (`verdicts_pairN.*` for tasks, `sections_pairN.json` for
sections), the scorer it left, and its report; see audits/README.md."""
import json, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = os.environ.get('SOSANH_REAL') or os.path.normpath(os.path.join(HERE, '..', '..', 'shared', 'real'))

# (audit, pair number, old document, new document): an id of real/, or a path under the
# repository without '.txt' (hZ's fixtures)
TASKS = [
    ('hA', 1, 'f08cdc4c1a96afa2', '094432765aa270a8'), ('hA', 2, 'd5015b24faef2597', '626bc5de0254525c'),
    ('hB', 1, 'b8baff03f9998968', '0beedb7bdb363a85'), ('hB', 2, '1ea5e769bcf16b99', 'b1a5a41518097e3e'),
    ('hC', 1, '8a68cd97082b71f2', 'cc392cdbbc87983e'), ('hC', 2, 'fcc6947614833898', '036bd85f1f56f768'),
    ('hD', 1, 'c5f09c7770858e97', 'fd4c4d6ec377c4d2'),
    ('hE', 1, 'd851211c9f1b590e', 'b1ce4a2380c2c8e3'), ('hE', 2, 'a63d28926f9123fd', '2dd703fa6cbbc87b'),
    ('hF', 1, '7bcbaa914bb254d9', 'cf3a66c2c23062db'), ('hF', 2, '24ac05c2c7c4518e', '8c306b6991495e34'),
    ('hF', 3, '9124b25553a6c642', 'f1e9ca38ca659c82'),
    ('hG', 1, '548693349b18e8cf', '475126f38cb26cc2'), ('hG', 2, '2957e4f4f0e41373', '45fb7c4784bcce3a'),
    ('hH', 1, 'a161f65b93293a7b', 'c5f09c7770858e97'),
    ('hI', 1, '0eb3b8713cadea8f', '592501a25aaf5012'), ('hI', 2, 'ad52bc0b105a20cd', 'f7f2733d47a603dc'),
    ('hJ', 1, '50693ea4bb4bda20', '994dfbc3967e5ebf'),
    ('hL', 1, '1852f73167ca9236', '350a122d2613c4d6'), ('hL', 2, '7650ecce3d20626b', '9124b25553a6c642'),
    ('hK', 1, '592501a25aaf5012', 'ed309a99382e6b4c'), ('hK', 2, '40de74e605854414', 'c53841af6c236aed'),
    ('hM', 1, '80bb1f677e7d4d75', 'ff4de67291d44c52'),
    ('hN', 1, '0abcf1a5292b31ec', '0eb3b8713cadea8f'), ('hN', 2, '40de74e605854414', 'd5f01e57dbf5a890'),
    ('hO', 1, '741f24db1e774799', '640111ea8077e047'), ('hP', 1, '5884aa6f293e9bc0', 'd6cbe14c6f6cf724'),
    ('hQ', 1, '4c6ac60a4ebc43d6', '5be267825b46d313'), ('hR', 1, '0f98ee482389e59e', 'b527d7996ed66f24'),
    ('hS', 1, 'be5392d4f50c27a6', 'de16a702fae1465d'), ('hT', 1, 'b50a2c837e9adc09', 'e09bc3b35c473bea'),
    ('hU', 1, 'f75757b004ba80c7', 'c37e0ca0510350f4'), ('hV', 1, '689f49d25e51cbaa', '8718801c503045f9'),
    ('hW', 1, '2f6f80b9918e52de', '6a406c1f9dfed9c3'), ('hX', 1, '3928ef06a8929828', 'cdb6ad27b3c3f13b'),
    ('hY', 1, '5b692e230f990be5', 'ce4ad96dbd9a518d'),
    ('hZ', 1, 'fixtures/tam-thanh-2026-02', 'fixtures/cao-loc-2026-02'),
    ('hZ', 2, 'fixtures/cao-loc-2026-02', 'fixtures/quoc-khanh-2026-01'),
    ('hZ', 3, 'fixtures/quoc-khanh-2026-01', 'fixtures/tam-thanh-2026-02'),
    ('hZ', 4, 'fixtures/tam-thanh-2025-12', 'fixtures/cao-loc-2026-02'),
    ('hZ', 5, 'fixtures/tam-thanh-2025-12', 'fixtures/quoc-khanh-2026-01'),
    ('hZ', 6, 'fixtures/tam-thanh-2025-12', 'fixtures/tam-thanh-2026-02'),
    ('hAA', 1, '3bc52886147b6a70', '73a5c09dc805432d'),
    ('hAB', 1, '9119d84f0b18ca45', 'edc6fac0e3b32fd3'),
    ('hAC', 1, '8e9a425dd83e56b3', '001c610b2efdcf0c'),
    ('hAD', 1, '150d48a05ed57aa3', '317a61c94fc776ca'),
    ('hAE', 1, '817cf0e3de96bc43', '5298da2adb9eb4fe'),
    ('hAF', 1, 'e52fee108f53e169', '46cf026ac548f4bd'), ('hAF', 2, '43ce594e2a648040', '14893cd21e801bb3'),
    ('hAF', 3, '856f6487c18d75d0', 'e13c637d6d90ecc4'), ('hAF', 4, '4c12c694e7b33e47', '62b335debea8ebf0'),
    ('hAF', 5, '65dec8089b8bd9d9', 'f709d287088c57b7'), ('hAF', 6, '6f66017865169297', 'fe1e8de161e04a1e'),
    ('hAG', 1, 'e1d32e33e6daa23a', '71153021e3559f5e'),
    ('hAH', 1, 'c5d930a5fc8373cd', '2f6f80b9918e52de'), ('hAH', 2, 'c5d930a5fc8373cd', '6a406c1f9dfed9c3'),
]
SECTIONS = [
    ('S1', 1, 'c5f09c7770858e97', 'fd4c4d6ec377c4d2'), ('S2', 1, '50693ea4bb4bda20', '994dfbc3967e5ebf'),
    ('S3', 1, '548693349b18e8cf', '475126f38cb26cc2'), ('S3', 2, 'd851211c9f1b590e', 'b1ce4a2380c2c8e3'),
    ('S4', 1, '2957e4f4f0e41373', '45fb7c4784bcce3a'), ('S4', 2, '5884aa6f293e9bc0', 'd6cbe14c6f6cf724'),
    ('S4', 3, '741f24db1e774799', '640111ea8077e047'),
    ('S5', 1, '0eb3b8713cadea8f', '592501a25aaf5012'), ('S5', 2, '1852f73167ca9236', '350a122d2613c4d6'),
    ('S5', 3, '24ac05c2c7c4518e', '8c306b6991495e34'), ('S5', 4, '8a68cd97082b71f2', 'cc392cdbbc87983e'),
    ('S6', 1, 'a161f65b93293a7b', 'c5f09c7770858e97'), ('S6', 2, '9124b25553a6c642', 'f1e9ca38ca659c82'),
    ('S6', 3, 'ad52bc0b105a20cd', 'f7f2733d47a603dc'),
    ('S7', 1, '592501a25aaf5012', 'ed309a99382e6b4c'), ('S7', 2, '7bcbaa914bb254d9', 'cf3a66c2c23062db'),
    ('S7', 3, '7650ecce3d20626b', '9124b25553a6c642'),
    ('S8', 1, '4c6ac60a4ebc43d6', '5be267825b46d313'), ('S9', 1, '0f98ee482389e59e', 'b527d7996ed66f24'),
    ('S10', 1, 'f75757b004ba80c7', 'c37e0ca0510350f4'), ('S11', 1, 'b50a2c837e9adc09', 'e09bc3b35c473bea'),
    ('S12', 1, '2f6f80b9918e52de', '6a406c1f9dfed9c3'), ('S13', 1, '3928ef06a8929828', 'cdb6ad27b3c3f13b'),
    ('S14', 1, '3bc52886147b6a70', '73a5c09dc805432d'),
    ('S15', 1, '9119d84f0b18ca45', 'edc6fac0e3b32fd3'),
    ('S16', 1, '8e9a425dd83e56b3', '001c610b2efdcf0c'),
    ('S17', 1, '150d48a05ed57aa3', '317a61c94fc776ca'),
    ('S18', 1, '817cf0e3de96bc43', '5298da2adb9eb4fe'),
]
# The last line the scorers print in one of these forms: judged/right or right/judged.
JUDGED_RIGHT = re.compile(r'judged (\d+), right (\d+)')
RIGHT_JUDGED = [re.compile(p) for p in (r'right/judged = (\d+)/(\d+)', r'total: (\d+)/(\d+) right', r'right (\d+)/(\d+)')]


def document(name):
    """A document of real/ by its id, or one of the repository's own ('fixtures/…')."""
    if '/' in name:
        return os.path.join(HERE, '..', name + '.txt')
    return os.path.join(REAL, name + '.txt')


def figures(out):
    for line in reversed([l for l in out.splitlines() if not l.lstrip().startswith('WRONG')]):
        m = JUDGED_RIGHT.search(line)
        if m:
            return int(m[2]), int(m[1])
        for p in RIGHT_JUDGED:
            m = p.search(line)
            if m:
                return int(m[1]), int(m[2])
    return 0, 0


def main():
    args = [a for a in sys.argv[1:] if a != '-v']
    verbose = '-v' in sys.argv
    if not args:
        print(__doc__)
        sys.exit(2)
    binary = os.path.abspath(args[0])
    kinds = args[1:] or ['tasks', 'sections']
    if not os.path.isdir(REAL):
        sys.exit(f'no documents at {REAL} (set SOSANH_REAL)')
    env = dict(os.environ, SOSANH_BIN=binary, SOSANH=binary)
    for kind in kinds:
        pairs, scorer = (TASKS, 'score.py') if kind == 'tasks' else (SECTIONS, 'score_sections.py')
        total = [0, 0]
        for audit, n, old, new in pairs:
            with tempfile.NamedTemporaryFile(suffix='.json') as f:
                subprocess.run([binary, 'compare', '--format', 'json', document(old), document(new)],
                               stdout=f, stderr=subprocess.DEVNULL)
                cmd = ['python3', os.path.join(HERE, kind, audit, scorer), str(n), f.name]
                if kind == 'sections' and audit != 'S1':
                    cmd += ['--bin', binary]
                out = subprocess.run(cmd, capture_output=True, text=True, env=env).stdout
                if verbose:
                    # Most scorers list their wrong calls with -v; the others always do (and
                    # print their usage when given it).
                    more = subprocess.run(cmd + ['-v'], capture_output=True, text=True, env=env).stdout
                    print(more if 'right' in more.lower() else out)
            right, judged = figures(out)
            total[0] += right
            total[1] += judged
            print(f'{kind} {audit} pair {n} {old} -> {new}: {right}/{judged}')
        print(f'{kind} TOTAL {total[0]}/{total[1]} = {total[0] / max(total[1], 1):.3f}')


if __name__ == '__main__':
    main()
