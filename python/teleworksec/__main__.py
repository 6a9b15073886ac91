"""python -m teleworksec: the `teleworksec` command's rating, from Python.

    python -m teleworksec rate FILE|- [--format json]
    python -m teleworksec --version | --help

`rate` prints the teleworksec/result/v1 document, byte for byte what
`teleworksec rate --format json FILE` prints (json is the only format: the
text and Markdown reports are the C++ command's), and `--version` what
`teleworksec --version` prints. Exit status as the command's: 0 rated, 2 bad
input or usage, with the same one-line message on standard error for a bad or
unreadable file. One input per call; the command's other options, commands
and batches (several files, directories, --jsonl) are not mirrored.
"""

import sys

from ._capi import BadInput, Engine

USAGE = ("Usage: python -m teleworksec rate FILE|- [--format json]\n"
         "       python -m teleworksec --version | --help\n")


class UsageError(Exception):
    pass


def parse_rate(args):
    """The input named by `rate`'s arguments, as the command reads them."""
    files = []
    options_end = False
    i = 0
    while i < len(args):
        word = args[i]
        if options_end or word == "-" or not word.startswith("-"):
            files.append(word)
        elif word == "--":
            options_end = True
        elif word == "--format":
            if i + 1 == len(args):
                raise UsageError("option --format needs a value")
            if args[i + 1] != "json":
                raise UsageError(f'--format {args[i + 1]}: only json is rated from Python '
                                 '(text, markdown and table are the teleworksec command\'s)')
            i += 1
        else:
            raise UsageError(f'unknown option "{word}"')
        i += 1
    if len(files) != 1:
        raise UsageError("rate takes one FILE (or - for standard input)")
    return files[0]


def read_input(path):
    """The bytes of FILE or standard input, and the name messages give it."""
    if path == "-":
        return sys.stdin.buffer.read(), "<stdin>"
    try:
        with open(path, "rb") as f:
            return f.read(), path
    except OSError as e:
        raise BadInput(f"{path}: cannot open: {e.strerror}") from None


def version_text(engine):
    """`teleworksec --version`: the version, then each catalog's fingerprint."""
    catalogs = engine.catalogs()
    width = max(len(c["id"]) for c in catalogs) + 2
    lines = [f"teleworksec {engine.version()}"]
    lines += [c["id"].ljust(width) + "fingerprint " + c["fingerprint"] for c in catalogs]
    return "\n".join(lines) + "\n"


def main(argv=None):
    args = sys.argv[1:] if argv is None else argv
    try:
        if not args:
            raise UsageError("no command given")
        if args[0] in ("--help", "-h", "help"):
            sys.stdout.write(USAGE)
            return 0
        if args[0] == "--version":
            sys.stdout.write(version_text(Engine()))
            return 0
        if args[0] != "rate":
            raise UsageError(f'unknown command "{args[0]}"')
        if "--help" in args[1:]:
            sys.stdout.write(USAGE)
            return 0
        data, name = read_input(parse_rate(args[1:]))
        sys.stdout.buffer.write(Engine().rate_bytes(data, name))
        return 0
    except UsageError as e:
        sys.stderr.write(f"teleworksec: {e}\nTry 'python -m teleworksec --help'.\n")
        return 2
    except BadInput as e:
        sys.stderr.write(f"{e}\n")
        return 2


if __name__ == "__main__":
    sys.exit(main())
