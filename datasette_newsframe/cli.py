"""The ``newsframe`` command: load articles into a corpus database, and more."""
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
@click.option("--quiet", is_flag=True, help="No progress bar.")
def load(db_path, paths, fmt, metadata, source, strict, extractor, batch_size, quiet):
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
                             on_file=on_file)
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


if __name__ == "__main__":
    cli()
