"""Strikes and the casualties they caused: who attacked what, where, when, with what, and who
was killed or injured. One strike per attack sentence (merged within an item when no new place
is named); one casualty row per victim group and outcome, linked to its strike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from annotator.dates import MONTH_RE
from annotator.extract.actors import find_orgs, local_org
from annotator.extract.attribution import attribute, find_medium, find_via
from annotator.extract.context import PERIOD_RE, Ctx, Draft, find_date, find_period
from annotator.extract.damage import find_damage
from annotator.extract.lexicons import target_re, victim_nouns, weapon_of, weapon_re
from annotator.extract.numbers import ORDINALS, WORDS, Number
from annotator.extract.places import LIST_JOIN, Location, PlaceMention, resolve
from annotator.models import Item

_OUTCOMES = [
    ("killed", r"uccis[oaie]|uccidendo(?:ne)?|uccide(?:ndo)?|uccidere|morto|morta|morti|morte|"
               r"mort[ei]|deceduto|deceduta|deceduti|perso la vita|vittime|killed|killing|kills|"
               r"dead|died|die|death toll|toll|lost their lives|bilancio delle vittime|"
               r"bilancio dei morti"),
    ("injured", r"ferit[oaie]|ferendo(?:ne)?|ferisce|feriscono|injured|injuring|wounded|wounding|"
                r"hurt|injuries|lesioni|ricoverat[oaie]|hospitali[sz]ed"),
    ("missing", r"dispers[oaie]|missing|scompars[oaie]|unaccounted for|"
                # "two residents believed to be trapped" under the rubble
                r"(?:believed to be|thought to be|still) trapped|intrappolat[oaie]"),
    ("captured", r"catturat[oaie]|fatt[oaie] prigionier[oaie]|captured|taken prisoner"),
]
OUTCOME_RE = re.compile(  # the word-start test once, before the branches: 2.5x faster
    "(?=[a-z])(?<![\\w])(?:" + "|".join(rf"(?P<{name}>{pat})" for name, pat in _OUTCOMES)
    + ")(?![\\w])")
_PASSIVE = re.compile(r"(?:è|sono|è stato|è stata|sono stati|sono state|was|were|been|is|are|"
                      r"rimast[oaie]|remain\w*|left|have been|has been|risultano)\s*$")
ATTACK_RE = re.compile(
    r"(?<![\w])(?:attacc\w+|bombardament\w*|bombardat\w*|colpit[oaie]|colpend\w*|colpisc\w+|"
    # (not "air raid sirens sounded")
    r"raid(?!\s+(?:sirens?|alerts?|alarms?|warnings?|shelters?))|"
    r"strikes?|struck|attack\w*|shell(?:ed|ing)|hit|hits|bomb(?:ed|ing)|pioggia di|"
    r"barrage|lanciat[oaie]\s+(?:\w+\s+){0,2}(?:bombe|missili|droni|razzi)|"
    r"launched\s+(?:\w+\s+){0,2}(?:bombs|missiles|drones|rockets)\s+(?:at|on|against)|"
    # "Moscow unleashed a wave of drones on Odesa", "ha scatenato un'ondata di droni su Kyiv"
    r"unleashed|scatenat[oaie]|"
    # "Russia says it used hypersonic Kinzhal missiles again, to destroy a weapons depot"
    r"used\s+(?:[\w()'’-]+,?\s+){1,6}?to\s+(?:destroy|hit|strike|attack)|"
    r"dropped|sganciat\w+|esplosion\w*|explosions?|fired|sparat\w+|targeted|preso di mira|"
    r"wiped out|slammed into|crashed into|smashed into|pounded|rase al suolo|"
    # "a substation was knocked out by a drone", "messa fuori uso da un drone"
    r"knocked out|knocking out|put out of action|mess[oaie] fuori (?:uso|servizio)|"
    r"rocked|tore through|ripped through|landed on|fell on|pummell?ed|devastated|"
    r"centrat[oaie]|devastat[oaie]|schiantat[oaie]|precipitat[oaie] su|cadut[oaie] su|"
    r"piombat[oaie] su|"
    r"presa di mira|incendio|fire broke out|caus\w+ (?:l')?incendi\w*|set fire|ablaze|damag\w+|"
    # "set the Nikolskoye oil pumping station on fire", "hanno dato fuoco a"
    r"set\s+(?:[\w'’-]+,?\s+){1,14}?on fire|dat[oaie] fuoco|"
    r"provoc\w+ (?:un |l')?incendi\w*|(?:started|sparked|triggered) (?:a |the )?fires?|"
    r"danneggi\w+|distrutt[oaie](?!\s+\d)|destroyed(?!\s+\d)|"
    r"scioper[oi]\s+(?:missilistic\w+|aere\w+|di droni|con droni|russ[oi]|ucrain[oi]))"
    r"(?![\w])"  # the machine translation of "strike"
)
_INTERCEPT = re.compile(r"abbatt\w+|intercett\w+|shot down|downed|intercept\w+|neutralizzat\w+|"
                        r"neutrali[sz]ed|"
                        # "destroyed 30 drones", not "destroyed 60,000 tonnes of grain"
                        r"(?:destroyed|distrutt[oaie])\s+\d[\d.,]*\s+(?:[\w-]+\s+){0,3}?"
                        r"(?:drones?|droni|drone|uavs?|missiles?|missili|rockets?|razzi|"
                        r"bombs?|bombe|shaheds?|projectiles|proiettili|aircraft|aerei)(?![\w])")
def _cumulative(view: str, s: int, e: int) -> re.Match[str] | None:
    """A cue of a toll over a time in [s, e), but not the year of a first ("killing one
    civilian in the first reported death in the city this year": one death, told as the
    year's first)."""
    cum = CUMULATIVE.search(view, s, e)
    if cum is not None and cum.group() in ("this year", "quest'anno") \
            and _FIRST_BEFORE.search(view, max(s, cum.start() - 60), cum.start()):
        return None
    return cum


_FIRST_BEFORE = re.compile(r"(?<![\w])(?:first|prim[oa])\s+(?:[\w'-]+\s+){0,6}$")
CUMULATIVE = re.compile(
    r"dall'inizio|since the (?:start|beginning)|since (?:february|feb) 2022|dal febbraio 2022|"
    r"so far this|finora|full-scale invasion began|dell'invasione su vasta"
    r"|since the full-scale|dall'invasione|since the invasion|since russia'?s? (?:full-scale )?"
    r"invasion|this year|quest'anno|dall'inizio dell'anno|overall|"
    # "since its invasion of Ukraine began", "since Russia's large-scale invasion", "in its
    # three-week invasion", "as a result of Russia's full-scale invasion"
    r"since (?:its|their|moscow'?s?|russia'?s?|the russian) (?:[\w-]+ ){0,2}invasion|"
    # "since Russia launched its full-scale invasion of Ukraine"
    r"since (?:russia|moscow|the kremlin) (?:launched|began|started) (?:its|the) "
    r"(?:[\w-]+ ){0,2}(?:invasion|war)|"
    # "da quando la Russia ha lanciato l'anno scorso la sua invasione su vasta scala"
    r"da quando (?:la russia|mosca|il cremlino) (?:ha|aveva) (?:lanciato|iniziato|avviato|"
    r"cominciato) (?:[\w'-]+ ){0,5}?(?:invasione|guerra)|da quando (?:la russia|mosca) "
    r"ha invaso|"
    r"in (?:its|the|russia'?s?) [\w-]+-(?:day|week|month|year) (?:invasion|war)|"
    r"as a (?:result|consequence) of (?:russia'?s?|the|moscow'?s?) (?:[\w-]+ ){0,2}"
    r"(?:invasion|war)|a causa dell'invasione|"
    # "killed in the town during the month-long Russian occupation": a toll over a time
    r"during the (?:[\w-]+\s+){0,3}?(?:occupation|siege)|durante (?:i \w+ (?:mesi|settimane) di )?"
    r"l'(?:occupazione|assedio)|under (?:russian )?occupation|sotto l'occupazione|"
    # "civilians killed in the city since the siege began", "dall'inizio dell'assedio"
    r"since the siege|dall'inizio dell'assedio|"
    # "since Ukrainian troops liberated the city on November 11", "dalla liberazione della città"
    r"since (?:ukrainian )?(?:troops|forces) (?:liberated|recaptured|retook|took back)|"
    r"since (?:its|the city's|the town's) liberation|since the liberation|dalla liberazione|"
    r"da quando (?:le truppe|le forze) ucraine (?:hanno liberato|hanno ripreso)|"
    # "in tutto il 2023", not "in tutto il Paese" (everywhere, not since)
    r"in tutto il(?!\s+(?:paese|territorio|mondo|sud|nord|centro|est|ovest|fronte))|"
    r"since the (?:war|invasion|conflict|incursion|offensive|operation|occupation) "
    r"(?:began|started)|since the (?:start|beginning) of the (?:incursion|offensive|war|year)|"
    r"dall'inizio dell'(?:incursione|offensiva|occupazione|anno)|da quando (?:è iniziata|"
    r"è cominciata) la guerra|since (?:" + MONTH_RE + r")\b|since \d{1,2}\s*(?:" + MONTH_RE
    + r")\b|dal(?:l')? \d{1,2}\s*(?:"
    + MONTH_RE + r")\b|since \d{4}|dal \d{4}|to date|ad oggi|fino ad oggi")
# "his fighters had captured the village of Blahodatne": ground taken, not people
_GROUND_TAKEN = re.compile(
    r"\s+(?=[A-Z])|"  # the place's own name, on the original text: "captured Soledar"
    r"\s+(?:(?:the|a|an|il|la|lo|l'|i|gli|le)\s*)?(?:(?:nearby|small|key|strategic|"
    r"frontline)\s+)?(?:village|town|city|settlement|hamlet|villages|towns|positions?|"
    r"territory|control|heights?|villaggio|villaggi|paese|città|cittadina|insediamento|"
    r"posizion[ei]|territorio|controllo)(?![\w])")


_WITHOUT_CAUSING = re.compile(r"(?<![\w])(?:senza|without)\s+(?:[\w']+\s+){0,2}$")


# "108 donne, di cui 37 catturate ad Azovstal, sono tornate in Ucraina nello scambio": people
# coming home from captivity, no one taken that day
EXCHANGE = re.compile(r"(?<![\w])(?:scambi\w*|exchang\w+|swap\w*|rilasciat\w+|liberat\w+|"
                       r"released|freed|returned home|came home|brought home|tornat\w+ (?:a casa|"
                       r"in patria|in ucraina)|rimpatriat\w+|repatriated|riavut\w+|in cambio|"
                       r"in exchange)(?![\w])")


_FLOODED = re.compile(r"\s+(?:in|nelle|nell'|a causa dell\w*|per)\s*(?:the\s+)?(?:flood\w*|"
                      r"inondazion\w+|alluvion\w+|allagament\w+)")


def _outcomes(ctx: Ctx, start: int, end: int) -> list[re.Match[str]]:
    """The outcome words in [start, end), without the capture of ground, nor a capture or
    wounds told of people an exchange brings home."""
    exchange: bool | None = None
    out = []
    for m in OUTCOME_RE.finditer(ctx.view, start, end):
        if _FLOODED.match(ctx.view, m.end()):
            continue  # "17 people have died in flooding": a flood's toll, no attack's
        if m.lastgroup in ("captured", "injured"):
            if m.lastgroup == "captured" and (_GROUND_TAKEN.match(ctx.view, m.end())
                                              or _GROUND_TAKEN.match(ctx.text, m.end())):
                continue
            # "Kiev ha riavuto 31 soldati feriti": the wounded an exchange brings home
            if exchange is None:
                exchange = EXCHANGE.search(ctx.view, start, end) is not None
            if exchange:
                continue
        out.append(m)
    return [m for m in out
            # "ma senza causare vittime", "without causing casualties": none
            if not _WITHOUT_CAUSING.search(ctx.view, max(start, m.start() - 30), m.start())]


TAIL = re.compile(r",?\s*(?:aggiungendo|adding|mentre|while|and added|e ha aggiunto)\b")
_WHILE_DOING = re.compile(r"(?:(?<=while)|(?<=mentre))\s+(?:[\w'’-]+\s+){0,4}"
                          r"(?:(?:were|was)\s+\w+ing|(?:stavano|stava)\s+\w+ndo|"
                          # "mentre i soccorritori spegnevano un incendio", "mentre
                          # raccoglieva legna": the imperfect
                          r"\w+(?:avano|evano|ivano|ava|eva|iva))(?![\w])|"
                          # "killed while collecting firewood": the scene, no tail
                          r"(?<=while)\s+(?!adding|saying|noting|stressing)\w+ing(?![\w])")


@dataclass
class Victim:
    start: int
    end: int
    count: int | None
    count_span: tuple[int, int] | None
    count_text: str | None
    attrs: dict[str, str]
    noun_span: tuple[int, int]
    age: int | None = None
    age_span: tuple[int, int] | None = None
    outcome_at: int | None = None  # "altre cinque sono rimaste ferite": its own outcome word
    by_place: bool = False  # "two in Toretsk and one in Avdiivka": the one shares the two's


_TOLL_TO = re.compile(r"(?<![\w])(death toll|toll|bilancio delle vittime|bilancio dei morti)"
                      r"(?![\w])[^.;]{0,150}?(?:rose|risen|reached|climbed|increased|stood at|"
                      r"is now|has grown|revised(?: down| up)?|lowered|raised|salito|salita|sale|"
                      r"arrivato|giunto|aumentato|rivisto(?: al ribasso| al rialzo)?)\s+"
                      r"(?:to\s+|a\s+|ad\s+|at\s+)?$")
# "Sono salite a tre le vittime dell'attacco", "sale a 12 il bilancio dei morti": the count
# before the toll it is
_RISEN_TO = re.compile(r"(?<![\w])(?:(?:sono|è)\s+salit[oaie]|sale|salgono|(?:sono|è)\s+"
                       r"(?:cresciut|aumentat)[oaie])\s+ad?\s+$")
_TOLL_AFTER = re.compile(r"\s+(?:le\s+|i\s+|il\s+)?(vittime|morti|bilancio delle vittime|"
                         r"bilancio dei morti|numero (?:delle vittime|dei morti))(?![\w])")
_COUNT_IN_PLACE = re.compile(r"\s+(?:each\s+)?(?:in|a|ad|at|nel|nella)\s+(?:the\s+(?:village|town|"
                             r"city)\s+of\s+)?")
_AFTER_ANOTHER = re.compile(r"(?:,|\band|\be|\bed)\s+$")
_AGES = re.compile(r"\s*,?\s*(?:aged|di|of)\s+(\d{1,3})(?:\s*,\s*(\d{1,3}))?\s+(?:and|e)\s+"
                   r"(\d{1,3})(?![\d])")
_AGE_AFTER = re.compile(r"^\s*(?:,\s*)?(?:di|aged|of|,)\s*(\d{1,3})\s*(?:anni|years?|,|\b)")
_AGE_OF = re.compile(r"[- ]years?[- ]old(?![\w])|enne(?![\w])")
_SPELLED_AGE = re.compile(r"(?<![\w-])([a-z]+(?:-[a-z]+)?)-year-old\s+(?:\w+\s+)?$")
_AGE_BEFORE = re.compile(r"(\d{1,3})[- ]year[- ]old\s+(?:\w+\s+)?$|(\d{1,3})enne\s+$")
_ADJ_GAP = re.compile(r"(?:\s+[\"“]?(?:altr[oaie]|other|more|further|additional|another|civil[ei]|"
                      r"russian|ukrainian|north korean|russ[ie]|ucrain[ie]|nordcorean[ie]|"
                      r"foreign|stranier[ie]|"
                      r"civilian|local|young|giovan[ei]|elderly|anzian[oaie]|"
                      r"\d{1,3}[- ]year[- ]old|[\w]+-(?:year|month|week)s?-old|[a-z]+enni?))*"
                      r"\s+[\"“]?")  # (a quoted noun: "up to 180 “foreign mercenaries”")
# "…, among them a 10-year-old girl and two rescuers": each a part of the whole before
_SUBSET = re.compile(r"(?:including|tra cui|tra i quali|tra le quali|among them|inclus[oiae]|"
                     r"compres[oiae]|of whom|di cui|one of them|one of whom|uno dei quali|"
                     r"una delle quali|uno di loro|una di loro|uno di essi)\s+"
                     r"(?:[^,;.()]{1,40}?\s+(?:and|e|ed)\s+)?"
                     r"(?:\w+\s+)?(?:[\w-]+-old\s+)?$")
_BODIES = re.compile(r"(?<![\w])(?:bodies|remains|corpi|salme|resti)\s+(?:of|di|dei|degli|delle)"
                     r"\s+(?:\w+\s+)?$")
_COUNT_TAIL = re.compile(r"\s*(?:persone\s+|others\s+|more\s+|altr[ie]\s+(?:persone\s+)?)?"
                         r"(?:(?:sono|sono stat[ei]|"
                         r"sono rimast[ei]|were|have been|had been|are)\s+)?(morti|mort[ei]|"
                         r"feriti|ferit[ei]|dead|injured|hurt|wounded|killed|uccisi|uccis[ei]|dispersi|missing)(?![\w])")
_COUNT_HEAD = re.compile(r"(?:uccidendo(?:ne)?|ferendo(?:ne)?|killing|wounding|injuring|killed|"
                         r"wounded|injured|uccis[oaie]|ferit[oaie]|ne ha(?:nno)? (?:uccis|ferit)"
                         r"[oaie])\s+(?:(?:almeno|circa|oltre|più di|quasi)\s+)?"
                         r"(?:altr[eio]\s+|another\s+)?$")  # "ferito almeno altre 10"
# a victim named by name: "killing grain magnate Oleksiy Vadatursky", "uccidendo il sindaco …"
_NAMED_VICTIM_HEAD = re.compile(r"(?<![\w])(?:uccidendo|ferendo|killing|wounding|injuring|"
                                r"(?:ha|hanno) (?:ucciso|ferito))\s+(?:[a-z][\w-]*\s+){0,3}$")
# "a passenger train", "worker buses": the noun qualifies a vehicle, it names no victim
# "a passenger train", "62 civilian buildings": the noun describes a thing, not people
_VEHICLE_AFTER = re.compile(r"\s+(?:trains?|bus(?:es)?|cars?|planes?|jets?|ships?|vessels?|"
                            r"aircraft|wagons?|carriages?|vans?|ferr(?:y|ies)|buildings?|"
                            r"homes?|houses?|infrastructure|objects?|facilit(?:y|ies)|"
                            r"targets?|sites?|structures?|property|properties|vehicles?)"
                            r"(?![\w])")
_WITHOUT = re.compile(r"\s+(?:(?:of|in|from|di|del|della|dei|delle|nel|nella|a)\s+"
                      r"(?:[\w'’-]+\s+){0,3}?)?(?:(?:were|are|was|is|left|remain\w*|rimast\w*|"
                      r"sono|è)\s+)?(?:without|senza)(?![\w])")
# "lasciando senza corrente circa 2.000 residenti", "leaving without power some 500 homes"
_LEFT_WITHOUT = re.compile(r"(?<![\w])(?:lasciando|lasciato|lasciati|leaving|left)\s+(?:senza|"
                           r"without)\s+(?:[\w'’-]+\s+){1,2}$")


_OF_THE_HURT = re.compile(r"(?<![\w])(?:of the|of those|dei|degli|delle|tra i|tra le)\s+"
                          r"(?:wounded|injured|dead|killed|feriti|ferite|morti|uccisi)\s+"
                          r"(?:ci sono anche\s+)?$")
_EVACUATION_OF = re.compile(r"(?<![\w])(?:evacuation|evacuazione|relocation|sfollamento)\s+"
                            r"(?:of|di|dei|degli|delle)\s+(?:[\w.,]+\s+){0,2}$")
_VAGUE_OF = re.compile(r"\s+(?:of|di)(?=\s)")
_MOVED = re.compile(r"\s+(?:(?:were|have been|had been|was|has been|sono stat[ie]|è stat[oa]|"
                    r"sono rimast[ie])\s+)?(?:evacuat\w+|rescued|moved|relocated|salvat[ie]|"
                    r"trasferit[ie]|messi in salvo|sfollat[ie])(?![\w])")
_SINGULAR_ARTICLE = re.compile(r"(?<![\w'])(?:il|lo|un|uno|l'|un')\s*$")
_POSSESSIVE = re.compile(r"(?<![\w])(?:suo|sua|his|her|loro|their)\s+$")
# one more victim told by its rank after a count: "Two civilians were killed and a third was
# wounded", "due persone sono morte e una terza è rimasta ferita"
_ONE_MORE_HURT = re.compile(
    r"(?<![\w])(?:and|e)\s+"
    r"(?P<who>(?:a|un|una)\s+(?:third|fourth|fifth|terz[oa]|quart[oa]|quint[oa])|another|"
    # "A civilian was killed and another injured", "un civile è stato ucciso e un altro ferito"
    r"un altro|un'altra)\s+"
    r"(?:(?:person|persona|man|woman|uomo|donna)\s+)?(?:(?:was|è stat[oa]|è rimast[oa]|è)\s+)?"
    r"(?P<outcome>wounded|injured|hurt|killed|ferit[oa]|uccis[oa])(?![\w])")
_OUTCOME_VERB_BEFORE = re.compile(r"(?<![\w])(?:killing|wounding|injuring|uccidendone|"
                                  r"ferendone)\s+$")
_ONE_ENDS = re.compile(r"\s*(?:[,;.]|$|(?:and|e)\s)")
_TIME_AFTER = re.compile(r"\s*-?(?:hours?|days?|weeks?|months?|minutes?|ore|giorni|settimane|"
                         r"mesi|minuti)(?![\w])")
# an Italian auxiliary right before: the word after it is a participle ("aver commesso")
_AUXILIARY_BEFORE = re.compile(r"(?<![\w])(?:aver|avere|avendo|ha|hanno|abbia|abbiano|aveva|"
                               r"avevano|avrebbe|avrebbero|avesse|avessero)\s+(?:(?:già|anche|"
                               r"mai|poi)\s+)?$")
_OLDEST = 120  # "a 449-year-old man" is a typo, not an age: no age, the victim stays


def find_victims(ctx: Ctx, start: int, end: int, subsets: bool = False) -> list[Victim]:
    """The victim groups in [start, end); with `subsets`, also those named as part of a group
    counted before ("including a 57-year-old man"), which are otherwise left out."""
    noun_re, nouns = victim_nouns()
    view = ctx.view
    numbers = ctx.numbers(start, end)
    out: list[Victim] = []
    for m in noun_re.finditer(view, start, end):
        attrs = nouns[m.group()]
        if "implied" in attrs or _WITHOUT.match(view, m.end()) \
                or _VEHICLE_AFTER.match(view, m.end()) or _MOVED.match(view, m.end()):
            continue  # "residents left without power", "a passenger train", "residents were
            # evacuated": no casualties
        if _AUXILIARY_BEFORE.search(view, max(start, m.start() - 24), m.start()):
            continue  # "di aver commesso crimini di guerra": a participle, no shop assistant
        num = None
        for n in numbers:
            # "uccidendo “fino a 220” soldati": a closing quote may stand between;
            # "decine di residenti", "dozens of civilians": a vague count's "of"
            if n.end <= m.start():
                gap = view[n.end:m.start()].lstrip('"')
                if n.vague and (of := _VAGUE_OF.match(gap)):
                    gap = gap[of.end():]
                if _ADJ_GAP.fullmatch(" " + gap):
                    num = n
        # "suo nipote di 9 anni", "his grandson": one person, whatever the noun's ending
        own = _POSSESSIVE.search(view, max(start, m.start() - 8), m.start()) is not None
        age = age_span = None
        after = _AGE_AFTER.match(view[m.end():m.end() + 16])
        if after and int(after.group(1)) <= _OLDEST and (attrs.get("sex") or attrs.get("role")
                                                         or num or own):
            age = int(after.group(1))
            s = m.end() + after.start(1)
            age_span = (s, s + len(after.group(1)))
        before = _AGE_BEFORE.search(view[max(start, m.start() - 30):m.start()])
        if before and int(before.group(1) or before.group(2)) <= _OLDEST:
            g = 1 if before.group(1) else 2
            s = max(start, m.start() - 30) + before.start(g)
            age, age_span = int(before.group(g)), (s, s + len(before.group(g)))
        elif (spelled := _SPELLED_AGE.search(view, max(start, m.start() - 40), m.start())) \
                and spelled.group(1) in WORDS:  # "a nine-year-old girl"
            age, age_span = WORDS[spelled.group(1)], spelled.span(1)
        if num is None and not (attrs.get("sex") or age or "count" in attrs or own):
            # "il conducente", "un agente": an Italian singular in -e, named by its article
            plural = m.group().endswith(("i", "e", "s", "people", "men", "children")) and not (
                m.group().endswith("e") and _SINGULAR_ARTICLE.search(
                    view, max(start, m.start() - 4), m.start()))
            if plural:
                continue  # "civilians" alone: no count, and too vague to be a group
        lead = view[max(start, (num.start if num else m.start()) - 30):(num.start if num
                                                                           else m.start())]
        if not subsets and _SUBSET.search(view, max(start, (num.start if num else m.start())
                                                     - 75), num.start if num else m.start()):
            continue  # a subset of a group already counted ("12 injured, including a child")
        if _BODIES.search(lead):
            continue  # "the bodies of 50 fighters" returned: a figure, not a casualty
        if _LEFT_WITHOUT.search(lead):
            continue  # "lasciando senza corrente 2.000 residenti": an outage, no casualties
        if _OF_THE_HURT.search(lead):
            # "Two of the wounded women remained in hospital", "tra i feriti ci sono anche due
            # soccorritori": told already
            continue
        if _EVACUATION_OF.search(lead):
            continue  # "forced the evacuation of more than 3,000 residents": none hurt
        vs = num.start if num else m.start()
        if num is not None and num.word and num.value == 1 and "count" in attrs:
            num = None  # "an elderly couple": the article counts the couple, not the people
        count = int(num.value) if num else int(attrs.get("count", 1))  # "a couple": 2
        if age is not None and num is not None and num.value == age:
            num, count = None, 1
            vs = m.start()
        ages = _AGES.match(view, m.end(), min(end, m.end() + 40))
        if ages and num is not None and not num.vague and count == len(
                found := [g for g in (1, 2, 3) if ages.group(g)]) \
                and all(int(ages.group(g)) <= _OLDEST for g in found):
            # "two women aged 58 and 62", "due uomini di 45 e 52 anni": one row per person
            for k, g in enumerate(found):
                a_span = ages.span(g)
                out.append(Victim(vs if k == 0 else a_span[0], a_span[1], 1,
                                  (num.start, num.end) if k == 0 else None, None, attrs,
                                  (m.start(), m.end()), int(ages.group(g)), a_span))
            continue
        ve = age_span[1] if age_span and age_span[1] > m.end() else m.end()
        text = ctx.text[num.start:num.end] if num and (num.vague or num.qualified) else None
        out.append(Victim(vs, ve, count, (num.start, num.end) if num else None, text, attrs,
                          (m.start(), m.end()), age, age_span))
    for n in numbers:  # "12 morti", "killing 12", "ferendone altre 5"
        if any(v.start <= n.start < v.end for v in out):
            continue
        # "three in Kramatorsk and one in Bakhmut", "uno a Niu-York": a count by its place
        by_place = (cp := _COUNT_IN_PLACE.match(view, n.end, n.end + 40)) is not None \
            and ctx.text[cp.end():cp.end() + 1].isupper() and out and _AFTER_ANOTHER.search(
                view, max(start, n.start - 8), n.start) is not None
        if n.word and n.value == 1 and not by_place and not (
                # "killing one and injuring two", "uccidendone uno": one counted by its verb
                _OUTCOME_VERB_BEFORE.search(view, max(start, n.start - 16), n.start)
                and _ONE_ENDS.match(view, n.end)):
            continue
        if _AGE_OF.match(view, n.end):
            continue  # "killing 31-year-old rescuer Andrii Lysenko": an age, not a count
        if _TIME_AFTER.match(view, n.end):
            continue  # "1,030 troops were killed over 24 hours": a span of time, not a count
        tail = _COUNT_TAIL.match(view, n.end, n.end + 32)
        head = _COUNT_HEAD.search(view[max(start, n.start - 25):n.start])
        # "the death toll from Saturday's strike had risen to 46": the toll is its outcome
        toll = _TOLL_TO.search(view, max(start, n.start - 200), n.start)
        if toll is None and _RISEN_TO.search(view, max(start, n.start - 20), n.start):
            toll = _TOLL_AFTER.match(view, n.end)
        if (tail or head or by_place or toll) and n.value < 100000:
            text = ctx.text[n.start:n.end] if n.vague or n.qualified else None
            out.append(Victim(n.start, n.end, int(n.value), (n.start, n.end), text, {},
                              (n.start, n.end), outcome_at=tail.start(1) if tail
                              else toll.start(1) if toll else None,
                              by_place=bool(by_place) and not (tail or head or toll)))
    for m in _ONE_MORE_HURT.finditer(view, start, end):  # "… and a third was wounded"
        if not any(v.start < m.end("who") and m.start("who") < v.end for v in out):
            out.append(Victim(m.start("who"), m.end("who"), 1, (m.start("who"), m.end("who")),
                              None, {}, (m.start("who"), m.end("who")),
                              outcome_at=m.start("outcome")))
    for p in ctx.people_in(start, end):  # "killing grain magnate Oleksiy Vadatursky, 74"
        if any(v.start < p.end and p.start < v.end for v in out) \
                or _NAMED_VICTIM_HEAD.search(view, max(start, p.start - 40), p.start) is None:
            continue
        after = _AGE_AFTER.match(view[p.end:p.end + 16])
        age = age_span = None
        if after and int(after.group(1)) <= _OLDEST:
            s = p.end + after.start(1)
            age, age_span = int(after.group(1)), (s, s + len(after.group(1)))
        out.append(Victim(p.start, age_span[1] if age_span else p.end, 1, None, None, {},
                          (p.start, p.end), age, age_span))
    out = [v for v in out if not _not_hurt(view, v, start, end)]
    return _appositions_merged(view, sorted(out, key=lambda v: v.start))


def _not_hurt(view: str, v: Victim, start: int, end: int) -> bool:
    """Whether a group read as victims is people no one hurt: those who still live somewhere
    ("where about 1,600 residents remain, two people were killed"), or a toll that a newer
    one replaces ("raising the toll from the 10 dead announced after dawn")."""
    return ((v.count or 0) >= 50 and (
        _REMAINING_AFTER.match(view, v.end, end) is not None
        or _REMAINING_BEFORE.search(view, max(start, v.start - 30), v.start) is not None)) \
        or _EARLIER_TOLL.search(view, max(start, v.start - 40), v.start) is not None


_COPULA = re.compile(r"\s+(?:of the dead|of the wounded|of the injured|dei morti|dei feriti)?"
                     r"\s*(?:were|was|erano|era)\s+(?:both\s+|entrambi\s+)?")
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*)?(?:and|e|ed)\s")
_APPOSITION = re.compile(r"(?:\s*(?:anni|years old))?(?:,\s*|\s+(?:che lavorava come|"
                         r"who worked as)\s+)(?:a|an|un|una|uno|un'|the|il|lo|la|l'|l’)?\s*"
                         r"(?:(?:ex|former|retired)\s+)?$")


