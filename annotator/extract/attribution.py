"""Who says so, where, through whom: speech verbs, speakers, media, agencies, venues, quotes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from annotator.dates import WEEKDAY_RE
from annotator.extract.actors import (
    BODY_FORMS,
    OrgMention,
    Person,
    country_of,
    find_orgs,
    state_body_name,
)
from annotator.extract.context import Ctx
from annotator.extract.lexicons import (
    capitals,
    countries,
    demonyms,
    governments,
    media,
    state_of,
)
from annotator.extract.trie import alternation

SPEECH = re.compile(
    r"\b(?=\w)(?:(?:ha|hanno|aveva|avevano|è|sono)\s+(?:anche\s+|poi\s+|inoltre\s+|invece\s+|"
    r"però\s+|infine\s+|nuovamente\s+|già\s+|fermamente\s+|ripetutamente\s+|"
    r"pubblicamente\s+|categoricamente\s+|più volte\s+|ancora\s+|successivamente\s+)?"
    r"(?:detto|affermato|dichiarato|scritto|aggiunto|annunciato|riferito|avvertito|sostenuto|"
    r"sottolineato|spiegato|comunicato|riportato|reso noto|denunciato|accusato|ammesso|"
    r"confermato|assicurato|osservato|insistito|twittato|postato|pubblicato|avvisato|"
    r"minacciato|promesso|ribadito|chiarito|precisato|rivelato|negato|smentito|parlato|"
    r"esortato|invitato|criticato|condannato|respinto|rivendicato|dett[oaie]|chiesto|"
    r"liquidato|bollato|"
    r"sollecitato|ripetuto|evidenziato|auspicato|replicato|ricordato|commentato|ammonito|"
    r"lamentato|raccontato|segnalato|giudicato|espresso|definito|escluso|descritto|"
    r"suggerito|messo in guardia|riconosciuto|"
    r"stat[oaie] dett[oaie])"
    # ("secondo" is "according to", not "il secondo round")
    # ("aggiunge altre 147 persone alla lista nera", "adding 95 more tankers": adds to a list)
    r"|(?:dice|afferma|dichiara|scrive|riferisce|aggiunge(?!\s+(?:\d|altr))|annuncia|"
    r"(?<!il )(?<!al )(?<!del )(?<!nel )(?<!un )(?<!per )secondo|"
    # headline present: "Mosca nega di aver preso di mira i civili", "Kiev avverte che …"
    r"nega|avverte|esorta|insiste|respinge|rivendica|mette in guardia|sostiene(?=\s+che)|"
    # "è stato citato dalla RIA mentre affermava che": the imperfect of "quoted as saying"
    r"(?<=mentre )(?:affermava|diceva|dichiarava)|"
    r"(?<!l')(?<!l’)(?<!un')(?<!un’)accusa(?=\s+(?:il|lo|la|l'|l’|i|gli|le|\w+\s+di|di))|"
    r"dicendo|aggiungendo|affermando|sottolineando|dichiarando|scrivendo|spiegando|"
    r"avvertendo|descrivendo|definendo|liquidando|"
    r"said|says|told|wrote|writes|stated|added(?!\s+(?:\d|more\b|another\b))|"
    r"adding(?!\s+(?:\d|more\b|another\b))|announced|warned|claimed|"
    r"reported|posted|tweeted|declared|insisted|confirmed|noted|according to|vowed|pledged|"
    r"promised|urged|accused|denied|saying|telling|writing|announcing|warning|"
    r"stressed|underlined|explained|acknowledged|admitted|argued|suggested|"
    r"called on|called for|called|responded|threatened|described|told|urging|vowing|"
    r"denies|condemned|criticised|criticized|rejected|spoke of|congratulated|praised|"
    r"reiterated|repeated|emphasi[sz]ed|highlighted|alleged|asserted|maintained|hailed|"
    r"demanded|appealed|pointed out|revealed|disclosed|cautioned|remarked|commented|"
    r"conceded|predicted|warns|insists|urges|tells|accuses|announces|claims|replied|"
    r"replying|ruled out|rules out|"
    # "denounced the “inhumane” attack", "compared the destruction with…", "expressed concern"
    r"denounced|decried|slammed|blasted|lambasted|blamed|branded|dubbed|compared|likened|"
    r"expressed (?:concern|alarm|regret|hope|support|solidarity|outrage)|voiced concern|"
    r"ha paragonato|ha espresso|hanno espresso|"
    # "dismissed the claim as “fiction”", not "dismissed the air force commander"
    r"dismissed(?=\s+(?:(?:the|these|those|such|this|that|[a-z]+'s)\s+)?(?:[a-z-]+\s+)?"
    r"(?:claims?|reports?|allegations?|accusations?|suggestions?|figures?|assertions?|it|"
    r"them|idea|initiative|plans?|proposals?|offers?|calls?|warnings?)\b)|"
    r"thanked|si è congratulato|ha elogiato|ha ringraziato|ha lodato|welcomed|welcomes|"
    r"(?:ha|hanno) accolto con favore|(?:ha|hanno) salutato con favore|"
    r"ha definito|ha chiamato|ha risposto|ha minacciato|ha esortato|ha invitato|"
    # "Borrell ha proposto di aggiungere …", "the Commission has proposed"
    r"ha proposto|hanno proposto|has proposed|have proposed|had proposed)(?![\w]))"
)
# "the head of the Kyiv city military administration Tymur Tkachenko": the body is the title
_TITLE_GAP = re.compile(r"(?:'s)?\s{1,2}")
_QUOTE = re.compile(r'"([^"]{2,600})"')
# an Italian speech verb with no subject of its own: "ha poi detto", "hanno aggiunto"
_SUBJECTLESS_VERB = (r"(?:ha|hanno)\s+(?:poi\s+|anche\s+|inoltre\s+)?(?:detto|affermato|"
                     r"dichiarato|aggiunto|scritto|avvertito|sottolineato)(?![\w])")
# a sentence that leaves its subject out: "In un’intervista alla NBC ha poi detto", "Più tardi
# ha scritto su X", "Ha poi aggiunto" (matched at the sentence's start)
_SCENE_SELF = re.compile(r"\s*(?:(?:in|nel|nella|nell'|su|durante)\s[^,;.\"“”]{0,50}?,?\s+|"
                         r"(?:più tardi|in seguito|successivamente|in serata|in precedenza)"
                         r",?\s+)?" + _SUBJECTLESS_VERB)
# "“Abbiamo bisogno di più sistemi di difesa aerea”, ha detto ai giornalisti": words first,
# then a verb with no subject of its own
_QUOTE_SELF = re.compile(r"\s*[\"“”][^\"“”]{2,400}[\"“”]\s*,?\s*" + _SUBJECTLESS_VERB)
_SELF = re.compile(r"(?<![\w])(?:he|she|they|egli|lei|lui)\s+"
                   r"(?:(?:also|later|then|again|further)\s+)?(?:said|told|added|wrote|"
                   r"stated|accused|warned|called|described|denied|urged)"
                   # "“Chi resta rischia la vita”, ha aggiunto.", "…,” added the minister"
                   r"|[\"”»]\s*,?\s*(?:ha|hanno)\s+(?:anche\s+)?(?:detto|affermato|dichiarato|"
                   r"aggiunto|scritto|sottolineato|avvertito)(?=\s*[.;]|\s*$)"
                   r"|[\"”»]\s*,?\s*(?:said|added|wrote|warned)\s+(?:he|she)(?![\w])")


@dataclass
class Attribution:
    speaker: Person | None = None
    org: OrgMention | None = None
    medium: tuple[str, tuple[int, int]] | None = None
    via: tuple[str, tuple[int, int]] | None = None
    venue: tuple[str, tuple[int, int]] | None = None
    verb: tuple[int, int] | None = None


@cache
def _platform_re() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every platform form; a form of one or two letters ("x", "vk") counts
    only after "on", "su", "via" and the like."""
    table = {f: name for name, forms in media()["platforms"].items() for f in forms}
    short = [f for f in table if len(f) <= 2]
    long = [f for f in table if len(f) > 2]
    return re.compile(
        rf"(?:(?<![\w])(?P<w>{alternation(long)})|(?:su|on|via|in un post su|in a post on|"
        rf"sul suo canale|sul canale)\s+(?P<s>{alternation(short)}))(?![\w])"), table


