"""A spaCy entity backend for users who have spaCy and an English model installed.

Registered as the extractor "spacy" when spaCy can be imported (``newsframe load --extractor
spacy``); it loads ``en_core_web_sm`` on first use. spaCy finds the entities; quotes, speakers
and the within-article name resolution are the same as the built-in "rules" extractor's, so the
two can be compared on the same text. Picklable, so ``--workers`` works with it too.
"""
from ..records import Extraction
from .entities import ALIASES, resolve_names
from .quotes import find_quotes

KINDS = {"PERSON": "person", "ORG": "organization", "NORP": "group", "LOC": "place", "FAC": "place"}


class SpacyExtractor:
    def __init__(self, model="en_core_web_sm", nlp=None):
        self.model = model
        self._nlp = nlp

    def __getstate__(self):  # a loaded pipeline is not sent to worker processes; each loads its own
        return {"model": self.model, "_nlp": None}

    def nlp(self):
        if self._nlp is None:
            import spacy

            try:
                self._nlp = spacy.load(self.model, disable=["lemmatizer"])
            except OSError:
                raise RuntimeError(f"the spaCy model {self.model!r} is not installed "
                                   f"(python -m spacy download {self.model})")
        return self._nlp

    def entities(self, body):
        spans = []
        for ent in self.nlp()(body).ents:
            text = ent.text
            if text.endswith(("'s", "\u2019s")):
                text = text[:-2]
            if not text.strip():
                continue
            start, end = ent.start_char, ent.start_char + len(text)
            if ent.label_ == "GPE" or text in ALIASES:
                name, kind, seat = ALIASES.get(text, (text, "place", False))
                spans.append((start, end, name, kind, None, text if seat or text != name else None))
            elif ent.label_ in KINDS:
                kind = KINDS[ent.label_]
                spans.append((start, end, text, "?" if kind == "person" and " " not in text else kind, None, None))
        return resolve_names(body, spans)

    def __call__(self, body):
        from . import speaker_mentions

        mentions = self.entities(body)
        quotes = find_quotes(body, mentions)
        return Extraction(quotes=tuple(quotes), mentions=speaker_mentions(mentions, quotes))
