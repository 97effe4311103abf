#!/usr/bin/env python3
"""Hostile and not-quite-Word files for Tests/VanBanTests/DocxHostileTests.swift.

    scripts/hostile_docx.py OUTDIR [--office]

Starts from a small valid .docx made by python-docx (OUTDIR/valid.docx) and writes, each
named after what it tries:
  bomb.docx          document.xml of 100 MB of empty paragraphs (deflates ~1000:1)
  big.docx           document.xml of 100 MB that compresses only ~40:1 (the size limit)
  liar.docx          big.docx with a central directory that declares 1000 bytes
  traversal.docx     an extra entry ../../evil.xml
  absolute.docx      an extra entry /etc/evil.xml
  duplicate.docx     word/document.xml twice
  missing.docx       no word/document.xml
  no-types.docx      no [Content_Types].xml
  encrypted-entry.docx  the encryption flag set on every entry
  entities.docx      document.xml with a "billion laughs" DTD
  external.docx      document.xml with an external entity (file:///etc/passwd)
  truncated.docx     valid.docx cut in half
  text.docx          plain text named .docx
  badcrc.docx        document.xml with one byte changed (stored, so the CRC catches it)
With --office also, by LibreOffice: renamed.doc.docx (Word 97), renamed.odt.docx (ODF),
and by msoffcrypto-tool: password.docx (valid.docx with a password: an encrypted
compound file, as Word writes it).
"""
import io, os, shutil, subprocess, sys, tempfile, zipfile, zlib, random

out = sys.argv[1]
office = "--office" in sys.argv
os.makedirs(out, exist_ok=True)

import docx
d = docx.Document()
d.add_paragraph("KẾ HOẠCH")
d.add_paragraph("Thực hiện Nghị quyết số 45-NQ/TW, ngày 24/01/2019 của Bộ Chính trị")
valid = os.path.join(out, "valid.docx")
d.save(valid)
parts = [(i, zipfile.ZipFile(valid).read(i.filename)) for i in zipfile.ZipFile(valid).infolist()]
W = b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'


def write(name, entries, method=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(os.path.join(out, name), "w", method) as z:
        for n, data in entries:
            z.writestr(zipfile.ZipInfo(n) if isinstance(n, str) else n, data)


def replace(name, part, data):
    write(name, [(i.filename, data if i.filename == part else b) for i, b in parts])


def stream_document(name, chunk_maker, total, level):
    """A docx whose document.xml is `total` bytes, deflated in chunks (bounded memory)."""
    path = os.path.join(out, name)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as z:
        for i, b in parts:
            if i.filename != "word/document.xml":
                z.writestr(i.filename, b)
        with z.open("word/document.xml", "w", force_zip64=False) as f:
            f.write(W)
            written = len(W)
            while written < total:
                c = chunk_maker()
                f.write(c)
                written += len(c)
            f.write(b"</w:body></w:document>")


MB = 1 << 20
stream_document("bomb.docx", lambda: b"<w:p/>" * 100000, 100 * MB, 9)
rng = random.Random(16)
words = [bytes(rng.choice(b"abcdefghijklmnopqrstuvwxyz") for _ in range(12)) for _ in range(16)]
stream_document("big.docx", lambda: b"<w:p><w:r><w:t>" + b" ".join(rng.choice(words) for _ in range(5000)) + b"</w:t></w:r></w:p>", 100 * MB, 6)

# liar.docx: big.docx with the central directory's uncompressed size of document.xml set to 1000.
data = bytearray(open(os.path.join(out, "big.docx"), "rb").read())
cd = data.rfind(b"PK\x01\x02" + b"\x00" * 0, 0)
i = 0
while True:
    i = data.find(b"PK\x01\x02", i)
    if i < 0:
        break
    nlen = int.from_bytes(data[i + 28:i + 30], "little")
    if data[i + 46:i + 46 + nlen] == b"word/document.xml":
        data[i + 24:i + 28] = (1000).to_bytes(4, "little")
    i += 4
open(os.path.join(out, "liar.docx"), "wb").write(bytes(data))

write("traversal.docx", [(i.filename, b) for i, b in parts] + [("../../evil.xml", b"<x/>")])
write("absolute.docx", [(i.filename, b) for i, b in parts] + [("/etc/evil.xml", b"<x/>")])
import warnings
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    write("duplicate.docx", [(i.filename, b) for i, b in parts] + [("word/document.xml", W + b"</w:body></w:document>")])
write("missing.docx", [(i.filename, b) for i, b in parts if i.filename != "word/document.xml"])
write("no-types.docx", [(i.filename, b) for i, b in parts if i.filename != "[Content_Types].xml"])
laughs = (b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
          + b"".join(b'<!ENTITY %c "&%c;&%c;&%c;&%c;&%c;&%c;&%c;&%c;&%c;&%c;">' % ((c,) + (c - 1,) * 10) for c in range(ord("c"), ord("k")))
          + b"]>" + W + b"<w:p><w:r><w:t>&j;</w:t></w:r></w:p></w:body></w:document>")
replace("entities.docx", "word/document.xml", laughs)
replace("external.docx", "word/document.xml",
        b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>' + W
        + b"<w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>")
raw = open(valid, "rb").read()
open(os.path.join(out, "truncated.docx"), "wb").write(raw[: len(raw) // 2])
open(os.path.join(out, "text.docx"), "wb").write("KẾ HOẠCH\nnội dung\n".encode())

# encrypted-entry.docx: general-purpose flag bit 0 set in every local and central header.
data = bytearray(raw)
for sig, off in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
    i = 0
    while (i := data.find(sig, i)) >= 0:
        data[i + off] |= 1
        i += 4
open(os.path.join(out, "encrypted-entry.docx"), "wb").write(bytes(data))

# badcrc.docx: document.xml stored, one byte of it changed after the CRC was computed.
write("badcrc.docx", [(i.filename, b) for i, b in parts], method=zipfile.ZIP_STORED)
data = bytearray(open(os.path.join(out, "badcrc.docx"), "rb").read())
k = data.find(b"Ngh\xe1\xbb\x8b quy\xe1\xba\xbft")
data[k] = ord("M")
open(os.path.join(out, "badcrc.docx"), "wb").write(bytes(data))

import msoffcrypto.format.ooxml
with open(valid, "rb") as src, open(os.path.join(out, "password.docx"), "wb") as dst:
    msoffcrypto.format.ooxml.OOXMLFile(src).encrypt("vanban", dst)

if office:
    work = tempfile.mkdtemp(prefix="vanban-hostile-")
    try:
        profile = "-env:UserInstallation=file://" + work + "/profile"
        def convert(target, src):
            subprocess.run(["soffice", profile, "--headless", "--convert-to", target, "--outdir", work, src],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        convert("doc:MS Word 97", valid)
        shutil.copy(os.path.join(work, "valid.doc"), os.path.join(out, "renamed.doc.docx"))
        convert("odt", valid)
        shutil.copy(os.path.join(work, "valid.odt"), os.path.join(out, "renamed.odt.docx"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
