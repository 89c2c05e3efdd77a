"""Atomic, change-only writing of site/: the new tree is made beside it, then swapped into place."""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import functools
import hashlib
import os
import re
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

# Written into every folder a build makes, so that `build --out DIR` knows a folder it may
# replace wholesale from one that holds someone's files (issue 8: `--out content` deleted them).
MARKER = ".claim-timeline-site"
MARKER_TEXT = b"Built by claim-timeline: this folder is replaced by each build.\n"


@dataclass
class WriteReport:
    """What a write changed, for the CLI's summary and the live preview's reload."""

    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    @property
    def changed(self) -> list[str]:
        """Paths whose bytes are new or gone."""
        return [*self.written, *self.removed]


def write_site(files: Iterable[tuple[str, bytes]], out: Path) -> WriteReport:
    """Replace ``out`` with exactly ``files``; unchanged files keep their inode and mtime.

    Files are staged in a sibling folder: a file whose bytes did not change is hard-linked
    from the old tree (not rewritten), the others are written. Only then is the staged tree
    renamed into place, so a build that fails while rendering leaves ``out`` as it was.
    """
    out = Path(out)
    if out.is_symlink():
        # Build into the link's target and keep the link (issue 8: it was replaced by a folder).
        # strict: a dangling link or a loop (ELOOP) is an OSError here, not a folder made in its place.
        out = Path(os.path.realpath(out, strict=True))
    out.parent.mkdir(parents=True, exist_ok=True)
    remove_leftovers(out)
    report = WriteReport()
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-{os.getpid()}-", dir=out.parent))
    try:
        seen: set[str] = set()
        for rel, data in files:
            if rel in seen:
                raise ValueError(f"two pages want the same output file: {rel}")
            seen.add(rel)
            target = staging / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            old = out / rel
            if _same_bytes(old, data):
                os.link(old, target)
                report.unchanged.append(rel)
            else:
                target.write_bytes(data)
                report.written.append(rel)
        if MARKER not in seen:  # not reported: it is not a page
            if _same_bytes(out / MARKER, MARKER_TEXT):
                os.link(out / MARKER, staging / MARKER)
            else:
                (staging / MARKER).write_bytes(MARKER_TEXT)
            seen.add(MARKER)
        if out.is_dir():
            report.removed = sorted(
                p.relative_to(out).as_posix() for p in out.rglob("*")
                if p.is_file() and p.relative_to(out).as_posix() not in seen
            )
        _swap(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return report


def remove_leftovers(out: Path) -> None:
    """Remove the staging and old trees that killed builds left beside ``out`` (``.site.new-*``, ``.site.old-*``).

    A folder is a leftover only when the build that made it is gone: its name carries that build's
    process id, and a process id that is not running is a dead build (a build running at the same
    time, e.g. ``serve`` beside ``build``, keeps its folders). Folders named before ids were written
    count as dead after an hour. Links are left alone. When ``out`` itself is missing (a build killed
    between the two renames of the fallback swap), the newest old tree is put back instead.
    """
    pattern = re.compile(rf"\.{re.escape(out.name)}\.(new|old)-(?:(\d+)-)?[^/]*")
    try:
        entries = list(os.scandir(out.parent))
    except OSError:
        return
    stale: list[tuple[float, str, str]] = []  # (mtime, kind, path)
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        if match is None:
            continue
        try:
            if entry.is_symlink() or not entry.is_dir():
                continue
            mtime = entry.stat().st_mtime
            dead = not _running(int(match.group(2))) if match.group(2) else time.time() - mtime > 3600
        except OSError:
            continue
        if dead:
            stale.append((mtime, match.group(1), entry.path))
    olds = sorted(item for item in stale if item[1] == "old")
    if olds and not os.path.lexists(out):
        os.rename(olds[-1][2], out)
        stale.remove(olds[-1])
    for _, _, path in stale:
        shutil.rmtree(path, ignore_errors=True)


def _running(pid: int) -> bool:
    """Whether a process with this id exists (another user's counts as existing)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError):  # no such process (an id too large for one is none either)
        return False
    except PermissionError:
        return True
    return True


def _same_bytes(path: Path, data: bytes) -> bool:
    """Whether a file exists with exactly these bytes (size first, to skip most reads)."""
    try:
        if path.stat().st_size != len(data):
            return False
        return path.read_bytes() == data
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
        return False


def _swap(staging: Path, out: Path) -> None:
    """Put the staged tree at ``out``; the old tree is removed only after the new one is in place."""
    os.chmod(staging, 0o755)  # mkdtemp makes it private; a site folder is meant to be read
    if not out.exists():
        os.rename(staging, out)
        return
    if _exchange(staging, out):
        shutil.rmtree(staging, ignore_errors=True)  # it now holds the old tree
        return
    # Without an atomic exchange, ``out`` is missing between the two renames below.
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-{os.getpid()}-", dir=out.parent))
    os.rmdir(old)
    os.rename(out, old)
    try:
        os.rename(staging, out)
    except BaseException:
        os.rename(old, out)
        raise
    shutil.rmtree(old, ignore_errors=True)


_RENAME_EXCHANGE = 2  # linux/fs.h


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one step (Linux renameat2 RENAME_EXCHANGE); False where the system cannot.

    Two renames leave a moment with no ``site/`` at all: a build killed then left none, and the next
    build's leftover cleanup removed the old tree (issue #8: a killed build leaves the old or the new site).
    """
    libc = _libc()
    renameat2 = getattr(libc, "renameat2", None) if libc is not None else None
    if renameat2 is None:
        return False
    at_cwd = -100  # AT_FDCWD
    if renameat2(at_cwd, os.fsencode(a), at_cwd, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    error = ctypes.get_errno()
    if error in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False  # an old kernel or a file system without exchange: fall back to two renames
    raise OSError(error, os.strerror(error), str(b))


@functools.lru_cache(maxsize=1)
def _libc() -> ctypes.CDLL | None:
    """The C library, for renameat2 (glibc >= 2.28); None where there is none to load."""
    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name, use_errno=True) if name else None
    except OSError:
        return None


def digest(data: bytes) -> bytes:
    """A short hash of a file's bytes, to know without reading it whether site/ already holds them."""
    return hashlib.blake2b(data, digest_size=16).digest()


def update_site(files: Iterable[tuple[str, bytes]], out: Path, known: dict[str, bytes]) -> tuple[WriteReport, dict[str, bytes]]:
    """Bring ``out`` to exactly ``files`` in place; ``known`` maps each path to the digest of what ``out`` holds.

    For the live preview, whose every save would otherwise re-link thousands of files: only the
    files whose bytes changed are written, each to a temporary name then renamed over the old
    one (a reader never sees half a file), and the files no longer made are removed. Returns the
    report and the new ``known``.
    """
    out = Path(out)
    report = WriteReport()
    now: dict[str, bytes] = {}
    for rel, data in files:
        if rel in now:
            raise ValueError(f"two pages want the same output file: {rel}")
        now[rel] = digest(data)
        target = out / rel
        if known.get(rel) == now[rel] and target.is_file():
            report.unchanged.append(rel)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{target.name}.tmp-{os.getpid()}")
        temporary.write_bytes(data)
        os.replace(temporary, target)
        report.written.append(rel)
    for rel in sorted(set(known) - set(now)):
        (out / rel).unlink(missing_ok=True)
        report.removed.append(rel)
        parent = (out / rel).parent
        while parent != out and parent.is_dir() and not any(parent.iterdir()):
            parent.rmdir()
            parent = parent.parent
    return report, now
