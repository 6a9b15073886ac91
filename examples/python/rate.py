#!/usr/bin/env python3
"""Rates teleworksec assessments from Python through the C API (ctypes).

    python3 rate.py LIB FILE              # LIB: path of libteleworksec_c.so
    python3 rate.py --lib LIB FILE
    TELEWORKSEC_C_LIB=LIB python3 rate.py FILE

prints the teleworksec/result/v1 document, byte for byte what
`teleworksec rate --format json FILE` prints. Exit status: 0 rated, 2 bad
input (the message goes to standard error).

As a module:

    import rate
    engine = rate.Engine("build/dev/libteleworksec_c.so")
    print(engine.rate(open("my-space.json").read()))
"""

import ctypes
import json
import os
import sys

TWS_OK = 0
TWS_BAD_INPUT = 2
TWS_BUFFER_TOO_SMALL = 3
TWS_UNKNOWN_CATALOG = 4
TWS_INTERNAL = 5


class BadInput(ValueError):
    """The assessment is not valid; the message names the input, the JSON path
    and the problem."""


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


class Engine:
    """The C API of one loaded libteleworksec_c."""

    def __init__(self, path=None):
        path = path or os.environ.get("TELEWORKSEC_C_LIB")
        if not path:
            raise RuntimeError("no library: pass its path or set TELEWORKSEC_C_LIB")
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

    def rate(self, json_text, name="<input>"):
        """The result/v1 document of an assessment/v1 text, as str."""
        data = json_text.encode("utf-8") if isinstance(json_text, str) else bytes(json_text)
        status, out = self._call(self.lib.tws_rate_json, data, len(data), name.encode("utf-8"))
        if status == TWS_BAD_INPUT:
            raise BadInput(out.decode("utf-8"))
        if status != TWS_OK:
            raise RuntimeError(f"tws_rate_json failed with status {status}")
        return out.decode("utf-8")

    def catalogs(self):
        """[{"id": …, "fingerprint": …}, …]"""
        status, out = self._call(self.lib.tws_catalogs)
        if status != TWS_OK:
            raise RuntimeError(f"tws_catalogs failed with status {status}")
        return json.loads(out)

    def version(self):
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


_default = None


def rate(json_text, lib=None):
    """Rates an assessment/v1 text; returns the result/v1 JSON text (str).
    The library is `lib`, else $TELEWORKSEC_C_LIB."""
    global _default
    if lib is not None:
        return Engine(lib).rate(json_text)
    if _default is None:
        _default = Engine()
    return _default.rate(json_text)


def main(argv):
    args = list(argv[1:])
    lib = None
    if len(args) >= 2 and args[0] == "--lib":
        lib = args[1]
        args = args[2:]
    elif len(args) == 2:
        lib = args.pop(0)
    if len(args) != 1:
        sys.stderr.write("usage: rate.py [--lib] LIB FILE   (or TELEWORKSEC_C_LIB=LIB rate.py FILE)\n")
        return 2
    path = args[0]
    try:
        with open(path, "rb") as f:
            data = f.read()
        engine = Engine(lib)
        name = path
        status, out = engine._call(engine.lib.tws_rate_json, data, len(data), name.encode())
    except OSError as e:
        sys.stderr.write(f"{path}: {e.strerror}\n")
        return 2
    if status == TWS_BAD_INPUT:
        sys.stderr.write(out.decode("utf-8") + "\n")
        return 2
    if status != TWS_OK:
        sys.stderr.write(f"{path}: internal error (status {status})\n")
        return 1
    sys.stdout.buffer.write(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
