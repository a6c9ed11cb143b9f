"""Write datasette_newsframe/extract/countries.tsv: the world's countries with the words for their
people and their capitals, so that "Eritrea said", "Ethiopian officials" and "Asmara rejected" are
found beside the hand-made list in gazetteer.py (which has its own metonyms: "the Kremlin").

    python training/build_countries.py DATA_DIR

DATA_DIR holds the per-country JSON files of the MIT-licensed ``countryinfo`` package on PyPI
(``pip download --no-deps countryinfo==1.0.1``, unzip, ``countryinfo/data``). Kept: countries and
territories of at least MIN_POPULATION people. Left out, so that a person is never read as a
country: names and capitals that are also first names in the Census list ("Jordan", "Chad",
"Victoria"), capitals that name the country itself ("Singapore"), and words shared by two
countries ("Congolese", "Dominican").
"""
import collections
import json
import pathlib
import sys

OUT = pathlib.Path(__file__).resolve().parent.parent / "datasette_newsframe" / "extract" / "countries.tsv"
CENSUS = pathlib.Path(__file__).resolve().parent.parent / "datasette_newsframe" / "extract" / "census_first_names.tsv"
MIN_POPULATION = 500_000
# formal and common English names worth finding ("the Republic of Armenia", "Burma", "the UAE")
FORMAL_WORDS = ("Republic", "Kingdom", "Federation", "Commonwealth", "Emirates", "Sultanate", "Confederation")
OTHER_NAMES = {"Myanmar": ["Burma"], "Netherlands": ["Holland", "the Netherlands"], "Czech Republic": ["Czechia"],
               "Swaziland": ["Eswatini"], "Republic of Macedonia": ["North Macedonia", "Macedonia"],
               "Democratic Republic of the Congo": ["DR Congo", "DRC"], "East Timor": ["Timor-Leste"],
               "United Arab Emirates": ["UAE"], "Ivory Coast": ["Cote d'Ivoire"]}


def main(data_dir):
    first_names = {line.split("\t")[0] for line in CENSUS.read_text(encoding="utf-8").splitlines() if line}
    rows = []
    for path in sorted(pathlib.Path(data_dir).glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        if (d.get("population") or 0) < MIN_POPULATION or not d.get("ISO"):
            continue
        name = d["name"].removeprefix("The ")
        if name in first_names:
            continue
        demonyms = [w.strip() for w in (d.get("demonym") or "").split(",") if w.strip()]
        capital = d.get("capital") if isinstance(d.get("capital"), str) else ""
        seats = [capital] if capital and capital != name and capital not in first_names and "/" not in capital else []
        others = [a for a in d.get("altSpellings", []) if a.isascii() and " " in a and a.split()[0] in FORMAL_WORDS]
        others += OTHER_NAMES.get(name, [])
        rows.append((name, demonyms, seats, others))
    shared = collections.Counter(w for _, demonyms, _, _ in rows for w in demonyms)
    with OUT.open("w", encoding="utf-8") as f:
        for name, demonyms, seats, others in rows:
            demonyms = [w for w in demonyms if shared[w] == 1]
            f.write("\t".join([name, ";".join(demonyms), ";".join(seats), ";".join(others)]) + "\n")
    print(f"wrote {OUT}: {len(rows)} countries")


if __name__ == "__main__":
    main(sys.argv[1])
