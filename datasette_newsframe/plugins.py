"""The pluggy plugin manager that finds extractors (built-in and installed)."""
import importlib.util

import pluggy

from . import hookspecs
from .extract import extract, extract_apostrophe_quotes
from .records import Extraction

_manager = None


def extract_nothing(body):
    """The 'none' extractor: store and index articles only (the I/O floor in benchmarks)."""
    return Extraction()


class _BuiltIn:
    @hookspecs.hookimpl
    def newsframe_extractors(self):
        found = {"rules": extract, "rules-apostrophe-quotes": extract_apostrophe_quotes, "none": extract_nothing}
        if importlib.util.find_spec("spacy") is not None:  # a spaCy pipeline, where the user has spaCy
            from .extract.spacy_backend import SpacyExtractor
            found["spacy"] = SpacyExtractor()
        return found


def manager():
    global _manager
    if _manager is None:
        pm = pluggy.PluginManager("newsframe")
        pm.add_hookspecs(hookspecs)
        pm.register(_BuiltIn(), name="builtin")
        pm.load_setuptools_entrypoints("newsframe")
        _manager = pm
    return _manager


def extractors():
    """All extractors by name."""
    found = {}
    for result in manager().hook.newsframe_extractors():
        found.update(result or {})
    return found


def get_extractor(name):
    available = extractors()
    if name not in available:
        raise KeyError(f"unknown extractor {name!r}; installed: {', '.join(sorted(available))}")
    return available[name]
