"""Places named in a stretch of text, resolved to canonical settlement/district/region/country.

Matches gazetteer forms on word boundaries in the normalised view; a name shared by several
places is resolved by the regions named nearby, then by population.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from annotator.dates import WEEKDAY_RE
from annotator.extract.lexicons import Place, city_districts, place_index, region_names

_TOKEN = re.compile(r"[^\W\d_](?:[\w'-]*\w)?")
_REGION_WORDS = re.compile(
    r"(?:region(?:e|i)?|oblast|oblast'|provinc(?:e|ia)|area|zona|distretto|district|raion|"
    r"regione\s+(?:ucraina|russa)(?:\s+\w+)?|(?:ukrainian|russian|ukraine's|russia's)\s+\w*\s*region)"
)
BEFORE_REGION = re.compile(r"(?:(?:regions?|oblast|province)\s+of|"  # "the regions of Kyiv, …"
                           r"(?:region(?:e|i)?|oblast|provincia|zona|area)\s+"
                           r"(?:(?:ucraina|russa|ucraine|russe|nord-?orientale|orientale|"
                           r"meridionale|settentrionale|occidentale|centrale|sud-?orientale|"
                           r"nord-?occidentale|di\s+confine|di\s+frontiera|frontaliera)\s+)*"
                           r"(?:di|del|della|dello|d'))\s*$")
_DIRECTION_AFTER = re.compile(r"^\s+(?:direction|axis|sector)\b")
_DIRECTION_BEFORE = re.compile(r"(?:direzione|settore)\s+(?:di|del|della)\s*$")
_REGION_WORD = re.compile(r"(?<![\w])(?:region|oblast|regione|krai|kray)(?![\w])")
_AFTER_REGION = re.compile(r"^(?:'s)?\s*(?:region|oblast|province|area|governor|regional)\b"
                           # "the Donetsk and Luhansk regions": each name of the list a region
                           r"|^(?:\s*,\s*[\w'’-]+){0,3},?\s+(?:and|e)\s+[\w'’-]+"
                           r"\s+(?:regions|oblasts|provinces)\b")
_GOVERNOR_OF = re.compile(r"(?:governatore|governatrice|governor|amministrazione militare)"
                          r"\s+(?:(?:della|of the)\s+(?:regione|region)\s+)?(?:di|of)\s*$|"
                          # "l'amministrazione militare regionale di Kherson": the region's
                          r"(?:amministrazione|procura|polizia|consiglio)\s+(?:militare\s+)?"
                          r"regionale\s+(?:di|del|della)\s*$")
_SETTLEMENT_CUE = re.compile(r"(?:(?:village|town|city|settlement|villaggio|città|cittadina|"
                             r"paese|comune|insediamento|località|frazione)\s+(?:of|di)|"
                             r"comunità|community|hromada)\s+$")
# a unit or a sea named after a place: "il reggimento Azov", "the Azov regiment", "the Sea of
# Azov", "il Mar d'Azov"
_NAMED_UNIT_BEFORE = re.compile(r"(?:reggimento|battaglione|brigata|regiment|battalion|"
                                r"brigade|sea of|mare di|mar di|mare d'|mar d'|"
                                # "the river Dnipro", "il fiume Dnipro": a river, no town
                                r"river|fiume)\s*$")
_NAMED_UNIT_AFTER = re.compile(r"\s+(?:regiment|battalion|brigade|sea|river)(?![\w])")
# "the Afipsky oil refinery", "the Olenya air base": a place named by what it holds
_FACILITY_AFTER = re.compile(r"^\s+(?:oil\s+)?(?:refinery|air ?base|airfield|power plant|"
                             r"thermal power plant|substation|depot|oil depot|port|terminal)\b")
_DISTRICT_BEFORE = re.compile(r"(?:distretto|district|raion|quartiere|rione)\s+"
                              r"(?:(?:ucraino|russo)\s+)?(?:di|del|della|of)?\s*$")
_DISTRICT_AFTER = re.compile(r"^\s*(?:district|raion|distretto)\b")
_CUE = re.compile(r"(?:^|\W)(?:in|a|ad|at|on|near|of|di|del|della|dello|su|sul|sulla|nel|nella|"
                  r"nello|village|villaggio|town|città|cittadina|city|settlement|insediamento|"
                  r"comunità|community|around|vicino|presso|outside|fuori|towards|verso|da|"
                  r"from|into|hit|struck|colpito|colpita|targeted|per|for|by|e|and|,|"
                  # "shelled Kurakhove", "hanno bombardato Nikopol", "captured Vuhledar"
                  r"shelled|attacked|bombed|bombarded|pounded|captured|seized|entered|"
                  r"bombardat[oa]|attaccat[oa]|conquistat[oa]|occupied)\s*"
                  # "hanno colpito venerdì Huliaipole", "struck on Monday the town of"
                  r"(?:(?:on\s+)?(?:" + WEEKDAY_RE + r")\s+)?"
                  # "near occupied Tokmak", "in frontline Kupiansk", "nella martoriata Kherson"
                  r"(?:(?:russian-|russia-)?(?:occupied|held|controlled)\s+|occupat[ao]\s+|"
                  r"(?:front-?line|nearby|liberated|besieged|embattled|devastated|"
                  r"martoriat[ao]|assediat[ao]|liberat[ao])\s+)?$")
# a capital that acts is its state: "Moscow launched", "Kyiv has accused", "Mosca ha lanciato"
# (not "Kyiv was hit", "Kyiv came under attack")
_SEATS = frozenset({"moscow", "mosca", "kyiv", "kiev"})
_STATE_ACTS = re.compile(r"\s+(?:(?:has|have|had|also|then|again|ha|hanno|anche|poi|to)\s+)*"
                         r"(?:launched|unleashed|attacked|struck|fired|targeted|accused|denied|"
                         r"warned|claimed|announced|responded|rejected|retaliated|traded|"
                         r"blamed|estimates|estimated|insists|insisted|says|said|send|sent|"
                         r"supply|supplied|"
                         r"lanciato|scatenato|attaccato|colpito|accusato|negato|respinto|"
                         r"annunciato|risposto|"
                         # "Kiev stima che", "Mosca starebbe cercando di reclutare", "Mosca
                         # ha detto", "Kiev nega": the state, in Italian too
                         r"stima|stimato|afferma|affermato|detto|dichiarato|sostiene|"
                         r"sostenuto|nega|accusa|avverte|avvertito|inviato|invia|fornito|"
                         r"starebbe|sta cercando|cerca|ha cercato|minaccia|minacciato)(?![\w])")
# "Moscow and Kyiv traded blame": two states acting together
_AND_STATE_ACTS = re.compile(r"\s+(?:and|e)\s+(?:"
                             + "|".join(sorted(_SEATS | {"ukraine", "ucraina", "russia"}))
                             + ")" + _STATE_ACTS.pattern)
# "l'aeronautica di Kiev", "il ministero della Difesa di Mosca", "ha detto Kiev": the state's
# body, or the state speaking, not the city
_SEAT_BODY_BEFORE = re.compile(r"(?<![\w])(?:(?:aeronautica(?: militare)?|"
                               r"ministero(?: [\w']+){0,3}|"
                               r"esercito|governo|autorità|forze(?: armate)?|truppe|leadership|"
                               r"servizi(?: segreti)?)\s+di|(?:ha|hanno) (?:detto|affermato|"
                               r"dichiarato|riferito|annunciato))\s+$")
# "accused Kyiv of carrying out six attacks": the state accused
_ACCUSING = re.compile(r"(?<![\w])(?:accus\w+|blam\w+)\s+$")
_OF_AFTER = re.compile(r"\s+(?:of|for|di)\s")
# "Kyiv's air force said", "Moscow's recent attacks on Odesa": the state's
_STATES_OWN = re.compile(r"\s+(?:(?:recent|latest|new|own)\s+)?(?:air force|army|forces|troops|"
                         r"military(?!\s+administration)|navy|"
                         r"(?:foreign\s+|defen[cs]e\s+|prime\s+)?minist(?:er|ers|ry)|president|"
                         r"presidential|reconstruction|peace (?:formula|plan)|counteroffensive|"
                         r"partners|police|attacks?|strikes?|war|invasion|offensive|government|"
                         r"anger|allies|backers|position|demands?|envoy|ambassador|delegation|"
                         r"officials|leadership|claims?|aggression)(?![\w])")
# the joins of a list of names: "Bakhmut, Avdiivka and Lyman", "Kherson e Mykolaiv"
LIST_JOIN = re.compile(r"\s*,\s*(?:(?:and|e)\s+)?|\s+(?:and|e|ed)\s+")
# "Marhanets was also shelled": a town that opens a sentence as its subject
_SUBJECT_AFTER = re.compile(r"\s+(?:was|were|is|has|had|came|è|sono|ha|hanno|è stata|è stato)"
                            r"(?![\w])")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|^\s*-\s*|\n\s*-?\s*)$")
_STOP = frozenset(
    "the and una uno per con dal dalla sono anche mentre dopo prima secondo however after "
    "before while also said says will would could have has this that these those there where "
    "which when their them they from into over under near about against between during "
    "forze forces army russia ukraine ucraina russian ukrainian russo russa russe russi "
    "ucraino ucraini ucraine president presidente governor governatore minister ministro "
    "lunedì martedì mercoledì giovedì venerdì sabato domenica monday tuesday wednesday "
    "thursday friday saturday sunday telegram reuters nato kremlin mosca moscow kiev kyiv".split()
) - {"kiev", "kyiv", "mosca", "moscow"}


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    kind: str  # region, district, settlement
    candidates: tuple[Place, ...]
    as_region: bool  # "the Kharkiv region": the region, not the city


@cache
def _multi_word_starts() -> frozenset[str]:
    """First tokens of the gazetteer forms that are more than one token long."""
    return frozenset(toks[0] for k in place_index() if len(toks := _TOKEN.findall(k)) > 1)


_PUNCT = frozenset(",.;:()")


def _candidates(view: str, tokens: list[re.Match[str]], i: int) -> tuple[int, tuple[Place, ...]]:
    index = place_index()
    first = tokens[i].group()
    longest = min(4, len(tokens) - i) if first in _multi_word_starts() else 1
    for n in range(longest, 0, -1):
        s, e = tokens[i].start(), tokens[i + n - 1].end()
        phrase = view[s:e]
        if n > 1:
            if not _PUNCT.isdisjoint(phrase):
                continue
            phrase = " ".join(phrase.split())
        found = index.get(phrase) or (index.get(phrase[:-2]) if phrase.endswith("'s") else None)
        if found:
            return n, found
    return 0, ()


# Italian words that machine translation glues to the name before them ("Saltivskyidi
# Kharkiv", "Odessanella notte"): a name not found is tried without one of them
_GLUE = ("della", "nella", "dalla", "sulla", "del", "nel", "dal", "sul", "non", "che", "di",
         "da", "su", "in", "ha", "e")


def _unglue(word: str) -> tuple[tuple[Place, ...], int] | None:
    for glue in _GLUE:
        if word.endswith(glue) and len(word) - len(glue) >= 4:
            found = place_index().get(word[:-len(glue)])
            if found:
                return found, len(glue)
    return None


# a compass direction, in English and in Italian: "north-east", "sud-ovest"
_COMPASS = r"(?:north|south)(?:-?(?:east|west))?|east|west"
_BUSSOLA = r"(?:nord|sud)(?:-?(?:est|ovest))?|est|ovest"
RELATIVE_TO = re.compile(rf"(?<![\w])(?:{_COMPASS}|{_BUSSOLA})(?:ern)?\s+(?:of|di)\s+"
                         r"(?:the\s+)?(?:city\s+of\s+|città\s+di\s+)?$")
_CAPITAL_OF = re.compile(r"(?:(?P<ua>ukrainian)|russian)\s+capital(?![\w])|"
                         r"capitale\s+(?:(?P<ua2>ucraina)|russa)(?![\w])")


def find_places(text: str, view: str, start: int, end: int) -> list[PlaceMention]:
    """Place mentions in [start, end); `text` is the original (for capitals), `view` normalised."""
    tokens = list(_TOKEN.finditer(view, start, end))
    out: list[PlaceMention] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if (capital := _CAPITAL_OF.match(view, tok.start(), end)) is not None:
            # "a missile strike on the Ukrainian capital", "nella capitale russa": the city
            cands = place_index().get("kyiv" if capital.group("ua") or capital.group("ua2")
                                     else "moscow", ())
            out.append(PlaceMention(capital.start(), capital.end(), "region",
                                    tuple(c for c in cands if c.kind == "region"), False))
            i += 2
            continue
        if not text[tok.start()].isupper() or view[tok.start():tok.end()] in _STOP:
            i += 1
            continue
        n, cands = _candidates(view, tokens, i)
        cut = 0
        if not n and (glued := _unglue(tok.group())):
            n, cands, cut = 1, *glued
        if not n:
            # "the village of Novaya Tavolzhanka": a settlement the gazetteer lacks
            if _SETTLEMENT_CUE.search(view[max(start, tok.start() - 20):tok.start()]):
                j = i
                while j + 1 < len(tokens) and text[tokens[j + 1].start()].isupper() and \
                        re.fullmatch(r"\s+", view[tokens[j].end():tokens[j + 1].start()]):
                    j += 1
                out.append(PlaceMention(tok.start(), tokens[j].end(), "settlement", (), False))
                i = j + 1
                continue
            i += 1
            continue
        s, e = tokens[i].start(), tokens[i + n - 1].end() - cut
        before = view[max(start, s - 60):s]
        after = view[e:e + 60]
        if _NAMED_UNIT_BEFORE.search(before) or _NAMED_UNIT_AFTER.match(after):
            i += n  # "il reggimento Azov", "the Azov brigade", "the Sea of Azov": no town
            continue
        if out and out[-1].kind == "settlement" and s - out[-1].end <= 40 \
                and RELATIVE_TO.search(before):
            i += n  # "the city of Zhytomyr, west of Kyiv": where the town lies, no second place
            continue
        name = view[s:e]
        if (name in _SEATS and (_STATE_ACTS.match(after) or _AND_STATE_ACTS.match(after)
                                or _SEAT_BODY_BEFORE.search(before)
                                or (_ACCUSING.search(before) and _OF_AFTER.match(after)))) or (
                name[-2:] in ("'s", "’s") and name[:-2] in _SEATS and _STATES_OWN.match(after)):
            i += n  # "Moscow unleashed a wave of strikes on Kyiv": the state, not the city
            continue
        as_region = bool(BEFORE_REGION.search(before) or _AFTER_REGION.match(after)
                         or _GOVERNOR_OF.search(before))
        # "the Donetsk direction", "in direzione di Kupiansk": a stretch of front in a region
        direction = bool(_DIRECTION_AFTER.match(after) or _DIRECTION_BEFORE.search(before))
        # "the Kursk region" named in full by the gazetteer's own form: the region, not the city
        as_region = as_region or direction or _REGION_WORD.search(view, s, e) is not None
        as_district = bool(_DISTRICT_BEFORE.search(before) or _DISTRICT_AFTER.match(after)
                           or view.endswith((" district", " raion"), s, e))  # "X district"
        regions = tuple(c for c in cands if c.kind == "region")
        districts = tuple(c for c in cands if c.kind == "district")
        settlements = tuple(c for c in cands if c.kind == "settlement")
        if as_district and districts:
            out.append(PlaceMention(s, e, "district", districts, False))
        elif regions and any(r.region_code in _OBLAST_AROUND for r in regions) \
                and _AROUND_CITY.search(before):
            # "near Ukraine's capital, Kyiv", "east of Moscow": the oblast around the city
            out.append(PlaceMention(s, e, "region", tuple(_oblast_of(r) for r in regions), True))
        elif as_region and regions:
            # "regione di Mosca", "the Kyiv region": the oblast around the city-region
            out.append(PlaceMention(s, e, "region", tuple(_oblast_of(r) for r in regions), True))
        elif regions and settlements and _SETTLEMENT_CUE.search(before):
            # "nella città di Kherson": the city, not the region of its name
            out.append(PlaceMention(s, e, "settlement", settlements, False))
        elif regions:
            out.append(PlaceMention(s, e, "region", regions, False))
        elif direction and settlements:
            # (the region of the largest town of that name first: Huliaipole's is
            # Zaporizhzhia's, not a village's in Dnipropetrovsk)
            codes = sorted({p.region_code for p in settlements}, key=lambda c: (-max(
                p.population for p in settlements if p.region_code == c), c))
            out.append(PlaceMention(s, e, "region", tuple(
                Place("region", region_names()[c], c) for c in codes if c in region_names()),
                True))
        elif districts and not settlements:
            out.append(PlaceMention(s, e, "district", districts, False))
        elif settlements and (_CUE.search(before) or _FACILITY_AFTER.match(after)
                              # "in Bakhmut, Avdiivka and Lyman": a list's towns share its cue
                              or (out and out[-1].kind == "settlement"
                                  and LIST_JOIN.fullmatch(view, out[-1].end, s))
                              or max(p.population for p in settlements)
                              >= 50000 or (_SUBJECT_AFTER.match(after) and (
                                  s == start or _SENTENCE_START.search(before))
                                  and max(p.population for p in settlements) >= 10000)):
            out.append(PlaceMention(s, e, "settlement", settlements, False))
        i += n
    return out


_AROUND_CITY = re.compile(rf"(?<![\w])(?:near|outside|around|outskirts of|(?:{_COMPASS})(?:ern)?"
                          r"\s+of|vicino a|nei pressi di|fuori|alle porte di|intorno a)\s+"
                          r"(?:the\s+)?"
                          r"(?:(?:ukrainian|russian|ukraine's|russia's)\s+)?(?:capital,?\s+|"
                          r"city of\s+)?$")
_OBLAST_AROUND = {"RU-MOW": "moscow oblast", "RU-SPE": "leningrad oblast",
                  "UA-30": "kyiv oblast"}


def _oblast_of(region: Place) -> Place:
    """The oblast around a city that is a region of its own (Moscow, Kyiv, St Petersburg)."""
    form = _OBLAST_AROUND.get(region.region_code)
    if form is None:
        return region
    return next((p for p in place_index().get(form, ()) if p.kind == "region"), region)


_PLAIN_NAME = re.compile(r"[A-ZÀ-Ý][\w'’ -]*")


def _spelled(place: Place, raw: str | None, m: PlaceMention) -> str:
    """A settlement's name: a Russian one as the text spells it ("Tyotkino", "Ryazan"), as
    annotators write it, not the gazetteer's transliteration ("Tëtkino", "Ryazan’")."""
    surface = _owner_stripped(raw[m.start:m.end]) if raw and place.region_code[:2] == "RU" \
        else ""
    # (a translation is no spelling of it: "Mosca" is Moscow)
    return surface if _PLAIN_NAME.fullmatch(surface) \
        and surface.lower() not in _EXONYMS else place.name