def _same_sex(a: Victim, b: Victim) -> bool:
    """Whether two descriptions can be one person's: no sex told, or the same one."""
    sa, sb = a.attrs.get("sex"), b.attrs.get("sex")
    return sa is None or sb is None or sa == sb


def _appositions_merged(view: str, victims: list[Victim]) -> list[Victim]:
    """One person told twice, the second in apposition: "killing the driver, a 47-year-old
    man", "un uomo di 58 anni, un dipendente delle ferrovie" (one victim, not two)."""
    out: list[Victim] = []
    for v in victims:
        prev = out[-1] if out else None
        if prev is not None and (prev.count or 1) == 1 and v.count == 1 \
                and prev.end <= v.start and _APPOSITION.fullmatch(view, prev.end, v.start) \
                and not (prev.age and v.age) and _same_sex(prev, v) \
                and not _LIST_GOES_ON.match(view, v.end):  # ("a woman, a man and a boy")
            _absorb(prev, v)
            continue
        out.append(v)
    return out


def _absorb(prev: Victim, v: Victim) -> None:
    """`v` is `prev` told again: its description joins `prev`'s, which spans both."""
    prev.attrs = {**v.attrs, **prev.attrs}
    if prev.age is None and v.age is not None:
        prev.age, prev.age_span = v.age, v.age_span
    prev.end = v.end


