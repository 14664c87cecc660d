"""Who: people (with role and country), institutions, countries and armed sides.

A bulletin names a person in full once ("il presidente francese Emmanuel Macron") and by
surname later; `People` keeps the fullest mention so later ones resolve to it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from annotator.extract.lexicons import (
    Org,
    canonical_names,
    capitals,
    common_words,
    countries,
    demonyms,
    form_key,
    given_names,
    lexicon_surnames,
    media,
    office_countries,
    organizations,
    place_index,
    roles,
    weapon_re,
)
from annotator.extract.trie import alternation

_UPPER = "A-ZÀ-ÝŁŠŽČĆĄĘĖĮŲŪŚŹŻŃÓŐŰŘĚŮĎŤŇĽĹŔĞŞİŢȘȚĀĒĪŌŅĻĶĢÕÄÖÜÅÆØ"
_LOWER = "a-zà-ÿłšžčćńśźżęąėįųūőűřěůďťňľĺŕğşıţșțāēīōņļķģõäöüßåæø"
# "Gitanas Nausėda", "Jean-Noël Barrot", "David McGuinty", "Sage O’Donnell", and a Korean
# given name's second syllable ("Lee Jong-sup", "Kim Jong-un"), not a compound ("a Kyiv-based
# Tymur Ivanov")
_NAME_TOKEN = (rf"(?:Mc|Mac|O['’](?=[{_UPPER}]))?[{_UPPER}][{_LOWER}'’]+(?:-[{_UPPER}][{_LOWER}]+|"
               rf"-(?!based|led|backed|held|born|run|made|style|era|type)[a-z]{{2,5}}(?![\w-]))?")
_PARTICLE = r"(?:de|De|van|Van|von|der|Der|al|bin|da|di|Di|du|le|Le|dos|del)"
_PARTICLE_RE = re.compile(_PARTICLE)
NAME_RE = re.compile(  # "Tore O. Sandvik": a middle initial may stand between the names
    rf"\b{_NAME_TOKEN}(?:\s+[A-Z]\.)?(?:\s+(?:{_PARTICLE}\s+){{0,2}}(?:[A-Z]\.\s+)?"
    rf"{_NAME_TOKEN})+\b")
_ORG_WORDS = frozenset(
    "service services ministry administration council office command forces army agency "
    "committee company group corporation police guard headquarters staff directorate "
    "department commission bureau institute center centre parliament government court "
    "operator energy bank fund union alliance organization organisation mission "
    "delegation delegations corridor initiative programme program plan summit conference "
    "sea ocean bridge plant station port airport street square district region oblast "
    "international development social affairs relations humanitarian nations "
    "servizio ministero amministrazione consiglio comando forze esercito agenzia comitato "
    "polizia guardia stato maggiore dipartimento commissione ufficio governo".split())
_TITLE_WORDS = frozenset(
    "foreign secretary defence defense deputy interior finance chief head spokesman "
    "spokeswoman spokesperson adviser advisor minister prime president vice army military "
    "presidential national security council envoy special commissioner human rights "
    "mayor governor chancellor general commander top diplomat senator senior officer "
    "ombudsman lieutenant colonel major admiral marshal king queen pope state us uk eu "
    "nato un former acting first lady economy energy justice health emergencies agriculture "
    "taoiseach tanaiste premier schloss palazzo castle "
    "infrastructure culture education digital strategic industries veterans reintegration "
    "agricoltura esteri interno interni energia economia finanze giustizia salute sanità "
    "cultura infrastrutture istruzione digitale sviluppo industria veterani "
    "reintegrazione mr mrs ms dr sir armed forces captain sergeant corporal private "
    "brigadier undersecretary treasury commerce trade transport labour labor capitano "
    "sergente caporale tenente colonnello generale ammiraglio sottosegretario".split())
_NOT_NAME = frozenset(
    "il lo la le gli i un una uno the a an in on at ad anche also but however tuttavia secondo "
    "according ecco here questi these questo this mentre while dopo after prima before "
    "pubblicato published lunedì martedì mercoledì giovedì venerdì sabato domenica monday "
    "tuesday wednesday thursday friday saturday sunday gennaio febbraio marzo aprile maggio "
    "giugno luglio agosto settembre ottobre novembre dicembre january february march april may "
    "june july august september october november december forze forces russian ukrainian "
    "russia ukraine ucraina stati united regno kingdom unione european union nazioni nations "
    "ministero ministry air force aeronautica difesa defence defense general staff stato "
    "maggiore consiglio council casa house white bianca presidente president primo prime "
    "ministro minister governatore governor cancelliere chancellor ha hanno è sono was were "
    "kiev kyiv mosca moscow telegram facebook reuters tass afp belga france bbc cnn nato "
    "coalizione coalition volenterosi willing dell della del di per nel nella sulla sul "
    "battagliero fighting politics politica economia economy weapons armi vladimir "
    # a clause's first word, capitalised: "Addressing Luxembourg’s parliament, …"
    "addressing speaking writing visiting talking responding commenting asked asking "
    "parlando intervenendo rivolgendosi scrivendo "
    # a quotation's first word, capitalised: "“Every Patriot battery we receive …”"
    "every each all some any no our their his her its my your we they ogni tutti "
    "nessun nessuna nostro nostra "
    # a holiday: "on Christmas Day", "il giorno di Natale", "Victory Day"
    "christmas natale easter pasqua day eve vigilia independence indipendenza victory "
    # a company or a market: "the Chicago Mercantile Exchange", "Deutsche Bank"
    "exchange bank group company corporation holding holdings borsa banca gruppo società "
    "fund monetary fondo monetario "
    # a weapon's name: "850 micro-droni Black Hornet"; a city named like a person: "ad Abu Dhabi"
    "hornet hornets ghost phoenix abu dhabi "
    # a sea named like a person: "il corridoio nel Mar Nero", "nel Mar d'Azov"
    "mar mare sea nero black azov baltico baltic "
    # a sentence's first adverb, capitalised: "Later Zelenskyy told journalists …"
    "later earlier meanwhile separately then yesterday today tonight overnight elsewhere "
    "previously afterwards subsequently instead still nonetheless nevertheless moreover "
    "furthermore additionally finally first firstly last lastly now recently "
    "intanto inoltre poi più tardi successivamente ieri oggi stanotte altrove invece "
    "frattanto nel frattempo infine ora recentemente "
    # a count's first word, capitalised: "Ten Leopard tanks will be …", "Dieci carri armati"
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "hundred hundreds thousand thousands dozens several more due tre quattro cinque sei sette "
    "otto nove dieci undici dodici venti trenta cento mille centinaia migliaia decine".split()
) - {"vladimir"}


@dataclass(frozen=True)
class Person:
    name: str
    start: int
    end: int
    role: str | None = None
    country: str | None = None
    role_span: tuple[int, int] | None = None
    country_span: tuple[int, int] | None = None


@dataclass(frozen=True)
class OrgMention:
    name: str
    country: str | None
    start: int
    end: int


@cache
def _role_re() -> re.Pattern[str]:
    return re.compile(alternation(f for f, _ in roles()))


@cache
def _role_map() -> dict[str, str]:
    return dict(roles())


def office_patterns() -> tuple[str, str]:
    """Regex sources of the offices ("defence minister", "ministro della Difesa") and of the
    country adjectives and possessives ("lituano", "Lithuania's")."""
    return _role_re().pattern, _adj_re().pattern


def role_name(form: str) -> str | None:
    """The English role of an office as written ("ministro della difesa" -> "defence
    minister")."""
    return _role_map().get(re.sub(r"\s+", " ", form))


@cache
def _adj_re() -> re.Pattern[str]:
    names, adjs = countries()
    forms = sorted({*adjs, *(f"{n}'s" for n in names), "us", "uk", "eu"}, key=len, reverse=True)
    return re.compile(alternation(forms))


@cache
def _role_bounded() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{_role_re().pattern})(?![\w])")


