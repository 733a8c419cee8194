"""Site memory: lines that recur across an outlet's text-only pages are learned as its boilerplate."""

from __future__ import annotations

import json

from newsevents.clean.text import normalise_line

# Written for this test: a promo that reads like prose, so the line classifier alone keeps it.
PROMO = "Readers of the Harbour Gazette can now follow every council meeting live in our new app, free for all subscribers."
STORIES = [
    ("The town council approved a new budget for the harbour on Monday after a long debate over repairs to the sea wall. "
     "Councillors voted seven to two in favour of the plan, which raises the local port fee for cargo ships by a small amount."),
    ("Fishermen met the regional fisheries minister on Tuesday to discuss quotas for the coming winter season in the bay. "
     "The minister promised to review the limits after scientists publish their annual survey of fish stocks next month."),
    ("Police arrested two men on Wednesday after a break-in at the harbour warehouse where the ferry company stores fuel. "
     "Officers said the men were caught on camera and that nothing of value had been taken from the building."),
    ("The ferry company announced on Thursday that it will add a second daily crossing to the islands from next spring. "
     "Its chief executive said bookings had risen sharply and that the new route would create twenty jobs in the town."),
]


def page(story: str) -> str:
    first, second = story.split(". ", 1)
    # Each half padded with words of its own story, so that no body line recurs across pages.
    first = f"{first}, as the {story.split()[1]} report for this week explains in detail below for our readers."
    return "\n".join(["Harbour Gazette", "Home | News | Sport", first, PROMO, second, "© Harbour Gazette"])


def test_recurring_lines_of_an_outlet_are_learned_and_then_dropped(pipeline, store, tmp_path, monkeypatch):
    # Memory is learned as each batch is written; one-document batches show it page by page.
    monkeypatch.setattr(pipeline, "batch_size", 1)
    corpus = tmp_path / "gazette.jsonl"
    corpus.write_text("\n".join(json.dumps({"text": page(s), "outlet": "Harbour Gazette"}) for s in STORIES), encoding="utf-8")
    summary = pipeline.run([str(corpus)], store)
    assert summary.stored == 4
    bodies = [d["body"] for d in store.documents()]
    # The first pages keep the promo (nothing learned yet); once three pages carried it, it is boilerplate.
    assert PROMO in bodies[0]
    assert PROMO not in bodies[3]
    assert "ferry company announced" in bodies[3] and "twenty jobs" in bodies[3]
    assert normalise_line(PROMO) in store.boilerplate_lines("Harbour Gazette")
    assert store.boilerplate_lines("Some Other Outlet") == frozenset()


def test_site_memory_is_kept_per_outlet_in_the_store(store):
    for _ in range(3):
        store.learn_lines("Outlet A", ["subscribe to our newsletter", "a line seen once per page"])
    store.learn_lines("Outlet B", ["subscribe to our newsletter"])
    assert store.boilerplate_lines("Outlet A") == {"subscribe to our newsletter", "a line seen once per page"}
    assert store.boilerplate_lines("Outlet B") == frozenset()
    assert store.boilerplate_lines("Outlet A", min_documents=4) == frozenset()


def test_settling_a_batch_asks_the_site_memory_once_per_outlet(pipeline):
    """A worker's batch of text documents is checked against the site memory as it stands: one
    question per outlet in the batch, not one per document."""
    from conftest import EXAMPLES

    from newsevents.model import RawDocument, Skip

    body = (EXAMPLES / "sanctions.txt").read_bytes()
    raw = [RawDocument(f"page-{i}.txt", body, "text", outlet=outlet)
           for i, outlet in enumerate(["Coast Times", "Coast Times", "Hill Post", "Coast Times"])]
    prepared = pipeline.prepare_batch(raw)
    asked = []

    def memory(outlet):
        asked.append(outlet)
        return frozenset({"subscribe to our newsletter"})

    settled = pipeline.settle(raw, prepared, memory)
    assert sorted(asked) == ["Coast Times", "Hill Post"]
    assert all(not isinstance(p, Skip) for p in prepared)
    # What one process with that memory would have made of each.
    assert settled == pipeline.prepare_batch(raw, lambda outlet: frozenset({"subscribe to our newsletter"}))


def test_a_document_is_learned_from_once_even_when_a_killed_run_is_run_again(store):
    """Site memory learns a document's lines when it is de-duplicated, before it is stored: a run
    killed in between and run again learns the same document again, and must not count it twice."""
    for _ in range(3):  # the killed run, its re-run, and a third try
        store.learn_lines("Outlet A", ["subscribe to our newsletter"], "doc-1")
    store.learn_lines("Outlet A", ["subscribe to our newsletter"], "doc-2")
    assert store.boilerplate_lines("Outlet A", min_documents=2) == {"subscribe to our newsletter"}
    assert store.boilerplate_lines("Outlet A", min_documents=3) == frozenset()
