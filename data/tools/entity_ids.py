#!/usr/bin/env python3
"""Gives every person and organisation of the gold files its corpus-wide id (ANNOTATION.md, 4).

The annotation passes list names; the gold lists {"id", "name"} entries and each quotation
names its speaker's entry in `speaker_id`. This script fills in what is missing and keeps what
is there:
  - an entry given as a bare name becomes {"id": slug(name), "name": name}, unless NAMESAKES
    below says that this article's bearer of the name is a different entity;
  - `speaker_id` is set from `speaker` (null when the speaker is null).
It then prints every id that occurs in more than one article, so that a person can confirm
that each is one entity (the stories told twice share their people) and add a NAMESAKES row
where it is not.

Usage: python3 data/tools/entity_ids.py [--check]   (--check: change nothing, exit 1 if
                                                     anything would change)
"""
import collections
import json
import pathlib
import sys
import unicodedata

DATA = pathlib.Path(__file__).resolve().parent.parent

# (article number, name) -> id, for a second bearer of a name already used in the corpus.
NAMESAKES = {
    ("006", "José Núñez"): "jose-nunez-2",  # a boxing trainer; 001's chairs a farm cooperative
    ("038", "Kwame Asante"): "kwame-asante-2",  # a harbour pilot; 033's is a reporter
    ("040", "Coastal Alliance"): "coastal-alliance-2",  # a Nova Scotia party; 028's is Chilean
}

# Letters that Unicode does not decompose into an ASCII letter and a mark.
SPECIAL = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "ð": "d",
                         "Ð": "d", "þ": "th", "Þ": "th", "æ": "ae", "Æ": "ae", "ß": "ss",
                         "œ": "oe", "ı": "i"})


def slug(name: str) -> str:
    """Lower-case ASCII words joined by '-': "José Núñez" -> "jose-nunez"."""
    folded = unicodedata.normalize("NFKD", name.translate(SPECIAL))
    ascii_only = "".join(c for c in folded if ord(c) < 128)
    words = "".join(c.lower() if c.isalnum() else " " for c in ascii_only).split()
    if not words:
        sys.exit(f"no ASCII letters in the name {name!r}: give it an id by hand")
    return "-".join(words)


def with_ids(gold: dict, number: str) -> dict:
    for field in ("people", "organisations"):
        gold[field] = [
            entry if isinstance(entry, dict)
            else {"id": NAMESAKES.get((number, entry), slug(entry)), "name": entry}
            for entry in gold[field]]
    ids = {e["name"]: e["id"] for field in ("people", "organisations") for e in gold[field]}
    quotations = []
    for quote in gold["quotations"]:
        speaker = quote["speaker"]
        if speaker is not None and speaker not in ids:
            sys.exit(f"{gold['article']}: speaker {speaker!r} at {quote['begin']} is in neither "
                     "people nor organisations")
        ordered = {}
        for key, value in quote.items():
            if key == "speaker_id":
                continue
            ordered[key] = value
            if key == "speaker":
                ordered["speaker_id"] = None if speaker is None else ids[speaker]
        quotations.append(ordered)
    gold["quotations"] = quotations
    return gold


def main() -> None:
    check = "--check" in sys.argv
    articles_by_id = collections.defaultdict(list)
    changed = []
    for path in sorted((DATA / "gold").glob("*.json")):
        before = path.read_text(encoding="utf-8")
        gold = with_ids(json.loads(before), path.stem[:3])
        after = json.dumps(gold, ensure_ascii=False, indent=2) + "\n"
        if after != before:
            changed.append(path.name)
            if not check:
                path.write_text(after, encoding="utf-8")
        for field in ("people", "organisations"):
            for entry in gold[field]:
                articles_by_id[entry["id"]].append(path.stem[:3])
    for entity, numbers in sorted(articles_by_id.items()):
        if len(numbers) > 1:
            print(f"{entity}: one entity in {', '.join(numbers)}")
    if check and changed:
        sys.exit(f"ids missing in {len(changed)} gold files: run python3 data/tools/entity_ids.py")


if __name__ == "__main__":
    main()
