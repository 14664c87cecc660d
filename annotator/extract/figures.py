"""Every other quantified claim: attacks per day, losses, money, prisoners, evacuees.

Numbers already used by another fact of the item, ages, years, dates, model names and the
day number are not figures.
"""

from __future__ import annotations

import re
from functools import cache

from annotator.dates import MONTH_RE
from annotator.extract.actors import OrgMention, country_of, find_orgs, local_org
from annotator.extract.attribution import attribute, find_medium
from annotator.extract.context import Ctx, Draft, find_date, find_period
from annotator.extract.incidents import AMONG_MANY_PLACES, ATTACK_RE, EXCHANGE, FRONT_WIDE, TAIL
from annotator.extract.incidents import CUMULATIVE as TOLL_CUMULATIVE
from annotator.extract.lexicons import countries, metrics, region_names
from annotator.extract.numbers import (
    MONTH_BEFORE,
    ORDINALS,
    PER_BARREL,
    RUNNING_TOTAL,
    SCALES,
    VAGUE,
    WORDS,
    Number,
    bare_crowns,
    currency_of,
    is_year,
)
from annotator.extract.places import (
    BEFORE_REGION,
    RELATIVE_TO,
    Location,
    PlaceMention,
    resolve,
)
from annotator.extract.trie import alternation
from annotator.models import Item

# the counted noun as a unit, as annotators write it: English as written, Italian in English
_UNITS = {
    "gigawatt": "gigawatts", "gw": "gigawatts", "megawatt": "megawatts", "mw": "megawatts",
    "attacchi": "attacks", "attacco": "attacks", "bombardamenti": "attacks",
    "shelling": "attacks", "droni": "drones", "missili": "missiles", "soldati": "soldiers",
    "truppe": "troops", "militari": "servicemen", "prigionieri": "prisoners",
    "pows": "prisoners of war", "sfollati": "people", "evacuati": "people", "evacuees": "people",
    "evacuated": "people", "persone": "people", "paesi": "countries", "nazioni": "countries",
    "nations": "countries", "bambini": "children", "minori": "children", "case": "homes",
    "abitazioni": "homes", "edifici": "buildings", "insediamenti": "settlements",
    "villaggi": "villages", "villages": "villages", "località": "settlements",
    "towns": "settlements", "centri": "settlements",
    "km": "km", "chilometri": "km", "kilometres": "km", "kilometers": "km",
    "tonnellate": "tonnes", "tons": "tonnes", "carri": "tanks", "utenti": "consumers",
    "clienti": "consumers", "utenze": "consumers", "famiglie": "households",
    "scontri": "clashes", "combattimenti": "clashes", "assalti": "assaults",
    "perdite": "soldiers", "vittime": "people", "razzi": "rockets", "proiettili": "projectiles",
    "colpi": "shells", "bombe": "bombs", "residenti": "residents", "residents": "residents",
    "abitanti": "residents", "inhabitants": "residents", "civili": "civilians", "navi": "ships",
    "secondi": "seconds", "regioni": "regions", "voli": "flights", "aeroporti": "airports",
    "aerei": "aircraft", "ondate": "attack waves", "corpi": "bodies", "salme": "bodies",
    "ucraini": "ukrainians", "ukrainians": "ukrainians", "russi": "russians",
    "russians": "russians",
    "rifugiati": "refugees", "profughi": "refugees", "bombardments": "attacks",
    "strikes": "strikes", "raids": "raids", "uomini": "men", "donne": "women",
    "punti": "points", "veicoli": "vehicles", "elicotteri": "helicopters",
    "comunità": "communities", "città": "cities", "ettari": "hectares", "scuole": "schools",
    "ospedali": "hospitals", "dollari": "USD", "euro": "EUR",
}
# a toll's nouns count people: "cinque morti e nove feriti"
_OF_WAR = re.compile(r"\s+(?:of war|di guerra)(?![\w])")  # "prisoners of war": the unit
_TOLL_NOUNS = frozenset({"morti", "feriti", "dead", "wounded", "injured", "others", "altri",
                         "altre"})
# English counted nouns found after a filler word, and heads of "missile strikes"
_KNOWN = frozenset("attacks drones missiles soldiers troops prisoners people countries children "
                   "homes houses buildings settlements tonnes tanks consumers households clashes "
                   "assaults rockets shells bombs civilians ships flights airports aircraft "
                   "bodies refugees strikes raids vehicles servicemen men women personnel "
                   "residents fighters gigawatts megawatts systems sistemi launchers batteries "
                   "jets howitzers".split())
_HEADS = frozenset(_UNITS) | _KNOWN
# "the 13th major attack on its facilities this year", "il 14° attacco": a running count
_ATTACK_NOUN = (r"\s+(?:(?:major|massive|mass|large-scale|combined|big|massed|drone|missile|air|"
                r"aerial|ukrainian|russian)\s+){0,2}"
                # "hit the refinery for the third time this year", "per la terza volta"
                r"(?P<noun>attack|strike|assault|attacco|bombardamento|raid|time|volta)(?![\w])")
_ORDINAL_ATTACK = re.compile(r"(?:st|nd|rd|th|°|º)" + _ATTACK_NOUN)
# ... spelled: "the fourth attack on the plant this year", "il quarto attacco contro l'impianto"
_ORDINAL_NOUN = re.compile(_ATTACK_NOUN)
# (a count so far, with its start: not "a second strike on the same site an hour later")
_SO_FAR_AHEAD = (r"(?=[^.;]{0,50}?(?<![\w])(?:since|this (?:year|month|week|autumn|winter|"
                 r"spring|summer)|dall'inizio|da inizio|quest'anno|questo mese|quest'autunno|"
                 r"quest'inverno)(?![\w]))")
_SPELLED_ORDINAL = re.compile(rf"(?<![\w])(?:the|il|l'|del|dell'|al|all'|nel|nell'|la)\s*"
                              rf"(?P<w>{'|'.join(ORDINALS)})" + _ATTACK_NOUN + _SO_FAR_AHEAD)


def _spelled_ordinals(view: str, s: int, e: int) -> list[Number]:
    """The spelled ordinals of [s, e) that count attacks, as numbers ("for the third time"
    only where the sentence tells a hit: not a central bank's third rate rise)."""
    return [Number(ORDINALS[m.group("w")], m.start("w"), m.end("w"), vague=False,
                   qualified=False, word=False) for m in _SPELLED_ORDINAL.finditer(view, s, e)
            if m.group("noun") not in ("time", "volta") or ATTACK_RE.search(view, s, e)]


# "59 others were “lost” to electronic jamming", "altri 47 sono stati “persi localmente”"
_LOST = re.compile(r"\s+(?:others?\s+|more\s+)?(?:(?:drones?|droni|missiles?|missili)\s+)?"
                   r"(?:(?:sono stati|sono state|sono andati|sono andate|sono|were|had been|was|"
                   r"went)\s+)?(?:"
                   # "altri 63 sono “scomparsi” dai radar"
                   r"[\"“”'‘’]?(scompars[ie]|disappeared|vanished)[\"“”'‘’]?(?=\s+(?:dai|from)\s+"
                   r"(?:i\s+)?radar)|"
                   r"[\"“”'‘’](?:(?:locationally|locally)\s+)?(persi|perse|lost)"
                   r"(?:\s+localmente|\s+locally|\s+locationally)?[\"“”'‘’]|"
                   # "55 were lost, likely to electronic jamming", "were locationally lost"
                   r"(?:locationally|locally)\s+(lost)|"
                   r"(persi|perse|lost)(?=\s+localmente|\s+locally|\s+locationally|\s+to\s|"
                   r"[^.;]{0,60}?(?:electronic|elettronic|jamming|jammer|disturb))|"
                   # "altri 31 sono stati neutralizzati con la guerra elettronica"
                   r"(neutralizzat[ie]|neutrali[sz]ed|suppressed|jammed|soppress[ie])"
                   r"(?=\s+(?:con la|dalla|by|with|through)\s+(?:la\s+)?(?:guerra elettronica|"
                   r"electronic warfare|jamming)))")
_LOST_UNITS = {"drone": "drones", "missile": "missiles"}
# the verb before the count: "suppressing the other nine with electronic warfare", "di averne
# neutralizzati altri sei con i sistemi di guerra elettronica"
_JAMMED_BEFORE = re.compile(r"(?<![\w])(suppress\w*|neutrali[sz]\w*|neutralizzat[ie]|jamm\w+|"
                            r"soppress[ie])\s+(?:(?:the\s+)?(?:other|remaining|altri|altre)\s+)?$")
_JAMMED_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:with|by|con|dalla|through)\s+(?:i sistemi di\s+|"
                           r"la\s+|systems of\s+)?(?:electronic warfare|guerra elettronica|"
                           r"jamming)(?![\w])")


def _jammed(view: str, s: int, n: Number) -> tuple[int, int] | None:
    """The verb's span where `n` counts drones a side jammed, told with the verb before."""
    if (verb := _JAMMED_BEFORE.search(view, max(s, n.start - 40), n.start)) \
            and _JAMMED_AFTER.match(view, n.end):
        return verb.span(1)
    return None
_THE_BEFORE = re.compile(r"(?<![\w'])(?:the|i|le|gli|these|those|both|entrambi|entrambe)\s+$")
_SKIP_AFTER = re.compile(rf"\s*(?:°|º|anni\b|years?\b|decades?\b|decenni\b|decennio\b|"
                         rf"year-old|enne\b|-|[a-z]\d|(?:{MONTH_RE})\b|"
                         r"giorno|day\b|st\b|nd\b|rd\b|th\b|:\d|h\b|ore\b|o'clock)")
_SKIP_BEFORE = re.compile(r"(?:[a-z]-|[a-z]|day |giorno |n\. |no\. |f-|s-|kh-|mig-|su-|"
                          r"(?<![\w])(?:leopard|challenger|abrams|bradley|marder|patriot|"
                          r"gripen|jas|storm shadow) )$")  # a model number: "Leopard 2 tanks"

