#!/usr/bin/env python3
"""Checks samples/shop/expected.json against the sources.

- every .h/.cpp under samples/shop is listed exactly once across "services" and "shared";
- every edge's from/to line really contains the use / declaration it claims;
- the table -> domains map of the shared-database tangle matches the Database call sites;
- the utility tangle's headers and included_by match the #include lines;
- the misplaced class's files are assigned to the service it belongs to.

Usage: python3 samples/shop/scripts/check_expected.py [path/to/samples/shop]
Exit status 0 when everything matches, 1 otherwise.
"""
import json
import os
import re
import sys

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), ".."))
errors = []


def err(msg):
    errors.append(msg)


_cache = {}


def source_lines(path):
    if path not in _cache:
        full = os.path.join(ROOT, path)
        if not os.path.isfile(full):
            err(f"missing file {path}")
            _cache[path] = []
        else:
            with open(full, encoding="utf-8") as f:
                _cache[path] = f.read().split("\n")
    return _cache[path]


def line_text(path, line):
    lines = source_lines(path)
    if not isinstance(line, int) or line < 1 or line > len(lines):
        err(f"{path}:{line} out of range")
        return None
    return lines[line - 1]


def last(entity):
    return entity.split("::")[-1]


def all_sources():
    found = []
    for d, dirs, files in os.walk(ROOT):
        dirs[:] = [x for x in dirs if not x.startswith(".")]
        for f in files:
            if f.endswith((".h", ".cpp")):
                found.append(os.path.relpath(os.path.join(d, f), ROOT).replace(os.sep, "/"))
    return sorted(found)


def enclosing_signature(path, line):
    """First line at or above `line` that starts a top-level function definition (column 0)."""
    lines = source_lines(path)
    for i in range(line, 0, -1):
        text = lines[i - 1]
        if not text or text[0] in " \t}#/" or text.startswith(("namespace", "using", "}")):
            continue
        if "(" in text:
            return text
    return ""


def check_from(frm, to, kind, extra, where):
    text = line_text(frm["file"], frm["line"])
    if text is None:
        return
    if kind == "include":
        if f'#include "{to["file"]}"' not in text:
            err(f"{where}: {frm['file']}:{frm['line']} does not include {to['file']}: {text.strip()!r}")
        return
    if last(to["entity"]) not in text:
        err(f"{where}: {frm['file']}:{frm['line']} does not mention {last(to['entity'])}: {text.strip()!r}")
    if "table" in extra and f'"{extra["table"]}"' not in text:
        err(f"{where}: {frm['file']}:{frm['line']} does not name table {extra['table']}")
    parts = frm["entity"].split("::")
    if kind in ("call", "write", "read") and frm["file"].endswith(".cpp") and len(parts) >= 3:
        sig = enclosing_signature(frm["file"], frm["line"])
        want = f"{parts[-2]}::{parts[-1]}(" if parts[-2][:1].isupper() else f"{parts[-1]}("
        if want not in sig:
            err(f"{where}: {frm['file']}:{frm['line']} is not inside {frm['entity']} (found {sig.strip()!r})")
    if extra.get("result_discarded"):
        stripped = text.strip()
        call = stripped.split("(")[0]
        if "=" in call or stripped.startswith(("return", "if", "while", "const", "auto", "for")):
            err(f"{where}: {frm['file']}:{frm['line']} uses the result: {stripped!r}")


def check_to(to, kind, where):
    if kind == "include":
        source_lines(to["file"])
        return
    text = line_text(to["file"], to["line"])
    if text is not None and last(to["entity"]) not in text:
        err(f"{where}: {to['file']}:{to['line']} does not declare {last(to['entity'])}: {text.strip()!r}")


def check_edge(e, where):
    kind = e.get("edge")
    if kind not in ("call", "write", "read", "include", "type", "inherit"):
        err(f"{where}: bad edge kind {kind!r}")
    check_to(e["to"], kind, where)
    check_from(e["from"], e["to"], kind, e, where)


