"""Attributed statements: speaker, role, country, organisation, quote, medium, venue,
via and date; the commitments they carry are read by `commitments`."""

from __future__ import annotations

import re
from functools import cache

from annotator.dates import WEEKDAY_RE
from annotator.extract.actors import (
    BODY_FORMS,
    OrgMention,
    Person,
    country_of,
    find_orgs,
    office_patterns,
    role_name,
    state_body_name,
)
from annotator.extract.attribution import (
    SPEECH,
    Attribution,
    attribute,
    find_medium,
    find_venue,
    find_via,
    first_quote,
    no_speaker_before,
    speakers_in,
)
from annotator.extract.commitments import dedupe_commitments, find_commitments, later_count
from annotator.extract.context import Ctx, Draft, find_date
from annotator.extract.lexicons import (
    capitals,
    countries,
    demonyms,
    government_names,
    governments,
    office_held,
    state_of,
)
from annotator.extract.trie import alternation

_ACT_VERB = re.compile(r"announced|unveiled|imposed|approved|ha annunciato|hanno annunciato|"
                       r"ha imposto|hanno imposto|ha approvato|hanno approvato|annuncia|annunciato")
_CHARACTERISED = re.compile(r"(?:definit\w*|called|described|branded|termed|accus\w+)")
# "…, the governor said, describing the bombardment as “senseless brutality”", "definendo
# l'attacco “un crimine di guerra”": the speaker's own words on what the sentence reports;
# so too a verb of its own after the report ("…, and called the strike “a provocation”", "…,
# che ha definito l'attacco “terrorismo puro”")
_CHARACTERISING = re.compile(r"(?<![\w])(?:describing|calling|branding|labell?ing|terming|"
                             r"descrivendo|definendo|bollando|"
                             r"(?:and|who|e|che)\s+(?:ha\s+|had\s+)?(?:called|described|"
                             r"branded|termed|definito|descritto|bollato))\s+"
                             r"(?:[\w'’-]+\s+){0,4}?(?:as\s+|come\s+)?(?:an?\s+|una?\s+)?\"")
_DENIAL = re.compile(r"(?:denied|denies|deny|dismissed|rejected|negato|nega|smentit\w*|"
                     r"respint\w*|liquidat\w*|liquidando|bollat\w*|bollando)")

# a plain denial of a fact (not "dismissed" or "rejected", which characterise a claim)
_DENIES = re.compile(r"(?<![\w])(?:denied|denies|denying|ha smentito|hanno smentito|smentendo|"
                     r"ha negato|hanno negato|negando|"
                     # the other side's claim rejected ("rejected the claim, saying its troops
                     # had repelled 17 assaults"; "ha respinto l'affermazione")
                     r"(?:rejected|dismissed) (?:the|that|this|moscow's|kyiv's|russia's|"
                     r"ukraine's) (?:\w+ )?(?:claim|report|assertion)s?|"
                     r"(?:ha|hanno) respinto (?:l'|la |le |quest\w+ )(?:\w+ )?(?:affermazion\w+|"
                     r"rivendicazion\w+|notizi\w+))(?![\w])")


def denies(ctx: Ctx, d: Draft) -> bool:
    """Whether the statement `d` denies something ("Ukraine's General Staff denied that its
    units were being encircled"): a statement whatever numbers stand beside it."""
    return _DENIES.search(ctx.view, d.start, d.end) is not None


# ground won or lost: a claim of its own beside the item's incidents
_GROUND_CLAIM = re.compile(r"(?<![\w])(?:captured|taken (?:full )?control|took (?:full )?control|"
                           r"had taken|have taken|has taken|liberated|seized|withdr[ae]w\w*|"
                           r"conquistat[oaie]|liberat[oaie]|pres[oaie] il controllo|"
                           r"ritirat[oaie]|occupat[oaie])(?![\w])")


