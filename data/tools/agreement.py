#!/usr/bin/env python3
"""Agreement between the two independent annotation passes of quotations and speakers.

Reads data/annotation/pass-a/*.json and data/annotation/pass-b/*.json (the same articles,
annotated separately from data/ANNOTATION.md) and prints, over the whole corpus:
  - quotation span precision, recall and F1 of pass B against pass A (exact byte offsets);
  - on the spans both passes found: agreement on kind, speaker, speaker mention and cue;
  - F1 of the people and organisation lists.
The figures in data/README.md come from this script.

Usage: python3 data/tools/agreement.py [data/annotation]
"""
import json
import pathlib
import sys


def f1(matched: int, a: int, b: int) -> tuple[float, float, float]:
    precision = matched / b if b else 1.0
    recall = matched / a if a else 1.0
    score = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, score


def mention_key(quote: dict):
    mention = quote["speaker_mention"]
    return None if mention is None else (mention["begin"], mention["end"])


def main() -> None:
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "data/annotation")
    totals = {"a": 0, "b": 0, "matched": 0, "kind": 0, "speaker": 0, "mention": 0, "cue": 0}
    lists = {"people": [0, 0, 0], "organisations": [0, 0, 0]}
    articles = 0
    for file_a in sorted((root / "pass-a").glob("*.json")):
        file_b = root / "pass-b" / file_a.name
        if not file_b.exists():
            sys.exit(f"{file_b}: missing; both passes must cover the same articles")
        a = json.loads(file_a.read_text(encoding="utf-8"))
        b = json.loads(file_b.read_text(encoding="utf-8"))
        articles += 1
        spans_b = {(q["begin"], q["end"]): q for q in b["quotations"]}
        totals["a"] += len(a["quotations"])
        totals["b"] += len(b["quotations"])
        for quote in a["quotations"]:
            other = spans_b.get((quote["begin"], quote["end"]))
            if other is None:
                continue
            totals["matched"] += 1
            totals["kind"] += quote["kind"] == other["kind"]
            totals["speaker"] += quote["speaker"] == other["speaker"]
            totals["mention"] += mention_key(quote) == mention_key(other)
            totals["cue"] += quote["cue"] == other["cue"]
        for name, counts in lists.items():
            set_a, set_b = set(a[name]), set(b[name])
            counts[0] += len(set_a & set_b)
            counts[1] += len(set_a)
            counts[2] += len(set_b)

    precision, recall, score = f1(totals["matched"], totals["a"], totals["b"])
    print(f"articles: {articles}")
    print(f"quotations: pass A {totals['a']}, pass B {totals['b']}, same span {totals['matched']}")
    print(f"span precision {precision:.3f}, recall {recall:.3f}, F1 {score:.3f}")
    matched = totals["matched"] or 1
    for field in ("kind", "speaker", "mention", "cue"):
        print(f"{field} agreement on matched spans: {totals[field] / matched:.3f}")
    for name, (both, in_a, in_b) in lists.items():
        print(f"{name} F1: {f1(both, in_a, in_b)[2]:.3f}")


if __name__ == "__main__":
    main()
