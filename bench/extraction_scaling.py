"""Extraction time against article size: 1, 2 and 4 MB articles must take time in proportion (issue #8, item 8).

Each article is made of the bench's own French sentences (dated events, quotations,
undated reported actions, sentences without a date), numbered so that no two are alike,
in three shapes: paragraphs separated by blank lines, one paragraph of many lines, and
one single line. Each goes through the whole extraction of a source (segmentation,
date tagging, candidates) --repeats times; the median CPU time (process time, so that
other work on a shared machine weighs less), the MB/s and the ratio of each median to
the smallest article's are printed. Linear time shows as time ratios near the size ratios.
Writing the event files (`extract` without --dry-run) is not part of it.

Usage: python -m bench.extraction_scaling [--sizes 1,2,4] [--shapes paragraphs,paragraph,line] [--repeats 3]
"""
from __future__ import annotations

import argparse
import datetime as _dt
import statistics
import time

from generator.extract.events import extract_events
from generator.model import Source

_MB = 1024 * 1024
_SENTENCES = (
    "Le {n} mars 2021, la coopérative numéro {i} a signé un accord avec la mairie de Lyon.",
    "« Nous tiendrons nos engagements avant l'été », a déclaré la présidente du comité {i} mardi dernier.",
    "La banque régionale {i} a racheté l'entreprise de transport du port.",
    "Les travaux du quartier {i} reprendront en septembre prochain, selon la préfecture.",
    "Personne ne sait encore combien coûtera le projet {i}.",
    "En 2019, le conseil {i} avait voté contre la fermeture de la ligne.",
)
SHAPES = ("paragraphs", "paragraph", "line")


def article(size: int, shape: str) -> str:
    """About ``size`` bytes of article text in one shape: ``paragraphs``, ``paragraph`` (one block of lines) or ``line``."""
    parts: list[str] = []
    total = 0
    i = 0
    while total < size:
        sentence = _SENTENCES[i % len(_SENTENCES)].format(i=i, n=i % 28 + 1)
        parts.append(sentence)
        total += len(sentence.encode()) + 1
        i += 1
    if shape == "line":
        return " ".join(parts)
    lines = [" ".join(parts[k:k + 4]) for k in range(0, len(parts), 4)]
    return ("\n\n" if shape == "paragraphs" else "\n").join(lines)


def time_extraction(text: str) -> tuple[float, int]:
    """CPU seconds taken to extract every candidate from ``text``, and how many there were."""
    source = Source(id="bench", title="Banc d'essai", published=_dt.date(2021, 6, 1), language="fr", text=text)
    start = time.process_time()
    found = extract_events(source, [])
    return time.process_time() - start, len(found)


def main(argv: list[str] | None = None) -> int:
    """Print, per shape and size, the extraction time and its ratio to the smallest size's time."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1,2,4", help="article sizes in MB, comma-separated")
    ap.add_argument("--shapes", default=",".join(SHAPES), help=f"comma-separated among {', '.join(SHAPES)}")
    ap.add_argument("--repeats", type=int, default=3, help="runs per article; the median is reported")
    args = ap.parse_args(argv)
    sizes = [float(s) for s in args.sizes.split(",")]
    time_extraction(article(20_000, "paragraphs"))  # warm-up: imports and compiled rules
    print(f"{'shape':<11} {'MB':>5} {'median s':>8} {'MB/s':>6} {'events':>7} {'time ratio':>10} {'size ratio':>10}")
    for shape in args.shapes.split(","):
        first: tuple[float, float] | None = None
        for mb in sizes:
            text = article(int(mb * _MB), shape)
            runs = [time_extraction(text) for _ in range(args.repeats)]
            seconds, events = statistics.median(r[0] for r in runs), runs[0][1]
            first = first or (seconds, mb)
            print(f"{shape:<11} {mb:>5g} {seconds:>8.2f} {mb / seconds:>6.2f} {events:>7} "
                  f"{seconds / first[0]:>10.2f} {mb / first[1]:>10.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
