"""The preview under load (issue #8): 200 concurrent clients on 127.0.0.1 while event files are saved again and
again; no failed request, and once the last save is rebuilt the page shows it (no stale page)."""

from __future__ import annotations

import http.client
import os
import threading
import time
from pathlib import Path

from test_serve import EVENT, EVENT_URL, Server, set_title, site  # noqa: F401 - site is a fixture

CLIENTS = 200
SAVES = 12


def test_two_hundred_clients_while_events_are_saved(site: Path):
    server = Server(site)
    try:
        pages = ["/", EVENT_URL, "/events/new-bridge-opens/", "/sources/riverside-bridge/", "/feed.xml",
                 "/events.json", "/assets/style.css"]
        for page in pages:
            assert server.get(page)[0] == 200, page
        stop = threading.Event()
        started = threading.Barrier(CLIENTS + 1)
        statuses: list[tuple[str, int | str]] = []
        lock = threading.Lock()

        def client(number: int) -> None:
            """One browser: a keep-alive connection asking for the site's pages in turn until told to stop."""
            mine: list[tuple[str, int | str]] = []
            conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
            started.wait()
            i = number
            while not stop.is_set() or len(mine) < 3:
                page = pages[i % len(pages)]
                i += 1
                try:
                    conn.request("GET", page)
                    response = conn.getresponse()
                    response.read()
                    mine.append((page, response.status))
                except (OSError, http.client.HTTPException) as exc:
                    mine.append((page, f"{type(exc).__name__}: {exc}"))
                    conn.close()
                    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
            conn.close()
            with lock:
                statuses.extend(mine)

        threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(CLIENTS)]
        for thread in threads:
            thread.start()
        started.wait()
        for save in range(SAVES):
            # Saved as editors do, a temporary file renamed over the real one: written in place, a
            # busy machine can let the server read the file half-written, and that build fails rightly.
            temporary = site / (EVENT + ".tmp~")
            temporary.write_bytes((site / EVENT).read_bytes())
            set_title(site, f"Saved under load {save}", rel=EVENT + ".tmp~")
            os.replace(temporary, site / EVENT)
            (site / "content/events/new-bridge-opens.yaml").touch()
            time.sleep(0.3)
        stop.set()
        for thread in threads:
            thread.join(timeout=120)
        assert not any(thread.is_alive() for thread in threads)
        failed = [s for s in statuses if s[1] != 200]
        assert len(statuses) >= CLIENTS * 3
        assert failed == [], f"{len(failed)} of {len(statuses)} requests failed: {failed[:10]}"

        # The last save is shown once the server is quiet again: no rebuild lost, no stale page.
        quiet_since, rebuilt = time.monotonic(), server.count("rebuilt")
        while time.monotonic() - quiet_since < 3:
            time.sleep(0.1)
            if server.count("rebuilt") != rebuilt:
                quiet_since, rebuilt = time.monotonic(), server.count("rebuilt")
        status, body, _ = server.get(EVENT_URL)
        assert status == 200 and f"Saved under load {SAVES - 1}" in body
        assert f"Saved under load {SAVES - 1}" in server.get("/")[1]
        assert f"Saved under load {SAVES - 1}" in (site / "site" / EVENT_URL.strip("/") / "index.html").read_text(
            encoding="utf-8")
        print(f"served {len(statuses)} requests from {CLIENTS} clients during {SAVES} saves, {len(failed)} failed")
    finally:
        code, output = server.stop()
    assert code == 0 and "Traceback" not in output, output
    assert "build failed" not in output
