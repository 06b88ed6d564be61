#!/usr/bin/env python3
"""The JSON report against its documented schema (docs/report.schema.json), with the
consistency the schema cannot say: spans inside the text, shares equal to their counts,
one series per segment and theme with a point per period.
Usage: report_schema.py VERBATIM SCHEMA -- REPORT-ARGS... (one or more runs separated by --)"""
import json
import subprocess
import sys

import jsonschema

verbatim, schema_path = sys.argv[1], sys.argv[2]
runs, cur = [], None
for a in sys.argv[3:]:
    if a == "--":
        cur = []
        runs.append(cur)
    else:
        cur.append(a)
schema = json.load(open(schema_path))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
for args in runs:
    p = subprocess.run([verbatim, "report", "--format", "json", *args], capture_output=True)
    if p.returncode not in (0, 1):
        sys.exit(f"exit {p.returncode}: {p.stderr.decode()}")
    doc = json.loads(p.stdout)
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
    for e in errors[:5]:
        print(f"{list(e.path)}: {e.message[:200]}")
    if errors:
        sys.exit(f"{len(errors)} schema errors for: {' '.join(args)}")
    n = doc["documents"]
    for t in doc["themes"]:
        assert abs(t["share"] - (t["docs"] / n if n else 0)) < 1e-4, t
        assert t["docs"] <= doc["matched"] <= n
    for ex in doc.get("examples", []):
        for it in ex["items"]:
            size = len(it["text"].encode())
            for s, e in it["highlights"]:
                assert 0 <= s < e <= size, (it["id"], s, e, size)
    trend = doc.get("trend")
    if trend:
        for s in trend["series"]:
            assert [pt["period"] for pt in s["points"]] == trend["periods"]
        tested = sum(pt["p"] is not None for s in trend["series"] for pt in s["points"])
        assert tested == trend["tests"], (tested, trend["tests"])
    sections = [k for k in ("trend", "segments", "drivers", "examples") if k in doc]
    print(f"valid: {n} documents, {len(doc['themes'])} themes, sections {sections or 'none'}"
          f": {' '.join(args)}")