_OF_WHOM = re.compile(r"\s+(?:for|of|della|dello|dell'|degli|delle|dei|del|di)\s*(?:the\s+)?"
                      r"([\w']+)")


@cache
def _appositive_re() -> re.Pattern[str]:
    """An office told right after a name: ", a spokesman for …", ", portavoce del …"."""
    return re.compile(rf",\s+(?:(?:a|an|the|il|la|lo|l')\s*)?(?P<role>{_role_re().pattern})"
                      r"(?=\s+(?:for|of|at|in|del|della|dello|dell'|dei|degli|delle|di)\s|,)")


@cache
def _describe_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    adj, rol = _adj_re().pattern, _role_re().pattern
    return (re.compile(rf"(?:(?P<a1>{adj})\s+)?(?P<role>{rol})(?:\s+(?P<a2>{adj}))?\s+$"),
            re.compile(rf"(?:^|\W)(?P<role>{rol})\s+(?:of|di|del|della|dell')\s+"
                       rf"(?P<a1>[\w']+)\s+$"),
            # "the spokesperson for the Khortytsia group of forces, Nazar Voloshyn"
            re.compile(rf"(?:^|\W)(?P<role>{rol})\s+(?:for|of|del|della|dello|dell'|dei|degli|"
                       rf"di)\s*(?:the\s+)?[^,;.:\"“”]{{2,50}},\s+$"))


