"""Loading on a Dask cluster: extraction is a pure function of each article, so partitions of
the input files load into shard databases in parallel, anywhere, and ``merge`` combines them.

  from dask.distributed import Client
  from datasette_newsframe.distributed import load_with_dask
  load_with_dask("corpus.db", ["articles/"], shard_dir="/shared/shards", client=Client("tcp://scheduler:8786"))

or ``newsframe load-dask corpus.db articles/ --scheduler tcp://scheduler:8786 --shards /shared/shards``.
Shards are written where the workers run, so on a real cluster ``shard_dir`` must be storage
every worker and this process can reach (a shared file system). Dask is an optional extra:
``pip install 'datasette-newsframe[dask]'``.
"""
from pathlib import Path

from .readers import iter_files
from .records import ReadError


def _load_partition(items, shard_dir, options):
    """Load one partition of (index, path, external_id) items into its own shard; returns its path."""
    from .loader import load

    items = list(items)
    if not items:
        return []
    shard = Path(shard_dir) / f"shard-{items[0][0]:07d}.db"
    load(shard, [(Path(path), external_id) for _, path, external_id in items], consolidate_actors=False, **options)
    return [str(shard)]


def load_with_dask(out_path, paths, shard_dir, client=None, partitions=None, **options):
    """Load ``paths`` with Dask into shards under ``shard_dir`` and merge them into ``out_path``.

    Files are the unit of work (keep big inputs split into several files); partitions keep the
    input's order, so the merged corpus equals a direct ``newsframe load`` of the same paths.
    ``options`` go to loader.load (fmt, source, metadata, extractor, max_chars).
    """
    import dask.bag

    from .merge import merge

    files, errors = [], []
    for item in iter_files(paths):
        if isinstance(item, ReadError):
            errors.append(item)
        else:
            files.append((len(files), str(item[0]), item[1]))
    Path(shard_dir).mkdir(parents=True, exist_ok=True)
    if not files:
        raise ValueError(f"no files to load in {', '.join(map(str, paths))}")
    bag = dask.bag.from_sequence(files, npartitions=partitions or min(len(files), 64))
    shards = bag.map_partitions(_load_partition, str(shard_dir), options)
    found = shards.compute(scheduler=client.get if client is not None else "processes")
    shard_paths = sorted(found)  # shard names carry the index of their first file: input order
    result = merge(out_path, shard_paths)
    result["shards"] = len(shard_paths)
    result["walk_errors"] = [str(e) for e in errors]
    return result
