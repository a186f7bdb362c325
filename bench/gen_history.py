#!/usr/bin/env python3
"""Writes a `git fast-import` stream of a scripted first-parent history: COMMITS commits over
FILES files in 40 modules, most commits changing 1-6 files of one module (some reaching into a
second), every 200th commit a rename (`git mv`; every other one with an edit in the same commit,
which git sees as a deletion and an addition of a similar file), and one bulk commit touching
every file.
Deterministic for the same arguments. Usage: gen_history.py COMMITS FILES | git fast-import"""
import random
import sys


def main():
    commits = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    files = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    rng = random.Random(42)
    modules = 40
    names = [f"src/mod_{i % modules:02d}/file_{i:04d}.cpp" for i in range(files)]
    by_module = [[i for i in range(files) if i % modules == m] for m in range(modules)]
    out = sys.stdout.buffer
    rev = [0] * files
    bulk_at = commits // 2

    def blob(i):
        rev[i] += 1
        # Twenty stable lines and one that changes: enough content for rename similarity.
        body = "".join(f"int {names[i].split('/')[-1][:9]}_{k} = {k};\n" for k in range(20))
        data = f"{body}// revision {rev[i]}\n".encode()
        return b"M 100644 inline " + names[i].encode() + b"\ndata %d\n" % len(data) + data

    for c in range(commits):
        ops = []
        if c == 0:
            ops = [blob(i) for i in range(files)]
        elif c == bulk_at:
            ops = [blob(i) for i in range(files)]
        elif c % 200 == 0:
            i = rng.randrange(files)
            old = names[i]
            names[i] = old.replace(".cpp", f"_r{c}.cpp")
            if c % 400 == 0:  # renamed and edited: a deletion and an addition
                ops = [b"D " + old.encode(), blob(i)]
            else:
                ops = [b"R " + old.encode() + b" " + names[i].encode()]
        else:
            m = rng.randrange(modules)
            chosen = set(rng.sample(by_module[m], rng.randint(1, 6)))
            if rng.random() < 0.2:
                chosen.add(rng.choice(by_module[rng.randrange(modules)]))
            ops = [blob(i) for i in sorted(chosen)]
        msg = f"commit {c}\n".encode()
        when = 1600000000 + c * 600
        out.write(b"commit refs/heads/main\n")
        out.write(b"committer bench <bench@example.com> %d +0000\n" % when)
        out.write(b"data %d\n" % len(msg) + msg)
        for op in ops:
            out.write(op + b"\n")
        out.write(b"\n")


main()