# a word of the phrase after an office, not where it serves ("… mission in Ukraine")
_PHRASE_WORD = re.compile(r"(?<!\bin )(?<!\bto )(?<!\bon )[\w'’]+")


def country_of(word: str) -> str | None:
    names, adjs = countries()
    w = word.lower().removesuffix("'s")
    return adjs.get(w) or names.get(w) or {"us": "US", "uk": "GB", "usa": "US"}.get(w)


def _describe(view: str, start: int, lo: int) -> tuple[str | None, str | None,
                                                      tuple[int, int] | None,
                                                      tuple[int, int] | None]:
    """Role and country in the words right before a name (either order, adjective or not)."""
    window_start = max(lo, start - 70)
    last_role = None
    for last_role in _role_bounded().finditer(view, window_start, start):  # noqa: B007
        pass
    if last_role is None:
        return None, None, None, None
    window_start = max(window_start, last_role.start() - 35)  # room for "French President"
    before = view[window_start:start]
    role = country = None
    role_span = country_span = None
    pat, pat2, pat3 = _describe_res()
    m = None
    for m0 in pat.finditer(before):
        m = m0
    if m is None:
        m = pat2.search(before) or pat3.search(before)
    if m is None:
        return None, None, None, None
    role = _role_map().get(re.sub(r"\s+", " ", m.group("role")))
    role_span = (window_start + m.start("role"), window_start + m.end("role"))
    for g in ("a1", "a2"):
        if m.groupdict().get(g):
            code = country_of(m.group(g))
            if code:
                country = code
                country_span = (window_start + m.start(g), window_start + m.end(g))
                break
    if country is None and m.re is pat3:  # "a spokesman for Ukraine's Khortytsia group, …"
        for w in _PHRASE_WORD.finditer(before, m.end("role"), m.end()):
            if code := country_of(w.group().replace("’", "'")):
                country = code
                country_span = (window_start + w.start(), window_start + w.end())
                break
    return role, country, role_span, country_span


@cache
def _media_words() -> frozenset[str]:
    """Words only an outlet's name has ("Fox News", "Associated Press")."""
    return frozenset("news press times post journal telegraph guardian fox cnn bbc novosti "
                     "agency agenzia tv channel".split())


@cache
def _agency_names() -> frozenset[str]:
    return frozenset(form_key(a) for a in media()["agencies"])


@cache
def _one_word_orgs() -> frozenset[str]:
    """Bodies named in one word ("Cremlino", "NATO", "AIEA") that may stand before a name."""
    return frozenset(f for f, _ in organizations() if " " not in f)


def _big_place(word: str) -> bool:
    """A region or a city of 100,000 people or more: no one's surname in these texts (but a
    city's old name may be: "Oleh Zhdanov", not Mariupol, once Zhdanov)."""
    return any((p.kind == "region" or p.population >= 100000)
               and p.name.lower()[:3] == word[:3] for p in place_index().get(word, ()))


_BODY_OF_BEFORE = re.compile(r"(?<![\w])(?:centre|center|institute|council|committee|ministry|"
                             r"agency|office|commission|department|service|foundation|fund|"
                             r"school|university|academy|bureau|directorate|command|court)\s+"
                             r"(?:for|of|on)\s+(?:the\s+)?$")