_BLAME = re.compile(r"(?<![\w])(?:each other|traded blame|traded accusations|a vicenda)(?![\w])")


@cache
def _pair_says_re() -> re.Pattern[str]:
    """Two countries or capitals speaking together: "Russia and Ukraine have accused each
    other", "Moscow and Kyiv traded blame", "Romania and Latvia said"."""
    names = alternation([*countries()[0], *capitals()])
    return re.compile(rf"(?<![\w])(?<!of )(?<!di )(?<!, )({names})\s+(?:and|e)\s+({names})"
                      r"(?:,[^,.;]{0,60},)?\s+(?:(?:have|has|had|both|also|hanno|entrambi)\s+)*"
                      r"(?P<verb>accused each other|traded (?:blame|accusations)|blamed each "
                      r"other|said|say|si sono accusat[ie] a vicenda|hanno detto)(?![\w])")


def extract_statements(ctx: Ctx, item: int, segs: list[tuple[int, int]],
                       incident: bool, hurt: list[int] | None = None,
                       told: list[tuple[int, int]] | None = None) -> list[Draft]:
    """Statements (skipped in incident items, whose sources are already recorded, unless a
    person comments in quoted words on a sentence that reports no victims: "Putin said the
    attack was a “clear sign of terrorist activity”") and commitments for one item."""
    it = ctx.bulletin.items[item]
    out: list[Draft] = []
    by_speaker: dict[str, Draft] = {}
    last: Attribution | None = None
    for s, e in segs:
        # a sentence of an incident item that tells no incident ("Its forces had also
        # captured the village of Pervomaiske, the ministry said") is a statement of its own
        in_incident = incident and (told is None or any(a < e and s < b for a, b in told)
                                    or not _GROUND_CLAIM.search(ctx.view, s, e))
        att = attribute(ctx, s, e, (it.start, it.end))
        if att is not None:
            last = att
            piece = ctx.view[s:e]
            if att.speaker is None and any(w in piece for w in _STAFF_AFTER_VERB) \
                    and (an := _ANON.search(ctx.view, s, e)) and an["role2"]:
                att = None  # "…, hanno detto due diplomatici": they speak, not a body before
        if att is None and not in_incident and (anon := _anonymous(ctx, s, e)) is not None:
            out.append(anon)  # "Two US officials told Reuters": no name, still a statement
        # (a quoted phrase of a few words, "an attack on “an industrial enterprise”", is
        # no comment)
        comment = in_incident and att is not None and att.speaker is not None \
            and (quote := first_quote(ctx, s, e)) is not None and len(quote[0].split()) >= 4 \
            and not any(s <= h < e for h in hurt or ())
        # "Ukraine’s General Staff dismissed the claim as “propaganda”": the other side's
        # denial of a claim in an incident item is a statement of its own
        comment = comment or (in_incident and att is not None and att.verb is not None
                              and (att.speaker is not None or att.org is not None)
                              and (_DENIAL.search(ctx.view, *att.verb) is not None
                                   # "ha definito gli attacchi “molto preoccupanti”"
                                   or (_CHARACTERISED.search(ctx.view, *att.verb) is not None
                                       and first_quote(ctx, s, e) is not None)
                                   or _CHARACTERISING.search(ctx.view, att.verb[1], e)
                                   is not None))
        if att is not None and (not in_incident or comment):
            for part, ps, pe in _speech_parts(ctx, att, s, e, (it.start, it.end)):
                if part.speaker is None and part.org is not None and part.verb is not None \
                        and part.org.name in government_names() \
                        and _ACT_VERB.fullmatch(ctx.view, *part.verb):
                    continue  # "Denmark announced a new military aid package": an act, told
                    # by its pledge, not words of a speaker
                _state(ctx, part, ps, pe, it.start, by_speaker, out, e)
            # "Il ministro della Difesa lituano ha detto che …, mentre la Danimarca ha
            # annunciato …": an office named without its holder, speaking beside another
            if att.verb is not None and (said := _office_re().search(ctx.view, s, e)) \
                    and not said.start() <= att.verb[0] < said.end() \
                    and (office := _office(ctx, s, e, said)) is not None:
                out.append(office)
        # "Russia and Ukraine have accused each other": each speaks (in an incident item too:
        # blame traded over an attack is what each side says of it)
        if not in_incident or _BLAME.search(ctx.view, s, e):
            for pair in _pair_says_re().finditer(ctx.view, s, e):
                for g in (1, 2):
                    if (code := state_of(pair.group(g))) in governments():
                        body = OrgMention(governments()[code], code, *pair.span(g))
                        _state(ctx, Attribution(org=body, verb=pair.span("verb")), s, e,
                               it.start, by_speaker, out, e)
        if not in_incident or (att is not None and att.speaker is not None):
            found = find_commitments(ctx, s, e, att or last)
            out.extend(_counted_later(ctx, out, found, s, e))
    return dedupe_commitments(out)


