"""Interception and launch claims: "shot down 53 of 61 drones", "Russia launched 126 drones
and a ballistic missile, of which 79 were shot down", "abbattuto 129 droni ucraini".

A sentence is read as weapon groups (a number, a few modifiers, a weapon noun); each group is
launched or destroyed by the verb it hangs on, and the groups are merged per weapon.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from annotator.extract.actors import country_of, side_code
from annotator.extract.attribution import attribute, find_medium, find_via
from annotator.extract.context import Ctx, Draft, find_date, find_period
from annotator.extract.numbers import Number

_WEAPON_NOUN = re.compile(
    r"(?<![\w])(?P<noun>droni|drones?|uavs?|shaheds?|velivoli senza pilota|missili|missiles?|razzi|"
    r"unmanned aerial vehicles?|veicoli aerei senza (?:pilota|equipaggio)|airborne targets|"
    r"aerial targets|bersagli aerei|"
    # sea drones: "destroyed two unmanned boats", "barchini senza pilota"
    r"unmanned (?:boats?|surface vessels?)|barchini(?: senza pilota)?|"
    r"rockets|bombe(?: aeree)? guidate|guided (?:aerial )?bombs|glide bombs|kabs?)(?![\w])")
# (not the interceptors a package holds: "300 droni intercettori", "interceptor missiles")
_INTERCEPT = r"(?:abbatt\w+|intercett(?!or)\w+|shot down|shoot down|shooting down|downed|" \
             r"intercept(?!or)\w+|" \
             r"brought down|bringing down|took down|taken down|" \
             r"neutralizzat\w+|neutrali[sz]ed|destroyed|distrutt\w+|respint\w+|repelled|" \
             r"eliminat\w+|jammed|disturbat\w+)"
_INTERCEPT_RE = re.compile(rf"(?<![\w]){_INTERCEPT}(?![\w])")
_LAUNCH_RE = re.compile(r"(?<![\w])(?:launched|fired|sent|lanciat\w*|lanciando|sparat\w*|"
                        r"attacked (?:[\w'’]+ ){0,3}with|attaccat\w* (?:[\w'’]+ ){0,3}con|used|"
                        r"utilizzat\w*|"
                        r"launching|firing|ha lanciato|hanno lanciato|unleashed|"
                        r"scatenat\w*)(?![\w])")
_ALL = re.compile(r"(?<![\w])(?:all of (?:them|which|the \w+)|all (?:were|had been)|tutti|tutte|"
                  r"each of them|every one)(?![\w])")
_OF_WHICH_BEFORE = re.compile(r"(?:of which|di cui|dei quali|delle quali)\s+$")
_OF_THEM_AFTER = re.compile(r"\s+(?:of them|of those|di essi|di questi|di loro|dei quali|"
                            r"delle quali|of which)(?![\w])")
# "...; 82 were shot down", "e 70 sono stati abbattuti": a bare number with its own verb
_DOWNED_AFTER = re.compile(
    r"\s+(?:(?:were|have been|had been|sono stati|sono state|erano stati)\s+)(?:shot down|"
    r"downed|intercepted|destroyed|neutrali[sz]ed|abbattut[ie]|intercettat[ie]|distrutt[ie]|"
    r"neutralizzat[ie])(?![\w])")
_FURTHER_BEFORE = re.compile(r"(?<![\w])(?:a further|another|altri|altre|ulteriori)\s+$")
# "…launched 90 drones overnight, and the air force said it shot down 68.", "l'aeronautica ha
# detto di averne abbattuti 68,": a bare count right after the verb, ending its clause
_DOWNED_BEFORE = re.compile(rf"(?<![\w]){_INTERCEPT}\s+$")
_CLAUSE_ENDS = re.compile(r"\s*(?:[,.;:)]|$)")
_ALL_BEFORE = re.compile(r"(?<![\w])(?:all|tutti i|tutte le|tutti e|tutte e)\s+$")
_ALL_AUX = re.compile(r"\s*(?:[\w'-]+\s+){0,4}?(?:(?:were|had|have) all been|were all|"
                      r"sono stati tutti|sono state tutte)\s")
# "destroyed all but five of the drones", "tutti tranne tre": the number is what got through
_ALL_BUT = re.compile(r"(?<![\w])(?:all but|all except|tutti tranne|tutte tranne|tutti eccetto|"
                      r"tutte eccetto|tutti salvo|tutte salvo)\s+$")
_OF_WHICH = re.compile(r"(?:of which|of them|di cui|dei quali|delle quali|including)\s+$")
_AND_NEXT = re.compile(r"[^.;:!?]{0,80}?(?:\s(?:and|e|ed|as well as|oltre a|plus|nonché|along "
                       r"with|insieme a)|,)\s+(?:another\s+|altri\s+|altre\s+)?")
_INSTALLED = re.compile(r"(?<![\w])(?:moscow|russian|kremlin)-(?:installed|appointed|backed)|"
                        r"(?:insediat[oaie]|nominat[oaie]) da mosca|filorusso|filorussa")
_HELD_BY_RUSSIA = frozenset({"UA-43", "UA-40"})  # Crimea, Sevastopol
_NOT_A_PLACE = (r"(?!\s+(?:regions?|territory|territories|cities|city|towns?|soil|border|"
                r"airspace|skies|sky|regioni|regione|territorio|città|cieli|cielo|spazio aereo))")
_SIDE_WORD = re.compile(r"(russ[oaie]|russian|ucrain[oaie]|ucraini|ukrainian)(?![\w])")
# the weapons' side told after or before their noun ("drones, Russian-made", "53 Russian
# drones"); not "shot down 90 Ukrainian drones over Russian regions": where, not whose
_SIDE_AFTER = re.compile(r"^\s*(?:[\w'-]+\s+)?" + _SIDE_WORD.pattern + _NOT_A_PLACE)
_SIDE_BEFORE = re.compile(_SIDE_WORD.pattern + r"\s+(?:[\w'-]+\s+){0,2}$")


@dataclass
class _Claim:
    weapon: str
    launched: int | None = None
    destroyed: int | None = None
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    attacker: tuple[str, tuple[int, int]] | None = None
    counted: tuple[int, tuple[int, int]] | None = None  # a number with no role of its own


_TARGETS = "targets"  # "air defence destroyed more than 40 airborne targets": of no one kind


def _weapon(noun: str, sentence: str) -> str:
    if noun.startswith(("airborne", "aerial", "bersagli")):
        return _TARGETS
    if noun.startswith(("dron", "uav", "shahed", "velivoli", "veicoli", "unmanned", "barchin")):
        return "drone"
    if noun.startswith(("razz", "rocket")):
        return "mlrs" if re.search(r"himars|grad|uragan|smerch|vilkha|vampire|multiple rocket|"
                                   r"lanciarazzi", sentence) else "rocket"
    if "bomb" in noun or noun.startswith("kab"):
        return "guided_bomb"
    return "missile"


def _side(word: str) -> str | None:
    return "RU" if word.startswith("russ") else "UA" if word.startswith(("ucrain", "ukrain")) \
        else country_of(word)


# "both missiles hit their targets": as many got through as were launched
_REACHED = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:hanno raggiunto|reached|hit)\s+"
                      r"(?:i loro\s+|their\s+)?(?:obiettivi|targets)(?![\w])")
_MADE_IN = re.compile(r"-made\s|-built\s")  # "two British-made Storm Shadow cruise missiles"
# a kind of missile told again when a part of it is destroyed
_KIND = re.compile(r"cruise|crociera|ballistic|balistic|guided|guidat|hypersonic|ipersonic")
# "15 of the drones", "13 of the cruise missiles": a part of those launched
_PARTITIVE = re.compile(r"\s+(?:of the|of its|of those|dei|degli|delle|tra i|tra le)\s+"
                        r"(?:(?:cruise|ballistic|guided|attack)\s+)?")


_MODEL_BEFORE = re.compile(r"[\w-]")  # "Orlan-10", "Kh-101": a model's number counts nothing
_OUT_OF_LAUNCHED = re.compile(r"\s+(?:out of|of|su|dei|degli|delle)\s+(\d[\d,.]*)\s+"
                              r"(?:launched|fired|lanciat[ie]|sparat[ie])(?![\w])")
_PAIR_GAP = re.compile(r"\s+(?:dei|degli|delle|of|out of|su|from)\s+(?:the\s+|i\s+|gli\s+|le\s+)?")
# "11 ballistic and cruise missiles": kinds joined in one group (no number between)
# (not "nelle ultime 24 ore e che missili …": hours, then a new clause)
_KINDS_JOINED = re.compile(r"\s+(?!(?:ore|hours?|days?|giorni|minut\w+|anni|years?)\s)[\w-]+\s+"
                           r"(?:and|e)\s+(?!(?:che|that)\s)(?:[\w-]+\s+){1,2}")

Group = tuple[int, int, int, str, int, int, Number | None]


def _groups(ctx: Ctx, s: int, e: int) -> list[Group]:
    """(value, num_start, num_end, weapon, noun_start, noun_end, whole) for "N [mods] noun",
    `whole` the M of "N of the M drones" (or None)."""
    view = ctx.view
    out: list[Group] = []
    sentence = view[s:e]
    numbers = ctx.numbers(s, e)
    paired_tail: set[int] = set()
    for k, n in enumerate(numbers):
        if n.start in paired_tail or (n.vague and not n.qualified) \
                or (view[n.start - 1:n.start] == "-" and view[n.start - 2:n.start - 1].isalpha()):
            continue  # (a model's number, "a Su-25 jet", counts nothing)
        m = _WEAPON_NOUN.search(view, n.end, min(e, n.end + 60))
        if not m:
            continue
        if any(n.end <= x.start < m.start() and not _MODEL_BEFORE.match(view, x.start - 1)
               for x in numbers[k + 1:]) and not (
                k + 1 < len(numbers) and _PAIR_GAP.fullmatch(view, n.end, numbers[k + 1].start)):
            continue  # "contro cinque città ucraine 38 missili": the 38 are the missiles
        gap = view[n.end:m.start()]
        whole = None
        if (out_of := _OUT_OF_LAUNCHED.match(view, m.end())) and k + 1 < len(numbers) \
                and numbers[k + 1].start == out_of.start(1):
            # "shot down 107 drones out of 208 launched": the whole after the noun
            whole = numbers[k + 1]
            paired_tail.add(whole.start)
        elif k + 1 < len(numbers) and numbers[k + 1].end <= m.start() \
                and _PAIR_GAP.fullmatch(view, n.end, numbers[k + 1].start):
            whole = numbers[k + 1]  # "two of the four Kalibr missiles", "53 dei 61 droni"
            paired_tail.add(whole.start)
            gap = view[whole.end:m.start()]
        if re.search(r"[,;.]|\b(?:e|and|of|dei|degli|delle|su|out|with|con)\b", gap) and not (
                re.fullmatch(r"\s+(?:di|d')\s*", gap) or _PARTITIVE.fullmatch(gap)
                or (_KINDS_JOINED.fullmatch(gap) and not any(
                    n.end < x.start < m.start() for x in numbers[k + 1:k + 2]))):
            continue
        if len(gap.split()) > (4 if _KINDS_JOINED.fullmatch(gap) or _MADE_IN.search(gap)
                               else 3):
            continue  # ("14 Kh-101 and Kh-555 cruise missiles": two models, one group)
        out.append((int(n.value), n.start, n.end, _weapon(m.group("noun"), sentence),
                    m.start(), m.end(), whole))
    return out


def _unnumbered_claim(ctx: Ctx, s: int, e: int) -> _Claim | None:
    """A claim of N destroyed "of them", the weapons named earlier in the sentence."""
    view = ctx.view
    for n in ctx.numbers(s, e):
        if _OF_THEM_AFTER.match(view, n.end, e) and _INTERCEPT_RE.search(
                view, max(s, n.start - 40), n.start):
            nouns = list(_WEAPON_NOUN.finditer(view, s, n.start))
            if not nouns:
                return None
            noun = nouns[0]
            c = _Claim(_weapon(noun.group("noun"), view[s:e]), destroyed=int(n.value))
            c.spans.update(destroyed=(n.start, n.end), weapon=noun.span())
            return c
    return None


_ACTIVE_OBJECT = re.compile(r"\s+(?:a|an|the|its|their|his|un|una|uno|il|lo|la|l'|i|gli|le|"
                            r"two|three|several|dozens|decine|\d)(?![\w])")


def _told(view: str, c: _Claim) -> str:
    """The words of a claim's launched group: "two Iskander-M ballistic missiles", "22 missili
    da crociera" (up to the next group)."""
    start, end = c.spans["launched"][0], c.spans["weapon"][1]
    return view[start:end] + _NEXT_GROUP.split(view[end:end + 16], maxsplit=1)[0]


