#!/usr/bin/env python3
"""A facility manager prints the HTML report: `rate --format html` of a sample
rendered by headless Chromium shows the level the CLI gives (the page's DOM
after rendering, against `rate --format json`), and printed to PDF
(--print-to-pdf, A4 by the page's print styles) it takes the expected number
of pages.

    html_print_test.py CLI CHROMIUM ROOT OUTDIR

guest-ap-wep.json in English and Japanese, A4 at 10 pt (about 55 lines a
page): the head, six category bars, what blocks ★★ (four rows), the
inspector's row and an empty exclusion list fill the first page; then 32
diagnosis checks whose reasons and findings, in a third of the width, take two
to three lines each: 64–96 lines, two to three more pages. So 3–5 pages; one
or two means rows were clipped or dropped, six and more that the print
styles broke (a row per page, an unwrapped line widening the page).
The PDFs are left in OUTDIR. Plain python3.
"""

import json
import os
import re
import subprocess
import sys

SAMPLE = os.path.join("examples", "assessments", "guest-ap-wep.json")
PAGES = range(3, 6)


def main():
    cli, chromium, root, out = sys.argv[1:5]
    os.makedirs(out, exist_ok=True)
    sample = os.path.join(root, SAMPLE)
    level = json.loads(subprocess.run([cli, "rate", sample, "--format", "json"], check=True,
                                      capture_output=True).stdout)["level"]
    failures = []
    for lang, name in (("en", level["name_en"]), ("ja", level["name_ja"])):
        page = os.path.join(out, "guest-ap-wep.%s.html" % lang)
        pdf = os.path.join(out, "guest-ap-wep.%s.pdf" % lang)
        with open(page, "wb") as f:
            f.write(subprocess.run([cli, "rate", sample, "--format", "html", "--lang", lang], check=True,
                                   capture_output=True).stdout)
        browser = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                   "--user-data-dir=" + os.path.join(out, "profile")]
        url = "file://" + os.path.abspath(page)
        dom = subprocess.run(browser + ["--dump-dom", url], capture_output=True, timeout=120).stdout.decode()
        shown = re.search(r'<p class="level" id="level">([^<]*)</p>', dom)
        if not shown or name not in shown.group(1):
            failures.append("%s: the rendered page shows level %r, the CLI says %r"
                            % (lang, shown.group(1) if shown else None, name))
        if os.path.exists(pdf):
            os.remove(pdf)
        subprocess.run(browser + ["--no-pdf-header-footer", "--print-to-pdf=" + pdf, url],
                       capture_output=True, timeout=120)
        if not os.path.exists(pdf):
            failures.append("%s: Chromium printed no PDF" % lang)
            continue
        with open(pdf, "rb") as f:
            pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", f.read()))
        print("%s: level %r shown, %d pages" % (lang, name, pages))
        if pages not in PAGES:
            failures.append("%s: %d pages printed, expected %d–%d" % (lang, pages, PAGES[0], PAGES[-1]))
    for f in failures:
        print("FAIL: " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
