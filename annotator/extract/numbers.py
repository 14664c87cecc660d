"""Numbers as bulletins write them: digits in both conventions, words, scales, vague amounts.

`find_numbers` works on the normalised view and returns offsets into it (= the original).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from annotator.dates import MONTH_RE
from annotator.extract.trie import alternation

WORDS: dict[str, int] = {
    "un": 1, "uno": 1, "una": 1, "un'": 1, "a": 1, "an": 1, "one": 1, "single": 1,
    "due": 2, "two": 2, "tre": 3, "three": 3, "quattro": 4, "four": 4, "cinque": 5, "five": 5,
    "sei": 6, "six": 6, "sette": 7, "seven": 7, "otto": 8, "eight": 8, "nove": 9, "nine": 9,
    "dieci": 10, "ten": 10, "undici": 11, "eleven": 11, "dodici": 12, "twelve": 12,
    "tredici": 13, "thirteen": 13, "quattordici": 14, "fourteen": 14, "quindici": 15,
    "fifteen": 15, "sedici": 16, "sixteen": 16, "diciassette": 17, "seventeen": 17,
    "diciotto": 18, "eighteen": 18, "diciannove": 19, "nineteen": 19, "venti": 20, "twenty": 20,
    "trenta": 30, "thirty": 30, "quaranta": 40, "forty": 40, "cinquanta": 50, "fifty": 50,
    "sessanta": 60, "sixty": 60, "settanta": 70, "seventy": 70, "ottanta": 80, "eighty": 80,
    "novanta": 90, "ninety": 90, "cento": 100, "hundred": 100, "mille": 1000,
    "entrambi": 2, "entrambe": 2, "both": 2, "ambo": 2,
    "coppia": 2, "pair": 2,
}
# spelled ordinals, both languages and both genders ("the third attack", "per la terza volta")
ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10, "secondo": 2, "terzo": 3, "quarto": 4,
            "quinto": 5, "sesto": 6, "settimo": 7, "ottavo": 8, "nono": 9, "decimo": 10,
            "seconda": 2, "terza": 3, "quarta": 4, "quinta": 5, "sesta": 6, "settima": 7,
            "ottava": 8, "nona": 9, "decima": 10}
_UNITS_EN = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TENS_EN = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
            "eighty": 80, "ninety": 90}
_UNITS_IT = ("uno", "due", "tré", "quattro", "cinque", "sei", "sette", "otto", "nove")
_TENS_IT = {"venti": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50, "sessanta": 60,
            "settanta": 70, "ottanta": 80, "novanta": 90}


def _compounds() -> dict[str, int]:
    """Numbers written as compound words: "twenty-one", "ventiquattro", "trentotto" (the tens
    drop their vowel before uno and otto), "quarantatré", "centonovanta"."""
    out: dict[str, int] = {}
    for tens, t in _TENS_EN.items():
        for u, unit in enumerate(_UNITS_EN, 1):
            out[f"{tens}-{unit}"] = t + u
    italian: dict[str, int] = {}
    for tens, t in _TENS_IT.items():
        italian[tens] = t
        for u, unit in enumerate(_UNITS_IT, 1):
            stem = tens[:-1] if unit in ("uno", "otto") else tens
            italian[stem + unit] = t + u
            if unit == "tré":
                italian[tens + "tre"] = t + u
    for word, value in [*italian.items(), *((u, k) for k, u in enumerate(_UNITS_IT, 1))]:
        out["cento" + word] = 100 + value
    out.update({k: v for k, v in italian.items() if k not in _TENS_IT})
    return out


WORDS.update(_compounds())
WORDS.update({"mezzo miliardo": 500_000_000, "mezzo milione": 500_000,
              "half a billion": 500_000_000, "half a million": 500_000})
VAGUE: dict[str, int] = {
    "decine": 10, "tens": 10, "dozzine": 12, "dozens": 12, "dozzina": 12, "dozen": 12,
    "centinaia": 100, "hundreds": 100, "migliaia": 1000, "thousands": 1000,
    "several thousand": 1000, "diverse migliaia": 1000, "alcune migliaia": 1000,
    "several hundred": 100, "diverse centinaia": 100, "alcune centinaia": 100,
    "several dozen": 12, "diverse decine": 10, "alcune decine": 10, "several tens": 10,
    "hundreds of thousands": 100_000, "several hundred thousand": 100_000,
    "centinaia di migliaia": 100_000, "diverse centinaia di migliaia": 100_000,
    "tens of thousands": 10_000, "decine di migliaia": 10_000,
    "several tens of thousands": 10_000, "diverse decine di migliaia": 10_000,
    "millions": 1_000_000, "milioni di": 1_000_000,
    # "una ventina", "un centinaio": about so many
    **{f"{art}{noun}": value for noun, value in (
        ("decina", 10), ("quindicina", 15), ("ventina", 20), ("trentina", 30),
        ("quarantina", 40), ("cinquantina", 50), ("sessantina", 60), ("settantina", 70),
        ("ottantina", 80), ("novantina", 90)) for art in ("una ", "")},
    "un centinaio": 100, "centinaio": 100, "un migliaio": 1000, "migliaio": 1000,
}
# a share of a whole, in percent: "about a fifth of consumers", "metà della popolazione"
SHARES: dict[str, int] = {
    "half": 50, "metà": 50, "la metà": 50, "a third": 33, "one third": 33, "un terzo": 33,
    "two thirds": 67, "two-thirds": 67, "due terzi": 67, "a quarter": 25, "one quarter": 25,
    "un quarto": 25, "three quarters": 75, "three-quarters": 75, "tre quarti": 75,
    "a fifth": 20, "one fifth": 20, "un quinto": 20, "a tenth": 10, "un decimo": 10,
    "nine tenths": 90, "nine-tenths": 90, "nove decimi": 90,
}
SCALES: dict[str, int] = {
    "mila": 1000, "mille": 1000, "thousand": 1000, "k": 1000,
    "milioni": 10**6, "milione": 10**6, "million": 10**6, "millions": 10**6, "mn": 10**6,
    "m": 10**6, "mln": 10**6,
    "miliardi": 10**9, "miliardo": 10**9, "billion": 10**9, "billions": 10**9, "bn": 10**9,
    "mld": 10**9, "b": 10**9, "trillion": 10**12, "trilioni": 10**12,
}
CURRENCIES: dict[str, str] = {
    "$": "USD", "us$": "USD", "usd": "USD", "dollari": "USD", "dollars": "USD", "dollar": "USD",
    "dollaro": "USD", "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "£": "GBP",
    "gbp": "GBP", "sterline": "GBP", "pounds": "GBP", "sterling": "GBP", "rubli": "RUB",
    "roubles": "RUB", "rubles": "RUB", "hryvnias": "UAH", "grivne": "UAH", "hryvnia": "UAH",
    "uah": "UAH", "yen": "JPY", "franchi svizzeri": "CHF", "swiss francs": "CHF",
    "zloty": "PLN", "zlotys": "PLN", "złoty": "PLN", "pln": "PLN",
    "norwegian crowns": "NOK", "norwegian kroner": "NOK", "corone norvegesi": "NOK", "nok": "NOK",
    "danish kroner": "DKK", "danish crowns": "DKK", "corone danesi": "DKK", "dkk": "DKK",
    "swedish kronor": "SEK", "swedish crowns": "SEK", "corone svedesi": "SEK", "sek": "SEK",
    "kronor": "SEK",
    "czech crowns": "CZK", "corone ceche": "CZK", "czk": "CZK", "yuan": "CNY",
    "canadian dollars": "CAD", "dollari canadesi": "CAD", "australian dollars": "AUD",
    "c$": "CAD", "a$": "AUD", "chf": "CHF",
}
QUALIFIERS = ("at least", "almeno", "more than", "più di", "oltre", "over", "about", "circa",
              "around", "nearly", "quasi", "up to", "fino a", "some", "roughly", "approximately",
              "approssimativamente", "less than", "meno di", "under", "a total of", "in totale",
              "un totale di", "another", "altri", "altre", "only", "solo", "appena", "ben")

_EXACT_QUALIFIERS = frozenset({"another", "altri", "altre", "only", "solo", "appena", "ben",
                               "a total of", "in totale", "un totale di"})
_DIGITS = r"\d{1,3}(?:[.,' ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_VAGUE_RE = alternation(VAGUE)
_WORD_RE = alternation(w for w in WORDS if len(w) > 1 or w == "a")
_SCALE_RE = alternation(SCALES)
# a sign or an ISO code before the sum: "$5bn", "C$500m", "A$100m", "NOK 3bn", "SEK1.2bn"
_CUR_PRE = r"(?P<cur>us\$|c\$|a\$|\$|€|£|nok|sek|dkk|czk|chf)\s?"
_QUAL_RE = alternation(QUALIFIERS)
NUMBER_RE = re.compile(  # starts at a word's first letter, a digit or a currency sign
    rf"(?:(?<![\w])|(?=[\d$€£]))"
    rf"(?:(?P<qual>{_QUAL_RE})\s+(?:il\s+|l')?)?"  # "circa il 30 per cento", "circa l'80%"
    rf"(?:{_CUR_PRE})?"
    rf"(?:(?P<mult>{_WORD_RE}|\d+)\s+(?P<vague2>dozzine|dozzina|dozen|decine|centinaia|hundred|"
    rf"migliaia|thousand)\b"
    rf"|(?P<vague>{_VAGUE_RE})\b"
    rf"|(?P<share>{alternation(SHARES)})(?=\s+(?:of|di|del|della|dei|delle|degli|dell')\b)"
    # (not a calibre: "155mm shells")
    rf"|(?P<digits>{_DIGITS})(?!\d|mm\b)(?:\s?(?P<scale>{_SCALE_RE})\b)?"
    rf"|(?<![\w'])(?P<word>{_WORD_RE})\b(?:\s(?P<wscale>mila|thousand|million|milioni|milione|"
    rf"billion|miliardo|miliardi)\b)?)",
)


@dataclass(frozen=True)
class Number:
    value: int | float
    start: int  # offsets into the text; the qualifier is included
    end: int
    vague: bool
    qualified: bool
    word: bool  # spelled as a word ("two", "una")
    currency: str | None = None
    share: bool = False  # a share in percent ("a fifth of" = 20), not a count



def is_year(view: str, n: Number) -> bool:
    """Whether `n` reads as a year ("in 2025"), not a count ("2,000 soldiers", "duemila")."""
    return 1900 <= n.value <= 2100 and not n.currency and not n.word \
        and not any(c in view[n.start:n.end] for c in ",.")

_ITALIAN_SCALES = frozenset({"mila", "mille", "milioni", "milione", "miliardi", "miliardo",
                             "mld", "mln", "trilioni"})


def parse_digits(raw: str, has_scale: bool, italian: bool = False) -> float:
    """The value of a digit string. A lone separator before three digits groups thousands,
    unless a scale word follows ("2.5 million", "1,5 miliardi"); with an Italian scale word
    the dot still groups ("2.200 miliardi di grivne" is 2,200 billion), as Italian writes
    decimals with a comma."""
    raw = raw.replace(" ", "").replace("'", "")
    seps = re.findall(r"[.,]", raw)
    if not seps:
        return float(raw)
    if len(seps) > 1:
        last = raw[max(raw.rfind("."), raw.rfind(",")):]
        if len(set(seps)) > 1:  # 1.234,5 or 1,234.5: the last one is the decimal mark
            int_part = re.sub(r"[.,]", "", raw[: -len(last)])
            return float(f"{int_part}.{last[1:]}")
        return float(re.sub(r"[.,]", "", raw))
    head, tail = re.split(r"[.,]", raw)
    if len(tail) == 3 and head != "0" and (not has_scale or (italian and "." in raw)):
        return float(head + tail)  # one separator then three digits: thousands
    return float(f"{head}.{tail}")


def whole(value: int | float) -> int | float:
    return int(round(value)) if abs(value - round(value)) < 1e-6 else value


_HAND = re.compile(r"(?<![\w])(?:hand|hands|handed|handing)\s+$")
_COME = re.compile(r"(?<![\w])(?:come|came|comes|coming)\s+$")


_MODEL_BEFORE = re.compile(r"(?:(?<![\w])[a-z]{1,3}-|(?<![\w])[a-z])$")


def find_numbers(view: str, start: int, end: int) -> list[Number]:
    """Numbers in view[start:end]; single-letter words ('a') are returned as word numbers."""
    out: list[Number] = []
    for m in NUMBER_RE.finditer(view, start, end):
        g = m.groupdict()
        # "another 42", "altri 15", "only 30": more or fewer, but the number is exact
        begin, qual = m.start(), bool(g["qual"]) and g["qual"] not in _EXACT_QUALIFIERS
        if (g["qual"] == "under" and _COME.search(view, max(start, begin - 8), begin)) or (
                g["qual"] == "over" and _HAND.search(view, max(start, begin - 10), begin)):
            # "came under 87 attacks": not fewer than 87; "to hand over six howitzers": six
            begin, qual = m.end("qual"), False
            while view[begin].isspace():
                begin += 1
        cur = CURRENCIES.get(g["cur"]) if g["cur"] else None
        vague = False
        word = False
        if g["vague2"]:
            base = VAGUE.get(g["vague2"]) or {"hundred": 100, "thousand": 1000}[g["vague2"]]
            mult = g["mult"]
            value: int | float = base * (WORDS.get(mult, 0) or int(mult) if mult else 1)
            vague = g["vague2"] in VAGUE
        elif g["vague"]:
            value, vague = VAGUE[g["vague"]], True
        elif g["share"]:
            out.append(Number(SHARES[g["share"]], begin, m.end(), True, qual,
                              True, share=True))
            continue
        elif g["digits"]:
            if _MODEL_BEFORE.search(view, max(0, begin - 5), begin):
                continue  # "S-300", "Kh-101", "Su-34", "M777": a model's name, not a count
            scale = g["scale"]
            value = parse_digits(g["digits"], bool(scale), scale in _ITALIAN_SCALES) \
                * (SCALES[scale] if scale else 1)
            if scale in ("m", "b", "k") and not cur:
                value = parse_digits(g["digits"], False)
                mend = m.start("scale")
                out.append(Number(whole(value), begin, mend, False, qual, False))
                continue
        else:
            if g["word"] == "cento" and view.endswith("per ", 0, m.start()):
                continue  # "40 per cento": the percent sign, not a hundred
            value = WORDS[g["word"]] * (SCALES[g["wscale"]] if g["wscale"] else 1)
            word = True
        out.append(Number(whole(value), begin, m.end(), vague, qual, word, cur))
    return _ranges(view, out)


# "between 300 and 400", "tra 90 e 100", "from 10 to 12": a range, counted by its lower bound
_RANGE_BEFORE = re.compile(r"(?<![\w])(?:between|tra|fra|from|da)\s+$")
_RANGE_JOIN = re.compile(r"\s+(?:and|e|to|a)\s+")
_BARE_RANGE_JOIN = re.compile(r"\s+to\s+")
# "since May 10 to more than 11,000": a date, then what a total rose to; no range
# "January 5", "gennaio 5": a month right before a number, which may be its day
MONTH_BEFORE = re.compile(rf"(?<![\w])(?:{MONTH_RE})\s+$")


def _ranges(view: str, numbers: list[Number]) -> list[Number]:
    """Each range as one qualified number worth its lower bound, spanning both ends."""
    out: list[Number] = []
    skip = False
    for k, n in enumerate(numbers):
        if skip:
            skip = False
            continue
        nxt = numbers[k + 1] if k + 1 < len(numbers) else None
        if nxt is None or n.share or nxt.share or n.value >= nxt.value:
            out.append(n)  # no pair that can be a range
            continue
        if _RANGE_JOIN.fullmatch(view, n.end, nxt.start) \
                and (word := _RANGE_BEFORE.search(view, max(0, n.start - 9), n.start)):
            out.append(Number(n.value, word.start(), nxt.end, False, True, n.word,
                              n.currency or nxt.currency))
            skip = True
            continue
        if n.word == nxt.word and n.end - n.start > 1 and not nxt.qualified \
                and not is_year(view, n) and not MONTH_BEFORE.search(view, max(0, n.start - 12),
                                                                    n.start) \
                and _BARE_RANGE_JOIN.fullmatch(view, n.end, nxt.start):
            # "six to seven hours", "hand over 10 to 15 percent": a range with no word before
            out.append(Number(n.value, n.start, nxt.end, n.vague, True, n.word,
                              n.currency or nxt.currency))
            skip = True
            continue
        out.append(n)
    return out


_CURRENCY_AFTER = re.compile(  # the longest names first: "canadian dollars" before "dollars"
    r"\s*(?:di\s+|d')?(" + "|".join(sorted((re.escape(k) for k in CURRENCIES if k[0].isalpha()),
                                            key=len, reverse=True)) + r")(?![\w])")


# a running total a count brings up to: "bringing the total to 640,000", "portando a 35 il
# numero", "bringing its losses since the full-scale invasion to about 725,800"
RUNNING_TOTAL = re.compile(
    r"(?<![\w])(?:(?:bringing|raising|taking|pushing|portando|che porta|il che porta)\s+"
    r"(?:the|il|la|its|their|overall|il suo)?\s*(?:overall\s+)?"
    r"(?:total|tally|toll|number|count|totale|bilancio|numero|conteggio)|"
    r"(?:portando|che porta|il che porta)\s+a(?=\s+(?:\w+\s+)?\d)|"
    r"(?:bringing|raising|taking|pushing)\s+to(?=\s+(?:\w+\s+)?[$€£]?\d)|"
    r"(?:bringing|raising|taking|pushing) (?:it|the figure) to|"
    r"(?:bringing|raising|taking|pushing)\s+(?:its|their|the|[\w]+'s)\s+"
    r"(?:[\w'’-]+\s+){1,8}?to(?=\s+(?:about|around|nearly|almost|more than|over|"
    r"some|roughly|at least)?\s*[$€£]?\d))(?![\w])")
# "$60 per barrel", "100 dollari al barile": a price, counted in money per barrel
PER_BARREL = re.compile(r"\s*(?:-a-|\s+a\s+|\s*per\s+|\s*al\s+)(?:barrel|barile)(?![\w])")


def currency_of(view: str, n: Number) -> tuple[str, int] | None:
    """(currency code, end of its words) if `n` counts money: a sign before it ("$500m") or
    a currency word after it ("500 milioni di euro")."""
    if n.currency:
        return n.currency, n.end
    return currency_after(view, n.end)


_BARE_CROWNS = re.compile(r"\s*(?:di\s+)?(?:kroner|krone|crowns|corone)(?![\w])")
# the countries that count in crowns, as texts name them ("Norway", "danese", "Stoccolma")
_CROWN_COUNTRIES = re.compile(
    r"(?<![\w])(?:(?P<NOK>norway|norway's|norwegian|norvegia|norvegese|oslo)|"
    r"(?P<DKK>denmark|denmark's|danish|danimarca|danese|copenhagen|copenaghen)|"
    r"(?P<SEK>sweden|sweden's|swedish|svezia|svedese|stockholm|stoccolma)|"
    r"(?P<CZK>czech republic|czechia|czech|repubblica ceca|cechia|ceca|ceco|prague|praga))"
    r"(?![\w])")


def bare_crowns(view: str, n: Number, lo: int) -> tuple[str, int] | None:
    """(currency code, end of its word) of crowns named without their country ("1,2 miliardi
    di corone"): the crowns of the crown country named last in [lo, n) — or, if none, first
    after it in the next 200 characters."""
    m = _BARE_CROWNS.match(view, n.end)
    if m is None:
        return None
    named = list(_CROWN_COUNTRIES.finditer(view, lo, n.start))
    country = named[-1] if named else _CROWN_COUNTRIES.search(view, m.end(), m.end() + 200)
    return (country.lastgroup or "", m.end()) if country is not None else None


def currency_after(view: str, pos: int) -> tuple[str, int] | None:
    """A currency word right after `pos` ("500 milioni di euro", "2 bn dollars")."""
    m = _CURRENCY_AFTER.match(view, pos, pos + 30)
    if not m:
        return None
    return CURRENCIES[m.group(1)], m.end()
