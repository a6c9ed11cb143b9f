"""The ``newsframe`` command: load articles into a corpus database, and more."""
import json
import sys

import click

from . import loader, store
from .readers import FORMATS, iter_files


@click.group()
@click.version_option(package_name="datasette-newsframe")
def cli():
    """Build and inspect newsframe corpus databases (SQLite) for Datasette."""


@cli.command()
@click.argument("db_path", type=click.Path(dir_okay=False))
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="auto", show_default=True,
              help="Input format; auto picks by file extension and layout.")
@click.option("--metadata", type=click.Path(exists=True, dir_okay=False),
              help="CSV or TSV keyed by file name with source, published, author, title, url (text files).")
@click.option("--source", help="Outlet for articles that do not name one (e.g. a folder of one outlet's files).")
@click.option("--strict", is_flag=True, help="Stop at the first error and keep nothing of this run.")
@click.option("--extractor", default="rules", show_default=True, help="Extractor plugin to use.")
@click.option("--batch-size", default=500, show_default=True, help="Articles per committed transaction.")
@click.option("--max-chars", default=loader.MAX_ARTICLE_CHARS, show_default=True,
              help="Refuse articles longer than this (a scraped file this large is rarely one article).")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 256),
              help="Processes that extract in parallel (use the number of cores).")
@click.option("--no-consolidate", is_flag=True,
              help="Skip corpus-wide actor merging (for shards that newsframe merge will combine).")
@click.option("--quiet", is_flag=True, help="No progress bar.")
def load(db_path, paths, fmt, metadata, source, strict, extractor, batch_size, max_chars, workers,
         no_consolidate, quiet):
    """Load article files or folders (recursively) into the corpus DB_PATH.

    Loading is idempotent: an unchanged article is skipped, a changed one replaces
    its old rows. Bad files are reported with path and line, recorded in the
    load_errors table and skipped; the exit status is 1 if anything failed.
    """
    show = not quiet and sys.stderr.isatty()
    bar = None
    if show:  # count the files first (a cheap walk) so the bar knows its length
        total = sum(1 for item in iter_files(paths) if isinstance(item, tuple))
        bar = click.progressbar(length=total, label="loading", file=sys.stderr, show_pos=True)

    def on_file(path):
        if bar is not None:
            bar.update(1)

    def on_error(error):
        click.echo(f"error: {error}", err=True)

    try:
        result = loader.load(db_path, list(paths), fmt=fmt, extractor=extractor, metadata=metadata,
                             source=source, strict=strict, batch_size=batch_size, on_error=on_error,
                             on_file=on_file, max_chars=max_chars, workers=workers,
                             consolidate_actors=not no_consolidate)
    except loader.StrictStop as e:
        raise click.ClickException(f"{e.error} (--strict: nothing of this run was kept)")
    except (store.SchemaError, KeyError) as e:
        raise click.ClickException(str(e).strip("'\""))
    finally:
        if bar is not None:
            bar.render_finish()
    click.echo(result.summary())
    if result.failed:
        sys.exit(1)


@cli.command()
@click.argument("db_path", type=click.Path(exists=True, dir_okay=False))
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def evaluate(db_path, gold_dir, as_json):
    """Score the quotes in DB_PATH against BRAT attribution annotations in GOLD_DIR.

    Articles are matched to NAME.ann (or NAME_xxxx.ann, one annotator) by external_id.
    Prints direct-quote precision/recall/F1, speaker mention accuracy, attributed F1
    and indirect recall/precision, overall and per source.
    """
    from .evaluate import evaluate as run

    result = run(db_path, gold_dir)
    if not result["articles"]:
        raise click.ClickException(f"no article in {db_path} matches an .ann file in {gold_dir}")
    if as_json:
        click.echo(json.dumps(result))
        return
    columns = ["direct_p", "direct_r", "direct_f1", "speaker_mention_acc", "attributed_f1",
               "indirect_recall", "indirect_precision", "gold_direct"]
    click.echo(f"{result['articles']} articles matched")
    click.echo("source".ljust(24) + "".join(c.rjust(20) for c in columns))
    rows = [("ALL", result["overall"])] + list(result["by_source"].items())
    for name, figures in rows:
        click.echo(name[:23].ljust(24) + "".join(
            ("-" if figures[c] is None else str(figures[c])).rjust(20) for c in columns))