def _counted_later(ctx: Ctx, out: list[Draft], found: list[Draft], s: int, e: int
                   ) -> list[Draft]:
    """The commitments `found` in the sentence [s, e), less a count it gives by a pronoun of
    the pledge before it, which becomes that pledge's quantity (on each copy of it): "Oslo
    would send Leopard 2 tanks. The country will supply eight of them"."""
    piece = ctx.view[s:e]
    if "of them" not in piece and "ne " not in piece:  # (a plain test first: cheaper)
        return found
    prev = next((d for d in reversed(out) if d.kind == "commitment"), None)
    if prev is None or "quantity" in prev.fields or (n := later_count(ctx, s, e)) is None:
        return found
    for d in [d for d in out if d.kind == "commitment" and d.start == prev.start
              and d.fields == prev.fields]:
        d.set("quantity", n.value, (n.start, n.end))
        if n.vague or n.qualified:
            d.set("quantity_text", ctx.text[n.start:n.end], (n.start, n.end))
    return [d for d in found if d.spans.get("quantity") != (n.start, n.end)
            or d.fields.get("action") != prev.fields.get("action")]


def _state(ctx: Ctx, att: Attribution, s: int, e: int, lo: int, by_speaker: dict[str, Draft],
           out: list[Draft], sentence_end: int) -> None:
    """The statement of `att` over [s, e): a new one, or the speaker's earlier one extended
    (a second medium is a second speech act). The agency that relays it may close the
    sentence ("…, secondo la TASS")."""
    key = att.speaker.name if att.speaker else att.org.name if att.org else "?"
    d = by_speaker.get(key)
    if d is not None and "medium" in d.fields and (m := find_medium(ctx, s, e)) \
            and m[0] != d.fields["medium"]:
        d = None  # wrote on Telegram, then said in a video address: two speech acts
    if d is None:
        d = Draft("statement", s, e)
        by_speaker[key] = d
        out.append(d)
        if att.speaker:
            p = att.speaker
            d.set("speaker", p.name, (p.start, p.end))
            # a public figure the text names without the office, the country or the body:
            # the office held that day ("Rafael Grossi said": director general, IAEA)
            held = office_held(p.name, ctx.anchor)
            d.set("role", p.role or (held.role if held else None), p.role_span)
            d.set("country", p.country or (held.country if held else None), p.country_span)
            if org := _org_of(ctx, p, lo):
                d.set("organization", org.name, (org.start, org.end))
                if not p.country:
                    d.set("country", org.country, (org.start, org.end))
            elif held:
                d.set("organization", held.organization, p.role_span)
            if "country" not in d.fields and p.role and s < p.start \
                    and (home := _opening_country(ctx, s, p.role)) is not None:
                d.set("country", home[0], home[1])
        elif att.org:
            d.set("organization", att.org.name, (att.org.start, att.org.end))
            d.set("country", att.org.country, (att.org.start, att.org.end))
            # "two EU diplomats said", "un portavoce del governo tedesco ha detto", "…, ha
            # annunciato un portavoce"
            if staff := _STAFF_AFTER.match(ctx.view, att.org.end) or _STAFF_BEFORE.search(
                    ctx.view, max(lo, att.org.start - 40), att.org.start) or (
                    _STAFF_AFTER_VERB_IT.match(ctx.view, att.verb[1]) if att.verb else None):
                role = staff.group(1)
                d.set("role", "diplomat" if role.startswith("diplomat") else "spokesperson"
                      if role.startswith(("spokes", "portavoce")) else "official",
                      staff.span(1))
            elif office := _office_after_org().match(ctx.view, att.org.end):
                # "The European Union's foreign policy chief told …": the body's office
                d.set("role", role_name(office.group("role")), office.span("role"))
            d.confidence = 0.6
    d.end = max(d.end, e)
    _where_said(ctx, d, s, e, sentence_end)