_FILLER = frozenset(
    "more other new further additional major russian ukrainian russi russe ucraini ucraine "
    "north korean nordcoreani of di the i gli le dei degli delle d' fallen civilian civili "
    "private small large big main altri altre nuovi nuove ulteriori piccoli grandi military "
    "militari enemy nemici foreign stranieri western occidentali internally internal interni "
    "interne its their his her our suoi sue propri proprie volunteer volontari professional "
    "professionisti professionali".split())
_BOTH = ("both", "entrambi", "entrambe", "ambo")
_AMONG_THE_HURT = re.compile(r"(?<![\w])(?:tra i (?:feriti|morti)|tra le vittime|among the "
                             r"(?:injured|wounded|dead|victims))\s+(?:(?:ci sono|c'erano|"
                             r"ci sono stati|were|are)\s+)?(?:(?:anche|also)\s+)?$")
_NOT_NOUN = frozenset(
    "have has had were was been are is will would could should from with into than that "
    "which who what when where while since over under after before during this these those "
    "their there here sono erano stati state anni years year times volte hours ore days "
    "giorni weeks settimane months mesi minutes minuti people's nelle negli delle degli dalle "
    "dagli sulle sugli alle agli tutte tutti altre altri piani storeys floors across towards "
    "always perhaps whereas besides afterwards nowadays thus less unless sides parti "
    "presidents presidenti leaders officials funzionari diplomats diplomatici sources fonti "
    "quali whom cui mentre come dove "
    "quando oltre contro secondo presso verso dopo prima sempre anche ancora quindi circa "
    "invece insieme mentre".split()
) - {"times", "volte"}  # "un edificio di cinque piani": storeys describe a building
# an unknown counted noun must look plural: English "drones", Italian "droni", "case"
_PLURAL_ENDINGS = {"en": ("s",), "it": ("i", "e")}
_NUMBER_WORDS = frozenset({*WORDS, *VAGUE, *SCALES})  # "tre quattro": a number is no unit
_SHARE_OF = re.compile(r"\s+(?:of|della|delle|degli|dell'|dei|del|di)\s*(?:the\s+|[\w]+'s\s+|"
                       r"(?:\w+\s+)?(?=infrastruct|infrastrutt))?([a-zà-ù]+)"
                       r"((?:\s+[a-zà-ù]+){0,2})")


def _share_noun(of: re.Match[str] | None) -> str:
    """The noun a share is of: "30 percent of Ukraine's energy infrastructure" is of
    infrastructure; "17 percent of Russia's oil refining capacity" of capacity: the first of
    up to three words that names a metric, else the first."""
    if of is None:
        return "percent"
    words = [of.group(1), *of.group(2).split()]
    if _LAND.search(of.string, of.start(), of.end() + 2):
        return "territory"  # "79 percent of the Donetsk region": land, its metric by its cue
    named = [w for w in words for m in metrics()[0] if m.nouns and w.startswith(m.nouns)]
    return named[0] if named else words[0]


_LAND = re.compile(r"(?<![\w])(?:region|oblast|territory|regione|territorio)(?![\w'’])")
_TIMES = re.compile(r"\s+(?:of\s+|di\s+)?(?:times|volte)(?![\w])")  # "decine di volte"
# the equipment a side claims destroyed, named in more than one word: "three armoured combat
# vehicles", "21 artillery units"
_EQUIPMENT_NAMED = re.compile(r"\s+(?:(?:russian|ukrainian|enemy)\s+)?((?:armou?red|infantry)\s+"
                        r"(?:combat|fighting)\s+vehicles|artillery\s+(?:systems|units|pieces))"
                        r"(?![\w])")


def _unit(ctx: Ctx, end: int, limit: int) -> tuple[str, str, tuple[int, int]] | None:
    """(word, unit, span) of the counted noun after a number: a known noun, else a plural."""
    view = ctx.view
    if m := _TIMES.match(view, end):
        return "times", "attacks", (m.start(), m.end())
    if m := re.match(r"\s*(%|per ?cent\b|percent\b|per cento\b)", view[end:end + 12]):
        # "30 percent of the energy infrastructure": the share's noun names the metric
        of = _SHARE_OF.match(view, end + m.end(1))
        return _share_noun(of), "percent", (end + m.start(1), end + m.end(1))
    if m := re.match(r"\s+(square kilometres|square kilometers|sq km|km2|km²|chilometri quadrati)",
                     view[end:end + 25]):
        return "square kilometres", "square kilometres", (end + m.start(1), end + m.end(1))
    if m := _RATE_POINTS.match(view, end):  # "cut its key rate by 100 basis points"
        unit = "basis points" if m.group(1) in ("basis points", "punti base") \
            else "percentage points"
        return unit, unit, m.span(1)
    if m := _EQUIPMENT_NAMED.match(view, end, limit):  # "three armoured combat vehicles"
        return m.group(1), m.group(1), m.span(1)
    words = list(re.finditer(r"[a-zà-ù'-]+", view[end:min(limit, end + 50)]))
    for n, w in enumerate(words[:4]):
        word = w.group().strip("'")
        if n + 1 < len(words) and words[n + 1].group() in _HEADS and \
                words[n + 1].group() not in countries()[1] and \
                words[n + 1].start() - w.end() == 1:  # "missile strikes": the second is the head
            w = words[n + 1]
            return w.group(), _UNITS.get(w.group(), w.group()), (end + w.start(), end + w.end())
        if word in _UNITS or word in _KNOWN:
            if word in ("prisoners", "prigionieri") and (
                    war := _OF_WAR.match(view, end + w.end())):
                return word, "prisoners of war", (end + w.start(), war.end())
            return word, _UNITS.get(word, word), (end + w.start(), end + w.end())
        if word in _FILLER:
            continue
        if n == 0 or words[n - 1].group() in _FILLER:
            if len(word) >= 4 and word not in _NOT_NOUN and word not in _NUMBER_WORDS \
                    and word.endswith(_PLURAL_ENDINGS.get(ctx.bulletin.language or "",
                                                          ("s", "i", "e"))) \
                    and not word.endswith(("ed", "ing", "ous", "ly")) \
                    and not (ctx.bulletin.language == "it"  # "di cui 37 catturate": a verb
                             and word.endswith(("ate", "ite", "ute", "iti", "uti"))):
                return word, word, (end + w.start(), end + w.end())
        break
    return None


_OUTCOME_AFTER = re.compile(r"\s+(killed|dead|injured|wounded|uccis[ie]|mort[ie]|ferit[ie])"
                            r"(?![\w])")
_BARE_VERB = re.compile(r"\s+(?:have|has|had|were|are|was|sono|erano|hanno)\s+(?:(?:so far|also|"
                        r"already|now|finora|già|ora)\s+)?(?:been\s+|stat[ie]\s+)?(?P<v>displaced|"
                        r"evacuated|deported|sfollat[ie]|evacuat[ie]|deportat[ie])(?![\w])")
_BARE_LABELS = {"displ": "displaced", "sfoll": "displaced", "evacu": "evacuated",
                "depor": "deported"}
_OWN_VERB = re.compile(r"(?:,\s*(?:including|among them|tra cui|tra i quali|di cui)\s"
                       r"[^,;.]{1,40},)?"
                       # "about 11,000 residents of the Krasnaya Yaruga district had been
                       # evacuated", "1.600 residenti dei villaggi di confine sono stati"
                       r"(?:\s+(?:of|from|in|dei|degli|delle|del|della|di|nei|nelle)\s+"
                       r"(?:the\s+)?(?:[\w'’-]+\s+){0,4}?[\w'’-]+(?=\s+(?:were|was|have|had|"
                       r"has|sono|è|hanno)\b))?"
                       r"\s+(?:(?:were|was|have been|had been|has been|"
                       r"sono stat[ei]|è stat[oa]|sono rimast[ei]|hanno|have|had)\s+)"
                       r"(?:(?:also|anche|already|già)\s+)?")
_TAKEN_BEFORE = re.compile(r"(?<![\w])(?:taken|took|take|captured|capture|seized|liberated|"
                           r"retaken|recaptured|control|controls|controlled|occupied|conquistat\w|"
                           r"pres[oie]|liberat\w|occupat\w|controlla\w*)\s+(?:[\w'-]+\s+){0,3}$")
