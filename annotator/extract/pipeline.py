"""extract(bulletin) -> facts: every item, every kind, each value with its evidence span."""

from __future__ import annotations

import gc
import hashlib
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager

from pydantic import ValidationError

from annotator.extract import confidence
from annotator.extract.air_defence import extract_air_defence
from annotator.extract.context import Ctx, Draft
from annotator.extract.figures import extract_figures
from annotator.extract.incidents import extract_incidents
from annotator.extract.statements import denies, extract_statements
from annotator.extract.text import sentences
from annotator.models import FACT_ADAPTER, Bulletin, FactBase

EXTRACTOR = "rules"
VERSION = "0.19.18"
ORIGIN = f"{EXTRACTOR}/{VERSION}"
MAX_ITEM_CHARS = 4000
# a barrage aimed at the grid or at cities is a strike beside its interception claim
_AIMED_AT_GRID = re.compile(r"energy|power|infrastructure|cities")

log = logging.getLogger(__name__)


def _fact_id(bulletin_id: str, d: Draft, n: int) -> str:
    raw = f"{bulletin_id}:{d.kind}:{d.start}:{d.end}:{n}"
    return hashlib.sha1(raw.encode()).hexdigest()[:12]


def _to_fact(bulletin: Bulletin, d: Draft, n: int, strike_ids: dict[str, str]) -> FactBase | None:
    fields = dict(d.fields)
    if d.kind == "casualty" and d.key in strike_ids:
        fields["strike"] = strike_ids[d.key]
    evidence: list[dict[str, object]] = [{"start": d.start, "end": d.end, "field": None}]
    evidence += [{"start": a, "end": b, "field": name} for name, (a, b) in d.spans.items()
                 if name in fields]
    filled = sum(1 for v in fields.values() if v not in (None, False))
    confidence = round(max(0.1, min(0.95, d.confidence + 0.02 * min(filled, 5))), 2)
    try:
        return FACT_ADAPTER.validate_python({  # type: ignore[no-any-return]
            "id": _fact_id(bulletin.id, d, n), "kind": d.kind, "origin": ORIGIN,
            "confidence": confidence, "fields": fields, "evidence": evidence,
        })
    except ValidationError as exc:  # a rule produced a value the model refuses: drop it, say so
        log.warning("dropped a %s draft in %s: %s", d.kind, bulletin.id, exc)
        return None


_LONG_TEXT = 50_000  # characters; a day's bulletin is a few thousand


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Extraction makes many short-lived objects and no reference cycles worth chasing; on a
    long text the cyclic collector, walking ever more live objects, made the cost grow with
    the square of the length (5 MB of bulletins: 3x slower per character). Paused, not off:
    whatever was enabled is enabled again, and a cycle made meanwhile is collected later.
    Only for long texts: on a day's bulletin the deferred collection costs more than it saves."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _quoted(d: Draft, figures: list[Draft]) -> bool:
    """Whether a statement quotes words of its own, not a figure's scare-quoted value
    ("killing “up to 220” soldiers", "had lost “dozens” of armoured vehicles")."""
    q = d.spans.get("quote")
    if q is None:
        return False
    if len(str(d.fields.get("quote", "")).split()) >= 4:
        return True  # a sentence of its own, numbers or not: "The enemy has massed 170,000"
    return not any(a < q[1] and q[0] < b for f in figures for name, (a, b) in f.spans.items()
                   if name in ("value", "value_text", "metric", "unit"))


# aid is told by those who speak of it, not only counted: the gold makes the speaker's
# statement beside three aid figures in four ("Zelenskyy told journalists Ukraine would get
# €5bn from the fund")
_SPOKEN_METRICS = frozenset({"aid"})


def _counts_first(d: Draft, figures: list[Draft], segs: list[tuple[int, int]]) -> bool:
    """Whether a figure (not of aid) stands in the first sentence of the statement `d`: one
    whose first
    sentence tells more than numbers stands, whatever the next one counts ("…said its forces
    had captured the village of Zhovte. It said Ukraine had lost up to 1,500 troops")."""
    end = next((b for a, b in segs if a <= d.start < b), d.end)
    return any(d.start <= f.start < end for f in figures
               if f.fields.get("metric") not in _SPOKEN_METRICS)


def extract(bulletin: Bulletin, strict: bool = False) -> list[FactBase]:
    """Suggested facts for `bulletin`; evidence offsets are into `bulletin.text`. A rule that
    fails on an item is logged and costs only that item's facts, unless `strict` (tests,
    evaluation and fuzzing), where it raises."""
    if len(bulletin.text) < _LONG_TEXT:
        return _extract(bulletin, strict)
    with _collector_paused():
        return _extract(bulletin, strict)


