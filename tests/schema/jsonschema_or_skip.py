"""Imports jsonschema for the schema tests, or ends the test: skipped (exit
77, which CTest reports as skipped) saying what to install, or failed under
CI=true, where every test's program must be present."""

import os
import sys

try:
    import jsonschema  # noqa: F401 (re-exported)
except ImportError:  # pragma: no cover - reported, not hidden
    MISSING = "the jsonschema module of " + sys.executable + " (Debian: python3-jsonschema)"
    if os.environ.get("CI") == "true":
        sys.exit("FAIL: CI=true and missing: " + MISSING)
    print("SKIP: missing: " + MISSING)
    sys.exit(77)
