"""Shared state of one extraction run: the texts, the people registry, and fact drafts."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from annotator.dates import WEEKDAY_RE, WEEKDAYS, last_weekday
from annotator.extract.actors import People, Person, find_people, sides
from annotator.extract.numbers import Number, find_numbers
from annotator.extract.places import PlaceMention, find_places
from annotator.extract.text import normalise
from annotator.models import Bulletin

_S = TypeVar("_S", bound=tuple[Any, ...])


@dataclass
class Draft:
    """A fact being built: field values with the spans that support them."""

    kind: str
    start: int
    end: int
    fields: dict[str, object] = field(default_factory=dict)
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    confidence: float = 0.7
    key: str = ""  # links casualties to their strike within one item

    def set(self, name: str, value: object, span: tuple[int, int] | None = None) -> None:
        if value is None:
            return
        self.fields[name] = value
        if span is not None and span[1] > span[0]:
            self.spans[name] = span

    def unset(self, name: str) -> None:
        self.fields.pop(name, None)
        self.spans.pop(name, None)


# "according to Kyiv", "secondo Mosca", "insediata da Mosca": a capital named as a source or
# as the power that installed someone, not as a place
_SOURCE_BEFORE = re.compile(r"(?<![\w])(?:according to|secondo|(?:insediat|nominat|install|"
                            r"appoint|sostenut|back)\w*\s+(?:da|by)|(?:talks|negotiations|"
                            r"dialogue|relations|ties|colloqui|negoziati|trattative|dialogo|"
                            r"rapporti|relazioni)\s+(?:with|con)|"
                            # prisoners "handed back to Moscow", "restituiti a Mosca": a side
                            r"(?:servicemen|soldiers|prisoners|pows|bodies|them|captives)\s+"
                            r"(?:back|over)\s+to|(?:restituit|riconsegnat)\w*\s+(?:a|alla)|"
                            # "the part held by Kyiv", "le truppe di Mosca", "il ritiro di
                            # Mosca dall'accordo": its government's
                            r"(?:controlled|held)\s+by|(?:controllat|tenut)\w*\s+da|"
                            r"(?:truppe|forze|soldati|militari|governo|inviat[oa]|delegazione|"
                            r"ritiro|decisione|proposta|richiesta|posizione)\s+di)\s+$")
_SOURCE_AFTER = re.compile(r"-(?:installed|appointed|backed)(?![\w])")
# "the highest toll since the Kramatorsk station massacre", "dalla strage alla stazione di
# Kramatorsk": a past event the text compares with, not where this one happened
_PAST_EVENT_BEFORE = re.compile(r"(?<![\w])(?:since|dalla|dal|dall')\s+(?:the\s+)?"
                                r"(?:[\w'’-]+\s+){0,2}?(?:massacre|strage|massacro|attack|"
                                r"attacco|bombing|bombardamento)\s+(?:[\w'’-]+\s+){0,3}?$")
# ... or named before it: "since the Kramatorsk station massacre"
_SINCE_THE = re.compile(r"(?<![\w])since\s+the\s+$")
_PAST_EVENT_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?(?:massacre|attack|bombing)(?![\w])")


# "Kyiv had recovered the bodies", "Mosca ha lanciato": a capital standing for its government,
# not a place
_CAPITAL_ACTS = re.compile(
    r"(?:kyiv|kiev|moscow|mosca)(?:\s+\"?(?:has(?!\s+been)|had(?!\s+been)|have|will|would|said|"
    r"says|claims|claimed|insists|sostiene|afferma|insiste|envoy|ambassador|negotiators|"
    r"did|does|could|can|may|might|must|should|wants|plans|intends|received|recovered|"
    r"returned|accused|denied|ha(?!\s+(?:subito|visto))|hanno|aveva|avrebbe|sta|non|vuole|"
    r"intende|ricev\w+|recuperat\w+|launched|fired|lancia\w*|"
    # "proved that Moscow “is not interested in peace”", "Mosca è pronta a"
    r"(?:is|was|è)\s+\"?(?:not|non|ready|willing|interested|prepared|trying|seeking|"
    r"pront[oa]|dispost[oa]|interessat[oa]))(?![\w])|"
    # "Moscow's defence ministry claimed", "Kyiv's forces": its government's, not a place
    r"['’]s\s+(?:[a-z]+\s+)?(?:ministry|government|forces|troops|army|military|envoy|ambassador|"
    r"officials|delegation|negotiators|spokes\w+|leadership|"
    # "the strike was Moscow's “answer”", "Kyiv's position": its government's words and aims
    r"answer|response|reply|position|demands|terms|plan|proposal|offer|refusal|war|invasion|"
    r"aggression|aims|goals|intentions|strategy)(?![\w])|['’]s\s+[\"“'‘])")


class Ctx:
    def __init__(self, bulletin: Bulletin) -> None:
        self.bulletin = bulletin
        self.text = bulletin.text
        self.view = normalise(bulletin.text)
        self.anchor: dt.date | None = bulletin.published or bulletin.report_date
        bodies = [(it.start, it.end) for it in bulletin.items]
        self.mentions = [p for s, e in bodies for p in find_people(self.text, self.view, s, e)]
        self.mention_starts = [p.start for p in self.mentions]  # in text order, for bisection
        self.people = People(self.mentions, self.text)
        self.memo: dict[tuple[object, ...], object] = {}
        # number spans that incidents left to figures as a day's toll -> killed / injured
        self.tallies: dict[tuple[int, int], str] = {}  # per-run cache of repeated look-ups
        self._numbers: list[Number] | None = None
        self._number_starts: list[int] = []
        self._all_numbers: list[Number] = []
        self._all_starts: list[int] = []
        self._item_starts = [it.start for it in bulletin.items]

    def item_index(self, start: int) -> int | None:
        """The index of the bulletin item that starts at `start`, if one does (bisection: a
        scan per look-up made a text of 40,000 lines quadratic)."""
        i = bisect_left(self._item_starts, start)
        return i if i < len(self._item_starts) and self._item_starts[i] == start else None

    def _item_range(self, start: int, end: int) -> tuple[int, int] | None:
        """The bulletin item that holds [start, end), if one does."""
        i = bisect_right(self._item_starts, start) - 1
        if i < 0:
            return None
        it = self.bulletin.items[i]
        return (it.start, it.end) if end <= it.end else None

    def _within(self, name: str, finder: Callable[[int, int], list[_S]],
                start: int, end: int) -> list[_S]:
        """What `finder` finds in [start, end): one scan per bulletin item, then the mentions
        that lie inside the range (mentions never cross a sentence boundary)."""
        key = (name, start, end)
        hit = self.memo.get(key)
        if hit is not None:
            return hit  # type: ignore[return-value]
        whole = self._item_range(start, end)
        if whole is None or whole == (start, end):
            found = finder(start, end)
        else:
            found = [m for m in self._within(name, finder, *whole)
                     if start <= m[1] and m[2] <= end]
        self.memo[key] = found
        return found

    def item_regions(self, pos: int) -> dict[str, tuple[int, int]]:
        """The regions named anywhere in the item that holds `pos`, each with the span of its
        first mention ("Belgorod governor Vyacheslav Gladkov said …")."""
        whole = self._item_range(pos, pos)
        if whole is None:
            return {}
        key = ("regions", *whole)
        if (hit := self.memo.get(key)) is None:
            found: dict[str, tuple[int, int]] = {}
            for m in self.places(*whole):
                if m.kind == "region":
                    for c in m.candidates:
                        found.setdefault(c.region_code, (m.start, m.end))
            self.memo[key] = hit = found
        return hit  # type: ignore[return-value]

    def places(self, start: int, end: int) -> list[PlaceMention]:
        """Place mentions in [start, end)."""
        return [m for _, _, _, m in self._within(
            "places", self._place_rows, start, end)]

    def _place_rows(self, start: int, end: int) -> list[tuple[str, int, int, PlaceMention]]:
        # a place's name inside a person's ("Vladimir Putin", "Ivan Fedorov") is no place
        people = [(p.start, p.end) for p in self.people_in(start, end)]
        return [("", m.start, m.end, m) for m in find_places(self.text, self.view, start, end)
                if not any(ps < m.end and m.start < pe for ps, pe in people)
                and not _SOURCE_BEFORE.search(self.view, max(start, m.start - 24), m.start)
                and not _SOURCE_AFTER.match(self.view, m.end)
                and not _PAST_EVENT_BEFORE.search(self.view, max(start, m.start - 50), m.start)
                and not (_SINCE_THE.search(self.view, max(start, m.start - 12), m.start)
                         and _PAST_EVENT_AFTER.match(self.view, m.end))
                and not _CAPITAL_ACTS.match(self.view, m.start, min(end, m.end + 40))]

    def sides(self, start: int, end: int) -> list[tuple[str, int, int]]:
        """Armed sides named in [start, end)."""
        return self._within("sides", lambda s, e: sides(self.view, s, e), start, end)

    def numbers(self, start: int, end: int, shares: bool = False) -> list[Number]:
        """Numbers inside [start, end), found once per bulletin item by item; shares ("a
        fifth of") only when asked for (figures), as they count nothing."""
        if self._numbers is None:
            found = [n for it in self.bulletin.items
                     for n in find_numbers(self.view, it.start, it.end)]
            self._numbers = [n for n in found if not n.share]
            self._number_starts = [n.start for n in self._numbers]
            self._all_numbers = found
            self._all_starts = [n.start for n in found]
        if shares:
            return inside(self._all_numbers, self._all_starts, start, end)
        return inside(self._numbers, self._number_starts, start, end)

    def people_in(self, start: int, end: int) -> list[Person]:
        """The people named in full inside [start, end)."""
        return inside(self.mentions, self.mention_starts, start, end)


_T = TypeVar("_T", Number, Person)


def inside(things: list[_T], starts: list[int], start: int, end: int) -> list[_T]:
    """The things (in text order, `starts` their starts) that lie inside [start, end), found
    by bisection without copying the list."""
    out = []
    for i in range(bisect_left(starts, start), len(things)):
        if (t := things[i]).start >= end:
            break
        if t.end <= end:
            out.append(t)
    return out


_PERIODS = [
    ("overnight", r"overnight|nella notte|durante la notte|in nottata|during the night|"
                  r"notte (?:tra|fra|di|fino)|night(?:time)?\s+(?:attack|strike|raid)|"
                  r"(?:" + WEEKDAY_RE + r")\s+(?:night|notte)|at night|di notte"),
    ("last_24h", r"(?:in|over|during)\s+the\s+(?:past|last)\s+(?:day|24\s+hours)|"
                 r"nell'ultimo giorno|nelle ultime 24 ore|in 24 ore|in the past 24 hours|"
                 r"nell'arco della giornata|over the past day|in a day|in un giorno|"
                 r"(?:in|within|over) 24 hours|(?:in|entro) 24 ore|"
                 # "in a 24-hour period", "in un periodo di 24 ore"
                 r"(?:in|over|during) (?:a|the) 24-hour period|in un periodo di 24 ore|"
                 r"nell'arco di 24 ore"),
    ("day", r"during the day(?:time)?|in the daytime|nel corso della giornata|durante il giorno|"
            r"durante la giornata|in giornata"),
    ("morning", r"(?<![\w])(?:morning|mattina|mattinata)(?![\w])"),
    ("afternoon", r"afternoon|pomeriggio"),
    ("evening", r"(?<![\w])(?:evening|sera|serata)(?![\w])"),
]


_PERIOD_RES = [(name, re.compile(pat)) for name, pat in _PERIODS]
PERIOD_RE = dict(_PERIOD_RES)  # a period's name -> its pattern
_ANY_PERIOD = re.compile("|".join(f"(?:{pat})" for _, pat in _PERIODS))


# every period above contains one of these: a test of plain substrings, many times cheaper
# than the alternation, that lets most sentences skip it
_PERIOD_WORDS = ("night", "nott", "24", "giorn", "morning", "mattin", "afternoon", "pomerig",
                 "evening", "sera")
_A_DAY = re.compile(r"\sday")  # "the past day", "during the day": not every weekday's "day"


def find_period(view: str, start: int, end: int) -> tuple[str, tuple[int, int]] | None:
    """The first period named in [start, end), in the order of _PERIODS."""
    piece = view[start:end]
    if not (any(w in piece for w in _PERIOD_WORDS) or _A_DAY.search(piece)) \
            or not _ANY_PERIOD.search(view, start, end):
        return None
    for name, pat in _PERIOD_RES:
        m = pat.search(view, start, end)
        if m:
            return name, m.span()
    return None


_WEEKDAY = re.compile(rf"(?<![\w])(?P<wd>{WEEKDAY_RE})(?![\w])")


def find_date(ctx: Ctx, start: int, end: int) -> tuple[dt.date, tuple[int, int]] | None:
    """The first weekday named in [start, end), resolved against the bulletin's date.

    A night is dated by the day it began ("nella notte tra lunedì e martedì", "Monday night
    to Tuesday morning": Monday), as "Tuesday night" is Tuesday's (GUIDE).
    """
    if ctx.anchor is None:
        return None
    m = _WEEKDAY.search(ctx.view, start, end)
    if m is None:
        return None
    day = last_weekday(ctx.anchor, WEEKDAYS[m.group("wd")])
    return day, (m.start(), m.end())