_THE_BEFORE_NAME = re.compile(r"(?<![\w])(?:the|il|lo)\s+$")
_GLUED_MEDIA = frozenset({"Telegram", "X", "Facebook", "Instagram", "YouTube", "Twitter"})


def find_people(text: str, view: str, start: int, end: int) -> list[Person]:
    out = []
    for m in NAME_RE.finditer(text, start, end):
        s, e = m.start(), m.end()
        words = m.group().split()
        if len(words) >= 3 and words[-1] in _GLUED_MEDIA and words[-2].endswith("su") \
                and len(words[-2]) > 5:
            # "il governatore Oleksandr Starukhsu Telegram": "su" glued by machine translation
            e = m.start() + m.group().rindex(words[-2]) + len(words[-2]) - 2
            words = [*words[:-2], words[-2][:-2]]
        for k in (3, 2):  # "Emirati Arabi Uniti", "United Kingdom": a country, no name
            if len(words) >= k and country_of(" ".join(words[:k]).lower()):
                for w in words[:k]:
                    s = text.index(w, s) + len(w)
                s = text.index(words[k], s) if len(words) > k else e
                words = words[k:]
                break
        owner = max((k for k, w in enumerate(words[:-2]) if w.endswith(("'s", "’s"))),
                    default=-1)
        if owner >= 0:  # "Al Jazeera's Charles Stratford": the owner is no part of the name
            s = text.index(words[owner + 1], s + sum(len(w) for w in words[:owner + 1]))
            words = words[owner + 1:]
        for k in (3, 2):  # "Treasury Secretary Janet Yellen": an office of several words
            if len(words) > k + 1 and " ".join(words[:k]).lower() in _role_map():
                s = text.index(words[k], s + len(" ".join(words[:k])) - 1)
                words = words[k:]
                break
        while words and form_key(" ".join(words)) not in office_countries() and (
                words[0].lower() in _NOT_NAME or words[0].lower() in _TITLE_WORDS
                or (len(words) > 2 and words[0].lower() in _ORG_WORDS)
                or all(w in _TITLE_WORDS for w in words[0].lower().split("-"))
                or country_of(words[0].lower().replace("’", "'"))
                or (len(words) > 2 and (words[0].lower() in place_index()
                                        or words[0].lower() in _one_word_orgs()))):
            # (a public figure's name is kept whole: "Hanno Pevkur", not "Pevkur")
            s = text.index(words[1], s + len(words[0])) if len(words) > 1 else e
            words = words[1:]
        if len(words) == 3 and words[1].lower() in given_names() \
                and words[0].lower() not in given_names() and not _PARTICLE_RE.fullmatch(words[0]):
            # "Wagner Yevgeny Prigozhin", "Khortytsia Nazar Voloshyn": a unit's or a group's
            # name glued before the person's
            s = text.index(words[1], s + len(words[0]))
            words = words[1:]
        if len(words) < 2 or len(words) > 4 + sum(1 for w in words if _PARTICLE_RE.fullmatch(w)) \
                or (any(w.lower() in _NOT_NAME for w in words)
                    # (a public figure's name may hold such a word: "Hanno Pevkur")
                    and form_key(" ".join(words)) not in office_countries()):
            continue
        lows = [w.lower() for w in words]
        bare = [w[:-2] if w.endswith(("'s", "’s")) else w for w in lows]  # "Court’s": "court"
        if any(w in _ORG_WORDS or (b != w and (b in place_index() or b in _ORG_WORDS))
               for w, b in zip(lows, bare, strict=True)):
            continue  # "Emergency Service", "Kherson's Dniprovskyi", "Criminal Court’s"
        low = view[s:e]
        known = form_key(" ".join(words)) in office_countries()  # "Anthony Albanese"
        if not known and _BODY_OF_BEFORE.search(view, max(start, s - 30), s):
            continue  # "the Centre for Countering Disinformation": the rest of a body's name
        if not known and lows[0] not in given_names() and (
                # "the Nash Dom (Our Home) movement": a group's name, not a person's
                _THE_BEFORE_NAME.search(view, max(start, s - 5), s)
                # "the Put Domoy (Way Home) group", "Disaster Relief": everyday words
                or any(b in common_words() for b in bare)):
            continue
        if not known and (low in place_index() or country_of(low) or low in capitals()
                          or any(country_of(w) for w in words) or _big_place(lows[-1])):
            # "Saltivskyidi Kharkiv" (glued by machine translation), "Nuova Delhi": no person
            continue
        if any(w.lower() in _media_words() for w in words) \
                or form_key(" ".join(words)) in _agency_names():
            continue  # "Fox News", "Associated Press": outlets, not people
        if not known and (arm := weapon_re().match(low)) is not None \
                and (arm.end() == len(low) or low[arm.end()] == " "):
            continue  # "Razzi Grad russi hanno colpito": weapons, not a person
        if not known and weapon_re().fullmatch(lows[-1]):
            continue  # "Ground-Launched Small Diameter Bombs": a weapon's name, not a person
        role, country, rspan, cspan = _describe(view, s, start)
        if role is None and (after := _appositive_re().match(view, e)):
            # "Oleksandr Shtupun, a spokesman for the southern forces, said"
            role = _role_map().get(re.sub(r"\s+", " ", after.group("role")))
            rspan = after.span("role")
            if country is None and (of := _OF_WHOM.match(view, after.end())) \
                    and (code := country_of(of.group(1))):
                country, cspan = code, of.span(1)  # "…, spokesman for Ukraine’s forces"
        name = text[s:e]
        name = canonical_names().get(form_key(name), name)  # one spelling per person
        if country is None and (office := office_countries().get(form_key(name))):
            country, cspan = office, (s, e)  # "President Volodymyr Zelenskyy": UA
        out.append(Person(name, s, e, role, country, rspan, cspan))
    return out