_TOLL_LABELS = ("killed", "injured")
# what the counted are left without names the metric whatever they are: "more than 300 towns
# were still without electricity", "1.100 villaggi erano ancora senza corrente"
_LEFT_WITHOUT_POWER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,6}?(?:(?:were|are|was|is|remain(?:ed|s)?|stayed|erano|sono|era|è|"
    r"restano|restavano|rimangono|rimanevano|sono rimast[ei]|(?:have|has|had) been)\s+)?"
    r"(?:still\s+|ancora\s+)?(?:left\s+)?(?:without (?:power|electricity|heat|heating|light)|"
    r"senza (?:elettricità|corrente|luce|riscaldamento)|"
    # "47 towns and villages lost electricity", "hanno perso la corrente"
    r"(?:lost|hanno perso|avevano perso) (?:the |la |l')?(?:power|electricity|corrente|"
    r"elettricità))(?![\w])")
# "put Russia's total tank losses at 3,245", "losses stood at 137,780": a count named before
_LOSSES_AT = re.compile(r"(?<![\w])(?:(?P<what>tank|personnel|troop|aircraft|artillery|"
                        r"helicopter|drone|armoured vehicle|carri armati|personale)\s+)?"
                        r"(?P<losses>losses|perdite)\s+(?:[\w’'-]+\s+){0,7}?(?:at|to|stood at|"
                        r"stand at|stands at|rose to|reached|a|in|salite a|ammontano a)\s+$")
_NUMBER_OF = re.compile(r"(?<![\w])(?:the (?:total )?number of|il numero (?:di|dei|degli|delle))"
                        r"\s+(?P<what>(?:[\w'’-]+\s+){1,9}?)(?:at|stood at|stands at|was|is|to|"
                        r"reached|rose to|fell to|è salito a|è sceso a|è di|era di|a|pari a)\s+"
                        r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|circa\s+|quasi\s+)?$")
# "i rifugiati ucraini registrati in Europa sono circa 5,9 milioni", "Ukrainian refugees in
# Europe number about 5.9 million": what is counted, then a copula and the count
_COUNT_BY_COPULA = re.compile(
    r"(?<![\w])(?:(?:i|gli|le|the)\s+(?P<what>(?:[\w'’-]+\s+){1,6}?)(?:sono|erano|number|numbered|"
    r"totall?ed|ammontano a|ammontavano a)|"
    # (English needs no article: "Ukrainian refugees in Europe number about 5.9 million")
    r"(?P<bare>(?:[\w'’-]+\s+){1,5}?)(?:number|numbered|totall?ed))\s+"
    r"(?:(?:about|around|some|nearly|almost|more than|circa|quasi|oltre|più di)\s+)?$")
def _counted_span(m: re.Match[str]) -> tuple[int, int]:
    """Where the words of what a count counts lie in a match of _NUMBER_OF or
    _COUNT_BY_COPULA (from the space before them)."""
    g = "what" if m.group("what") is not None else "bare"
    return m.start(g) - 1, m.end(g)


_LOSS_UNITS = {"troop": "troops", "tank": "tanks", "carri armati": "tanks", "aircraft": "aircraft",
               "artillery": "artillery systems", "helicopter": "helicopters", "drone": "drones",
               "armoured vehicle": "armoured vehicles"}
_ANOTHER_COUNT = re.compile(r"\d[\d.,]*\s+(?:[a-z-]+\s+)?$")
_SWAPPED = ("bodies_returned", "prisoners_exchanged")
_REACH = 90  # how far from the number a cue word still speaks of it


def _label(view: str, number: tuple[int, int], noun: tuple[str, tuple[int, int]] | None,
           money: bool, s: int, e: int) -> str:
    """The metric label of the vocabulary: the label whose cue words stand nearest the
    number, a label the counted noun itself names counting as nearer; generic nouns
    ("people") name none. Money is aid or economy."""
    vocabulary, generic = metrics()
    start, end = number
    word, (ns, ne) = noun if noun else ("", (end, end))
    named = bool(word) and not word.startswith(generic)
    if word and not money and _LEFT_WITHOUT_POWER.match(view, ne, e):
        return "power_outages"  # "300 towns and villages were still without electricity"
    if word and not any(m.nouns and word.startswith(m.nouns) for m in vocabulary
                        if m.label != "population") \
            and (own := _OWN_VERB.match(view, ne, e)):
        # "dozens of residents were evacuated": the counted noun's own verb names it (a noun
        # that names a metric itself, "1,230 soldiers had been killed", keeps it; residents
        # are a population only when nothing else is told of them)
        for m in vocabulary:
            if not money and not m.noun_only and m.cue is not None \
                    and m.cue.match(view, own.end(), e):
                return m.label
    lo, hi = max(s, start - _REACH), min(e, end + _REACH)
    best, best_d = "other", _REACH + 1
    cue_d: dict[str, int] = {}
    toll_noun = named and any(m.nouns and word.startswith(m.nouns) for m in vocabulary
                              if m.label in _TOLL_LABELS)
    for m in vocabulary:
        if money and m.label not in ("aid", "economy"):
            continue
        names = named and word.startswith(m.nouns)
        if m.noun_only and not names:
            continue
        d = _REACH + 1
        if m.cue is not None:
            for c in m.cue.finditer(view, lo, hi):
                if c.start() < ne and ns < c.end():
                    continue  # the counted noun itself is not a cue
                if toll_noun and m.label in _TOLL_LABELS and (c.start() >= ne or c.end() <= start) \
                        and _ANOTHER_COUNT.search(view, max(lo, c.start() - 14), c.start()):
                    continue  # "4,169 deaths and 5,094 injuries": another number's noun
                d = min(d, start - c.end() if c.end() <= start else max(0, c.start() - end))
        cue_d[m.label] = d
        if m.noun_only and d > _REACH:
            continue
        if names:
            d = min(d, _REACH) - 60
        if d < best_d:
            best, best_d = m.label, d
    if best == "military_losses":
        # "brought home 50 servicemen in a prisoner swap", "the bodies of 50 fighters":
        # soldiers an exchange returns are no losses
        swapped = min(_SWAPPED, key=lambda label: cue_d.get(label, _REACH + 1))
        if cue_d.get(swapped, _REACH + 1) < cue_d.get(best, _REACH + 1):
            return swapped
    if best == "other" and money:
        return "aid"
    if best == "attacks" and named and any(m.label == "places_attacked"
                                           and word.startswith(m.nouns) for m in vocabulary):
        return "places_attacked"  # "412 strikes on 14 towns and villages": the places hit
    places = best == "places_attacked" or (named and any(
        m.label == "places_attacked" and word.startswith(m.nouns) for m in vocabulary))
    if places and _TAKEN_BEFORE.search(view, max(s, start - 30), start):
        # "had taken two villages", "now control 74 settlements", "hanno liberato sette
        # villaggi" (liberated places, not prisoners): held
        return "territory"
    return best


@cache
def _country_re() -> tuple[re.Pattern[str], dict[str, str], frozenset[str]]:
    names, adjs = countries()
    table = {**{f"{n}'s": c for n, c in names.items()}, **adjs, **names}
    return (re.compile(rf"(?<![\w']){alternation(table)}(?![\w])"), table,
            frozenset(adjs))


_LOCATIVE = re.compile(r"(?:(?<![\w])(?:in|at|on|across|from|of|throughout|into|over|inside|"
                       r"nel|in|dal|del|sul|al)\s+|(?<![\w])(?:dall|dell|nell|sull|all)')$")


def _country_where(view: str, s: int, e: int) -> tuple[str, tuple[int, int]] | None:
    """The country a figure is about when no place is named: "in Ukraine", "Ukraine's
    economy", "Ukrainian ports", "dall'Ucraina" (a country as the subject is not enough)."""
    pat, table, adjectives = _country_re()
    for m in pat.finditer(view, s, e):
        if m.group() in adjectives:
            if not (_PLACE_NOUN_AFTER.match(view, m.end(), e) or _PLACE_NOUN_BEFORE.search(
                    view, max(s, m.start() - 25), m.start())):
                continue  # "Russian forces": who, not where
        elif not (m.group().endswith("'s") or _LOCATIVE.search(view, max(s, m.start() - 12),
                                                               m.start())):
            continue
        if m.group().endswith("'s") and _WHO_AFTER.match(view, m.end(), e):
            continue  # "Russia's defence ministry said": who speaks, not where
        return table[m.group()], m.span()
    return None


_CONVERTED = re.compile(r"(?:\d|bn|mn|m|k|mln|mld|million|billion|milioni|miliardi|euros?|"
                        r"dollars?|dollari|sterline|pounds|kronor|kroner|crowns|corone|zloty|"
                        r"yen|hryvnias?|rubles|roubles|rubli|francs|franchi)\s*\(\s*"
                        r"(?:about|around|some|circa|oltre|over)?\s*$")
# "70km (43 miles) from the border", "a 30 km da Kharkiv": where a place lies, no figure;
# "-19 degrees Celsius": the weather
_WHERE_IT_LIES = re.compile(
    r"\s*(?:km|kilomet(?:re|er)s?|chilometri|miles?|miglia)(?:\s*\([^()]{1,30}\))?\s+"
    r"(?:\(|from|away|off|north|south|east|west|north-?east|north-?west|south-?east|"
    r"south-?west|inland|da|dal|dalla|dallo|dai|a nord|a sud|a est|a ovest|a nord-?est|"
    r"a nord-?ovest|a sud-?est|a sud-?ovest)(?![\w])"
    r"|\s*(?:degrees|gradi|°\s*c|celsius|fahrenheit)(?![\w])")
# "le truppe russe si trovano a meno di 10 chilometri dalla periferia": how near the troops
# are is a claim, a figure
_TROOPS_BEFORE = re.compile(r"(?<![\w])(?:troops|forces|units|columns|soldiers|fighters|"
                            r"advanc\w*|pushed|stopped|front\w*|truppe|forze|colonne|soldati|"
                            r"avanza\w*|fermat[eiao])(?![\w])")
# "143km (88 miles)": the same distance again
_DISTANCE_CONVERTED = re.compile(r"(?:km|kilomet(?:re|er)s|metres|meters|miles|feet|ft|"
                                 r"chilometri|metri|miglia|piedi)\s*\(\s*(?:about|some|circa|"
                                 r"around|nearly|almost|roughly|over|more than)?\s*$")
_WEAPON_UNIT = re.compile(r"drone|droni|missil|rocket|razz|bomb|shell|proiettil|shahed")
_INCLUDING = re.compile(r"(?<![\w])(?:including|of which|of them|inclus[ioe]|tra cui|di cui)\s+"
                        r"(?:some\s+|about\s+|circa\s+)?$")
_LASTED = re.compile(r"(?<![\w])(?:lasted|lasting|(?<!the )last|for|durat[oaie]|durante|per)\s+"
                     r"(?:(?:about|nearly|almost|more than|over|up to|some|around|circa|quasi|"
                     r"oltre|meno di|fino a|più di)\s+)?$")
_POINT_PLAN = re.compile(r"(?:-|\s+)(points?|punti)(?=\s+(?:[\w-]+\s+){0,3}?(?:plan|peace plan|"
                         r"proposal|paper|position paper|formula|framework)\b|"
                         r"(?<=punti)\b(?!\s+(?:base|percentual)))")  # (not a rate's points)
_DURATION = re.compile(r"\s+(hours|minutes|ore|minuti)(?![\w])")
# "after more than four hours of talks", "dopo oltre quattro ore di colloqui"
_HOURS_OF_TALKS = re.compile(r"\s+(hours|minutes|ore|minuti)\s+(?:of|di)\s+(?:talks|colloqui|"
                             r"negotiations|negoziati|discussions|discussioni|meetings?)(?![\w])")
# "una telefonata di oltre due ore", "talks lasting more than four hours", "l’accordo è stato
# prorogato di 120 giorni", "della durata di dieci anni": how long, with its own words
_SPAN_BEFORE = re.compile(r"(?<![\w])(?:(?:call|talks|colloqui|telefonata|incontro|meeting|"
                          r"conversation|conversazione|discussion|session)\s+(?:of|di|lasting)|"
                          r"(?:extended|prorogat[oaie]|estes[oaie]|rinnovat[oaie])\s+(?:by|di|per)|"
                          # "un coprifuoco di 56 ore"
                          r"(?:coprifuoco|blackout)\s+di|"
                          r"(?:della|with a) durat(?:a|ion) (?:di|of))\s+(?:(?:about|nearly|"
                          r"almost|more than|over|some|circa|quasi|oltre|più di)\s+)?$")
_SPAN = re.compile(r"\s+(hours|minutes|days|months|years|ore|minuti|giorni|mesi|anni)(?![\w])")
# a prison sentence's length: "sentenced a 43-year-old woman to eight years", "jailed him for 15
# years", "sentences of up to 18 years", "condannato a 12 anni", "una pena di dieci anni"
_SENTENCED_TO = re.compile(r"(?<![\w])(?:(?:sentenced|condannat[oaie])(?:\s+[^.;:]{0,70}?)?\s+"
                           r"(?:to|a)|(?:jailed|imprisoned|incarcerat[oaie])(?:\s+[^.;:]{0,50}?)?"
                           r"\s+(?:for|per)|(?:sentences?|terms?|condann[ae]|pen[ae])\s+(?:of|di|a))"
                           r"\s+(?:(?:up to|about|nearly|more than|over|fino a|oltre|più di)\s+)?$")
# "a 75-minute call", "a four-day “humanitarian pause”": a span told as an adjective
_DURATION_OF = re.compile(r"-(minute|hour|day|month|year)(?:-long)?\s+(?:[\w“”\"-]+\s+)?\W?"
                          r"(?=(?:call|talks|pause|truce|ceasefire|meeting|conversation|"
                          r"mourning|moratorium|visit|humanitarian|curfew|blackout|"
                          r"halt|suspension|lockdown|shutdown|(?:prison |jail )?sentences?|"
                          r"(?:prison|jail) terms?)\b)")
_DURATION_UNITS = {"ore": "hours", "minuti": "minutes", "giorni": "days", "mesi": "months",
                   "anni": "years", "minute": "minutes", "hour": "hours", "day": "days",
                   "month": "months", "year": "years"}
# a part's own place, up to the next part: "71 of them in the Pokrovsk direction and 38 …"
_PART_AT = re.compile(r"\s+(?:(?:of them|of which|dei quali|delle quali)\s+)?(?:in|on|near|at|nel|"
                      r"nella|nello|a|ad|sul|sulla|in direzione di|vicino a)\s+(?:the\s+)?")
_PART_END = re.compile(r",|;|\s(?:and|e|ed)\s")
_AND_BEFORE = re.compile(r"(?:,|\sand|\se|\sed)\s+$")
# "640 of them over the past day", "720 dei quali nell'ultimo giorno": a part, told after
_OF_THEM = re.compile(r"\s+(?:of them|of which|of these|dei quali|delle quali|di loro|"
                      r"tra questi)(?![\w])")
_NUMBER_HAS_RISEN = re.compile(
    r"(?<![\w])(?:number|total|numero|totale)\s+(?:of|di|dei|degli|delle)\s+(?P<what>[^.;]{1,120}?)"
    r"\s+(?:(?:has|have|had|è|ha)\s+)?(?:risen|rose|grown|climbed|increased|reached|stands|stood|"
    r"now stands|salito|salita|arrivato|arrivata|raggiunto)\s+(?:to|at|a|quota)?\s*"
    r"(?:about|around|nearly|almost|more than|over|some|circa|quasi|oltre|più di)?\s*$")
_COUNTED_IN_TOTAL = re.compile(r"(?<![\w])(?:number|total|numero|totale)\s+(?:of|di|dei|degli|"
                               r"delle)(?![\w])")
_WHO_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:ministry|military|army|general staff|armed forces|"
                        r"parliament|senate|congress|parlamento|senato|"
                        r"forces|government|president|prime minister|leader|air force|"
                        r"navy|security service|intelligence|officials?|spokes\w+|envoy)(?![\w])")
