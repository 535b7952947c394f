#!/usr/bin/env python3
"""Copies compiled code into the docs.

A fenced ```csharp block in README.md or docs/*.md that follows a line `<!-- snippet: name -->` is replaced by
the region `// <snippet:name>` ... `// </snippet:name>` of a C# file under samples/ or tests/ (common
indentation removed). tests/IWlz.Client.SamplesTests/DocumentationSnippetTests.cs fails when they differ;
run this script after changing a region:  python3 eng/sync-snippets.py
"""
import pathlib
import re
import sys

root = pathlib.Path(__file__).resolve().parent.parent
marker = re.compile(r"^\s*<!--\s*snippet:\s*([A-Za-z0-9_.-]+)\s*-->\s*$")
start = re.compile(r"^\s*// <snippet:([A-Za-z0-9_.-]+)>\s*$")


def normalize(lines):
    indent = min((len(l) - len(l.lstrip()) for l in lines if l.strip()), default=0)
    text = "\n".join((l[indent:] if len(l) >= indent else l.lstrip()).rstrip() for l in lines)
    return text.strip("\n")


regions = {}
for folder in ("samples", "tests"):
    for path in sorted((root / folder).rglob("*.cs")):
        if "/obj/" in path.as_posix() or "/bin/" in path.as_posix():
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        for i, line in enumerate(lines):
            m = start.match(line)
            if m:
                name = m.group(1)
                end = next((j for j in range(i + 1, len(lines)) if lines[j].strip() == f"// </snippet:{name}>"), None)
                if end is None:
                    sys.exit(f"{path}: region {name} is not closed")
                regions[name] = normalize(lines[i + 1:end])

changed = 0
for doc in [root / "README.md", *sorted((root / "docs").glob("*.md"))]:
    lines = doc.read_text(encoding="utf-8").splitlines()
    out, i = [], 0
    while i < len(lines):
        out.append(lines[i])
        m = marker.match(lines[i])
        if m and i + 1 < len(lines) and lines[i + 1].strip() == "```csharp":
            name = m.group(1)
            if name not in regions:
                sys.exit(f"{doc.relative_to(root)}: no region named {name}")
            end = next(j for j in range(i + 2, len(lines)) if lines[j].strip() == "```")
            # A block inside a list item keeps the indentation of its fence.
            pad = lines[i + 1][: len(lines[i + 1]) - len(lines[i + 1].lstrip())]
            out.append(pad + "```csharp")
            out.extend((pad + l) if l else l for l in regions[name].split("\n"))
            out.append(pad + "```")
            i = end + 1
            continue
        i += 1
    text = "\n".join(out) + "\n"
    if text != doc.read_text(encoding="utf-8"):
        doc.write_text(text, encoding="utf-8")
        changed += 1
        print(f"updated {doc.relative_to(root)}")
print(f"{len(regions)} regions, {changed} file(s) updated")