@cache
def orgs_re() -> tuple[re.Pattern[str], dict[str, Org]]:
    # other short forms are words too
    short = ("ue", "eu", "onu", "nato", "g7", "g20", "imf", "fmi")
    forms = {f: org for f, org in organizations()
             if not (len(f) <= 3 and f not in short) and f != "un"}
    return re.compile(rf"(?<![\w]){alternation(forms)}(?![\w])"), forms


_PLACE_AFTER = re.compile(r"\s+(?:of|della|dello|dell'|del|di|in)\s*(?:the\s+|regione\s+di\s+|"
                          r"città\s+di\s+)?([a-zà-ÿ'-]+(?:\s+[a-zà-ÿ'-]+)?)")
_PLACE_BEFORE = re.compile(r"([a-zà-ÿ'-]+)(?:'s)?\s+$")


def local_name(generic: str, place: str) -> str:
    """ "regional military administration" of Sumy -> "Sumy regional military administration"."""
    return f"{place} {generic}"


def local_org(name: str, fields: dict[str, object]) -> str:
    """A regional or city body named without its place takes the fact's own place."""
    if name.startswith("regional ") and fields.get("region"):
        return local_name(name, str(fields["region"]))
    if name.startswith("city ") and fields.get("settlement"):
        return local_name(name, str(fields["settlement"]))
    return name


def _place_named(key: str) -> str | None:
    for p in place_index().get(key, ()):
        if p.kind in ("region", "settlement"):
            return p.name
    return None


# in the original text ("un" is also an article); not a country's office there ("Russia's
# deputy UN ambassador")
_UN = re.compile(r"(?<![\w])UN(?![\w-])(?!\s+(?:ambassador|envoy|representative|mission|"
                 r"delegation)s?(?![\w]))")


@cache
def _un() -> Org | None:
    return dict(organizations()).get("un")


