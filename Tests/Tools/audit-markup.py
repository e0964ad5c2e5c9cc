#!/usr/bin/env python3
"""Audits HTML or SVG that a real renderer (pandoc, dot, Mermaid) made from a journeymap export
of a hostile map, for anything map text could have made executable or live.

    audit-markup.py [--page] MARKER FILE...

MARKER is a string every attack in the map carries (e.g. "jmx-"), matched case-sensitively. Prints one line per problem
and exits 1 when there is any:

- an event handler attribute (on...), whatever its value;
- a javascript:, vbscript: or data: URL in any attribute;
- an element that map text must never produce: links (other than a plain http, https or mailto
  URL, which GitHub links by itself), images, frames, objects, forms, inline SVG or MathML in
  HTML, raw HTML formatting tags;
- the marker in a script, a style sheet, a style attribute, a tag or attribute name, or any
  attribute value other than an id (pandoc derives section ids from headings).

--page audits journeymap's own HTML page (export --format html), which draws its emotion curve
as inline SVG and links its parts to each other: there, inline SVG and links within the page
(href="#...", which can neither run anything nor leave the page) are the page's own and allowed;
everything in them is audited as above, and any <script> element at all is a problem (the page
has none).
"""
import sys
from html.parser import HTMLParser

FORBIDDEN = {
    "a", "applet", "audio", "base", "button", "embed", "form", "frame", "frameset", "iframe", "image", "img",
    "input", "math", "object", "source", "textarea", "video", "b", "i", "u", "font", "marquee", "blink",
}
URL_SCHEMES = ("javascript:", "vbscript:", "data:")


class Auditor(HTMLParser):
    def __init__(self, marker, is_html, page=False):
        super().__init__(convert_charrefs=True)
        self.marker = marker
        self.is_html = is_html
        self.page = page
        self.problems = []
        self.open_raw = None  # "script" or "style" while inside one

    def problem(self, text):
        self.problems.append(f"line {self.getpos()[0]}: {text}")

    def handle_starttag(self, tag, attrs):
        self.check_tag(tag, attrs)
        if tag in ("script", "style"):
            self.open_raw = tag

    def handle_startendtag(self, tag, attrs):
        self.check_tag(tag, attrs)

    def handle_endtag(self, tag):
        if tag == self.open_raw:
            self.open_raw = None

    def check_tag(self, tag, attrs):
        if self.marker in tag:
            self.problem(f"tag made from map text: <{tag}>")
        href = next((v or "" for k, v in attrs if k in ("href", "xlink:href")), "")
        autolink = tag == "a" and href.startswith(("http://", "https://", "mailto:"))
        in_page = self.page and tag == "a" and href.startswith("#")
        if (tag in FORBIDDEN and not autolink and not in_page) or (self.is_html and tag == "svg" and not self.page):
            self.problem(f"<{tag}> element")
        if self.page and tag == "script":
            self.problem("<script> element in a page that has none")
        if tag == "meta" and any(k == "http-equiv" and (v or "").lower() == "refresh" for k, v in attrs):
            self.problem("meta refresh")
        for name, value in attrs:
            value = value or ""
            compact = "".join(c for c in value if not c.isspace() and ord(c) >= 0x20).lower()
            if name.startswith("on"):
                self.problem(f"event handler <{tag} {name}=...>")
            if compact.startswith(URL_SCHEMES):
                self.problem(f"URL <{tag} {name}=\"{value[:60]}\">")
            if self.marker in name:
                self.problem(f"attribute made from map text: <{tag} {name}>")
            if self.marker in value and name != "id":
                self.problem(f"map text in <{tag} {name}=\"{value[:80]}\">")

    def handle_data(self, data):
        if self.open_raw and self.marker in data:
            at = data.index(self.marker)
            self.problem(f"map text inside <{self.open_raw}>: {data[max(0, at - 40):at + 60]!r}")


def main():
    args = sys.argv[1:]
    page = args[:1] == ["--page"]
    if page:
        args = args[1:]
    if len(args) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    marker = args[0]
    failed = False
    for path in args[1:]:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        auditor = Auditor(marker, is_html=not path.endswith(".svg"), page=page)
        auditor.feed(text)
        auditor.close()
        for p in auditor.problems:
            print(f"{path}: {p}")
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