def _owner_stripped(name: str) -> str:
    """ "Moscow’s" (its mayor) -> "Moscow"."""
    return name[:-2] if name.endswith(("'s", "’s")) else name


_EXONYMS = frozenset({"mosca", "san pietroburgo", "pietroburgo"})


@dataclass
class Location:
    settlement: str | None = None
    district: str | None = None
    region: str | None = None
    region_code: str | None = None
    country: str | None = None
    spans: dict[str, tuple[int, int]] | None = None
    ambiguous: bool = False


def _same_name_city(place: Place) -> Place | None:
    """The settlement named like a region's centre (Kharkiv the city in Kharkiv region)."""
    for cand in place_index().get(place.name.lower(), ()):
        if cand.kind == "settlement" and cand.region_code == place.region_code:
            return cand
    return None


_NO_NAMESAKE = 100000  # a town this large is itself, unless its own region is named with it
# "… and three in the Donetsk region", "…, while …": the region is another clause's (not
# "nei distretti Kyivskyi e Saltivskyi di Kharkiv")
_NEXT_CLAUSE = re.compile(r"\s(?:and|e|ed)\s+(?:another\s+|altr[ie]\s+)?[\w,.]+\s+(?:in|at|near|a|"
                          r"nel|nella|nei|vicino)\s|\s(?:while|mentre)\s|;|"
                          # "…, as Russia also targeted the capital Kyiv": a clause of its own
                          r",\s+(?:as|after|when|mentre|dopo che)\s")