def _described(view: str, linked: list[tuple[Victim, re.Match[str]]]
               ) -> list[tuple[Victim, re.Match[str]]]:
    """A count and the noun that describes it after a copula are one group: "Two of the dead
    were men killed when a missile struck …" (two men, not two people and a man)."""
    out: list[tuple[Victim, re.Match[str]]] = []
    for v, t in linked:
        if out and v.count_span is None and out[-1][0].end <= v.start \
                and _COPULA.fullmatch(view, out[-1][0].end, v.start) \
                and _same_sex(out[-1][0], v):
            _absorb(out[-1][0], v)
            continue
        out.append((v, t))
    return out


_THAT = re.compile(r"(?<![\w])(?:and|e|adding|aggiungendo)\s+(?:that|che)(?![\w])")
_NEW_CLAUSE = re.compile(r"[.;]|\b(?:e|and)\s+(?:ha|hanno|has|have)\b")
# "83 Russian attacks", "2,000 artillery attacks": a count of attacks, not one attack
_GAP_TO_ATTACK = re.compile(r"\s+(?:[\w-]+\s+){0,2}$")
# "struck the Nikopol area 29 times", "shelled 41 towns and villages": a tally too
_TIMES_OR_PLACES = re.compile(
    r"(?:\s+[\w'-]+){0,6}?\s+(?:more than |over |oltre |almeno |at least )?\d[\d.,]*\s+"
    r"(?:times|volte|(?:[\w-]+\s+)?(?:towns|villages|settlements|communities|localities|"
    r"localit\S|insediamenti|centri abitati|villaggi|comunit\S|paesi)(?![\w]))")


_GAP_TO_NUMBER = re.compile(r"\s+(?:(?:more than|over|at least|up to|oltre|almeno|fino a|"
                            r"altri|altre|another)\s+)?")
_EQUIPMENT = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:boats|tanks|vehicles|aircraft|helicopters|howitzers|launchers|"
    r"artillery systems|air defen[cs]e systems|radars|ships|barche|motoscafi|imbarcazioni|"
    r"carri armati|veicoli|mezzi|aerei|elicotteri|obici|lanciatori|lanciarazzi|radar|navi)"
    r"(?![\w])")
_GERUNDS = ("ing", "endo", "endone")


_DAMAGE_WORD = re.compile(r"damag|danneggi|distrutt|destroy|incendi|fire|ablaze|set fire")
# "denied striking the prison", "ha negato di aver colpito": a denial reports no attack
_DENIED = re.compile(r"(?<![\w])(?:denied|denies|deny|denying|negato|nega|negano|negando|"
                     r"smentit\w*|smentisc\w+|"
                     # "Kyiv had “nothing directly to do” with the drone strikes"
                     r"(?:nothing|niente|nulla)\W*\s+(?:\w+\s+)?(?:to do|a che fare|a che vedere)"
                     r"\W*\s+(?:with|con))\s+(?:\w+\s+){0,4}$|"
                     # "the Russian army does not strike civilian targets": no attack at all
                     r"(?<![\w])(?:does not|do not|did not|doesn't|don't|never|non|mai)\s+$")
# "after weeks of Russian shelling", "dopo gli attacchi russi della settimana": many attacks
# told as a cause, not one that happened
_MANY_BEFORE = re.compile(r"(?<![\w])(?:(?:after|following|amid|dopo|in seguito a|tra)\s+"
                          r"(?:(?:weeks|days|months|years|settimane|giorni|mesi|anni)\s+(?:of|di)"
                          r"|repeated|ripetuti|continui|continued|constant|costanti)|"
                          # "evacuated because of daily shelling": many attacks, a cause
                          r"(?:because of|due to|a causa de\w*|per via de\w*|a causa dei)\s+"
                          r"(?:the\s+)?(?:daily|constant|continuous|continued|regular|heavy|"
                          r"frequent|ongoing|incessant|quotidian\w+|costant\w+|continu\w+|"
                          r"incessant\w+|frequent\w+|pesant\w+))\s+(?:[\w']+\s+){0,2}$")
# "le richieste di Kiev dopo gli attacchi con i droni iraniani", "after the strikes": attacks
# told before, the cause of what the sentence reports
_AFTER_THE = re.compile(r"(?<![\w])(?:after|following|dopo|in seguito a)\s+(?:the|these|those|"
                        r"gli|i|questi|quegli)\s+(?:[\w']+\s+){0,2}$|(?<![\w])in seguito agli\s+$")
_DOWNED_BEFORE = re.compile(r"(?<![\w])(?:destroyed|shot down|downed|intercepted|abbattut[oaie]|"
                            r"intercettat[oaie]|distrutt[oaie]|abbattuto|intercettato)\s+"
                            r"(?:(?!(?:with|con|using|by|da|col|coi)\s)[\w'’-]+\s+){0,6}$")
_DEBRIS_OF = re.compile(r"(?<![\w])(?:debris|fragments|wreckage|detriti|frammenti|rottami)\s+"
                        r"(?:from|of|della|degli|dell'|dei|del|di)\s*(?:an?\s+|the\s+|un\s+|uno\s+|"
                        r"una\s+|un')?(?:[\w-]+\s+){0,2}$")
_PLURAL_ATTACKS = frozenset({"attacks", "strikes", "raids", "attacchi", "bombardamenti", "raid"})
_MANY_AFTER = re.compile(r"\s+(?:[\w']+\s+){0,2}?(?:della settimana|delle ultime settimane|"
                         r"of the (?:past|last) (?:week|weeks|months)|in recent (?:weeks|months)|"
                         r"degli ultimi mesi)(?![\w])|"
                         # "as Russian shelling intensified": attacks growing, none told
                         r"\s+(?:(?:has|had|have)\s+)?(?:intensified|increased|escalated|"
                         r"(?:si (?:è|sono)\s+)?intensificat[oaie])(?![\w])")
# "156 clashes along the front line", "attacking “along the entire front”": the whole front's
FRONT_WIDE = re.compile(r"\s*[\"“]?(?:\w+\s+){0,3}?(?:along|across|on|lungo|su|sull'|in)\s+"
                        r"(?:the\s+)?(?:entire\s+|whole\s+)?(?:tutt[oa]\s+)?(?:la\s+|il\s+)?"
                        r"(?:front(?:\s*-?line)?|linea del fronte|fronte)(?![\w])")
# "the Moscow drone attack was a “clear sign of terrorist activity”", "the strikes on energy
# facilities were a response to …": an attack known already, judged, not told
_JUDGED = re.compile(r"[^,.;:]{0,50}?\s(?:was|were|is|are)\s+(?:a|an|only|just|simply|"
                     r"retaliation|revenge)\s")
# "Ukraine would strike back soon", "vowed to hit back": an attack still to come
_NOT_YET = re.compile(r"(?<![\w])(?:would|will|could|might|may|shall|(?:vow\w*|threaten\w*|"
                      r"promis\w*|pledg\w*|plan\w*|intend\w*|ready|prepared) to)\s+"
                      r"(?:(?:soon|also|not|never)\s+)?$|"
                      # "would step up its attacks", "la Russia “intensificherà” i suoi
                      # attacchi": attacks to come
                      r"(?<![\w])(?:(?:would|will|could|to)\s+(?:\w+\s+)?(?:step up|intensify|"
                      r"escalate|expand|increase|continue)|intensificherà|intensificheranno|"
                      r"intensificare|aumenterà|aumenteranno|continuerà|continueranno|"
                      r"moltiplicherà|estenderà)\W{0,2}\s+(?:its|their|the|i suoi|le sue|i loro|"
                      r"le loro|gli|i|le)?\s*(?:[\w-]+\s+)?$|"
                      # "saving up missiles for a larger strike", "in vista di un attacco
                      # massiccio": one prepared, not made
                      r"(?<![\w])(?:for|per|in vista di|ahead of|in preparation for)\s+"
                      r"(?:a|an|another|un|una|un'|un altro|un nuovo|una nuova)\s+"
                      r"(?:[\w-]+\s+){0,2}$")
# "describing the offensive as a response to Ukrainian shelling of Belgorod", "in risposta
# agli attacchi": an attack told as what another answers, not one of the day
_RESPONSE_TO = re.compile(r"(?<![\w])(?:(?:as\s+)?a\s+response\s+to|in\s+response\s+to|"
                          r"(?:in\s+)?retaliation\s+for|revenge\s+for|in\s+risposta\s+(?:a|ad|"
                          r"agli|ai|alle|al|all')|come\s+risposta\s+(?:a|agli|ai|al|alle)|"
                          r"per\s+rappresaglia\s+(?:contro|per)|rappresaglia\s+per|"
                          r"vendetta\s+per)\s*(?:[\w']+\s+){0,3}$")
# "Zelenskyy called the attack on Kremenchuk “one of the most brazen terrorist acts”": a
# comment on an attack reported elsewhere
_ATTACK_KIND_BEFORE = re.compile(r"(?:droni|drone|elicotteri|elicottero|aerei|aereo|velivoli|"
                                 r"sottomarini|sottomarino|navi)\s+d['’]\s*$")
_ATTACK_KIND_AFTER = re.compile(r"\s+(?:drones?|helicopters?|aircraft|submarines?|jets?|"
                                r"craft)(?![\w])")
_COMMENTED = re.compile(r"(?<![\w])(?:called|calls|calling|described|describing|condemned|"
                        r"condemning|condemns|denounced|denouncing|definito|definendo|"
                        r"condannato|condannando|condanna)\s+(?:[\w']+\s+){0,3}$")
_SHARE_HIT = re.compile(r"\d\s*(?:(?:%|percent|per cent|per cento)\s+(?:of|di|del|della|delle|"
                        r"dei|degli|dell')|(?:gigawatts?|gigawatt|gw|megawatts?|mw)\s+(?:of|di))"
                        r"(?![\w])")  # or of capacity: "distrutto circa 9 gigawatt di capacità"
_TOLL_INCLUDES = re.compile(r"(?<![\w])(?:including|among them|tra cui|tra i quali|tra le quali|"
                            r"compres[oiae])(?![\w])")


def _outcome_after(ctx: Ctx, v: Victim, triggers: list[re.Match[str]]) -> re.Match[str] | None:
    """The outcome word right after a victim ("a 57-year-old man killed by shelling")."""
    return next((t for t in triggers if 0 <= t.start() - v.end <= 2), None)


_LATER = re.compile(r"\W*(?:(?:about|some|around|circa|dopo\s+circa)\s+)?(?:(?:an?|one|two|half an|"
                    r"un'|un|una|mezz'|due|qualche)\s*(?:hours?|minutes?|ora|ore|minuti)\s+"
                    r"(?:later|dopo)|later|più tardi|poco dopo|shortly (?:after|afterwards)|"
                    r"subito dopo)(?![\w])")
_SAME_DAY = re.compile(r"(?<![\w])(?:the same day|on the same day|lo stesso giorno|nello stesso "
                       r"giorno|(?:later|earlier) (?:that|the same) (?:day|morning|afternoon|"
                       r"evening)|più tardi (?:quello stesso|lo stesso|nello stesso|in quello "
                       r"stesso) giorno|più tardi in giornata|in serata|in mattinata)(?![\w])")
_ORDINAL_BEFORE = re.compile(r"\d+\s*(?:°|º|st|nd|rd|th)\s+(?:[\w-]+\s+){0,1}(?:attack|attacco|"
                             r"strike|assault|raid)|"
                             # "si tratta del terzo attacco contro l'impianto", "the fifth attack"
                             rf"(?<![\w])(?:{'|'.join(ORDINALS)})\s+(?:[\w-]+\s+)?(?:attack|"
                             r"attacco|strike|assault|raid)(?![\w])|"
                             # "hit the refinery for the third time this year"
                             rf"(?:for the|per la)\s+(?:{'|'.join(ORDINALS)}|"
                             r"\d+(?:st|nd|rd|th|ª|a))\s+(?:time|volta)|"
                             # "the largest drone attack on the city since the start of the
                             # invasion": one attack, measured against the war's
                             r"(?<![\w])(?:largest|biggest|heaviest|deadliest|worst|most "
                             r"(?:massive|intense|powerful)|più (?:grande|massiccio|pesante|"
                             r"intenso|letale|grave))\s+(?:[\w-]+\s+){0,2}(?:attack|attacco|"
                             r"strike|assault|raid|bombardment|bombardamento)")
_LEAVING = re.compile(r"(?<![\w])(?:leaving|left|lasciando|lasciato)\s+(?:[\w']+\s+){0,4}?\d*$")
_NO_EVENT = re.compile(
    # "if Kyiv stops attacking refineries": an attack that is not happening
    r"(?<![\w])(?:stops?|stopped|stopping|cease\w*|halt\w*|smett\w+ di|cessare|fermare|"
    # "purché anche Mosca fermi gli attacchi", "a patto che Kyiv fermi i raid"
    r"fermi|fermino|fermasse|fermassero|ferma|fermano|"
    r"interrompere|prevent\w*|prevenire|evitare|"
    # "to repair the grid damaged by Russian attacks": a reference to past ones
    r"repair\w*|rebuild\w*|restor\w+|ripara\w*|ricostrui\w+|ripristin\w+)"
    r"\s+(?:[\w'’-]+\s+){0,10}?$|"
    # "repelled two attacks by the Ukrainian army", "launched several failed attacks on the
    # town": assaults on the ground, fought off, no strike
    r"(?<![\w])(?:repell?ed|repelling|repels?|repuls\w+|fended off|fending off|beat off|"
    r"beaten off|respint[oaie]|respingendo|respingono|"
    r"(?:several|many|numerous|two|three|four|\d+)?\s*(?:failed|unsuccessful|fallit[oaie]))\s+"
    r"(?:[\w'’-]+\s+){0,4}?$")


# "faced further risk of Ukrainian attack", "accusing Ukrainian forces of trying to attack
# it": an attack feared or tried, none that happened
_ONLY_FEARED = re.compile(r"(?<![\w])(?:(?:risk|threat|fear|danger|warning)s?|warned)\s+of\s+"
                          r"(?:[\w'’-]+\s+){0,3}$|"
                          r"(?<![\w])(?:rischio|minaccia|pericolo)\s+(?:di\s+)?(?:(?:nuov[ie]|"
                          r"altr[ie]|ulterior[ie])\s+)?$|"
                          r"(?<![\w])(?:trying|tried|try|attempt(?:ed|ing|s)?)\s+to\s+"
                          r"$|(?<![\w])(?:tentato|cercato|cercando|tentando)\s+di\s+$")


# "amid renewed Russian attacks on the city", "after Moscow stepped up attacks": a trend of
# attacks, no one attack
_TREND = re.compile(r"(?<![\w])(?:amid|stepped up|stepping up|steps up|intensified|"
                    r"intensifying|intensifies|ramped up|increased|increasing|renewed|constant|"
                    r"ongoing|persistent|relentless|incessant|frequent|regular|repeated|"
                    r"continued|continuing|despite|"
                    r"in mezzo a|tra i continui|intensificat[oaie]|intensificando|rinnovat[ie]|"
                    r"continui|costanti|incessanti|frequenti)\s+(?:(?:the|its|their|of|"
                    r"russian|ukrainian|russi|russe|ucraini|ucraine|gli|i|dei|degli)\s+){0,2}$")


