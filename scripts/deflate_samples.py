#!/usr/bin/env python3
"""Reference data for Tests/VanBanTests/ContainerTests.swift, made by Python's zlib and
zipfile (the C zlib), so VanBan's own inflate decoder and ZIP reader are checked against
an independent implementation.

    scripts/deflate_samples.py OUTDIR [COUNT]

Also OUTDIR/mutant-NNN.deflate (streams with bits flipped or cut short) and, when zlib
accepts one, OUTDIR/mutant-NNN.raw. Writes OUTDIR/NNN.raw (the original bytes) and OUTDIR/NNN.deflate (a raw DEFLATE stream
of them) for COUNT inputs of varied kinds, sizes, levels, strategies and window sizes,
and OUTDIR/archive-NNN.zip (zipfile archives mixing stored and deflated entries) with
OUTDIR/archive-NNN.json listing each entry's name and the file holding its bytes. Deterministic (fixed seed).
"""
import json, os, random, sys, zipfile, zlib

out = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 200
os.makedirs(out, exist_ok=True)
rng = random.Random(16)
root = os.path.join(os.path.dirname(__file__), "..", "corpus")
texts = [open(os.path.join(root, f), "rb").read() for f in sorted(os.listdir(root)) if f.endswith(".txt")]

def sample(i):
    kind = i % 7
    n = rng.choice([0, 1, 2, 3, 10, 100, 257, 1000, 4096, 32768, 33000, 70000, 200000])
    if kind == 0:   # random bytes: stored blocks
        return bytes(rng.getrandbits(8) for _ in range(min(n, 70000)))
    if kind == 1:   # corpus text slices: dynamic Huffman
        t = rng.choice(texts); s = rng.randrange(0, max(1, len(t) - 1)); return t[s:s + n]
    if kind == 2:   # long runs: long matches, distance 1
        return bytes([rng.getrandbits(8)]) * n
    if kind == 3:   # small alphabet: skewed codes
        return bytes(rng.choice(b"ab") for _ in range(n))
    if kind == 4:   # repeated phrases with far distances
        unit = bytes(rng.getrandbits(8) for _ in range(rng.choice([3, 50, 1000, 30000])))
        return (unit * (n // len(unit) + 1))[:n]
    if kind == 5:   # XML-like text
        return (b'<w:p><w:r><w:t xml:space="preserve">' + rng.choice(texts)[:200] + b"</w:t></w:r></w:p>") * (n // 300 + 1)
    return bytes(rng.choice(range(256)) & rng.choice([0x0F, 0xFF, 0x81]) for _ in range(min(n, 40000)))

for i in range(count):
    data = sample(i)
    level = rng.choice([0, 1, 2, 5, 6, 9])
    strategy = rng.choice([zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED])
    wbits = -rng.choice([9, 12, 15])
    c = zlib.compressobj(level, zlib.DEFLATED, wbits, rng.choice([1, 8, 9]), strategy)
    stream = c.compress(data)
    if data and rng.random() < 0.3:  # a sync flush mid-stream: an empty stored block
        stream += c.flush(zlib.Z_SYNC_FLUSH)
    stream += c.flush()
    open(os.path.join(out, "%03d.raw" % i), "wb").write(data)
    open(os.path.join(out, "%03d.deflate" % i), "wb").write(stream)

# Mutants: valid streams with a few bytes flipped or cut. OUTDIR/mutant-NNN.deflate, and
# OUTDIR/mutant-NNN.raw only when zlib accepts the stream (and what it inflates to).
for m in range(300):
    stream = bytearray(open(os.path.join(out, "%03d.deflate" % rng.randrange(count)), "rb").read()[:2000])
    for _ in range(rng.randrange(1, 4)):
        if stream:
            stream[rng.randrange(len(stream))] ^= 1 << rng.randrange(8)
    if stream and rng.random() < 0.3:
        stream = stream[:rng.randrange(len(stream))]
    open(os.path.join(out, "mutant-%03d.deflate" % m), "wb").write(bytes(stream))
    try:
        d = zlib.decompressobj(-15)
        data = d.decompress(bytes(stream)) + d.flush()
        if d.eof:
            open(os.path.join(out, "mutant-%03d.raw" % m), "wb").write(data)
    except zlib.error:
        pass

for a in range(8):
    path = os.path.join(out, "archive-%03d.zip" % a)
    entries = []
    with zipfile.ZipFile(path, "w") as z:
        for e in range(rng.randrange(1, 12)):
            data = sample(rng.randrange(0, 7))
            name = "part/%d/%d.xml" % (a, e)
            z.writestr(zipfile.ZipInfo(name), data, compress_type=rng.choice([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED]))
            raw = "archive-%03d-%d.raw" % (a, e)
            open(os.path.join(out, raw), "wb").write(data)
            entries.append({"name": name, "raw": raw})
        if a % 2:
            z.comment = b"a comment after the central directory"
    json.dump(entries, open(os.path.join(out, "archive-%03d.json" % a), "w"))