@cache
def _agency_re() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w]){alternation(media()['agencies'])}(?![\w])")


@cache
def _venue_re() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {f: name for name, forms in media()["venues"].items() for f in forms}
    return re.compile(rf"(?<![\w])(?:(?:a|in|at|ad|da|from|nella|al|alla|to|before|davanti al|"
                      rf"davanti alla)\s+(?:the\s+)?|all')(?P<w>{alternation(table)})"
                      rf"(?![\w])"), table


_BROADCAST_WORDS = r"televisione|television|tv|emittente|broadcaster|radio|channel|canale"
# the press by name: "the Polish daily Rzeczpospolita", "il quotidiano The Hindu", "the German
# newspaper Welt am Sonntag", "al quotidiano Corriere della Sera"
_PRESS_WORDS = r"newspaper|daily|quotidiano|giornale|magazine|weekly|settimanale|rivista"
_OUTLET_WORDS = f"{_BROADCAST_WORDS}|{_PRESS_WORDS}"


@cache
def _broadcast_before() -> re.Pattern[str]:
    """An outlet named after the word for it: "the broadcaster France 2", "la televisione
    russa Rossiya 1", "alla televisione sudcoreana KBS", "il quotidiano The Hindu"."""
    adjs = alternation([a for a in countries()[1] if a.isalpha()])
    return re.compile(
        rf"(?<![\w])(?:{_OUTLET_WORDS})"
        rf"\s+(?:(?:news|state|private|public|di stato|{adjs})\s+)?"
        r"(?P<w>(?:The\s+)?[A-Z][\w-]*(?:\s+\d+|(?:\s+(?:am|della|del|de|des|di|du))?"
        r"\s+[A-Z][\w-]*)?)")
_BROADCAST_AFTER = re.compile(  # "the TA3 news channel", "Ukrainian television"
    r"(?<![\w])(?P<w>[A-Z][\w-]*(?:\s+\d+|\s+[A-Z][\w-]*)?)\s+"
    r"(?P<kind>television|tv|broadcaster|(?:news |tv )?channel)(?![\w])")
_JOURNALISTS = re.compile(r"(?:(?<![\w])|(?<=detto)|(?<=detta))(?:ai giornalisti|ai reporter|"
                          r"told reporters|told journalists|to reporters|to journalists|"
                          r"telling reporters|telling journalists|asked by reporters|"
                          r"con i giornalisti|dai giornalisti|told the press|alla stampa)"
                          r"(?![\w])")
_ADDRESS = re.compile(
    r"(?<![\w])(?:(?P<en>(?:(?:nightly|evening|late-night|daily)\s+(?:video\s+)?|video\s+)address)"
    r"|(?P<it>video(?:messaggio)?\s+(?:notturno|serale|quotidiano)|videomessaggio|"
    r"discorso\s+(?:video\s+)?(?:serale|notturno)|discorso\s+video|messaggio\s+video))(?![\w])")
_IT_ADDRESS = {"serale": "evening address", "notturno": "nightly address"}


_GENERIC_NAMES = {"state tv": "state television", "televisione di stato": "state television",
                "tv di stato": "state television", "media statali": "state media",
                "national tv": "national television", "televisione nazionale":
                "national television", "tv nazionale": "national television",
                "televisione pubblica": "public television", "televisione locale":
                "local television",
                "a statement": "statement", "in un comunicato": "statement",
                "dichiarazione congiunta": "joint statement",
                "discorso televisivo": "televised address", "radio di stato": "state radio",
                "radio pubblica": "public radio", "telefonata": "phone call",
                "colloquio telefonico": "phone call", "videochiamata": "video call",
                "videoconferenza": "video call", "video conference": "video call",
                "videocollegamento": "video link", "collegamento video": "video link",
                "told parliament": "parliament", "told lawmakers": "parliament",
                "al parlamento": "parliament", "in parlamento": "parliament",
                "in parliament": "parliament"}


def _address_name(m: re.Match[str]) -> str:
    """ "his nightly video address" as written; Italian forms in English."""
    if m.group("en"):
        return " ".join(m.group("en").split())
    words = m.group("it").split()
    if words[0] == "discorso" and words[-1] in _IT_ADDRESS and "video" not in words:
        return _IT_ADDRESS[words[-1]]
    return "video address"


_CONFERENCE = re.compile(r"(?:conferenza stampa|news conference|press conference)")


