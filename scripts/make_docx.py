#!/usr/bin/env python3
"""Word fixtures for the tests, from plain-text documents, by two independent producers.

    scripts/make_docx.py python-docx IN.txt OUT.docx
    scripts/make_docx.py libreoffice IN.txt OUT.docx

python-docx: every line of the text becomes a paragraph (tabs become w:tab). Heading and
list labels at the start of a line (`I.`, `1.`, `a)`, `-`) become Word automatic numbering
(numbering.xml) instead of typed text, the way drafts written in Word number them: a new
list instance (w:num with w:startOverride) whenever a label does not continue the one
before it at its level. A label Word cannot produce (`đ)`, which Word's letters skip)
stays typed. The label and its one following space are removed from the text; Word
renders them back.

libreoffice: `soffice --headless --convert-to docx` of the text (its own reader and writer).

    scripts/make_docx.py tables IN.txt RECORD.json OUT.docx

tables: like python-docx, but the lines of each appendix row named in RECORD.json (the
reviewed golden record, corpus/expected/*.json) become one row of a real Word table, one
cell per column (its `cells` when the record has them, else index, task, owner, start, end) holding
the whole cell text, as a table
typed in Word has it, instead of the text dump's one wrapped fragment per line.
"""
import json
import os, re, shutil, subprocess, sys, tempfile

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"]
LETTERS = "abcdefghijklmnopqrstuvwxyz"
# label pattern, Word number format, level text, value of a label
KINDS = [
    ("roman", re.compile(r"^(%s)\. " % "|".join(sorted(ROMAN, key=len, reverse=True))), "upperRoman", "%1.", lambda s: ROMAN.index(s) + 1),
    ("decimal", re.compile(r"^([1-9][0-9]?)\. "), "decimal", "%1.", int),
    ("letter", re.compile(r"^([a-z])\) "), "lowerLetter", "%1)", lambda s: LETTERS.index(s) + 1),
    ("dash", re.compile(r"^(-) "), "bullet", "-", lambda s: 0),
]


def python_docx(src, out, record=None):
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    document = docx.Document()
    body = document.element.body
    for p in list(body.iterchildren(qn("w:p"))):
        body.remove(p)
    numbering = document.part.numbering_part.element
    state = {}      # kind -> (numId, last value)
    next_id = [100]

    def new_num(kind, fmt, text, start):
        abstract_id = next_id[0]; num_id = next_id[0]; next_id[0] += 1
        numbering.insert(0, parse_xml(
            '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/>'
            '<w:suff w:val="space"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>' % (nsdecls("w"), abstract_id, fmt, text)))
        numbering.append(parse_xml(
            '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="%d"/></w:lvlOverride></w:num>' % (nsdecls("w"), num_id, abstract_id, start)))
        return num_id

    text = open(src, encoding="utf-8").read()
    rows = {}       # first line (1-based) of a row -> (last line, cells)
    for appendix in (record or {}).get("appendices", []):
        for row in appendix["rows"]:
            # A row read with its cells (a marked or columnar table) is typed cell by cell.
            cells = row.get("cells") or [row.get(k) or "" for k in ("index", "task", "owner", "start", "end")]
            rows[row["span"]["start"]["line"]] = (row["span"]["end"]["line"], cells)
    skip_until = 0
    table = None
    for number, line in enumerate(text.splitlines(), 1):
        if number <= skip_until:
            continue
        if number in rows:
            last, cells = rows[number]
            if table is None:
                table = document.add_table(rows=0, cols=len(cells))
            row = table.add_row()
            for cell, value in zip(row.cells, cells):
                cell.text = value
            skip_until = last
            continue
        if line.strip() and table is not None:
            table = None
        numbered = None
        for kind, pattern, fmt, level_text, value_of in KINDS:
            m = pattern.match(line)
            if not m:
                continue
            value = value_of(m.group(1))
            num_id, last = state.get(kind, (None, None))
            if kind == "dash":
                if num_id is None:
                    num_id = new_num(kind, fmt, level_text, 1)
            elif num_id is None or value != last + 1:
                num_id = new_num(kind, fmt, level_text, value)
            state[kind] = (num_id, value)
            numbered = (num_id, line[m.end():])
            break
        paragraph = document.add_paragraph()
        if numbered:
            num_id, line = numbered
            ppr = paragraph._p.get_or_add_pPr()
            ppr.append(parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % (nsdecls("w"), num_id)))
        if line:
            paragraph.add_run(line)
    document.save(out)


def libreoffice(src, out):
    work = tempfile.mkdtemp(prefix="vanban-soffice-")
    try:
        name = os.path.splitext(os.path.basename(src))[0]
        shutil.copy(src, os.path.join(work, name + ".txt"))
        subprocess.run(["soffice", "-env:UserInstallation=file://" + work + "/profile", "--headless",
                        "--infilter=Text (encoded):UTF8,LF,,,", "--convert-to", "docx:MS Word 2007 XML",
                        "--outdir", work, os.path.join(work, name + ".txt")],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.move(os.path.join(work, name + ".docx"), out)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    if sys.argv[1] == "tables":
        python_docx(sys.argv[2], sys.argv[4], json.load(open(sys.argv[3], encoding="utf-8")))
    else:
        producer, src, out = sys.argv[1:4]
        {"python-docx": python_docx, "libreoffice": libreoffice}[producer](src, out)
