#!/usr/bin/env python3
"""Writes a synthetic facts.json of MODULES x COMPONENTS components (a header and a source each),
with a class and three methods per component, calls mostly inside a module and some across.
Deterministic (seeded). Used by bench/report_bench.sh; extraction is not what it measures.
With NEAR, each component also makes about NEAR calls into other modules, the nearer modules
(by number, wrapping) far more often, so every module depends on many others and most
dependencies are part of one cycle; and most components call a logger in common/, which
becomes the shared library. The browser test of the service map uses it (tests/CMakeLists.txt).
With RANDOM (and NEAR given as "-"), each component instead calls into RANDOM other random
modules, half of the calls discarding their result: a worst case for the number of hotspots
(bench/hotspot_sizes.sh).
Usage: gen_report_facts.py MODULES COMPONENTS OUT.json [NEAR|- [RANDOM]]"""
import json
import os
import random
import sys

modules, comps, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
cross = float(sys.argv[4]) if len(sys.argv) > 4 and sys.argv[4] != "-" else None
random_cross = int(sys.argv[5]) if len(sys.argv) > 5 else 0
rng = random.Random(42)
files, tus, entities, edges = [], [], [], {}


def cid(m, c):
    return f"c:@N@m{m:02d}@S@C{c:03d}"


def add_edge(frm, to, kind, path, line):
    e = edges.setdefault((frm, to, kind), {"from": frm, "to": to, "kind": kind, "count": 0,
                                           "discarded": 0, "at": []})
    e["count"] += 1
    if len(e["at"]) < 3:
        e["at"].append({"file": path, "line": line})



def add_component(h, cpp, cls, name):
    files.extend([{"path": h, "lines": 30, "diagnostics": 0},
                  {"path": cpp, "lines": 80, "diagnostics": 0}])
    tus.append({"file": cpp, "status": "ok", "errors": 0})
    entities.append({"id": cls, "kind": "class", "name": name, "file": h, "line": 3,
                     "def_file": h, "def_line": 3, "lines": 25})
    for k in range(3):
        mid = f"{cls}@F@run{k}#"
        entities.append({"id": mid, "kind": "method", "name": f"{name}::run{k}", "file": h,
                         "line": 5 + k, "def_file": cpp, "def_line": 10 + 20 * k, "lines": 18})
        add_edge(cls, mid, "contains", h, 5 + k)


LOGGER = "c:@N@common@S@Logger"
if cross is not None:
    add_component("common/logger.h", "common/logger.cpp", LOGGER, "common::Logger")
for m in range(modules):
    for c in range(comps):
        h, cpp = f"mod{m:02d}/c{c:03d}.h", f"mod{m:02d}/c{c:03d}.cpp"
        if cross is not None:
            cls = cid(m, c)
            add_component(h, cpp, cls, f"m{m:02d}::C{c:03d}")
            for k in range(3):
                other = rng.randrange(comps)
                if other != c:
                    add_edge(f"{cls}@F@run{k}#", f"{cid(m, other)}@F@run{rng.randrange(3)}#",
                             "call", cpp, 12 + 20 * k)
                    add_edge(f"{cls}@F@run{k}#", cid(m, other), "type", cpp, 11 + 20 * k)
            calls = int(cross) + (rng.random() < cross - int(cross))
            for k in range(calls):
                # Module distance 1 is the likeliest, then 2, ...; a few go backwards.
                d = min(int(rng.expovariate(0.45)) + 1, modules - 1)
                om = (m + d) % modules if rng.random() < 0.8 else (m - d) % modules
                for _ in range(1 + int(rng.expovariate(0.7))):
                    add_edge(f"{cls}@F@run{k % 3}#", f"{cid(om, rng.randrange(comps))}@F@run0#",
                             "call", cpp, 15 + k)
            if rng.random() < 0.75:
                add_edge(f"{cls}@F@run0#", f"{LOGGER}@F@run0#", "call", cpp, 16)
            continue
        files += [{"path": h, "lines": 30, "diagnostics": 0},
                  {"path": cpp, "lines": 80, "diagnostics": 0}]
        tus.append({"file": cpp, "status": "ok", "errors": 0})
        cls = cid(m, c)
        entities.append({"id": cls, "kind": "class", "name": f"m{m:02d}::C{c:03d}", "file": h,
                         "line": 3, "def_file": h, "def_line": 3, "lines": 25})
        for k in range(3):
            mid = f"{cls}@F@run{k}#"
            entities.append({"id": mid, "kind": "method", "name": f"m{m:02d}::C{c:03d}::run{k}",
                             "file": h, "line": 5 + k, "def_file": cpp, "def_line": 10 + 20 * k,
                             "lines": 18})
            add_edge(cls, mid, "contains", h, 5 + k)
        for k in range(3):
            other = rng.randrange(comps)
            if other != c:
                add_edge(f"{cls}@F@run{k}#", f"{cid(m, other)}@F@run{rng.randrange(3)}#", "call",
                         cpp, 12 + 20 * k)
                add_edge(f"{cls}@F@run{k}#", cid(m, other), "type", cpp, 11 + 20 * k)
        if rng.random() < 0.2:
            om = (m + 1 + rng.randrange(3)) % modules
            add_edge(f"{cls}@F@run0#", f"{cid(om, rng.randrange(comps))}@F@run0#", "call", cpp, 15)
        for k, om in enumerate(rng.sample([x for x in range(modules) if x != m],
                                          min(random_cross, modules - 1))):
            to = f"{cid(om, rng.randrange(comps))}@F@run{k % 3}#"
            add_edge(f"{cls}@F@run1#", to, "call", cpp, 30 + k)
            if k % 2:
                edges[(f"{cls}@F@run1#", to, "call")]["discarded"] += 1

for e in edges.values():
    e["at"].sort(key=lambda a: (a["file"], a["line"]))
facts = {"schema": "seams-facts/1", "root": f"synthetic-{modules}x{comps}",
         "files": sorted(files, key=lambda f: f["path"]), "tus": sorted(tus, key=lambda t: t["file"]),
         "entities": sorted(entities, key=lambda e: e["id"]),
         "edges": [edges[k] for k in sorted(edges, key=lambda k: (k[0], k[1], k[2]))],
         "diagnostics": []}
os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
with open(out, "w") as f:
    json.dump(facts, f, separators=(",", ":"))