_NEXT_GROUP = re.compile(r",| and | e | ed ")
# the group's own interception verb after it: "…drones were shot down", "12 drones flying
# towards the capital had been intercepted" (not across a bare number with its own verb:
# "launched 24 drones and 23 were shot down" destroyed the 23; "59 missiles and 54 drones had
# been shot down" destroyed both)
_DOWNED_RIGHT_AFTER = re.compile(
    r"^\s*(?:(?:flying|heading|headed|aimed|diretti|dirette|in volo)\s+"
    r"(?:towards|toward|to|at|for|verso|contro|su)\s+(?:[\w'-]+\s+){0,3}?)?"
    r"(?:(?!\d[\d,.]*\s+(?:were|had|have|was|sono|erano|è)\s)"
    r"[\w'-]+\s+){0,4}?(?P<aux>(?:were|had been|have been|was|sono stati|"
    r"sono state|è stato|è stata|erano stati|(?:were|had|have) all been|"
    r"were all|sono stati tutti|sono state tutte)\s+)?(?:" + _INTERCEPT + r")")


def _role(ctx: Ctx, s: int, g: Group) -> str | None:
    """'launched' or 'destroyed' for one group, from the nearest verb before or after it."""
    view = ctx.view
    _, ns, _, _, _, ne, _ = g
    before = view[max(s, ns - 80):ns]
    after = view[ne:ne + 80]
    lb = [m for m in _LAUNCH_RE.finditer(before)]
    ib = [m for m in _INTERCEPT_RE.finditer(before)]
    last_l = lb[-1].end() if lb else -1
    last_i = ib[-1].end() if ib else -1
    if _NONE_AFTER.match(after):
        return "launched"  # "tre missili Iskander-M, nessuno dei quali è stato intercettato"
    if (m := _DOWNED_RIGHT_AFTER.match(after)) \
            and (m.group("aux") or not _ACTIVE_OBJECT.match(after, m.end())):
        # "…drones were shot down", "missiles destroyed over the region"; not "a Russian
        # missile destroyed a house": the weapon did the destroying
        return "destroyed"
    if re.match(r"^\s*(?:[\w'-]+\s+){0,2}?(?:lanciat\w+|launched|fired)\b", after) and last_i < 0:
        return "launched"
    if last_i > last_l:
        return "destroyed"
    if last_l >= 0:
        return "launched"
    return None


