#!/usr/bin/env python3
"""Shard-merge identity: for several splits of a CSV or TSV input into shards, the report merged
from the shards' state files is byte-identical to the report of the whole input, and so is
the merged state file; the same holds for any --threads value and any merge order.

Usage: shard_merge.py VERBATIM WORKDIR INPUT.csv -- REPORT-OPTIONS...
Prints one line per check with the bytes compared; exits 1 at the first difference."""
import csv
import io
import os
import subprocess
import sys

verbatim, work, path = sys.argv[1], sys.argv[2], sys.argv[3]
opts = sys.argv[sys.argv.index("--") + 1:]
formats = [["--format", "json"], ["--format", "table"], ["--format", "csv", "--table", "trends"]]


def run(args):
    p = subprocess.run([verbatim] + args, capture_output=True)
    if p.returncode != 0:
        sys.stderr.write(p.stderr.decode(errors="replace"))
        sys.exit(f"exit {p.returncode}: verbatim {' '.join(args)}")
    return p.stdout


def read(p):
    with open(p, "rb") as f:
        return f.read()


# the records, split by the CSV reader (fields may hold line breaks)
tsv = path.endswith(".tsv")
ext, delim = (".tsv", "\t") if tsv else (".csv", ",")
with open(path, newline="", encoding="utf-8-sig") as f:
    rows = list(csv.reader(f, delimiter=delim))
header, records = rows[0], rows[1:]

whole_state = os.path.join(work, "whole.state")
whole = {}
for fmt in formats:
    whole[" ".join(fmt)] = run(["report", "--quiet", "--threads", "1", *opts, *fmt,
                                "--save-state", whole_state, path])
state_bytes = read(whole_state)

compared = 0
for k in (2, 3, 5, 7):
    # uneven shards: shard i gets a share proportional to i + 1
    weights = list(range(1, k + 1))
    total = sum(weights)
    cuts, at = [0], 0
    for w in weights[:-1]:
        at += len(records) * w // total
        cuts.append(at)
    cuts.append(len(records))
    states = []
    for i in range(k):
        shard = os.path.join(work, f"shard{k}_{i}{ext}")
        with open(shard, "w", newline="", encoding="utf-8") as f:
            wr = csv.writer(f, delimiter=delim)
            wr.writerow(header)
            wr.writerows(records[cuts[i]:cuts[i + 1]])
        st = os.path.join(work, f"shard{k}_{i}.state")
        run(["report", "--quiet", "--threads", str(1 + i % 3), *opts, "--format", "json",
             "--save-state", st, shard])
        states.append(st)
    merged_state = os.path.join(work, f"merged{k}.state")
    for n, fmt in enumerate(formats):
        order = states if n % 2 == 0 else states[::-1]  # the order does not matter either
        extra = ["--save-state", merged_state] if n == 0 else []
        out = run(["merge", *[o for o in opts if o in ("--title",)], *fmt, *extra, *order])
        if out != whole[" ".join(fmt)]:
            sys.exit(f"{k} shards, {' '.join(fmt)}: the merged report differs from the whole")
        compared += len(out)
    if read(merged_state) != state_bytes:
        sys.exit(f"{k} shards: the merged state differs from the whole's")
    compared += len(state_bytes)
    print(f"{k} shards ({', '.join(str(cuts[i + 1] - cuts[i]) for i in range(k))} records): "
          f"3 reports and the state identical")

# a merge of merges: ((0 1) 2) from 3 shards
tree = os.path.join(work, "tree.state")
run(["merge", "--format", "json", "--save-state", tree,
     os.path.join(work, "shard3_0.state"), os.path.join(work, "shard3_1.state")])
out = run(["merge", "--format", "json", tree, os.path.join(work, "shard3_2.state")])
if out != whole["--format json"]:
    sys.exit("a merge of merges differs from the whole")
compared += len(out)
for t in (2, 4):
    out = run(["report", "--quiet", "--threads", str(t), *opts, "--format", "json", path])
    if out != whole["--format json"]:
        sys.exit(f"--threads {t} differs from --threads 1")
    compared += len(out)
print("a merge of merges, and --threads 2 and 4: identical")
print(f"{len(records)} records; {compared} bytes compared")
