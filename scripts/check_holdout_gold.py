#!/usr/bin/env python3
"""Check the hold-out gold files in Tests/Holdout/.

For every `hNN_*.gold.json`: the document it names exists; every mistake and
look-alike has a 1-based `line` inside the file whose text contains `text` exactly;
every rule ID is in ../shared/RULES.md (or docs/rules.md when that is absent);
any `alsoAcceptLines` (other lines where a finding describes the same
defect, e.g. the other half of a conflicting pair) are inside the file;
no line is both a mistake and a look-alike for overlapping text; the document has
120-300 lines, 8-12 mistakes and 6-10 look-alikes. Prints a summary table and
exits 1 on any problem.

Usage: python3 scripts/check_holdout_gold.py [Tests/Holdout]
"""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def known_rule_ids():
    for candidate in (os.path.join(ROOT, "..", "shared", "RULES.md"),
                      "/work/shared/RULES.md",
                      os.path.join(ROOT, "docs", "rules.md")):
        if os.path.exists(candidate):
            text = open(candidate, encoding="utf-8").read()
            return set(re.findall(r"^\| `([a-z]+(?:-[a-z]+)*)`", text, re.M))
    return None


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "Tests", "Holdout")
    rule_ids = known_rule_ids()
    problems = []
    totals = {"docs": 0, "mistakes": 0, "lookalikes": 0}
    categories = {}
    golds = sorted(f for f in os.listdir(folder) if f.endswith(".gold.json"))
    if not golds:
        problems.append(f"no gold files in {folder}")
    print(f"{'document':45} {'lines':>5} {'mistakes':>8} {'look-alikes':>11}")
    for gold_name in golds:
        gold = json.load(open(os.path.join(folder, gold_name), encoding="utf-8"))
        doc = gold.get("document", "")
        if doc.removesuffix(".txt") != gold_name.removesuffix(".gold.json"):
            problems.append(f"{gold_name}: names document {doc!r}")
        path = os.path.join(folder, doc)
        if not os.path.exists(path):
            problems.append(f"{gold_name}: {doc} does not exist")
            continue
        # Physical lines as an editor numbers them: split on \n only (the files are LF).
        raw = open(path, "rb").read()
        if b"\r" in raw:
            problems.append(f"{doc}: contains CR; line numbers assume LF")
        lines = raw.decode("utf-8").split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        n_m, n_l = len(gold.get("mistakes", [])), len(gold.get("lookalikes", []))
        print(f"{doc:45} {len(lines):5} {n_m:8} {n_l:11}")
        if not 120 <= len(lines) <= 300:
            problems.append(f"{doc}: {len(lines)} lines, expected 120-300")
        if not 8 <= n_m <= 12:
            problems.append(f"{doc}: {n_m} mistakes, expected 8-12")
        if not 6 <= n_l <= 10:
            problems.append(f"{doc}: {n_l} look-alikes, expected 6-10")
        spans = {"mistakes": [], "lookalikes": []}
        for kind in ("mistakes", "lookalikes"):
            for i, entry in enumerate(gold.get(kind, [])):
                where = f"{doc} {kind}[{i}]"
                line, text = entry.get("line"), entry.get("text")
                if not isinstance(line, int) or not 1 <= line <= len(lines):
                    problems.append(f"{where}: line {line!r} out of range")
                    continue
                if not text or text not in lines[line - 1]:
                    problems.append(f"{where}: {text!r} is not on line {line}: {lines[line - 1]!r}")
                    continue
                for other in entry.get("alsoAcceptLines", []):
                    if not isinstance(other, int) or not 1 <= other <= len(lines):
                        problems.append(f"{where}: alsoAcceptLines {other!r} out of range")
                if not entry.get("why"):
                    problems.append(f"{where}: no 'why'")
                start = lines[line - 1].find(text)
                spans[kind].append((line, start, start + len(text), text))
                if kind == "mistakes":
                    rules = entry.get("rules") or []
                    if not rules:
                        problems.append(f"{where}: no rules")
                    for rule in rules:
                        if rule_ids is not None and rule not in rule_ids:
                            problems.append(f"{where}: unknown rule {rule!r}")
                    if not entry.get("category"):
                        problems.append(f"{where}: no category")
                    categories[entry.get("category", "?")] = categories.get(entry.get("category", "?"), 0) + 1
        for (ml, ms, me, mt) in spans["mistakes"]:
            for (ll, ls, le, lt) in spans["lookalikes"]:
                if ml == ll and ms < le and ls < me:
                    problems.append(f"{doc} line {ml}: mistake {mt!r} overlaps look-alike {lt!r}")
        totals["docs"] += 1
        totals["mistakes"] += n_m
        totals["lookalikes"] += n_l
    print(f"{'total':45} {'':5} {totals['mistakes']:8} {totals['lookalikes']:11}  ({totals['docs']} documents)")
    print("\nmistakes per category:")
    for name, count in sorted(categories.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {count:3}  {name}")
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        return 1
    print("\nall gold entries found on their lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
