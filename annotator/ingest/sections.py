"""Section headings and bullet items as exact offsets into the original text."""

from __future__ import annotations

import re

from annotator.ingest.header import lines_with_offsets
from annotator.models import Item, Section

_BULLET = re.compile(r"^(?:[-–—•*+·▪●]|\d{1,2}[.)])\s+")
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_EMPHASIS = re.compile(r"^(\*\*|__)(.+)\1$")
# a photo's caption: its credit closes it ("… the capital of Ukraine [Sergiy Voloshyn/Reuters]",
# "(AP Photo/Efrem Lukatsky)"), or it opens as agencies' captions do ("A general view shows")
_CAPTION = re.compile(r"\[[^\[\]\n]{2,80}/[^\[\]\n]{2,60}\]\s*$|"
                      r"\((?:AP|AFP|EPA|Reuters|Getty)[^()\n]{0,60}\)\s*$|"
                      r"^(?:A|Una?)\s+(?:general\s+)?view\s+(?:shows|of)\s")


def _is_heading(line: str) -> bool:
    if _MD_HEADING.match(line):
        return True
    bare = line.strip("*_ ")
    return (
        0 < len(bare) <= 80
        and not bare.endswith((".", ";", ",", "…"))
        and len(bare.split()) <= 10
    )


def split_sections(
    text: str, skip_lines: frozenset[int]
) -> tuple[list[Section], list[Item]]:
    sections: list[Section] = []
    items: list[Item] = []
    for s, e in lines_with_offsets(text):
        if e <= s or s in skip_lines:
            continue
        line = text[s:e]
        bullet = _BULLET.match(line)
        if bullet:
            items.append(Item(section=len(sections) - 1 if sections else None,
                              start=s + bullet.end(), end=e))
        elif _is_heading(line):
            start, end = s, e
            if m := _MD_HEADING.match(line):
                start += m.end()
            if m := _EMPHASIS.match(text[start:end]):
                start, end = start + len(m.group(1)), end - len(m.group(1))
            sections.append(Section(title=text[start:end], start=start, end=end))
        elif _CAPTION.search(line):
            continue  # a photo's caption kept by a saved page: no item
        else:  # a paragraph with no bullet mark is an item of its own
            items.append(Item(section=len(sections) - 1 if sections else None, start=s, end=e))
    return sections, items
