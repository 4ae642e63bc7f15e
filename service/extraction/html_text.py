"""Article text out of HTML, for `"format": "html"` requests: trafilatura's main-content
extraction for a page, and a plain HTML-to-text pass when it finds nothing (a fragment such
as one `<p>`, which trafilatura judges too short to be an article)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

EMPTY_HTML_WARNING = "html_without_text: no text was found in the HTML"
# tags whose content is never article text
SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe", "object"})
# tags that end a line of text: paragraphs stay apart, as trafilatura keeps them
BLOCK_TAGS = frozenset({"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
                        "blockquote", "section", "article", "header", "footer", "aside", "nav", "pre", "hr",
                        "figure", "figcaption", "dd", "dt", "main", "form"})
SPACES = re.compile(r"[^\S\n]+")


def html_to_text(html: str) -> str:
    import trafilatura  # here: its import is slow and only HTML input needs it

    extracted = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    return extracted or plain_html_text(html)


class _TextCollector(HTMLParser):
    """Text nodes outside SKIPPED_TAGS, a line break at each block tag (entities decoded)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":  # a <head> may be left open (HTML allows it): the body is text again
            self.skipping = 0
        elif tag in SKIPPED_TAGS:
            self.skipping += 1
        elif tag in BLOCK_TAGS:
            self.pieces.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCK_TAGS:
            self.pieces.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCK_TAGS:
            self.pieces.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.pieces.append(data)


def plain_html_text(html: str) -> str:
    """Every visible text of the HTML, one line per block, spaces collapsed, no empty lines."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    lines = (SPACES.sub(" ", line).strip() for line in "".join(collector.pieces).split("\n"))
    return "\n".join(line for line in lines if line)
