#!/usr/bin/env python3
"""Hostile text stays text: rates every sample of tests/data/hostile/ (each
free-text field holds markup, Markdown control characters, newlines, bidi and
C0 controls and a 3,000-byte word) in every single-file format and checks
that nothing of it gets out of its place.

    hostile_test.py CLI ROOT

- text: no control or bidi character (but the line ends), no forged line;
- Markdown: no raw HTML tag, no link, image or forged heading or list item,
  no control or bidi character;
- HTML: only the page's own elements and attributes, no event handler, the
  hostile text present as text, no control or bidi character;
- SARIF: valid JSON, no control or bidi character in any string but line
  feeds, every "[" of a message escaped (SARIF embedded links);
- JSON (result/v1): valid, and the facility name kept exactly (data, not markup).
Plain python3.
"""

import html.parser
import json
import os
import re
import subprocess
import sys

BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")  # all C0 but tab and line feed, and DEL
FORGED_LINE = re.compile(r"^\s*(# Forged heading|- Level: |1\. list)", re.M)
PAGE_TAGS = {"html", "head", "meta", "title", "style", "body", "h1", "h2", "p", "dl", "dt", "dd", "table",
             "thead", "tbody", "tr", "th", "td", "svg", "rect", "section", "footer"}
PAGE_ATTRIBUTES = {"lang", "charset", "name", "content", "class", "id", "viewbox", "width", "height", "role",
                   "aria-label", "x", "y", "fill"}

failures = []


def check(condition, what):
    if not condition:
        failures.append(what)


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.attributes, self.text = set(), set(), []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attributes.update(name for name, _ in attrs)

    def handle_data(self, data):
        self.text.append(data)


def strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for v in node.values():
            yield from strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from strings(v)


def messages(node):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "message" and isinstance(v, dict):
                yield v.get("text", "")
            yield from messages(v)
    elif isinstance(node, list):
        for v in node:
            yield from messages(v)


def no_controls(label, text):
    check(not BIDI.search(text), label + ": a raw bidi control")
    check(not CONTROL.search(text), label + ": a raw control character")


def main():
    cli, root = sys.argv[1], sys.argv[2]
    folder = os.path.join(root, "tests", "data", "hostile")
    files = sorted(f for f in os.listdir(folder) if f.endswith(".json"))
    check(len(files) >= 4, "fewer than four hostile samples")
    for name in files:
        path = os.path.join(folder, name)
        with open(path, encoding="utf-8") as f:
            facility = json.load(f)["facility"]["name"]

        def rate(*args):
            out = subprocess.run([cli, "rate", path, *args], capture_output=True)
            check(out.returncode == 0, "%s %s: exit %d %s" % (name, args, out.returncode, out.stderr[:300]))
            return out.stdout.decode("utf-8")

        for lang in ("en", "ja"):
            label = "%s text %s" % (name, lang)
            text = rate("--lang", lang)
            no_controls(label, text)
            check(not FORGED_LINE.search(text), label + ": a line forged by a newline")
            check("[U+202E]" in text, label + ": the bidi override is not shown")

            label = "%s markdown %s" % (name, lang)
            md = rate("--format", "markdown", "--lang", lang)
            no_controls(label, md)
            check(not re.search(r"<\s*(script|img|b)\b", md, re.I), label + ": raw HTML")
            check(not re.search(r"(?<!\\)\]\(", md), label + ": a link or image")
            check(not re.search(r"(?<!\\)\*\*bold", md), label + ": emphasis")
            check(not FORGED_LINE.search(md), label + ": a line forged by a newline")
            check("&lt;script&gt;" in md, label + ": the markup is not shown as text")

            label = "%s html %s" % (name, lang)
            page_text = rate("--format", "html", "--lang", lang)
            no_controls(label, page_text.replace("\r", ""))
            check("\r" not in page_text, label + ": a raw carriage return")
            page = Page()
            page.feed(page_text)
            check(page.tags <= PAGE_TAGS, label + ": elements %s" % sorted(page.tags - PAGE_TAGS))
            check(page.attributes <= PAGE_ATTRIBUTES,
                  label + ": attributes %s" % sorted(page.attributes - PAGE_ATTRIBUTES))
            shown = "".join(page.text)
            check("<script>alert('name')</script>" in shown, label + ": the facility's markup is not shown as text")
            check("<img src=x onerror=alert(2)>" in shown, label + ": a reason's markup is not shown as text")
            check('<html lang="%s">' % lang in page_text, label + ": no <html lang>")
            head = page_text[:page_text.index("</dl>")]
            check("\n# Fake" not in head, label + ": the name forges a line in the title or fields")

        label = "%s sarif" % name
        log = json.loads(rate("--format", "sarif"))
        for s in strings(log):
            no_controls(label, s)
        for text in messages(log):
            check(not re.search(r"(?<!\\)[\[\]]", text.replace("\\\\", "")), label + ": an unescaped bracket in " + text[:80])
        check(any(r.get("suppressions") for r in log["runs"][0]["results"]), label + ": no suppression")

        label = "%s json" % name
        result = json.loads(rate("--format", "json"))
        check(result["facility"] == facility, label + ": the facility name is not kept exactly")

    for f in failures:
        print("FAIL: " + f)
    print("%d failed" % len(failures) if failures else "hostile text stayed text in %d samples" % len(files))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
