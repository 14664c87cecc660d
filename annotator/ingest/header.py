"""The header of a bulletin: title, day number, publication and situation lines, language.

Works on the original text and returns offsets into it; never rewrites the text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from annotator.dates import MONTH_RE, MONTHS, WEEKDAY_RE, WEEKDAYS, make_date, nearest_year

_NUM = r"\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+|\d+"
_DAY_PATTERNS = [
    re.compile(rf"(?P<n>{_NUM})\s*(?:°|º|ᵒ|o\b|esimo\b)\s*giorno", re.I),
    re.compile(rf"\bgiorno\s+(?:n\.?\s*)?(?P<n>{_NUM})\b", re.I),
    re.compile(rf"\bday\s+(?:no\.?\s*)?(?P<n>{_NUM})\b", re.I),
    re.compile(rf"\b(?P<n>{_NUM})(?:st|nd|rd|th)\s+day\b", re.I),
]
# the first days, written out in a title or standfirst: "List of key events from day eight",
# "enters its eighth day", "l'ottavo giorno"
_ORDINAL_DAYS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
                 "twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
                 "nineteenth twentieth", "one two three four five six seven eight nine ten "
                 "eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen "
                 "twenty", "primo secondo terzo quarto quinto sesto settimo ottavo nono decimo "
                 "undicesimo dodicesimo tredicesimo quattordicesimo quindicesimo sedicesimo "
                 "diciassettesimo diciottesimo diciannovesimo ventesimo", "uno due tre quattro "
                 "cinque sei sette otto nove dieci undici dodici tredici quattordici quindici "
                 "sedici diciassette diciotto diciannove venti")
_DAY_WORDS = {w: i + 1 for words in _ORDINAL_DAYS for i, w in enumerate(words.split())}
_DAY_IN_WORDS = (re.compile(r"\b(?:day|giorno)\s+([a-z]+)\b", re.I),
                 re.compile(r"\b([a-z]+)\s+(?:day|giorno)\b", re.I))
# a full date, its weekday optional: "7 Jan 2026", "January 7, 2026", "2026-01-07"
_FULL_DATE = (rf"(?:(?:{WEEKDAY_RE}),?\s+)?"
              rf"(?:(?P<d1>\d{{1,2}})(?:°|º)?\s+(?P<m1>{MONTH_RE})\.?,?\s+(?P<y1>\d{{4}})"
              rf"|(?P<m2>{MONTH_RE})\.?\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>\d{{4}})"
              rf"|(?P<y3>\d{{4}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}})"
              # "19/11/2024", "19.11.2024": day first, as Italian writes it (month first
              # only where the second number cannot be a month: "11/19/2024")
              rf"|(?P<a4>\d{{1,2}})[/.](?P<b4>\d{{1,2}})[/.](?P<y4>\d{{4}}))")
_PUBLISHED = re.compile(
    # "Pubblicato l’11 novembre 2023", "il 1° dicembre": the elided article, the ordinal mark
    r"\b(?:pubblicato|published|aggiornato|updated)\s*:?\s+(?:il\s|on\s|the\s|l['’]\s*)?\s*"
    + _FULL_DATE,
    re.I,
)
_UPDATED = re.compile(r"(?:aggiornato|updated)", re.I)
# a line that is only a date ("20 Nov 2024", glued twice as pages print it: "20 Nov 202420
# Nov 2024"): the publication date when no line says "Published"
_DATE_LINE = re.compile(rf"\s*{_FULL_DATE}[^\n]{{0,20}}", re.I)
# the situation line: its opening words, then a day and month in either order
_SITUATION_OPENING = (r"(?:ecco|here|this is|these are|questa è|questo è|questi sono)\b"
                      r"[^\n]{0,60}?\b")
_DAY_MONTH = (rf"(?:(?P<d1>\d{{1,2}})(?:°|º)?\s+(?P<m1>{MONTH_RE})|"
              rf"(?P<m2>{MONTH_RE})\s+(?P<d2>\d{{1,2}}))")
_SITUATION = re.compile(
    rf"{_SITUATION_OPENING}(?P<wd>{WEEKDAY_RE}),?\s+{_DAY_MONTH}(?:,?\s+(?P<y>\d{{4}}))?", re.I)
# ... and one with no weekday, but then with its year ("Here is the situation on August 31,
# 2023.")
_SITUATION_DATED = re.compile(rf"{_SITUATION_OPENING}{_DAY_MONTH},?\s+(?P<y>\d{{4}})(?![\d])",
                              re.I)

# the page's standfirst names the day again (an item that does, "Ukraine marked its 1,000th
# day of war", stays an item)
# a news page's own lines, kept when it is saved as text: buttons, prompts and credits
_PAGE_CHROME = re.compile(
    r"save|share|salva|condividi|info|listen to this article(?:\s*[|:-]?\s*\d+\s*mins?)?|"
    r"ascolta (?:questo )?articolo.*|save articles to read later.*|"
    r"salva gli articoli per leggerli più tardi.*|follow al jazeera.*|segui al jazeera.*|"
    r"click here to share on social media|by al jazeera staff|di al jazeera staff|"
    r"advertisement|pubblicità|sponsored",
    re.I)
_STANDFIRST = re.compile(r"key (?:events|developments)|sviluppi chiave|eventi chiave|"
                         r"principali sviluppi", re.I)

WAR_START = dt.date(2022, 2, 24)  # day 1 of the series

_IT_WORDS = frozenset("il lo la gli le di del della dei delle che è ha hanno per con una un non "
                      "sono nella nel alla ai dal dalla secondo anche ucraina russia".split())
_EN_WORDS = frozenset("the of and to in that is was has have for with a an not are on by from "
                      "said ukraine russia its their".split())


@dataclass(frozen=True)
class Header:
    title: str | None = None
    title_span: tuple[int, int] | None = None
    day_number: int | None = None
    published: dt.date | None = None
    situation_date: dt.date | None = None
    language: str | None = None
    header_lines: frozenset[int] = frozenset()  # start offsets of header lines

    @property
    def report_date(self) -> dt.date | None:
        return self.situation_date or self.published


def parse_number(raw: str) -> int:
    return int(re.sub(r"[^\d]", "", raw))


def detect_language(text: str) -> str | None:
    words = re.findall(r"[a-zàèéìòù]+", text[:20000].lower())
    it = sum(1 for w in words if w in _IT_WORDS)
    en = sum(1 for w in words if w in _EN_WORDS)
    if it == en == 0:
        return None
    return "it" if it > en else "en"


def _date_from(m: re.Match[str], anchor: dt.date | None) -> dt.date | None:
    g = m.groupdict()
    if g.get("y3"):
        return make_date(int(g["y3"]), int(g["m3"]), int(g["d3"]))
    if g.get("y4"):
        a, b = int(g["a4"]), int(g["b4"])
        return make_date(int(g["y4"]), b, a) if b <= 12 else make_date(int(g["y4"]), a, b)
    day = g.get("d1") or g.get("d2")
    month = MONTHS[(g.get("m1") or g.get("m2") or "").lower()]
    year = g.get("y1") or g.get("y2") or g.get("y")
    if year:
        return make_date(int(year), month, int(day or 0))
    return nearest_year(anchor, month, int(day or 0))


def _year_from_weekday(m: re.Match[str], day_number: int | None) -> dt.date | None:
    """A situation line with neither year nor publication line ("Here are the key events so
    far on Monday, May 30."): the year whose calendar puts that weekday on that day. Of the
    years of the war, the one nearest the day number's rough date (the day number only picks
    the year; the date itself is the line's), else the only one."""
    g = m.groupdict()
    if g.get("y"):
        return _date_from(m, None)
    month = MONTHS[(g.get("m1") or g.get("m2") or "").lower()]
    day = int(g.get("d1") or g.get("d2") or 0)
    weekday = WEEKDAYS[g["wd"].lower()]
    fits = [d for year in range(WAR_START.year, dt.date.today().year + 2)
            if (d := make_date(year, month, day)) and d.weekday() == weekday]
    if day_number:
        rough = WAR_START + dt.timedelta(days=day_number - 1)
        near = [d for d in fits if abs((d - rough).days) <= 60]
        if near:
            return min(near, key=lambda d: abs(d - rough))
        # a misprinted date ("Thursday, June 30" on day 491, a Thursday 29 June): the day
        # number's date, when its weekday is the one printed
        return rough if rough.weekday() == weekday else None
    return fits[0] if len(fits) == 1 else None


def _probe(line: str, k: int, short: int, head: int, first: int) -> str:
    """Where to look for a header line's words: a line shorter than `short`, or the first
    `head` characters of one of the `first` lines, where a saved page glues the header
    together ("These are the key developments from day 1,428 … Published On 22 Jan
    202622 Jan 2026Click here to share…Here is where things stand on Thursday, January 22")."""
    if len(line) < short:
        return line
    return line[:head] if k < first else ""


_LONGEST_HEADER = 800  # a line longer is text glued to the header, kept as items


def _mark(header_lines: set[int], start: int, line: str) -> None:
    if len(line) < _LONGEST_HEADER:
        header_lines.add(start)


def lines_with_offsets(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, end excluding the newline and trailing whitespace."""
    out = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        stripped = body.rstrip()
        lead = len(body) - len(body.lstrip())
        out.append((pos + lead, pos + len(stripped)))
        pos += len(line)
    return out


def _titled(line: str) -> bool:
    """Whether a line is the series' title: "… List of key events, day 1,194"."""
    return len(line) < 300 and bool(_STANDFIRST.search(line)) and not line.lstrip().startswith(
        ("-", "•", "*")) and any(pat.search(line) for pat in _DAY_PATTERNS)


def _day_in_words(line: str) -> int | None:
    for pat in _DAY_IN_WORDS:
        for m in pat.finditer(line):
            if (n := _DAY_WORDS.get(m.group(1).lower())) is not None:
                return n
    return None


def parse_header(text: str, published_hint: dt.date | None = None) -> Header:
    """Look at the first lines only: a header never comes after the first items."""
    every_line = lines_with_offsets(text)
    filled = [(s, e) for s, e in every_line if e > s]
    lines = filled[:12]
    chrome: list[int] = []
    if not any(_titled(text[s:e]) for s, e in lines):
        # a saved copy that puts its site's menu first: the header starts at the title
        k = next((k for k, (s, e) in enumerate(filled[:80]) if _titled(text[s:e])), None)
        if k:
            chrome = [s for s, _ in filled[:k]]
            lines = filled[k:k + 12]
    title = title_span = None
    day_number = None
    published = None
    situation = None
    updated = False  # whether `published` was read off a line of update
    header_lines: set[int] = set()
    for k, (s, e) in enumerate(lines):
        line = text[s:e]
        if not line.lstrip().startswith(("-", "•", "*")) \
                and (probe := _probe(line, k, 300, 200, 3)):
            for pat in _DAY_PATTERNS:
                m = pat.search(probe)
                if m and day_number is None:
                    day_number = parse_number(m.group("n"))
                    # (a title glued to the lines after it ends at its day number)
                    title_span = (s, e) if probe == line else (s, s + m.end())
                    title = text[title_span[0]:title_span[1]]
                    _mark(header_lines, s, line)
                    break
                if m and parse_number(m.group("n")) == day_number and _STANDFIRST.search(probe):
                    # the page's standfirst, "These are the key developments on day 1,000 of
                    # Russia's war on Ukraine": the day told again, no item
                    _mark(header_lines, s, line)
                    break
            if day_number is None and (_STANDFIRST.search(probe) or "enters its" in probe) \
                    and (worded := _day_in_words(probe)):
                day_number = worded
                if title is None and k == 0:
                    title, title_span = line, (s, e)
                _mark(header_lines, s, line)
        if (probe := _probe(line, k, 200, 320, 4)) and (m := _PUBLISHED.search(probe)):
            # a publication line before a line of update, whichever comes first
            first_of_kind = published is None or (updated and not _UPDATED.match(m.group()))
            if first_of_kind and (day := _date_from(m, None)) is not None:
                published, updated = day, _UPDATED.match(m.group()) is not None
            _mark(header_lines, s, line)
    if published is None:
        for s, e in lines[:4]:
            line = text[s:e]
            if title_span is not None and s < title_span[0]:
                continue  # a date above the title is the site's today, not the page's
            if len(line) < 40 and (m := _DATE_LINE.fullmatch(line.strip())):
                published = _date_from(m, None)
                header_lines.add(s)
                break
    anchor = published or published_hint
    for k, (s, e) in enumerate(lines):
        line = text[s:e]
        if (probe := _probe(line, k, 200, 320, 4)) and (
                m := _SITUATION.search(probe) or _SITUATION_DATED.search(probe)):
            situation = _date_from(m, anchor) if anchor else _year_from_weekday(m, day_number)
            _mark(header_lines, s, line)
            break
    if title is None and lines:
        s, e = lines[0]
        first = text[s:e]
        if len(first) < 200 and not first.lstrip().startswith(("-", "•", "*")):
            title, title_span = first, (s, e)
            header_lines.add(s)
    if published is not None or situation is not None:
        # what a saved page puts between the title and the dates (a photo's caption, a
        # byline, "Save articles to read later") is header too, not items
        last = max(header_lines)
        header_lines |= {s for s, e in lines if s < last
                         and not text[s:e].lstrip().startswith(("-", "•", "*"))}
    header_lines |= {s for s, e in every_line
                     if e - s < 120 and _PAGE_CHROME.fullmatch(text[s:e].strip())}
    header_lines.update(chrome)
    return Header(
        title=title,
        title_span=title_span,
        day_number=day_number if day_number and day_number > 0 else None,
        published=published or published_hint,
        situation_date=situation,
        language=detect_language(text),
        header_lines=frozenset(header_lines),
    )
