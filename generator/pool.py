"""Pages rendered over a process pool for a large cold build (issue 12): the same bytes, in the same order.

Workers are forked from the build (Linux's ``fork``), so they start with the build's loaded content,
page list and compiled templates and receive only the paths of the pages to render; the parent
takes their bytes back in the pages' order and writes them, as a single-process build would. Below
``POOL_ABOVE`` pages (every edit of a normal site) a pool costs more than it saves and is not used.
"""

from __future__ import annotations

import collections
import functools
import gc
import os
import signal
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Iterator, Sequence

if TYPE_CHECKING:
    from concurrent.futures import Future

# Pages to render before a pool pays for itself: forking, then each worker's first pages.
POOL_ABOVE = 1500
CHUNK = 50  # pages a worker renders per task: few enough to keep both workers busy to the end
PR_SET_PDEATHSIG = 1  # prctl(2)
AHEAD = 4  # tasks queued per worker: rendered pages waiting for the parent stay few (memory)

# What the forked workers run, by name; set in the parent before the fork, never pickled (a closure
# over the build's objects cannot be: the workers have the very objects already).
_jobs: dict[str, Callable[..., Any]] = {}
# CPU seconds (user and system) of each kind of task run beside, added once its child ended: `build
# --profile` says where a build's CPU went, the render pool's being the rest of the children's (issue 12:
# on two cores every process competes for the same CPU, so the wall time of one process's phases misleads).
# Name -> (CPU seconds, children reaped): the count tells a kind ran even when its child used no measurable CPU.
child_cpu: dict[str, tuple[float, int]] = {}


def workers() -> int:
    """How many processes may render: CLAIM_TIMELINE_WORKERS when set, else the CPUs this process may run on."""
    wanted = os.environ.get("CLAIM_TIMELINE_WORKERS", "")
    if wanted.isdigit() and int(wanted) > 0:
        return int(wanted)
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def usable(count: int) -> bool:
    """Whether ``count`` pages are worth a pool here (enough pages, several CPUs, and fork)."""
    return count >= POOL_ABOVE and workers() > 1 and _forks()


def _forks() -> bool:
    """Whether this system starts processes by fork (multiprocessing, with its sockets, imported only
    when a pool may be wanted: never in a build after edits in place, issue 12)."""
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


@functools.lru_cache(maxsize=1)
def _prctl() -> Callable[..., int] | None:
    """libc's prctl, looked up in the build's process before it forks: every child then has it (each child
    imported ctypes and opened libc itself, 3 to 7 ms of CPU each, issue 12). None where there is none."""
    import ctypes

    try:
        return ctypes.CDLL(None, use_errno=True).prctl  # type: ignore[no-any-return]
    except (OSError, AttributeError):
        return None


def _die_with_parent(parent: int) -> None:
    """Make a worker end when the build does, even killed (crash safety: no orphan left rendering)."""
    prctl = _prctl()
    if prctl is None:
        return
    prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the build died before the line above took effect
        os._exit(1)


def _fork(run: Callable[[], Any]) -> int:
    """The pid of a forked child that dies with this process, runs ``run`` and exits: 0 when it returned,
    1 when it raised (its traceback printed on its stderr)."""
    parent = os.getpid()
    _prctl()
    child = os.fork()
    if child == 0:  # pragma: no cover - the child's coverage is not collected
        code = 1
        try:
            _die_with_parent(parent)
            run()
            code = 0
        except BaseException:
            import traceback

            traceback.print_exc()
        finally:
            sys.stderr.flush()
            os._exit(code)
    return child


def beside(task: Callable[[], Any], name: str) -> Callable[[], bool]:
    """Run ``task`` in a forked child while this process goes on; the returned function waits for it
    and says whether it ended well (its own errors it printed itself). Without fork, it runs now."""
    if not _forks():
        task()
        return lambda: True
    child = _fork(task)

    def wait() -> bool:
        return os.waitstatus_to_exitcode(_reap(child, name)) == 0

    return wait


def _reap(pid: int, name: str) -> int:
    """Wait for a child run beside, count its CPU seconds under ``name`` (``child_cpu``); its wait status."""
    _, status, usage = os.wait4(pid, 0)
    seconds, runs = child_cpu.get(name, (0.0, 0))
    child_cpu[name] = (seconds + usage.ru_utime + usage.ru_stime, runs + 1)
    return status


