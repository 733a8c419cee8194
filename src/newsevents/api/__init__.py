"""The REST API and web page server: `create_app(store)` gives the FastAPI app that
`newsevents serve` runs."""

from newsevents.api.app import create_app

__all__ = ["create_app"]