_PLACE_NOUNS = (r"ports?|territory|soil|cities|towns|regions|economy|grid|energy|infrastructure|"
                r"power|airspace|land|border|porti|territorio|suolo|città|regioni|economia|rete|"
                r"infrastrutture|infrastruttura|spazio aereo|confine")
_PLACE_NOUN_AFTER = re.compile(rf"\s+(?:\w+\s+)?(?:{_PLACE_NOUNS})(?![\w])")
_PLACE_NOUN_BEFORE = re.compile(rf"(?<![\w])(?:{_PLACE_NOUNS})\s+(?:\w+\s+)?$")




def _item_region(ctx: Ctx, it: Item) -> tuple[tuple[str, str, str], tuple[int, int]] | None:
    """The one region an item names ("across the region" in its last sentence)."""
    places = ctx.places(it.start, it.end)
    found = {c.region_code: (m.start, m.end) for m in places
             if m.kind == "region" for c in m.candidates}
    if not found:  # "a Kherson …, In tutta la regione": the one region its towns are in
        found = {m.candidates[0].region_code: (m.start, m.end) for m in places
                 if m.kind == "settlement" and len({c.region_code for c in m.candidates}) == 1}
    if len(found) != 1:
        return None
    code, span = found.popitem()
    return (region_names().get(code, code), code, code[:2]), span


_RATE_POINTS = re.compile(r"\s+(basis points|punti base|percentage points?|punti percentuali|"
                          r"punto percentuale)(?![\w])")
_THE_REGION = re.compile(r"(?<![\w])(?:the region|the regional capital|la regione|"
                         r"il capoluogo|the oblast)(?![\w])")
# a town named before, told again as "the city", "the hamlet", "there", "la città", "lì"
_THE_TOWN = re.compile(r"(?<![\w])(?:(?:the|that|this) (?:city|town|village|hamlet|settlement)|"
                       r"there|(?:la|quella|questa) (?:città|cittadina)|(?:il|quel|questo) "
                       r"(?:villaggio|paese|centro abitato)|lì|là)(?![\w])")
_REGIONS_JOINED = re.compile(r"(?<![\w])(?:[\w-]+,\s+)*[\w-]+\s+(?:and|e)\s+[\w-]+\s+regions|"
                             r"(?<![\w])regioni\s+di\s+(?:[\w-]+,\s+)*[\w-]+\s+e\s+[\w-]+")


def _town_before(ctx: Ctx, it: Item, s: int) -> dict[str, tuple[object, tuple[int, int] | None]]:
    """The place of the last town the item names before `s`, when it is one town."""
    towns = [m for m in ctx.places(it.start, s) if m.kind == "settlement" and not m.as_region
             and not RELATIVE_TO.search(ctx.view, max(0, m.start - 30), m.start)]
    out: dict[str, tuple[object, tuple[int, int] | None]] = {}
    if towns:
        _where(ctx, towns[-1].start, towns[-1].end, out)
    return out if out.get("settlement", (None,))[0] else {}


def _regions_named(places: list[PlaceMention]) -> set[str]:
    """The regions of a sentence's place mentions: a region named, or a settlement's when
    its name has one region or is in a region named."""
    named = {c.region_code for m in places if m.kind == "region" or m.as_region
             for c in m.candidates[:1]}
    out = set()
    for m in places:
        codes = {c.region_code for c in m.candidates}
        if len(codes) == 1 or len(own := codes & named) == 1:
            out.add(next(iter(codes if len(codes) == 1 else own)))
    return out


def _where(ctx: Ctx, s: int, e: int, out: dict[str, tuple[object, tuple[int, int] | None]]
           ) -> Location:
    """The place a figure in [s, e) is about, into `out`; returns it resolved."""
    places = ctx.places(s, e)
    loc = resolve(places, ctx.item_regions(s), ctx.text)
    spans = loc.spans or {}
    if spans.get("settlement") and spans.get("settlement") == spans.get("region"):
        loc.settlement = None  # "in Kharkiv" for a figure: the region, not the city
    if loc.settlement and (len({m.start for m in places if m.kind == "settlement"}) > 1
                           or AMONG_MANY_PLACES.search(ctx.view, s, e)):
        # "repelled 19 assaults near Bakhmut, Avdiivka and Vuhledar", "hit 35 settlements,
        # among them Chornobaivka": no one place's
        loc.settlement = None
        spans.pop("settlement", None)
    if len(regions := _regions_named(places)) > 1:
        # "two villages, one in the Kharkiv region and one in the Donetsk region", "in the
        # directions of Kupiansk and Bakhmut": no one region's, but one country's if so
        countries = {code[:2] for code in regions}
        country = loc.country if len(countries) == 1 else None
        loc = Location(country=country,  # (the places named are its evidence)
                       spans={"country": spans.get("country")
                              or (places[0].start, places[-1].end)} if country else {})
        spans = loc.spans or {}
    elif loc.settlement is None and "region" in ctx.view[s:e] \
            and (joined := _REGIONS_JOINED.search(ctx.view, s, e)):
        # "in the Donetsk and Luhansk regions": no one region's, but one country's when every
        # place named lies in it
        named = {c.region_code[:2] for m in places if joined.start() <= m.start < joined.end()
                 for c in m.candidates if c.region_code}
        country = loc.country if named == {str(loc.country)} else None
        loc = Location(country=country, spans={"country": joined.span()} if country else {})
        spans = loc.spans or {}
    for name in ("settlement", "region", "region_code", "country"):
        out[name] = (getattr(loc, name), spans.get(name) or spans.get("region"))
    return loc


