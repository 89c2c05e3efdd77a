"""Atomic, change-only writing of site/: two generations beside it, one link switched when the new one is complete."""

from __future__ import annotations

import errno
import fcntl
import filecmp
import functools
import hashlib
import itertools
import os
import re
import shutil
import struct
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

if TYPE_CHECKING:  # ctypes is imported only where renameat2 is called: most builds never do (issue 12)
    import ctypes


# Written into every folder a build makes, so that `build --out DIR` knows a folder it may
# replace wholesale from one that holds someone's files (issue 8: `--out content` deleted them).
MARKER = ".claim-timeline-site"
MARKER_TEXT = b"Built by claim-timeline: this folder is replaced by each build.\n"
# Files' digests are SHA-256, cut to 128 bits: with the SHA instructions of today's CPUs it hashes
# four times as fast as BLAKE2b (issue 12: hashing the 18 MB of exports was a tenth of a one-event
# build at 10,000 events).
DIGEST_CHARS = 32


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


@dataclass
class OutputFile:
    """One file of the new site: its key (what it was made from), the digest of its bytes, and the bytes
    when they were made in this build (None, and no file: the same as in the site being replaced)."""

    rel: str
    key: str
    digest: str
    data: bytes | None = None
    file: str | None = None  # instead of data: a finished file of these bytes, moved into place (a big export)
    placed: bool = False  # already written into the new generation, and linked into the other, by Blank.place


@dataclass
class Blank:
    """A new generation with nothing to link from, and the empty second one a first build mirrors it into.

    A cold build's workers write the pages they render straight into both (issue 12: a cold build
    of 10,000 events spent most of its parent's time making folders and files, its workers idle).
    """

    target: str
    mirror: str

    def place(self, rel: str, data: bytes) -> str:
        """Write one file into the new generation and link it into the mirror; the digest of its bytes.

        Both generations start empty, so the fewest system calls do (issue 12: ten thousand pages,
        each in its own folder, twice): a folder is made without looking first, its parents only
        when it has none, and a file is linked without removing one first.
        """
        folder = os.path.dirname(rel)
        if folder:
            _folder(self.target, folder)
            # The mirror holds links to the target's files, no inode of its own but its folders': spread
            # placement, which pays off for the files a folder holds, only cost Orlov's scan of every block
            # group per folder there (issue 12: 0.5 s of kernel CPU for a 10,000-event cold build's mirror).
            _folder(self.mirror, folder, spread=False)
        path = os.path.join(self.target, rel)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o666)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
        finally:
            os.close(fd)
        try:
            os.link(path, os.path.join(self.mirror, rel))
        except OSError:
            _replace_with_link(Path(path), Path(self.mirror, rel))
        return digest(data)


def _folder(root: str, folder: str, spread: bool = True) -> None:
    """Make ``folder`` (relative) in the generation ``root``, and its parents only when they are missing too."""
    path = os.path.join(root, folder)
    try:
        os.mkdir(path)
    except FileExistsError:
        if not os.path.isdir(path):
            raise
    except FileNotFoundError:
        _parents(root, folder, spread)


def _parents(root: str | Path, folder: str, spread: bool = True) -> None:
    """Make ``folder`` in the generation ``root`` with its missing parents, a new top-level one marked to ``spread``."""
    top = folder.partition("/")[0]
    top_path = os.path.join(root, top)
    made = True
    try:
        os.mkdir(top_path)
    except FileExistsError:
        made = False
        if top == folder and not os.path.isdir(top_path):
            raise
    except FileNotFoundError:  # the generation itself is gone too (a mirror made again from nothing)
        os.makedirs(top_path, exist_ok=True)  # another writer may have made it since
    if made and spread:
        _spread(top_path)
    if top != folder:
        os.makedirs(os.path.join(root, folder), exist_ok=True)


def _folder_once(root: Path, rel: str, folders: set[str], spread: bool = True) -> None:
    """Make the folder of ``rel`` under ``root`` unless ``folders`` (the folders there) holds it, and note it."""
    folder = rel.rpartition("/")[0]  # os.path.dirname, for relative paths, ten times faster
    if folder not in folders:
        if folder:
            _parents(root, folder, spread)
        else:
            os.makedirs(root, exist_ok=True)
        folders.add(folder)


