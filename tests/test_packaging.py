"""The wheel carries templates and static files: a plugin must work from pip install, not a checkout."""
import subprocess
import sys
import zipfile

from .conftest import ROOT


def test_wheel_contains_templates_static_and_entry_points(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(tmp_path), str(ROOT)], check=True)
    (wheel,) = tmp_path.glob("datasette_newsframe-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "datasette_newsframe/templates/newsframe_overview.html" in names
    assert "datasette_newsframe/static/newsframe.css" in names
    assert "datasette_newsframe/extract/quotes.py" in names
    assert "datasette_newsframe/extract/speaker_ranker.json" in names  # the model ships: nothing is downloaded
    assert "datasette_newsframe/extract/census_first_names.tsv" in names  # read at import by gazetteer.py
    assert "datasette_newsframe/extract/countries.tsv" in names  # read at import by gazetteer.py
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "newsframe = datasette_newsframe" in text and "newsframe = datasette_newsframe.cli:cli" in text
    assert not any(n.startswith(("tests/", "demo/", "benchmarks/", "training/")) for n in names)
