"""Interception claims: "shot down 53 of 61 drones", "abbattuto 129 droni ucraini"."""

from __future__ import annotations

import re

from annotator.extract.actors import country_of
from annotator.extract.attribution import attribute, find_medium, find_via
from annotator.extract.context import Ctx, Draft, find_date, find_period
from annotator.extract.lexicons import weapons

_TRIGGER = re.compile(r"(?<![\w])(?:abbatt\w+|intercett\w+|shot down|shoot down|shooting down|"
                      r"downed|intercept\w+|neutralizzat\w+|neutrali[sz]ed|destroyed|distrutt\w+|"
                      r"respint\w+|repelled)(?![\w])")
_WEAPON_NOUN = (r"droni|drone|drones|uav|uavs|missili|missile|missiles|razzi|rockets|bombe|"
                r"bombs|velivoli|aircraft|shahed|jets|caccia|elicotteri|helicopters")
_PAIR = re.compile(rf"(?P<d>\d[\d.,]*)\s+(?:dei|degli|delle|di|su|of|out of|from)\s+(?:the\s+|i\s+)?"
                   rf"(?P<l>\d[\d.,]*)\s+(?:[\w'-]+\s+){{0,2}}?(?P<n>{_WEAPON_NOUN})(?![\w])")
_SINGLE = re.compile(rf"(?P<d>\d[\d.,]*)\s+(?:[\w'-]+\s+){{0,2}}?(?P<n>{_WEAPON_NOUN})(?![\w])")
_LAUNCH = re.compile(rf"(?:lanciat\w*|launched|fired|sent|sparat\w*|used)\s+(?:\w+\s+){{0,3}}?"
                     rf"(?P<l>\d[\d.,]*)\s+(?:[\w'-]+\s+){{0,2}}?(?P<n>{_WEAPON_NOUN})(?![\w])")
_SIDE_AFTER = re.compile(r"^\s*(?:[\w'-]+\s+)?(russ[oaie]|russian|ucrain[oaie]|ucraini|"
                         r"ukrainian)(?![\w])")
_SIDE_BEFORE = re.compile(r"(russian|ukrainian|russia's|ukraine's)\s+(?:[\w-]+\s+)?$")
_CLAIMANT_SIDE = re.compile(r"(?:forze|difesa aerea|difese aeree|sistemi di difesa aerea|esercito|"
                            r"militari|truppe)\s+(russ[ei]|ucrain[ei])|(russian|ukrainian|russia's|"
                            r"ukraine's)\s+(?:air defen[cs]es?|forces|military|army|troops)")


def _num(raw: str) -> int:
    return int(re.sub(r"[^\d]", "", raw))


def _weapon_of(noun: str) -> str | None:
    for pat, weapon in weapons():
        if pat.fullmatch(noun):
            return weapon
    return "drone" if noun.startswith(("dron", "uav", "shahed")) else None


def _side_of(word: str) -> str | None:
    return country_of(word) or ("RU" if word.startswith("russ") else
                                "UA" if word.startswith("ucrain") else None)


def extract_air_defence(ctx: Ctx, item: int, segs: list[tuple[int, int]]) -> list[Draft]:
    out: list[Draft] = []
    view = ctx.view
    it = ctx.bulletin.items[item]
    for s, e in segs:
        trig = _TRIGGER.search(view, s, e)
        if not trig:
            continue
        claims = [(m, True) for m in _PAIR.finditer(view, trig.start(), e)]
        if not claims:
            m = _SINGLE.search(view, trig.end(), min(e, trig.end() + 80))
            if m and not re.search(r"\d[\d.,]*\s+(?:dei|degli|of|su)\s*$", view[s:m.start()]):
                claims = [(m, False)]
        if not claims:
            continue
        att = attribute(ctx, s, e, (it.start, it.end))
        claimant_side = None
        cs = _CLAIMANT_SIDE.search(view, s, e)
        if att and att.org and att.org.country:
            claimant_side = att.org.country
        elif att and att.speaker and att.speaker.country:
            claimant_side = att.speaker.country
        elif cs:
            word = next(g for g in cs.groups() if g)
            claimant_side = _side_of(word)
        for m, paired in claims:
            d = Draft("air_defence", s, e, confidence=0.8 if paired else 0.65)
            d.set("destroyed", _num(m.group("d")), m.span("d"))
            if paired:
                d.set("launched", _num(m.group("l")), m.span("l"))
            else:
                launch = _LAUNCH.search(view, s, e)
                if launch and launch.group("n")[:4] == m.group("n")[:4]:
                    d.set("launched", _num(launch.group("l")), launch.span("l"))
            d.set("weapon", _weapon_of(m.group("n")), m.span("n"))
            after = _SIDE_AFTER.match(view[m.end("n"):m.end("n") + 30])
            before = _SIDE_BEFORE.search(view[max(s, m.start("n") - 30):m.start("n")])
            attacker = None
            if after:
                attacker = (_side_of(after.group(1)),
                            (m.end("n") + after.start(1), m.end("n") + after.end(1)))
            elif before:
                base = max(s, m.start("n") - 30)
                attacker = (_side_of(before.group(1)), (base + before.start(1),
                                                        base + before.end(1)))
            if attacker and attacker[0]:
                d.set("attacker", attacker[0], attacker[1])
            if att and att.org:
                d.set("claimant", att.org.name, (att.org.start, att.org.end))
                if att.org.country:
                    d.set("claimant_side", att.org.country, (att.org.start, att.org.end))
            elif att and att.speaker:
                d.set("claimant", att.speaker.name, (att.speaker.start, att.speaker.end))
            if "claimant_side" not in d.fields and claimant_side:
                span = cs.span() if cs else None
                d.set("claimant_side", claimant_side, span)
            if "claimant_side" not in d.fields and attacker and attacker[0] in ("RU", "UA"):
                d.set("claimant_side", "UA" if attacker[0] == "RU" else "RU")
                d.confidence -= 0.1
            if "attacker" not in d.fields and d.fields.get("claimant_side") in ("RU", "UA"):
                d.set("attacker", "UA" if d.fields["claimant_side"] == "RU" else "RU")
                d.confidence -= 0.1
            if p := find_period(view, s, e):
                d.set("period", p[0], p[1])
            if dt := find_date(ctx, s, e):
                d.set("date", dt[0], dt[1])
            if med := find_medium(ctx, s, e):
                d.set("medium", med[0], med[1])
            if via := find_via(ctx, s, e):
                d.set("via", via[0], via[1])
            out.append(d)
    return out