# chattr +T (FS_TOPDIR_FL): ext4's Orlov allocator then places each subfolder of the marked folder in the
# block group holding the fewest folders, not in its parent's group with its siblings. Without it a whole
# site goes into one group, and on a file system without a journal (this machine's) every new inode there
# is found by stepping over each inode freed in the last minute, one buffer lookup each: right after the
# bench deletes the previous site, creating a cold build's 20,000 folders and 10,000 files cost seconds of
# kernel time, two thirds of the render workers' samples (issue 12). Spread, each group holds a few of them.
_FS_IOC_GETFLAGS = (2 << 30) | (struct.calcsize("l") << 16) | (ord("f") << 8) | 1  # _IOR('f', 1, long)
_FS_IOC_SETFLAGS = (1 << 30) | (struct.calcsize("l") << 16) | (ord("f") << 8) | 2  # _IOW('f', 2, long)
_FS_TOPDIR_FL = 0x00020000


def _spread(path: str) -> None:
    """Mark a folder as the top of unrelated hierarchies (ext4's Orlov spreads its subfolders); a no-op where
    the file system or the system has no such flag."""
    if not sys.platform.startswith("linux"):
        return
    try:
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError:
        return
    try:
        # The kernel reads and writes an int, whatever the ioctl number says (fs/ioctl.c).
        flags = struct.unpack("i", fcntl.ioctl(fd, _FS_IOC_GETFLAGS, bytes(4)))[0]
        if not flags & _FS_TOPDIR_FL:
            fcntl.ioctl(fd, _FS_IOC_SETFLAGS, struct.pack("i", flags | _FS_TOPDIR_FL))
    except OSError:  # ENOTTY, EOPNOTSUPP, EPERM: the folder is made all the same, unspread
        pass
    finally:
        os.close(fd)


GENERATIONS = ("a", "b")


def generations_dir(out: Path) -> Path:
    """The folder beside ``out`` holding its two generations."""
    return out.parent / f".{out.name}-generations"


def active_generation(out: Path) -> str | None:
    """Which generation ``out`` links to, or None when it is not one of ours."""
    try:
        link = os.readlink(out)
    except OSError:
        return None
    for name in GENERATIONS:
        if link == f"{generations_dir(out).name}/{name}":
            return name
    return None


class Cancelled(Exception):
    """A newer change arrived while this build was rendering or writing: its result would be stale at once."""