def find_medium(ctx: Ctx, start: int, end: int) -> tuple[str, tuple[int, int]] | None:
    """Where it was said: a platform, a broadcaster, journalists or a news conference."""
    key = ("medium", start, end)
    if key not in ctx.memo:
        ctx.memo[key] = _find_medium(ctx, start, end)
    return ctx.memo[key]  # type: ignore[return-value]


@cache
def _any_medium_re() -> re.Pattern[str]:
    """Matches wherever a platform, an outlet spoken to, an address, a generic medium,
    journalists or a news conference might be named: a superset of _find_medium's patterns
    on the view (broadcasters, matched on the original text, are tested apart)."""
    agencies = alternation(a.lower() for a in media()["agencies"])  # the view is lower case
    # the word-start test once, before the branches (1.5x faster); the news conference and
    # the journalists, which may be glued to the word before, apart
    return re.compile(r"(?=\w)(?<![\w])(?:" + "|".join(f"(?:{p.pattern})" for p in (
        _platform_re()[0], _ADDRESS, _GENERIC_MEDIA))
        + rf"|{agencies}(?![\w]))|{_CONFERENCE.pattern}|{_JOURNALISTS.pattern}")


def _find_medium(ctx: Ctx, start: int, end: int) -> tuple[str, tuple[int, int]] | None:
    view = ctx.view
    if not _any_medium_re().search(view, start, end):
        piece = view[start:end]  # broadcasters: a few plain words, found by substring
        if not any(w in piece for w in _OUTLET_WORDS.split("|")):
            return None
    pat, table = _platform_re()
    for hit in pat.finditer(view, start, end):
        g = "w" if hit.group("w") else "s"
        if hit.group(g) == "x" and ctx.text[hit.start(g)] != "X":
            continue  # "on x" in lower case is not the platform
        return table[hit.group(g)], (hit.start(g), hit.end(g))
    if outlet := next((a for a in _agencies(ctx, start, end) if a[2]), None):
        return outlet[0], outlet[1]
    if m := _ADDRESS.search(view, start, end):
        return _address_name(m), m.span()
    if m := _GENERIC_MEDIA.search(view, start, end):
        return _GENERIC_NAMES.get(m.group(), m.group()), m.span()
    for pat in (_BROADCAST_AFTER, _broadcast_before()):
        if m := pat.search(ctx.text, start, end):
            if pat is _BROADCAST_AFTER and m.group("w").lower() in countries()[1]:
                return " ".join(m.group().split()), m.span()  # "Ukrainian television"
            return m.group("w"), (m.start("w"), m.end("w"))
    if m := _JOURNALISTS.search(view, start, end):
        return "journalists", (m.start(), m.end())
    if m := _CONFERENCE.search(view, start, end):
        return "a news conference", (m.start(), m.end())  # as the GUIDE writes it
    return None


def find_via(ctx: Ctx, start: int, end: int) -> tuple[str, tuple[int, int]] | None:
    """The agency that relays what was said; an outlet spoken to is the medium instead."""
    return next(((name, span) for name, span, spoken_to in _agencies(ctx, start, end)
                 if not spoken_to), None)


_AGENCY_NAMES = {"Tass": "TASS", "Agence France-Presse": "AFP", "Associated Press": "AP",
                 "Economist": "The Economist"}  # ("all'Economist")


def _agencies(ctx: Ctx, start: int, end: int) -> list[tuple[str, tuple[int, int], bool]]:
    """(name, span, spoken to) of each news agency or outlet named in [start, end)."""
    return [(_AGENCY_NAMES.get(m.group(), m.group()), m.span(),
             _SPOKEN_TO.search(ctx.view, max(start, m.start() - 60), m.start()) is not None
             or _INTERVIEW_AFTER.match(ctx.view, m.end()) is not None)
            for m in _agency_re().finditer(ctx.text, start, end)]


# "In a Fox News interview aired on Wednesday": the outlet spoken to
_INTERVIEW_AFTER = re.compile(r"\s+(?:interview|intervista|broadcast|programme|program|"
                              r"talk show)(?![\w])")


# "told the BBC", "in an interview with CNN", "in un'intervista alla CNN": the outlet is where
# it was said (medium), not an agency relaying it (via)
_SPOKEN_TO = re.compile(r"(?<![\w])(?:told|telling|interview with|interviewed by|speaking to|"
                        r"intervista (?:a|al|alla|all'|con)|"
                        r"(?:ha|hanno|avevano|aveva) (?:detto|dichiarato|riferito|spiegato|"
                        r"confermato) (?:a|al|alla|all'|ai|agli)|"
                        r"dichiarazioni (?:a|al|alla|all')|parlando (?:a|al|alla|all'|con))"
                        r"\s*(?:the\s+|la\s+|il\s+|un\s+)?"
                        # "told Germany's ZDF", "interview with Japan's Yomiuri Shimbun"
                        r"(?:[a-z]+['’]s\s+)?(?:agenzia(?: di stampa)?\s+|"
                        # "ha detto al canale televisivo Rossiya 1", "told broadcaster ZDF"
                        # "told public broadcaster NRK", "all'emittente norvegese NRK"
                        r"(?:[a-z]+\s+){0,2}?(?:canale|emittente|rete|stazione|radiotelevisione|"
                        r"televisione|tv|radio|quotidiano|giornale|broadcaster|newspaper|daily|"
                        r"tv channel|television channel|radio station|channel)"
                        r"(?:\s+[a-zà-ù]+){0,2}?\s+)?$|"
                        # "hanno detto due funzionari all'agenzia Reuters": to the agency
                        r"(?<![\w])(?:all'|alla\s+)agenzia(?: di stampa)?\s+$")
_GENERIC_MEDIA = re.compile(
    r"(?<![\w])(?:state television|state tv|televisione di stato|tv di stato|state media|"
    r"national television|national tv|televisione nazionale|tv nazionale|public television|"
    r"televisione pubblica|local television|televisione locale|"
    r"media statali|a statement|in un comunicato|joint statement|dichiarazione congiunta|"
    r"televised address|discorso televisivo|state radio|radio di stato|public radio|"
    r"radio pubblica|phone call|telefonata|colloquio telefonico|video call|videochiamata|"
    r"videoconferenza|video conference|video link|videocollegamento|collegamento video|"
    r"told parliament|told lawmakers|al parlamento|in parlamento|in parliament)"
    r"(?![\w])")


