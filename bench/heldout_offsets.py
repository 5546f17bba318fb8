#!/usr/bin/env python3
"""Byte offsets for the hand-made gold of a held-out set (bench/heldout/, bench/heldout2/).

Bookkeeping only. Every decision (what is a quotation, its kind, its flags, which words are
the speaker mention, who the speaker is, what the cue is) is written by hand in
SET/annotations.py. This script only finds, in the article, the strings chosen there and turns
them into byte offsets, then checks that each slice is exactly the text it claims.

How a string is found:
  q      the quotation's content, exactly as written; or a pair (first words, last words)
         for a long one: begin is where the first words start, end is where the last
         words end (the first match of the last words at or after begin).
  qocc   which occurrence of the content (or of its first words), 1-based; when omitted the
         string must occur exactly once in the article.
  m      the mention text as written; None for no mention.
  mctx   a longer string, unique in the article, that holds the mention; the mention is its
         first occurrence inside that string. Without mctx, mocc (1-based) picks the
         occurrence of m itself, and without either, m must be unique.

Checks (they report, they never change an annotation):
  - bytes[begin:end] decoded is the text; the same for the mention;
  - the character before begin is a quotation mark, and the one after end is a quotation
    mark, or the end of the paragraph when the entry says unterminated;
  - an entry marked multi_paragraph holds a line break, and only such an entry does;
  - the entries come in text order and do not overlap.
It also lists every quotation-mark character outside the spans and their outer marks, so
that the annotator can re-read each one and confirm it is an apostrophe (or fix the gold).

Usage: python3 bench/heldout_offsets.py SET            writes SET/gold/*.json and prints
                                                       the checks (SET: bench/heldout, ...)
       python3 bench/heldout_offsets.py SET --check    only checks SET/gold/*.json against
                                                       SET/articles
"""
import json
import os
import sys

MARKS = "\"'\u201c\u201d\u2018\u2019"


def find_all(hay, needle):
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def locate(text, needle, occ, what):
    hits = find_all(text, needle)
    if occ is None:
        if len(hits) != 1:
            raise SystemExit(f"{what}: {needle!r} occurs {len(hits)} times; give an occurrence")
        return hits[0]
    if occ > len(hits):
        raise SystemExit(f"{what}: {needle!r} occurs only {len(hits)} times")
    return hits[occ - 1]


def bpos(text, cpos):
    """Byte offset of a character offset."""
    return len(text[:cpos].encode("utf-8"))


def build(slug, text, entries):
    out = []
    for n, e in enumerate(entries, 1):
        what = f"{slug} entry {n}"
        q = e["q"]
        if isinstance(q, tuple):
            first, last = q
            c0 = locate(text, first, e.get("qocc"), what)
            c1 = text.find(last, c0)
            if c1 == -1:
                raise SystemExit(f"{what}: last words {last!r} not found after the first")
            c1 += len(last)
        else:
            c0 = locate(text, q, e.get("qocc"), what)
            c1 = c0 + len(q)
        mention = None
        if e.get("m") is not None:
            m = e["m"]
            if e.get("mctx"):
                k = locate(text, e["mctx"], None, what + " mention context")
                j = e["mctx"].find(m)
                if j == -1:
                    raise SystemExit(f"{what}: mention {m!r} not in its context")
                mc = k + j
            else:
                mc = locate(text, m, e.get("mocc"), what + " mention")
            mention = {"text": m, "begin": bpos(text, mc), "end": bpos(text, mc + len(m))}
        out.append({
            "begin": bpos(text, c0),
            "end": bpos(text, c1),
            "text": text[c0:c1],
            "kind": e["kind"],
            "multi_paragraph": bool(e.get("mp", False)),
            "unterminated": bool(e.get("unt", False)),
            "speaker_mention": mention,
            "speaker": e.get("spk"),
            "cue": e.get("cue"),
        })
    return out


def check(slug, raw, quotations):
    """Returns a list of problems; prints the marks left outside every span."""
    text = raw.decode("utf-8")
    problems = []
    prev_end = -1
    covered = set()  # character offsets inside spans or their outer marks
    for n, q in enumerate(quotations, 1):
        where = f"{slug} #{n} at {q['begin']}"
        b, e = q["begin"], q["end"]
        if raw[b:e].decode("utf-8") != q["text"]:
            problems.append(f"{where}: text does not match bytes")
        if b < prev_end:
            problems.append(f"{where}: out of order or overlapping")
        prev_end = e
        c0 = len(raw[:b].decode("utf-8"))
        c1 = len(raw[:e].decode("utf-8"))
        if c0 == 0 or text[c0 - 1] not in MARKS:
            problems.append(f"{where}: no opening mark before the span")
        if q["unterminated"]:
            if not (c1 == len(text) or text[c1] == "\n"):
                problems.append(f"{where}: unterminated but not ending at a paragraph end")
        elif c1 >= len(text) or text[c1] not in MARKS:
            problems.append(f"{where}: no closing mark after the span")
        if ("\n" in q["text"]) != q["multi_paragraph"]:
            problems.append(f"{where}: multi_paragraph flag and line breaks disagree")
        if q["kind"] not in ("direct", "partial", "not-speech"):
            problems.append(f"{where}: bad kind")
        m = q["speaker_mention"]
        if m is not None and raw[m["begin"]:m["end"]].decode("utf-8") != m["text"]:
            problems.append(f"{where}: mention text does not match bytes")
        if q["kind"] == "not-speech" and (m or q["speaker"] or q["cue"]):
            problems.append(f"{where}: not-speech with a mention, speaker or cue")
        covered.update(range(c0 - 1, c1 + 1))
    loose = [(i, text[i]) for i in range(len(text)) if text[i] in MARKS and i not in covered]
    for i, ch in loose:
        line = text.count("\n", 0, i) + 1
        print(f"  {slug} line {line}: mark {ch!r} outside spans: ...{text[max(0, i - 12):i + 12]!r}")
    return problems


def main():
    arguments = [a for a in sys.argv[1:] if a != "--check"]
    if len(arguments) != 1 or not os.path.isdir(arguments[0]):
        print("usage: bench/heldout_offsets.py SET [--check]   (SET: a folder such as "
              "bench/heldout)", file=sys.stderr)
        return 2
    folder = arguments[0]
    sys.path.insert(0, os.path.abspath(folder))
    art_dir = os.path.join(folder, "articles")
    gold_dir = os.path.join(folder, "gold")
    only_check = "--check" in sys.argv
    if not only_check:
        from annotations import ANNOTATIONS
        os.makedirs(gold_dir, exist_ok=True)
        for slug, entries in ANNOTATIONS.items():
            text = open(os.path.join(art_dir, slug + ".txt"), encoding="utf-8").read()
            gold = {"article": slug, "quotations": build(slug, text, entries)}
            with open(os.path.join(gold_dir, slug + ".json"), "w", encoding="utf-8") as f:
                json.dump(gold, f, ensure_ascii=False, indent=2)
                f.write("\n")
    problems = []
    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith(".json"):
            continue
        gold = json.load(open(os.path.join(gold_dir, name), encoding="utf-8"))
        raw = open(os.path.join(art_dir, gold["article"] + ".txt"), "rb").read()
        problems += check(gold["article"], raw, gold["quotations"])
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