def publish(out: Path, state: dict, files: Iterable[OutputFile] | Callable[[Blank | None], Iterable[OutputFile]],
            fresh: bool = False, cancelled: Callable[[], bool] = lambda: False,
            kept: dict[str, tuple[str, str]] | None = None) -> WriteReport:
    """Make ``out`` hold exactly ``files``, at a cost proportional to what changed, atomically.

    ``out`` is a symbolic link to one of two generation folders beside it. The other generation
    (what the build before the last one wrote) is brought up to date: files that did not change
    since the last build are hard-linked from it (so they keep their inode and mtime), files made
    now are written, files gone are removed. Then one rename switches the link. A build killed at
    any point leaves ``out`` on the old generation, complete, or on the new one, complete.
    ``state`` (kept in the build cache) says what each generation holds: {"held": {name: (token, {rel: (key, digest)})}}.
    Files put into ``out`` by hand are removed at its top level; ``fresh`` (build --clean) makes the
    new generation from nothing and compares every file, so nothing put there by hand survives.
    ``files`` may be a function of a Blank (or None): given one when every file will be written (a
    first build), it may yield files it already placed there itself (``placed``).
    ``cancelled`` is asked between files: when it says so, the generation being made is left unpublished,
    with a token for what it holds by then, and Cancelled is raised (the preview, when a newer save came).
    ``kept``: {rel: (key, digest)} of more files, each as the active generation holds it; only those the
    other generation lacks are looked at (issue 12: a build after one edit went through 10,000 files).
    """
    out = Path(out)
    if out.is_symlink() and active_generation(out) is None:
        # Someone's own link (site/ -> /var/www/...): build into its target and keep the link (issue 8).
        out = Path(os.path.realpath(out, strict=True))
    remove_leftovers(out)
    gens = generations_dir(out)
    gens.mkdir(parents=True, exist_ok=True)
    if not (gens / ".gitignore").exists():  # built output: never committed with the site's content
        (gens / ".gitignore").write_text("*\n", encoding="utf-8")
    active = active_generation(out)
    target_name = "b" if active == "a" else "a"
    target = gens / target_name
    held = state.setdefault("held", {})
    previous = _trusted(gens, active, held) if active and not fresh else None
    mine = _trusted(gens, target_name, held) if not fresh else None
    # A link whose generation is gone (deleted by hand) holds nothing to link from: a first build, whose
    # workers write the pages themselves (issue 12: it took the slow way, every file written by this process).
    if active and not (gens / active).is_dir():
        active = None
    source = gens / active if active else (out if out.is_dir() and not out.is_symlink() else None)
    token_file = gens / f"{target_name}.token"
    token_file.unlink(missing_ok=True)  # from here on, the target's content is unknown until it is complete
    held.pop(target_name, None)
    if mine is None:
        shutil.rmtree(target, ignore_errors=True)
        mine = {}
    target.mkdir(exist_ok=True)
    other_name = "b" if target_name == "a" else "a"
    blank = None
    if source is None and not mine:  # nothing to link from: the second generation is mirrored as files come
        (gens / f"{other_name}.token").unlink(missing_ok=True)
        held.pop(other_name, None)
        shutil.rmtree(gens / other_name, ignore_errors=True)
        (gens / other_name).mkdir()
        blank = Blank(str(target), str(gens / other_name))
    if callable(files):
        files = files(blank)
    placed: set[str] = set()
    report = WriteReport()
    folders = {rel.rpartition("/")[0] for rel in mine}  # os.path.dirname, for relative paths, ten times faster
    now: dict[str, tuple[str, str]] = {}
    if kept:
        if previous is None or not kept.items() <= previous.items():  # not as the active one holds them
            files = itertools.chain((OutputFile(rel, *value) for rel, value in kept.items()), files)
        else:
            now.update(kept)
            report.unchanged.extend(kept)
            for rel, value in kept.items():
                here = mine.get(rel)
                if here is None or here[1] != value[1]:
                    _folder_once(target, rel, folders)
                    _replace_with_link(source / rel, target / rel)
    for item in files:
        if cancelled():
            # What the target holds now: the files done so far as this build made them, the others as
            # they were; trusted by the next build, which then redoes only what differs (issue 12).
            token = os.urandom(8).hex()
            token_file.write_text(token, encoding="utf-8")
            held[target_name] = (token, {**mine, **now})
            raise Cancelled()
        rel = item.rel
        if rel in now:
            raise ValueError(f"two pages want the same output file: {rel}")
        now[rel] = (item.key, item.digest)
        if item.placed:
            report.written.append(rel)
            placed.add(rel)
            continue
        was = previous.get(rel) if previous is not None else None
        same_as_active = (was is not None and was[1] == item.digest) or (
            previous is None and source is not None and item.data is not None and _same_bytes(source / rel, item.data)) or (
            previous is None and source is not None and item.file is not None and _same_file(source / rel, item.file))
        _folder_once(target, rel, folders)
        if same_as_active:
            report.unchanged.append(rel)
            here = mine.get(rel)
            if here is not None and here[1] == item.digest and (previous is not None
                                                                or _same_inode(target / rel, source / rel)):
                continue  # already the very file the active generation holds
            _replace_with_link(source / rel, target / rel)
        else:
            report.written.append(rel)
            here = mine.get(rel)
            if here is not None and here[1] == item.digest:
                continue  # written two builds ago, unchanged since
            path = target / rel
            path.unlink(missing_ok=True)
            if item.file is not None:
                _move(item.file, path)
            elif item.data is None:
                raise ValueError(f"{rel}: no bytes and not in the active generation")
            else:
                with open(path, "wb") as file:
                    file.write(item.data)
    for rel in mine.keys() - now.keys():
        (target / rel).unlink(missing_ok=True)
        _prune_empty(target, os.path.dirname(rel))
    for entry in os.scandir(target):  # a file put there by hand, at the top where people do
        if entry.name not in now and entry.name != MARKER and not entry.is_dir(follow_symlinks=False):
            os.unlink(entry.path)
    if previous is not None:
        assert source is not None
        strays = [e.name for e in os.scandir(source) if e.name not in previous and e.name not in now
                  and e.name != MARKER and not e.is_dir(follow_symlinks=False)]
        report.removed = sorted([*(previous.keys() - now.keys()), *strays])
    elif source is not None:
        report.removed = sorted(rel for rel in (p.relative_to(source).as_posix() for p in source.rglob("*") if p.is_file())
                                if rel not in now and rel != MARKER)
    # Not reported (it is not a page); one file for both generations, like every unchanged file.
    if source is not None and _same_bytes(source / MARKER, MARKER_TEXT):
        if not _same_inode(source / MARKER, target / MARKER):
            _replace_with_link(source / MARKER, target / MARKER)
    elif not _same_bytes(target / MARKER, MARKER_TEXT):
        (target / MARKER).write_bytes(MARKER_TEXT)
    os.chmod(target, 0o755)
    token = os.urandom(8).hex()
    token_file.write_text(token, encoding="utf-8")
    held[target_name] = (token, now)
    _switch(out, f"{gens.name}/{target_name}")
    if previous is None:
        _mirror(gens, target_name, other_name, now, held, placed if blank is not None else None)
    return report


