"""Duplicates: exact and near copies of one story are coded once and linked to every outlet."""

from __future__ import annotations

from conftest import database_url

from newsevents.clean.duplicates import NearDuplicateIndex, from_bytes, signature, to_bytes
from newsevents.queries import event_list
from newsevents.store import Store

# One wire story (written for this test), as two outlets ran it: each with its own page furniture,
# headline and canonical URL; the second trims the last paragraph and edits a phrase.
STORY = [
    "Fishing crews from three coastal villages blocked the harbour at Port Alder on Tuesday, "
    "demanding that the regional government reverse a ban on winter trawling that they say will ruin them.",
    "The protest began before dawn, when about forty boats formed a line across the harbour mouth and "
    "turned away a ferry carrying tourists and supplies to the outer islands.",
    "Police officers spoke with the organisers through the morning, and by noon the ferry was allowed "
    "to pass while the boats stayed in place for the rest of the day.",
    "The regional fisheries minister said the ban was needed to let fish stocks recover after three "
    "poor seasons, and promised to meet the crews' representatives next week.",
    "Union leaders said the crews would return to the harbour every day until the minister kept that promise.",
]


def page(outlet_domain: str, slug: str, title: str, paragraphs: list[str], furniture: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<html><head><title>{title}</title>"
        f'<link rel="canonical" href="https://www.{outlet_domain}/world/{slug}"></head><body>'
        f"<nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/sport'>Sport</a></nav>"
        f"<article><h1>{title}</h1>{body}</article>"
        f"<footer><p>{furniture}</p></footer></body></html>"
    )


def write_pages(folder):
    folder.mkdir()
    (folder / "first.html").write_text(page(
        "theguardian.com", "fishing-crews-block-harbour", "Fishing crews block harbour over trawling ban",
        STORY, "Sign up for our morning briefing. © Guardian News and Media"), encoding="utf-8")
    edited = [p.replace("about forty boats", "some forty boats") for p in STORY[:-1]]
    (folder / "second.html").write_text(page(
        "bbc.co.uk", "news-world-5512", "Boats blockade Port Alder in protest at ban",
        edited, "Follow BBC News on social media. Copyright BBC"), encoding="utf-8")


def test_signature_survives_a_round_trip_through_bytes():
    minhash = signature(" ".join(STORY))
    assert from_bytes(to_bytes(minhash)).jaccard(minhash) == 1.0


def test_near_copy_is_found_and_a_different_report_is_not():
    index = NearDuplicateIndex()
    index.add("wire", signature("\n\n".join(STORY)))
    trimmed = "\n\n".join(p.replace("about forty boats", "some forty boats") for p in STORY[:-1])
    match = index.find(signature(trimmed))
    assert match is not None and match.document_id == "wire" and match.similarity > 0.6
    other_report = (
        "Dozens of trawlers sealed off Port Alder harbour for a day in an angry protest against the new "
        "winter fishing ban, and a tourist ferry was held up for hours before police negotiated its passage. "
        "The minister, who defends the ban as a way to rebuild stocks, will meet the fishermen next week."
    )
    assert index.find(signature(other_report)) is None


def test_the_same_article_under_two_urls_is_one_document_with_two_outlets(pipeline, store, tmp_path):
    folder = tmp_path / "pages"
    write_pages(folder)
    summary = pipeline.run([str(folder)], store)
    assert (summary.stored, summary.copies, summary.duplicates) == (1, 1, 0)
    [document] = store.documents()
    assert document["articles"] == 2
    assert sorted(document["outlets"]) == ["BBC", "The Guardian"]
    copies = store.copies(document["id"])
    assert {c.url for c in copies} == {
        "https://www.theguardian.com/world/fishing-crews-block-harbour", "https://www.bbc.co.uk/world/news-world-5512"}
    assert min(c.similarity for c in copies) > 0.6
    # Events are coded once, from the stored copy.
    assert len({e.document_id for e in event_list(store)}) <= 1

    # Re-ingesting both pages adds nothing at all.
    again = pipeline.run([str(folder)], store)
    assert (again.stored, again.copies, again.duplicates) == (0, 0, 2)
    assert store.counts()["copies"] == 2


def test_near_duplicates_are_found_across_runs_and_store_reopens(pipeline, tmp_path):
    folder = tmp_path / "pages"
    write_pages(folder)
    url = database_url(tmp_path, 'reopen')
    first = Store(url)
    pipeline.run([str(folder / "first.html")], first)
    first.close()
    reopened = Store(url)  # signatures come back from the database, not from memory
    summary = pipeline.run([str(folder / "second.html")], reopened)
    assert (summary.stored, summary.copies) == (0, 1)
    assert reopened.documents()[0]["articles"] == 2
    reopened.close()


def test_worker_processes_store_what_one_process_stores(pipeline, tmp_path):
    from conftest import EXAMPLES

    def stored(workers: int) -> tuple:
        store = Store(database_url(tmp_path, f'w{workers}'))
        summary = pipeline.run([str(EXAMPLES)], store, workers=workers)
        events = sorted((e.document_id, e.start, e.cameo, e.source and e.source.code,
                         e.target and e.target.code) for e in event_list(store))
        documents = sorted(d["id"] for d in store.documents())
        store.close()
        return summary.stored, summary.events, dict(summary.skipped), documents, events

    single = stored(1)
    assert single[0] >= 4 and single[1] > 10
    assert stored(2) == single


def test_a_document_that_breaks_a_stage_is_skipped_and_the_run_goes_on(pipeline, store, tmp_path, monkeypatch):
    from conftest import EXAMPLES

    real = pipeline.step("attributions")

    class BreaksOnSanctions:
        name = "attributions"

        def __call__(self, analysis):
            if "sanctions" in analysis.parsed.document.origin:
                raise RuntimeError("simulated bug")
            real(analysis)

    monkeypatch.setattr(pipeline, "steps", [BreaksOnSanctions() if s is real else s for s in pipeline.steps])
    summary = pipeline.run([str(EXAMPLES)], store)
    assert summary.skipped["reading failed"] == 1
    assert summary.stored >= 3
    assert any(s["reason"] == "reading failed" and "simulated bug" in s["detail"] for s in store.skips())
