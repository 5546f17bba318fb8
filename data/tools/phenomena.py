#!/usr/bin/env python3
"""The computed tables of data/README.md: composition and phenomena.

Every row is counted by a rule written below, from data/corpus/corpus.json, data/gold/*.json
or the article text, so that the tables in the data card cannot drift from the data:

  python3 data/tools/phenomena.py            print the tables
  python3 data/tools/phenomena.py --write    put them into data/README.md
  python3 data/tools/phenomena.py --check    exit 1 if data/README.md holds other tables
                                             (a CTest test, label data, runs this)
"""
import json
import pathlib
import re
import sys

DATA = pathlib.Path(__file__).resolve().parent.parent
BLOCKS = ("composition", "phenomena")
PRONOUNS = {"he", "she", "it", "they"}
OPENING_MARKS = ("\"", "'", "“", "‘")
SINGLE_MARKS = ("'", "‘")
ROLE = re.compile(r"^(?:the|a|an|one|another) [a-z]", re.IGNORECASE)


def paragraph_of(parts: list, offset: int):
    """The index of the part that holds byte `offset`."""
    for i, part in enumerate(parts):
        if part["begin"] <= offset <= part["end"]:
            return i
    return None


def opening_mark(text: str, quote: dict) -> str:
    """The mark just before a quotation's content (one character of the text)."""
    before = text.encode("utf-8")[:quote["begin"]].decode("utf-8")
    return before[-1:] if before else ""


def quote_shapes(gold: dict, text: str) -> dict:
    """Counts of the quotation shapes that level 4 teaches, each defined by its rule here."""
    data = text.encode("utf-8")
    parts = gold["parts"]
    quotations = gold.get("quotations", [])
    speakers_by_part: dict[int, list] = {}
    for quote in quotations:
        speakers_by_part.setdefault(paragraph_of(parts, quote["begin"]), []).append(quote)

    def attributed_after(quote: dict) -> bool:
        mention = quote["speaker_mention"]
        return (mention is not None and mention["begin"] >= quote["end"] and
                paragraph_of(parts, mention["begin"]) == paragraph_of(parts, quote["begin"]))

    def comma_introduced(quote: dict) -> bool:
        """`X said, "Q"`: not the second half of a split quotation, which shares its mention."""
        mention = quote["speaker_mention"]
        start = quote["begin"] - len(opening_mark(text, quote).encode("utf-8"))
        split = any(other is not quote and other["speaker_mention"] == mention
                    for other in quotations)
        return (quote["kind"] == "direct" and mention is not None and not split and
                mention["end"] <= start and data[start - 2:start] == b", ")

    def in_brackets(quote: dict) -> bool:
        part = parts[paragraph_of(parts, quote["begin"])]
        before = data[part["begin"]:quote["begin"]]
        return before.rfind(b"(") > before.rfind(b")")

    def quote_only(index: int) -> bool:
        """A paragraph that opens with a mark and whose quotations have no attribution."""
        part = parts[index]
        found = speakers_by_part.get(index, [])
        return (part["kind"] == "paragraph" and part["text"].startswith(OPENING_MARKS) and
                bool(found) and all(q["speaker_mention"] is None and q["speaker"] for q in found))

    continuing = []  # speakers of quote-only paragraphs that go on from an attributed one
    for index in sorted(i for i in speakers_by_part if i is not None):
        if not quote_only(index) or index == 0:
            continue
        speaker = speakers_by_part[index][0]["speaker"]
        previous = speakers_by_part.get(index - 1, [])
        if any(q["speaker"] == speaker for q in previous):
            continuing.append(speaker)

    def unterminated_kind(quote: dict) -> str:
        index = paragraph_of(parts, quote["begin"])
        mention = quote["speaker_mention"]
        if index + 1 < len(parts) and parts[index + 1]["kind"] == "subhead":
            return "before a subhead"
        if mention is not None and quote["begin"] <= mention["begin"] < quote["end"]:
            return "closing mark lost in mid-paragraph"
        return "paragraph ends inside it"

    unterminated = [unterminated_kind(q) for q in quotations if q["unterminated"]]
    two_speakers = sum(
        len({q["speaker"] or (q["speaker_mention"] or {}).get("text")
             for q in found if q["speaker"] or q["speaker_mention"]}) >= 2
        for index, found in speakers_by_part.items() if index and parts[index]["kind"] == "paragraph")
    body = [q for q in quotations if q["begin"] >= parts[0]["end"]]
    return {
        "quotation ending in ? or ! before its attribution ('\"Is it over?\" she asked')":
            sum(q["text"].rstrip()[-1:] in "?!" and attributed_after(q) for q in quotations),
        "cue \"asked\"": sum(q["cue"] == "asked" for q in quotations),
        "cue \"wrote\" (letters, posts, judgments)": sum(q["cue"] == "wrote" for q in quotations),
        "full quotation introduced with a comma (He said, \"...\")":
            sum(comma_introduced(q) for q in quotations),
        "quote-only paragraph going on with the speaker of the paragraph before":
            len(continuing),
        "of them, in articles where two or more speakers go on so":
            len(continuing) if len(set(continuing)) >= 2 else 0,
        "quotation never closed: paragraph ends inside it, next not reopening":
            unterminated.count("paragraph ends inside it"),
        "quotation never closed: closing mark lost in mid-paragraph":
            unterminated.count("closing mark lost in mid-paragraph"),
        "quotation never closed: open before a subhead, going on after it":
            unterminated.count("before a subhead"),
        "quotation in single quotation marks ' or ‘ (outside headlines)":
            sum(opening_mark(text, q) in SINGLE_MARKS for q in body),
        "quotation inside brackets": sum(in_brackets(q) for q in body),
        "speaker mention is a role, not a name (the minister, a spokeswoman for ...)": sum(
            q["speaker_mention"] is not None and bool(ROLE.match(q["speaker_mention"]["text"]))
            for q in quotations),
        "paragraph quoting two or more speakers": two_speakers,
    }


