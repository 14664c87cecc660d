"""Gazetteers and lexicons, loaded once per process from resources/ (found via paths.py)."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple

from annotator.extract.trie import alternation
from annotator.paths import resources_dir


def _json(*parts: str) -> Any:
    return json.loads(resources_dir().joinpath(*parts).read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Place:
    kind: str  # region, district, settlement
    name: str
    region_code: str
    population: int = 0


@dataclass(frozen=True)
class Org:
    name: str
    country: str | None


def form_key(s: str) -> str:
    s = s.lower().replace("’", "'").replace("\u2011", "-")
    return re.sub(r"\s+", " ", s).strip()


@cache
def region_names() -> dict[str, str]:
    """ISO 3166-2 code to canonical name."""
    return {r["code"]: r["name"] for r in _json("gazetteers", "regions.json")}


@cache
def place_index() -> dict[str, tuple[Place, ...]]:
    """Lower-case surface form to the places it may name."""
    index: dict[str, list[Place]] = {}

    def add(form: str, place: Place) -> None:
        k = form_key(form)
        if len(k) >= 3 and place not in index.setdefault(k, []):
            index[k].append(place)

    for r in _json("gazetteers", "regions.json"):
        place = Place("region", r["name"], r["code"], 10**9)
        add(r["name"], place)
        for a in r.get("aliases", []):
            add(a, place)
    for name in ("districts.tsv", "districts_extra.tsv"):  # raions; city and Russian districts
        for row in _tsv(name):
            place = Place("district", row["name"], row["region_code"])
            add(row["name"], place)
            for a in (row.get("aliases") or "").split("|"):
                if a:
                    add(a, place)
            if row.get("center"):
                add(row["center"], place)  # "distretto di Sumy" is the Sumskyi raion
    path = resources_dir() / "gazetteers" / "settlements.tsv"
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            place = Place("settlement", row["name"], row["region_code"],
                          int(row.get("population") or 0))
            add(row["name"], place)
            for a in (row.get("aliases") or "").split("|"):
                if a and len(a) >= 4:
                    add(a, place)
    return {k: tuple(v) for k, v in index.items()}


@cache
def city_districts() -> dict[tuple[str, str], str]:
    """(district, region code) -> the city it is a district of ("Sviatoshynskyi" -> Kyiv)."""
    return {(row["name"], row["region_code"]): row["city"]
            for row in _tsv("districts_extra.tsv") if row.get("city")}


@cache
def _tsv(name: str) -> tuple[dict[str, str], ...]:
    """The rows of a gazetteer table, read once."""
    with (resources_dir() / "gazetteers" / name).open(encoding="utf-8") as fh:
        return tuple(csv.DictReader(fh, delimiter="\t"))


# a country's name that in these bulletins names a city: "Monaco" is Munich in Italian ("la
# Conferenza sulla sicurezza di Monaco"); the principality stays "Principato di Monaco"
_NOT_A_COUNTRY = frozenset({"monaco"})


@cache
def countries() -> tuple[dict[str, str], dict[str, str]]:
    """(name form -> code, adjective form -> code), lower-case keys."""
    names: dict[str, str] = {}
    adjectives: dict[str, str] = {}
    for c in _json("gazetteers", "countries.json"):
        for n in [c["name"], *c.get("names", [])]:
            if form_key(n) not in _NOT_A_COUNTRY:
                names.setdefault(form_key(n), c["code"])
        for a in c.get("adjectives", []):
            adjectives.setdefault(form_key(a), c["code"])
    return names, adjectives


@cache
def demonyms() -> dict[str, str]:
    """Country code -> its English adjective ("CH" -> "Swiss")."""
    return {c["code"]: c["adjectives"][0]
            for c in _json("gazetteers", "countries.json") if c.get("adjectives")}


@cache
def capitals() -> dict[str, str]:
    """Lower-case capital (English and Italian) -> the code of the country it stands for
    (resources/lexicons/capitals.json)."""
    return {form: code for code, forms in _json("lexicons", "capitals.json").items()
            if not code.startswith("_") for form in forms}


def state_of(name: str) -> str | None:
    """The code of the state a lower-case country or capital name stands for ("ukraine",
    "kyiv", "mosca")."""
    return countries()[0].get(name) or capitals().get(name)


@cache
def governments() -> dict[str, str]:
    """Country code -> the name of its government as a speaker ("Swiss government")."""
    return {code: f"{adj} government" for code, adj in demonyms().items()}


@cache
def government_names() -> frozenset[str]:
    """The names of `governments()`, for a membership test."""
    return frozenset(governments().values())


@cache
def _weapon_forms() -> list[tuple[str, str]]:
    """(form, weapon) in priority order: specific before generic; "form*" takes any ending."""
    return [(form, weapon) for weapon, forms in _json("lexicons", "weapons.json").items()
            if not weapon.startswith("_") for form in forms]


@cache
def weapons() -> list[tuple[re.Pattern[str], str]]:
    """(pattern, weapon) in priority order: specific before generic."""
    out = []
    for form, weapon in _weapon_forms():
        body = re.escape(form.rstrip("*")).replace(r"\ ", r"\s+")
        tail = r"[\w-]*" if form.endswith("*") else r"\b"
        out.append((re.compile(rf"(?<![\w-]){body}{tail}"), weapon))
    return out


@cache
def weapon_re() -> re.Pattern[str]:
    """All weapon forms in one pattern (the longest at each place); `weapon_of` names it."""
    forms = [f for f, _ in _weapon_forms()]
    exact = alternation((f for f in forms if not f.endswith("*")), space=r"\s+")
    stems = alternation((f.rstrip("*") for f in forms if f.endswith("*")), space=r"\s+")
    return re.compile(rf"(?<![\w-])(?:{exact}\b|{stems}[\w-]*)")


def weapon_of(matched: str) -> str | None:
    for pat, weapon in weapons():
        if pat.fullmatch(matched):
            return weapon
    return None


@cache
def roles() -> list[tuple[str, str]]:
    """(lower-case form, canonical role), longest form first."""
    pairs = [(form_key(f), role) for role, forms in _json("lexicons", "roles.json").items()
             if not role.startswith("_") for f in forms]
    return sorted(pairs, key=lambda p: -len(p[0]))


@cache
def organizations() -> list[tuple[str, Org]]:
    pairs = [(form_key(f), Org(o["name"], o["country"]))
             for o in _json("lexicons", "organizations.json")["orgs"] for f in o["forms"]]
    return sorted(pairs, key=lambda p: -len(p[0]))


@cache
def victim_nouns() -> tuple[re.Pattern[str], dict[str, dict[str, str]]]:
    """Victim nouns ("uomo", "police officers") and the role/sex/population they imply."""
    nouns: dict[str, dict[str, str]] = _json("lexicons", "victims.json")["nouns"]
    return re.compile(rf"(?<![\w]){alternation(nouns)}(?![\w])"), nouns


@cache
def target_re() -> tuple[re.Pattern[str], dict[str, str]]:
    """Target words to an English label ("deposito petrolifero" -> "oil depot")."""
    table = {k: v for k, v in _json("lexicons", "targets.json").items() if not k.startswith("_")}
    return re.compile(rf"(?<![\w-]){alternation(table)}(?![\w])"), table


@cache
def media() -> dict[str, Any]:
    return dict(_json("lexicons", "media.json"))


@dataclass(frozen=True)
class Metric:
    label: str
    nouns: tuple[str, ...]  # beginnings of the counted noun that point to this label
    cue: re.Pattern[str] | None  # words near the number that confirm it
    noun_only: bool  # chosen only when the counted noun names it


@cache
def metrics() -> tuple[tuple[Metric, ...], tuple[str, ...]]:
    """The closed figure-metric vocabulary in order of preference, and the generic nouns
    ("people", "persone") that say nothing of the metric by themselves."""
    data = _json("lexicons", "metrics.json")
    out = tuple(
        Metric(m["label"], tuple(m["nouns"]),
               re.compile(r"(?<![\w])(?:" + "|".join(m["cues"]) + ")") if m["cues"] else None,
               m.get("noun_only", False))
        for m in data["labels"])
    return out, tuple(data["generic"])


class Office(NamedTuple):
    """An office a public figure held, as resources/lexicons/people.json records it."""

    country: str | None
    organization: str | None
    start: dt.date  # the first day (the widest date when open)
    end: dt.date  # the last day
    role: str | None


@cache
def _offices() -> dict[str, tuple[Office, list[Office]]]:
    """Any spelling of a public figure (lower case) -> (the main office, the other offices)."""
    def day(value: str | None, default: dt.date) -> dt.date:
        return dt.date.fromisoformat(value) if value else default

    out: dict[str, tuple[Office, list[Office]]] = {}
    for p in _json("lexicons", "people.json")["people"]:
        main = Office(p.get("country"), p.get("organization"),
                      day(p.get("role_from"), dt.date.min), day(p.get("role_to"), dt.date.max),
                      p.get("role"))
        others = [Office(o.get("country"), o.get("organization"), day(o.get("from"), dt.date.min),
                         day(o.get("to"), dt.date.max), o.get("role"))
                  for o in p.get("other_offices", ())]
        for form in (p["name"], *p.get("forms", ())):
            out.setdefault(form_key(form), (main, others))
    return out


def office_held(name: str, on: dt.date | None) -> Office | None:
    """The office the public figure `name` (any spelling the lexicon knows) held on the date
    `on` (a bulletin's): an other office held that day first ("Mark Rutte" in 2023: the Dutch
    prime minister; in 2025: NATO's secretary general), else the main one if held that day;
    with no date, only a main office held throughout 2022-2026 by one who held no other."""
    entry = _offices().get(form_key(name))
    if entry is None:
        return None
    main, others = entry
    if on is None:
        return main if not others and (main.start, main.end) == (dt.date.min, dt.date.max) \
            else None
    held = [o for o in others if o.start <= on <= o.end]
    if held:
        return held[0]
    return main if main.start <= on <= main.end else None


@cache
def lexicon_surnames() -> tuple[re.Pattern[str], dict[str, tuple[str, str | None]]]:
    """Public figures named by surname alone ("Putin told reporters"): a pattern over the
    original text and surname -> (full name, office country). Only surnames of four letters
    or more that one figure alone bears, and that are no place; the surnames of the other
    spellings too ("Zelensky ha detto")."""
    by_surname: dict[str, dict[str, str | None]] = {}
    for p in _json("lexicons", "people.json")["people"]:
        for form in (p["name"], *p.get("forms", ())):
            by_surname.setdefault(form.split()[-1], {})[p["name"]] = p.get("country")
    table = {k: next(iter(v.items())) for k, v in by_surname.items()
             if len(v) == 1 and len(k) >= 4 and form_key(k) not in place_index()}
    return re.compile(rf"(?<![\w-]){alternation(table)}(?![\w-])"), table


@cache
def given_names() -> frozenset[str]:
    """Given names, lower-case: the first names of the people lexicon and its list of
    common given names (resources/lexicons/people.json)."""
    data = _json("lexicons", "people.json")
    return frozenset({p["name"].split()[0].lower() for p in data["people"]}
                     | {n.lower() for n in data.get("given_names", ())})


@cache
def common_words() -> frozenset[str]:
    """Everyday lower-case words of the bulletins (resources/lexicons/common_words.json, made
    by annotator.quality.common_words): a capitalised run holding one is no person's name."""
    return frozenset(_json("lexicons", "common_words.json")["words"])


@cache
def canonical_names() -> dict[str, str]:
    """Lower-case spelling of a public figure -> the name as the lexicon writes it
    ("Volodymyr Zelensky" -> "Volodymyr Zelenskyy"; resources/lexicons/people.json): the
    surname's spelling only. A spelling that drops accents ("Viktor Orban") or spells the
    given name otherwise ("Herman Halushchenko") is the text's to keep."""
    return {form_key(form): p["name"] for p in _json("lexicons", "people.json")["people"]
            for form in p.get("forms", []) if _plain(form) != _plain(p["name"])
            and form.split()[0] == p["name"].split()[0]}


def _plain(name: str) -> str:
    """`name` lower-case without accents: "Orbán" -> "orban"."""
    return "".join(c for c in unicodedata.normalize("NFKD", name.lower().translate(_STROKED))
                   if not unicodedata.combining(c))


_STROKED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae"})


@cache
def office_countries() -> dict[str, str]:
    """Lower-case full name or spelling of a public figure -> the country of their office
    (resources/lexicons/people.json; international officials have none)."""
    out: dict[str, str] = {}
    for p in _json("lexicons", "people.json")["people"]:
        if p.get("country"):
            for form in [p["name"], *p.get("forms", [])]:
                out.setdefault(form_key(form), p["country"])
    return out