def _fled_from(view: str, d: Draft, after: int, e: int) -> None:
    """The country refugees counted at `after` fled, when told shortly after the count and
    the figure has none ("2.6 million people had fled Ukraine")."""
    if "country" not in d.fields \
            and (fled := _FLED_FROM.search(view, after, min(e, after + 80))) is not None:
        left = "ua" if fled.group("ua") else "ru"
        d.set("country", left.upper(), fled.span(left))


def _told_by_places(ctx: Ctx, span: tuple[int, int] | None, s: int, e: int) -> bool:
    """Whether the evidence `span` of a country is regions named in [s, e) (not the towns
    that name the front's directions: "nelle direzioni di Kupiansk e Pokrovsk")."""
    return span is not None and any(span[0] <= m.start < span[1] and m.kind == "region"
                                    for m in ctx.places(s, e))


def _own_place(ctx: Ctx, d: Draft, after: int, e: int) -> None:
    """The place told right after a figure's count ("… in the Odesa region"), up to the next
    one's, as the figure's own, when it names a region."""
    if (at := _PART_AT.match(ctx.view, after, e)) is None:
        return
    stop = _PART_END.search(ctx.view, at.end(), e)
    end = stop.start() if stop else e
    own: dict[str, tuple[object, tuple[int, int] | None]] = {}
    if _where(ctx, at.end(), end, own).region_code:
        for name in _PLACE_FIELDS:
            d.unset(name)
        for name, (value, span) in own.items():
            d.set(name, value, span)
    elif (where := _country_where(ctx.view, at.start(), end)) is not None:
        # "oltre 1,1 milioni in Germania e 956.000 in Polonia": a country's part
        for name in _PLACE_FIELDS:
            d.unset(name)
        d.set("country", where[0], where[1])


# a count since a start, for figures (a strike told beside one is still one strike):
# "since mid-October", "since late January", "da venerdì scorso", "since last week",
# "dall'apertura del corridoio", "since the deal took effect"
CUMULATIVE = re.compile(
    TOLL_CUMULATIVE.pattern + r"|since (?:late|early|mid-?)\s*(?:" + MONTH_RE + r")\b|"
    r"since last (?:week|month|year)|da (?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|"
    r"domenica) scorso|dalla settimana scorsa|dal mese scorso|dall'(?:apertura|entrata in "
    r"vigore|avvio)|since the (?:deal|corridor|agreement|counteroffensive|counter-offensive|"
    r"offensive) (?:began|started|took effect|opened|was launched)|"
    # "exports in the 2022-23 season had reached 44.9 million tonnes": a season so far
    r"in the \d{4}[-/]\d{2,4} (?:season|marketing year)|"
    r"nella (?:stagione|campagna) \d{4}[-/]\d{2,4}")
_FLED_FROM = re.compile(r"(?<![\w])(?:fled|left|fleeing|leaving|escaped|fuggit[oaie]|"
                        r"scappat[oaie]|lasciato|fuggire|lasciare|in fuga|"
                        r"(?:have|has|had) (?:been )?(?:displaced|forced) (?:from|out of))\s+"
                        r"(?:(?:from|out of)\s+)?(?:(?P<ua>ukraine|l'ucraina|dall'ucraina)|"
                        r"(?P<ru>russia|la russia|dalla russia))(?![\w])")
_RECEIVED_METRICS = frozenset({"prisoners_exchanged", "bodies_returned", "territory"})
_NE_COUNT = re.compile(r"(?<![\w])ne\s+(?:[\w']+\s+){1,3}$")  # "ne sono stati restituiti 31"
_TO_SIDE = re.compile(r"\s+(?:(?P<ru>alla russia|a mosca|alla parte russa|to russia|to moscow)|"
                      r"(?P<ua>all'ucraina|a kiev|alla parte ucraina|to ukraine|to kyiv))"
                      r"(?![\w])")


def _swapped_back(view: str, s: int, n: Number, out: list[Draft]) -> Draft | None:
    """The exchange figure before `n` in its sentence that `n` counts the other side of, by
    the pronoun "ne" ("ne ha consegnate 38 alla Russia", "Mosca ne ha ricevuti 27")."""
    if n.word or not out or out[-1].start < s \
            or out[-1].fields.get("metric") not in ("prisoners_exchanged", "bodies_returned"):
        return None
    return out[-1] if _NE_COUNT.search(view, max(s, n.start - 40), n.start) else None
_SUBJECT_SIDE = re.compile(r"(?:^|[,;]\s*|(?<=\s))(?:(?P<ua>ukraine|kyiv|kiev|l'ucraina|ukrainian "
                           r"forces|ukrainian troops|le forze ucraine)|(?P<ru>russia|moscow|mosca|"
                           r"la russia|russian forces|russian troops|le forze russe))\s+"
                           r"(?:has|had|have|ha|hanno|also|anche|now|\w+ed|\w+ato|\w+uto|"
                           r"brought|got|took|won)\b")
_CURRENCY_COUNTRY = {"UAH": "UA", "RUB": "RU"}
_PEOPLE_ADJ = re.compile(r"\s+(?:more\s+|other\s+|altri\s+)?(ukrainian|russian)\s+(?:civilians|"
                         r"soldiers|servicemen|children|citizens|nationals|prisoners)(?![\w])|"
                         r"\s+(?:civili|soldati|militari|bambini|cittadini|prigionieri)\s+"
                         r"(ucraini|russi)(?![\w])")
_PEOPLE_OF = {"ukrainians": "UA", "ucraini": "UA", "russians": "RU", "russi": "RU"}
_SAME_PERIOD = re.compile(r"(?<![\w])(?:(?:in|over|during) the same period|nello stesso "
                          r"periodo|nello stesso arco di tempo)(?![\w])")


def _sentence_fields(ctx: Ctx, s: int, e: int, item: tuple[int, int]
                     ) -> dict[str, tuple[object, tuple[int, int] | None]]:
    """What every figure of one sentence shares: place, time, claimant, medium, cumulative.
    Computed once per sentence, and only for sentences that have a figure."""
    view = ctx.view
    out: dict[str, tuple[object, tuple[int, int] | None]] = {}
    cum = CUMULATIVE.search(view, s, e)
    out["cumulative"] = (bool(cum), cum.span() if cum else None)
    # "…, adding that a drone hit a house in Huliaipole": the tail's place is not the figures'
    tail = TAIL.search(view, s, e)
    loc = _where(ctx, s, tail.start() if tail and ctx.places(s, tail.start()) else e, out)
    if loc.country is None and (where := _country_where(view, s, e)):
        out["country"] = where
    if p := find_period(view, s, e) or (_SAME_PERIOD.search(view, s, e)
                                        and find_period(view, item[0], s)):
        out["period"] = p  # "It recorded 136 clashes in the same period": the one before
    if dt := find_date(ctx, s, e):
        out["date"] = dt
    # the sentence's speaker, else the body that counts in it ("Ukraine's General Staff put
    # Russian losses at …"), else the item's speaker
    att = attribute(ctx, s, e, item)
    counter = _counter(view, s, e) if att is None else None
    if counter is not None:
        out["claimant"] = (counter.name, (counter.start, counter.end))
    elif att is None:
        att = attribute(ctx, item[0], item[1], item)
    if att and att.speaker:
        out["claimant"] = (att.speaker.name, (att.speaker.start, att.speaker.end))
    elif att and att.org:
        place: dict[str, object] = {"region": loc.region, "settlement": loc.settlement}
        if not loc.region and att.org.name.startswith("regional "):
            codes = {c.region_code for m in ctx.places(*item)
                     if m.kind == "region" for c in m.candidates}
            if len(codes) == 1:
                place["region"] = region_names().get(codes.pop())
        out["claimant"] = (local_org(att.org.name, place), (att.org.start, att.org.end))
    if med := find_medium(ctx, s, e):
        out["medium"] = med
    return out


# an institution that counts rather than says: "the General Staff put Russia's losses at",
# "lo Stato maggiore ucraino ha registrato 112 scontri", "Rosstat estimated"
_COUNTS_AFTER = re.compile(r"\s+(?:also\s+|anche\s+|inoltre\s+)?(?:has\s+|had\s+|have\s+|ha\s+|"
                           r"hanno\s+|aveva\s+)?(?:anche\s+|inoltre\s+|also\s+)?(?:recorded|"
                           r"counted|estimated|put|registered|logged|registrato|contato|stimato|"
                           r"rilevato|calcolato|censito|puts|records|estimates|registra|stima|"
                           # a rate the body sets: "the central bank kept its key rate at 16%"
                           r"kept|held|raised|cut|lowered|hiked|left|alzato|abbassato|tagliato|"
                           r"mantenuto|lasciato|portato)(?![\w])")


def _counter(view: str, s: int, e: int) -> OrgMention | None:
    """The institution of the sentence [s, e) that is the subject of a verb of counting."""
    return next((o for o in find_orgs(view, s, e) if _COUNTS_AFTER.match(view, o.end, e)),
                None)


def _money_before(ctx: Ctx, s: int, pos: int) -> str | None:
    """The currency of the last number in [s, pos), if it counts money."""
    before = ctx.numbers(s, pos)
    if not before:
        return None
    found = currency_of(ctx.view, before[-1])
    return found[0] if found else None


