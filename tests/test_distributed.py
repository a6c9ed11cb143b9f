"""Past one machine: shards merged with newsframe merge, and the Dask path on a LocalCluster,
each giving the same corpus as one direct load of the same articles."""

import pytest
from click.testing import CliRunner

from datasette_newsframe import loader
from datasette_newsframe.cli import cli

from .conftest import dump, needs_shared

pytestmark = needs_shared()


@pytest.fixture(scope="module")
def parts(tmp_path_factory, polnear_dev_jsonl):
    """PolNeAR dev as three consecutive JSON Lines files in one folder."""
    folder = tmp_path_factory.mktemp("parts")
    lines = open(polnear_dev_jsonl, encoding="utf-8").read().splitlines()
    files = []
    for i in range(3):
        path = folder / f"part{i}.jsonl"
        path.write_text("\n".join(lines[i * 28:(i + 1) * 28]) + "\n", encoding="utf-8")
        files.append(path)
    return folder, files


def test_merge_of_shards_equals_direct_load(tmp_path, parts):
    folder, files = parts
    direct = tmp_path / "direct.db"
    loader.load(direct, files)
    runner = CliRunner()
    shards = []
    for i, f in enumerate(files):
        shard = tmp_path / f"shard{i}.db"
        result = runner.invoke(cli, ["load", "--no-consolidate", "--quiet", str(shard), str(f)])
        assert result.exit_code == 0, result.output
        shards.append(str(shard))
    merged = tmp_path / "merged.db"
    result = runner.invoke(cli, ["merge", str(merged), *shards])
    assert result.exit_code == 0 and "84 articles copied" in result.output, result.output
    assert dump(merged) == dump(direct)
    # merging the same shards again copies nothing and changes nothing
    again = runner.invoke(cli, ["merge", str(merged), *shards])
    assert "0 articles copied, 84 already there" in again.output
    assert dump(merged) == dump(direct)


def test_merge_refuses_what_is_not_a_corpus(tmp_path):
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(b"not a database at all" * 100)
    result = CliRunner().invoke(cli, ["merge", str(tmp_path / "out.db"), str(bogus)])
    assert result.exit_code == 1 and "bogus.db" in result.output


def test_dask_local_cluster_equals_direct_load(tmp_path, parts):
    distributed = pytest.importorskip("dask.distributed")
    from datasette_newsframe.distributed import load_with_dask

    folder, _ = parts
    direct = tmp_path / "direct.db"
    loader.load(direct, [folder])
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        result = load_with_dask(tmp_path / "dask.db", [folder], tmp_path / "shards", client=client, partitions=3)
        assert len(client.scheduler_info()["workers"]) == 2
    assert result["shards"] == 3 and result["articles"] == 84
    assert dump(tmp_path / "dask.db") == dump(direct)
