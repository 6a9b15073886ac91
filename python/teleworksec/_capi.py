"""The C API of include/teleworksec/teleworksec.h through ctypes: one loaded
libteleworksec_c, its status codes and buffer protocol."""

import ctypes
import json
import os

TWS_OK = 0
TWS_BAD_INPUT = 2
TWS_BUFFER_TOO_SMALL = 3
TWS_UNKNOWN_CATALOG = 4
TWS_INTERNAL = 5

# The names the build gives the shared library on each platform; the wheel
# carries one of them beside this module.
_LIBRARY_NAMES = ("libteleworksec_c.so", "libteleworksec_c.dylib", "teleworksec_c.dll")


class BadInput(ValueError):
    """The assessment is not valid; the message names the input, the JSON path
    and the problem, as the CLI prints it."""


class CompactResult(ctypes.Structure):
    """tws_compact_result of teleworksec.h."""

    _fields_ = [
        ("audit_grade", ctypes.c_ubyte),
        ("diagnosis_grade", ctypes.c_byte),
        ("stars", ctypes.c_ubyte),
        ("indicative", ctypes.c_ubyte),
        ("provisional", ctypes.c_ubyte),
        ("unanswered", ctypes.c_ushort),
        ("fingerprint", ctypes.c_ulonglong),
    ]


def bundled_library():
    """The path of the library shipped inside the package, or None."""
    here = os.path.dirname(os.path.abspath(__file__))
    for name in _LIBRARY_NAMES:
        path = os.path.join(here, name)
        if os.path.exists(path):
            return path
    return None


class Engine:
    """The C API of one loaded libteleworksec_c: `path`, else
    $TELEWORKSEC_C_LIB, else the library the package ships."""

    def __init__(self, path=None):
        path = path or os.environ.get("TELEWORKSEC_C_LIB") or bundled_library()
        if not path:
            raise RuntimeError("no libteleworksec_c: pass its path or set TELEWORKSEC_C_LIB")
        self.lib = ctypes.CDLL(path)
        size_p = ctypes.POINTER(ctypes.c_size_t)
        self.lib.tws_rate_json.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p,
                                           ctypes.c_char_p, ctypes.c_size_t, size_p]
        self.lib.tws_rate_json.restype = ctypes.c_int
        self.lib.tws_catalogs.argtypes = [ctypes.c_char_p, ctypes.c_size_t, size_p]
        self.lib.tws_catalogs.restype = ctypes.c_int
        self.lib.tws_version.argtypes = []
        self.lib.tws_version.restype = ctypes.c_char_p
        bytes_p = ctypes.POINTER(ctypes.c_ubyte)
        self.lib.tws_rate_certification_compact_evidence.argtypes = [
            bytes_p, bytes_p, bytes_p, ctypes.c_uint, ctypes.c_int, ctypes.POINTER(CompactResult)]
        self.lib.tws_rate_certification_compact_evidence.restype = ctypes.c_int

    @staticmethod
    def _call(fn, *args):
        """Calls a tws_* function that fills a buffer, growing it as told."""
        size = ctypes.c_size_t(0)
        cap = 4096
        while True:
            buf = ctypes.create_string_buffer(cap)
            status = fn(*args, buf, cap, ctypes.byref(size))
            if status != TWS_BUFFER_TOO_SMALL:
                return status, buf.raw[: size.value]
            cap = size.value + 1

    def rate_bytes(self, data, name="<input>"):
        """The result/v1 document of an assessment/v1 text (bytes or str), as
        UTF-8 bytes: byte for byte `teleworksec rate --format json`."""
        data = data.encode("utf-8") if isinstance(data, str) else bytes(data)
        status, out = self._call(self.lib.tws_rate_json, data, len(data), name.encode("utf-8"))
        if status == TWS_BAD_INPUT:
            raise BadInput(out.decode("utf-8"))
        if status != TWS_OK:
            raise RuntimeError(f"tws_rate_json failed with status {status}")
        return out

    def rate_json(self, data, name="<input>"):
        """The result/v1 document of an assessment/v1 text, as str."""
        return self.rate_bytes(data, name).decode("utf-8")

    def rate(self, data, name="<input>"):
        """The result/v1 document of an assessment/v1 text, parsed: a
        teleworksec.types.Result (one TypedDict per kind of catalog)."""
        return json.loads(self.rate_bytes(data, name))

    def catalogs(self):
        """[{"id": …, "fingerprint": …}, …]"""
        status, out = self._call(self.lib.tws_catalogs)
        if status != TWS_OK:
            raise RuntimeError(f"tws_catalogs failed with status {status}")
        return json.loads(out)

    def version(self):
        """The library version, e.g. "0.1.0"."""
        return self.lib.tws_version().decode("ascii")

    def rate_compact(self, answers, checks, false_facts=0, audit=False, evidence=None):
        """The compact certification-v2 entry: 56 answer codes, 32 check codes."""
        arr_a = (ctypes.c_ubyte * 56)(*answers)
        arr_c = (ctypes.c_ubyte * 32)(*checks)
        arr_e = (ctypes.c_ubyte * 56)(*evidence) if evidence is not None else None
        out = CompactResult()
        status = self.lib.tws_rate_certification_compact_evidence(
            arr_a, arr_c, arr_e, false_facts, 1 if audit else 0, ctypes.byref(out))
        if status == TWS_BAD_INPUT:
            raise BadInput("compact input out of range")
        if status != TWS_OK:
            raise RuntimeError(f"compact rating failed with status {status}")
        return out
