"""Render the README picture: the events of the example articles and the seed, as a terminal shows them."""

from __future__ import annotations

import tempfile
from pathlib import Path

from rich.console import Console

from newsevents import cli
from newsevents.pipeline import Pipeline
from newsevents.store import Store

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "000_e81d9bfdad51a53f.txt"


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = Store(f"sqlite:///{folder}/picture.db")
        Pipeline().run([str(SEED)] if SEED.exists() else [str(ROOT / "examples")], store)
        cli.console = Console(record=True, width=190)
        cli.events(db=store.url, limit=12, as_json=False)
        cli.console.save_svg(str(ROOT / "docs" / "seed-events.svg"), title="newsevents events")
        store.close()
    print("wrote docs/seed-events.svg")


if __name__ == "__main__":
    main()