# "Canada will pay its C$5bn share …, Finance Minister Chrystia Freeland said": a minister
# named with no country, after the words, speaks for the country they open with
_OPENING = re.compile(r"[\s\-–—•]*(?:the\s+|la\s+|il\s+|l'|lo\s+|gli\s+|i\s+|le\s+)?")
_NATIONAL_ROLE = re.compile(r"(?:minister|secretary|president|chancellor|premier)$")


@cache
def _opening_re() -> tuple[re.Pattern[str], dict[str, str]]:
    names = {f: c for f, c in {**countries()[0], **capitals()}.items() if len(f) >= 4}
    return re.compile(rf"{alternation(names)}(?![\w])"), names


def _opening_country(ctx: Ctx, s: int, role: str) -> tuple[str, tuple[int, int]] | None:
    """The country that the words [s, …) open with, for a speaker of a national `role`."""
    if not _NATIONAL_ROLE.search(role):
        return None
    lead = _OPENING.match(ctx.view, s)
    pattern, names = _opening_re()
    m = pattern.match(ctx.view, lead.end() if lead else s)
    return (names[m.group()], m.span()) if m else None


def _where_said(ctx: Ctx, d: Draft, s: int, e: int, sentence_end: int) -> None:
    """Quote, medium, venue, date from [s, e) and the relaying agency from the whole
    sentence, for the fields the statement does not have yet."""
    for name, finder in _STATEMENT_FINDERS:
        if name not in d.fields and (found := finder(ctx, s, sentence_end if name == "via"
                                                     else e)):
            d.set(name, found[0], found[1])


_SPEAKER_JOIN = re.compile(r",?\s+(?:e|and|mentre|while|whereas)\s+|;\s+|"
                           r",\s+(?P<but>but|ma|however)\s+|"
                           # "…, a claim Ukrainian spokesperson Oleksandr Motuzyanyk dismissed"
                           r",\s+(?:a claim|an assertion|an allegation|un'affermazione|"
                           r"un’affermazione|un'accusa|un’accusa)\s+(?:that\s+|which\s+|che\s+)?")


