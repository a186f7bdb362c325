#!/usr/bin/env python3
# Structure-blindness check, step one: a copy of a facts.json with every directory and file stem
# renamed so that their sort order is reversed (extensions kept, so a header still pairs with its
# source), and the map from old to new paths. Used by blind_check.sh.
# Usage: rename_paths.py FACTS.json RENAMED.json MAP.csv
import json
import os
import sys

facts = json.load(open(sys.argv[1]))
paths = {f["path"] for f in facts["files"]}
names = set()
for p in paths:
    parts = p.split("/")
    names.update(parts[:-1])
    names.add(os.path.splitext(parts[-1])[0])
ranked = sorted(names)
new_name = {n: "n%06d" % (len(ranked) - i) for i, n in enumerate(ranked)}


def renamed(path):
    parts = path.split("/")
    stem, ext = os.path.splitext(parts[-1])
    return "/".join([new_name[c] for c in parts[:-1]] + [new_name[stem] + ext])


mapping = {p: renamed(p) for p in paths}


def walk(x):
    if isinstance(x, dict):
        return {k: walk(v) for k, v in x.items()}
    if isinstance(x, list):
        return [walk(v) for v in x]
    if isinstance(x, str):
        if x in mapping:
            return mapping[x]
        if x.startswith("file:") and x[5:] in mapping:
            return "file:" + mapping[x[5:]]
    return x


json.dump(walk(facts), open(sys.argv[2], "w"))
with open(sys.argv[3], "w") as out:
    for p in sorted(paths):
        out.write("%s,%s\n" % (p, mapping[p]))
