"""Screenshots of the web page over a real store (the browser test makes the ones of the example
articles): docs/screenshots/real-VIEW.png at 1440×900, with Debian's Chromium.

    python docs/make_screenshots.py --db sqlite:///news.db     # e.g. 1,000 article-bias-prediction texts
"""

from __future__ import annotations

import argparse
import shutil
import socket
import threading
from pathlib import Path

SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
VIEWS = ("events", "network", "map", "clusters")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    args = parser.parse_args()

    import uvicorn
    from playwright.sync_api import sync_playwright

    from newsevents.api import create_app
    from newsevents.store import Store

    store = Store(args.db)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(create_app(store), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    while not server.started:
        thread.join(0.05)
    base = f"http://127.0.0.1:{listener.getsockname()[1]}"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=args.chromium, headless=True, args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 1440, "height": 900})
            for view in VIEWS:
                page.goto("about:blank")
                page.goto(f"{base}/#/{view}")
                page.wait_for_selector("body[data-renders]", timeout=120_000)
                page.screenshot(path=str(SCREENSHOTS / f"real-{view}.png"))
                print(f"wrote docs/screenshots/real-{view}.png ({page.get_attribute('body', 'data-ready')})")
            browser.close()
    finally:
        server.should_exit = True
        thread.join(10)
        store.close()


if __name__ == "__main__":
    main()
