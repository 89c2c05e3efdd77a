"""Fit the learned "same fact" score of merging (generator/extract/stories.same_fact) on the dev stories.

Every pair of mentions from different articles of a dev story (tests/stories) that the gold maps to facts is one
example: the pairwise signals of stories.pair_features, labelled 1 when both tell one fact. A logistic regression
(L2, Newton steps, numpy at fit time only) is fitted on them and its weights written, as plain numbers, to
generator/extract/pair_weights.py: extraction reads them and needs no numpy.

--loso scores the dev stories leaving each one out of the fit (the figures that say whether it generalises);
held-out stories are never read here.

Usage: python -m bench.merge_fit [--loso] [--write]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

from bench.merge_quality import REPO, SETS, Tally, _find, breakdown, score_story, story_mentions, summary
from generator.extract import pair_weights, stories

L2 = 10.0  # chosen leaving each story out (1, 10, 50 tried)
# The probability a pair needs to merge, chosen leaving each story out (0.35 to 0.5 tried; F1 0.855 to 0.863, best
# at 0.45): below one half, as the threshold that maximises F1 is about half the F1 the scores can reach.
MERGE_P = 0.45


def examples(folder: Path) -> tuple[np.ndarray, np.ndarray]:
    """The labelled cross-article pairs of one story: features and 0/1 labels."""
    gold, mentions = story_mentions(folder, REPO)
    # Retelling clauses are attached after grouping, by rules of their own: no pair of the fitted score.
    mentions = [m for m in mentions if not m.candidate.retelling]
    # Events dated from another fact ("the Monday after the race") take that fact's day, as grouping gives them.
    stories.date_by_facts(mentions, *stories._facts(mentions))
    weights = stories.prepare(mentions)
    by_source = stories.mentions_by_source(mentions)
    golds = [(fact, n, g) for fact in gold["facts"] for n, g in enumerate(fact["mentions"])]
    fact_of = {id(m): key[0] for key, m in _find(golds, mentions).items()}
    xs, ys = [], []
    for i, j in stories._close_pairs(mentions):
        a, b = mentions[i], mentions[j]
        if a.source == b.source or a.candidate.kind != b.candidate.kind or id(a) not in fact_of or id(b) not in fact_of:
            continue
        xs.append(stories.pair_features(a, b, weights, by_source))
        ys.append(float(fact_of[id(a)] == fact_of[id(b)]))
    return np.array(xs, dtype=float).reshape(-1, len(stories.FEATURES)), np.array(ys)


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2) -> tuple[float, np.ndarray]:
    """Logistic regression on standardised features; the bias and weights of the raw features."""
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    w = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(z @ w, -30, 30)))
        grad = z.T @ (p - y) + penalty * w
        hess = (z * (p * (1 - p))[:, None]).T @ z + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    weights = w[1:] / scale
    return float(w[0] - (weights * mean).sum()), weights


def install(bias: float, weights: np.ndarray, merge_p: float) -> None:
    """Make extraction use these weights (in this process)."""
    pair_weights.BIAS = bias
    pair_weights.WEIGHTS = {name: float(v) for name, v in zip(stories.FEATURES, weights)}
    pair_weights.MERGE_P = merge_p
    stories.fitted.cache_clear()


def main(argv: list[str] | None = None) -> int:
    """Fit on every dev story (and write the weights), or score leaving each story out."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loso", action="store_true", help="score each dev story with weights fitted on the others")
    parser.add_argument("--write", action="store_true", help="write generator/extract/pair_weights.py")
    parser.add_argument("--merge-p", type=float, default=MERGE_P, help="the probability a pair needs to merge")
    parser.add_argument("--l2", type=float, default=L2)
    parser.add_argument("--errors", action="store_true", help="with --loso: list the dev stories' misses")
    parser.add_argument("--drop", default="", help="comma-separated features to leave out (to measure them)")
    args = parser.parse_args(argv)
    folders = sorted(p for p in SETS["dev"].iterdir() if (p / "gold.yaml").is_file())
    data = {f.name: examples(f) for f in folders}
    for name in filter(None, args.drop.split(",")):
        column = stories.FEATURES.index(name)
        for x, _ in data.values():
            x[:, column] = 0.0
    if args.loso:
        total = Tally()
        for folder in folders:
            x = np.vstack([data[n][0] for n in data if n != folder.name])
            y = np.concatenate([data[n][1] for n in data if n != folder.name])
            install(*fit(x, y, args.l2), args.merge_p)
            total.add(score_story(folder, REPO))
        print(summary("LOSO", total, len(folders)))
        print(breakdown("LOSO", total))
        if args.errors:
            print("\n".join(total.errors))
    x = np.vstack([d[0] for d in data.values()])
    y = np.concatenate([d[1] for d in data.values()])
    bias, weights = fit(x, y, args.l2)
    print(f"pairs={len(y)} same={int(y.sum())}")
    for name, v in sorted(zip(stories.FEATURES, weights), key=lambda t: -abs(t[1])):
        print(f"  {name:<16} {v:+.3f}")
    if args.write:
        lines = ['"""Weights of the learned "same fact" score (stories.same_fact), written by '
                 '``python -m bench.merge_fit --write``."""', "", f"BIAS = {round(bias, 6)!r}",
                 "WEIGHTS: dict[str, float] = {"]
        lines += [f"    {name!r}: {round(float(v), 6)!r}," for name, v in zip(stories.FEATURES, weights)]
        lines += ["}", f"MERGE_P = {args.merge_p!r}  # the probability a pair needs to merge", ""]
        Path(pair_weights.__file__).write_text("\n".join(lines), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
