"""Plugin hooks for third-party extractors (pluggy), e.g. a spaCy pipeline.

A plugin module implements ``newsframe_extractors`` and is registered under the
``newsframe`` setuptools entry point group; ``newsframe load --extractor NAME``
then uses it. The built-in extractor is named "rules".
"""
import pluggy

hookspec = pluggy.HookspecMarker("newsframe")
hookimpl = pluggy.HookimplMarker("newsframe")


@hookspec
def newsframe_extractors():
    """Return a dict {name: callable(body: str) -> records.Extraction}."""