def _mirror(gens: Path, name: str, other: str, files: dict[str, tuple[str, str]], held: dict,
            linked: set[str] | None = None) -> None:
    """Make generation ``other`` a hard-linked copy of ``name``, once, after a build that had no second one.

    The next build then changes only the files whose key changed (issue 12: the first edit after a
    cold build made 10,000 folders and links, seconds of a one-event rebuild). A build killed here
    leaves ``other`` without its token: untrusted, made again from scratch by the next build.
    ``linked``: the files Blank.place already linked into ``other``, made empty before the build.
    """
    source, target = gens / name, gens / other
    token_file = gens / f"{other}.token"
    token_file.unlink(missing_ok=True)
    held.pop(other, None)
    if linked is None:
        shutil.rmtree(target, ignore_errors=True)
        linked = set()
    folders: set[str] = set()
    for rel in [*files, MARKER]:
        if rel in linked:
            continue
        _folder_once(target, rel, folders, spread=False)  # links only: see Blank.place
        _replace_with_link(source / rel, target / rel)
    os.chmod(target, 0o755)
    token = os.urandom(8).hex()
    token_file.write_text(token, encoding="utf-8")
    held[other] = (token, files)


def remove_leftovers(out: Path) -> None:
    """Remove the staging and old trees that killed builds left beside ``out`` (``.site.new-*``, ``.site.old-*``).

    A folder is a leftover only when the build that made it is gone: its name carries that build's
    process id, and a process id that is not running is a dead build (a build running at the same
    time, e.g. ``serve`` beside ``build``, keeps its folders). Folders named before ids were written
    count as dead after an hour. Links are left alone. When ``out`` itself is missing (a build killed
    between the two renames of the fallback swap), the newest old tree is put back instead.
    """
    pattern = re.compile(rf"\.{re.escape(out.name)}\.(new|old|link)-(?:(\d+)-?)?[^/]*")
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
            if match.group(1) == "link":  # a link a killed build made, never switched into place
                if entry.is_symlink() and match.group(2) and not _running(int(match.group(2))):
                    os.unlink(entry.path)
                continue
            if entry.is_symlink() and match.group(1) == "old" and not os.path.lexists(out):
                # our link to a generation, moved aside by a build killed while putting it in place
                mtime = entry.stat(follow_symlinks=False).st_mtime
                if match.group(2) and not _running(int(match.group(2))):
                    stale.append((mtime, "old", entry.path))
                continue
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
        if os.path.islink(path):
            os.unlink(path)
        else:
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