# an attack feared, tried or told as a trend: one search before each attack word
_NOT_HAPPENED = re.compile(f"{_ONLY_FEARED.pattern}|{_TREND.pattern}")


_BLASTS = re.compile(r"(?<![\w])(?:(?:explosions?|blasts?)\s+(?:were\s+|was\s+|have been\s+|"
                     r"had been\s+)?(?:heard|reported|rocked|shook|rang out)|(?:rocked|shaken|"
                     r"shook)\s+by\s+(?:(?:several|a series of|powerful|loud)\s+)?(?:explosions|"
                     r"blasts)|esplosioni\s+(?:sono state\s+)?(?:udite|sentite|segnalate))"
                     r"(?![\w])")
_IN_COMBAT = re.compile(r"\s+(?:while\s+)?(?:fighting|in combat|in battle|in action|"
                        r"combattendo|in combattimento|in battaglia)(?![\w])")


_BY_MANY = re.compile(r"\s+(?:by|with|da|con)\s+(?:(?:at least|more than|over|almeno|oltre|"
                      r"più di)\s+)?")


_ON_THE_COUNTRY = re.compile(r"\s+(?:on|onto|at|su|sull['’]\s*|sulla|contro(?:\s+l['’])?)\s*"
                             r"(?:the\s+)?(?:ukraine|ucraina|russia|the country|il paese)"
                             r"(?![\w])")
_DROPPED = frozenset({"dropped", "fired", "sganciato", "sganciati", "sganciate", "sparato",
                      "sparati"})


def _counted(ctx: Ctx, m: re.Match[str], s: int, e: int) -> bool:
    """Whether the attack word `m` is counted ("3 attacks", "nine Ukrainian attacks", "struck
    the area 29 times", "shelled 41 villages"): a tally for figures, not one attack."""
    count = next((n for n in ctx.numbers(max(s, m.start() - 40), m.start())
                  if n.value != 1 and _GAP_TO_ATTACK.fullmatch(ctx.view, n.end, m.start())), None)
    if count is None and m.group().startswith(("destr", "distru")):
        # "its aircraft had destroyed four Ukrainian military boats": the other side's
        # losses, a figure
        after = next((n for n in ctx.numbers(m.end(), min(e, m.end() + 25)) if n.value >= 2),
                     None)
        if after is not None and _GAP_TO_NUMBER.fullmatch(ctx.view, m.end(), after.start) \
                and _EQUIPMENT.match(ctx.view, after.end, min(e, after.end + 60)):
            return True
    if count is None and m.group() in _DROPPED:
        # "Russian aircraft dropped 61 guided bombs on Ukrainian positions and towns": the
        # weapons of many attacks, counted; a figure
        # (also told on the whole country first: "ha sganciato sull'Ucraina più di 3.000
        # bombe plananti")
        on = _ON_THE_COUNTRY.match(ctx.view, m.end(), e)
        gap = on.end() if on else m.end()
        after = next(iter(ctx.numbers(gap, min(e, gap + 25))), None)
        if after is not None and after.value >= 10 \
                and _GAP_TO_NUMBER.fullmatch(ctx.view, gap, after.start) \
                and _weapon(ctx, after.end, min(e, after.end + 30)) is not None \
                and not ctx.places(m.end(), e):
            return True
    if count is None and (by := _BY_MANY.match(ctx.view, m.end(), min(e, m.end() + 40))):
        # "the region had been attacked by 67 Ukrainian drones over the past day": a tally
        n = next(iter(ctx.numbers(by.end(), min(e, by.end() + 20))), None)
        return n is not None and n.start == by.end() and n.value >= 5
    if count is None:
        return bool(_TIMES_OR_PLACES.match(ctx.view, m.end(), min(e, m.end() + 80)))
    # "two missile strikes on Kharkiv" is still one event; many, or over a day, a tally
    return count.value >= 5 or bool(_TALLY_CUE.search(ctx.view, s, e))


def _own_outcome(v: Victim, triggers: list[re.Match[str]]) -> re.Match[str] | None:
    if v.outcome_at is None:
        return None
    return next((t for t in triggers if t.start() == v.outcome_at), None)


# "tre persone sono rimaste ferite", "two volunteers were wounded": the victim's own verb
_OWN_PASSIVE = re.compile(r"(?:\s+(?:anni|years old))?"  # "un uomo di 58 anni ucciso"
                          r"(?:\s+(?:of|at|della|dello|dell'|delle|degli|dei|del)\s*(?:the\s+)?"
                          r"[\w'’-]+)?"  # "two employees of the store were still missing"
                          r"\s+(?:(?:è|sono|was|were|have|has|had|are|is|risultano|risulta|remain|remained)\s+)?"
                          r"(?:(?:stat[oaie]|"
                          r"been|rimast[oaie]|also|anche|still|ancora|reported)\s+)*")


def _own_passive(ctx: Ctx, v: Victim, triggers: list[re.Match[str]]) -> re.Match[str] | None:
    """The victim's own passive outcome right after it ("were still missing")."""
    for t in triggers:
        if t.start() > v.end + 1 and t.group().endswith(_PARTICIPLES) \
                and _OWN_PASSIVE.fullmatch(ctx.view, v.end, t.start()):
            return t
    return None


_PARTICIPLES = ("o", "a", "i", "e", "ed", "en", "missing", "unaccounted for")


_MEMBERS_ASIDE = re.compile(r",\s*(?:including|among them|tra cui|tra i quali|tra le quali)\s"
                            r"[^,;.()]{1,80},")


def _outcome_for(ctx: Ctx, v: Victim, triggers: list[re.Match[str]]) -> re.Match[str] | None:
    if own := _own_passive(ctx, v, triggers):
        return own  # its own passive verb, whatever came before
    best = None
    best_d = 10**6
    for t in triggers:
        if t.end() <= v.start:
            d = v.start - t.end()
            between = ctx.view[t.end():v.start]
            if ";" in between or "." in between or _THAT.search(between):
                continue  # "wounding two women, and that more than 4,000 residents"
        elif t.start() >= v.end:
            # "Eight people, including a 10-year-old boy, were injured", "otto persone, tra
            # cui due adolescenti, sono rimaste ferite": the members' aside is no distance
            after = inc.end() if (inc := _MEMBERS_ASIDE.match(ctx.view, v.end, t.start())) \
                else v.end
            d = t.start() - after
            between = ctx.view[after:t.start()]
            if d > 60 or _NEW_CLAUSE.search(between) or t.group().endswith(_GERUNDS):
                continue  # "a man and injuring two": a gerund's victims come after it
            d -= 3 if _PASSIVE.search(between) else 0
            d += 30 if "," in between else 0  # "killing a man and his daughter, and injuring"
        else:
            continue
        if d < best_d:
            best, best_d = t, d
    return best if best_d <= 80 else None


# a whole region or country: "across the region", "throughout Ukraine", "in tutta la regione"
_WHOLE_AREA = (r"(?:across|throughout) the (?:\w+\s+){0,2}(?:region|oblast|country)|"
               r"(?:across|throughout) ukraine|in tutta la regione|in tutta l'ucraina")
# A day's toll over a whole region or country ("across the region, attacks killed four
# people over the past day", "in tutto 13 persone sono state uccise nella regione") sums the
# item's strikes: a figure (metric killed/injured), not a casualty group of one strike.
_TALLY_CUE = re.compile(  # a digit may be glued before ("altri 10nell'ultimo giorno")
    r"(?<![^\W\d_])(?:" + _WHOLE_AREA + "|"
    # many attacks over a region ("gli attacchi russi nella regione di Donetsk hanno ucciso")
    r"(?:russian|ukrainian) (?:attacks|strikes|shelling) (?:in|on|across) the \w+ region|"
    r"(?:attacchi|bombardamenti|raid) (?:russi|ucraini) (?:nella|sulla) regione|"
    # "Russian attacks killed 21 civilians in the Donetsk region", "gli attacchi russi hanno
    # ucciso 21 civili nella regione di Donetsk"; "another 11 were wounded in the region"
    r"(?:russian|ukrainian) (?:attacks|strikes|shelling) (?:had |have )?(?:killed|wounded|"
    r"injured)[^.;,]{0,50}? in the \w+ region|"
    r"(?:attacchi|bombardamenti) (?:russi|ucraini) hanno (?:ucciso|ferito)[^.;,]{0,50}? "
    r"nella regione di \w+|"
    r"(?:were|have been|had been) (?:wounded|injured|killed) in the region|"
    r"(?:sono|è) (?:rimast|stat)[eoai] (?:ferit|uccis)[eoai] nella regione(?! di)|"
    # a toll over several regions or parts of the country ("Russian attacks on the Donetsk
    # and Sumy regions killed three people", "in eastern and central Ukraine", "in various
    # parts of Ukraine")
    r"(?:in|on|across|over) (?:the )?[\w'-]+(?:, [\w'-]+)* and (?:the )?[\w'-]+ regions|"
    r"nelle regioni di [\w'-]+(?:, [\w'-]+)* e [\w'-]+|"
    r"(?:in|across) (?:(?:eastern|southern|northern|western|central|north-?eastern|"
    r"south-?eastern|north-?western|south-?western),? (?:and )?){2,3}ukraine|"
    r"(?:various|several|different|many) (?:parts|regions|areas) of (?:ukraine|the country)|"
    r"(?:in|across) the (?:south|north|east|west) and (?:the )?(?:south|north|east|west) of "
    r"ukraine|"
    # the same in Italian: "in varie parti dell'Ucraina", "in diverse parti della regione",
    # "nell'Ucraina orientale e centrale"
    r"(?:varie|diverse|molte) (?:parti|zone|aree|regioni) (?:dell'ucraina|del paese|della "
    r"regione)|nell'ucraina (?:(?:orientale|meridionale|settentrionale|occidentale|centrale|"
    r"nord-?orientale|sud-?orientale),? (?:e )?){2,3}|"
    # "killed from fighting and shelling along the war's front line", "the latest wave of
    # Russian shelling killed at least 10"
    r"along the (?:[\w']+\s+)?front(?:[- ]?line)?|lungo (?:la linea del|il) fronte|"
    r"(?:latest|new) wave of|nuova ondata di|ultima ondata di|"
    r"nationwide|(?:in|within) 24 hours|nella regione nell'ultimo giorno|"
    r"in tutt[oa]|in total|in all|altogether|complessivamente|over the (?:past|last) day|"
    r"(?:over|in) the (?:past|last) 24 hours|during the day|nel corso della giornata|"
    r"nell'arco della giornata|nelle ultime 24 ore|nell'ultimo giorno|in un giorno|in 24 ore|"
    # a month's toll ("at least 187 civilians were killed in February", "il mese scorso")
    r"(?:in|during|a|ad|nel mese di|durante)\s+(?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december|gennaio|febbraio|marzo|aprile|maggio|giugno|"
    r"luglio|agosto|settembre|ottobre|novembre|dicembre)(?!\s+\d)|last month|this month|"
    r"il mese scorso|lo scorso mese|questo mese|"
    # "killed seven civilians in the Donetsk region on Wednesday – three in Bakhmut, two in
    # …": a region's toll told with its parts by place
    r"(?:in the \w+ region|nella regione di \w+)[^-–—(.;]{0,30}(?:[–—(]|\s-)\s*\w+\s+(?:in|a)\s+"
    r"[a-z]+)"
    r"(?![\w])")


_WHOLE_REGION = re.compile(rf"(?<![\w])(?:{_WHOLE_AREA})(?![\w])")


_OWN_FORCES_STRUCK = re.compile(r"(?<![\w])(?:its|their|le sue|i suoi|le loro|i loro)\s+"
                                r"(?:forces|troops|units|military|forze|truppe|unità)\s+"
                                r"(?:had\s+|have\s+|has\s+|hanno\s+|avevano\s+)?(?:struck|hit|"
                                r"attacked|targeted|colpito|attaccato|preso di mira)(?![\w])")
_CLAUSE_END = re.compile(r"[,;–—(]|\s-\s")


_ACROSS_PLACES = re.compile(r"(?<![\w])(?:i distretti|le comunità|i villaggi|le città|"
                            r"the districts|the communities|the villages|the towns|districts of|"
                            r"distretti di)(?![\w])")


# "hanno colpito Kherson e decine di altre località della regione", "hit Nikopol and 12 other
# towns": one place named among many that the toll covers
_AND_OTHER_PLACES = re.compile(r"(?<![\w])(?:e|and)\s+(?:(?:decine|dozens|centinaia|hundreds)\s+"
                               r"(?:di|of)\s+|(?:several|many|diverse|numerose|molte|\d+)\s+)?"
                               r"(?:other|altr[ie])\s+(?:località|città|villaggi|paesi|comunità|"
                               r"centri|insediamenti|towns|villages|settlements|communities|"
                               r"localities|places)(?![\w])")

# "hit 35 settlements, among them Bilozerka and Antonivka", "18 centri abitati, tra cui
# Kupiansk e Balakliia": the places named are examples of the many the toll covers
AMONG_MANY_PLACES = re.compile(
    r"(?<![\w])(?:\d[\d.,]*|dozens of|hundreds of|decine di|centinaia di)\s+(?:[\w-]+\s+)?"
    r"(?:settlements|towns|villages|localities|communities|places|centri abitati|insediamenti|"
    r"località|città|villaggi|paesi|comunità|centri)\s*,?\s+(?:among them|among which|"
    r"including|tra cui|tra i quali|tra le quali|compres[ie])(?![\w])")


def _reading(ctx: Ctx, s: int, e: int, cumulative: object = None
             ) -> tuple[list[re.Match[str]], list[tuple[Victim, re.Match[str]]]]:
    """The attack words and the victims with their outcomes in [s, e);
    no victims where the sentence counts since a date (`cumulative`)."""
    triggers = _outcomes(ctx, s, e)
    victims = find_victims(ctx, s, e) if triggers and not cumulative else []
    linked: list[tuple[Victim, re.Match[str]]] = []
    aside: tuple[int, re.Match[str]] | None = None  # the end of an aside naming a group's members
    for v in victims:
        if aside is not None and v.start < aside[0]:
            # "killed three people – an 11-year-old girl, her mother and a man – and wounded
            # 14": the members told in the aside share the group's outcome
            linked.append((v, aside[1]))
            continue
        # "killed two civilians in Toretsk and one in Avdiivka and wounded five more": a count
        # by its place has the outcome of the count before it
        t = _own_outcome(v, triggers) or (linked[-1][1] if v.by_place and linked else None) \
            or _outcome_for(ctx, v, triggers)
        if t is not None and (v.count or 0) >= 2 and (opened := _ASIDE_OPEN.match(
                ctx.view, v.end, e)) and (close := _ASIDE_CLOSE.search(ctx.view, opened.end(), e)):
            aside = (close.start(), t)
        if t is not None and not (t.lastgroup == "missing" and "trapp" in t.group()
                                  and (v.count or 0) >= 1000):
            # (not "about 130,000 residents were still trapped in the besieged city": people
            # who cannot leave, a population, not victims missing under rubble)
            linked.append((v, t))
    if triggers and not cumulative:
        linked += _toll_parts(ctx, s, e, linked)
        linked += _counted_outcomes(ctx, s, e, linked)
        linked.sort(key=lambda x: x[0].start)  # in the text's order, as the tolls read them
        linked = _described(ctx.view, linked)
    return _attacks(ctx, s, e), linked