@dataclass(frozen=True)
class CpuReading:
    """CPU seconds used so far by this process, by all its children, and by each kind of child run beside."""

    own: float
    children: float
    kinds: dict[str, tuple[float, int]]  # name -> (CPU seconds, children reaped)


def cpu_reading() -> CpuReading:
    """The CPU seconds this process and its children have used so far (read before a build, compared after)."""
    import resource

    own, children = (resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return CpuReading(own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime,
                      dict(child_cpu))


def cpu_seconds(since: CpuReading) -> dict[str, float]:
    """CPU seconds since a reading: this process's, then its children's by kind, the render pool's being the rest.

    The counts are the process's own since it started, so a process that builds twice (the preview, a test run)
    reads them before each build and reports the difference.
    """
    now = cpu_reading()
    kinds = {name: seconds - since.kinds.get(name, (0.0, 0))[0] for name, (seconds, runs) in now.kinds.items()
             if runs > since.kinds.get(name, (0.0, 0))[1]}
    found = {"this process": now.own - since.own}
    rest = now.children - since.children - sum(kinds.values())
    if rest > 0.005:  # the pool's workers, reaped by concurrent.futures (and any other child)
        found["render pool"] = rest
    found.update(sorted(kinds.items(), key=lambda item: -item[1]))
    return found


class ChildLost(Exception):
    """A task run beside gave no value back (killed, or its error could not be sent): do it here instead."""


class Beside:
    """A task run in a forked child while this process goes on (a core that would idle), its value sent
    back through a pipe. Without fork, the task runs at once, here."""

    def __init__(self, task: Callable[[], Any], name: str):
        self.name = name  # what its CPU seconds are counted as (child_cpu)
        self.pid: int | None = None
        self.read: int | None = None
        self.value: tuple[bool, Any] | None = None
        self.parent = os.getpid()  # only this process can wait for the child
        if not _forks():
            try:
                self.value = (True, task())
            except Exception as exc:
                self.value = (False, exc)
            return
        import pickle

        read, write = os.pipe()

        def send() -> None:
            os.close(read)
            # What the build made is never scanned nor copied by the child's collections; the collector
            # stays as the build had it (paused while a one-shot build loads: parsing and exports make
            # no cyclic garbage, and collections scanned the child's growing heap for nothing).
            gc.freeze()
            try:
                data = pickle.dumps((True, task()), protocol=pickle.HIGHEST_PROTOCOL)
            except Exception as exc:  # sent back, raised where the task's value is asked for
                try:
                    data = pickle.dumps((False, exc), protocol=pickle.HIGHEST_PROTOCOL)
                except Exception:
                    data = b""  # the asker does the task itself, and meets the error there
            with os.fdopen(write, "wb") as out:
                out.write(data)

        pid = _fork(send)
        os.close(write)
        self.pid, self.read = pid, read

    def result(self) -> Any:
        """The task's value (its error raised here); ChildLost when the child gave neither."""
        if self.value is None and os.getpid() != self.parent:
            raise ChildLost()  # asked in another child forked since: the task is done again there
        if self.value is None:
            import pickle

            assert self.read is not None and self.pid is not None
            with os.fdopen(self.read, "rb") as incoming:
                self.read = None
                data = incoming.read()
            _reap(self.pid, self.name)
            self.pid = None
            self.value = pickle.loads(data) if data else (False, None)
        ok, value = self.value
        if ok:
            return value
        if value is None:
            raise ChildLost()
        raise value

    def cancel(self) -> None:
        """Stop the child, when it still runs (a failed build), and wait for it to end; result() then
        raises ChildLost, unless it was asked for before."""
        if self.value is None:
            self.value = (False, None)
        if os.getpid() != self.parent:
            return  # a child forked since has no child to stop
        if self.pid is not None:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            _reap(self.pid, self.name)
            self.pid = None
        if self.read is not None:
            os.close(self.read)
            self.read = None


def _render_chunk(paths: list[str]) -> list[bytes]:
    """In a worker: the chunk's pages, the cyclic collector run once after them instead of as it likes.

    Rendering a page leaves a few dozen objects in reference cycles (Jinja's contexts and macros): one
    collection of the youngest objects per chunk finds them all, while the automatic one, run every 700
    objects made, cost 4 % of rendering (issue 12).
    """
    return _rendered(paths, _jobs["render"])


def _render_each(paths: list[str]) -> list[bytes | Exception]:
    """In a worker: the task's pages, what a page raised in its place and the rest rendered, so that the
    parent raises the error of the first page in the build's order, whatever order the tasks came in."""
    render = _jobs["render"]

    def each(path: str) -> bytes | Exception:
        try:
            return render(path)  # type: ignore[no-any-return]
        except Exception as exc:  # noqa: BLE001 - raised in the parent, at this page's turn
            return exc

    return _rendered(paths, each)


def _rendered(paths: list[str], render: Callable[[str], Any]) -> list[Any]:
    """Each page rendered, the cyclic collector paused (see _render_chunk)."""
    automatic = gc.isenabled()
    gc.disable()
    try:
        return [render(path) for path in paths]
    finally:
        gc.collect(0)
        if automatic:
            gc.enable()


def _call(name: str) -> Any:
    return _jobs[name]()


class RenderPool:
    """A pool of forked workers rendering pages by path, and running a few other tasks beside them."""

    def __init__(self, render: Callable[[str], bytes], **tasks: Callable[[], Any]):
        # Imported here: concurrent.futures' process pool brings sockets and threads, which a build
        # after edits in place, answered in a fraction of a second, never uses (issue 12).
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        _jobs.clear()
        _jobs.update(tasks, render=render)  # the workers are forked at the first submit, with these
        # The collector in a worker would touch every object it inherited, copying the whole heap page
        # by page: what exists now is set aside from collection (in the parent too, until build() ends).
        gc.freeze()
        _prctl()
        self.executor = ProcessPoolExecutor(workers(), mp_context=multiprocessing.get_context("fork"),
                                            initializer=_die_with_parent, initargs=(os.getpid(),))

    def submit(self, name: str) -> Future[Any]:
        """Run the task given by that name to the constructor in a worker."""
        return self.executor.submit(_call, name)

    def render(self, paths: list[str], ahead: int | None = AHEAD, first: Sequence[list[str]] = ()) -> Iterator[bytes]:
        """The bytes of each page, in the order of ``paths``; a TemplateError is raised here, as rendered.

        The first tasks (``ahead`` per worker; None: every one, when what comes back is small) are
        handed out at once, before the first page is asked for, so that the caller may do other work
        while the workers render. ``first`` (with ``ahead=None`` only: what comes back is kept until its
        turn): groups of pages, each rendered by one worker, before the rest in chunks.
        """
        if first:
            assert ahead is None
            grouped = {path for group in first for path in group}
            rest = [path for path in paths if path not in grouped]
            tasks = [*first, *(rest[i:i + CHUNK] for i in range(0, len(rest), CHUNK))]
            # Submitted here, not in the generator below, which runs only when the first page is asked
            # for: the workers render while the caller makes the search index and the edits' record
            # (issue 12: they waited idle for both, 1.3 s of CPU at 10,000 events).
            return self._in_order(paths, collections.deque((task, self.executor.submit(_render_each, task))
                                                           for task in tasks))
        chunks = iter([paths[i:i + CHUNK] for i in range(0, len(paths), CHUNK)])
        pending: collections.deque[Future[list[bytes]]] = collections.deque()
        for chunk in chunks:
            pending.append(self.executor.submit(_render_chunk, chunk))
            if ahead is not None and len(pending) >= ahead * workers():
                break
        return self._results(chunks, pending)

    def _results(self, chunks: Iterator[list[str]], pending: collections.deque[Future[list[bytes]]]) -> Iterator[bytes]:
        while pending:
            done = pending.popleft().result()
            chunk = next(chunks, None)
            if chunk is not None:
                pending.append(self.executor.submit(_render_chunk, chunk))
            yield from done

    def _in_order(self, paths: list[str],
                  pending: collections.deque[tuple[list[str], Future[list[bytes | Exception]]]]) -> Iterator[bytes]:
        """Each page's result, from tasks all handed out already, given in the order of ``paths``."""
        done: dict[str, bytes | Exception] = {}
        for path in paths:
            while path not in done:
                task, future = pending.popleft()
                done.update(zip(task, future.result()))
            data = done.pop(path)
            if isinstance(data, Exception):
                raise data  # the first page in the order of ``paths`` that failed, as rendered in order
            yield data

    def close(self) -> None:
        """Stop the workers (what they were still doing is dropped).

        What was frozen stays frozen: thawed, the build's whole content would be scanned again by every
        later full collection (issue 12: at 100,000 events, seconds of saving the cache); build() thaws it.
        """
        self.executor.shutdown(wait=True, cancel_futures=True)
        _jobs.clear()