def extract_air_defence(ctx: Ctx, item: int, segs: list[tuple[int, int]]) -> list[Draft]:
    out: list[Draft] = []
    view = ctx.view
    it = ctx.bulletin.items[item]
    for s, e in segs:
        # (not "a Russian missile destroyed a house": the weapon destroyed, nothing it)
        has_intercept = next((m for m in _INTERCEPT_RE.finditer(view, s, e)
                              if not (m.group().startswith(("destroyed", "distrutt"))
                                      and _ACTIVE_OBJECT.match(view, m.end())
                                      and not _WEAPON_NOUN.search(
                                          view, m.end(), min(e, m.end() + 40)))), None)
        if not has_intercept and not _LAUNCH_RE.search(view, s, e):
            continue
        groups = _groups(ctx, s, e)
        claims: dict[str, _Claim] = {}
        if not groups:
            # "Drones attacked the port …, adding that air defences had shot down three of
            # them": the part destroyed of weapons named before with no number
            if not has_intercept or (only := _unnumbered_claim(ctx, s, e)) is None:
                continue
            claims[only.weapon] = only
        prev: tuple[str | None, int] = (None, -1)  # the role and noun end of the group before
        for g in groups:
            value, ns, ne_, weapon, ws, we, whole = g
            role = _role(ctx, s, g)
            if role is None and prev[0] is not None and _AND_NEXT.fullmatch(view, prev[1], ns):
                # "destroyed 31 drones over the Kursk and Bryansk regions and six Vampire
                # rockets over Belgorod": the next weapons of the same verb
                role = prev[0]
            c = claims.setdefault(weapon, _Claim(weapon))
            if c.launched is not None and c.destroyed is None and whole is None \
                    and role == "launched" and _AND_NEXT.fullmatch(
                        view, c.spans["launched"][1], ns):
                # "un missile ipersonico Kinzhal e sette missili da crociera Kh-101, sei dei
                # quali sono stati abbattuti": another kind of the same weapon, a claim of its own
                c = claims.setdefault(f"{weapon}:{ns}", _Claim(weapon))
            reached = _REACHED.match(view, we, min(e, we + 60))
            if reached:
                role = "reached"
            if whole is None and (kind := _KIND.search(view, ne_, min(e, we + 16))) \
                    and (reached or _PARTITIVE.match(view, ne_, ws)):
                # "20 dei missili da crociera": the part of the kind launched, not of the
                # first missiles named ("due missili balistici e 22 missili da crociera")
                c = next((o for k, o in claims.items() if k.split(":")[0] == weapon
                          and o.destroyed is None and "launched" in o.spans
                          and kind.group()[:6] in _told(view, o)), c)
            side = _SIDE_AFTER.match(view[we:we + 40])
            side_b = _SIDE_BEFORE.search(view[ns:ws])
            if c.attacker is None and (side or side_b):
                m = side if side is not None else side_b
                assert m is not None
                base = we if side else ns
                c.attacker = (_side(m.group(1)) or "", (base + m.start(1), base + m.end(1)))
            if c.launched and c.destroyed is None \
                    and (but := _ALL_BUT.search(view, max(s, ns - 16), ns)):
                if value <= c.launched:  # (more getting through than were launched: no count)
                    c.destroyed, c.spans["destroyed"] = c.launched - value, (but.start(), ne_)
                continue
            prev = (role, we)
            # ("fired 81 missiles, including six Kinzhal": a part launched, none downed)
            if ((ow := _OF_WHICH.search(view[max(s, ns - 15):ns]))
                    and (has_intercept or not ow.group().startswith("including"))) or (
                    has_intercept and whole is None and _PARTITIVE.fullmatch(view, ne_, ws)):
                role = "destroyed"  # "405 of the drones and 15 of the missiles were downed"
            if role == "reached" and reached and c.destroyed is None and value in (
                    c.launched, c.counted and c.counted[0]):
                # "entrambi i missili balistici hanno raggiunto i loro obiettivi": none downed
                if c.launched is None and c.counted is not None:
                    c.launched, c.spans["launched"] = c.counted[0], c.counted[1]
                c.destroyed, c.spans["destroyed"] = 0, (ns, reached.end())
            elif role == "destroyed" and c.destroyed is None:
                c.destroyed, c.spans["destroyed"] = value, (ns, ne_)
            elif role == "launched" and c.launched is None:
                c.launched, c.spans["launched"] = value, (ns, ne_)
            elif role is None and c.counted is None:
                c.counted = (value, (ns, ne_))  # "19 Russian drones had violated …"
            c.spans.setdefault("weapon", (ws, we))
            if whole is not None:
                c.destroyed, c.spans["destroyed"] = value, (ns, ne_)
                c.launched, c.spans["launched"] = int(whole.value), (whole.start, whole.end)
            elif role == "destroyed" and (_ALL_BEFORE.search(view, max(s, ns - 12), ns)
                                          or _ALL_AUX.match(view, we, min(e, we + 50))):
                # "shot down all 12 drones", "four drones had all been shot down": as many
                # destroyed as launched
                c.launched, c.spans["launched"] = value, (ns, ne_)
            elif role == "launched" and has_intercept and c.destroyed is None \
                    and _ALL_BEFORE.search(view, max(s, ns - 12), ns):
                # "all 24 Shahed drones launched overnight had been destroyed"
                c.destroyed, c.spans["destroyed"] = value, (ns, ne_)
        # "of which 79 were shot down", "destroyed eight of them": a bare number after the
        # launches is the part destroyed
        grouped = {g[1] for g in groups} | {g[6].start for g in groups if g[6] is not None}
        further: list[_Claim] = []
        for n in ctx.numbers(s, e):
            if n.start not in grouped and has_intercept and len(claims) == 1 \
                    and _FURTHER_BEFORE.search(view, max(s, n.start - 14), n.start) \
                    and not _WEAPON_NOUN.match(view, n.end, min(e, n.end + 30)):
                # "destroyed 25 drones over Bryansk and a further seven over Smolensk": a
                # claim of its own, of the same weapon
                first = next(iter(claims.values()))
                extra = _Claim(first.weapon, attacker=first.attacker)
                extra.destroyed, extra.spans["destroyed"] = int(n.value), (n.start, n.end)
                if "weapon" in first.spans:
                    extra.spans["weapon"] = first.spans["weapon"]
                further.append(extra)
                continue
            if n.start in grouped or not (
                    _OF_WHICH_BEFORE.search(view, max(s, n.start - 16), n.start)
                    or (has_intercept and (_OF_THEM_AFTER.match(view, n.end, e)
                                           or _DOWNED_AFTER.match(view, n.end, e)
                                           or (_DOWNED_BEFORE.search(
                                               view, max(s, n.start - 20), n.start)
                                               and _CLAUSE_ENDS.match(view, n.end, e))))):
                continue
            # the part of the weapons named last before it ("22 droni Shahed, di cui 20
            # abbattuti, e tre missili"); "19 drones had violated Polish airspace, of which
            # four were shot down": the drones counted are the ones the claim is a part of
            wholes = [c for c in claims.values() if c.destroyed is None
                      and (c.launched or c.counted is not None)
                      and c.spans.get("weapon", (0, 0))[1] <= n.start]
            if not wholes:
                continue
            c = max(wholes, key=lambda c: c.spans.get("weapon", (0, 0))[1])
            if not c.launched:
                assert c.counted is not None
                c.launched, c.spans["launched"] = c.counted[0], c.counted[1]
            c.destroyed, c.spans["destroyed"] = int(n.value), (n.start, n.end)
        if _ALL.search(view, s, e) and has_intercept:
            for c in claims.values():
                if c.launched and c.destroyed is None:
                    c.destroyed = c.launched
        # "which was not intercepted": 0 of 1, known in the claim's own sentence (and so in
        # its confidence); a later sentence's "the missile was not intercepted" is read
        # once the item's claims are merged, below
        if none := _NONE_DOWNED.search(view, s, e):
            for c in claims.values():
                if c.launched and c.destroyed is None:
                    c.destroyed, c.spans["destroyed"] = 0, none.span()
        claims = {k: c for k, c in claims.items() if c.destroyed is not None or
                  (c.launched is not None and (has_intercept or _air_context(view, it.start,
                                                                             it.end)
                                               or (c.weapon in ("drone", "missile")
                                                   and _BARRAGE.search(view, s, e)
                                                   and not _town_hit(ctx, s, e)))
                   # "had fired more than 3,000 drones and 90 missiles at Ukraine this week":
                   # the weapons of many attacks, counted over weeks (a figure), no barrage
                   and not _MANY_NIGHTS.search(view, s, e))}
        if not claims:
            continue
        # "destroyed 14 Ukrainian drones …, as well as two US-made ATACMS missiles": the
        # attacker named once is every claim's of the sentence
        sided = next((c.attacker for c in claims.values() if c.attacker), None)
        for c in claims.values():
            if c.attacker is None and sided is not None:
                c.attacker = sided
        att = attribute(ctx, s, e, (it.start, it.end)) or attribute(ctx, it.start, it.end,
                                                                      (it.start, it.end))
        for c in [*claims.values(), *further]:
            out.append(_draft(ctx, c, s, e, att, it.start, it.end))
    out = _merged(out)
    for none in _NONE_DOWNED.finditer(view, it.start, it.end):  # "... the missile was not
        nouns = list(_WEAPON_NOUN.finditer(  # intercepted", later on: the noun before it
            view, max(it.start, none.start() - 30), none.start()))
        if not nouns:
            continue
        noun = nouns[-1]
        weapon = _weapon(noun.group("noun"), view[it.start:it.end])
        for d in out:
            if d.fields.get("weapon") == weapon and "launched" in d.fields \
                    and "destroyed" not in d.fields:
                d.set("destroyed", 0, none.span())
                d.end = max(d.end, none.end())
    return out