# what may stand between a town and the region it lies in: "Novomoskovsk, Dnipropetrovsk",
# "… in the port of Feodosia in Crimea"
_ATTACHED_GAP = re.compile(r"(?:,|(?<![\w])(?:in|nel|nella|nell'|di|a|ad))\s+(?:the\s+)?"
                           r"(?:[\w'’]+\s+){0,2}$")


def _region_attached(m: PlaceMention, mentions: list[PlaceMention], raw: str | None) -> bool:
    """Whether a region is named right after the settlement, in its own clause ("Novomoskovsk,
    nella regione di Dnipropetrovsk", "Murom in Russia's Belgorod region")."""
    return any(r.kind == "region" and 0 <= r.start - m.end <= 60
               # (a region named as such, or right after a comma: not "the capital Kyiv" in
               # the next clause)
               and (r.as_region or raw is None or _ATTACHED_GAP.search(raw, m.end, r.start))
               and (raw is None or not _NEXT_CLAUSE.search(raw, m.end, r.start))
               for r in mentions)


# cities with a code of their own inside a region: "Sevastopol on the Crimean Peninsula" is
# the city, not a namesake elsewhere
_WITHIN = {"UA-40": "UA-43", "UA-30": "UA-32"}


def resolve(mentions: list[PlaceMention], context_regions: dict[str, tuple[int, int]],
            raw: str | None = None) -> Location:
    """The most specific location named in `mentions` (one incident's place); the regions
    of its context come with the spans that name them."""
    loc = Location(spans={})
    assert loc.spans is not None
    named_regions = {c.region_code for m in mentions if m.kind == "region" for c in m.candidates}
    hint = named_regions | set(context_regions)
    # "the Kievsky district of Donetsk city": the district of the one town named with it
    hint |= {next(iter(codes)) for m in mentions if m.kind != "region"
             and len(codes := {c.region_code for c in m.candidates}) == 1}
    for m in mentions:
        if m.kind == "settlement" and named_regions and m.candidates and not any(
                c.region_code in named_regions or _WITHIN.get(c.region_code) in named_regions
                for c in m.candidates) and (
                (max(c.population for c in m.candidates) < _NO_NAMESAKE
                 # (a region's capital is itself, whatever its count: Kherson)
                 and not any(c.name == region_names().get(c.region_code) for c in m.candidates)
                 and any(r.kind == "region" and r.as_region for r in mentions))
                or _region_attached(m, mentions, raw)):
            # a namesake elsewhere ("near the village of Murom in Russia’s Belgorod region"),
            # where a region is named as such or right after it (not a city of a region's
            # name further on: "died in Avdiivka, another in Chasiv Yar and a third in Kherson");
            # not a city whose region is not the one named ("killed three people in the city
            # of Zaporizhzhia and three in the Donetsk region")
            m = PlaceMention(m.start, m.end, m.kind, (), m.as_region)
        elif m.kind == "settlement" and context_regions and m.candidates \
                and {r[:2] for r in context_regions} == {"RU"} \
                and all(c.region_code[:2] == "UA" for c in m.candidates):
            # "near the village of Zhuravlevka, … Belgorod governor Vyacheslav Gladkov said":
            # a Russian village the gazetteer does not hold, not its Crimean namesake; in the
            # one Russian region its item names
            m = PlaceMention(m.start, m.end, m.kind, (), m.as_region)
            if len(context_regions) == 1 and loc.region_code is None:
                code, span = next(iter(context_regions.items()))
                loc.region_code, loc.spans["region"] = code, span
        if not m.candidates:
            if loc.settlement is None:
                loc.settlement = _owner_stripped(raw[m.start:m.end]) if raw else None
                loc.spans["settlement"] = (m.start, m.end)
                loc.ambiguous = True
            continue
        pick = [c for c in m.candidates if c.region_code in hint] or list(m.candidates)
        # the place of that very name before one that has it as another name ("Samar", the
        # renamed Novomoskovsk, is not Samara), then the largest
        said = (raw or "")[m.start:m.end].casefold()
        pick.sort(key=lambda p: (p.name.casefold() != said, -p.population))
        place = pick[0]
        if m.kind == "settlement" and loc.settlement is None:
            loc.settlement = _spelled(place, raw, m)
            loc.spans["settlement"] = (m.start, m.end)
            loc.ambiguous = len({c.region_code for c in pick}) > 1
            if loc.region_code is None:
                loc.region_code = place.region_code
        elif m.kind == "district" and loc.district is None:
            loc.district = place.name
            loc.spans["district"] = (m.start, m.end)
            if loc.region_code is None:
                loc.region_code = place.region_code
        elif m.kind == "region":
            if loc.region_code is None or loc.region_code == place.region_code or \
                    "region" not in loc.spans:
                if loc.region_code not in (None, place.region_code) and loc.settlement:
                    continue  # a settlement elsewhere was named first; keep its region
                loc.region_code = place.region_code
                loc.spans["region"] = (m.start, m.end)
                if not m.as_region and loc.settlement is None:
                    city = _same_name_city(place)
                    if city is not None and place.region_code not in ("UA-32",):
                        loc.settlement = _spelled(city, raw, m)
                        loc.spans["settlement"] = (m.start, m.end)
    parent = city_districts().get((loc.district, loc.region_code or "")) if loc.district else None
    if parent is not None:  # "Kyiv's Sviatoshynskyi district": a district of the city
        if loc.settlement is None or loc.spans.get("settlement") == loc.spans.get("region"):
            loc.settlement = parent
            loc.spans.setdefault("settlement", loc.spans["district"])
    elif loc.district and loc.spans.get("settlement") == loc.spans.get("region"):
        loc.settlement = None  # "the Polohivskyi district of Zaporizhzhia": the region
        loc.spans.pop("settlement", None)
    if loc.region_code:
        loc.region = region_names().get(loc.region_code)
        loc.country = loc.region_code[:2]
    return loc