# where one report in a sentence ends and another begins: "…, saying its troops had repelled
# 19 assaults near Bakhmut and that Russia had lost 123,080 soldiers since the invasion"
_NEXT_REPORT = re.compile(
    r";|\s(?:and|e)\s+(?:that|che)\s|,\s+(?:and\s+|e\s+)?(?:saying|adding|dicendo|aggiungendo|"
    r"affermando|while|whereas|mentre|but|ma)\s|,\s+(?:and|e)\s+(?:has|have|had|said|added|put|"
    r"estimated|ha|hanno|aveva|avevano)\s|"
    # "…ha riferito di 167 scontri nell'ultimo giorno e ha stimato le perdite russe …"
    r"\s(?:and|e)\s+(?:has|have|had|ha|hanno|aveva|avevano)\s+(?:also\s+|anche\s+)?"
    r"(?:estimated|put|stimato|valutato|calcolato|messo)\s")


def _scopes(ctx: Ctx, s: int, e: int) -> list[tuple[int, int, bool]]:
    """The reports of one sentence: (start, end, whether it has a number of its own)."""
    cuts = [m.start() for m in _NEXT_REPORT.finditer(ctx.view, s, e)]
    bounds = list(zip([s, *cuts], [*cuts, e], strict=True))
    return [(a, b, bool(ctx.numbers(a, b, shares=True))) for a, b in bounds]


_PLACE_FIELDS = ("settlement", "region", "region_code", "country")
# what happens in a place, so a sentence that names none is about its item's region
# (not prisoners exchanged: a swap is of both sides')
_NATIONAL_METRICS = frozenset({"economy", "aid", "exports", "bodies_returned"})
_SIDE_WORDS = re.compile(r"(?<![\w])(?:(?P<ua>ukraine|ukraine's|ukrainian|ukrainians|kyiv|"
                         r"kyiv's|kiev|l'ucraina|ucraina|ucrain[oaie]|hryvni\w*|grivn\w+)|"
                         r"(?P<ru>russia|russia's|russian|russians|moscow|moscow's|mosca|"
                         r"la russia|russ[oaie]|roubles?|rubl[oie]\w*))(?![\w])")


def _side_of(view: str, s: int, e: int, pos: int, metric: str
             ) -> tuple[str, tuple[int, int]] | None:
    """The country a national figure is of: the only side the sentence names, else the one
    named last before the number (aid: Ukraine's, wherever it is named)."""
    found = [("UA" if m.group("ua") else "RU", m.span()) for m in _SIDE_WORDS.finditer(view, s, e)]
    if not found:
        return None
    if metric == "aid":
        return next((f for f in found if f[0] == "UA"), None)
    if len({c for c, _ in found}) == 1:
        return found[0]
    before = [f for f in found if f[1][1] <= pos]
    return before[-1] if before else found[0]


_MOST_OF_THEM = re.compile(r"[^.;]{0,50}?,\s*(most of them|most of which|the majority of them|"
                           r"la maggior parte (?:dei quali|delle quali|di essi)|in gran parte|"
                           r"per lo più|perlopiù)(?![\w])")
_VOTING = re.compile(r"(?<![\w])(?:vot(?:ed|es?|ing|o|i|ato|ata|ato)|abstain\w*|abstention\w*|"
                     r"astenut\w+|astension\w+)(?![\w])")
_VOTES_AFTER = re.compile(r"\s*(votes?\s+(?:in favou?r|for|against|to)|in favou?r|against|"
                          r"abstentions?|abstained|abstaining|voted (?:for|against|in favou?r)|"
                          r"voti(?:\s+a\s+favore|\s+contrari)?|a favore|contrari|astenuti|"
                          r"astensioni)(?![\w])")
_VOTES_BEFORE = re.compile(r"(?<![\w])(?:voted|votes? of|by|approvat[oa] con)\s+$|"
                           r"\d\s+(?:votes?\s+)?to\s+$")
_EQUIPMENT = re.compile(r"tank|carri|aircraft|aerei|helicopter|elicotter|armou?red|blindat|"
                        r"artillery|artiglieri|vehicle|veicol|mezzi|launcher|lanciarazzi|drone|"
                        r"droni|ship|nav[ei]|boat|air defen|difesa aerea|system|sistem")
_SIDE_METRICS = frozenset({"military_losses", "clashes"})
# counts of a whole country's (aid given to it, prisoners or bodies it got back, its refugees):
# a place named with them is where it was said, given or held, not where they are
_PLACELESS_METRICS = frozenset({"aid", "prisoners_exchanged", "bodies_returned", "refugees",
                                "displaced", "detained"})
_LOCAL_METRICS = frozenset({"attacks", "places_attacked", "power_outages", "evacuated",
                            "infrastructure_damaged", "killed", "injured"})


def _scope(ctx: Ctx, d: Draft, pos: int, scopes: list[tuple[int, int, bool]]) -> None:
    """Narrow what a figure at `pos` took from its whole sentence to its own report: the
    place and the cumulation named in it, or in a report with no number of its own ("In the
    Kherson region, …"), not those of another number's report."""
    own = next(sc for sc in scopes if sc[0] <= pos < sc[1])
    free = [sc for sc in scopes if not sc[2]]
    for a, b, _ in [own, *free]:
        if ctx.places(a, b):
            where: dict[str, tuple[object, tuple[int, int] | None]] = {}
            loc = _where(ctx, a, b, where)
            if loc.region_code or loc.country:
                for name in _PLACE_FIELDS:
                    d.unset(name)
                for name, (value, span) in where.items():
                    d.set(name, value, span)
                break
    else:  # the sentence's place belongs to another number's report
        if any(ctx.places(a, b) for a, b, has in scopes if has and (a, b) != own[:2]):
            for name in _PLACE_FIELDS:
                d.unset(name)
    if d.fields.get("cumulative"):
        d.unset("cumulative")
        cum = next((m for a, b, _ in [own, *free] if (m := CUMULATIVE.search(ctx.view, a, b))),
                   None)
        d.set("cumulative", cum is not None, cum.span() if cum else None)


# In a sentence that reports a strike or an interception, the numbers that are not part of
# the event's own fields are its details (houses damaged, drones launched, children among
# the victims); only tallies of attacks, fire and losses are figures of their own.
_EVENT_METRICS = frozenset({"attacks", "weapons_fired", "military_losses", "clashes",
                            "places_attacked",
                            # who the attack drove out ("dozens of residents were evacuated")
                            # or left without power
                            "evacuated", "displaced", "power_outages"})


_POPULATION_AT = re.compile(
    r"(?<![\w])(?P<pop>population|popolazione)\s+(?:(?:prebellica|pre-bellica|d'anteguerra|"
    r"originaria)\s+)?(?:(?:of|di|della|del|dello)\s+[\w'’-]+\s+)?"
    r"(?:(?:has|had|have|is|was|ha|è|era)\s+)?"
    r"(?:(?:now|already|ora|già)\s+)?(?:(?:dropped|fallen|fell|shrunk|shrank|declined|"
    r"decreased|risen|rose|grown|grew|stands?|stood|plunged|sces[ao]|calat[ao]|diminuit[ao]|"
    r"salit[ao]|cresciut[ao]|passat[ao])\s+)?(?:to|at|of|a|di)\s+(?:just|only|about|around|"
    r"some|roughly|nearly|almost|appena|solo|soli|sole|circa|quasi)?\s*$")
_PREWAR_FROM = re.compile(r"(?<![\w])(?:down from|from|out of|of the|sui|sulle|su|dei|degli)\s+"
                          r"(?:(?:roughly|about|around|some|nearly|almost|circa|quasi|oltre|"
                          r"more than|over)\s+)?$")
_PREWAR = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:before the (?:full-scale )?(?:war|invasion)|"
                     r"(?:di )?prima (?:della guerra|dell'invasione))(?![\w])")