def _merged(drafts: list[Draft]) -> list[Draft]:
    """One claim told in two sentences ("Russia launched 90 drones overnight, the air force
    said. Air defences shot down 68 drones."): the later count joins the earlier one."""
    out: list[Draft] = []
    for d in drafts:
        first = next((o for o in out if o.fields.get("weapon") == d.fields.get("weapon")
                      and "launched" in o.fields and "destroyed" not in o.fields), None)
        if first is not None and "destroyed" in d.fields and "launched" not in d.fields:
            first.set("destroyed", d.fields["destroyed"], d.spans.get("destroyed"))
            first.end = max(first.end, d.end)
            for name in ("claimant", "claimant_side", "period", "date", "medium", "via"):
                if name not in first.fields and name in d.fields:
                    first.set(name, d.fields[name], d.spans.get(name))
            continue
        out.append(d)
    return out


_MANY_NIGHTS = re.compile(
    r"(?<![\w])(?:(?:this|last|past|the previous|over the|in the|in a) (?:week|month)|"
    r"(?:questa|la|nella|nell'ultima|in una) settimana(?: scorsa)?|"
    r"(?:questo|il|nel|nell'ultimo|in un) mese(?: scorso)?|settimana scorsa|mese scorso|"
    r"since the (?:start|beginning)|dall'inizio|so far this|finora|this year|quest'anno|"
    # "had fired more than 3,000 cruise missiles at Ukraine since February 24"
    r"since (?:the (?:full-scale )?(?:invasion|war)|february|russia's invasion)|"
    r"dal(?:l')? ?(?:24 febbraio|invasione|inizio dell'invasione))"
    r"(?![\w])")