def _speech_parts(ctx: Ctx, att: Attribution, s: int, e: int, item: tuple[int, int]
                  ) -> list[tuple[Attribution, int, int]]:
    """The sentence cut where a second speaker takes the word ("Shoigu reported to Putin
    that ..., e Putin si è congratulato"): each part with its own speaker."""
    parts = [(att, s, e)]
    for j in _SPEAKER_JOIN.finditer(ctx.view, s, e):
        if not SPEECH.search(ctx.view, j.end(), e):
            continue
        other = attribute(ctx, j.end(), e, item)
        last, ps = parts[-1][0], parts[-1][1]
        if last.speaker is not None and not ps <= last.speaker.start < j.start() \
                and (before := attribute(ctx, ps, j.start(), item)) is not None \
                and (before.speaker is not None or before.org is not None):
            # "Il ministero iraniano ha negato …, mentre Kuleba ha detto": the part before
            # has a speaker of its own, not the one the whole sentence found
            last = before
        # "Il ministero russo ha detto …; lo Stato maggiore ucraino ha smentito": a body too
        who = (other.speaker.start, other.speaker.name) if other and other.speaker else \
            (other.org.start, other.org.name) if other and other.org and other.verb \
            and 0 <= other.verb[0] - other.org.end <= 25 else None  # the body as the subject
        prior = last.speaker.name if last.speaker else last.org.name if last.org else None
        if other is None or who is None or not j.end() <= who[0] < e or who[1] == prior:
            continue
        if no_speaker_before(ctx.view, max(s, who[0] - 60), who[0]):
            continue  # "A meeting between Vladimir Putin and Donald Trump …, he said"
        if j.group("but") and (other.verb is None or other.verb[0] < who[0]):
            continue  # ", but said he wanted to speak to Putin": no subject of its own
        parts[-1] = (last, ps, j.start())
        parts.append((other, j.end(), e))
    return parts


# "two US officials told Reuters", "due funzionari statunitensi hanno detto a Reuters"
_ANON = re.compile(
    r"(?<![\w])(?:(?:two|three|several|some|a|an|one|due|tre|alcuni|diversi|un|una)\s+)?"
    r"(?:senior\s+|high-ranking\s+|alti?\s+)?(?:(?P<adj>[a-z]+)\s+)?"
    r"(?P<role>officials?|diplomats?|funzionari[oa]?|diplomatic[oi]|alti funzionari)"
    r"(?:\s+(?P<adj2>[a-z]+))?,?\s+(?=(?:told|said|say|says|hanno detto|ha detto|have said|"
    r"hanno riferito|ha riferito|speaking)(?![\w]))"
    # the Italian order, verb first: "…, hanno detto due funzionari americani all'agenzia Reuters"
    # (also one: "…, ha detto un alto funzionario militare degli Stati Uniti")
    r"|(?:(?<=hanno detto )|(?<=hanno riferito )|(?<=ha detto )|(?<=ha riferito )|"
    r"(?<=ha dichiarato ))(?:(?:due|tre|alcuni|diversi|un|una)\s+)?(?:alt[oaie]\s+)?"
    r"(?P<role2>funzionari[oa]?|diplomatic[oi]|diplomatica)(?:\s+(?:militare|militari|"
    r"governativ[oi]))?(?:\s+(?:(?:degli|del|della|dell')\s+(?P<adj4>stati uniti|"
    r"[a-z]+)|(?P<adj3>[a-z]+)))?"
    # "an official from the Russian-installed administration in Zaporizhzhia told a radio
    # station", "un funzionario dell'amministrazione regionale ha detto": the body named after
    r"|(?<![\w])(?:a|an|one|two|three|several|un|una|due|tre|alcuni)\s+(?:senior\s+|alti?\s+)?"
    r"(?P<role3>officials?|funzionari[oa]?)\s+(?:from|of|at|in|with|del|della|dell'|dello|dei|"
    r"degli|delle)\s*(?:the\s+)?(?P<body>[^,.;:\"“”]{3,70}?)\s*,?\s+(?=(?:told|said|say|says|"
    r"hanno detto|ha detto|have said|hanno riferito|ha riferito)(?![\w]))")


_SAYS = (r"(?:said|says|told|added|warned|announced|stated|wrote|ha detto|ha affermato|"
         r"ha dichiarato|ha annunciato|ha aggiunto|ha avvertito|ha scritto|ha riferito)(?![\w])")


@cache
def _office_after_org() -> re.Pattern[str]:
    """An office of the body just named: "['s] foreign policy chief", "'s secretary general"."""
    return re.compile(rf"(?:'s)?\s+(?P<role>{office_patterns()[0]})(?![\w])")


