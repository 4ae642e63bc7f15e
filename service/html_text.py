"""Article text out of HTML (trafilatura), for `"format": "html"` requests."""

from __future__ import annotations

import trafilatura


def html_to_text(html: str) -> str:
    extracted = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    return extracted or ""
