#!/usr/bin/env python3
"""Carries byte-offset annotations across an edit of an article's text.

When an article is corrected after annotation, every span after the edit moves. This script
diffs the old and the new text (by words, spaces and single punctuation characters, so that
a changed word is replaced whole), moves each annotation's `begin` and `end` with the text
around them, and takes its `text` from the new article. It rewrites the JSON files in place
and prints, for a person to check by reading, every annotation whose text changed and every
one it could not place (an end inside a changed stretch); those unplaced are left out of the
files (`--keep` leaves them untouched instead, to be fixed by hand).

Usage: python3 data/tools/realign.py OLD.txt NEW.txt FILE.json [FILE.json ...]
  FILE.json: gold or annotation-pass files of that article; every object holding integer
  "begin" and "end" and a string "text" is an annotation.
"""
import difflib
import json
import pathlib
import re
import sys

PIECE = re.compile(r"\w+|\s+|.", re.DOTALL)


def pieces(text: str) -> list[str]:
    return PIECE.findall(text)


def byte_offsets(parts: list[str]) -> list[int]:
    """The byte offset at which each piece starts, and the total length last."""
    offsets, at = [], 0
    for part in parts:
        offsets.append(at)
        at += len(part.encode("utf-8"))
    offsets.append(at)
    return offsets


class OffsetMap:
    """Maps a byte offset of the old text to the new text, where the edit allows it."""

    def __init__(self, old: str, new: str):
        old_parts, new_parts = pieces(old), pieces(new)
        old_at, new_at = byte_offsets(old_parts), byte_offsets(new_parts)
        matcher = difflib.SequenceMatcher(None, old_parts, new_parts, autojunk=False)
        self.blocks = []  # (old begin, old end, new begin, new end, equal?)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            self.blocks.append((old_at[i1], old_at[i2], new_at[j1], new_at[j2], tag == "equal"))

    def map(self, offset: int, side: str):
        """The new offset, or None when `offset` lies inside a changed stretch. An offset at
        the edge of a change goes with the begin or the end of the new stretch, by `side`."""
        for old_begin, old_end, new_begin, new_end, equal in self.blocks:
            if equal and old_begin <= offset <= old_end:
                return new_begin + (offset - old_begin)
            if not equal:
                if offset == old_begin and side == "begin":
                    return new_begin
                if offset == old_end and side == "end":
                    return new_end
        return None


def realign(node, offsets: OffsetMap, new_bytes: bytes, report: list, keep: bool, where=""):
    """Realigns every annotation in `node`; returns the node, or None to drop it."""
    if isinstance(node, list):
        result = []
        for i, item in enumerate(node):
            moved = realign(item, offsets, new_bytes, report, keep, f"{where}[{i}]")
            if moved is not None:
                result.append(moved)
        return result
    if not isinstance(node, dict):
        return node
    if isinstance(node.get("begin"), int) and isinstance(node.get("text"), str):
        begin, end = offsets.map(node["begin"], "begin"), offsets.map(node["end"], "end")
        if begin is None or end is None or begin > end:
            report.append(f"{where}: cannot place [{node['begin']}, {node['end']}) "
                          f"{node['text']!r}")
            if not keep:
                return None
        else:
            text = new_bytes[begin:end].decode("utf-8")
            if text != node["text"]:
                report.append(f"{where}: text changed: {node['text']!r} -> {text!r}")
            node = dict(node, begin=begin, end=end, text=text)
    return {key: realign(value, offsets, new_bytes, report, keep, f"{where}.{key}")
            if isinstance(value, (list, dict)) else value for key, value in node.items()}


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--keep"]
    if len(args) < 3:
        sys.exit(__doc__)
    old_bytes, new_bytes = pathlib.Path(args[0]).read_bytes(), pathlib.Path(args[1]).read_bytes()
    offsets = OffsetMap(old_bytes.decode("utf-8"), new_bytes.decode("utf-8"))
    for name in args[2:]:
        path = pathlib.Path(name)
        report: list[str] = []
        document = realign(json.loads(path.read_text(encoding="utf-8")), offsets, new_bytes,
                           report, "--keep" in sys.argv)
        path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n",
                        encoding="utf-8")
        for line in report:
            print(f"{path}: {line}")


if __name__ == "__main__":
    main()