# "launched 400 drones and 40 missiles in an overnight attack on Ukraine": a night's barrage
# of drones and missiles, counted as the side that fended it off counts it
_BARRAGE = re.compile(r"(?<![\w])(?:overnight|in an? (?:[\w-]+\s+){0,2}?(?:attack|strike|assault|"
                      r"barrage)|nella notte|durante la notte|in un (?:[\w-]+\s+){0,2}?"
                      r"(?:attacco|raid))(?![\w])")


def _town_hit(ctx: Ctx, s: int, e: int) -> bool:
    """Whether [s, e) names a town ("fired six S-300 missiles at the town of Vilniansk
    overnight": the weapons of one strike, not a barrage over the country)."""
    return any(m.kind == "settlement" or not m.as_region for m in ctx.places(s, e))


def _air_context(view: str, s: int, e: int) -> bool:
    """Whether launches counted in [s, e) are an air force's claim: not a night's alone
    ("shelled Nikopol overnight, firing about 40 rockets" counts weapons fired)."""
    return bool(re.search(r"air force|aeronautica|air defen|difes\w* aere\w*|" + _INTERCEPT,
                          view[s:e]))


_NONE_AFTER = re.compile(r"\s*(?:[\w'-]+,?\s+){0,4}?(?:none|neither|nessuno|nessuna)\s+"
                         r"(?:of which|of them|dei quali|delle quali|di essi)(?![\w])")
