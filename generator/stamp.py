"""The stamp of a site's inputs: a build where nothing changed is answered from stat alone.

This module imports nothing heavy (no Jinja, Babel or YAML), so that `build` can compare the
stamp the last successful build left with the files as they are and stop there (issue 12:
a no-change build of 10,000 events in well under 0.3 s).
"""

from __future__ import annotations

import functools
import hashlib
import os
import sys
from pathlib import Path
from typing import Any

from . import __version__

CACHE_DIR = Path(".cache") / "claim-timeline"
STAMP_FILE = "stamp"
FORMAT = 2  # bump when what the cache holds changes shape (2: an edits record event row without its file hash)
RACY_WINDOW_NS = 2_000_000_000  # file systems' mtime ticks are coarser than a quick second save
_INPUT_DIRS = ("content", "templates")
THEME_DIRS = (
    Path(__file__).parent / "theme",  # inside an installed wheel
    Path(__file__).resolve().parent.parent / "templates",  # in a source checkout
)


def parts_digest(*parts: Any) -> str:
    """A short digest of values by their repr: page keys, cards and cache rows (one rule for all three)."""
    return hashlib.blake2b(repr(parts).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def default_theme() -> Path:
    """The folder of the default theme that ships with the package."""
    for folder in THEME_DIRS:
        if (folder / "base.html").is_file():
            return folder
    from .errors import TemplateError

    raise TemplateError("the default theme is missing from this installation (no base.html found)")


def theme_folders(site_root: Path) -> list[Path]:
    """The folders templates are read from: the site's own templates/, then the default theme."""
    return [p for p in (Path(site_root) / "templates", default_theme()) if p.is_dir()]


def cache_dir(site_root: Path) -> Path:
    """The cache folder of a site."""
    return Path(site_root) / CACHE_DIR


@functools.lru_cache(maxsize=1)
def tool_fingerprint() -> str:
    """The tool's version and its own files' stats, and the versions of what renders pages."""
    parts = [__version__, sys.version, str(FORMAT)]
    versions = _installed_versions(("jinja2", "babel", "markdown", "nh3", "pyyaml", "icalendar"))
    parts += [f"{name}={version}" for name, version in versions.items()]
    package = Path(__file__).parent
    for entry in sorted(os.scandir(package), key=lambda e: e.name):
        if entry.name.endswith(".py"):
            stat = entry.stat()
            parts.append(f"{entry.name}:{stat.st_mtime_ns}:{stat.st_size}")
    return hashlib.blake2b("\n".join(parts).encode(), digest_size=16).hexdigest()


def _installed_versions(names: tuple[str, ...]) -> dict[str, str]:
    """Each package's version as the first ``NAME-VERSION.dist-info`` on sys.path names it ("?" when none).

    What importlib.metadata.version answers, read from the folders' names: importing importlib.metadata
    (its email parser and zipfile) cost more than the rest of a no-change build (issue 12).
    """
    found: dict[str, str] = {}
    for folder in sys.path:
        try:
            entries = os.listdir(folder or ".")
        except OSError:
            continue
        for entry in entries:
            if entry.endswith((".dist-info", ".egg-info")):
                name, _, rest = entry.rpartition(".")[0].partition("-")
                key = name.lower().replace("_", "-")
                if key in names and key not in found:
                    found[key] = rest.partition("-")[0]
        if len(found) == len(names):
            break
    return {name: found.get(name, "?") for name in names}


def write_atomic(path: Path, data: bytes) -> None:
    """Write a cache file whole or not at all; the cache folder ignores itself for git."""
    path.parent.mkdir(parents=True, exist_ok=True)
    ignore = path.parent.parent / ".gitignore"
    if not ignore.exists():  # .cache/ holds only what can be made again: never committed
        ignore.write_text("*\n", encoding="utf-8")
    temporary = path.with_name(f".{path.name}.{os.getpid()}")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def notice(message: str) -> None:
    """One line on stderr about the cache."""
    print(f"notice: {message}", file=sys.stderr)


Scan = list[tuple[str, int, int, int, bool]]  # (path, mtime_ns, size, inode, is a link) of every input file


def scan_inputs(site_root: Path) -> Scan:
    """The stat of every input file (content, the site's and the default theme), in a stable order.

    Paths are absolute whatever the site folder was given as: the edits' cache keeps the last scan's
    paths, and a relative ``--site`` made every build after an edit a whole one (issue 12).
    """
    found: Scan = []
    site_root = Path(os.path.abspath(site_root))
    roots = [site_root / name for name in _INPUT_DIRS] + theme_folders(site_root)
    for root in roots:
        found.append((f"\0root:{root}", 0, 0, 0, False))
        todo = [str(root)]
        while todo:
            folder = todo.pop()
            try:
                entries = sorted(os.scandir(folder), key=lambda e: e.name)
            except (FileNotFoundError, NotADirectoryError):
                continue
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    if entry.name not in ("__pycache__", ".git"):
                        todo.append(entry.path)
                    continue
                try:
                    stat = entry.stat(follow_symlinks=False)  # a link is skipped by the build: its own stat
                except OSError:
                    continue
                found.append((entry.path, stat.st_mtime_ns, stat.st_size, stat.st_ino, entry.is_symlink()))
    return found


def file_hash(path: str | Path) -> str:
    """The hash of a file's bytes that keys parsed content and tells an edited file (OSError when unreadable)."""
    with open(path, "rb") as file:
        return hashlib.blake2b(file.read(), digest_size=16).hexdigest()


def input_stamp(site_root: Path, racy_after_ns: int, scanned: Scan | None = None,
                racy_hashes: dict[str, str | None] | None = None) -> str:
    """A digest of the stat of every input file (content, the site's and the default theme) and of the tool.

    A file whose mtime is not older than ``racy_after_ns`` might be written again within the same
    clock tick at the same size ("racy git"): its bytes go into the digest, not only its stat, and
    their hash into ``racy_hashes`` by scanned path (None when unreadable), for the edits' cache.
    """
    h = hashlib.blake2b(digest_size=16)
    h.update(tool_fingerprint().encode())
    scan = scan_inputs(site_root) if scanned is None else scanned
    h.update(_stat_lines(scan))
    # Only links and files too new for their stat (a root's line has neither): most builds have none.
    for path, mtime, size, inode, link in [entry for entry in scan if entry[4] or entry[1] >= racy_after_ns]:
        if path.startswith("\0root:"):
            continue
        if link:
            h.update(f"\0link:{path}\0".encode("utf-8", "surrogateescape"))
            h.update(os.readlink(path).encode("utf-8", "surrogateescape"))
        elif mtime >= racy_after_ns:
            h.update(f"\0bytes:{path}\0".encode("utf-8", "surrogateescape"))
            try:
                content_hash: str | None = file_hash(path)
            except OSError:
                content_hash = None
            h.update(content_hash.encode() if content_hash is not None else b"\0gone")
            if racy_hashes is not None:
                racy_hashes[path] = content_hash
    return h.hexdigest()


_LINES: list[Any] = [None, b""]  # the last scan given to _stat_lines, and its lines


def _stat_lines(scan: Scan) -> bytes:
    """Every scanned file's stat as one line each: `build` checks the stamp, then makes the next one, from
    the same scan (issue 12: writing the 10,000 lines twice was 7 ms of a one-event build)."""
    if _LINES[0] is not scan:
        _LINES[:] = [scan, "".join(f"{path}\0{mtime}\0{size}\0{inode}\n" if not path.startswith("\0root:") else
                                   f"{path}\n" for path, mtime, size, inode, _ in scan
                                   ).encode("utf-8", "surrogateescape")]
    return _LINES[1]


def racy_after(now_ns: int) -> int:
    """Files modified after this time may still change without their stat telling (coarse clocks)."""
    return now_ns - RACY_WINDOW_NS


def output_stamp(out: Path) -> str:
    """Which generation the output folder shows (a folder put there by hand, or none, is another stamp)."""
    try:
        shown = os.stat(out)  # its mtime changes when a file is put in (or taken out of) its top level
        return f"{os.readlink(out)}:{shown.st_ino}:{shown.st_mtime_ns}:{os.lstat(out).st_ino}"
    except OSError:
        return "none"


def read_stamp(site_root: Path) -> dict[str, Any] | None:
    """The stamp the last successful build left, or None."""
    import json

    try:
        data = json.loads((cache_dir(site_root) / STAMP_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def write_stamp(site_root: Path, record: dict[str, Any]) -> None:
    """Record a successful build's stamp and summary."""
    import json

    write_atomic(cache_dir(site_root) / STAMP_FILE, json.dumps(record).encode("utf-8"))


def clear_stamp(site_root: Path) -> None:
    """Forget the stamp: a build is under way, or failed."""
    try:
        (cache_dir(site_root) / STAMP_FILE).unlink()
    except FileNotFoundError:
        pass


def up_to_date(site_root: Path, out: Path, drafts: bool = False, strict: bool = False,
               scanned: Scan | None = None) -> dict[str, Any] | None:
    """The last build's record when nothing it was made from changed since, and its output is still there."""
    record = read_stamp(site_root)
    if (record is None or record.get("out") != os.path.abspath(out) or record.get("out_stamp") != output_stamp(out)
            or record.get("drafts") != drafts or record.get("strict") != strict):
        return None
    racy = record.get("racy_after")
    if not isinstance(racy, int):
        return None
    return record if record.get("inputs") == input_stamp(site_root, racy, scanned) else None
