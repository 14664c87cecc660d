"""What a strike damaged, in a short English phrase: "gas pipeline damaged", "fire at an oil
depot", "water pumping stations left without power", "power cut to several districts".

The phrase is built from the bulletin's own words (the object as written, a leading article
dropped) so a reviewer can check it against the evidence at a glance. Italian objects are
given in English only where the whole object is a known target ("una linea elettrica" ->
"power line damaged") or the damage is a fire; anything else is left for the reviewer.
"""

from __future__ import annotations

import re

from annotator.extract.context import Ctx
from annotator.extract.lexicons import target_re, weapon_re

# where the object of a damage verb ends
_END = (r"(?=\s*(?:[,.;:(]|$)|\s+(?:and|e)\s+(?:kill|injur|wound|leav|caus|cut|left|set|"
        r"ferend|uccid|lascian|provocan)|\s+(?:in|on|near|at|overnight|during|after|with|as|"
        r"while|according|nel|nella|nei|a|su|vicino|durante|dopo|secondo|mentre)\s)")
_NP = r"(?P<np>(?:\d[.,]\d|[^,.;:()\"]){3,80}?)"  # "100,000 consumers" is one object
_ARTICLE = re.compile(r"^(?:a|an|the|its|their|his|her)\s+", re.I)
_UTILITY = r"(?P<what>power|electricity|heating|water|gas|light|power and heating|" \
           r"electricity and heating|power and water|electricity and water)"

_EN = [  # (pattern, how the phrase is written)
    (re.compile(rf"(?<![\w])(?:damaging|damaged|destroying|destroyed)\s+{_NP}{_END}"),
     "{np} {verb}"),
    (re.compile(rf"(?<![\w])(?:leaving|left)\s+{_NP}\s+without\s+{_UTILITY}(?![\w])"),
     "{np} left without {what}"),
    (re.compile(rf"(?<![\w])(?:cutting|cut|knocking out|knocked out)\s+(?:the\s+)?power\s+"
                rf"(?:supply\s+)?to\s+{_NP}{_END}"), "power cut to {np}"),
    (re.compile(rf"(?<![\w])(?:setting|set)\s+fire\s+to\s+{_NP}{_END}"), "fire at {np}"),
    (re.compile(rf"(?<![\w])(?:setting|set)\s+{_NP}\s+(?:ablaze|on fire)(?![\w])"),
     "{np} set ablaze"),
    (re.compile(rf"(?<![\w])(?:causing|caused|sparking|sparked|starting|started)\s+"
                rf"(?:a\s+)?(?P<adj>(?:huge|large|massive|major|big|small)\s+)?fires?"
                rf"(?:\s+(?:at|in|on)\s+{_NP}{_END})?"), "{adj}fire at {np}"),
    (re.compile(rf"(?<![\w])(?:a\s+)?fire\s+broke\s+out(?:\s+(?:at|in|on)\s+{_NP}{_END})?"),
     "fire at {np}"),
]
_IT_DAMAGE = re.compile(rf"(?<![\w])(?:danneggiando|ha danneggiato|hanno danneggiato|"
                        rf"distruggendo|ha distrutto|hanno distrutto)\s+{_NP}{_END}")
_IT_FIRE = re.compile(r"(?<![\w])(?:provoca\w*|causa\w*|scatena\w*|appicca\w*)\s+"
                      r"(?:un\s+|l'|gli\s+|diversi\s+|alcuni\s+)(?:vasto\s+|grande\s+)?"
                      r"incendi[oi]")


def _phrase(template: str, m: re.Match[str], text: str) -> str | None:
    np = m.groupdict().get("np")
    if "{np}" in template and not np:
        template = template.replace(" at {np}", "")
        if "{np}" in template:
            return None
    verb = "destroyed" if m.group().lower().startswith("destr") else "damaged"
    parts = {"verb": verb, "what": (m.groupdict().get("what") or "").strip(),
             "adj": m.groupdict().get("adj") or ""}
    if np:
        s, e = m.span("np")
        raw = " ".join(text[s:e].split())
        parts["np"] = raw if template.startswith(("fire at", "power cut")) else \
            _ARTICLE.sub("", raw)
    return template.format(**parts).strip()


# a passive verb is followed by where it happened, not by what it damaged
_PASSIVE_BEFORE = re.compile(r"(?<![\w])(?:were|was|been|are|is)\s+$")
_NOT_AN_OBJECT = re.compile(r"(?:over|above|in|near|across|by|during|on)\s")


# the stems every pattern above starts from: one scan decides whether to try them at all
_ANY = re.compile(r"damag|destro|leav|left|cut|knock|set|caus|spark|start|fire|danneg|distru|"
                  r"provoc|scaten|appicc")


def find_damage(ctx: Ctx, start: int, end: int) -> tuple[str, tuple[int, int]] | None:
    """The damage named in [start, end): one phrase (several joined by "; ") and the span
    that holds them, or None."""
    view = ctx.view
    found: list[tuple[str, tuple[int, int]]] = []
    if not _ANY.search(view, start, end):
        return None
    for pat, template in _EN:
        for m in pat.finditer(view, start, end):
            np = m.groupdict().get("np")
            if np and (weapon_re().search(view, *m.span("np")) or (re.match(r"\d", np)
                       and not re.search(r"[a-z]{3}", np))):
                continue  # "destroyed 40 drones": an interception, not damage
            if any(a < m.end() and m.start() < b for _, (a, b) in found):
                continue
            if np and _NOT_AN_OBJECT.match(np) and _PASSIVE_BEFORE.search(
                    view, max(start, m.start() - 12), m.start()):
                continue  # "drones, all of which were destroyed over the Kyiv region"
            if (phrase := _phrase(template, m, ctx.text)) is not None:
                found.append((phrase, m.span()))
    if ctx.bulletin.language == "it":
        for m in _IT_FIRE.finditer(view, start, end):
            found.append(("fire", m.span()))
        pat, table = target_re()
        for m in _IT_DAMAGE.finditer(view, start, end):
            # "un deposito di munizioni per i lanciarazzi HIMARS": the target, then what it
            # held
            t = pat.fullmatch(view, *m.span("np")) or pat.fullmatch(
                view, m.start("np") + len(_it_article(m.group("np"))), m.end("np")) \
                or _head(pat, view, m.start("np") + len(_it_article(m.group("np"))), m.end("np"))
            if t and table.get(t.group()):
                verb = "destroyed" if "distr" in m.group() else "damaged"
                found.append((f"{table[t.group()]} {verb}", m.span()))
    if not found:
        return None
    found.sort(key=lambda f: f[1][0])
    return "; ".join(p for p, _ in found), (found[0][1][0], found[-1][1][1])


def _head(pat: re.Pattern[str], view: str, start: int, end: int) -> re.Match[str] | None:
    """A target that opens [start, end) and ends where a word does, before "per"/"di"."""
    t = pat.match(view, start, end)
    if t is None or not re.match(r"\s+(?:per|di|del|della|dei|delle|con)\s", view[t.end():end]):
        return None
    return t


def _it_article(np: str) -> str:
    m = re.match(r"(?:una|uno|un'|un|il|lo|la|l'|i|gli|le)(?:\s+|(?<='))", np)
    return m.group() if m else ""
