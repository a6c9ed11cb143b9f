"""Train the speaker ranker (datasette_newsframe/extract/ranker.py) on PolNeAR train.

  python training/train_speaker_ranker.py ../shared/corpora/polnear ../shared/tools/polnear [OUT.json]

Reads the train split's gold attributions through the shared tools' gold.py and score.py
(imported from the folder given, not copied), runs the rules on every article, and for each
quotation the rules matched to a gold one (score.py's Jaccard >= 0.5) labels its candidates:
a candidate is right when it overlaps the annotated source. A logistic regression (numpy,
Newton's method, L2) learns the weights; the threshold is the lowest at which the ranker's
own choices, on quotations the rules left without a speaker, are right at least
MIN_PRECISION of the time in two-fold cross-validation by article (train only: dev and
test are never read). Writes the weights (default: the package's speaker_ranker.json)
and prints the cross-validated figures.
"""
import json
import random
import sys
from pathlib import Path

import numpy as np

from datasette_newsframe.extract import ranker
from datasette_newsframe.extract.entities import find_entities
from datasette_newsframe.extract.quotes import reading_view, rule_quotes

MIN_PRECISION = 0.75
L2 = 1.0
REPEATS = 10


def examples(polnear, tools):
    """Per matched quote: (article index, rules found a speaker, [(features, label)])."""
    sys.path.insert(0, str(tools))
    import gold
    import score
    out = []
    for index, (base, _, text, gd, _) in enumerate(gold.load(str(Path(polnear) / "train"),
                                                             str(Path(polnear) / "metadata.tsv"))):
        mentions = find_entities(text)
        view = reading_view(text)  # as find_quotes reads it ('' quotation marks as double marks)
        quotes, resolver, paras = rule_quotes(view, mentions)
        ctx = ranker.Context(view, quotes, mentions, resolver, [p for p, _ in paras], resolver.sentence_starts)
        mine = [(score.core(text, q.start, q.end), q) for q in quotes if q.kind in ("direct", "partial")]
        for g in gd:
            if not g["source"]:
                continue
            span = score.core(text, g["start"], g["end"])
            best = max(mine, key=lambda m: score.jacc(span, m[0]), default=None)
            if best is None or score.jacc(span, best[0]) < 0.5:
                continue
            q = best[1]
            rows = [(ranker.features(view, q, c, ctx), score.overlaps((c[0], c[1]), g["source"]))
                    for c in ctx.candidates(q)]
            if rows:
                out.append((index, q.speaker_start is not None, rows))
    return out


def fit(groups, names):
    """Logistic regression over all candidates of ``groups``: {feature: weight}."""
    column = {n: i for i, n in enumerate(names)}
    rows = [r for _, _, g in groups for r in g]
    x = np.zeros((len(rows), len(names)))
    for i, (feats, _) in enumerate(rows):
        for f in feats:
            x[i, column[f]] = 1.0
    y = np.array([float(label) for _, label in rows])
    w = np.zeros(len(names))
    for _ in range(25):
        p = 1 / (1 + np.exp(-x @ w))
        grad = x.T @ (p - y) + L2 * w
        hessian = (x.T * (p * (1 - p))) @ x + L2 * np.eye(len(names))
        w -= np.linalg.solve(hessian, grad)
    return {n: round(float(w[column[n]]), 4) for n in names}


def choices(groups, weights):
    """(probability of the best candidate, whether it is right) for quotes the rules left unattributed."""
    model = ranker.Ranker(weights, 0.0)
    out = []
    for _, found, rows in groups:
        if not found:
            best = max((model.probability(f), label) for f, label in rows)
            out.append(best)
    return out


def main(polnear, tools, out_path=ranker.WEIGHTS_FILE):
    groups = examples(polnear, tools)
    names = sorted({f for _, _, g in groups for feats, _ in g for f in feats})
    # two-fold cross-validation, repeated over REPEATS random halvings of the articles: about 110 quotes
    # are left unattributed, and one halving alone moves the threshold by a tenth from run to run
    held = []
    for seed in range(REPEATS):
        order = sorted({g[0] for g in groups})
        random.Random(seed).shuffle(order)
        half = set(order[:len(order) // 2])
        folds = [[g for g in groups if (g[0] in half) == k] for k in (True, False)]
        held += choices(folds[1], fit(folds[0], names)) + choices(folds[0], fit(folds[1], names))
    unattributed = len(held) // REPEATS
    threshold = 1.0
    for t in sorted({p for p, _ in held}, reverse=True):
        taken = [right for p, right in held if p >= t]
        if sum(taken) / len(taken) >= MIN_PRECISION:
            threshold = t
    taken = [right for p, right in held if p >= threshold]
    print(f"matched quotes: {len(groups)}; left unattributed by the rules: {unattributed}; "
          f"candidates per quote: {sum(len(g) for _, _, g in groups) / len(groups):.1f}")
    print(f"two-fold cross-validation on train, {REPEATS} halvings: at threshold {threshold:.3f} the ranker "
          f"attributes {len(taken) / REPEATS:.1f} of {unattributed}, {sum(taken) / REPEATS:.1f} right "
          f"({sum(taken) / max(1, len(taken)):.2f})")
    weights = fit(groups, names)
    Path(out_path).write_text(json.dumps({"trained_on": "PolNeAR train", "threshold": round(threshold, 4),
                                          "weights": weights}, indent=1, sort_keys=True) + "\n",
                              encoding="utf-8")
    print(f"wrote {out_path}: {len(weights)} weights")


if __name__ == "__main__":
    main(*sys.argv[1:])
