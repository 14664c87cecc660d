"""Visible text of an HTML page: scripts, styles and markup dropped, never rendered.

Block elements end lines; list items become "- " bullets so sections and items survive.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_SKIP = {"script", "style", "noscript", "template", "head", "svg", "iframe", "object", "nav",
         "footer", "button", "form", "select", "textarea"}
_BLOCK = {"p", "div", "section", "article", "header", "main", "aside", "h1", "h2", "h3", "h4",
          "h5", "h6", "ul", "ol", "table", "tr", "br", "blockquote", "figure", "figcaption",
          "time", "dl", "dt", "dd", "hr", "pre"}


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title: list[str] = []
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        if tag in _SKIP:
            self.skip += 1
        elif not self.skip and tag == "li":
            self.parts.append("\n- ")
        elif not self.skip and tag in _BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self.skip and tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif not self.skip and (tag in _BLOCK or tag == "li"):
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        if not self.skip:
            self.parts.append(re.sub(r"[ \t\r\n]+", " ", data))


def visible_text(markup: str) -> str:
    parser = _Visible()
    parser.feed(markup)
    parser.close()
    lines = [line.strip() for line in "".join(parser.parts).split("\n")]
    text = "\n".join(line for line in lines if line and line != "-")
    if not text.strip() and parser.title:
        text = " ".join(parser.title).strip()
    return text + "\n" if text else ""
