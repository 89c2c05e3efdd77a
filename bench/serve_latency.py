"""How fast does `claim-timeline serve` show an edit? Save-to-served latency on a 10,000-event site.

Run: python -m bench.serve_latency [--events 10000] [--edits 20]

A site with many events spread over many years and a few sources is generated in a
temporary folder; the real server is started as a subprocess; then, edit after edit,
one event's title is changed and the clock runs from the file's save until the event's
page shows the new title, as a browser would see it: a live-reload client waits for the
server's reload message, then fetches the page over HTTP (and waits for the next message
if the page is not new yet). The baseline is the median time of a full
``build()`` of the same site in this process.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import queue
import threading
import http.client
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

def make_large_site(root: Path, n_events: int = 10_000) -> list[Path]:
    """The synthetic site of bench.build with ``n_events`` events; return the event files."""
    from bench.build import synthetic_events, write_claim_timeline_site

    events = synthetic_events(n_events)
    write_claim_timeline_site(root, events)
    return [root / "content" / "events" / f"{event.id}.yaml" for event in events]


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(port: int, path: str) -> tuple[int, str]:
    """(status, body) of one GET on the local server."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, response.read().decode("utf-8", "replace")
    finally:
        conn.close()


def wait_for(predicate, timeout: float, interval: float = 0.002) -> float:
    """Poll ``predicate`` until true; return when it became true (perf_counter), raise on timeout."""
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        try:
            if predicate():
                return time.perf_counter()
        except OSError:
            pass
        time.sleep(interval)
    raise TimeoutError("the server did not show the change in time")


class ReloadListener:
    """A live-reload client on its own thread: the time of every reload message the server sends."""

    def __init__(self, port: int):
        self.messages: queue.Queue[float] = queue.Queue()
        self.ready = threading.Event()
        self.port = port
        threading.Thread(target=lambda: asyncio.run(self._listen()), daemon=True).start()
        if not self.ready.wait(30):
            raise TimeoutError("could not connect to the live-reload socket")

    async def _listen(self) -> None:
        from tornado.websocket import websocket_connect

        ws = await websocket_connect(f"ws://127.0.0.1:{self.port}/livereload")
        await ws.write_message(json.dumps({"command": "hello", "protocols": ["http://livereload.com/protocols/official-7"]}))
        await ws.read_message()  # the server's hello
        self.ready.set()
        while (message := await ws.read_message()) is not None:
            if json.loads(message).get("command") == "reload":
                self.messages.put(time.perf_counter())

    def drain(self) -> None:
        """Forget the messages received so far."""
        while not self.messages.empty():
            self.messages.get_nowait()

    def next(self, timeout: float) -> float:
        """When the next reload message arrived."""
        return self.messages.get(timeout=timeout)


def full_build_median(site: Path, runs: int = 3) -> float:
    """Median seconds of a full build() of the site into a scratch folder."""
    from generator.build import build

    times = []
    for i in range(runs):
        out = site / f".bench-out-{i}"
        start = time.perf_counter()
        build(site, out, clean=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    """Generate the site, serve it, edit it, print the latencies."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--edits", type=int, default=20)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="ct-bench-serve-") as tmp:
        site = Path(tmp) / "site-root"
        events = make_large_site(site, args.events)
        baseline = full_build_median(site)
        port = free_port()
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        server = subprocess.Popen([sys.executable, "-m", "generator", "--site", str(site), "serve", "--port", str(port)],
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
        try:
            wait_for(lambda: fetch(port, "/")[0] == 200, timeout=120, interval=0.1)
            listener = ReloadListener(port)
            rng = random.Random(11)
            latencies = []
            for n in range(args.edits):
                path = rng.choice(events)
                url = f"/events/{path.stem}/"
                title = f"Edited title {n} for the benchmark"
                text = path.read_text(encoding="utf-8").split("\n", 1)[1]
                time.sleep(0.3)  # a person's edits are this far apart at the very least
                listener.drain()
                start = time.perf_counter()
                path.write_text(f"title: {title}\n{text}", encoding="utf-8")
                while True:
                    listener.next(timeout=30)
                    if title in fetch(port, url)[1]:
                        break
                latencies.append(time.perf_counter() - start)
        finally:
            server.terminate()
            try:
                output, _ = server.communicate(timeout=60)
            except subprocess.TimeoutExpired:
                server.kill()
                output, _ = server.communicate()
    ms = sorted(x * 1000 for x in latencies)
    inside = sorted(int(line.split("browsers reloaded after ")[1].split(" ms")[0])
                    for line in output.splitlines() if "browsers reloaded after" in line)
    print(f"site: {args.events} events, {len(ms)} edits of one event's title")
    print(f"save -> new page served: median {statistics.median(ms):.0f} ms (min {ms[0]:.0f}, max {ms[-1]:.0f})")
    if inside:
        print(f"  of which in the server, change seen -> reload sent: median {statistics.median(inside):.0f} ms "
              f"(min {inside[0]}, max {inside[-1]})")
    print(f"baseline, full build(): median {baseline * 1000:.0f} ms")
    print(f"ratio: {baseline * 1000 / statistics.median(ms):.1f}x faster than a full build; target <= 150 ms median")
    return 0


if __name__ == "__main__":
    sys.exit(main())