def gold_rows(gold: dict) -> dict:
    """Counts of the phenomena that the gold annotation marks."""
    quotations = gold.get("quotations", [])
    parts = gold["parts"]
    headline_end = parts[0]["end"]
    organisations = {entry["name"] for entry in gold.get("organisations", [])}
    cues = [q["cue"] for q in quotations if q["cue"]]
    return {
        "quotation, direct": sum(q["kind"] == "direct" for q in quotations),
        "quotation, partial": sum(q["kind"] == "partial" for q in quotations),
        "quotation, not speech (scare quotes, nicknames, titles)":
            sum(q["kind"] == "not-speech" for q in quotations),
        "quotation over several paragraphs": sum(q["multi_paragraph"] for q in quotations),
        "quotation never closed": sum(q["unterminated"] for q in quotations),
        "quotation in a headline": sum(q["begin"] < headline_end for q in quotations),
        "speaker mention is a pronoun": sum(
            q["speaker_mention"] is not None and q["speaker_mention"]["text"].lower() in PRONOUNS
            for q in quotations),
        "speaker is an organisation": sum(q["speaker"] in organisations for q in quotations),
        "cue \"said\"": cues.count("said"),
        "cue \"told\"": cues.count("told"),
        "cue \"according to\"": cues.count("according to"),
        "byline": sum(p["kind"] == "byline" for p in parts),
        "dateline": sum(p["kind"] == "dateline" for p in parts),
        "subhead": sum(p["kind"] == "subhead" for p in parts),
        "boilerplate line": sum(p["kind"] == "boilerplate" for p in parts),
        "sentence": len(gold.get("sentences", [])),
    }


# Phenomena found in the text by a pattern; each pattern is the whole definition of its row.
TEXT_PATTERNS = {
    "curly double quotation mark “ ”": r"[“”]",
    "straight double quotation mark \"": r"\"",
    "abbreviation Mr. Mrs. Ms. Dr. Prof.": r"\b(?:Mr|Mrs|Ms|Dr|Prof)\.",
    "abbreviation Inc. Ltd. Co.": r"\b(?:Inc|Ltd|Co)\.",
    "letter-dot abbreviation (U.S., a.m., e.g.)": r"\b(?:[A-Za-z]\.){2,}",
    "initial before a surname (J. R. Okafor)": r"\b[A-Z]\. (?:[A-Z]\. )*[A-Z][a-z]+",
    "contraction n't": r"n[’']t\b",
    "plural possessive (farmers')": r"[a-z]s[’'](?=[\s,.;:])",
    "elision ('90s, rock 'n' roll)": r"[’']\d0s\b|[’']n[’']",
    "number with thousands separator": r"\b\d{1,3}(?:,\d{3})+\b",
    "percentage (7%, 12.5 percent)": r"\d%|\d\u00a0%|\d percent\b",
    "currency sign before an amount ($ € £ ₱)": r"[$€£₱]\s?\d",
    "currency written as a word (12 million pesos)": r"\d (?:million |billion )?"
                                                     r"(?:pesos|złoty|krónur|francs|yen|koruna|shillings|taka|kroner)\b",
    "clock time (7:15)": r"\b\d{1,2}:\d{2}\b",
    "age as N-year-old": r"\b\d+-year-old\b",
    "em dash —": r"—",
    "en dash –": r"–",
    "spaced hyphen as a dash": r" - ",
    "double hyphen --": r"--",
    "ellipsis ... or …": r"\.\.\.|…",
    "URL": r"https?://\S+|www\.\S+",
    "e-mail address": r"\b[\w.]+@[\w.]+\.\w+",
    "@handle": r"(?<![\w.])@\w+",
    "#hashtag": r"(?<!\w)#\w+",
    "no-break space U+00A0": "\u00a0",
    "CJK character": r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]+",
}