def find_orgs(view: str, start: int, end: int, text: str | None = None) -> list[OrgMention]:
    """Institutions named in [start, end); a regional or city body is named with its place
    when the text says which ("the Sumy regional military administration", "la procura
    regionale di Kharkiv"). Given the original `text`, the bare acronym "UN" too ("the UN
    said"), which the lower-cased view cannot tell from the Italian article."""
    pat, forms = orgs_re()
    out = []
    for m in pat.finditer(view, start, end):
        org = forms[m.group()]
        name: str = org.name  # type: ignore[attr-defined]
        s, e = m.start(), m.end()
        if name.startswith(("regional ", "city ")):
            place = None
            if (a := _PLACE_AFTER.match(view, e, end)):
                words = a.group(1).split()
                for n in (2, 1):
                    if len(words) >= n and (place := _place_named(" ".join(words[:n]))):
                        e = a.start(1) + len(" ".join(words[:n]))
                        break
            if place is None and (b := _PLACE_BEFORE.search(view, max(start, s - 30), s)):
                if place := _place_named(b.group(1)):
                    s = b.start(1)
            if place:
                name = local_name(name, place)
        out.append(OrgMention(name, org.country, s, e))  # type: ignore[attr-defined]
    if text is not None and (un := _un()) is not None:  # not inside "UN Security Council"
        out += [OrgMention(un.name, un.country, m.start(), m.end())
                for m in _UN.finditer(text, start, end)
                if not any(o.start < m.end() and m.start() < o.end for o in out)]
    piece = view[start:end]
    bodies = _state_body_re().finditer(view, start, end) \
        if "minist" in piece or "govern" in piece else ()  # (a plain test first: cheaper)
    for m in bodies:  # any country's ministry
        code: str | None
        if m.group("cap") or m.group("capo"):
            # "the economy ministry in Bern": that capital's, not Ukraine's
            code = capitals()[m.group("cap") or m.group("capo")]
            out = [o for o in out if not (o.start < m.end() and m.start() < o.end)]
        elif any(o.start < m.end() and m.start() < o.end for o in out):
            continue  # the lexicon knows it by name ("the Russian defence ministry")
        else:
            code = country_of(m.group("c") or m.group("ci") or "")
        if code is None or code not in demonyms():
            continue
        body = m.group("b") or m.group("bi") or m.group("bc") or m.group("bo")
        out.append(OrgMention(state_body_name(code, body), code, m.start(), m.end()))
    out.sort(key=lambda o: o.start)
    return out


# "the Dutch defence ministry", "Japan's finance ministry", "il ministero degli Esteri turco",
# "il governo giapponese": a state body of any country, named as the gold names them
_BODY_KINDS = (
    ("Ministry of Defence", r"defen[cs]e ministry|ministry of defen[cs]e|ministero della difesa"),
    ("Foreign Ministry", r"foreign ministry|ministry of foreign affairs|ministero degli esteri|"
                         r"ministero degli affari esteri"),
    ("Ministry of Finance", r"finance ministry|ministry of finance|ministero delle finanze|"
                            r"ministero dell'economia e delle finanze"),
    ("Ministry of Internal Affairs", r"interior ministry|ministry of internal affairs|"
                                     r"ministero dell'interno"),
    ("Ministry of Energy", r"energy ministry|ministry of energy|ministero dell'energia"),
    ("Ministry of Economy", r"economy ministry|ministry of economy|ministero dell'economia"),
    ("government", r"government|governo"),
)


BODY_FORMS = "|".join(forms for _, forms in _BODY_KINDS)


def body_kind(form: str) -> str:
    """The gold's name for a state body as written ("defence ministry" -> "Ministry of
    Defence", "governo" -> "government")."""
    return next(k for k, forms in _BODY_KINDS if re.fullmatch(forms, form))


def state_body_name(code: str, form: str) -> str:
    """A country's state body as the gold names it: ("RU", "defence ministry") -> "Russian
    Ministry of Defence"."""
    return f"{demonyms()[code]} {body_kind(form)}"


@cache
def _state_body_re() -> re.Pattern[str]:
    names, adjs = countries()
    country = alternation([*adjs, *(f"{n}'s" for n in names)])
    bodies = BODY_FORMS
    return re.compile(rf"(?<![\w])(?:(?P<c>{country})\s+(?P<b>{bodies})|(?:il\s+)?"
                      rf"(?P<bi>{bodies})\s+(?P<ci>{alternation(adjs)})|"
                      # "the foreign ministry in Tokyo", "il ministero degli Esteri a Pechino"
                      rf"(?P<bc>{bodies})\s+(?:in|a)\s+(?P<cap>{alternation(list(capitals()))})|"
                      # "Minsk's defence ministry": the capital's state's
                      rf"(?P<capo>{alternation(list(capitals()))})'s\s+(?P<bo>{bodies})"
                      rf")(?![\w])")


