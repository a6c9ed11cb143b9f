"""Where the time of a load goes: the profile behind the speed figures.

  python benchmarks/profile_load.py [N]        (default: 4000 articles)

Builds a corpus of N articles from PolNeAR train (make_corpus.py), loads it into an empty
database in one process with every phase of `newsframe load` timed (reading and hashing,
extraction by stage, writing rows, the indexes and full-text search built at the end, the
corpus-wide actor merge step by step, the summary tables), then loads 20 articles more into it
(10 new, 10 changed) with the same timers. Then it profiles extraction alone with cProfile on
500 of the articles and prints the functions that take most of it, and the share of the regular
expression engine. Everything is printed; nothing is asserted.
"""
import cProfile
import collections
import json
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_corpus  # noqa: E402

from datasette_newsframe import extract, loader, store, summaries  # noqa: E402
from datasette_newsframe.extract import quotes, ranker  # noqa: E402

SPENT = collections.Counter()


def timed(module, name, label):
    """Replace module.name by a wrapper that adds its time to SPENT[label]."""
    real = getattr(module, name)

    def wrapper(*args, **kwargs):
        started = time.perf_counter()
        try:
            return real(*args, **kwargs)
        finally:
            SPENT[label] += time.perf_counter() - started
    setattr(module, name, wrapper)


def instrument():
    timed(extract, "find_entities", "extract: entities (names, roles, places)")
    timed(quotes, "reading_view", "extract: quotation marks (reading view)")
    timed(quotes, "rule_quotes", "extract: quotation and speaker rules")
    timed(ranker, "fill_speakers", "extract: speaker model")
    timed(extract, "speaker_mentions", "extract: speakers as mentions")
    timed(loader, "_safe_extract", "extraction (all stages)")
    timed(store, "write_article", "write rows (articles, quotes, mentions, actors)")
    timed(store, "finish_bulk_load", "end: indexes and full-text search")
    timed(loader, "consolidate", "end: corpus-wide actor merge (all steps)")
    for step in ("apply_merges", "actor_weights", "apply_overrides", "unlink_lone_names", "lone_names",
                 "relink_lone_names", "actor_roles", "person_actors", "unresolved_descriptions",
                 "guessed_descriptions", "persons_named", "role_counts", "link_quotes", "narrated_quotes",
                 "set_unnamed_speakers", "prune_actors"):
        timed(store, step, f"  merge step: store.{step}")
    timed(summaries, "refresh", "end: summary tables")


def report(title, total):
    print(f"\n{title}: {total:.2f} s")
    stages = {k: v for k, v in SPENT.items() if k.startswith("extract:")}
    rest = total - SPENT["extraction (all stages)"] - SPENT["write rows (articles, quotes, mentions, actors)"] \
        - SPENT["end: indexes and full-text search"] - SPENT["end: corpus-wide actor merge (all steps)"]
    rows = [("extraction (all stages)", SPENT["extraction (all stages)"])]
    rows += [(f"  {k}", v) for k, v in sorted(stages.items(), key=lambda kv: -kv[1])]
    rows += [(k, SPENT[k]) for k in ("write rows (articles, quotes, mentions, actors)",
                                     "end: indexes and full-text search", "end: corpus-wide actor merge (all steps)")]
    rows += sorted(((k, v) for k, v in SPENT.items() if k.startswith("  merge step")), key=lambda kv: -kv[1])
    rows += [("  end: summary tables (within the merge)", SPENT["end: summary tables"]),
             ("reading, checking, hashing, the rest", rest)]
    for label, seconds in rows:
        print(f"  {label:<58} {seconds:>8.2f} s {100 * seconds / total:>5.1f}%")
    SPENT.clear()


def profile_extraction(records, n=500):
    bodies = [r["text"] for r in records[:n]]
    profile = cProfile.Profile()
    started = time.process_time()
    profile.enable()
    for body in bodies:
        extract.extract(body)
    profile.disable()
    cpu = time.process_time() - started
    words = sum(len(b.split()) for b in bodies)
    stats = pstats.Stats(profile)
    total = sum(row[2] for row in stats.stats.values())  # own time of every function
    by_module = collections.Counter()
    for (path, _, name), row in stats.stats.items():
        module = "/".join(Path(path).parts[-2:]) if path != "~" else ("regular expressions (re)" if "re.Pattern" in name
                                                      or "re.Match" in name else "built-ins")
        by_module[module] += row[2]
    print(f"\nextraction alone, {n} articles, {words:,} words: {cpu:.2f} s of CPU under cProfile "
          f"(about twice the time without it); own time by module:")
    for module, seconds in by_module.most_common(8):
        print(f"  {module:<40} {100 * seconds / total:>5.1f}%")
    print("functions with the most own time:")
    for (path, line, name), row in sorted(stats.stats.items(), key=lambda kv: -kv[1][2])[:15]:
        where = f"{Path(path).name}:{line}" if path != "~" else ""
        print(f"  {name[:44]:<44} {where:<22} {row[1]:>9,} calls {100 * row[2] / total:>5.1f}%")


def main(n):
    folder = Path(tempfile.mkdtemp())
    records = make_corpus.split_records()
    train = folder / "train.jsonl"
    with open(train, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r) + "\n")
    src, db = folder / f"c{n}.jsonl", folder / f"c{n}.db"
    words = make_corpus.make(n, src, train)
    instrument()
    started = time.perf_counter()
    loader.load(db, [src])
    report(f"load of {n:,} articles ({words:,} words) into an empty corpus, one process", time.perf_counter() - started)
    more = make_corpus.write_additions(records, folder / "more.jsonl")
    started = time.perf_counter()
    loader.load(db, [more])
    report(f"then 20 articles more (10 new, 10 changed) into those {n:,}", time.perf_counter() - started)
    profile_extraction(records)
    print(f"\nmachine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 4000)
