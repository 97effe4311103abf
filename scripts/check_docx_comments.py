#!/usr/bin/env python3
"""Reads a reviewed copy made by `vanban lint X.docx --format docx --output Y.docx` the way
Word's own readers do, for Tests/VanBanTests/DocxTests.swift.

    scripts/check_docx_comments.py ORIGINAL.docx REVIEWED.docx

Prints one JSON object:
  comments: [{id, author, initials, text, anchored}] -- python-docx's view of each comment,
            and the document text between its commentRangeStart and commentRangeEnd
            (paragraphs joined by \\n, tabs as \\t), read with lxml;
  references: how many w:commentReference runs the document has;
  problems: every way the copy differs from the original other than by comment marks:
            a part other than document.xml, its .rels, [Content_Types].xml and the comments
            part that is not byte-identical, a part missing, or a change to document.xml
            that is not an insertion of comment marks or of the runs a split reopens.
"""
import json, re, sys, zipfile
import docx
from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
original, reviewed = sys.argv[1], sys.argv[2]
result = {"comments": [], "problems": []}

d = docx.Document(reviewed)
texts = {}
for c in d.comments:
    texts[c.comment_id] = {"id": c.comment_id, "author": c.author, "initials": c.initials, "text": c.text}

a, b = zipfile.ZipFile(original), zipfile.ZipFile(reviewed)
body = etree.fromstring(b.read("word/document.xml"))
open_ids, anchored = [], {}
skip = {W + "del", W + "moveFrom", "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback", W + "instrText", W + "delText"}
references = 0
for event, el in etree.iterwalk(body, events=("start", "end")):
    if event == "start" and el.tag in skip:
        # iterwalk cannot skip a subtree: remember it and ignore what is inside
        el.set("vanban-skip", "1")
    inside = any(p.get("vanban-skip") for p in el.iterancestors()) or el.get("vanban-skip")
    if inside:
        continue
    if event == "start":
        if el.tag == W + "commentRangeStart":
            i = int(el.get(W + "id")); open_ids.append(i); anchored[i] = ""
        elif el.tag == W + "commentRangeEnd":
            i = int(el.get(W + "id"))
            if i in open_ids: open_ids.remove(i)
        elif el.tag == W + "commentReference":
            references += 1
        elif el.tag == W + "t":
            for i in open_ids: anchored[i] += el.text or ""
        elif el.tag == W + "tab" and el.getparent().tag == W + "r":
            for i in open_ids: anchored[i] += "\t"
        elif el.tag in (W + "br", W + "cr"):
            for i in open_ids: anchored[i] += "\n"
    elif el.tag == W + "p":
        for i in open_ids: anchored[i] += "\n"
for i, c in sorted(texts.items()):
    c["anchored"] = anchored.get(i)
    result["comments"].append(c)
result["references"] = references

edited = {"word/document.xml", "word/_rels/document.xml.rels", "[Content_Types].xml", "word/comments.xml"}
for name in a.namelist():
    if name not in b.namelist():
        result["problems"].append("missing part " + name)
    elif name not in edited and a.read(name) != b.read(name):
        result["problems"].append("changed part " + name)
# document.xml: only insertions. Walk the original and the copy together; where they
# differ, the copy must hold one of the things a comment inserts (a mark, a reference run,
# a run closed and reopened around marks with the run's properties, xml:space="preserve"
# on a split text); skipping it, the walk must go on to consume the original exactly.
marks = rb'(?:<w:commentRangeStart w:id="\d+"/>|<w:commentRangeEnd w:id="\d+"/>|<w:r><w:commentReference w:id="\d+"/></w:r>)+'
props = rb'(?:<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>|<w:rPr/>)?'
allowed = [re.compile(p, re.S) for p in (
    rb"</w:t></w:r>" + marks + rb"<w:r>" + props + rb'<w:t xml:space="preserve">',
    rb"</w:r>" + marks + rb"<w:r>" + props,
    marks,
    rb' xml:space="preserve"',
    rb'<w:t xml:space="preserve"></w:t>',
)]
old, new = a.read("word/document.xml"), b.read("word/document.xml")
i = j = 0
while i < len(old) or j < len(new):
    if i < len(old) and j < len(new) and old[i] == new[j]:
        i += 1; j += 1
        continue
    # Back up to the start of the tag the walk is in: insertions go between tags or
    # inside text, and the equal prefix may have eaten the start of an insertion.
    for back in range(0, min(64, j) + 1):
        m = next((m for r in allowed if (m := r.match(new, j - back)) and m.end() > j and old[i - back:i] == new[j - back:j]), None)
        if m:
            j = m.end(); i -= back
            break
    else:
        result["problems"].append("document.xml differs beyond comment marks near byte %d: %r / %r" % (i, old[i - 60:i + 60], new[j - 60:j + 60]))
        break
print(json.dumps(result, ensure_ascii=False))