@cache
def _office_re() -> re.Pattern[str]:
    """An office named with its country and no name, speaking: "Il ministro della Difesa
    lituano ha detto", "Lithuania's defence minister said", "the Polish foreign minister
    told reporters"."""
    rol, adj = office_patterns()
    return re.compile(rf"(?<![\w])(?:(?:the|il|la|l')\s+)?(?:(?P<a1>{adj})\s+)?(?P<role>{rol})"
                      rf"(?:\s+(?P<a2>{adj}))?\s*,?\s+(?:(?:has|had|also)\s+){{0,2}}{_SAYS}")


def _office(ctx: Ctx, s: int, e: int, m: re.Match[str] | None = None) -> Draft | None:
    """The statement of an office named with its country and no name in [s, e) (`m`: its
    match, if the caller has it)."""
    m = m or _office_re().search(ctx.view, s, e)
    if m is None or not (m.group("a1") or m.group("a2")):
        return None
    code = next((c for g in ("a1", "a2") if m.group(g) and (c := country_of(m.group(g)))), None)
    if code is None:
        return None
    d = Draft("statement", s, e, confidence=0.5)
    d.set("role", role_name(m.group("role")), m.span("role"))
    d.set("country", code, m.span("a1" if m.group("a1") else "a2"))
    _where_said(ctx, d, s, e, e)
    return d


_STAFF_AFTER_VERB = ("diplomatic", "funzionari")  # the words _ANON's role2 needs
_STAFF_AFTER = re.compile(r"\s+(?:senior\s+)?(officials?|diplomats?|spokes(?:person|man|woman))"
                          r"(?![\w])")
_STAFF_BEFORE = re.compile(r"(?<![\w])(?:un|una|il|la|i|gli|alcuni)\s+(?:alti\s+)?(portavoce|"
                           r"funzionari[oa]?|diplomatic[oi])\s+(?:del|della|dell'|dello|dei|degli|"
                           r"delle)\s*$")
_STAFF_AFTER_VERB_IT = re.compile(r"\s+(?:un|una|il|la)\s+(portavoce|funzionari[oa])(?![\w])"
                                  r"(?!\s+(?:del|della|dell'|dello)\b)")


# "…, a top aide to Zelenskyy said", "said an ally of President Putin", "ha detto un
# consigliere del presidente Volodymyr Zelenskyy": an unnamed aide speaks, of the country of
# the one served
_AIDE = (r"(?:a|an|un|uno|una|one)\s+(?:(?:of the|of his|dei|degli|delle)\s+)?"
         r"(?:(?:top|senior|close|closest|chief|alto|stretto|stretti|più)\s+)*"
         r"(?P<role>aide|adviser|advisor|ally|allies|consigliere|consigliera|collaboratore|"
         r"collaboratrice|assistente|alleato|alleati)\s+(?:to|of|del|della|dello|dell'|dell’|di)"
         r"\s+(?P<whom>[^,.;]{3,40}?)")
_SAID = (r"(?:said|says|told|wrote|added|ha detto|ha dichiarato|ha affermato|ha aggiunto|"
         r"ha scritto|ha riferito)")
_AIDE_OF = re.compile(rf"(?<![\w]){_AIDE}\s*,?\s+{_SAID}(?![\w])")
_SAID_AIDE_OF = re.compile(rf"(?<![\w]){_SAID}\s+{_AIDE}(?=\s*(?:[,.;:]|$|\s(?:in|on|at|to|su|"
                           rf"a|al|alla|in un|in una)\s))")
_AIDE_ROLES = {"advis": "adviser", "consig": "adviser", "all": "ally"}  # (alleato: "all")


