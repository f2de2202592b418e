#!/usr/bin/env python3
"""Builds Sources/SummitryExtraction/Resources/Lexicons/people.json from scripts/lexicons/curated_people.txt.

Run from the repository root:  python3 scripts/lexicons/build_people.py
The output is UTF-8, NFC, entries sorted by name, aliases sorted, byte-identical between runs.
Exits 1 with a list of problems (bad country code, duplicate name, alias claimed by two people).
"""
import json
import os
import sys
import unicodedata

SRC = "scripts/lexicons/curated_people.txt"
OUT = "Sources/SummitryExtraction/Resources/Lexicons/people.json"


def nfc(s):
    return unicodedata.normalize("NFC", s.strip())


def fold(s):
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if unicodedata.category(c) != "Mn").lower()


def main():
    entries, problems, owner = [], [], {}
    with open(SRC, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = [nfc(x) for x in line.split("|")]
            if len(fields) != 5:
                problems.append(f"{SRC}:{n}: expected 5 fields, found {len(fields)}")
                continue
            name, aliases, country, org, office = fields
            aliases = sorted({a for a in (nfc(x) for x in aliases.split(";")) if a and a != name})
            if country and not (len(country) == 2 and country.isalpha() and country.isupper()):
                problems.append(f"{SRC}:{n}: country {country!r} is not an ISO 3166-1 alpha-2 code")
            for form in [name] + aliases:
                key = fold(form)
                if key in owner and owner[key] != name:
                    problems.append(f"{SRC}:{n}: {form!r} also names {owner[key]!r}")
                owner[key] = name
            entry = {"name": name, "office": office}
            if aliases:
                entry["aliases"] = aliases
            if country:
                entry["country"] = country
            if org:
                entry["org"] = org
            entries.append(entry)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        sys.exit(1)
    entries.sort(key=lambda e: (fold(e["name"]), e["name"]))
    doc = {
        "source": "Summitry: public figures of diplomacy news (heads of state and government, ministers, envoys, "
                  "heads of international bodies), hand-curated general knowledge as of 2024-2026 by the Summitry "
                  "authors (scripts/lexicons/curated_people.txt); no text from any article.",
        "notes": "country is the state a person represents; officials of international bodies have org and no country "
                 "(news names them by office, not nationality). The engine takes a known person's country as "
                 "coreference-strength evidence, below a country the text states.",
        "entries": entries,
    }
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print(f"{OUT}: {len(entries)} people")


if __name__ == "__main__":
    main()