# a toll told before the one that replaces it: "killing at least 17 people …, raising the toll
# from the 10 dead announced after dawn", "up from 12", "rispetto ai 10 morti annunciati"
_EARLIER_TOLL = re.compile(r"(?<![\w])(?:up from|(?:raising|raised|revising|revised) "
                           r"(?:the|its) toll from|(?:rose|risen|climbed|increased|grew) from|"
                           r"rispetto a(?:i|gli|lle|l)?|(?:salit[oa]|cresciut[oa]|aumentat[oa]) "
                           r"da(?:i|gli|lle|l)?)\s+"
                           r"(?:the\s+|an?\s+|i\s+|gli\s+|le\s+)?(?:earlier\s+|previous\s+|"
                           r"initial\s+|precedenti\s+)?$")


# the people who still live somewhere, a population ("where about 1,600 residents remain",
# "dove restano circa 1.600 residenti"), not victims of the outcome told next
_REMAINING_AFTER = re.compile(r"\s+(?:still\s+)?(?:remain|remained|live|lived|are left|were left)"
                              r"(?![\w])")
_REMAINING_BEFORE = re.compile(r"(?<![\w])(?:restano|rimangono|restavano|rimanevano|vivono|"
                               r"vivevano|risiedono|(?:sono|erano) rimast[ie])\s+"
                               r"(?:(?:circa|ancora|oltre|più di|solo|appena)\s+)*$")


# "I feriti sono 79", "i morti sono due", "the dead numbered 14": the outcome, then its count
_OUTCOME_COUNTED = re.compile(
    r"(?<![\w])(?:i|gli|le|the)\s+(?P<what>morti|feriti|dispersi|uccisi|vittime|dead|injured|"
    r"wounded|missing)\s+(?:(?:della giornata|del giorno|di oggi|of the day)\s+)?(?:sono stat[ie]|"
    r"sono|erano|risultano|salgono a|sono saliti a|numbered|number|totalled|totaled|stood at|"
    r"were)\s+")


def _counted_outcomes(ctx: Ctx, s: int, e: int, linked: list[tuple[Victim, re.Match[str]]]
                      ) -> list[tuple[Victim, re.Match[str]]]:
    out = []
    for m in _OUTCOME_COUNTED.finditer(ctx.view, s, e):
        num = next((n for n in ctx.numbers(m.end(), min(e, m.end() + 30))
                    if n.start == m.end()), None)
        trig = OUTCOME_RE.match(ctx.view, m.start("what"))
        if num is None or trig is None or any(v.start <= num.start < v.end for v, _ in linked):
            continue
        out.append((Victim(num.start, num.end, int(num.value), (num.start, num.end),
                           ctx.text[num.start:num.end] if num.vague or num.qualified else None,
                           {}, m.span("what")), trig))
    return out


# "Three of the dead were in Kostiantynivka", "due dei feriti si trovavano a Bakhmut": the
# part of a toll told before that one place had
_TOLL_PART = re.compile(
    r"(?<![\w])(?:of|dei|delle|degli)\s+(?:the\s+|these\s+)?(?P<what>dead|killed|wounded|"
    r"injured|victims|morti|feriti|vittime)\s+(?:were|was|had been|erano|era|sono|si trovavano|"
    r"died|were killed|were wounded|were injured|sono stat[ie] (?:uccis|ferit)[ie])\s+"
    r"(?:[\w']+\s+){0,4}?(?:in|at|a|nel|nella|ad)\s")  # "…uccise da bombe guidate a"


# "…hanno ucciso quattro civili, tre dei quali a Kurakhove", "killing five people, three of
# them in Sloviansk": a part of the toll before it, at its own place, with its outcome
_WHOM_PART = re.compile(r"\s+(?:of whom|of them|dei quali|delle quali)\s+(?:(?:were|was|"
                        r"erano|sono stat[ie])\s+)?(?:(?:killed|wounded|injured|uccis[ie]|"
                        r"ferit[ie])\s+)?(?:in|at|a|nel|nella|ad)\s")


def _toll_parts(ctx: Ctx, s: int, e: int, linked: list[tuple[Victim, re.Match[str]]]
                ) -> list[tuple[Victim, re.Match[str]]]:
    out = []
    parts: list[tuple[Number, re.Match[str], tuple[int, int], int]] = []
    for m in _TOLL_PART.finditer(ctx.view, s, e):
        num = next((n for n in ctx.numbers(max(s, m.start() - 20), m.start())
                    if not ctx.view[n.end:m.start()].strip()), None)
        trig = OUTCOME_RE.match(ctx.view, m.start("what"))
        if num is not None and trig is not None:
            parts.append((num, trig, m.span("what"), m.end()))
    for num in ctx.numbers(s, e):
        whole = [(v, t) for v, t in linked if v.end <= num.start]
        if whole and (w := _WHOM_PART.match(ctx.view, num.end, e)) and any(
                p.start == w.end() and p.kind == "settlement" for p in ctx.places(w.end(), e)):
            parts.append((num, whole[-1][1], (num.start, num.end), w.end()))
    for num, trig, what, end in sorted(parts, key=lambda p: p[0].start):
        if any(v.start <= num.start < v.end for v, _ in linked):
            continue
        victim = Victim(num.start, what[1], int(num.value), (num.start, num.end),
                        ctx.text[num.start:num.end] if num.vague or num.qualified else None,
                        {}, what)
        out.append((victim, trig))
        # "Due dei morti si trovavano a Myrnohrad, colpita da bombe plananti, e uno a
        # Siversk": the next part, with the same outcome, at its own place
        after = [p for p in ctx.places(end, e) if p.kind == "settlement"]
        for place in after[:1]:
            more = _TOLL_PART_MORE.search(ctx.view, place.end, min(e, place.end + 60))
            nxt = next((n for n in ctx.numbers(more.start("n"), more.end("n"))), None) \
                if more else None
            if more is not None and nxt is not None:
                out.append((Victim(nxt.start, nxt.end, int(nxt.value), (nxt.start, nxt.end),
                                   None, {}, (nxt.start, nxt.end)), trig))
    return out


_TOLL_PART_MORE = re.compile(r",?\s+(?:e|and)\s+(?P<n>[\w-]+)\s+(?:a|in|ad|at)\s+(?=\S)")


def _own_report(ctx: Ctx, s: int, e: int, attacks: list[re.Match[str]]) -> int | None:
    """Where the attack of [s, e) starts a report of its own after an interception ("shot
    down 12 drones and that missiles destroyed a depot"), else None."""
    intercept = _INTERCEPT.search(ctx.view, s, e)
    if intercept is None or not attacks or attacks[0].start() < intercept.end():
        return None
    thats = list(_THAT.finditer(ctx.view, intercept.end(), attacks[0].start()))
    return thats[-1].end() if thats else None


_OTHERS_AFTER = re.compile(r"\s+(?:others|more|altri|altre)(?![\w])")


_REGION_WIDE_AFTER = re.compile(r"\s+(?:in tutta la regione|nel resto della regione|across the "
                                r"(?:rest of the )?region|throughout the region|elsewhere in the "
                                r"region)(?![\w])")


# attacks told as many ("Russian shelling and aerial attacks"), or as one ("a Russian missile
# strike on a training unit", "l'attacco russo")
_MANY_ATTACKS = re.compile(r"(?<![\w])(?:attacks|strikes|shelling|bombardments|raids|attacchi|"
                           r"bombardamenti|raid aerei)(?![\w])")
_ONE_ATTACK = re.compile(r"(?<![\w])(?:a|an|the|one|un|uno|l'|il|lo)\s*(?:[\w-]+\s+){0,3}?"
                         r"(?:strike|attack|attacco|raid|bombardamento|barrage)(?![\w])")


def _tallies(ctx: Ctx, s: int, e: int, linked: list[tuple[Victim, re.Match[str]]],
             split: int | None = None, item: tuple[int, int] | None = None) -> set[int]:
    """Indices into `linked` of the victims that are a regional or national day's toll.

    Victims joined without a comma ("killing four people and wounding 11") form one chain; a
    chain is a toll when the sentence has a tally cue, its counts are generic (two or more
    people, no age, sex or role), and its clause (from the previous chain to the next) names
    no settlement or district. A sentence with an "adding that" tail at `split` has two
    parts, each with its own cue ("two killed in Sumy, adding that it came under 87 attacks
    in 24 hours": the 24 hours are the attacks', not the victims')."""
    # "killed up to 240 Ukrainian servicemen in the Donetsk direction": losses claimed with
    # no attack told, a figure, not the victims of one strike
    losses = {i for i, (v, _) in enumerate(linked)
              if v.attrs.get("population") == "military" and (v.count or 0) >= 50}
    if losses and _attacks(ctx, s, e):  # (the attack words read only when needed)
        losses = set()
    # "uccidendo quattro civili a Bakhmut e ferendone altri sei in tutta la regione": the
    # count told over the whole region is its toll, beside the town's strike
    losses |= {i for i, (v, _) in enumerate(linked) if (v.count or 0) >= 2 and not v.age
               and not v.attrs.get("sex") and _REGION_WIDE_AFTER.match(ctx.view, v.end, e)}
    # "killing five civilians in Bakhmut, Avdiivka and Lyman and wounding nine others": a toll
    # spread over a list of towns, the counts told with it its own
    for i, (v, _) in enumerate(linked):
        if (v.count or 0) >= 2 and not v.age and not v.attrs.get("sex") \
                and (towns := _towns_listed_after(ctx, v.end, e)) is not None:
            losses.add(i)
            losses |= {j for j, (w, _) in enumerate(linked[i + 1:], i + 1)
                       if 0 <= w.start - towns <= 30 and "," not in ctx.view[towns:w.start]}
    # "Shelling by Russian forces over the weekend killed at least seven civilians": a toll
    # in an item that names no place at all is the country's
    nowhere = item is not None and _MANY_ATTACKS.search(ctx.view, s, e) is not None \
        and _ONE_ATTACK.search(ctx.view, s, e) is None and not ctx.places(*item)
    if not nowhere and not _TALLY_CUE.search(ctx.view, s, e):
        return losses
    split = split or e
    cued = (True, True) if nowhere else (_TALLY_CUE.search(ctx.view, s, split) is not None,
                                         _TALLY_CUE.search(ctx.view, split, e) is not None)
    chains: list[list[int]] = []
    for i, (v, _) in enumerate(linked):
        prev = linked[i - 1][0] if i else None
        if prev and "," not in ctx.view[prev.end:v.start] and v.start - prev.end <= 40 \
                and not (v.count_span and _OTHERS_AFTER.match(ctx.view, v.count_span[1])):
            chains[-1].append(i)
        else:
            chains.append([i])
    out: set[int] = set()
    for n, chain in enumerate(chains):
        if not cued[linked[chain[0]][0].start >= split]:
            continue
        # (a soldier's role is his side's, not a description: "210 servicemen" is a toll)
        # (one person in a chain of counts is generic too: "uccidendo una persona e
        # ferendone 14")
        if any(linked[i][0].age or linked[i][0].attrs.get("sex")
               or (linked[i][0].attrs.get("role")
                   and linked[i][0].attrs.get("population") != "military")
               for i in chain) or all((linked[i][0].count or 0) < 2 for i in chain):
            continue
        first, last = linked[chain[0]], linked[chain[-1]]
        if any(c[0] in out for c in chains[:n]) and first[0].count_span is not None \
                and _OTHERS_AFTER.match(ctx.view, first[0].count_span[1]):
            # "killed seven civilians … – three in Bakhmut and two in Soledar – and wounded 11
            # others": the others are the toll's, not its last place's
            out.update(chain)
            continue
        lo = max(linked[chains[n - 1][-1]][0].end, linked[chains[n - 1][-1]][1].end()) \
            if n else s
        hi = min(linked[chains[n + 1][0]][0].start, linked[chains[n + 1][0]][1].start()) \
            if n + 1 < len(chains) else e
        # the chain's clause ends at the next comma: "..., the governor said, including a
        # man killed in Avdiivka" names a place of one strike, not of the toll
        cut = _CLAUSE_END.search(ctx.view, max(last[0].end, last[1].end()), hi)
        hi = cut.start() if cut else hi
        if n:  # ... and begins after the last comma before it: "due civili a Bakhmut, ha
            # detto il governatore, secondo cui in tutta la regione ci sono stati cinque morti"
            commas = [m.end() for m in _CLAUSE_END.finditer(
                ctx.view, lo, min(first[0].start, first[1].start()))]
            lo = commas[-1] if commas else lo
        lo, hi = min(lo, first[0].start, first[1].start()), max(hi, last[0].end)
        places = ctx.places(lo, hi)
        loc = resolve(places, {}, ctx.text)
        # "i distretti di Nikopol e Synelnykove": a toll spread over several places
        spread = (len({m.start for m in places if m.kind != "region" or not m.as_region}) >= 2
                  and _ACROSS_PLACES.search(ctx.view, lo, hi) is not None) \
            or _town_list(ctx.view, places) is not None \
            or _AND_OTHER_PLACES.search(ctx.view, lo, hi) is not None \
            or AMONG_MANY_PLACES.search(ctx.view, lo, hi) is not None
        if (loc.settlement is None and loc.district is None) or spread:
            out.update(chain)
    return out | losses


_IN_TOWNS = re.compile(r"\s+(?:in|a|ad|tra|between)\s+")


def _towns_listed_after(ctx: Ctx, pos: int, e: int) -> int | None:
    """Where a list of three or more towns right after `pos` ends ("… civilians in Bakhmut,
    Avdiivka and Lyman"), if there is one."""
    view = ctx.view
    if (at := _IN_TOWNS.match(view, pos, e)) is None:
        return None
    places = ctx.places(at.end(), e)
    return _town_list(view, places) if places and places[0].start == at.end() else None


def _town_list(view: str, places: list[PlaceMention]) -> int | None:
    """Where a list of three or more towns ends among `places`, if they name one."""
    towns = [m for m in places if m.kind != "region"]
    first = 0
    for k in range(1, len(towns) + 1):
        if k == len(towns) or not LIST_JOIN.fullmatch(view, towns[k - 1].end, towns[k].start):
            if k - first >= 3:
                return towns[k - 1].end
            first = k
    return None


def _weapon(ctx: Ctx, start: int, end: int) -> tuple[str, tuple[int, int]] | None:
    """The first weapon named in [start, end) (the longest form where several start there)."""
    key = ("weapon", start, end)
    if key not in ctx.memo:
        ctx.memo[key] = _first_weapon(ctx, start, end)
    return ctx.memo[key]  # type: ignore[return-value]


def _striking_weapon(ctx: Ctx, start: int, end: int) -> bool:
    """Whether a weapon named in [start, end) struck: weapons that air defences destroyed
    killed no one ("destroyed 30 Ukrainian drones …, and that its forces had killed up to 120
    Ukrainian soldiers"); a weapon used to destroy did ("distrutto con i lanciarazzi")."""
    if _weapon(ctx, start, end) is None:
        return False
    view = ctx.view
    return any(weapon_of(m.group()) is not None and not _HIT_SYSTEM.match(view, m.end(), end)
               and not _DOWNED_BEFORE.search(view, max(start, m.start() - 50), m.start())
               for m in weapon_re().finditer(view, start, end))


# "i bombardamenti russi", "hanno bombardato la città": machine translation's word for
# shelling, artillery when the clause names no other weapon (not "bombardamento aereo")
_SHELLED = re.compile(r"(?<![\w])(?:bombardament[oi](?!\s+(?:aere|missilistic))|"
                      r"bombardat[oaie]|bombardando)(?![\w])")
# a general word and a more exact one right after it: "razzi Grad" is MLRS, "un attacco
# aereo con bombe guidate" a guided bomb
_MORE_EXACT = {"rocket": ("mlrs",), "airstrike": ("guided_bomb", "aerial_bomb", "missile")}