@cli.command()
@click.argument("out_path", type=click.Path(dir_okay=False))
@click.argument("shards", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
def merge(out_path, shards):
    """Combine shard corpora (built with load --no-consolidate, or by load-dask) into OUT_PATH."""
    from .merge import MergeError, merge as run

    try:
        result = run(out_path, list(shards))
    except (MergeError, store.SchemaError) as e:
        raise click.ClickException(str(e))
    click.echo(f"merged {len(shards)} shards: {result['articles']} articles copied, "
               f"{result['skipped']} already there")


@cli.command("load-dask")
@click.argument("db_path", type=click.Path(dir_okay=False))
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--scheduler", help="Address of a dask.distributed scheduler; default: local processes.")
@click.option("--shards", "shard_dir", required=True, type=click.Path(file_okay=False),
              help="Folder for the shard databases (shared storage on a real cluster).")
@click.option("--partitions", type=int, help="How many shards (default: one per file, at most 64).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="auto", show_default=True)
@click.option("--source", help="Outlet for articles that do not name one.")
def load_dask(db_path, paths, scheduler, shard_dir, partitions, fmt, source):
    """Load PATHS on a Dask cluster into shards, then merge them into DB_PATH (pip install dask[distributed])."""
    try:
        from .distributed import load_with_dask
    except ImportError:
        raise click.ClickException("Dask is not installed: pip install 'datasette-newsframe[dask]'")
    client = None
    if scheduler:
        from dask.distributed import Client
        client = Client(scheduler)
    result = load_with_dask(db_path, list(paths), shard_dir, client=client, partitions=partitions, fmt=fmt,
                            source=source)
    click.echo(f"{result['shards']} shards merged: {result['articles']} articles")


@cli.group()
def actors():
    """List actors and fix them: merges, splits and renames survive reloads."""


def _override(db_path, action, name, target):
    from . import actors as actor_rules
    from .loader import consolidate

    try:
        actor_rules.check_override(action, name, target)
    except ValueError as e:
        raise click.ClickException(str(e))
    db = store.connect(db_path)
    if action == "split":
        found = db.execute("select count(*) from mentions where text = ?", [name]).fetchone()[0] \
            + db.execute("select count(*) from quotes where speaker_mention = ?", [name]).fetchone()[0]
    else:  # an actor, or a one-word name left without one
        found = db.execute("select count(*) from actors where name = ?", [name]).fetchone()[0] \
            or store.has_lone_name(db.conn, name)
    if not found:
        raise click.ClickException(f"no {'actor named' if action != 'split' else 'mention written'} {name!r} "
                                   f"in {db_path}")
    store.add_override(db, action, name, target)
    consolidate(db)
    click.echo(f"{actor_rules.describe_override(action, name, target)}; kept in actor_overrides and "
               "applied on every load")


@actors.command("merge")
@click.argument("db_path", type=click.Path(exists=True, dir_okay=False))
@click.argument("name")
@click.argument("into")
def actors_merge(db_path, name, into):
    """Merge the actor NAME into the actor INTO (created by renaming if it does not exist)."""
    _override(db_path, "merge", name, into)


@actors.command("split")
@click.argument("db_path", type=click.Path(exists=True, dir_okay=False))
@click.argument("alias")
@click.argument("new_name")
def actors_split(db_path, alias, new_name):
    """Move every mention and quote written ALIAS to an actor of its own, NEW_NAME."""
    _override(db_path, "split", alias, new_name)


@actors.command("rename")
@click.argument("db_path", type=click.Path(exists=True, dir_okay=False))
@click.argument("name")
@click.argument("new_name")
def actors_rename(db_path, name, new_name):
    """Rename the actor NAME to NEW_NAME (merging if NEW_NAME exists)."""
    _override(db_path, "rename", name, new_name)


@actors.command("list")
@click.argument("db_path", type=click.Path(exists=True, dir_okay=False))
@click.option("--limit", default=20, show_default=True)
@click.option("--kind", help="Only this kind (person, organization, country, ...).")
def actors_list(db_path, limit, kind):
    """The most quoted actors, with their quote, mention and alias counts."""
    db = store.connect(db_path)
    rows = db.execute(
        """select a.id, a.name, a.kind,
                  (select count(*) from quotes q where q.actor_id = a.id) as quotes,
                  (select count(*) from mentions m where m.actor_id = a.id) as mentions,
                  (select count(*) from actor_aliases x where x.actor_id = a.id) as aliases,
                  (select group_concat(alias, ' | ') from (select alias from actor_aliases x
                       where x.actor_id = a.id order by alias limit 8)) as some_aliases
           from actors a where (:kind is null or a.kind = :kind)
           order by quotes desc, mentions desc, a.name limit :limit""",
        {"kind": kind, "limit": limit}).fetchall()
    click.echo(f"{'id':>6}  {'actor':<28} {'kind':<13}{'quotes':>7}{'mentions':>9}{'aliases':>8}  some aliases")
    for r in rows:
        click.echo(f"{r[0]:>6}  {r[1][:28]:<28} {r[2]:<13}{r[3]:>7}{r[4]:>9}{r[5]:>8}  {r[6] or ''}")


if __name__ == "__main__":
    cli()