_NONE_DOWNED = re.compile(
    r"(?<![\w])(?:(?:was|were|had not been|has not been|have not been)\s+not\s+"
    r"(?:intercepted|shot down|downed)|"
    # "the two S-300 missiles … could not be intercepted", "non è stato possibile abbatterli"
    r"(?:could not|couldn't|cannot|can't) be (?:intercepted|shot down|downed)|"
    r"non (?:è stato|era) possibile (?:intercettarl|abbatterl)\w+|"
    r"non (?:hanno potuto|potevano|possono) essere (?:intercettat|abbattut)\w+|"
    r"(?:none|neither) (?:of them |of which )?(?:was|were) "
    r"(?:intercepted|shot down|downed)|non (?:è|sono) stat[oaie] (?:intercettat|abbattut)\w*|"
    r"nessuno (?:è stato|dei quali è stato) (?:intercettat|abbattut)\w*)")
_BARE_AIR_FORCE = re.compile(r"(?<![\w])(?<!russian )(?<!russia's )"
                             r"(?:air force|aeronautica(?: militare)?|forza aerea)"
                             r"(?![\w])(?!\s+(?:militare\s+)?(?:russ|of russia|della russia))")
# "la difesa aerea ucraina", "le forze di difesa aerea dell'Ucraina", "Russian forces"
_CLAIMANT_SIDE = re.compile(r"(?:forze|difes\w+ aere\w+|sistemi di difesa aerea|esercito|"
                            r"militari|truppe)\s+(?:(?:di difesa aerea\s+)?(?:dell'|della\s+)"
                            r"(?=ucraina|russia))?(russ[aoie]|ucrain[aoie])(?![\w])|"
                            r"(russian|ukrainian|"
                            r"russia's|ukraine's)\s+(?:air defen[cs]es?|forces|military|army|"
                            r"troops|air force)")


