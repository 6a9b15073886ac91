"""teleworksec: rate telework and shared-office security by the Japanese
guidelines, with the engine of the C++ library (its C API, shipped in this
package, through ctypes).

    import teleworksec
    result = teleworksec.rate(open("my-space.json", encoding="utf-8").read(), "my-space.json")
    result["level"]                       # typed: teleworksec.types.Result
    text = teleworksec.rate_json(...)     # `teleworksec rate --format json`, byte for byte

A bad assessment raises teleworksec.BadInput, whose message names the input,
the JSON path and the problem. From the shell: python -m teleworksec rate FILE.
"""

from ._capi import BadInput, CompactResult, Engine
from .types import Result

__all__ = ["BadInput", "CompactResult", "Engine", "Result", "catalogs", "engine", "rate",
           "rate_json", "version"]

_engine = None


def engine():
    """The Engine of the bundled library (or $TELEWORKSEC_C_LIB), loaded once."""
    global _engine
    if _engine is None:
        _engine = Engine()
    return _engine


def rate(assessment, name="<input>") -> Result:
    """Rates an assessment/v1 text (str or bytes): the result/v1 document, parsed."""
    return engine().rate(assessment, name)


def rate_json(assessment, name="<input>") -> str:
    """Rates an assessment/v1 text: the result/v1 document as text."""
    return engine().rate_json(assessment, name)


def catalogs():
    """The catalogs the engine knows: [{"id": …, "fingerprint": …}, …]."""
    return engine().catalogs()


def version() -> str:
    """The engine's version, e.g. "0.1.0"."""
    return engine().version()