# words that make a place the scene of the speaking: "Speaking in Davos", "in visita a Bucha",
# "at a news conference in Tashkent", "dopo i colloqui di Gedda"
_SCENE = re.compile(r"(?<![\w])(?:speak\w*|spoke|parlando|intervenendo|addressing|visit\w*|"
                    r"in visita|visita\w*|conference|conferenza|summit|vertice|"
                    r"trip|viaggio|forum|after|dopo|during|durante|gather\w*|"
                    r"riunit\w*|hosting|ospitando|"
                    r"reporters|journalists|giornalisti|giornalisti)(?![\w])")
# what may stand between a speech verb and its scene: "said in Kyiv", "told reporters in"
_VERB_TO_SCENE = re.compile(r"\s*(?:,\s*)?(?:(?:to\s+|ai\s+|a\s+)?(?:the\s+)?(?:reporters|"
                            r"journalists|giornalisti|leaders|leader)\s+)?(?:on\s+\w+\s+)?"
                            # "said at NATO headquarters in Brussels"
                            r"(?:(?:at|al|alla)\s+(?:the\s+|a\s+)?(?:[\w'-]+\s+){1,3}?)?"
                            r"(?:\w+\s+)?$")
# a sentence that opens on where it was said: "On Friday in Kyiv, von der Leyen said"
_OPENING = re.compile(r"\s*(?:(?:on\s+)?(?:" + WEEKDAY_RE + r")\s+)?")


def find_venue(ctx: Ctx, start: int, end: int) -> tuple[str, tuple[int, int]] | None:
    """The city or event where the words in [start, end) were said: a venue named before the
    speech verb, right after it ("said in Kyiv", "told reporters in Tashkent"), or as the
    scene of speaking ("Speaking in Davos", "during a visit to Paris"); not a place the words
    are about ("said talks in Istanbul would resume") nor one in an aside ("Orban, who met
    Putin in Moscow, said")."""
    pat, table = _venue_re()
    verb = SPEECH.search(ctx.view, start, end)
    asides = [m.span() for m in ASIDE.finditer(ctx.view, start, end)]
    for m in pat.finditer(ctx.view, start, end):
        w = m.start("w")
        if not ctx.text[w].isupper() or any(a <= w < b for a, b in asides):
            continue
        # "…, ha detto l'alto rappresentante Josep Borrell a Bruxelles": right after the
        # speaker named after the verb
        after_speaker = verb is not None and any(
            0 <= m.start() - p.end <= 2 for p in ctx.people_in(verb.end(), m.start()))
        # before the verb, the scene comes before its speaker ("A Kiev il ministro X ha
        # detto"); "… €500m to Kyiv, Borrell said" is what was said
        before = verb is not None and m.end() <= verb.start() \
            and "," not in ctx.view[m.end():verb.start()] and bool(
            ctx.people_in(m.end(), verb.start()) or find_orgs(ctx.view, m.end(), verb.start()))
        opening = verb is not None and m.end() <= verb.start() \
            and _OPENING.fullmatch(ctx.view, start, m.start()) is not None \
            and any(0 <= p.start - m.end() <= 3 for p in ctx.people_in(m.end(), verb.start()))
        if verb is None or before or after_speaker or opening \
                or _VERB_TO_SCENE.fullmatch(ctx.view, verb.end(), m.start()) \
                or _SCENE.search(ctx.view, max(start, m.start() - 60), m.start()):
            return table[m.group("w")], (w, m.end("w"))
    return None


def speakers_in(ctx: Ctx, start: int, end: int) -> list[Person]:
    key = ("speakers", start, end)
    if key not in ctx.memo:
        ctx.memo[key] = _speakers_in(ctx, start, end)
    return ctx.memo[key]  # type: ignore[return-value]


def _speakers_in(ctx: Ctx, start: int, end: int) -> list[Person]:
    found = ctx.people_in(start, end)
    found += [p for p in ctx.people.surnames_in(ctx.text, start, end)
              if not any(f.start <= p.start < f.end for f in found)]
    resolved = []
    for p in found:
        if (longer := ctx.people.by_tail.get(p.name)) is not None:  # "De Wever" said...
            p = Person(longer.name, p.start, p.end, p.role, p.country, p.role_span,
                       p.country_span)
        full = ctx.people.full.get(p.name)
        if full and (not p.role or not p.country):
            p = Person(p.name, p.start, p.end, p.role or full.role, p.country or full.country,
                       p.role_span, p.country_span)
        resolved.append(p)
    # "President Volodymyr Zelenskyy’s office said", "Zelenskyy’s chief of staff Andriy Yermak
    # … he said": whose office or aide speaks, not the one who speaks
    # (the view writes every apostrophe as "'")
    return sorted((p for p in resolved if not _POSSESSIVE_AT.match(ctx.view, p.end)
                   and ctx.view[p.end - 2:p.end] != "'s"), key=lambda p: p.start)


_POSSESSIVE_AT = re.compile(r"'s(?![\w])")


def attribute(ctx: Ctx, start: int, end: int, item: tuple[int, int]) -> Attribution | None:
    """The nearest speaker to the first speech verb in [start, end), if any (memoised)."""
    key = ("attribute", start, end, item)
    if key not in ctx.memo:
        ctx.memo[key] = _attribute(ctx, start, end, item)
    return ctx.memo[key]  # type: ignore[return-value]


@cache
def _country_says_re() -> re.Pattern[str]:
    """A country named as the subject of a speech verb right after it."""
    return re.compile(rf"(?<![\w])({alternation([*countries()[0], *capitals()])})\s+"
                      r"(?:(?:also|anche|has|have|had|again|later|quickly|strongly|firmly|"
                      r"flatly|repeatedly|publicly|officially|already|swiftly)\s+)*"
                      r"(?:said|says|announced|stated|condemned|accused|urged|warned|denied|"
                      r"rejected|demanded|blamed|insisted|called (?:on|for)|criticised|"
                      # "Ukraine acknowledged the advance", "Moscow has dismissed the plan"
                      r"acknowledged|admitted|dismissed|confirmed|claimed|denies|accuses|"
                      r"rejects|insists|warns|responded|replied|"
                      # "la Russia ha fermamente negato", "gli Stati Uniti hanno avvertito",
                      # "Mosca nega": Italian, with its adverbs and its headline present
                      r"(?:ha|hanno|aveva|avevano)\s+(?:(?:anche|poi|fermamente|ripetutamente|pubblicamente|"
                      r"categoricamente|ufficialmente|già|inoltre|nuovamente)\s+)*"
                      r"(?:detto|annunciato|dichiarato|affermato|fatto sapere|condannato|"
                      r"accusato|esortato|avvertito|negato|smentito|respinto|chiesto|"
                      r"rivendicato|insistito|confermato|ammesso|criticato)|"
                      r"nega|accusa|avverte|insiste|respinge|rivendica|smentisce|afferma|"
                      r"dice|dichiara|sostiene|annuncia)(?![\w])")


