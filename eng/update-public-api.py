#!/usr/bin/env python3
"""Adds new public symbols to PublicAPI.Unshipped.txt.

Runs a build, collects the RS0016 ("not part of the declared public API") and RS0017 ("part of the
declared API but cannot be found") diagnostics and rewrites each project's PublicAPI.Unshipped.txt,
sorted. Review the diff: every line is a public promise to vendors.

Usage: python3 eng/update-public-api.py [project-or-solution]
"""
import collections
import os
import re
import subprocess
import sys

target = sys.argv[1] if len(sys.argv) > 1 else "IWlz.Client.sln"
out = subprocess.run(
    ["dotnet", "build", target, "--no-incremental", "-p:TreatWarningsAsErrors=false", "-v:q", "-nologo"],
    capture_output=True, text=True).stdout

added = collections.defaultdict(set)
removed = collections.defaultdict(set)
pattern = re.compile(r"^(?P<file>/[^(]+)\(\d+,\d+\): (?:error|warning) (?P<id>RS0016|RS0017): Symbol '(?P<sym>.+?)' (?:is not part of|is part of)[^\[]*\[(?P<proj>[^\]]+)\]")
for line in out.splitlines():
    m = pattern.match(line.strip())
    if not m:
        continue
    projdir = os.path.dirname(m.group("proj"))
    (added if m.group("id") == "RS0016" else removed)[projdir].add(m.group("sym"))

for projdir in set(added) | set(removed):
    path = os.path.join(projdir, "PublicAPI.Unshipped.txt")
    lines = set()
    if os.path.exists(path):
        lines = {l.rstrip("\n") for l in open(path) if l.strip() and not l.startswith("#nullable")}
    lines = (lines | added[projdir]) - removed[projdir]
    with open(path, "w") as f:
        f.write("#nullable enable\n")
        for l in sorted(lines, key=str.lower):
            f.write(l + "\n")
    print(f"{path}: +{len(added[projdir])} -{len(removed[projdir])}")
