#!/usr/bin/env python3
# What the default clustering graph is made of (docs/EVALUATION.md): per edge kind, the unit
# pairs it connects and its share of the total arc weight, for component units (a file's path up
# to its last '.') and the default weights and log count damping of docs/METRICS.md.
# Usage: edge_shares.py FACTS.json...   (one line per facts file)
import collections
import json
import math
import sys

WEIGHTS = dict(include=0.25, call=2, override=3, inherit=3, type=1, field=2, read=2, write=4,
               macro=0.5, contains=0)


def shares(path):
    facts = json.load(open(path))
    files = {f["path"] for f in facts["files"]}
    entities = {e["id"]: e for e in facts["entities"]}

    def unit(entity):
        file = entity.get("file", "")
        return file.rsplit(".", 1)[0] if file in files else None

    weight = collections.Counter()
    pairs = collections.defaultdict(set)
    for edge in facts["edges"]:
        a, b = entities.get(edge["from"]), entities.get(edge["to"])
        if a is None or b is None:
            continue
        ua, ub = unit(a), unit(b)
        count = edge.get("count", 1)
        if ua is None or ub is None or ua == ub or count == 0:
            continue
        weight[edge["kind"]] += WEIGHTS[edge["kind"]] * (1 + math.log(count))
        pairs[edge["kind"]].add((ua, ub))
    total = sum(weight.values()) or 1
    return " ".join(f"{kind} {100 * w / total:.1f}% ({len(pairs[kind])} pairs)"
                    for kind, w in weight.most_common() if w > 0)


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: edge_shares.py FACTS.json...")
    for path in sys.argv[1:]:
        print(f"{path}: {shares(path)}")


main()
