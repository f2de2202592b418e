#!/usr/bin/env python3
"""Builds Sources/SummitryExtraction/Resources/Lexicons/given_names.json from scripts/lexicons/curated_given_names.txt.

Run from the repository root:  python3 scripts/lexicons/build_given_names.py
The output is UTF-8, NFC, names sorted, byte-identical between runs.
Exits 1 with a list of problems (a name listed for both genders, once its diacritics and case are folded).
"""
import json
import re
import sys
import unicodedata

SRC = "scripts/lexicons/curated_given_names.txt"
OUT = "Sources/SummitryExtraction/Resources/Lexicons/given_names.json"


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn").lower()


def main():
    names = {"F": set(), "M": set()}
    with open(SRC, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^([FM]): (.*)$", line.strip())
            if m:
                names[m.group(1)].update(unicodedata.normalize("NFC", n) for n in m.group(2).split())
    folded = {g: {fold(n): n for n in ns} for g, ns in names.items()}
    clash = sorted(set(folded["F"]) & set(folded["M"]))
    if clash:
        print("listed for both genders: " + ", ".join(clash), file=sys.stderr)
        return 1
    key = lambda s: (fold(s), s)
    data = {
        "source": "Summitry: hand-curated given names that name one gender as the first word of a public "
                  "figure's name (scripts/lexicons/curated_given_names.txt)",
        "entries": {"feminine": sorted(names["F"], key=key), "masculine": sorted(names["M"], key=key)},
    }
    text = unicodedata.normalize("NFC", json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {OUT}: {len(names['F'])} feminine, {len(names['M'])} masculine")
    return 0


if __name__ == "__main__":
    sys.exit(main())