def _first_weapon(ctx: Ctx, start: int, end: int) -> tuple[str, tuple[int, int]] | None:
    first: tuple[str, tuple[int, int]] | None = None
    for m in weapon_re().finditer(ctx.view, start, end):
        if _HIT_SYSTEM.match(ctx.view, m.end(), end) or _COUNTED_LOSS.search(
                ctx.view, max(start, m.start() - 160), m.start()):
            continue  # "hit a Russian S-400 air defence system", "destroyed one tank and 214
            # drones": what was hit, not with what
        weapon = weapon_of(m.group())
        if first is None:
            if weapon is None:
                return None
            first = (weapon, m.span())
            if weapon not in _MORE_EXACT:
                return first
        elif m.start() - first[1][1] <= 40 and weapon in _MORE_EXACT[first[0]]:
            return weapon, m.span()
        else:
            break
    return first


# "it destroyed one Russian tank, three armoured combat vehicles and 214 drones": weapons
# counted among the losses a side claims
_COUNTED_LOSS = re.compile(r"(?<![\w])(?:destroyed|destroying|lost|distrutt[oiae]|perso)\s+"
                           r"[^.;:]{0,150}?(?<![\w])(?:\d[\d,.]*|one|two|three|four|five|six|"
                           r"seven|eight|nine|ten|un|una|due|tre|quattro|cinque)\s+"
                           r"(?:[\w-]+\s+){0,2}$")
# "hit a Russian S-400 air defence system", "destroyed 21 artillery units": what was hit
_HIT_SYSTEM = re.compile(r"\s+(?:air[ -]defen[cs]e\s+|missile\s+|di difesa aerea\s+)?"
                         r"(?:systems?|launchers?|battery|batteries|complex|units?|pieces?|"
                         r"sistem[ai]|lanciator[ei]|batteri[ae]|unità|pezzi)(?![\w])")


# an attack word right before a place's kind: "shelled the border village of", "l'attacco sul
# villaggio di", "hit the town of"
_PLACE_HIT = re.compile(r"(?<![\w])(?:shell\w*|hit|struck|strikes? on|attack\w* on|attacked|"
                        r"bombed|bombard\w+|pounded|targeted|fired on|colpit\w+|bombardat\w+|"
                        r"attacc\w+ (?:su|contro)(?:l|lo|la|l')?|(?:sul|sulla|contro il|contro la))"
                        r"\s+(?:the\s+|il\s+|la\s+|l')?(?:(?:border|frontline|front-line|small|"
                        r"southern|northern|eastern|western|di confine|frontaliero)\s+)?$")
_DAMAGED_BEFORE = re.compile(r"(?<![\w])(?:damag\w+|destroy\w+|danneggi\w+|distrugg\w+|"
                             r"distrutt\w+)\s+(?:(?:at least|more than|about|some|almeno|oltre|"
                             r"circa)\s+)?(?:[\w'-]+\s+){0,2}$")


# people a strike is aimed at only when the text says so: "a second strike targeting rescuers"
_CREWS = frozenset({"rescuers", "rescue team", "rescue teams", "emergency crews",
                    "emergency workers", "firefighters", "first responders"})
_AIMED_AT = re.compile(r"(?<![\w])(?:target\w*|hit|struck|on|at|against|contro|su[li]?)\s+"
                       r"(?:the\s+|i\s+|gli\s+|le\s+)?(?:[\w'-]+\s+){0,2}$")


_PLACE_NOUNS = frozenset({"village", "city", "town", "villages", "cities", "towns"})


def _target(ctx: Ctx, start: int, end: int) -> tuple[str, tuple[int, int]] | None:
    pat, table = target_re()
    orgs = None
    for m in pat.finditer(ctx.view, start, end):
        label = table[m.group()]
        if label in _PLACE_NOUNS and not _PLACE_HIT.search(
                ctx.view, max(start, m.start() - 40), m.start()):
            continue  # "shelled the border village of Velyka Pysarivka": the place is hit
        if _DAMAGED_BEFORE.search(ctx.view, max(start, m.start() - 30), m.start()):
            continue  # "…, damaging three houses": what was damaged, not what was aimed at
        if label in _CREWS and not _AIMED_AT.search(ctx.view, max(start, m.start() - 30),
                                                    m.start()):
            continue  # "wounding a police officer and two rescuers": victims, not a target
        if orgs is None:
            orgs = [(o.start, o.end) for o in find_orgs(ctx.view, start, end)]
        if any(a < m.end() and m.start() < b for a, b in orgs):
            continue  # "the regional operational headquarters said": a source, not a target
        return label, m.span()
    return None


def _population(attrs: dict[str, str]) -> str:
    return attrs.get("population", "civilian")


def extract_incidents(ctx: Ctx, item: int, segs: list[tuple[int, int]]) -> list[Draft]:
    """Strike and casualty drafts for one item, split into sentences `segs`."""
    view = ctx.view
    it = ctx.bulletin.items[item]
    out: list[Draft] = []
    strike: Draft | None = None
    # the item's regions, read when first needed
    context_regions: dict[str, tuple[int, int]] | None = None
    for s, e, said_end, src in _split_attacks(ctx, segs):
        tail = TAIL.search(view, s, e)
        if tail and _WHILE_DOING.match(view, tail.end(), e):
            # "hit a fire engine while rescuers were putting out a blaze, wounding three of
            # them": a scene of the attack, not a tail of its own
            tail = TAIL.search(view, tail.end(), e)
        core_end = tail.start() if tail else e
        attacks, linked = _reading(ctx, s, core_end, _cumulative(view, s, e))
        # what an "adding that" tail reads on its own, when the sentence before it has nothing
        told = _reading(ctx, tail.end(), e) if tail and not linked and not attacks else None
        if told is not None and tail is not None and (
                _attacks(ctx, tail.end(), e) or _weapon(ctx, tail.end(), e)
                # "…, aggiungendo che un uomo di 67 anni è stato ucciso nel villaggio di
                # Bilenke": victims at a place of their own
                or (told[1] and any(p.kind in ("settlement", "district")
                                    for p in ctx.places(tail.end(), e)))):
            # "Russian troops attacked 10 towns 386 times, the governor said, adding that a
            # drone had hit a house in Huliaipole, killing a man": the tail is the strike
            s, core_end, tail = tail.end(), e, None
            attacks, linked = told
        own_report = _own_report(ctx, s, core_end, attacks)
        if own_report is not None and all(v.start >= own_report for v, _ in linked):
            # "air defences shot down 12 drones and that missiles destroyed a depot in
            # Kostiantynivka": the attack is a report of its own, after the interception
            s = own_report
            attacks, linked = _reading(ctx, s, core_end)
        if tail and linked:  # "..., while 11 people were still missing": the tail's own victims
            late = _outcomes(ctx, core_end, e)
            # "..., adding that attacks had killed six people across the region": a toll
            toll = _TALLY_CUE.search(view, core_end, e) is not None
            # "…, while artillery fire wounded a woman in Marhanets": an attack of its own
            own_attack = bool(_weapon(ctx, core_end, e) or _attacks(ctx, core_end, e))
            linked += [(v, t) for v in find_victims(ctx, core_end, e)
                       if (t := _own_outcome(v, late) or _own_passive(ctx, v, late)
                           or ((toll or own_attack) and _outcome_for(ctx, v, late)))]
        if not linked and not attacks:
            if strike is not None:  # "No casualties were reported." after the attack
                _zeros(strike, _NO_CASUALTIES.search(view, s, e))
            if tail and _TALLY_CUE.search(view, s, core_end):
                # "519 attacchi … nell'ultimo giorno, aggiungendo che una persona è stata
                # uccisa e cinque sono rimaste ferite": the day's toll of the tally's region
                for v, trig in (told or _reading(ctx, tail.end(), e))[1]:
                    if not v.age and not v.attrs.get("sex"):
                        ctx.tallies[v.count_span or v.noun_span] = trig.lastgroup or "killed"
            continue
        intercept = _INTERCEPT.search(view, s, core_end)  # not in an "adding that" tail
        if intercept and _DEBRIS_OF.search(view, max(s, intercept.start() - 40),
                                           intercept.start()):
            intercept = None  # "debris from a downed drone set fire to grain silos": a strike
        if intercept and (but := _BUT.search(view, intercept.end(), core_end)) \
                and _attacks(ctx, but.end(), core_end):
            intercept = None  # "shot down six drones over Feodosia, but a fuel depot was hit
            # and caught fire", "ma i detriti sono caduti sul tetto di un asilo": a strike too
        if not linked and intercept:
            continue
        if not linked and (cum := _cumulative(view, s, core_end)) \
                and not _ORDINAL_BEFORE.search(view, max(s, cum.start() - 50), cum.start()):
            # "attacks since March have knocked out 9 GW": many attacks, a figure; not "…, il
            # 14° attacco contro le sue strutture dall'inizio dell'anno", the count so far
            continue
        if not linked and _WHOLE_REGION.search(view, s, core_end) and not any(
                p.kind == "settlement" for p in ctx.places(s, core_end)):
            # "Ukrainian attacks damaged 23 homes across the region over the past day": the
            # region's tally, a figure; not more of the strike told before it
            continue
        if not linked and (share := _SHARE_HIT.search(view, s, core_end)) \
                and not _LEAVING.search(view, max(s, share.start() - 45), share.start()):
            # "strikes had damaged about 30 percent of the grid": a share, a figure; not
            # "hit energy facilities in Lviv, leaving about 30% of the city without power"
            continue
        # a report of its own names its own side, or its reporter's (below), not the item's
        side = _attackers(ctx, s, core_end) or (
            [] if own_report is not None else _item_attackers(ctx, it))
        # soldiers killed in fighting, as one side claims, are its losses: a figure
        # ("An Australian man has been killed fighting in Ukraine": a volunteer's death in
        # combat, whatever his count)
        tally = {i for i, (v, t) in enumerate(linked)
                 if (v.attrs.get("population") == "military" and (v.count or 0) >= 2)
                 or _IN_COMBAT.match(view, t.end(), core_end)}
        # (whatever weapon the sentence names, when its count is a day's: "struck the bridge
        # with HIMARS rockets, and that they had killed 51 Russian soldiers … over the past day")
        armed = bool(tally) and _striking_weapon(ctx, s, core_end)
        if tally and (not armed or (all((linked[i][0].count or 0) >= 10 for i in tally)
                                    and _told_of_a_day(view, s, core_end))):
            for i in tally:
                ctx.tallies[linked[i][0].count_span or linked[i][0].noun_span] = \
                    "military_losses"
            linked = [x for i, x in enumerate(linked) if i not in tally]
            if not linked:
                continue
        if tally := _tallies(ctx, s, e, linked, core_end, (it.start, it.end)):
            parts: list[tuple[int, int]] = []
            for i in tally:
                v, trig = linked[i]
                ctx.tallies[v.count_span or v.noun_span] = (
                    "military_losses" if v.attrs.get("population") == "military"
                    else trig.lastgroup or "killed")
                # "five civilians – three in Kramatorsk and one each in Bakhmut and
                # Vuhledar": the toll's parts by place are strikes of their own
                if v.attrs.get("population") != "military":
                    out += _breakdown(ctx, item, v, trig, (s, e, said_end), parts)
            last = max(linked[i][0].end for i in tally)
            linked = [x for i, x in enumerate(linked) if i not in tally
                      and not any(a <= x[0].start < b for a, b in parts)]
            # "…killed three civilians over the past day, including a 57-year-old man killed
            # by shelling in Avdiivka": the victims the toll includes, named with their own
            # outcome and place, are strikes' casualties of their own
            if (inc := _TOLL_INCLUDES.search(view, last, core_end)) is not None:
                marks = _outcomes(ctx, inc.end(), core_end)
                named = {x[0].start for x in linked}
                linked += [(v, t) for v in find_victims(ctx, inc.end(), core_end, subsets=True)
                           if v.start not in named
                           and not any(a <= v.start < b for a, b in parts)
                           and (t := _own_outcome(v, marks) or _own_passive(ctx, v, marks)
                                or _outcome_after(ctx, v, marks))]
                linked.sort(key=lambda x: x[0].start)
            if not linked:
                continue  # the day's toll is a figure; the strikes are reported apart
        if not linked and (not attacks or intercept):
            continue
        places = ctx.places(s, core_end)
        if not linked and not side and not _weapon(ctx, s, core_end) and not (
                # "its forces had struck the Novokuibyshevsk refinery": the source's own side
                # hit a named target at a named place
                _OWN_FORCES_STRUCK.search(view, s, core_end)
                and any(p.kind == "settlement" for p in places)
                and _target(ctx, s, core_end) is not None) and not (
                # "explosions were heard in the cities of Kherson and Odesa": blasts in a
                # named town, whoever caused them
                _BLASTS.search(view, s, core_end)
                and any(p.kind == "settlement" or not p.as_region for p in places)):
            continue
        if context_regions is None:
            context_regions = ctx.item_regions(it.start)
        loc = resolve(places, context_regions, ctx.text)
        # a place the strike does not already cover ("Samara governor" after a refinery in
        # the Samara region covers nothing new)
        new_place = strike is not None and places and (
            (loc.settlement is not None and loc.settlement != strike.fields.get("settlement"))
            # "…, while shelling damaged a substation in the Shebekino district"
            or (loc.settlement is None and loc.district is not None
                and loc.district != strike.fields.get("district"))
            or loc.region_code != strike.fields.get("region_code"))
        # "Circa un'ora dopo, un drone russo ha colpito lo stesso quartiere": a later attack
        # by another weapon, on the same place, is a strike of its own
        later = strike is not None and attacks and _LATER.match(view, s, core_end) \
            and (arm := _weapon(ctx, s, core_end)) is not None \
            and strike.fields.get("weapon") not in (None, arm[0])
        # "…, while a man was killed in a separate attack": a strike of its own, same place
        separate = strike is not None and attacks and not places \
            and _SEPARATE_ATTACK.search(view, s, core_end) is not None
        later = bool(later) or separate
        created = strike is None or bool(new_place and (linked or attacks)) or bool(later)
        if created:
            before = strike
            strike = Draft("strike", s, e, key=f"{item}:{s}")
            out.append(strike)
            _locate(strike, loc)
            if later and before is not None and not places:
                for name in (*_PLACE_FIELDS, "date"):  # the same place, the same day
                    strike.unset(name)
                    strike.set(name, before.fields.get(name), before.spans.get(name))
        else:
            assert strike is not None
            strike.end = max(strike.end, e)
        if side and "perpetrator" not in strike.fields:
            strike.set("perpetrator", side[0][0], (side[0][1], side[0][2]))
        if "weapon" not in strike.fields and (arm := _weapon(ctx, s, core_end)):
            strike.set("weapon", arm[0], arm[1])
        elif "weapon" not in strike.fields and (shelled := _SHELLED.search(view, s, core_end)):
            strike.set("weapon", "artillery", shelled.span())
        if "target" not in strike.fields and (aim := _target(ctx, s, core_end)):
            strike.set("target", aim[0], aim[1])
        if "damage" not in strike.fields and (dm := find_damage(ctx, s, core_end)):
            strike.set("damage", dm[0], dm[1])
        if "date" not in strike.fields and (day := find_date(ctx, s, core_end)):
            strike.set("date", day[0], day[1])
        if "date" not in strike.fields and (same := _SAME_DAY.search(view, s, core_end)) and (
                before := next((d for d in reversed(out) if d.kind == "strike" and d is not strike
                                and "date" in d.fields), None)):
            strike.set("date", before.fields["date"], same.span())  # "the same day"
        if "period" not in strike.fields and (per := find_period(view, s, core_end)):
            strike.set("period", per[0], per[1])
        _sources(ctx, strike, src, said_end, (it.start, it.end))
        if "perpetrator" not in strike.fields and (own := _OWN_STRIKE.get(
                (str(strike.fields.get("reported_by")), str(strike.fields.get("country"))))):
            # Russia's defence ministry reporting a hit in Ukraine reports its own strike
            strike.set("perpetrator", own, strike.spans.get("reported_by"))
        if "perpetrator" not in strike.fields and (its := _ITS_ARMS.search(view, s, core_end)) \
                and (own := _REPORTERS_SIDE.get(str(strike.fields.get("reported_by")))):
            # "Russia's defence ministry says its high-precision missiles struck …"
            strike.set("perpetrator", own, its.span())
        _zeros(strike, _NO_CASUALTIES.search(view, s, said_end))
        # "killing a nurse in Kherson and a man in the village of Bilozerka": one strike each
        # (a victim in an "adding that" tail may name its own place there)
        groups = _by_own_place(ctx, linked, ctx.places(s, e), context_regions) if created else []
        if len(groups) < 2:
            # "hit an industrial site in Kharkiv and a school in Chuhuiv", "shelled the
            # villages of A, B and C": one strike at each place hit
            more = _more_places(ctx, places, context_regions, strike) if created else []
            if groups and (at := groups[0][0]) is not None and any(
                    there.settlement == at.settlement for there, _ in more):
                # "pounded Marhanets and Nikopol, wounding a man in Nikopol": the victims'
                # own place is the strike's; the other places are strikes of their own
                _locate(strike, at, replace=True)
                more = _more_places(ctx, places, context_regions, strike)
            _casualties(out, strike, linked)
            for n, (there, gap) in enumerate(more):
                other = _sibling(strike, f"{item}:{s}:p" + (str(n) if n else ""))
                _locate(other, there, replace=True)
                if gap is not None:  # "… and a school in Chuhuiv": what was hit there
                    other.unset("target")
                    if aim := _target(ctx, gap[0], gap[1]):
                        other.set("target", aim[0], aim[1])
                out.append(other)
                # "killed two civilians each in Pokrovsk and Kurakhove": as many at each
                _casualties(out, other, [(v, t) for v, t in linked
                                         if _EACH_AFTER.match(view, v.end, core_end)])
            continue
        for n, (at, members) in enumerate(groups):
            here = strike if n == 0 else _sibling(strike, f"{item}:{s}:{n}")
            if n:
                out.append(here)
            if at is not None:
                _locate(here, at, replace=True)
            if n and members and (arm := _weapon(ctx, max(s, members[0][1].start() - 60),
                                                members[0][0].start)) is not None \
                    and arm[1][0] >= core_end:
                # "…, while artillery fire wounded a woman in Marhanets": its own weapon
                here.set("weapon", arm[0], arm[1])
                here.unset("target")
            _casualties(out, here, members)
    out = _group_told_by_its_members(view, it.start, it.end, out)
    # a strike with no place, victims or damage, and not both a weapon and a target ("on the
    # day of the hospital strike", "l'attacco missilistico di martedì dimostra che …") is an
    # attack told elsewhere, not one this item reports
    bare = {d.key for d in out if d.kind == "strike" and not any(
        name in d.fields for name in (*_PLACE_FIELDS, "killed", "injured", "damage"))
        and not ("target" in d.fields and "weapon" in d.fields)}
    # ... and one that only names the place of another strike of its sentence with victims
    # ("tre dei quali a Kurakhove e uno a Myrnohrad": Myrnohrad's strike is told once)
    bare |= {d.key for d in out if d.kind == "strike" and not any(
        name in d.fields for name in ("weapon", "target", "killed", "injured", "damage"))
        and any(o is not d and o.kind == "strike" and o.start == d.start
                and o.fields.get("settlement") == d.fields.get("settlement") is not None
                and ("killed" in o.fields or "injured" in o.fields) for o in out)}
    return [d for d in out if d.key not in bare]


