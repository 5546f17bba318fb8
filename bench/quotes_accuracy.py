#!/usr/bin/env python3
"""Quotation accuracy of `newsdesk quotes` on the corpus gold (data/gold/).

Runs `newsdesk quotes --json` on every article that has a gold file and compares its
quotations with the gold ones, independently of the kit's C++ code:

- A found quotation *matches* a gold one when their token overlap is at least 0.8: the words
  (runs of letters and digits) of the two spans, compared by position in the article, that
  both hold, divided by the larger of the two word counts. (Two spans without words match
  only when they are the same bytes.) Each gold quotation matches at most one found one and
  the other way round, the largest overlap first.
- Span precision, recall and F1 count matches; "exact" counts matches with the same begin and
  end bytes.
- On matched quotations: speaker accuracy (the canonical name equal, or both null), cue
  accuracy (equal, or both null), mention accuracy (text and offsets equal, or both null), kind
  accuracy, and the multi_paragraph and unterminated flags (equal).
- Nested quotations (`"nested": true`) are left out: the gold annotates only the outer ones
  (data/ANNOTATION.md, 3.6).

Usage: bench/quotes_accuracy.py [--newsdesk PATH] [--list N] [--articles DIR --gold DIR]
  (from the source tree, after `cmake --workflow --preset solutions`). --list prints the
  first N disagreements of each field, with the article and offset. --articles and --gold
  name another set of articles and its gold (NAME.txt beside NAME.json), such as the held-out
  set of bench/heldout/; by default, the corpus.
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys

def words_in(begin, end, word_positions):
    """The positions of the words that lie wholly inside [begin, end)."""
    return {position for position in word_positions if begin <= position[0] and position[1] <= end}


def overlap(word_positions, a, b):
    if a["begin"] == b["begin"] and a["end"] == b["end"]:
        return 1.0
    words_a = words_in(a["begin"], a["end"], word_positions)
    words_b = words_in(b["begin"], b["end"], word_positions)
    larger = max(len(words_a), len(words_b))
    return len(words_a & words_b) / larger if larger else 0.0


def word_positions_of(text_bytes):
    # Decoded so that \w knows letters beyond ASCII; positions are then mapped back to bytes.
    text = text_bytes.decode("utf-8", errors="replace")
    positions, offset = [], 0
    byte_of = []
    for character in text:
        byte_of.append(offset)
        offset += len(character.encode("utf-8", errors="replace"))
    byte_of.append(offset)
    for match in re.finditer(r"[^\W_]+", text):
        positions.append((byte_of[match.start()], byte_of[match.end()]))
    return positions


def match(text_bytes, found, gold):
    """Pairs (found index, gold index), largest overlap first, each used once."""
    positions = word_positions_of(text_bytes)
    candidates = []
    for i, f in enumerate(found):
        for j, g in enumerate(gold):
            if f["end"] < g["begin"] or g["end"] < f["begin"]:
                continue
            score = overlap(positions, f, g)
            if score >= 0.8:
                candidates.append((-score, i, j))
    candidates.sort()
    used_f, used_g, pairs = set(), set(), []
    for _, i, j in candidates:
        if i not in used_f and j not in used_g:
            used_f.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def mention_of(quote, gold):
    mention = quote["speaker_mention"] if gold else quote["mention"]
    return None if mention is None else (mention["text"], mention["begin"], mention["end"])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--newsdesk", default="build/solutions/tools/newsdesk/newsdesk")
    parser.add_argument("--list", type=int, default=0)
    parser.add_argument("--articles", default="data/corpus/articles")
    parser.add_argument("--gold", default="data/gold")
    args = parser.parse_args()

    fields = {
        "speaker": lambda f, g: f["speaker"] == g["speaker"],
        "cue": lambda f, g: f["cue"] == g["cue"],
        "mention": lambda f, g: mention_of(f, False) == mention_of(g, True),
        "kind": lambda f, g: f["kind"] == g["kind"],
        "multi_paragraph": lambda f, g: f["multi_paragraph"] == g["multi_paragraph"],
        "unterminated": lambda f, g: f["unterminated"] == g["unterminated"],
    }
    right = {name: 0 for name in fields}
    wrong = {name: [] for name in fields}
    found_total = gold_total = matched = exact = 0
    missed, spurious = [], []

    gold_files = sorted(glob.glob(os.path.join(args.gold, "*.json")))
    for gold_file in gold_files:
        gold_doc = json.load(open(gold_file, encoding="utf-8"))
        article = os.path.join(args.articles, os.path.basename(gold_file)[:-5] + ".txt")
        text_bytes = open(article, "rb").read()
        run = subprocess.run([args.newsdesk, "quotes", "--json", article],
                             capture_output=True, check=True)
        found = [q for q in json.loads(run.stdout)["quotes"] if not q["nested"]]
        gold = gold_doc["quotations"]
        found_total += len(found)
        gold_total += len(gold)
        pairs = match(text_bytes, found, gold)
        matched += len(pairs)
        for i, j in pairs:
            f, g = found[i], gold[j]
            exact += f["begin"] == g["begin"] and f["end"] == g["end"]
            for name, same in fields.items():
                if same(f, g):
                    right[name] += 1
                else:
                    shown = (mention_of(f, False), mention_of(g, True)) if name == "mention" \
                        else (f[name], g[name])
                    wrong[name].append((article, g["begin"], *shown))
        matched_gold = {j for _, j in pairs}
        matched_found = {i for i, _ in pairs}
        missed += [(article, g["begin"], g["text"][:60]) for j, g in enumerate(gold)
                   if j not in matched_gold]
        spurious += [(article, f["begin"], f["text"][:60]) for i, f in enumerate(found)
                     if i not in matched_found]

    precision = matched / found_total if found_total else 0.0
    recall = matched / gold_total if gold_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"articles: {len(gold_files)}, gold quotations: {gold_total}, "
          f"found: {found_total}, matched: {matched}, exact spans: {exact}")
    print(f"span precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}  "
          f"(exact-span F1 {2 * exact / (found_total + gold_total):.3f})")
    for name in fields:
        print(f"{name:16} accuracy on matched: {right[name] / matched if matched else 0:.3f} "
              f"({right[name]} of {matched})")
    if args.list:
        for title, rows in (("missed", missed), ("spurious", spurious)):
            for row in rows[:args.list]:
                print(f"  {title}: {row[0]} @{row[1]}: {row[2]!r}")
        for name in fields:
            for row in wrong[name][:args.list]:
                print(f"  {name}: {row[0]} @{row[1]}: found {row[2]!r}, gold {row[3]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
