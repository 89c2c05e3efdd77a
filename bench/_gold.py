"""Gold loading and scoring shared by the extraction benchmarks and tests.

Two gold sources:
* tests/extraction/ — our annotated articles (`<name>.md` + `<name>.gold.yaml`)
  and `corpus.gold.yaml` for the shared scraped page;
* ../shared/corpus/timeml/*.jsonl — French TimeBank and MEANTIME (DATE gold).

A prediction is a true positive when its character span overlaps a gold span
and its value matches exactly (for our gold's spans, start and end values
both).  TimeML scoring differs in two ways, see `score_doc`.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Protocol, Sequence

from generator.extract.temporal import DateMention

ROOT = Path(__file__).resolve().parent.parent
EXTRACTION_DIR = ROOT / "tests" / "extraction"
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
TIMEML_FILES = {"fr-timebank": SHARED_CORPUS / "timeml" / "fr-timebank.jsonl",
                "meantime-en": SHARED_CORPUS / "timeml" / "meantime-en.jsonl"}

RAW_SETTINGS = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}


class Pred(Protocol):
    """What scoring reads from a predicted mention (DateMention satisfies it)."""

    start: int
    end: int
    value: str
    end_value: str | None


# Gold dates and raw dateparser's hits are spans of text with a TimeML value, like the tagger's mentions.
GoldDate = RawPred = DateMention


@dataclass
class Doc:
    """One scored document: text, published date, language, gold and distractors."""

    name: str
    text: str
    published: _dt.date
    language: str
    gold: list[GoldDate]
    distractors: list[tuple[int, int, str]] = field(default_factory=list)
    other: list[tuple[int, int, str, str]] = field(default_factory=list)  # TimeML TIME/DURATION/SET
    split: str = "all"


@dataclass
class Score:
    """Counts for precision/recall/F1 (plus ignored predictions and distractor hits)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    ignored: int = 0
    distractors: int = 0
    distractors_hit: int = 0
    mod_gold: int = 0
    mod_ok: int = 0

    def add(self, o: "Score") -> "Score":
        """Sum of two scores."""
        return Score(*(a + b for a, b in zip(self.astuple(), o.astuple())))

    def astuple(self) -> tuple[int, ...]:
        """Counts in field order."""
        return (self.tp, self.fp, self.fn, self.ignored, self.distractors, self.distractors_hit,
                self.mod_gold, self.mod_ok)

    @property
    def precision(self) -> float:
        """TP / predictions."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """TP / gold."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


# ---------------------------------------------------------------------------
# loading
# ---------------------------------------------------------------------------
def split_of(doc_id: str) -> str:
    """Deterministic dev/held-out split by a hash of the document id."""
    return "dev" if int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % 2 == 0 else "held"