@cache
def _government_in_re() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:the\s+)?(?:government|governo)\s+(?:in|di|of|a)\s+"
                      rf"({alternation(capitals())})(?![\w])")


def _only_a_name(view: str, start: int, end: int) -> bool:
    """Whether view[start:end] is the name of an institution and nothing more."""
    piece = view[start:end].strip(" ,.")
    orgs = find_orgs(view, start, end)
    return len(orgs) == 1 and view[orgs[0].start:orgs[0].end] == piece


# a person named as the one met or spoken to, not the one speaking
_MET_BEFORE = re.compile(r"(?<![\w])(?:met|meeting|hosted|hosting|visited|received|incontrato|"
                         r"incontrando|ospitato|ricevuto|"
                         # "Zelenskyy spoke to US President Joe Biden and wrote …": the one
                         # spoken to
                         r"spoke|speaking|talked|phoned|called|ha parlato|ha telefonato|"
                         r"ha sentito)\s+(?:(?:on the phone|by phone|by telephone|al telefono|"
                         r"telefonicamente)\s+)?(?:(?:with|con|to|a)\s+)?(?:the\s+|il\s+|"
                         r"la\s+)?(?:[\w'’-]+\s+){0,3}$")
ASIDE = re.compile(r",\s+(?:who|whom|whose|which|che|il quale|la quale|i quali|le quali)"
                    r"(?![\w])[^,;.]*,")


_SCENE_ASIDE = re.compile(r",\s+(?:speaking|writing|addressing|talking|appearing|visiting|"
                          r"parlando|scrivendo|intervenendo|rivolgendosi|in visita|"
                          # ", ospite lunedì a Bruxelles del vertice dell'UE,", ", hosting …,"
                          r"hosting|attending|ospite|ospitando|partecipando|"
                          r"a guest|at (?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:summit|meeting|"
                          r"conference|forum|gathering)|"
                          # ", on a surprise visit to Kyiv on Tuesday,"
                          r"on (?:a|an|his|her)\s+(?:[\w-]+\s+){0,2}?visit|"
                          r"durante (?:una|la sua)\s+(?:[\w-]+\s+){0,2}?visita)(?![\w])"
                          r"[^,;.]*,")


_ACCORDING = re.compile(r"secondo(?! cui| il quale| la quale)|according to(?! whom| which)")


def _names_source_after(view: str, pos: int) -> bool:
    """Whether the speech words at `pos` name their source after them ("secondo …")."""
    return _ACCORDING.match(view, pos) is not None


_APPOSITION_TO = re.compile(r",\s+(?:a|an|the)\s+[^,;.]{0,60}?\s+(?:for|of|at|with)\s+"
                            r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}")
_APPOSITION_END = re.compile(r"\s*,")
# "the alleged leak": an adjective after a determiner, no speech verb
_DETERMINER_BEFORE = re.compile(r"(?<![\w])(?:the|a|an|its|his|her|their|this|that)\s+$")
# "The Kremlin also launched 123 drones …, the military said": a body that acts, not speaks
_BODY_ACTS = re.compile(r"\s+(?:(?:also|then|again|has|had|have|anche|poi|ha|hanno)\s+)*"
                        r"(?:launched|fired|attacked|struck|shelled|hit|targeted|bombed|"
                        r"lanciato|sparato|attaccato|colpito|bombardato)(?![\w])")
# a description set off by commas after a name: ", a citizen of the United Kingdom,"
_APPOSITION_AFTER = re.compile(r",\s+(?:a|an|the|un|una|il|la)\s+[^,;.\"“”]{0,80},")
_APPOSITION_OPEN = re.compile(r",\s+(?:a|an|the|un|una|il|la)\s+[^,;.\"“”]{0,80}")
# a name right after a speech verb and followed by a verb of its own is the subject of the
# words reported, not one who speaks ("said the European Union was becoming militarised")
_SUBJECT_OF_REPORTED = re.compile(r"\s+(?:was|is|were|are|had|has|have|would|will|could|should|"
                                  r"did|must|can|may|might|è|era|sono|erano|ha|hanno|aveva|"
                                  r"avevano|avrebbe|avrebbero|sarebbe|sarebbero)(?![\w])")


