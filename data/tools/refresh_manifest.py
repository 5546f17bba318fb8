#!/usr/bin/env python3
"""Refreshes the computed fields of data/corpus/corpus.json from the article files.

The hand-written fields of each entry (id, slug, file, headline, byline, dateline, date,
section, licence) are kept as they are; word_count, line_count, character_count and sha256
are recomputed. This is deliberately a separate implementation from the C++ reference
solutions, so the manifest can serve as an independent check of exercise 01.

Usage: python3 data/tools/refresh_manifest.py [data/corpus/corpus.json]
"""
import hashlib
import json
import pathlib
import sys

# The Unicode White_Space property (PropList.txt), the definition exercise 01 uses.
WHITE_SPACE = set("\t\n\v\f\r \u0085\u00a0\u1680\u2028\u2029\u202f\u205f\u3000") | {
    chr(c) for c in range(0x2000, 0x200B)
}


def count_words(text: str) -> int:
    words, in_word = 0, False
    for ch in text:
        if ch in WHITE_SPACE:
            in_word = False
        elif not in_word:
            words, in_word = words + 1, True
    return words


def count_lines(data: bytes) -> int:
    return data.count(b"\n") + (1 if data and not data.endswith(b"\n") else 0)


def main() -> None:
    manifest_path = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "data/corpus/corpus.json")
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    for entry in manifest["articles"]:
        data = (manifest_path.parent / entry["file"]).read_bytes()
        text = data.decode("utf-8")  # the corpus is valid UTF-8; fail loudly if not
        entry["word_count"] = count_words(text)
        entry["line_count"] = count_lines(data)
        entry["character_count"] = len(text)
        entry["sha256"] = hashlib.sha256(data).hexdigest()
    manifest_path.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
