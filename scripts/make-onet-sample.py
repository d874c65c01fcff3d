#!/usr/bin/env python3
"""Writes tests/data/onet-sample/: the O*NET files the native tests read, trimmed to 100
occupations (every 10th by O*NET-SOC code, Chief Executives first), so that a plain clone
of this repository tests without ../shared beside it. The reference files are kept whole.

    python3 scripts/make-onet-sample.py ../shared/data/onet
"""
import csv
import os
import shutil
import sys

source = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/onet"
target = os.path.join(os.path.dirname(__file__), "..", "tests", "data", "onet-sample")
os.makedirs(target, exist_ok=True)


def rows(name):
    with open(os.path.join(source, name), encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    return lines[0], [line for line in lines[1:] if line]


header, skills = rows("Skills.txt")
codes = sorted({line.split("\t", 1)[0] for line in skills})
kept = {codes[0]} | set(codes[::10])
kept.add("11-1011.00")
for name in ("Skills.txt", "Occupation Data.txt"):
    head, body = rows(name)
    with open(os.path.join(target, name), "w", encoding="utf-8", newline="") as f:
        f.write(head + "\n")
        for line in body:
            if line.split("\t", 1)[0] in kept:
                f.write(line + "\n")
for name in ("Content Model Reference.txt", "Level Scale Anchors.txt", "Scales Reference.txt"):
    shutil.copyfile(os.path.join(source, name), os.path.join(target, name))
print(f"{len(kept)} occupations written to {os.path.normpath(target)}")