def _attribute(ctx: Ctx, start: int, end: int, item: tuple[int, int]) -> Attribution | None:
    verbs = [m for m in SPEECH.finditer(ctx.view, start, end)
             # "in connection with the alleged leak": an adjective, no one speaks
             if not (m.group() == "alleged"
                     and _DETERMINER_BEFORE.search(ctx.view, max(start, m.start() - 8),
                                                   m.start()))]
    if not verbs:
        return None
    if (cited := _cited(ctx, start, end)) is not None:
        return cited
    people = speakers_in(ctx, start, end)
    orgs = [o for o in find_orgs(ctx.view, start, end, ctx.text)  # not in a name or a title
            # nor an owner: "frozen Russian central bank assets"
            if not _OWNED_AFTER.match(ctx.view, o.end)
            and not any(p.start <= o.start < p.end or _TITLE_GAP.fullmatch(ctx.view, o.end,
                                                                          p.start)
                       # nor in the office told after it: ", a spokesman for the X group,"
                       or (p.role_span is not None and p.end < p.role_span[0] <= o.start
                           and "," not in ctx.view[p.role_span[1]:o.start])
                       # "Colonel Serhiy Cherevaty, a spokesperson for the Eastern Group of
                       # Forces, said": the body of the one who speaks, in his apposition
                       or (p.end < o.start and _APPOSITION_TO.fullmatch(ctx.view, p.end, o.start)
                           and _APPOSITION_END.match(ctx.view, o.end))
                       for p in people)]
    if not orgs:  # "Switzerland said", "la Danimarca ha detto": the country's government
        orgs = [OrgMention(governments()[code], code, m.start(1), m.end(1))
                for m in _country_says_re().finditer(ctx.view, start, end)
                # "Kyiv said", "Mosca ha negato": a capital speaks for its state
                if (code := state_of(m.group(1))) in governments()]
        # "the government in Bern said", "il governo di Varsavia ha detto"
        orgs += [OrgMention(governments()[code], code, m.start(), m.end())
                 for m in _government_in_re().finditer(ctx.view, start, end)
                 if (code := capitals()[m.group(1)]) in governments()]
    agencies = [m.span() for m in _agency_re().finditer(ctx.text, start, end)]
    asides = [m.span() for m in ASIDE.finditer(ctx.view, start, end)]
    scenes = [m.span() for m in _SCENE_ASIDE.finditer(ctx.view, start, end)]
    if asides:  # "Orban, who met Putin in Moscow, said": Putin is in an aside, not speaking
        people = [p for p in people if not any(a <= p.start < b for a, b in asides)] or people
    quoted = [m.span() for m in _QUOTE.finditer(ctx.view, start, end)]
    if quoted:  # "“Putin will not outlast us,” he added": a name quoted is no speaker
        people = [p for p in people if not any(a <= p.start < b for a, b in quoted)]
    best: tuple[int, Person | None, OrgMention | None, tuple[int, int]] | None = None
    for v in verbs:
        vs, ve = v.span()
        # "secondo la TASS", "according to the mayor": the source follows the words; a
        # person named before them ("l’intesa tra Putin e Trump, secondo la TASS") is not it
        # (a body is: "Russia's central bank has held its rate …, according to official data")
        source_after = _names_source_after(ctx.view, vs)
        # "he wrote on Twitter that he had discussed … with Justin Trudeau": a pronoun is the
        # subject, so no one named after the verb speaks
        pronoun = _PRONOUN_SUBJECT.search(ctx.view, max(start, vs - 25), vs) is not None
        cands: list[tuple[int, Person | None, OrgMention | None]] = []
        for person in people:
            if (source_after and person.end <= vs) or (pronoun and person.start >= ve):
                continue
            if person.start >= ve and _ACCOMPANIED.search(ctx.view, max(ve, person.start - 60),
                                                          person.start):
                continue  # "said at a news conference with President Zelenskyy": beside him
            if person.start >= ve and ctx.view.startswith(("'s ", "’s "), person.end):
                continue  # "saying Kissinger’s calendar seemed to read …": whose, not who
            if _NO_SPEAKER_BEFORE.search(ctx.view, max(start, person.start - 60), person.start):
                continue  # a victim, a place or the one spoken for (below)
            d = vs - person.end if person.end <= vs else person.start - ve
            # "Putin, speaking to reporters in Tashkent, accused NATO", "Macron, whose
            # government has promised 12 howitzers, said": the scene or the aside between the
            # subject and its verb is no distance
            d -= sum(b - a for a, b in scenes + asides if person.end <= a and b <= vs)
            if d >= 0 and person.end <= vs and _MET_BEFORE.search(
                    ctx.view, max(start, person.start - 45), person.start):
                d += 200  # "Orban met Chinese President Xi Jinping … and wrote": Xi is met
            elif d >= 0 and person.end <= vs and _WHOSE_BEFORE.search(
                    ctx.view, max(start, person.start - 30), person.start):
                d += 100  # "Trump ha letto la lettera di Zelenskyy e ha detto": whose letter
            if person.start >= ve and _TOLD.fullmatch(ctx.view, vs, person.start):
                d = -1  # "Xi told Orban that …": the one told, not the one telling
            elif 0 <= d <= 60 and person.start >= ve and ctx.view[max(start, vs - 2):vs].strip() \
                    == "," and not any(c in ctx.view[ve:person.start] for c in ",.;:"):
                d = 0  # "…at Fort Sill, in Oklahoma, said Pentagon spokesman Pat Ryder": the
                # one named after a verb that opens the clause speaks
            after = person.end
            if (aside := _APPOSITION_AFTER.match(ctx.view, after, end)) is not None:
                after = aside.end()  # "Scott Rhys Anderson, a citizen of the UK, was sentenced"
            if d >= 0 and person.start >= ve and _SUBJECT_OF_REPORTED.match(ctx.view, after):
                d += 150  # "X said Zelenskyy had …": the one the words are about, not the speaker
            if any(q.end < person.start and _APPOSITION_OPEN.fullmatch(ctx.view, q.end,
                                                                        person.start)
                   and ctx.view.startswith(",", person.end) for q in people):
                d += 200  # "Kim Yo Jong, the sister of North Korean leader Kim Jong Un, said"
            cands.append((d if d >= 0 else 999, person, None))
        for org in orgs:
            if pronoun and org.start >= ve:
                continue  # "Lui ha aggiunto che … della NATO": the pronoun speaks
            d = vs - org.end if org.end <= vs else org.start - ve
            if org.end <= vs and _STAFF_THEN_VERB.fullmatch(ctx.view, org.end, vs):
                d = -5  # "EU officials said the bloc …": the body's staff speak
            if d >= 0 and org.start >= ve and _SUBJECT_OF_REPORTED.match(ctx.view, org.end):
                d += 150  # "Lavrov, Russia's foreign minister, said the European Union was …"
            if org.end <= vs and _BODY_ACTS.match(ctx.view, org.end, vs):
                d += 300  # "The Kremlin also launched 123 drones …, the military said": it acts

            cands.append((d + 5 if d >= -5 else 999, None, org))
        for dist, who, body in cands:
            if best is None or dist < best[0]:
                best = (dist, who, body, (vs, ve))
    if best is None or best[0] > 250:
        only_agency = agencies and all(
            _names_source_after(ctx.view, v.start()) for v in verbs)
        if only_agency:
            return None
        # (not a victim: "killing rescuer Andrii Lysenko …. The town was shelled, he added")
        # (nor one beside the speaker: "Speaking … alongside Finnish President Alexander
        # Stubb, Ukrainian President Volodymyr Zelenskyy said …. He said …")
        subject = [p for p in speakers_in(ctx, item[0], item[1])
                   if not _NO_SPEAKER_BEFORE.search(ctx.view, max(item[0], p.start - 60),
                                                    p.start)
                   and not _ACCOMPANIED.search(ctx.view, max(item[0], p.start - 60), p.start)
                   ] or _speaker_before(ctx, item)
        if subject and (_SELF.search(ctx.view, start, end) is not None
                        or _SCENE_SELF.match(ctx.view, start, end) is not None
                        or _QUOTE_SELF.match(ctx.view, start, end) is not None):
            return Attribution(speaker=subject[0], verb=verbs[0].span())
        if (named := _named_in_item(ctx, start, verbs[0].start(), item)) is not None:
            return Attribution(speaker=named, verb=verbs[0].span())
        # "Il ministero ha anche affermato …", "The ministry said": the body named before
        # (also told after its words: "…, the ministry said", "…, ha aggiunto il ministero")
        v0 = verbs[0]
        again = _BODY_AGAIN.match(ctx.view, start, v0.start())
        if (again or _BODY_AGAIN_AFTER.search(ctx.view, max(start, v0.start() - 40), v0.start())
                or _BODY_NAMED_AFTER.match(ctx.view, v0.end(), end)) and (
                before := find_orgs(ctx.view, item[0], start)):
            return Attribution(org=before[-1], verb=v0.span())
        # "Russian forces captured the village of Hihant, the defence ministry said"
        if (bare := _forces_body(ctx.view, _BARE_BODY.search(
                ctx.view, max(start, v0.start() - 40), v0.start()), start, end, v0.span())):
            return bare
        if again and start == item[0] and (prev := _item_before(ctx, item)) is not None \
                and (before := find_orgs(ctx.view, *prev)):
            # "The ministry also claimed …" opening an item: the body the item before named,
            # not one it quoted ("… energy facilities used by the Ukrainian Armed Forces”")
            quotes = [m.span() for m in _QUOTE.finditer(ctx.view, *prev)]
            before = [o for o in before if not any(a <= o.start < b for a, b in quotes)] \
                or before
            return Attribution(org=before[-1], verb=v0.span())
        return None
    _, who, body, verb = best
    return Attribution(speaker=who, org=body, verb=verb)