def parse_front_matter(raw: str) -> tuple[dict[str, Any], str]:
    """YAML front matter and body of a Markdown article."""
    import yaml

    m = re.match(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n?", raw, re.DOTALL)
    if not m:
        return {}, raw
    meta = yaml.safe_load(m.group(1)) or {}
    return (meta if isinstance(meta, dict) else {}), raw[m.end():]


def story_source_paths(folder: Path, root: Path, gold: dict[str, Any]) -> dict[str, Path]:
    """A story's sources by id: those its gold names (paths from the repository's root), then its own sources/*.md."""
    paths = {sid: root / rel for sid, rel in (gold.get("sources") or {}).items()}
    for path in sorted((folder / "sources").glob("*.md")):
        paths.setdefault(path.stem, path)
    return paths


def locate(text: str, needle: str, nth: int = 1) -> tuple[int, int] | None:
    """Offsets of the nth (1-based) occurrence of needle; case-insensitive as a fallback."""
    for flags in (0, re.IGNORECASE):
        hits = [m.start() for m in re.finditer(re.escape(needle), text, flags)]
        if len(hits) >= nth:
            return hits[nth - 1], hits[nth - 1] + len(needle)
    return None


def as_date(v: Any) -> _dt.date:
    """A front matter's or gold's date (a date, a datetime or an ISO string) as a date."""
    if isinstance(v, _dt.datetime):
        return v.date()
    if isinstance(v, _dt.date):
        return v
    return _dt.date.fromisoformat(str(v)[:10])


def _gold_from_yaml(text: str, g: dict[str, Any], name: str, problems: list[str]) -> tuple[list[GoldDate], list[tuple[int, int, str]]]:
    gold: list[GoldDate] = []
    for d in g.get("dates") or []:
        if not isinstance(d, dict) or "text" not in d or "value" not in d:
            problems.append(f"{name}: bad date entry {d!r}")
            continue
        loc = locate(text, str(d["text"]), int(d.get("nth") or 1))
        if loc is None:
            problems.append(f"{name}: date text not found: {d['text']!r} (nth={d.get('nth', 1)})")
            continue
        v = d["value"]
        if isinstance(v, dict):
            value, end_value = str(v.get("start")), (str(v["end"]) if v.get("end") is not None else None)
        else:
            value, end_value = str(v), None
        gold.append(GoldDate(loc[0], loc[1], str(d["text"]), value, end_value, d.get("mod")))
    distractors: list[tuple[int, int, str]] = []
    for d in g.get("distractors") or []:
        t = str(d.get("text") if isinstance(d, dict) else d)
        nth = int(d.get("nth") or 0) if isinstance(d, dict) else 0
        occ = [(m.start(), m.end()) for m in re.finditer(re.escape(t), text)]
        if nth:
            occ = occ[nth - 1:nth]
        if not occ:
            problems.append(f"{name}: distractor not found: {t!r}")
        distractors.extend((a, b, t) for a, b in occ)
    return gold, distractors


def load_extraction(root: Path = EXTRACTION_DIR, problems: list[str] | None = None) -> list[Doc]:
    """Our annotated articles plus the shared scraped page (when present); [] if none yet."""
    import yaml

    problems = problems if problems is not None else []
    docs: list[Doc] = []
    art = root / "articles"
    for md in sorted(art.glob("*.md")) if art.is_dir() else []:
        gpath = md.with_name(md.stem + ".gold.yaml")
        if not gpath.exists():
            continue
        try:
            meta, body = parse_front_matter(md.read_text(encoding="utf-8"))
            g = yaml.safe_load(gpath.read_text(encoding="utf-8")) or {}
            pub = as_date(meta["published"])
        except Exception as e:  # a half-written file while another engineer works
            problems.append(f"{md.name}: {e}")
            continue
        gold, distr = _gold_from_yaml(body, g, md.stem, problems)
        docs.append(Doc(md.stem, body, pub, str(meta.get("language") or "fr"), gold, distr))
    cg = root / "corpus.gold.yaml"
    if cg.exists():
        try:
            g = yaml.safe_load(cg.read_text(encoding="utf-8")) or {}
            src = SHARED_CORPUS / str(g.get("corpus_file", ""))
            if src.is_file():
                text = src.read_text(encoding="utf-8")
                gold, distr = _gold_from_yaml(text, g, "corpus", problems)
                docs.append(Doc("corpus:" + src.name, text, as_date(g["published"]), str(g.get("language") or "fr"), gold, distr))
        except Exception as e:
            problems.append(f"corpus.gold.yaml: {e}")
    return docs


def timeml_value(value: str) -> str:
    """A TimeML value in the notation of DESIGN.md: a decade or a century cut short ("197", "19") gains its X's.

    TimeML writes "the 1970s" both ways: MEANTIME cuts the value ("197"), FR-TimeBank pads it ("196X"), as this
    project does; the two notations are one meaning, so they must score the same.
    """
    if re.fullmatch(r"\d{3}", value):
        return value + "X"
    if re.fullmatch(r"\d{2}", value):
        return value + "XX"
    return value


def load_timeml(name: str) -> list[Doc]:
    """Documents of a TimeML jsonl corpus (DATE gold; TIME/DURATION/SET as `other`); [] if absent."""
    path = TIMEML_FILES[name]
    if not path.exists():
        return []
    docs: list[Doc] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        gold = [GoldDate(g["start"], g["end"], g["text"], timeml_value(g["value"])) for g in d["gold"]]
        other = [(g["start"], g["end"], g["type"], g["value"]) for g in d.get("other_gold", [])]
        docs.append(Doc(d["id"], d["text"], as_date(d["dct"]), d["language"], gold, other=other, split=split_of(d["id"])))
    return docs


# ---------------------------------------------------------------------------
# scoring
# ---------------------------------------------------------------------------
def _overlap(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def score_doc(preds: Sequence[Pred], doc: Doc, timeml: bool = False, lenient: bool = False,
              errors: list[tuple[str, Any]] | None = None) -> Score:
    """Score predictions against a document's gold.

    Default (our gold): TP = overlapping gold with equal value and equal
    end_value; each gold and each prediction used at most once.
    TimeML (`timeml=True`): gold spans are single dates, so a predicted span
    ("de 1990 à 1999") may match up to two gold DATEs, one by its value and
    one by its end_value.  A prediction overlapping no gold DATE but
    overlapping a TIME gold whose value begins with the predicted value
    ("dimanche" inside "Dimanche soir" = 1999-05-23TEV) is ignored, neither
    TP nor FP.  Everything else that matches nothing is a FP.
    """
    s = Score()
    used = [False] * len(doc.gold)
    for p in preds:
        pv = getattr(p, "value", None)
        pe = getattr(p, "end_value", None)
        matched = 0
        wanted = [(pv, pe)] if not timeml else [(pv, None)] + ([(pe, None)] if pe else [])
        for v, e in wanted:
            for i, g in enumerate(doc.gold):
                if used[i] or not _overlap(p.start, p.end, g.start, g.end):
                    continue
                if (g.value == v or (lenient and v is not None and v.startswith(g.value))) and (timeml or g.end_value == e):
                    used[i] = True
                    matched += 1
                    if g.mod:
                        s.mod_gold += 1
                        s.mod_ok += int(getattr(p, "mod", None) == g.mod)
                    break
        if matched:
            s.tp += matched
            continue
        if timeml and pv and not any(_overlap(p.start, p.end, g.start, g.end) for g in doc.gold) and any(
                (lenient or (t == "TIME" and v.startswith(pv))) and _overlap(p.start, p.end, a, b) for a, b, t, v in doc.other):
            s.ignored += 1
            continue
        s.fp += 1
        if errors is not None:
            errors.append(("fp", p))
    s.fn = used.count(False)
    if errors is not None:
        errors.extend(("fn", g) for i, g in enumerate(doc.gold) if not used[i])
    s.mod_gold += sum(1 for i, g in enumerate(doc.gold) if g.mod and not used[i])
    # distractors: an occurrence overlapped by a prediction that is not a correct date
    s.distractors = len({t for _, _, t in doc.distractors})
    bad: set[str] = set()
    for a, b, t in doc.distractors:
        for p in preds:
            if _overlap(p.start, p.end, a, b) and not any(
                    _overlap(p.start, p.end, g.start, g.end) and g.value == p.value for g in doc.gold):
                bad.add(t)
    s.distractors_hit = len(bad)
    return s


def raw_dateparser(text: str, published: _dt.date, language: str) -> list[RawPred]:
    """Raw dateparser.search_dates hits located left to right, valued at day precision."""
    from dateparser.search import search_dates

    base = _dt.datetime(published.year, published.month, published.day)
    try:
        found = search_dates(text, languages=[language], settings={**RAW_SETTINGS, "RELATIVE_BASE": base}) or []
    except Exception:
        found = []
    out: list[RawPred] = []
    pos = 0
    for s, d in found:
        i = text.find(s, pos)
        if i < 0:
            i = text.find(s)
            if i < 0:
                continue
        else:
            pos = i + len(s)
        out.append(RawPred(i, i + len(s), s, d.date().isoformat()))
    return out


def ours(text: str, published: _dt.date, language: str, timeml: bool = False) -> list[Any]:
    """Our tagger; TimeML scoring also asks for PRESENT_REF-style mentions."""
    from generator.extract.temporal import tag_dates

    return tag_dates(text, published, language, refs=timeml)


_PRED_CACHE: dict[tuple[str, str, bool, int], list[Any]] = {}


def predictions(doc: Doc, system: str, timeml: bool = False) -> list[Any]:
    """Predictions of 'ours' or 'dateparser' for a document (cached per process)."""
    key = (system, doc.name, timeml, hash(doc.text))
    if key not in _PRED_CACHE:
        _PRED_CACHE[key] = (ours(doc.text, doc.published, doc.language, timeml) if system == "ours"
                            else raw_dateparser(doc.text, doc.published, doc.language))
    return _PRED_CACHE[key]


def score_docs(docs: Iterable[Doc], system: str = "ours", timeml: bool = False, lenient: bool = False) -> Score:
    """Summed score of a system ('ours' or 'dateparser') over documents."""
    total = Score()
    for d in docs:
        total = total.add(score_doc(predictions(d, system, timeml), d, timeml, lenient))
    return total
