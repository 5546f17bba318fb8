#!/usr/bin/env python3
"""An independent count of the corpus's most frequent words, to check `newsdesk freq`.

It shares no code with the C++ counter: the tokens come from `newsdesk tokenize` (exercise
05's tokens, one per line), and this script does the rest by the documented rules, in
Python:
  - a word is a token that holds a letter (Unicode category L*) or a decimal digit (Nd);
  - it is folded as exercises/06-normalize/normalize.hpp says, with accents kept: the
    capital letters of ASCII, the Latin-1 Supplement (U+00C0 to U+00DE, not U+00D7) and
    Latin Extended-A (U+0100 to U+017F) become their simple lower case (İ becomes i), the
    quotation marks U+2018 to U+201B become ', U+201C to U+201F become ", and the en and em
    dashes become -;
  - words are counted with collections.Counter, and ranked by count descending, then by
    word in code point order.
Then it compares the top N (100 unless --top says otherwise), and the numbers of tokens and
types, with `newsdesk freq --tsv` over the same files.

  python3 data/tools/top_words.py NEWSDESK [--top N] [FILE...]
      FILE: the articles (default: every data/corpus/articles/*.txt); exit status 1 when the
      two counts differ (a CTest test of the solutions track runs this)
"""
import argparse
import collections
import pathlib
import subprocess
import sys
import unicodedata

DATA = pathlib.Path(__file__).resolve().parent.parent
STRAIGHT = {**{chr(c): "'" for c in range(0x2018, 0x201C)},
            **{chr(c): '"' for c in range(0x201C, 0x2020)},
            "\u2013": "-", "\u2014": "-"}


def has_case_folded(code_point: int) -> bool:
    """Whether exercise 06 folds the case of this code point (the three blocks)."""
    return (ord("A") <= code_point <= ord("Z")
            or (0xC0 <= code_point <= 0xDE and code_point != 0xD7)
            or 0x100 <= code_point <= 0x17F)


def fold_character(ch: str) -> str:
    if ch == "\u0130":
        return "i"  # İ: the simple lower case; Python's lower() gives the full "i\u0307"
    if has_case_folded(ord(ch)):
        small = ch.lower()
        assert len(small) == 1, f"U+{ord(ch):04X} has no one-character lower case"
        return small
    return STRAIGHT.get(ch, ch)


def is_word(token: str) -> bool:
    return any(unicodedata.category(ch).startswith("L") or unicodedata.category(ch) == "Nd"
               for ch in token)


def ranked(counts: collections.Counter) -> list:
    """(word, count) by count descending, then by word in code point order."""
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def python_counts(newsdesk: str, files: list) -> collections.Counter:
    counts = collections.Counter()
    for file in files:
        tokens = subprocess.run([newsdesk, "tokenize", str(file)], check=True,
                                capture_output=True).stdout.decode("utf-8")
        counts.update("".join(map(fold_character, token))
                      for token in tokens.splitlines() if is_word(token))
    return counts


def newsdesk_counts(newsdesk: str, files: list) -> list:
    lines = subprocess.run([newsdesk, "freq", "--tsv", *map(str, files)], check=True,
                           capture_output=True).stdout.decode("utf-8").splitlines()
    return [(word, int(count)) for count, word in (line.split("\t", 1) for line in lines)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("newsdesk", help="the newsdesk program")
    parser.add_argument("files", nargs="*", type=pathlib.Path)
    parser.add_argument("--top", type=int, default=100)
    args = parser.parse_args()
    files = args.files or sorted((DATA / "corpus" / "articles").glob("*.txt"))

    expected = ranked(python_counts(args.newsdesk, files))
    actual = newsdesk_counts(args.newsdesk, files)
    problems = []
    for rank, (want, got) in enumerate(zip(expected[:args.top], actual[:args.top]), start=1):
        if want != got:
            problems.append(f"rank {rank}: Python counts {want}, newsdesk freq {got}")
    if len(actual) != len(expected):
        problems.append(f"types: Python counts {len(expected)}, newsdesk freq {len(actual)}")
    tokens = (sum(c for _, c in expected), sum(c for _, c in actual))
    if tokens[0] != tokens[1]:
        problems.append(f"tokens: Python counts {tokens[0]}, newsdesk freq {tokens[1]}")
    for problem in problems:
        print(problem)
    print(f"{len(files)} files, {tokens[0]} tokens, {len(expected)} types: the top "
          f"{min(args.top, len(expected))} {'differ' if problems else 'agree'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
