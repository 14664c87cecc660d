"""Transliteration helpers for the gazetteer build (developer tool).

* ``kmu2010`` - official Ukrainian national romanisation (KMU resolution
  No. 55 of 27 January 2010).
* ``ru_variants`` - two simple romanisations of Russian Cyrillic (BGN/PCGN
  style without apostrophes, and the simplified "press" style) used only to
  produce alias spellings such as "Kharkov", "Zaporozhye", "Nikolaev".
"""

import re
import unicodedata

_UK = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e",
    "є": "ie", "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia",
    # letters that do not belong to Ukrainian; mapped so that a stray
    # Russian letter does not crash the build
    "ы": "y", "э": "e", "ё": "io", "ъ": "",
}
_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_APOS = "'’ʼ`´ʹ‘\u02bc"


def strip_accents(s):
    """Remove combining stress marks (Алекса́ндровск -> Александровск) but
    keep letters such as й/ї (which decompose to base + combining mark)."""
    out = []
    for ch in unicodedata.normalize("NFC", s):
        if ch in "\u0301\u0300":
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out).replace("\u0301", "").replace("\u0300", ""))


def _is_letter(ch):
    return ch.isalpha() or ch in _APOS


def _case(src, out):
    if not out:
        return out
    if src.isupper():
        return out[0].upper() + out[1:]
    return out


def kmu2010(text):
    """Romanise Ukrainian Cyrillic text following the KMU-2010 table."""
    text = strip_accents(text)
    res = []
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        lo = ch.lower()
        if lo in _APOS:
            i += 1
            continue
        if lo not in _UK:
            res.append(ch)
            i += 1
            continue
        # word-initial: previous char is not a letter and not an apostrophe
        initial = i == 0 or not _is_letter(text[i - 1])
        if lo == "г" and i > 0 and text[i - 1].lower() == "з":
            out = "gh"
        elif initial and lo in _UK_INITIAL:
            out = _UK_INITIAL[lo]
        else:
            out = _UK[lo]
        res.append(_case(ch, out))
        i += 1
    return "".join(res)


_RU = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo",
    "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    # Ukrainian letters occasionally found in mixed forms
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
}
_RU_VOWELS = set("аеёиоуыэюяіїє")


def _ru(text, style):
    text = strip_accents(text)
    res = []
    n = len(text)
    for i, ch in enumerate(text):
        lo = ch.lower()
        if lo in _APOS:
            continue
        if lo not in _RU:
            res.append(ch)
            continue
        prev = text[i - 1].lower() if i > 0 else ""
        nxt = text[i + 1].lower() if i + 1 < n else ""
        initial = i == 0 or not _is_letter(text[i - 1])
        out = _RU[lo]
        if lo == "е":
            if initial or prev in "ьъ" or (style == "bgn" and prev in _RU_VOWELS):
                out = "ye"
        elif lo == "ё":
            if not (initial or prev in "ьъ" or prev in _RU_VOWELS):
                out = "yo" if style == "bgn" else "e"
        elif lo == "й" and style == "press" and prev in "иы" and not (nxt.isalpha()):
            out = ""  # Staryy -> Stary (press style)
        elif lo == "ы" and style == "press" and nxt == "й":
            out = "y"
        res.append(_case(ch, out))
    return "".join(res)


def ru_variants(text):
    """Return the distinct romanisations of a Russian Cyrillic name."""
    out = []
    for style in ("bgn", "press"):
        v = _ru(text, style)
        if v not in out:
            out.append(v)
    return out


def fold(s):
    """ASCII-ish fold used for alias variants: strip diacritics and
    apostrophes (Zaporižžja -> Zaporizzja, Kup'jans'k -> Kupjansk)."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
    s = s.replace("đ", "d").replace("Đ", "D").replace("ı", "i")
    for a in _APOS + "”“\"":
        s = s.replace(a, "")
    return re.sub(r"\s+", " ", s).strip()


def norm_key(s):
    """Comparison key: folded, lower case, hyphens as spaces."""
    return fold(s).lower().replace("-", " ")