class People:
    """Every person a bulletin names, by full name and by surname."""

    def __init__(self, people: list[Person], text: str) -> None:
        self.full: dict[str, Person] = {}
        for p in people:
            known = self.full.get(p.name)
            if known is None or (p.role and not known.role) or (p.country and not known.country):
                self.full[p.name] = Person(p.name, p.start, p.end,
                                           p.role or (known.role if known else None),
                                           p.country or (known.country if known else None),
                                           p.role_span, p.country_span)
        self.by_surname: dict[str, Person] = {}
        self.by_tail: dict[str, Person] = {}  # "De Wever" -> Bart De Wever
        for p in self.full.values():
            words = p.name.split()
            self.by_surname.setdefault(words[-1], p)
            for k in range(2, len(words)):
                self.by_tail.setdefault(" ".join(words[-k:]), p)
        # public figures of the people lexicon named by surname alone, unless the text names
        # someone else of that surname in full: one scan, then bisection per range
        pat, table = lexicon_surnames()
        self._famous = [Person(table[m.group()][0], m.start(), m.end(), None,
                               table[m.group()][1]) for m in pat.finditer(text)
                        if m.group() not in self.by_surname]
        self._famous_starts = [p.start for p in self._famous]

    def surnames_in(self, text: str, start: int, end: int) -> list[Person]:
        """Mentions by surname alone, resolved to the full person, at their own offsets: a
        person the bulletin names in full, else a public figure of the people lexicon."""
        out = self._own_surnames_in(text, start, end)
        i = bisect_left(self._famous_starts, start)
        while i < len(self._famous) and self._famous[i].end <= end:
            p = self._famous[i]
            if not any(o.start <= p.start < o.end for o in out):
                out.append(p)
            i += 1
        out.sort(key=lambda p: p.start)
        return out

    def _own_surnames_in(self, text: str, start: int, end: int) -> list[Person]:
        if not self.by_surname:
            return []
        out = []
        if len(self.by_surname) > 24:  # a long text with many names: one pass over its words
            for m in _WORD.finditer(text, start, end):
                if (p := self.by_surname.get(m.group())) is not None:
                    out.append(Person(p.name, m.start(), m.end(), p.role, p.country))
            return out
        for surname, p in self.by_surname.items():  # str.find: a few names, found in C
            i = text.find(surname, start, end)
            while i >= 0:
                j = i + len(surname)
                if (i == start or not _in_word(text[i - 1])) and \
                        (j == end or not _in_word(text[j])):
                    out.append(Person(p.name, i, j, p.role, p.country))
                i = text.find(surname, j, end)
        out.sort(key=lambda p: p.start)
        return out


_WORD = re.compile(r"[\w-]+")


def _in_word(ch: str) -> bool:  # a surname stands between non-word, non-hyphen characters
    return ch.isalnum() or ch in "_-"

SIDE_NOUNS = (
    r"forze|truppe|esercito|militari|soldati|attacc\w*|droni|drone|missili|missile|bombe|bomba|"
    r"bombardament\w*|raid|aerei|artiglieria|razzi|razzo|forces|troops|army|military|soldiers|"
    r"attacks?|strikes?|drones?|missiles?|bombs?|rockets?|shells?|shelling|aircraft|jets|"
    r"bombardments?|bombing|barrages?|"
    r"artillery|strike|offensiva|offensive|invasione|invasion|occupanti|occupiers|occupying|"
    r"scioper[oi]|"  # "sciopero missilistico russo": machine translation of "Russian strike"
    # what fires: "Russian Grad launchers", "un sottomarino russo", "Ukrainian gunners" (not
    # ships or an air force, more often a target or a claimant)
    r"launchers?|lanciarazzi|helicopters?|elicotteri|warplanes?|submarines?|sottomarin[oi]|"
    r"gunners|artiglieri|proiettil[ei]|"
    # "Ukrainian mortar fire", "colpi di mortaio russi", "un missile da crociera Kalibr russo"
    r"mortars?|mortai|mortaio|rounds|fire|crociera|balistic[oi]|kalibr|iskander|kinzhal|"
    r"shaheds?"
)
_SIDE_ADJ = {
    "RU": r"russ[oaie]|russian|russia's|russia'|mosca|moscow's|di mosca|della russia|by russia|"
          r"from russia|da parte della russia|russia|kremlin|del cremlino",
    "UA": r"ucrain[oaie]|ucraini|ukrainian|ukraine's|kyiv's|kiev's|di kiev|dell'ucraina|"
          r"by ukraine|from ukraine|da parte dell'ucraina|ukraine",
}