def _trusted(gens: Path, name: str, held: dict) -> dict[str, tuple[str, str]] | None:
    """What a generation holds, when the cache's word for it matches the token the folder carries."""
    entry = held.get(name)
    if entry is None or not (gens / name).is_dir():
        return None
    try:
        token = (gens / f"{name}.token").read_text(encoding="utf-8")
    except OSError:
        return None
    return entry[1] if token == entry[0] else None


def _same_inode(a: Path, b: Path) -> bool:
    try:
        return os.stat(a).st_ino == os.stat(b).st_ino
    except OSError:
        return False


def _replace_with_link(existing: Path, path: Path) -> None:
    """Make ``path`` the same file as ``existing`` (a hard link; a copy across file systems)."""
    path.unlink(missing_ok=True)
    try:
        os.link(existing, path)
    except OSError:
        shutil.copy2(existing, path)


def _prune_empty(root: Path, folder: str) -> None:
    """Remove a folder left empty, and its parents, up to ``root``."""
    while folder:
        try:
            os.rmdir(root / folder)
        except OSError:
            return
        folder = os.path.dirname(folder)


def _switch(out: Path, link: str) -> None:
    """Point ``out`` at a generation with one rename; a plain folder there (an older build) is moved away first."""
    temporary = out.parent / f".{out.name}.link-{os.getpid()}"
    temporary.unlink(missing_ok=True)
    os.symlink(link, temporary)
    try:
        os.replace(temporary, out)
        return
    except IsADirectoryError:
        pass
    except OSError as exc:
        if exc.errno not in (errno.EISDIR, errno.ENOTEMPTY, errno.EEXIST):
            temporary.unlink(missing_ok=True)
            raise
    if _exchange(temporary, out):  # one step: never a moment without a site (issue 8)
        shutil.rmtree(temporary, ignore_errors=True)  # it now holds the older build's folder
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-{os.getpid()}-", dir=out.parent))
    os.rmdir(old)
    os.rename(out, old)
    try:
        os.replace(temporary, out)
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
    import ctypes

    error = ctypes.get_errno()
    if error in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False  # an old kernel or a file system without exchange: fall back to two renames
    raise OSError(error, os.strerror(error), str(b))


@functools.lru_cache(maxsize=1)
def _libc() -> ctypes.CDLL | None:
    """The C library, for renameat2 (glibc >= 2.28); None where there is none to load.

    The process's own symbols, which hold the C library's: ctypes.util.find_library runs ldconfig in a
    subprocess, a tenth of a build after one edit (issue 12).
    """
    import ctypes

    try:
        return ctypes.CDLL(None, use_errno=True)
    except (OSError, TypeError):  # TypeError: Windows wants a name
        return None


def _same_bytes(path: Path, data: bytes) -> bool:
    """Whether a file exists with exactly these bytes (size first, to skip most reads)."""
    try:
        if path.stat().st_size != len(data):
            return False
        return path.read_bytes() == data
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
        return False


def write_pieces(path: Path, pieces: Iterable[bytes | memoryview]) -> str:
    """Write a file piece by piece (never whole in memory); the digest of its bytes, as digest() gives it."""
    h = hashlib.sha256()
    with open(path, "wb") as file:
        for piece in pieces:
            h.update(piece)
            file.write(piece)
    return h.hexdigest()[:DIGEST_CHARS]


def _move(file: str, path: Path) -> None:
    """Move a finished file into a generation: one rename, or a copy from another file system."""
    try:
        os.replace(file, path)
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise
        shutil.copyfile(file, path)


def _same_file(path: Path, file: str) -> bool:
    """Whether the file at ``path`` holds the same bytes as ``file``."""
    try:
        return filecmp.cmp(path, file, shallow=False)
    except OSError:
        return False


def digest(data: bytes) -> str:
    """A short hash of a file's bytes, to know without reading it whether a generation already holds them."""
    return hashlib.sha256(data).hexdigest()[:DIGEST_CHARS]


def published(out: Path, state: dict) -> dict[str, tuple[str, str]] | None:
    """{rel: (key, digest)} of what ``out`` shows now, when the build cache knows it for sure."""
    out = Path(out)
    if out.is_symlink() and active_generation(out) is None:
        out = Path(os.path.realpath(out))
    active = active_generation(out)
    return _trusted(generations_dir(out), active, state.get("held", {})) if active else None
