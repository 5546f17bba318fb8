#!/usr/bin/env python3
"""Agreement between the two independent annotation passes of quotations and speakers.

Reads data/annotation/pass-a/*.json and data/annotation/pass-b/*.json (the same articles,
annotated separately from data/ANNOTATION.md), first checks every span of both passes against
the article text (a pass made on an older text is an error, not a disagreement), then prints,
for each group of articles below and for all of them:
  - quotation span precision, recall and F1 of pass B against pass A (exact byte offsets);
  - on the spans both passes found: agreement on kind, the multi-paragraph and unterminated
    flags, speaker, speaker mention and cue;
  - F1 of the people and organisation lists.
The figures in data/README.md come from this script.

Usage: python3 data/tools/agreement.py [data]
"""
import json
import pathlib
import sys

# Articles annotated at different times are reported apart: (label, first, last number).
GROUPS = [("001-032 (corpus 0.3, pass A redone for 0.4)", 1, 32),
          ("033-045 (new in corpus 0.4)", 33, 45)]
FIELDS = ("kind", "multi_paragraph", "unterminated", "speaker", "mention", "cue")


def f1(matched: int, a: int, b: int) -> tuple[float, float, float]:
    precision = matched / b if b else 1.0
    recall = matched / a if a else 1.0
    score = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, score


def field(quote: dict, name: str):
    if name != "mention":
        return quote[name]
    mention = quote["speaker_mention"]
    return None if mention is None else (mention["begin"], mention["end"])


def spans(document: dict):
    """Every annotated span of a pass: sentences, quotations and speaker mentions."""
    for i, sentence in enumerate(document.get("sentences", [])):
        yield f"sentences[{i}]", sentence
    for i, quote in enumerate(document["quotations"]):
        yield f"quotations[{i}]", quote
        if quote["speaker_mention"] is not None:
            yield f"quotations[{i}].speaker_mention", quote["speaker_mention"]


def check_against_text(path: pathlib.Path, document: dict, text: bytes) -> list[str]:
    problems = []
    for where, span in spans(document):
        actual = text[span["begin"]:span["end"]].decode("utf-8", "replace")
        if actual != span["text"]:
            problems.append(f"{path}: {where}: [{span['begin']}, {span['end']}) of the article is "
                            f"{actual!r}, the pass says {span['text']!r}")
    return problems


def new_totals() -> dict:
    totals = {"articles": 0, "a": 0, "b": 0, "matched": 0, "people": [0, 0, 0],
              "organisations": [0, 0, 0]}
    totals.update({name: 0 for name in FIELDS})
    return totals


def add_article(totals: dict, a: dict, b: dict) -> None:
    totals["articles"] += 1
    spans_b = {(q["begin"], q["end"]): q for q in b["quotations"]}
    totals["a"] += len(a["quotations"])
    totals["b"] += len(b["quotations"])
    for quote in a["quotations"]:
        other = spans_b.get((quote["begin"], quote["end"]))
        if other is None:
            continue
        totals["matched"] += 1
        for name in FIELDS:
            totals[name] += field(quote, name) == field(other, name)
    for name in ("people", "organisations"):
        set_a, set_b = set(a[name]), set(b[name])
        totals[name][0] += len(set_a & set_b)
        totals[name][1] += len(set_a)
        totals[name][2] += len(set_b)


def print_totals(label: str, totals: dict) -> None:
    precision, recall, score = f1(totals["matched"], totals["a"], totals["b"])
    print(f"== {label}: {totals['articles']} articles")
    print(f"quotations: pass A {totals['a']}, pass B {totals['b']}, same span {totals['matched']}")
    print(f"span precision {precision:.3f}, recall {recall:.3f}, F1 {score:.3f}")
    matched = totals["matched"] or 1
    for name in FIELDS:
        print(f"{name} agreement on matched spans: {totals[name] / matched:.3f}")
    for name in ("people", "organisations"):
        print(f"{name} F1: {f1(*totals[name])[2]:.3f}")


def main() -> None:
    data = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "data")
    root = data / "annotation"
    groups = {label: new_totals() for label, _, _ in GROUPS}
    everything = new_totals()
    problems = []
    for file_a in sorted((root / "pass-a").glob("*.json")):
        file_b = root / "pass-b" / file_a.name
        if not file_b.exists():
            sys.exit(f"{file_b}: missing; both passes must cover the same articles")
        a = json.loads(file_a.read_text(encoding="utf-8"))
        b = json.loads(file_b.read_text(encoding="utf-8"))
        text = (data / "corpus/articles" / (file_a.stem + ".txt")).read_bytes()
        problems += check_against_text(file_a, a, text) + check_against_text(file_b, b, text)
        number = int(file_a.name[:3])
        for label, first, last in GROUPS:
            if first <= number <= last:
                add_article(groups[label], a, b)
        add_article(everything, a, b)
    if problems:
        print("\n".join(problems))
        sys.exit(f"{len(problems)} spans of the passes do not match the articles")
    for label, totals in groups.items():
        print_totals(label, totals)
    print_totals("all articles", everything)


if __name__ == "__main__":
    main()