@cache
def _side_res() -> list[tuple[str, re.Pattern[str]]]:
    return [(code, re.compile(
        rf"(?<![\w])(?:(?P<n1>{SIDE_NOUNS})(?:\s+(?!(?:in|a|su|contro|against|on|at|into|"
        rf"over|verso|nella|nel|sulla|sul|per|for|di|of|from|da|della|del)\b)[\w-]+){{0,2}}\s+"
        rf"(?P<a1>{adj})(?![\w])"
        rf"|(?P<a2>{adj})\s+(?:[\w-]+\s+){{0,2}}(?P<n2>{SIDE_NOUNS})(?![\w]))"))
        for code, adj in _SIDE_ADJ.items()]


_SIDE_SUBJECT = re.compile(r"(?<![\w])(?P<a>russia|ukraine|ucraina|mosca|moscow|kyiv|kiev)\s+"
                           r"(?:(?:has|have|had|ha|hanno|aveva|avevano|avrebbe|avrebbero|also|"
                           r"again|anche|ancora|then|poi)\s+)*"
                           r"(?:launched|unleashed|attacked|struck|hit|fired|shelled|targeted|"
                           r"used|bombed|destroyed|damaged|"
                           r"pounded|bombarded|lanciato|attaccato|colpito|sparato|bombardato|"
                           r"preso di mira|usato|utilizzato|distrutto|danneggiato|effettuato|"
                           r"sferrato|condotto)\b")


# "Sobyanin accused Ukraine of launching a drone attack on Moscow": the side accused acts
_ACCUSED_OF = re.compile(r"(?<![\w])(?:accus\w+|blam\w+|accusat[oaie]|accusando)\s+"
                         r"(?P<a>russia|ukraine|mosca|moscow|kyiv|kiev|l'ucraina|la russia)\s+"
                         r"(?:of|for|di|per)\s+(?:launching|attacking|striking|firing|shelling|"
                         r"l'attacco|gli attacchi|il raid|un attacco|un raid|attacchi|"
                         r"carrying out|staging|bombing|targeting|aver lanciato|aver attaccato|"
                         r"aver colpito|aver effettuato|aver condotto|aver sferrato|"
                         r"aver bombardato|aver preso di mira|the attack|the strike|attacks|"
                         r"strikes|killing|"
                         r"executing|shooting|aver ucciso|aver giustiziato)(?![\w])")
_PLACE_PREPOSITION = re.compile(r"(?<![\w])(?:on|in|at|over|against|near|to|towards?|from|su|"
                                r"sulla|contro|verso|a|da|di)\s+$|"
                                # "le difese aeree dell'Ucraina hanno distrutto": whose
                                r"(?<![\w])(?:dell|dall|nell|sull|all|d)'$")


def sides(view: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """(code, start, end) of an armed side next to a force or weapon noun, or the subject of
    an attack verb ("Russia launched")."""
    out = []
    for code, pat in _side_res():
        for m in pat.finditer(view, start, end):
            g = "a1" if m.group("a1") else "a2"
            if g == "a1" and re.match(r"russia$|ukraine$", m.group(g)):
                continue
            if g == "a2" and m.group(g) == "ucraina" and view.endswith("'", 0, m.start(g)):
                continue  # "mentre l'Ucraina respingeva un attacco": the country, no adjective
            out.append((code, m.start(g), m.end(g)))
    for m in _SIDE_SUBJECT.finditer(view, start, end):
        if _PLACE_PREPOSITION.search(view, max(start, m.start() - 12), m.start()):
            continue  # "drone attacks on Kyiv damaged houses": the place hit, no attacker
        out.append((side_code(m.group("a")), m.start("a"), m.end("a")))
    for m in _ACCUSED_OF.finditer(view, start, end):
        out.append((side_code(m.group("a")), m.start("a"), m.end("a")))
    return sorted(set(out), key=lambda t: t[1])


def side_code(name: str) -> str:
    """The side a lower-case name of one of the two states or their capitals stands for
    ("la russia", "moscow": RU; "ukraine", "kyiv": UA)."""
    return "RU" if name in ("russia", "la russia", "mosca", "moscow") else "UA"
