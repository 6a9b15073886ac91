"""A small HTTP server for the loopback nmap test: with --trace it answers
TRACE by echoing the request (as a misconfigured web server does, so nmap's
http-trace and http-methods report it); without, TRACE gets 405. With --leak,
a request without a Host header (HTTP/1.0) is redirected to the server's
internal address, 10.0.0.5, as servers that build the Location from their own
address do (nmap's http-internal-ip-disclosure reports it).

usage: http_server.py PORT [--trace] [--leak]
"""

import http.server
import sys


INTERNAL_ADDRESS = "10.0.0.5"


class Handler(http.server.SimpleHTTPRequestHandler):
    trace = False
    leak = False

    def redirect_to_internal(self):
        if not self.leak or self.headers.get("Host"):
            return False
        self.send_response(301)
        self.send_header("Location", f"http://{INTERNAL_ADDRESS}{self.path}")
        self.send_header("Content-Location", f"http://{INTERNAL_ADDRESS}{self.path}")
        self.send_header("Content-Length", "0")
        self.end_headers()
        return True

    def do_GET(self):
        if self.redirect_to_internal():
            return
        body = (b"<html><head><title>teleworksec loopback test</title></head>"
                b"<body>ok</body></html>\n")
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_HEAD(self):
        if self.redirect_to_internal():
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()

    def do_OPTIONS(self):
        self.send_response(200)
        self.send_header("Allow", "GET, HEAD, OPTIONS" + (", TRACE" if self.trace else ""))
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_TRACE(self):
        if not self.trace:
            self.send_response(405)
            self.send_header("Allow", "GET, HEAD, OPTIONS")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        echo = self.requestline + "\r\n" + str(self.headers)
        body = echo.encode("latin-1", "replace")
        self.send_response(200)
        self.send_header("Content-Type", "message/http")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


def main():
    port = int(sys.argv[1])
    Handler.trace = "--trace" in sys.argv[2:]
    Handler.leak = "--leak" in sys.argv[2:]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
    server.serve_forever()


if __name__ == "__main__":
    main()