def extract_figures(ctx: Ctx, item: int, segs: list[tuple[int, int]],
                    used: list[tuple[int, int]], events: list[Draft] | None = None,
                    damage: list[tuple[int, int]] | None = None) -> list[Draft]:
    """Figure drafts for one item; `events` are its strike and air-defence drafts, `damage`
    the spans of their damage: a number told there is the damage's, unless it counts those
    left without power ("…, leaving about 2,000 residents without electricity")."""
    view = ctx.view
    it = ctx.bulletin.items[item]
    out: list[Draft] = []
    for s, e in segs:
        shared: dict[str, tuple[object, tuple[int, int] | None]] | None = None
        scopes: list[tuple[int, int, bool]] | None = None
        total = RUNNING_TOTAL.search(view, s, e)  # "..., bringing the total since ... to 640,000"
        before_total: Draft | None = None
        parts: dict[int, Draft] = {}  # a part's id: the figure it is a part of
        spelled = _spelled_ordinals(view, s, e)
        for n in sorted([*ctx.numbers(s, e, shares=True), *spelled], key=lambda x: x.start):
            whole: Draft | None = None  # the figure this number is a part of, if it is one
            sibling: Draft | None = None  # the figure this one is told beside, by place
            swap: Draft | None = None  # the exchange figure this one counts the other side of
            if n.word and (n.value == 1 or (not n.vague and n.value < 2)) \
                    and (n.start, n.end) not in ctx.tallies:  # (one killed in a day's toll)
                continue
            if n.word and n.value <= 10 and _THE_BEFORE.search(view, max(s, n.start - 6), n.start):
                continue  # "i due accordi", "the two leaders": a reference back, not a count
            if n.word and view.startswith(_BOTH, n.start):
                continue  # "entrambe le località", "both sides": a reference back
            if _AMONG_THE_HURT.search(view, max(s, n.start - 45), n.start):
                continue  # "tra i feriti ci sono anche due soccorritori": counted already

            if any(a < n.end and n.start < b for a, b in used) \
                    and (n.start, n.end) not in ctx.tallies:  # a toll quoted stays a toll
                continue
            ordinal = _ORDINAL_NOUN.match(view, n.end) if n in spelled else \
                None if n.word else _ORDINAL_ATTACK.match(view, n.end)
            # "a meeting that lasted about 40 minutes", "in un incontro durato meno di due ore"
            duration = (_DURATION.match(view, n.end) if _LASTED.search(
                view, max(s, n.start - 30), n.start) else None) \
                or (_SPAN.match(view, n.end) if _SPAN_BEFORE.search(
                    view, max(s, n.start - 40), n.start) else None) \
                or (term if (term := _SPAN.match(view, n.end)) and _SENTENCED_TO.search(
                    view, max(s, n.start - 100), n.start) else None) \
                or _DURATION_OF.match(view, n.end) or _HOURS_OF_TALKS.match(view, n.end)
            # "the 28-point US peace plan", "un piano in 12 punti": a plan's points
            points = _POINT_PLAN.match(view, n.end)
            if not ordinal and not duration and not points and (
                    _SKIP_AFTER.match(view[n.end:n.end + 12])
                    or _SKIP_BEFORE.search(view[max(s, n.start - 14):n.start])
                    # a day of the month, not "a gennaio 5,6 milioni di tonnellate"
                    or (n.value <= 31 and float(n.value).is_integer()
                        and MONTH_BEFORE.search(view, max(s, n.start - 14), n.start))):
                continue
            if _CONVERTED.search(view, max(s, n.start - 24), n.start) \
                    or _DISTANCE_CONVERTED.search(view, max(s, n.start - 16), n.start):
                continue  # "€2.3bn ($2.7bn)": the same money in another currency
            if _WHERE_IT_LIES.match(view, n.end) \
                    and not _TROOPS_BEFORE.search(view, max(s, n.start - 80), n.start):
                continue
            if is_year(view, n):
                continue
            cur, unit_end = currency_of(view, n) or bare_crowns(view, n, s) or (None, n.end)
            if n.share:  # "about a fifth of consumers": percent, the whole names the metric
                noun: tuple[str, str, tuple[int, int]] | None = (
                    _share_noun(_SHARE_OF.match(view, n.end)), "percent", (n.start, n.end))
            else:
                noun = _unit(ctx, n.end, e)
            toll = ctx.tallies.get((n.start, n.end))
            mspan: tuple[int, int] | None
            lost = _LOST.match(view, n.end) if events else None
            jammed = _jammed(view, s, n) if events and not lost else None
            if lost or jammed:  # "altri 47 sono stati “persi localmente”": lost to jamming
                weapon = next((str(ev.fields["weapon"]) for ev in events or ()
                               if ev.kind == "air_defence" and ev.start <= n.start < ev.end
                               and "weapon" in ev.fields), "drone")
                unit, mspan, metric_name = _LOST_UNITS.get(weapon, "drones"), lost.span(
                    lost.lastindex or 0) if lost else jammed, "military_losses"
            elif ordinal:
                unit, mspan, metric_name = "attacks", ordinal.span("noun"), "attacks"
            elif points:
                unit, mspan, metric_name = "points", points.span(1), "other"
            elif duration:
                unit, mspan, metric_name = _DURATION_UNITS.get(
                    duration.group(1), duration.group(1)), duration.span(1), "other"
            elif toll:  # a day's toll left by incidents: "killed four people", "wounded 15"
                word, unit, mspan = noun or ("people", "people", None)
                if unit in _TOLL_NOUNS or noun is None:
                    # "killed four civilians and wounded 11": the 11 are civilians too
                    prior = next((d for d in reversed(out) if d.start >= s
                                  and ctx.tallies.get(d.spans.get("value", (0, 0)))), None)
                    unit = str(prior.fields["unit"]) if prior else "people"
                metric_name = toll
            elif cur:
                unit = cur
                mspan = (n.end, unit_end) if unit_end > n.end else None
                metric_name = _label(view, (n.start, unit_end), None, True, s, e)
                if barrel := PER_BARREL.match(view, unit_end):  # "$60 per barrel": a price
                    unit, mspan, metric_name = f"{cur} per barrel", (n.end, barrel.end()), "economy"
            elif _VOTING.search(view, s, e) and (
                    (va := _VOTES_AFTER.match(view, n.end, e))
                    or _VOTES_BEFORE.search(view, max(s, n.start - 12), n.start)):
                # "voted 143 to five, with 35 abstentions", "141 voti a favore, cinque
                # contrari e 35 astenuti": a count of votes
                unit, mspan, metric_name = "votes", va.span(1) if va else None, "other"
            elif (swap := _swapped_back(view, s, n, out)) is not None:
                # "ha riavuto le salme di 1.000 militari e ne ha consegnate 38 alla Russia":
                # the other side's share of the swap counted before it, by the pronoun "ne"
                unit, mspan, metric_name = str(swap.fields["unit"]), None, \
                    str(swap.fields["metric"])
            elif noun:
                word, unit, mspan = noun
                metric_name = "attacks" if word == "times" else _label(  # "shelled 86 times"
                    view, (n.start, n.end), (word, mspan), False, s, e)
            elif noun is None and (risen := _NUMBER_HAS_RISEN.search(view, s, n.start)) \
                    and (counted_noun := _unit(ctx, risen.start("what"), n.start)) is not None:
                # "the number of Russian soldiers killed or wounded since the start of the war
                # has risen to about 885,130": what the number counts is told before it
                word, unit, mspan = counted_noun
                metric_name = _label(view, risen.span("what"), (word, mspan), False, s, e)
            elif not n.word and not n.share and (bare := _BARE_VERB.match(view, n.end, e)):
                # "7.7 million have so far been displaced inside the country": the people
                # counted are told by their verb alone
                unit, mspan = "people", None
                metric_name = _BARE_LABELS[bare.group("v")[:5]]
            elif total and n.start >= total.end() and before_total is not None:
                # the running total of the figure before it: same metric, same unit
                unit, mspan = str(before_total.fields["unit"]), None
                metric_name = str(before_total.fields["metric"])
            elif total and n.start >= total.end() and (money := _money_before(
                    ctx, s, total.start())) is not None:
                # "approvato un'ulteriore tranche di 500 milioni di euro …, che porta il
                # totale a 3,1 miliardi": the total of the money pledged before it
                unit, mspan = money, None
                metric_name = _label(view, (n.start, n.end), None, True, s, e)
            elif total and n.start >= total.end() \
                    and (counted := _COUNTED_IN_TOTAL.search(view, total.start(), e)) \
                    and (noun := _unit(ctx, counted.end(), e)) is not None:
                # "bringing the number of ships it has targeted to 35", "portando a 35 il
                # numero di navi colpite": what the total counts, when no figure told it before
                word, unit, mspan = noun
                metric_name = _label(view, (n.start, n.end), (word, mspan), False, s, e)
                if metric_name == "places_attacked" and not any(
                        m.label == metric_name and word.startswith(m.nouns)
                        for m in metrics()[0]):
                    metric_name = "other"  # ships hit are not places
            elif (_INCLUDING.search(view, max(s, n.start - 14), n.start)
                  or _OF_THEM.match(view, n.end)
                  # "…, 71 of them in the Pokrovsk direction and 38 in the Huliaipole
                  # direction": the next part, told by its place
                  or (out and id(out[-1]) in parts and _AND_BEFORE.search(
                      view, max(s, n.start - 8), n.start) and _PART_AT.match(view, n.end, e))) \
                    and out and out[-1].start >= s:
                # "... since the invasion, including 930 over the past day": a part of the
                # figure before it, same metric and unit, for its own period only
                whole = parts.get(id(out[-1]), out[-1])
                unit, mspan = str(whole.fields["unit"]), None
                metric_name = str(whole.fields["metric"])
            elif not n.word and out and out[-1].start >= s and id(out[-1]) not in parts \
                    and _AND_BEFORE.search(view, max(s, n.start - 8), n.start) \
                    and _PART_AT.match(view, n.end, e) \
                    and _PART_AT.match(view, out[-1].spans.get("unit", (0, out[-1].end))[1], e):
                # "circa 180.000 utenti nella regione di Dnipropetrovsk, oltre 64.000 in quella
                # di Odesa e 22.000 nella regione di Chernihiv": the same count, place by place
                sibling = out[-1]
                unit, mspan = str(sibling.fields["unit"]), None
                metric_name = str(sibling.fields["metric"])
            elif not n.word and (num_of := _NUMBER_OF.search(view, max(s, n.start - 120), n.start)
                                 or _COUNT_BY_COPULA.search(view, max(s, n.start - 90),
                                                            n.start)) is not None \
                    and (noun := _unit(ctx, *_counted_span(num_of))):
                # "put the number of internally displaced people at about 3.7 million", "il
                # numero degli sfollati è salito a 5 milioni": what the number counts, before it
                word, unit, mspan = noun
                metric_name = _label(view, (n.start, n.end), (word, mspan), False, s, e)
            elif not n.word and (pop := _POPULATION_AT.search(view, max(s, n.start - 70),
                                                              n.start)) is not None:
                # "the town's population has dropped to just 1,800", "a pre-war population of
                # about 70,000": people living there
                unit, mspan, metric_name = "people", pop.span("pop"), "population"
            elif not n.word and (named := _LOSSES_AT.search(view, max(s, n.start - 80), n.start)):
                # "It put Russia's total tank losses at 3,245": the losses named before it
                unit = _LOSS_UNITS.get(named.group("what") or "", "soldiers")
                mspan, metric_name = named.span("losses"), "military_losses"
            elif not n.word and out and out[-1].start >= s \
                    and _PREWAR_FROM.search(view, max(s, n.start - 24), n.start) \
                    and _PREWAR.match(view, n.end, e):
                # "13,000 people still live in Sievierodonetsk, down from roughly 100,000
                # before the invasion", "80.000 abitanti sui 280.000 di prima della guerra":
                # the same people counted before the war
                unit, mspan, metric_name = str(out[-1].fields["unit"]), None, "population"
            elif (out_m := _OUTCOME_AFTER.match(view, n.end, e)) and CUMULATIVE.search(view, s, e):
                # "12 civilians had been killed and 121 injured since the incursion began"
                # "1,417 civilians have been killed and 2,038 injured": the same civilians
                prior = out[-1] if out and out[-1].start >= s \
                    and out[-1].fields.get("metric") in ("killed", "injured") else None
                unit, mspan = str(prior.fields["unit"]) if prior else "people", out_m.span(1)
                metric_name = "injured" if out_m.group(1).startswith(("in", "w", "f")) else "killed"
            else:
                continue
            # "..., adding that 11,000 residents remain in Pokrovsk": the tail is not the event,
            # unless it tells the event's damage ("adding that 12 houses were damaged")
            if metric_name != "power_outages" and any(a < n.end and n.start < b
                                                      for a, b in damage or ()):
                continue
            in_event = any(ev.start <= n.start < ev.end and (
                metric_name == "infrastructure_damaged" or not TAIL.search(view, ev.start, n.start))
                for ev in events or ())
            # a share is never an event's own detail ("damaged 30 percent of the grid")
            if not toll and not lost and not jammed and in_event and unit != "percent" and (
                    metric_name not in _EVENT_METRICS
                    # "due droni Shahed hanno colpito": the strike's own weapons
                    or (metric_name != "weapons_fired" and _WEAPON_UNIT.match(unit))
                    # "ferendo sei persone, tra cui due bambini": part of its victims
                    or (whole is None and _INCLUDING.search(view, max(s, n.start - 14),
                                                            n.start))):
                continue
            d = Draft("figure", n.start, max(unit_end, mspan[1] if mspan else n.end),
                      confidence=0.6)
            d.set("metric", metric_name, mspan)
            d.set("value", n.value, (n.start, n.end))
            if n.vague or n.qualified:
                # a share or a distance is written with its unit: "about 30 percent", "up to 3km"
                vt_end = mspan[1] if mspan and unit in ("percent", "km") else n.end
                d.set("value_text", ctx.text[n.start:vt_end], (n.start, vt_end))
            if metric_name == "bodies_returned" and unit != "bodies":
                unit = "bodies"  # "the bodies of 909 soldiers": bodies are what is counted
            d.set("unit", unit, mspan)
            if shared is None:
                shared = _sentence_fields(ctx, s, e, (it.start, it.end))
            for name, (value, span) in shared.items():
                d.set(name, value, span)
            if swap is not None and (to := _TO_SIDE.match(view, n.end, e)):
                d.set("country", "UA" if to.group("ua") else "RU", to.span())
            if "country" not in d.fields and mspan \
                    and (c := _PEOPLE_OF.get(view[mspan[0]:mspan[1]])):
                d.set("country", c, mspan)  # "4.552 ucraini sono tornati a casa"
            if "country" not in d.fields and metric_name in _RECEIVED_METRICS \
                    and (who := _SUBJECT_SIDE.search(view, max(s, n.start - 60), n.start)):
                # "Ukraine received the bodies of 1,000 people", "Ukrainian forces had
                # recaptured 3,000 sq km": the side that receives or retakes
                d.set("country", "UA" if who.group("ua") else "RU", who.span())
            if metric_name == "refugees":
                _fled_from(view, d, n.end, e)
            if "country" not in d.fields and unit in _CURRENCY_COUNTRY:
                d.set("country", _CURRENCY_COUNTRY[unit], mspan)  # "412bn hryvnias"
            if "country" not in d.fields and (whose := _PEOPLE_ADJ.match(view, n.end, e)):
                g = 1 if whose.group(1) else 2  # "33 Ukrainian civilians", "22 militari ucraini"
                d.set("country", country_of(whose.group(g)), whose.span(g))
            if "country" not in d.fields and metric_name in _NATIONAL_METRICS \
                    and (side := _side_of(view, s, e, n.start, metric_name)) is not None:
                # "Russia's oil and gas revenues fell 46 percent", "the $61bn aid bill for
                # Ukraine", "Ukraine brought home 95 soldiers": whose economy, aid, prisoners
                d.set("country", side[0], side[1])
            if scopes is None:
                scopes = _scopes(ctx, s, e)
            if len(scopes) > 1:
                _scope(ctx, d, n.start, scopes)
            if unit == "percent" and mspan and (land := next(
                    (m for m in ctx.places(mspan[1], min(e, mspan[1] + 40))
                     if (of := _SHARE_OF.match(view, mspan[1])) and (
                         of.start(1) == m.start
                         # "il 79 per cento della regione (ucraina) di Donetsk"
                         or BEFORE_REGION.match(view, of.start(1), m.start))),
                    None)):
                # "79 percent of the Donetsk region": the share's own region, whatever other
                # regions the sentence names
                share_of: dict[str, tuple[object, tuple[int, int] | None]] = {}
                _where(ctx, land.start, land.end, share_of)
                for name in _PLACE_FIELDS:
                    d.unset(name)
                for name, (value, span) in share_of.items():
                    d.set(name, value, span)
            if (tail := TAIL.search(view, s, n.start)) and ctx.places(tail.end(), e):
                own: dict[str, tuple[object, tuple[int, int] | None]] = {}
                _where(ctx, tail.end(), e, own)  # "…, adding that in Pokrovsk 11,000 remain"
                for name, (value, span) in own.items():
                    d.unset(name)
                    d.set(name, value, span)
            if "country" not in d.fields and metric_name in _LOCAL_METRICS and (
                    not ctx.places(s, e) or (tail and not ctx.places(tail.end(), e)
                                             and _THE_REGION.search(view, tail.end(), e))) \
                    and (where := _item_region(ctx, it)):
                # "Russian forces fired on the region 53 times": the item's one region (also
                # in a tail: "…, adding that the region had come under 87 attacks")
                for name, value in zip(("region", "region_code", "country"), where[0],
                                       strict=True):
                    d.set(name, value, where[1])
            if "country" not in d.fields and not ctx.places(s, e) \
                    and _THE_TOWN.search(view, s, e) and (town := _town_before(ctx, it, s)):
                # "Vovche, east of Pokrovsk. About 100 people lived in the hamlet": the town
                # named before
                for name, (value, span) in town.items():
                    d.set(name, value, span)
            if metric_name in _SIDE_METRICS and "region_code" not in d.fields \
                    and not EXCHANGE.search(view, s, e) \
                    and not _told_by_places(ctx, d.spans.get("country"), s, e):
                # (those handed back are a side's; "in the Donetsk and Luhansk regions": where)
                d.unset("country")  # "Russia's losses": whose, not where; no place, none
            if metric_name in _PLACELESS_METRICS:
                for name in _PLACE_FIELDS[:3]:
                    d.unset(name)
            if unit == "votes":
                for name in _PLACE_FIELDS:
                    d.unset(name)  # a vote is a body's, not a place's
            if (most := _MOST_OF_THEM.match(view, n.end, min(e, n.end + 90))) and not any(
                    m.end <= most.start(1) for m in ctx.places(s, e)):
                # "repelled 28 attacks over the past day, most of them around Bakhmut,
                # Avdiivka and Vuhledar": where most were, not all
                for name in _PLACE_FIELDS:
                    d.unset(name)
            if FRONT_WIDE.match(view, d.end, min(e, d.end + 60)):
                for name in _PLACE_FIELDS:
                    d.unset(name)  # "156 clashes along the front line": no one place's
            if sibling is not None:
                for fig, after in ((sibling, sibling.spans.get("unit", (0, sibling.end))[1]),
                                   (d, n.end)):
                    _own_place(ctx, fig, after, e)
            if whole is not None:  # the part's period and cumulation are its own
                parts[id(d)] = whole
                d.unset("cumulative")
                d.set("cumulative", False)
                _own_place(ctx, d, n.end, e)  # "71 of them in the Pokrovsk direction"
                if (per := find_period(view, n.end, e)) is not None:
                    d.set("period", per[0], per[1])
                    if whole.spans.get("period") == per[1]:
                        whole.unset("period")
                if any(whole.spans.get(name, (0, 0))[0] >= n.start for name in _PLACE_FIELDS):
                    # "136 combat clashes, 52 of them in the Pokrovsk direction": the part's
                    # place, not the whole's
                    for name in _PLACE_FIELDS:
                        whole.unset(name)
                    if whole.fields.get("metric") == "refugees" and "value" in whole.spans:
                        _fled_from(view, whole, whole.spans["value"][1], e)
            if ordinal:  # the count so far: "the 13th attack this year"
                d.unset("cumulative")
                d.set("cumulative", True, (n.start, ordinal.end()))
            if total:  # the day's figure is not the total; the total is cumulative
                cumulative = n.start >= total.end()
                d.set("cumulative", cumulative, total.span() if cumulative else None)
                if cumulative:  # "in the past 24 hours" dates the day's figure, not the total
                    d.unset("period")
                if not cumulative:  # the total's own figure is the one told last before it
                    before_total = d
            if toll:  # the toll of a region or a country, not of one settlement
                d.unset("settlement")
                if "region_code" not in d.fields and (where := _item_region(ctx, it)):
                    names = ("region", "region_code", "country")
                    for name, value in zip(names, where[0], strict=True):
                        d.set(name, value, where[1])
            if d.fields.get("cumulative"):
                # a count since a start has no one day or period ("swapped 84 on Saturday,
                # bringing the number freed since May to 1,468")
                d.unset("date")
                d.unset("period")
            used.append((n.start, n.end))
            out.append(d)
    for s, e in segs:  # "losses … at 34,850 troops, 2,922 tanks and 281 aircraft": one list
        here = [d for d in out if s <= d.start < e]
        if any(d.fields.get("metric") == "military_losses" for d in here):
            for d in here:
                if d.fields.get("metric") == "other" and _EQUIPMENT.search(str(d.fields["unit"])):
                    d.fields["metric"] = "military_losses"
    return out