# who is named but does not speak: a victim ("killing grain magnate Oleksiy Vadatursky, 74"),
# a place named like a person ("had taken the village of Zhelanne Pershe"), the one a
# spokesperson or aide speaks for ("Steffen Hebestreit, a spokesperson for … Olaf Scholz,")
_NO_SPEAKER_BEFORE = re.compile(
    r"(?<![\w])(?:killing|killed|wounding|wounded|injuring|injured|uccidendo|uccis[oa]|ferendo|"
    r"ferit[oa])\s+(?:[\w'’-]+\s+){0,3}$|"
    r"(?<![\w])(?:village|villages|town|towns|city|settlement|hamlet|district|community|"
    r"villaggio|villaggi|città|cittadina|insediamento|località|distretto|comunità|frazione)\s+"
    r"(?:of|di|del|della)\s+$|"
    r",\s+(?:a|an|the|il|la|un|una)?\s*(?:[\w-]+\s+){0,2}?(?:spokes(?:person|man|woman)|aide|"
    r"adviser|advisor|portavoce|consiglier[ea]|assistente)\s+(?:for|to|of|del|della|dello|dell'|"
    r"di)\s*(?:[\w'’-]+\s+){0,4}$|"
    # "The chief budget officer for US President Joe Biden, Shalanda Young, …", "chief of
    # staff to President …": the one served
    r"(?<![\w])(?:officer|chief of staff|adviser|advisor|aide)\s+(?:for|to)\s+"
    r"(?:[\w'’-]+\s+){0,3}$|"
    # "un consigliere del presidente Volodymyr Zelenskyy", "uno dei più stretti alleati del
    # presidente russo", "an ally of President …": one of those who serve him, not he
    r"(?<![\w])(?:un|uno|una|an?|one)\s+(?:(?:of the|of his|dei|degli|delle)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:consiglier[ei]|consigliera|portavoce|assistente|collaborator[ei]|"
    r"alleat[oi]|all(?:y|ies)|advisers?|aides?)\s+(?:del|della|"
    r"dello|dell'|dell’|di|dei|to|of|for)\s*(?:[\w'’-]+\s+){0,3}$|"
    # "a meeting between Vladimir Putin and Donald Trump …, he said": the ones met
    r"(?<![\w])(?:between|tra|fra)\s+(?:[\w'’-]+\s+){0,4}?(?:(?:and|e)\s+(?:[\w'’-]+\s+){0,3})?$")
def no_speaker_before(view: str, start: int, end: int) -> bool:
    """Whether what [start, end) ends with makes the name after it no speaker (a victim, a
    place, the one spoken for, the ones met)."""
    return _NO_SPEAKER_BEFORE.search(view, start, end) is not None


_WHOSE_BEFORE = re.compile(r"(?<![\w])(?:lettera|letter|messaggio|message|piano|plan|proposta|"
                           r"proposal|richiesta|request|discorso|speech|libro|book)\s+"
                           r"(?:di|del|dello|della|of)\s+(?:[\w-]+\s+){0,2}?$")
_ACCOMPANIED = re.compile(r"(?<![\w])(?:with|alongside|beside|con|accanto a|insieme a|"
                          r"insieme con)\s+(?:[\w'’-]+\s+){0,3}$")
_PRONOUN_SUBJECT = re.compile(r"(?<![\w])(?:he|she|lui|lei|egli|ella)\s+"
                              r"(?:(?:also|later|then|again|poi|anche|inoltre)\s+)?$")
_STAFF_THEN_VERB = re.compile(r"\s+(?:senior\s+)?(?:officials?|diplomats?|spokes(?:person|man|"
                              r"woman)|sources?)\s+")
_TOLD = re.compile(r"(?:told|tells|telling|assured|informed|urged|warned)\s+(?:the\s+)?"
                   r"(?:[\w-]+\s+){0,3}")
_OWNED_AFTER = re.compile(r"(?:'s)?\s+(?:assets|reserves|funds|accounts|holdings|beni|riserve|"
                          r"fondi|attivi)(?![\w])")
_BODY_AGAIN = re.compile(r"\s*(?:it\s+|(?:il|lo|la|l'|the)\s*(?:ministero|ministry|stato maggiore|"
                         r"general staff|esercito|army|military|cremlino|kremlin|agenzia|agency|"
                         r"comando|command|commissione|commission|governo|government)\s+)"
                         r"(?:(?:ha|has|had|also|anche|poi)\s+)*$")