def _aide_of(ctx: Ctx, s: int, e: int) -> Draft | None:
    m = _AIDE_OF.search(ctx.view, s, e) or _SAID_AIDE_OF.search(ctx.view, s, e)
    if m is None:
        return None
    served = next((p for p in speakers_in(ctx, m.start("whom"), m.end("whom"))
                   if p.country), None)
    if served is None:
        return None
    d = Draft("statement", s, e, confidence=0.5)
    word = m.group("role")
    d.set("role", next((r for k, r in _AIDE_ROLES.items() if word.startswith(k)), "aide"),
          m.span("role"))
    d.set("country", served.country, (served.start, served.end))
    _where_said(ctx, d, s, e, e)
    return d


def _anonymous(ctx: Ctx, s: int, e: int) -> Draft | None:
    """A statement by unnamed officials, or by an office named without its holder: role
    and country, no speaker."""
    m = _ANON.search(ctx.view, s, e)
    if m is None:
        return _spokesperson(ctx, s, e) or _office(ctx, s, e) or _aide_of(ctx, s, e)
    d = Draft("statement", s, e, confidence=0.5)
    role = next(g for g in ("role", "role2", "role3") if m.group(g))
    d.set("role", "diplomat" if m.group(role).startswith("diplomat") else "official",
          m.span(role))
    for g in ("adj", "adj2", "adj3", "adj4"):
        if m.group(g) and (c := country_of(m.group(g))):
            d.set("country", c, m.span(g))
    if m.group("body"):  # the body the official is of, and its country
        bs, be = m.span("body")
        if org := next(iter(find_orgs(ctx.view, bs, be, ctx.text)), None):
            d.set("organization", org.name, (org.start, org.end))
            if org.country:
                d.set("country", org.country, (org.start, org.end))
        for w in re.finditer(r"[a-zà-ù]+", ctx.view[bs:be]):
            if "country" not in d.fields and (c := country_of(w.group())):
                d.set("country", c, (bs + w.start(), bs + w.end()))
    _where_said(ctx, d, s, e, e)
    return d


_SPOKES = r"spokes(?:person|man|woman)"
_HEADS_OFFICE = r"(?:prime minister|president|chancellor)'s\s+office"
_HEADS_OFFICE_IT = r"(?:l'\s*)?ufficio\s+del\s+(?:primo ministro|presidente|cancelliere)"


@cache
def _spokesperson_re() -> re.Pattern[str]:
    """A spokesperson of a state body whose country the phrase does not name ("a defence
    ministry spokesperson told journalists", "ha detto un portavoce del governo"), or the
    office of a head of government with its country ("the Swedish prime minister's office
    said", "l'ufficio del primo ministro svedese ha affermato")."""
    _, adjs = countries()
    adj = alternation(adjs)
    return re.compile(
        rf"(?<![\w])(?:(?:a|an|one|the)\s+(?P<b>{BODY_FORMS})\s+{_SPOKES}\s*,?\s+{_SAYS}"
        rf"|{_SAYS}\s+(?:a|an|one|the)\s+(?P<b2>{BODY_FORMS})\s+{_SPOKES}(?![\w])"
        rf"|(?:un|una|il|la)\s+portavoce\s+del(?:l'|lo|la)?\s*(?P<bi>{BODY_FORMS})\s*,?\s+"
        rf"{_SAYS}"
        rf"|{_SAYS}\s+(?:un|una|il|la)\s+portavoce\s+del(?:l'|lo|la)?\s*(?P<bi2>{BODY_FORMS})"
        rf"(?![\w])(?!\s+(?:{adj})(?![\w]))"
        rf"|(?:the\s+)?(?P<a>{adj})\s+{_HEADS_OFFICE}\s+{_SAYS}"
        rf"|{_HEADS_OFFICE_IT}\s+(?P<ai>{adj})\s*,?\s+{_SAYS})")


@cache
def _subject_country_re() -> re.Pattern[str]:
    """A country, or its capital, opening a sentence as its subject ("Germany will deliver",
    "Berlino consegnerà")."""
    names = [*countries()[0], *capitals()]
    return re.compile(rf"\s*(?:the\s+|la\s+|il\s+|l')?({alternation(names)})(?![\w'])")