def _item_drafts(ctx: Ctx, i: int) -> list[Draft]:
    """Every kind's drafts for item `i`."""
    bulletin = ctx.bulletin
    item = bulletin.items[i]
    segs = [(s.start, s.end) for s in sentences(bulletin.text, item.start, item.end, i)]
    incidents = extract_incidents(ctx, i, segs)
    air = extract_air_defence(ctx, i, segs)
    if air and not any(d.kind == "casualty" for d in incidents):
        # interception claims are not strikes, unless people were hurt or damage is told
        # ("drones attacked the port, starting a fire, adding that 3 were shot down"), or the
        # strike is told in a sentence of its own ("Mercoledì un altro drone aveva colpito")
        incidents = [d for d in incidents if "damage" in d.fields or _AIMED_AT_GRID.search(
            str(d.fields.get("target", ""))) or not any(
            a.start < d.end and d.start < a.end for a in air)]
    said = extract_statements(ctx, i, segs, incident=bool(incidents or air),
                              hurt=[d.start for d in incidents if d.kind == "casualty"],
                              told=[(d.start, d.end) for d in incidents + air])
    # numbers other facts hold are not figures; a quotation holds none ("lost “dozens”")
    used = [span for d in incidents + air + said for name, span in d.spans.items()
            if name not in ("quote", "damage")]
    figures = extract_figures(ctx, i, segs, used,
                              [d for d in incidents + air if d.kind != "casualty"],
                              [d.spans["damage"] for d in incidents if "damage" in d.spans])
    # "18 communities in all were shelled": a count of places attacked is a tally, not one
    # strike somewhere in the region (unless it names a town, victims, a target or damage)
    tallied = [(d.start, d.end) for d in figures if d.fields.get("metric") == "places_attacked"]
    incidents = [d for d in incidents if d.kind != "strike" or not any(
        a < d.end and d.start < b for a, b in tallied) or any(
        name in d.fields for name in ("settlement", "district", "killed", "injured", "target",
                                      "damage"))]
    # an official who only reports a number is the figure's claimant, not a statement;
    # one who pledges something makes a statement that carries the commitment
    pledged = [c.start for c in said if c.kind == "commitment"]
    # (a denial is a statement whatever numbers stand beside it: "Ukraine's General Staff
    # denied that its units were being encircled, and put Russia's losses at 1,390")
    said = [d for d in said if d.kind != "statement" or _quoted(d, figures)
            or not _counts_first(d, figures, segs)
            or any(d.start <= c < d.end for c in pledged)
            or denies(ctx, d)]
    return incidents + air + said + figures


def _extract(bulletin: Bulletin, strict: bool) -> list[FactBase]:
    return [fact for fact, _ in scored(bulletin, strict)]


def scored(bulletin: Bulletin, strict: bool = False) -> list[tuple[FactBase, dict[str, float]]]:
    """The facts of `bulletin`, each with the features its confidence was estimated from
    (see `confidence`; the calibration fits on these)."""
    ctx = Ctx(bulletin)
    by_item: list[tuple[int, list[Draft]]] = []  # each item's drafts, in the text's order
    for i, item in enumerate(bulletin.items):
        if item.end - item.start > MAX_ITEM_CHARS:
            continue  # not a bulletin item: a wall of text has no one fact to suggest
        try:
            by_item.append((i, _item_drafts(ctx, i)))
        except Exception:
            if strict:
                raise
            # a rule that fails on one item costs that item's suggestions, not the bulletin's
            log.exception("the rules failed on item %d of %s; its facts are left out",
                          i + 1, bulletin.id)
    language = bulletin.language.value if bulletin.language else "unknown"
    strike_ids: dict[str, str] = {}
    facts = []
    drafts = [(i, d, found) for i, found in by_item for d in found]
    for n, (i, d, siblings) in enumerate(drafts):
        fact = _to_fact(bulletin, d, n, strike_ids)
        if fact is None:
            continue
        if d.kind == "strike":
            strike_ids[d.key] = fact.id
        item = bulletin.items[i]
        prior = fact.confidence or d.confidence
        feats = confidence.features(d, prior, (item.start, item.end), siblings, language,
                                    bulletin.text)
        fact.confidence = confidence.estimate(d.kind, feats, prior)
        facts.append((fact, feats))
    return facts
