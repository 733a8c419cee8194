"""Events and the attributions that cover them: who says that an event happened (or did not)."""

from __future__ import annotations

from newsevents.model import Attribution, Event


def link_events(events: list[Event], attributions: list[Attribution]) -> None:
    """Each event takes the innermost claim (not a quote, where one covers it) holding its
    trigger: "the Kremlin denied reports of troop deployments" gives the deployment the
    Kremlin's attribution, while the event's own modality says it was denied."""
    for event in events:
        anchor = event.trigger_start
        covering = [a for a in attributions if a.start <= anchor < a.end]
        claims = [a for a in covering if a.kind != "quote"] or covering
        if claims:
            event.attribution = min(claims, key=lambda a: a.end - a.start)