# "Two people were killed … The dead were a 64-year-old man and a 60-year-old woman": the
# group is told again person by person, one row each in place of the group's
_MEMBERS_TOLD = re.compile(r"(?<![\w])(?:the dead|those killed|the victims|the injured|"
                           r"the wounded|i morti|le vittime|i feriti)\s+(?:were|are|included|"
                           r"erano|sono)\s")


def _group_told_by_its_members(view: str, start: int, end: int, out: list[Draft]
                               ) -> list[Draft]:
    # (the members' words, where they stand, and the outcome they share)
    tellings: list[tuple[int, int, str | None]] = []
    for m in _MEMBERS_TOLD.finditer(view, start, end):
        stop = view.find(".", m.end(), end)
        tellings.append((m.start(), end if stop < 0 else stop, "injured" if m.group().startswith(
            ("the injured", "the wounded", "i feriti")) else "killed"))
    for d in out:  # "killed three people – an 11-year-old girl, her mother and a man –"
        if d.kind == "casualty" and (aside := _ASIDE_OPEN.match(view, d.end, end)):
            close = _ASIDE_CLOSE.search(view, aside.end(), end)
            tellings.append((aside.end(), close.start() if close else end, None))
    for lo, hi, outcome in tellings:
        members = [d for d in out if d.kind == "casualty" and lo < d.end <= hi
                   and (outcome is None or d.fields.get("outcome") == outcome)]
        group = next((d for d in reversed(out) if d.kind == "casualty" and d.end <= lo
                      and d.fields.get("outcome") == (outcome or members[0].fields.get("outcome"))
                      and "age" not in d.fields and "sex" not in d.fields
                      and "count_text" not in d.fields), None) if members else None
        told = sum(int(str(d.fields.get("count", 1))) for d in members)
        if group is not None and len(members) >= 2 and group.fields.get("count") == told:
            out = [d for d in out if d is not group]
            name = str(group.fields.get("outcome"))
            for strike in out:  # its toll counted them twice
                if strike.kind == "strike" and strike.key == group.key \
                        and strike.fields.get(name) == 2 * told:
                    strike.fields[name] = told
    return out


_ASIDE_OPEN = re.compile(r"\s*(?:[–—:(]|\s-)\s*")
_ASIDE_CLOSE = re.compile(r"[–—)]|\s-\s")


_AND_ANOTHER = re.compile(r"\s+(?:and|e|ed)\s+(?:a|an|the|un|una|uno|il|la|lo|l'|gli|le|i)\s*"
                          r"(?:[\w'-]+\s+){0,3}?(?:in|at|near|a|nel|nella|vicino a)\s+")


# one part of a toll by place, in a dash or bracket aside after it: "– three in Kramatorsk",
# "(due a Pokrovsk", "and one each in Bakhmut"
_PART = re.compile(r"\s*(?:[–—(:]|\s-|,|\band\b|\be\b|\bincluding\b|\btra cui\b|\bdi cui\b)"
                   r"\s*(?P<n>[\w.,]+)(?P<each>\s+(?:each|ciascuno|ciascuna))?"
                   # "…, three of them in Bakhmut and two in Avdiivka"
                   r"(?:\s+(?:of them|of whom|dei quali|delle quali|di loro))?\s+"
                   r"(?:in|a|ad|at|nel|nella|nello)\s+(?:the\s+(?:village|town|city)\s+of\s+|"
                   r"(?:villaggio|città) di\s+|"
                   # "two of them in a glide-bomb attack on Toretsk", "due dei quali in un
                   # attacco con bombe plananti su Toretsk"
                   r"(?:an?|un|una)\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|attacco|raid)\s+"
                   r"(?:(?:with|con)\s+(?:[\w-]+\s+){1,3}?)?(?:on|against|su|contro)\s+)?")


def _breakdown(ctx: Ctx, item: int, toll: Victim, trig: re.Match[str],
               sentence: tuple[int, int, int], parts: list[tuple[int, int]]) -> list[Draft]:
    """Strikes and casualty rows for the parts of a day's toll named by place right after it
    (the toll stays a figure); the spans of the parts are added to `parts`."""
    s, e, said_end = sentence
    view, out = ctx.view, []
    places = [m for m in ctx.places(toll.end, e) if m.kind != "region" or not m.as_region]
    numbers = {n.start: n for n in ctx.numbers(toll.end, e)}
    at = _TOLL_PLACE.match(view, toll.end, e)
    pos = at.end() if at else toll.end
    # the first part within a few words of the toll ("…, tra cui tre a Pokrovsk"), the next
    # ones right after it ("e due a Myrnohrad")
    m = _PART.search(view, pos, min(e, pos + 80))
    while m is not None:
        n = numbers.get(m.start("n"))
        here = [p for p in places if p.start == m.end()]
        if n is None or not here:
            break
        chained = [here[0]]  # "one each in Bakhmut and Vuhledar"
        if m.group("each"):
            for p in places:
                if p.start > chained[-1].end and re.fullmatch(
                        r"\s*(?:,|and|e)\s*", view[chained[-1].end:p.start]):
                    chained.append(p)
        for place in chained:
            loc = resolve([place], {}, ctx.text)
            if loc.settlement is None:
                continue
            strike = Draft("strike", s, e, key=f"{item}:{s}:{place.start}")
            _locate(strike, loc)
            if side := _attackers(ctx, s, e):
                strike.set("perpetrator", side[0][0], (side[0][1], side[0][2]))
            if w := _weapon(ctx, s, e):
                strike.set("weapon", w[0], w[1])
            if per := find_period(view, s, e):
                strike.set("period", per[0], per[1])
            if day := find_date(ctx, s, e):  # "killed five … on Wednesday, three of them in …"
                strike.set("date", day[0], day[1])
            _sources(ctx, strike, s, said_end, (s, said_end))
            out.append(strike)
            _casualties(out, strike, [(Victim(n.start, place.end, int(n.value),
                                              (n.start, n.end), None, toll.attrs,
                                              (n.start, n.end)), trig)])
        parts.append((m.start("n"), chained[-1].end))
        m = _PART.match(view, chained[-1].end, e)
    return out


# "five civilians in the Donetsk region": the toll's own place, before its parts
_TOLL_PLACE = re.compile(r"\s+(?:in|across|nella|in tutta)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?"
                         r"(?:region|oblast|regione)(?![\w])(?:\s+(?:of|di)\s+[\w'-]+)?")
_PLACES_OF = re.compile(r"(?:(?:villages|towns|settlements|cities|communities|villaggi|città|"
                        r"cittadine|località|insediamenti|comunità)\s+(?:of|di)|"
                        # "oil refineries in Ilsky and Afipsky", "le raffinerie di Ilsky e …"
                        r"(?:refineries|raffinerie(?: di petrolio)?|oil depots|depositi di "
                        r"petrolio|airfields|aeroporti|airbases|basi aeree|substations|"
                        r"sottostazioni)\s+(?:in|at|near|of|di|a|presso))\s+$")
_AND_ONLY = re.compile(r"\s+(?:and|e|ed)\s+")


def _more_places(ctx: Ctx, places: list[PlaceMention], context: dict[str, tuple[int, int]],
                 strike: Draft) -> list[tuple[Location, tuple[int, int] | None]]:
    """Further places hit in the strike's clause, each with the span of what was hit there
    (None when what was hit is the strike's own): "... in Kharkiv and a school in Chuhuiv",
    "shelled the villages of A, B and C", "hit Kharkiv and Sumy"."""
    view = ctx.view
    out: list[tuple[Location, tuple[int, int] | None]] = []
    had = {strike.fields.get("settlement")}
    listed = False  # inside a list of places named together
    for a, b in pairwise(m for m in places if m.kind == "settlement" or not m.as_region):
        join = _AND_ANOTHER.match(view, a.end, b.start)
        if LIST_JOIN.fullmatch(view, a.end, b.start) and (
                listed
                or _PLACES_OF.search(view, max(0, a.start - 30), a.start)
                or _EACH.search(view, max(0, a.start - 16), a.start)
                or _HIT_RIGHT_BEFORE.search(view, max(0, a.start - 20), a.start)):
            listed, gap = True, None
        elif join is not None and join.end() == b.start:
            listed, gap = False, (a.end, b.start)
        else:
            listed = False
            continue
        for m in (a, b) if gap is None else (b,):
            loc = resolve([m], context, ctx.text)
            if loc.settlement is not None and loc.settlement not in had:
                had.add(loc.settlement)
                out.append((loc, gap))
    return out


# "Russian drones hit Kharkiv and Sumy": the places a verb of striking names as its objects
_HIT_RIGHT_BEFORE = re.compile(r"(?<![\w])(?:hit|struck|shelled|pounded|bombed|targeted|attacked|"
                               r"colpito|colpiti|bombardato|attaccato)\s+$")


# the side of a military body that reports strikes, when it speaks of "its" forces or weapons
_REPORTERS_SIDE = {"Russian Ministry of Defence": "RU", "Ukrainian military": "UA",
                   "General Staff of the Armed Forces of Ukraine": "UA", "Ukrainian Navy": "UA",
                   "Ukrainian Air Force": "UA", "Security Service of Ukraine": "UA",
                   "Russian government": "RU", "Ukrainian government": "UA"}
# (the body, the country hit) -> the side that struck: a body reporting a hit on the other
# side reports its own strike (not the air force, which reports the strikes it fends off)
_OWN_STRIKE = {(body, "UA" if side == "RU" else "RU"): side
               for body, side in _REPORTERS_SIDE.items() if body != "Ukrainian Air Force"}
_ITS_ARMS = re.compile(r"(?<![\w])(?:its|their|i suoi|le sue|i propri|le proprie)\s+"
                       r"(?:[\w-]+\s+){0,2}?(?:forces|troops|missiles|drones|aircraft|jets|"
                       r"artillery|units|forze|truppe|missili|droni|aerei|unità)(?![\w])")
# "depots of Ukrainian forces", "le posizioni delle truppe russe": whose the target is
_OWNER_BEFORE = re.compile(r"(?<![\w])(?:of|di|dei|degli|delle|della|del|dello)\s+(?:the\s+)?$")


def _attackers(ctx: Ctx, s: int, e: int) -> list[tuple[str, int, int]]:
    """The armed sides named in [s, e), but not a target's owner ("hit depots of Ukrainian
    forces", said Russia's ministry: the attacker is not Ukraine)."""
    view = ctx.view
    places = None
    out = []
    for x in ctx.sides(s, e):
        if view.startswith("'s", x[2] - 2):
            # "Kyiv's Darnytskyi district", "Ukraine's Odesa region": the place hit, not who
            # hit it
            places = ctx.places(s, e) if places is None else places
            if any(0 <= p.start - x[2] <= 1 for p in places):
                continue
        out.append(x)
    return [x for x in out
            if (not _OWNER_BEFORE.search(view, max(s, x[1] - 12), x[1])
                # "a wave of Russian drones": the weapons' side, which attacks
                or weapon_re().match(view, x[2] + 1 if view.startswith(" ", x[2]) else x[2]))
            # "…, killing up to 50 Ukrainian soldiers": the victims' side, not the attacker's
            # (not "killed by Russian shelling")
            and not _HURT_BEFORE.search(view, max(s, x[1] - 40), x[1])
            # "its missiles struck nine Ukrainian military targets": the targets' side
            and not _ITS_TARGETS.match(view, x[2])]


# "Ukraine's military said …": the side that tells, not the one that attacks
_SIDE_TELLS = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:said|says|reported|claimed|announced|told|"
                         r"stated|ha detto|ha riferito|ha dichiarato|ha annunciato|ha "
                         r"affermato|riferisce|afferma)(?![\w])")


def _item_attackers(ctx: Ctx, it: Item) -> list[tuple[str, int, int]]:
    """The armed sides of the whole item, for a sentence that names none: not one that only
    tells ("Ukraine's military said it shot down 10 of 17 drones launched by Russia. … three
    drones had struck": Russia's), unless it is the only one."""
    found = _attackers(ctx, it.start, it.end)
    acting = [x for x in found if not _SIDE_TELLS.match(ctx.view, x[2], it.end)]
    return acting or found


_ITS_TARGETS = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:military|army|armed forces|forces|"
                          r"militari|esercito|forze armate)\s+(?:targets?|facilit(?:y|ies)|"
                          r"positions?|infrastructure|installations?|depots?|objects?|sites?|"
                          r"bases?|airfields?|equipment|command posts?|obiettivi|strutture|"
                          r"(?:recruitment|enlistment|conscription)\s+(?:centres?|centers?|"
                          r"offices?)|centri di reclutamento|centro di reclutamento|"
                          r"postazioni|infrastrutture|installazioni|depositi|basi)(?![\w])")