def _draft(ctx: Ctx, c: _Claim, s: int, e: int, att, lo: int, hi: int) -> Draft:  # type: ignore[no-untyped-def]
    view = ctx.view
    d = Draft("air_defence", s, e, confidence=0.8 if c.destroyed is not None else 0.6)
    d.set("weapon", None if c.weapon == _TARGETS else c.weapon, c.spans.get("weapon"))
    d.set("launched", c.launched, c.spans.get("launched"))
    d.set("destroyed", c.destroyed, c.spans.get("destroyed"))
    if c.attacker and c.attacker[0]:
        d.set("attacker", c.attacker[0], c.attacker[1])
    subj = re.search(r"(?<![\w])(russia|la russia|mosca|moscow|ukraine|l'ucraina|kyiv|kiev)\s+"
                     r"(?:\w+\s+){0,2}?(?:launched|fired|sent|ha lanciato|aveva lanciato|"
                     r"had launched|has launched|lanciato)", view[s:e])
    if "attacker" not in d.fields and subj:
        d.set("attacker", side_code(subj.group(1)), (s + subj.start(1), s + subj.end(1)))
    if att and att.org:
        d.set("claimant", att.org.name, (att.org.start, att.org.end))
        d.set("claimant_side", att.org.country, (att.org.start, att.org.end))
    elif att and att.speaker:
        d.set("claimant", att.speaker.name, (att.speaker.start, att.speaker.end))
        d.set("claimant_side", att.speaker.country, att.speaker.country_span)
    if "claimant" not in d.fields and d.fields.get("claimant_side") in (None, "UA") and (
            af := _BARE_AIR_FORCE.search(view, s, e) or _BARE_AIR_FORCE.search(view, lo, hi)):
        # "the air force said it shot down 43": in these bulletins, Ukraine's air force
        d.set("claimant", "Ukrainian Air Force", af.span())
        d.set("claimant_side", "UA", af.span())
        d.confidence -= 0.05
    if "claimant_side" not in d.fields:
        cs = _CLAIMANT_SIDE.search(view, s, e) or _CLAIMANT_SIDE.search(view, lo, hi)
        if cs:
            word = next(g for g in cs.groups() if g)
            d.set("claimant_side", _side(word), (cs.start(), cs.end()))
    if "claimant_side" not in d.fields and "attacker" not in d.fields and (
            installed := _INSTALLED.search(view, s, e)):
        # "…, the Moscow-installed governor of the region said": Russia's air defence
        d.set("claimant_side", "RU", installed.span())
    if "claimant_side" not in d.fields and "attacker" not in d.fields and (
            over := next((p for p in ctx.places(s, e) if p.candidates and all(
                c.region_code[:2] == "RU" or c.region_code in _HELD_BY_RUSSIA
                for c in p.candidates)), None)):
        # "Five drones were shot down over the city of Dzhankoi in Crimea": downed over
        # Russia or the land it has held since 2014, by Russia's air defence
        d.set("claimant_side", "RU", (over.start, over.end))
        d.confidence -= 0.1
    attacker, side = d.fields.get("attacker"), d.fields.get("claimant_side")
    if side is None and attacker in ("RU", "UA"):
        d.set("claimant_side", "UA" if attacker == "RU" else "RU")
        d.confidence -= 0.1
    elif attacker is None and side in ("RU", "UA"):
        d.set("attacker", "UA" if side == "RU" else "RU")
        d.confidence -= 0.1
    if p := find_period(view, s, e):
        d.set("period", p[0], p[1])
    if dt := find_date(ctx, s, e):
        d.set("date", dt[0], dt[1])
    if med := find_medium(ctx, s, e):
        d.set("medium", med[0], med[1])
    if via := find_via(ctx, s, e):
        d.set("via", via[0], via[1])
    return d
