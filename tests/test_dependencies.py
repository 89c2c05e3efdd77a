"""What `add` on an HTML page imports is installed by the project itself, not by a pip extra (issue #8, item 9)."""

from __future__ import annotations

import importlib.metadata
import re
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _names(requirements: list[str]) -> set[str]:
    """Normalised distribution names of requirement strings (PEP 503: case, '-', '_' and '.' alike)."""
    return {re.sub(r"[-_.]+", "-", re.match(r"[A-Za-z0-9_.-]+", r).group(0)).lower() for r in requirements}


def test_the_html_cleaner_is_a_direct_dependency():
    """An old pip skips the lxml[html_clean] extra jusText asks for: the project names the cleaner itself."""
    declared = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    assert "lxml-html-clean" in _names(declared)
    installed = [r for r in importlib.metadata.requires("claim-timeline") or [] if "extra ==" not in r]
    assert "lxml-html-clean" in _names(installed)


def test_trafilaturas_cleaning_path_imports_and_runs():
    """lxml.html.clean (moved out of lxml into lxml_html_clean) is importable and cleans; jusText's path runs."""
    import lxml.html
    import lxml_html_clean
    from lxml.html.clean import Cleaner
    from trafilatura.external import try_justext

    assert Cleaner is lxml_html_clean.Cleaner
    cleaned = Cleaner(javascript=True).clean_html("<div><p>Le conseil a voté.</p><script>alert(1)</script></div>")
    assert "Le conseil a voté." in cleaned and "script" not in cleaned and "alert" not in cleaned
    paragraph = ("The council of the small riverside town voted on Tuesday evening to rebuild the old bridge over "
                 "the river, after a long debate in which every member of the council spoke at least once.")
    page = f"<html><body><nav>Home | News</nav><p>{paragraph}</p><p>{paragraph}</p></body></html>"
    body = try_justext(lxml.html.fromstring(page), None, "en")
    assert paragraph in " ".join(body.itertext())