def composition() -> str:
    """Articles, words, sentences, quotations and speakers per section."""
    manifest = json.loads((DATA / "corpus/corpus.json").read_text(encoding="utf-8"))
    rows: dict[str, list] = {}
    for entry in manifest["articles"]:
        gold_file = DATA / "gold" / (pathlib.Path(entry["file"]).stem + ".json")
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        quotations = gold.get("quotations", [])
        row = rows.setdefault(entry["section"], [0, 0, 0, 0, set()])
        row[0] += 1
        row[1] += entry["word_count"]
        row[2] += len(gold.get("sentences", []))
        row[3] += len(quotations)
        row[4] |= {q["speaker"] for q in quotations if q["speaker"]}
    lines = ["| section | articles | words | sentences | quotations | speakers |",
             "|---|---|---|---|---|---|"]
    totals = [0, 0, 0, 0, set()]
    for section in sorted(rows):
        row = rows[section]
        lines.append(f"| {section} | {row[0]} | {row[1]:,} | {row[2]:,} | {row[3]:,} | {len(row[4])} |")
        for i in range(4):
            totals[i] += row[i]
        totals[4] |= row[4]
    lines.append(f"| all | {totals[0]} | {totals[1]:,} | {totals[2]:,} | {totals[3]:,} | "
                 f"{len(totals[4])} |")
    return "\n".join(lines)


def phenomena() -> str:
    counts: dict[str, list] = {}
    for gold_file in sorted((DATA / "gold").glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text = (DATA / "corpus/articles" / (gold_file.stem + ".txt")).read_text(encoding="utf-8")
        rows = gold_rows(gold)
        rows.update(quote_shapes(gold, text))
        for name, pattern in TEXT_PATTERNS.items():
            rows[name] = len(re.findall(pattern, text))
        number = gold_file.stem[:3]
        for name, count in rows.items():
            entry = counts.setdefault(name, [0, []])
            entry[0] += count
            if count:
                entry[1].append(number)
    lines = ["| phenomenon | occurrences | articles |", "|---|---|---|"]
    for name, (count, articles) in counts.items():
        where = ", ".join(articles) if len(articles) <= 12 else f"{len(articles)} articles"
        lines.append(f"| {name} | {count} | {where} |")
    return "\n".join(lines)


def main() -> None:
    readme = DATA / "README.md"
    tables = {"composition": composition(), "phenomena": phenomena()}
    if "--write" not in sys.argv and "--check" not in sys.argv:
        print("\n\n".join(tables.values()))
        return
    text = readme.read_text(encoding="utf-8")
    stale = []
    for name, table in tables.items():
        begin, end = f"<!-- {name}:begin -->", f"<!-- {name}:end -->"
        start, stop = text.find(begin), text.find(end)
        if start < 0 or stop < 0:
            sys.exit(f"{readme}: no {begin} ... {end} block")
        if text[start + len(begin):stop].strip() != table:
            stale.append(name)
        text = text[:start + len(begin)] + "\n" + table + "\n" + text[stop:]
    if "--check" in sys.argv:
        if stale:
            print(f"{readme}: the {' and '.join(stale)} table is stale; run "
                  "python3 data/tools/phenomena.py --write")
            sys.exit(1)
        print(f"{readme}: the composition and phenomena tables are current")
        return
    readme.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
