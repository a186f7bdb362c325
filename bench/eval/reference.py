#!/usr/bin/env python3
# The reference decomposition of a project for the evaluation harness: every project file of a
# facts.json assigned to a module by the `module GLOB NAME` rules of a project file (first match
# wins; NAME `$K` is the K-th path component). Prints a `file,module` CSV for `seams compare`.
# Usage: reference.py FACTS.json PROJECT.conf > reference.csv
import json
import re
import sys


def glob_regex(glob):
    out = ""
    i = 0
    while i < len(glob):
        if glob.startswith("**", i):
            out += ".*"
            i += 2
        elif glob[i] == "*":
            out += "[^/]*"
            i += 1
        elif glob[i] == "?":
            out += "[^/]"
            i += 1
        else:
            out += re.escape(glob[i])
            i += 1
    return re.compile(out + "$")


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: reference.py FACTS.json PROJECT.conf")
    rules = []
    with open(sys.argv[2]) as conf:
        for line in conf:
            words = line.split()
            if len(words) == 3 and words[0] == "module":
                rules.append((glob_regex(words[1]), words[2]))
    with open(sys.argv[1]) as facts:
        files = sorted(f["path"] for f in json.load(facts)["files"])
    unmatched = 0
    print("file,module")
    for path in files:
        for regex, name in rules:
            if regex.match(path):
                if name.startswith("$"):
                    name = path.split("/")[int(name[1:]) - 1]
                print(f"{path},{name}")
                break
        else:
            unmatched += 1
            print(f"{path},(other)")
    if unmatched:
        print(f"reference.py: {unmatched} files match no rule, module (other)", file=sys.stderr)


main()
