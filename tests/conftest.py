import json
import sqlite3
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_2ed910efdd63ae0a.txt"
POLNEAR = SHARED / "corpora" / "polnear"
TOOLS = SHARED / "tools" / "polnear"


def needs_shared():
    return pytest.mark.skipif(not SEED.exists(), reason="../shared is not next to the checkout")


@pytest.fixture
def seed_text():
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def polnear_dev_jsonl(tmp_path_factory):
    """PolNeAR dev written by the shared to_jsonl.py tool (run, not copied)."""
    import subprocess
    import sys

    out = tmp_path_factory.mktemp("polnear") / "dev.jsonl"
    subprocess.run([sys.executable, str(TOOLS / "to_jsonl.py"), str(POLNEAR / "dev"),
                    str(POLNEAR / "metadata.tsv"), str(out)], check=True)
    return out


def dump(db_path, skip=("load_runs", "load_errors")):
    """Every row of every ordinary table, for comparing databases."""
    conn = sqlite3.connect(db_path)
    tables = [r[0] for r in conn.execute(
        "select name from sqlite_master where type = 'table' and name not like '%_fts%' "
        "and name not like 'sqlite_%' order by name")]
    out = {}
    for t in tables:
        if t in skip:
            continue
        cols = [r[1] for r in conn.execute(f"pragma table_info([{t}])") if r[1] != "load_run_id"]
        out[t] = conn.execute(f"select {', '.join('[' + c + ']' for c in cols)} from [{t}] order by 1, 2").fetchall()
    conn.close()
    return out


def write_jsonl(path, records):
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write((r if isinstance(r, str) else json.dumps(r)) + "\n")
    return path