_HURT_BEFORE = re.compile(r"(?<![\w])(?:killing|killed|wounding|wounded|injuring|injured|"
                          r"uccidendo|ferendo)\s+(?:up to\s+|at least\s+|about\s+|some\s+|"
                          r"more than\s+|over\s+|almeno\s+|fino a\s+|circa\s+|oltre\s+)?"
                          r"(?:[\d.,]+\s+|(?!by\s|in\s|from\s|during\s|when\s|as\s|after\s|"
                          r"following\s|dopo\s|da\s|"
                          r"dal\s|dai\s|dalle\s|dagli\s|nel\s|nei\s|negli\s|durante\s|"
                          r"mentre\s)[a-z]+\s+)?$")


_AFFECTED_BY = re.compile(r"\s+(?:da|dal|dalla|dalle|dai|dagli|by)\s+(?:the\s+)?(?:\w+\s+)?"
                          r"(?:interruzion\w+|blackout|outages?|power cuts?|sanzion\w+|"
                          r"sanctions|crisi|crisis|alluvion\w+|flood\w*|inondazion\w+)(?![\w])")


_BUT = re.compile(r"(?:,|;)?\s+(?:but|ma|however|tuttavia)(?:\s+che)?\s+")
_THE_BEFORE = re.compile(r"(?<![\w])(?:the|this|that)\s+$")
_PLACE_NOUN_AFTER = re.compile(r"\s+(?:city|town|village|region|area|district|cities|towns|"
                               r"villages|regions|areas|districts)(?![\w])")


def _attacks(ctx: Ctx, s: int, e: int) -> list[re.Match[str]]:
    """The attack words of [s, e) that report an attack: not denied, stopped or repaired,
    not counted (a tally), and no tally's damage."""
    view = ctx.view
    found = [m for m in ATTACK_RE.finditer(view, s, e)
             if not _DENIED.search(view, max(s, m.start() - 40), m.start())
             and not _NO_EVENT.search(view, max(s, m.start() - 90), m.start())
             and not _NOT_HAPPENED.search(view, max(s, m.start() - 40), m.start())
             and not _MANY_BEFORE.search(view, max(s, m.start() - 40), m.start())
             and not _COMMENTED.search(view, max(s, m.start() - 40), m.start())
             and not _RESPONSE_TO.search(view, max(s, m.start() - 50), m.start())
             and not _NOT_YET.search(view, max(s, m.start() - 45), m.start())
             # "1.000 droni d'attacco", "attack drones": a kind of weapon, no attack
             and not _ATTACK_KIND_BEFORE.search(view, max(s, m.start() - 20), m.start())
             and not _ATTACK_KIND_AFTER.match(view, m.end())
             and not _MANY_AFTER.match(view, m.end(), min(e, m.end() + 40))
             # "attacking “along the entire front”": fighting, no strike
             and not FRONT_WIDE.match(view, m.end(), min(e, m.end() + 40))
             and not _JUDGED.match(view, m.end(), min(e, m.end() + 70))
             # "4 milioni di ucraini sono colpiti dalle interruzioni di corrente": affected
             and not _AFFECTED_BY.match(view, m.end(), min(e, m.end() + 40))
             and not (m.group() in _PLURAL_ATTACKS
                      and _AFTER_THE.search(view, max(s, m.start() - 30), m.start()))
             # "had left the shelled city": a place described, no attack told
             and not (_THE_BEFORE.search(view, max(s, m.start() - 6), m.start())
                      and _PLACE_NOUN_AFTER.match(view, m.end()))]
    attacks = [m for m in found if not _counted(ctx, m, s, e)]
    if len(attacks) < len(found):  # "hit 12 places, damaging dozens of homes"
        attacks = [m for m in attacks if not _DAMAGE_WORD.match(m.group())]
    return attacks


def _told_of_a_day(view: str, s: int, e: int) -> bool:
    """Whether [s, e) counts over a day ("over the past day", "nelle ultime 24 ore", "nel
    corso della giornata"): a day's losses, not one strike's victims."""
    return any(PERIOD_RE[name].search(view, s, e) for name in ("last_24h", "day"))


def _sibling(strike: Draft, key: str) -> Draft:
    """Another strike of the same attack at another place: all but place and toll."""
    other = Draft("strike", strike.start, strike.end, key=key, confidence=strike.confidence)
    for name, value in strike.fields.items():
        if name not in _PLACE_FIELDS and name not in ("killed", "injured"):
            other.set(name, value, strike.spans.get(name))
    return other


_PLACE_FIELDS = ("settlement", "district", "region", "region_code", "country")
# "a man in the village of Bilozerka", "una donna a Kherson": the victim's own place
_OWN_PLACE_GAP = re.compile(r"(?:\s+[^\s,;.]+){0,6}?\s+(?:in|at|near|a|ad|nel|nella|nello|presso|"
                            r"vicino a)\s+(?:the\s+)?(?:(?:nearby|neighbou?ring|vicin[oa]|"
                            r"limitrof[oa])\s+)?(?:(?:village|town|city|settlement) of\s+|"
                            r"(?:villaggio|città|cittadina|paese) di\s+)?")


def _locate(strike: Draft, loc: Location, replace: bool = False) -> None:
    """Set the strike's place fields from `loc` (replacing the ones it had, if asked); an
    ambiguous name lowers the confidence once."""
    for name in _PLACE_FIELDS:
        if replace:
            strike.unset(name)
        span = (loc.spans or {}).get(name) or (loc.spans or {}).get(
            "region" if name in ("region_code", "country") else "")
        strike.set(name, getattr(loc, name), span)
    if loc.ambiguous and not replace:
        strike.confidence -= 0.15


def _first_settlement(ctx: Ctx, places: list[PlaceMention], before: int,
                      context: dict[str, tuple[int, int]]) -> str | None:
    """The settlement of the first place named before `before`, if any."""
    first = next((m for m in places if m.end <= before
                  and (m.kind == "settlement" or not m.as_region)), None)
    return resolve([first], context, ctx.text).settlement if first else None


def _by_own_place(ctx: Ctx, linked: list[tuple[Victim, re.Match[str]]],
                  places: list[PlaceMention], context: dict[str, tuple[int, int]]
                  ) -> list[tuple[Location | None, list[tuple[Victim, re.Match[str]]]]]:
    """Victims grouped by the settlement named right after each ("a nurse in Kherson");
    a victim with no place of its own joins the group before it."""
    groups: list[tuple[Location | None, list[tuple[Victim, re.Match[str]]]]] = []
    # "A Komyshany un colpo ha ucciso un uomo, mentre due soccorritori sono stati feriti
    # nella città di Kherson": victims after a place named first are that place's
    placed_before = bool(linked) and any((m.kind == "settlement" or not m.as_region)
                                         and m.end <= linked[0][0].start for m in places)
    for k, (v, trig) in enumerate(linked):
        nxt = linked[k + 1][0].start if k + 1 < len(linked) else 10**9
        end = max(v.end, trig.end()) if trig.start() >= v.end else v.end
        own = next((m for m in places if m.kind != "region" or not m.as_region
                    if end <= m.start < nxt and _OWN_PLACE_GAP.fullmatch(ctx.view, end, m.start)),
                   None)
        if own is None and (where := _WHERE_BEFORE.search(ctx.view, max(0, v.start - 40),
                                                          v.start)):
            # "e il vicino villaggio di Vyshchetarasivka, dove sono morte due persone", "…,
            # where two people were killed": the place named right before "where"
            own = next((m for m in reversed(places) if m.kind == "settlement"
                        and _WHERE_GAP.fullmatch(ctx.view, m.end, where.start())), None)
        if own is None and (which := _FORMER_LATTER.match(ctx.view, end)):
            # "colpito Huliaipole e Orikhiv, uccidendo un uomo nella prima e ferendo due
            # donne nella seconda": the first or the second place named
            named = [m for m in places if m.kind == "settlement" and m.start < v.start]
            k = 0 if which.group("first") else 1
            own = named[k] if len(named) == 2 else None
        loc = resolve([own], context, ctx.text) if own else None
        if loc is not None and loc.settlement is None:
            loc = None  # a region is no victim's own place: the strike's place stands
        if loc is not None and groups and groups[-1][0] is None and placed_before \
                and loc.settlement == _first_settlement(ctx, places, linked[0][0].start,
                                                        context):
            loc = None  # "attack on Kyiv … killed three … and wounded 14 in the Desnianskyi
            # district": the place named first, told again by its district
        if loc is not None and (not groups or groups[-1][0] is None
                                or groups[-1][0].settlement != loc.settlement):
            if groups and groups[-1][0] is None and not placed_before:
                groups[-1] = (loc, groups[-1][1])  # the victims before it had no place
            else:
                groups.append((loc, []))
        if not groups:
            groups.append((None, []))
        groups[-1][1].append((v, trig))
    return groups


_WHERE_BEFORE = re.compile(r"(?<![\w])(?:dove|where|in cui)\s+(?:[\w'’]+\s+){0,3}$")
_WHERE_GAP = re.compile(r"\s*,?\s*")
_FORMER_LATTER = re.compile(r"\s+(?:anni\s+|years? old\s+)?(?:(?P<first>nella prima|nel primo|"
                            r"in the former|in the first)|(?:nella seconda|nel secondo|"
                            r"in the latter|in the second))(?![\w])")
_EACH_AFTER = re.compile(r"\s+(?:each|ciascun[oa]|per ciascun[oa])\s+(?:in|at|a|ad|nel|nella)\s")
_EACH = re.compile(_EACH_AFTER.pattern + "+$")


def _casualties(out: list[Draft], strike: Draft,
                members: list[tuple[Victim, re.Match[str]]]) -> None:
    """One casualty row per victim group, linked to `strike`, whose tolls they add to."""
    for v, trig in members:
        outcome = trig.lastgroup or "killed"
        cas = Draft("casualty", v.start, v.end, key=strike.key)
        cas.set("outcome", outcome, trig.span())
        cas.set("count", v.count, v.count_span or v.noun_span)
        cas.set("count_text", v.count_text, v.count_span)
        cas.set("age", v.age, v.age_span)
        cas.set("sex", v.attrs.get("sex"), v.noun_span)
        cas.set("role", v.attrs.get("role") or (
            "child" if v.age is not None and v.age < 18 else None), v.noun_span)
        cas.set("population", _population(v.attrs), v.noun_span)
        for name in ("perpetrator", "date", "settlement", "district", "region",
                     "region_code", "country", "reported_by", "medium", "via"):
            if name in strike.fields:
                cas.set(name, strike.fields[name], strike.spans.get(name))
        cas.start, cas.end = min(v.start, trig.start()), max(v.end, trig.end())
        out.append(cas)
        if v.count is not None and outcome in ("killed", "injured"):
            before = strike.fields.get(outcome)
            strike.fields[outcome] = (before if isinstance(before, int) else 0) + v.count
            strike.spans.setdefault(outcome, trig.span())


# "no one was hurt", "causing no casualties", "senza causare vittime né feriti": zeros, by the
# words used: hurt and casualties both, killed/victims killed only, injured/feriti injured only
_NOBODY = r"(?:no (?:one|body)|nobody|no-one) (?:was|were|had been|has been|have been)"
_NO_CASUALTIES = re.compile(
    r"(?<![\w])(?:"
    rf"(?P<both>{_NOBODY} (?:hurt|harmed)|no (?:casualties|one was hurt)|without (?:causing )?"
    r"(?:any )?casualties|causing no casualties|there were no casualties|non ci sono stat[ie] "
    r"(?:né )?(?:vittime|morti) (?:né|o|e) feriti|senza (?:causare |provocare )?(?:né )?"
    r"(?:vittime|morti) (?:né|o) feriti|nessuna vittima (?:né|o) ferit\w+|nessun morto (?:né|o) "
    r"ferit\w+)"
    rf"|(?P<dead>{_NOBODY} killed|no deaths|nessun morto|nessuna vittima|"
    r"non ci sono stat[ie] (?:vittime|morti)|senza (?:causare |provocare )?vittime|"
    r"no fatalities)"
    rf"|(?P<hurt>{_NOBODY} (?:injured|wounded)|no injuries|nessun ferito|"
    r"non ci sono (?:stati )?feriti|nessuno è rimasto ferito|"
    r"senza (?:causare |provocare |fare )?feriti|without injuring anyone)"
    r")(?![\w])")


def _zeros(strike: Draft, none: re.Match[str] | None) -> None:
    """Known zeros ("no one was hurt") for the outcomes the words speak of, unless counted."""
    if none is None:
        return
    for outcome, said in (("killed", "dead"), ("injured", "hurt")):
        if (none.group("both") or none.group(said)) and outcome not in strike.fields:
            strike.set(outcome, 0, none.span())


_CLAUSE_JOIN = re.compile(r"(?:,\s+(?:and|e|while|mentre)|;)\s+")


# (not "a second strike on the same site an hour later": one double-tap strike, as GUIDE.md)
_SEPARATE_ATTACK = re.compile(r"(?<![\w])(?:a separate\s+(?:[\w-]+\s+)?(?:attack|strike|raid)|"
                              r"(?:un|in un)\s+(?:altro\s+)?(?:attacco|raid)\s+(?:separato|"
                              r"distinto))(?![\w])")


def _split_attacks(ctx: Ctx, segs: list[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    """Sentences, each cut where a second attack on another place begins ("shelling killed two
    civilians in Bakhmut, and a rocket attack on Kramatorsk damaged a school"): one strike
    per attack. A clause is cut off only if both sides name an attack and the second a place.
    Each piece comes with its sentence's end, where who said it is said, and where to read
    its source from: a day's toll "…, the governor said, adding that in Bilozerka a drone hit
    a bus" is cut before its tail, whose source is read from the sentence's start."""
    out: list[tuple[int, int, int, int]] = []
    view = ctx.view
    for s, e in segs:
        lo = s
        for j in _CLAUSE_JOIN.finditer(view, s, e):
            head, tail = (lo, j.start()), (j.end(), e)
            # (an attack told by its weapon alone: "…, while artillery fire on the village of
            # Velykyi Burluk the same day wounded two men")
            if (ATTACK_RE.search(view, *head)
                    or (_weapon(ctx, *head) and not _INTERCEPT.search(view, *head))) \
                    and (ATTACK_RE.search(view, *tail) or _weapon(ctx, *tail)) \
                    and ctx.places(*head) and (ctx.places(*tail)
                                               # "…, while a man was killed in a separate
                                               # attack on a residential building"
                                               or _SEPARATE_ATTACK.search(view, *tail)):
                out.append((*head, e, lo))
                lo = j.end()
        t = TAIL.search(view, lo, e)
        if t is not None and _TALLY_CUE.search(view, lo, t.start()) \
                and ATTACK_RE.search(view, lo, t.start()) and ATTACK_RE.search(view, t.end(), e) \
                and ctx.places(t.end(), e):
            out.append((lo, t.start(), e, lo))  # the toll
            out.append((t.end(), e, e, lo))  # the strike its tail tells
            continue
        out.append((lo, e, e, lo))
    return out


def _sources(ctx: Ctx, draft: Draft, s: int, e: int, item: tuple[int, int]) -> None:
    whole = False  # whether the source is the item's, told in another sentence
    if "reported_by" not in draft.fields:
        att = attribute(ctx, s, e, item)
        if att is None and (att := attribute(ctx, item[0], item[1], item)) is not None:
            # "A rocket hit Bakhmut on Monday. Across the region, …, governor Pavlo Kyrylenko
            # said on Telegram.": the item's source, and the medium it used
            whole = True
        if att and att.speaker:
            draft.set("reported_by", att.speaker.name, (att.speaker.start, att.speaker.end))
        elif att and att.org:
            draft.set("reported_by", local_org(att.org.name, draft.fields),
                      (att.org.start, att.org.end))
    if "medium" not in draft.fields and (m := find_medium(ctx, s, e) or (
            find_medium(ctx, *item) if whole else None)):
        draft.set("medium", m[0], m[1])
    if "via" not in draft.fields and (v := find_via(ctx, s, e)):
        draft.set("via", v[0], v[1])
