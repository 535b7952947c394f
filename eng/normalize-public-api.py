#!/usr/bin/env python3
"""Sorts and de-duplicates every PublicAPI.*.txt file (union merges can leave duplicate lines)."""
import glob
import os

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for path in glob.glob(os.path.join(root, "src", "*", "PublicAPI.*.txt")):
    lines = {l.rstrip("\n") for l in open(path) if l.strip() and not l.startswith("#nullable")}
    with open(path, "w") as f:
        f.write("#nullable enable\n")
        for l in sorted(lines, key=str.lower):
            f.write(l + "\n")
