import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import contextmanager
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
    return polnear_jsonl("dev", tmp_path_factory.mktemp("polnear"))


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


def run_load(db, src, batch_size=40):
    """A real `newsframe load` subprocess, small batches so that a kill lands between commits."""
    return subprocess.Popen([sys.executable, "-m", "datasette_newsframe.cli", "load", "--quiet", "--batch-size",
                             str(batch_size), str(db), str(src)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def kill_after(proc, seconds):
    """SIGKILL ``proc`` after ``seconds`` unless it ended; True if it was killed."""
    time.sleep(seconds)
    killed = proc.poll() is None
    if killed:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    return killed


def write_jsonl(path, records):
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write((r if isinstance(r, str) else json.dumps(r)) + "\n")
    return path


def query(db_path, sql, params=()):
    """All rows of one query on a real SQLite file."""
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def polnear_jsonl(split, folder):
    """A PolNeAR split as JSON Lines, written by the shared to_jsonl.py tool (run, not copied)."""
    if not POLNEAR.exists():  # the tests that need it skip, as needs_shared() tests do
        pytest.skip("../shared is not next to the checkout")
    out = Path(folder) / f"{split}.jsonl"
    subprocess.run([sys.executable, str(TOOLS / "to_jsonl.py"), str(POLNEAR / split),
                    str(POLNEAR / "metadata.tsv"), str(out)], check=True)
    return out


@pytest.fixture(scope="session")
def polnear_train_dev_db(tmp_path_factory):
    """PolNeAR train and dev loaded together into one corpus by the project's loader."""
    from datasette_newsframe import loader

    folder = tmp_path_factory.mktemp("polnear_train_dev")
    db = folder / "polnear.db"
    loader.load(db, [polnear_jsonl("train", folder), polnear_jsonl("dev", folder)], workers=2)
    return db


def free_port():
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def datasette_server(db_path):
    """The real Datasette server on loopback serving ``db_path``; yields its base URL."""
    import urllib.request

    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "datasette", str(db_path), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def refuse_to_read(monkeypatch, file_name):
    """Make the readers get 'permission denied' for ``file_name``, as a filesystem would for a user
    without read permission (tests run as root, who can read everything)."""
    import builtins

    from datasette_newsframe.readers import decode

    def guarded(path, *args, **kwargs):
        if str(path).endswith(file_name):
            raise PermissionError(13, "Permission denied", str(path))
        return builtins.open(path, *args, **kwargs)

    monkeypatch.setattr(decode, "open", guarded, raising=False)
