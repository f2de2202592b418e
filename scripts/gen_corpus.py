#!/usr/bin/env python3
"""Generate a synthetic diplomacy-news corpus for extraction benchmarks.

Usage: python3 scripts/gen_corpus.py OUT_DIR [--mb 50] [--seed 1]

Writes many small German and English articles (about 2-4 KB each) into OUT_DIR, built from
template sentences written for this benchmark, invented personal names (random syllables), and
country and city names from the project's lexicons. No real article text is used. Generate into
/tmp; never commit the output.
"""
import argparse
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
LEX = os.path.join(HERE, "..", "Sources", "SummitryExtraction", "Resources", "Lexicons")

SYL = ["ka", "lo", "mi", "ren", "to", "va", "sel", "dor", "an", "bri", "ko", "lu", "ma", "nes", "ol", "pa", "ri", "sto", "tu", "ve"]

EN = [
    "{t1} {a1} met {t2} {a2} in {city} on {day} to discuss trade and security.",
    "The two leaders held talks at the presidential palace, officials said.",
    "{s1} said the meeting was constructive and that both sides agreed to continue the dialogue.",
    "{adj} {t2} {a2} is expected to attend a summit in {city2} next month.",
    "Later, {s2} hosted a dinner for the visiting delegation.",
    "According to the foreign ministry, further talks are planned for {day}.",
    "The summit will focus on energy prices, migration and the conflict in the region.",
    "{s1} and {s2} also spoke by phone about the situation in {country}.",
    "Analysts expect no breakthrough, but both governments described the visit as a success.",
]
DE = [
    "{t1} {a1} hat sich am {day} in {city} mit {t2de} {a2} getroffen.",
    "Bei dem Treffen ging es nach Angaben der Regierung um Handel und Sicherheit.",
    "{s1} sagte, das Gespräch sei konstruktiv gewesen.",
    "Der {adjde} {t2de} {a2} wird Ende des Monats zu einem Gipfel in {city2} erwartet.",
    "Am Abend empfing {s2} die Delegation zu einem Abendessen.",
    "Weitere Gespräche sind nach Angaben des Außenministeriums für {day} geplant.",
    "Beim Gipfel soll es um Energiepreise, Migration und den Konflikt in der Region gehen.",
    "{s1} und {s2} telefonierten zudem über die Lage in {country}.",
    "Beobachter erwarten keinen Durchbruch, beide Regierungen nannten den Besuch jedoch einen Erfolg.",
]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
DAYS_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"]
TITLES_EN = ["President", "Prime Minister", "Foreign Minister", "Chancellor"]
TITLES_DE = ["Präsident", "Ministerpräsident", "Außenminister", "Regierungschef"]


def name(rng):
    part = lambda: "".join(rng.choice(SYL) for _ in range(rng.randint(2, 3))).capitalize()
    return part(), part()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--mb", type=float, default=50)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    countries = json.load(open(os.path.join(LEX, "countries.json"), encoding="utf-8"))["entries"]
    places = [p for p in json.load(open(os.path.join(LEX, "places.json"), encoding="utf-8"))["entries"] if p.get("major")]
    os.makedirs(args.out, exist_ok=True)
    target = int(args.mb * 1024 * 1024)
    written, n = 0, 0
    while written < target:
        de = n % 2 == 1
        lines = []
        for _ in range(rng.randint(3, 6)):
            c1, c2 = rng.choice(countries), rng.choice(countries)
            f1, l1 = name(rng)
            f2, l2 = name(rng)
            city, city2 = rng.choice(places), rng.choice(places)
            adjs = (c2.get("adjectives") or {}).get("de" if de else "en") or [""]
            vals = dict(
                t1=rng.choice(TITLES_DE if de else TITLES_EN), t2=rng.choice(TITLES_EN), t2de=rng.choice(TITLES_DE),
                a1=f"{f1} {l1}", a2=f"{f2} {l2}", s1=l1, s2=l2,
                city=(city.get("names", {}).get("de") or [city["name"]])[0] if de else city["name"],
                city2=city2["name"], day=rng.choice(DAYS_DE if de else DAYS_EN),
                adj=adjs[0], adjde=next((a for a in adjs if a.endswith("e")), adjs[0]),
                country=c1.get("name_de" if de else "name_en") or c1["iso"],
            )
            para = " ".join(t.format(**vals) for t in rng.sample(DE if de else EN, k=rng.randint(4, 7)))
            lines.append(para)
        text = "\n\n".join(lines) + "\n"
        path = os.path.join(args.out, f"doc{n:06d}.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        written += len(text.encode("utf-8"))
        n += 1
    print(f"{n} files, {written / 1048576:.1f} MiB in {args.out}")


if __name__ == "__main__":
    main()