def _spokesperson(ctx: Ctx, s: int, e: int) -> Draft | None:
    """The statement of a state body's spokesperson in [s, e) whose country is the one
    the sentence opens on, or of a head of government's office: no speaker."""
    m = _spokesperson_re().search(ctx.view, s, e)
    if m is None:
        return None
    d = Draft("statement", s, e, confidence=0.5)
    g = m.lastgroup or ""
    if g in ("a", "ai"):  # an office: the government speaks
        code = country_of(m.group(g))
        if code is None or code not in governments():
            return None
        d.set("country", code, m.span(g))
        d.set("organization", governments()[code], m.span())
    else:
        subject = _subject_country_re().match(ctx.view, s, e)
        code = None if subject is None else (countries()[0].get(subject.group(1))
                                             or capitals().get(subject.group(1)))
        if subject is None or code is None or code not in demonyms():
            return None
        d.set("role", "spokesperson", m.span())
        d.set("country", code, subject.span(1))
        d.set("organization", state_body_name(code, m.group(g)), m.span(g))
    _where_said(ctx, d, s, e, e)
    return d


_ORG_TO_NAME = re.compile(r"(?:'s)?\s+(?:[a-z-]+\s+){0,3}$")


def _org_of(ctx: Ctx, p: Person, lo: int) -> OrgMention | None:
    """The body a speaker speaks for when named right before the role ("Kremlin spokesman
    Dmitry Peskov", "NATO Secretary General Jens Stoltenberg")."""
    orgs = find_orgs(ctx.view, max(lo, p.start - 50), p.start, ctx.text)
    if orgs and _ORG_TO_NAME.fullmatch(ctx.view, orgs[-1].end, p.start):
        return orgs[-1]
    # "Nazar Voloshyn, a spokesman for Ukraine’s Khortytsia group of forces, said"
    if p.role_span and p.role_span[0] > p.end:
        after = find_orgs(ctx.view, p.role_span[1], p.role_span[1] + 60)
        if after and _ROLE_TO_ORG.fullmatch(ctx.view, p.role_span[1], after[0].start):
            return after[0]
    return None


_ROLE_TO_ORG = re.compile(r"\s+(?:for|of|at|della|dello|dell'|degli|delle|dei|del|di)\s*"
                          r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}?")


def _said_on(ctx: Ctx, s: int, e: int):  # type: ignore[no-untyped-def]
    """A statement's date only when a weekday sits right by the speech verb ("said on
    Tuesday", "ha detto martedì"), not any weekday in the sentence."""
    for m in SPEECH.finditer(ctx.view, s, e):
        # "said on Tuesday", or the scene before the verb: "On Friday in Kyiv, von der Leyen
        # said", "Speaking in Davos on Tuesday, Zelenskyy said"
        # (after the verb, up to what is said: "wrote on Truth Social on Sunday that …")
        # ("told the same news conference in Kyiv on Wednesday that …")
        said = _WHAT_SAID.search(ctx.view, m.end(), min(e, m.end() + _SAID_REACH))
        near = find_date(ctx, max(s, m.start() - 25), said.start() if said else min(
            e, m.end() + 40)) or (
            find_date(ctx, s, m.start()) if _SCENE_DAY.match(ctx.view, s) else None)
        if near:
            return near
    return None


_WHAT_SAID = re.compile(r",|\s(?:that|che)\s")
_SAID_REACH = 70
# a sentence that opens on its scene: a day or a place, or the speaker speaking
_SCENE_DAY = re.compile(r"\s*(?:on\s+)?(?:" + WEEKDAY_RE + r"|speaking|addressing|parlando|"
                        r"intervenendo|in visita|visiting|at a|at the|in an?|during|durante|al|"
                        r"alla|in un|in una)(?![\w])")


_STATEMENT_FINDERS = (("quote", first_quote), ("medium", find_medium), ("venue", find_venue),
                      ("via", find_via), ("date", _said_on))