_BODIES_AGAIN = (r"(?:ministero|ministry|stato maggiore|general staff|esercito|army|military|"
                 r"cremlino|kremlin|comando|command|commissione|commission|governo|government)")
_BODY_AGAIN_AFTER = re.compile(r"[,;]\s*(?:the|il|lo|la|l')\s*" + _BODIES_AGAIN
                               + r"\s+(?:(?:ha|has|had|also|anche|poi)\s+)*$")
def _cited(ctx: Ctx, start: int, end: int) -> Attribution | None:
    """The body an agency cites: "…, the RIA news agency reported, citing the defence
    ministry" (the ministry speaks; the agency relays it)."""
    view = ctx.view
    piece = view[start:end]
    if "citing" not in piece and "citando" not in piece:
        return None  # (a plain test first: cheaper)
    cite = _CITING.search(view, start, end)
    if cite is None:
        return None
    if (orgs := find_orgs(view, cite.end(), end, ctx.text)) and orgs[0].start <= cite.end() + 4:
        return Attribution(org=orgs[0], verb=cite.span())
    return _forces_body(view, _BODY_CITED.match(view, cite.end(), end), start, cite.start(),
                        cite.span())


def _forces_body(view: str, body: re.Match[str] | None, start: int, end: int,
                 verb: tuple[int, int]) -> Attribution | None:
    """A state body named without its country (`body`, "the defence ministry"): that of the
    one side whose forces [start, end) names, else none."""
    if body is None or (code := _forces_side(view, start, end)) is None:
        return None
    org = OrgMention(state_body_name(code, body.group("b")), code, *body.span("b"))
    return Attribution(org=org, verb=verb)


def _forces_side(view: str, start: int, end: int) -> str | None:
    """The one side whose forces [start, end) names ("Russian forces captured …"), if any."""
    codes = {"RU" if m.group(0).startswith(("russ", "mosc")) or (m.group("i") or "")
             .startswith("russ") else "UA" for m in _OWN_FORCES.finditer(view, start, end)}
    return codes.pop() if len(codes) == 1 and next(iter(codes)) in demonyms() else None


_CITING = re.compile(r"(?<![\w])(?:citing|citando)\s+")
_OWN_FORCES = re.compile(r"(?<![\w])(?:(?:russian|ukrainian|russia's|ukraine's|moscow's|kyiv's)\s+"
                         r"(?:[\w-]+\s+)?(?:forces|troops|army|military|soldiers|units|"
                         r"air defen[cs]es?)|(?:forze|truppe|unità|soldati|esercito|difesa aerea)"
                         r"\s+(?P<i>russ[eoia]|ucrain[eoia]))(?![\w])")
_BARE_BODY = re.compile(rf"(?<![\w])(?:the|il|lo|la|l')\s*(?P<b>{BODY_FORMS})\s+"
                        r"(?:(?:has|had|have|also|ha|anche|poi)\s+)*$")
_BODY_CITED = re.compile(rf"(?:the\s+|il\s+|lo\s+|la\s+|l')?(?P<b>{BODY_FORMS})(?![\w])")
_BODY_NAMED_AFTER = re.compile(r"\s+(?:il|lo|la|l'|the)\s*" + _BODIES_AGAIN + r"\s*[.,;]")
# "France’s president said …; Emmanuel Macron was speaking …": a speaker first named by
# office and country, then by name later in the item
_OFFICE_SUBJECT = re.compile(r"(?:^|[,;]\s*|(?<=\s))(?:il\s+|la\s+|the\s+)?(?:nuov[oa]\s+|new\s+)?"
                             r"(?P<c>[a-z]+(?:'s)?)\s+(?P<r>president|prime minister|defen[cs]e "
                             r"minister|foreign minister|chancellor|leader)\s+$|(?:il\s+|la\s+)?"
                             r"(?:nuov[oa]\s+)?(?P<ri>presidente|primo ministro|ministro della "
                             r"difesa|ministro degli esteri|cancelliere|leader)\s+"
                             r"(?P<ci>[a-z]+)\s+$")


_HEADS = frozenset({"president", "prime minister", "chancellor"})


def _named_in_item(ctx: Ctx, start: int, verb: int, item: tuple[int, int]) -> Person | None:
    """The person of that office's country named later in the item, else its head of state
    or government named before in it, if one is."""
    m = _OFFICE_SUBJECT.search(ctx.view, max(start, verb - 50), verb)
    if m is None:
        return None
    code = country_of(m.group("c") or m.group("ci"))
    if code is None:
        return None
    later = next((p for p in ctx.people_in(start, item[1])
                  if p.start >= verb and p.country == code), None)
    if later is not None:
        return later
    # "President Volodymyr Zelenskyy made a visit … “…,” the Ukrainian leader said": named
    # before, in the same item
    return next((p for p in reversed(ctx.people_in(item[0], m.start()))
                 if p.country == code and p.role in _HEADS), None)


def _item_before(ctx: Ctx, item: tuple[int, int]) -> tuple[int, int] | None:
    """The range of the item before the one starting at item[0], if both are of one section."""
    items = ctx.bulletin.items
    k = ctx.item_index(item[0]) or 0
    if k == 0 or items[k - 1].section != items[k].section:
        return None
    return items[k - 1].start, items[k - 1].end


def _speaker_before(ctx: Ctx, item: tuple[int, int]) -> list[Person]:
    """An item that names no one may go on from the one before ("In his nightly video
    address, he said …" after an item about the president): the first person that one names,
    when both are of one section."""
    prev = _item_before(ctx, item)
    return speakers_in(ctx, *prev)[:1] if prev is not None else []


def first_quote(ctx: Ctx, start: int, end: int) -> tuple[str, tuple[int, int]] | None:
    """The first quotation in [start, end); a name in quotation marks (the so-called
    “coalizione dei volenterosi”) is not one."""
    m = next((q for q in _QUOTE.finditer(ctx.view, start, end)
              if not _only_a_name(ctx.view, q.start(1), q.end(1))), None)
    if not m:
        return None
    s, e = m.start(1), m.end(1)
    raw = ctx.text[s:e].strip().rstrip(",")  # "“One year later, Kyiv stands,” Biden said"
    lead = len(ctx.text[s:e]) - len(ctx.text[s:e].lstrip())
    return raw, (s + lead, s + lead + len(raw))