def main():
    with open(os.path.join(ROOT, "expected.json"), encoding="utf-8") as f:
        data = json.load(f)

    # files: exactly once across services + shared
    listed = {}
    for service, files in data["services"].items():
        for path in files:
            listed.setdefault(path, []).append(service)
    for path in data["shared"]:
        listed.setdefault(path, []).append("shared")
    sources = all_sources()
    for path in sources:
        if path not in listed:
            err(f"{path} is not assigned to any service")
        elif len(listed[path]) > 1:
            err(f"{path} assigned more than once: {listed[path]}")
    for path in listed:
        if path not in sources:
            err(f"{path} listed but does not exist")
    service_of = {p: s[0] for p, s in listed.items()}

    for t in data["tangles"]:
        where = f"tangle {t['id']} ({t['kind']})"
        if "from" in t:
            check_edge(t, where)
        for i, e in enumerate(t.get("edges", [])):
            check_edge(e, f"{where} edge {i}")
        if "entity" in t and "line" in t and t["kind"] != "utility":
            text = line_text(t["file"], t["line"])
            if text is not None and not re.search(r"\b(class|struct)\s+" + re.escape(last(t["entity"])) + r"\b", text):
                err(f"{where}: {t['file']}:{t['line']} is not the declaration of {t['entity']}")
        if "accessor" in t:
            check_to(t["accessor"], "call", where + " accessor")

        if t["kind"] == "god-class":
            reached = {service_of.get(e["to"]["file"]) for e in t["edges"]}
            if reached != set(t["reaches"]):
                err(f"{where}: edges reach {sorted(reached)} but reaches lists {sorted(t['reaches'])}")

        if t["kind"] == "shared-database":
            pattern = re.compile(
                r'Database::instance\(\)\s*\.\s*(insert|query|queryWhere|findById|update|updateWhere|remove)\(\s*"([a-z_]+)"')
            actual = {}
            for path in sources:
                with open(os.path.join(ROOT, path), encoding="utf-8") as f:
                    for m in pattern.finditer(f.read()):
                        actual.setdefault(m.group(2), set()).add(service_of.get(path))
            actual = {k: sorted(v) for k, v in actual.items()}
            if actual != t["tables"]:
                err(f"{where}: tables differ from call sites: {actual}")
            shared = sorted(k for k, v in actual.items() if len(v) > 1)
            if shared != sorted(t.get("shared_tables", [])):
                err(f"{where}: shared_tables should be {shared}")

        if t["kind"] == "utility":
            include = re.compile(r'^#include "([^"]+)"', re.M)
            used = {h: set() for h in t["headers"]}
            for h in t["headers"]:
                if service_of.get(h) != "shared":
                    err(f"{where}: {h} is not in shared")
            for path in sources:
                s = service_of.get(path)
                if s == "shared":
                    continue
                with open(os.path.join(ROOT, path), encoding="utf-8") as f:
                    for m in include.finditer(f.read()):
                        if m.group(1) in used:
                            used[m.group(1)].add(s)
            used = {h: sorted(v) for h, v in used.items()}
            if "included_by" in t and used != t["included_by"]:
                err(f"{where}: included_by differs: {used}")

        if t["kind"] == "misplaced":
            for path in t["files"]:
                if service_of.get(path) != t["belongs_to"]:
                    err(f"{where}: {path} should be in service {t['belongs_to']}")
                if not path.startswith(t["current"] + "/"):
                    err(f"{where}: {path} is not under {t['current']}/")

    if errors:
        for e in errors:
            print("FAIL:", e)
        return 1
    edges = sum(len(t.get("edges", [])) for t in data["tangles"])
    print(f"OK: {len(sources)} files, {len(data['tangles'])} tangles, {edges} edges verified")
    return 0


if __name__ == "__main__":
    sys.exit(main())
