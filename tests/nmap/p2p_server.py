"""BitTorrent banners for the loopback nmap test.

--client: a BitTorrent peer that greets every connection with the protocol
handshake (BEP 3: "\\x13BitTorrent protocol", reserved bytes, info hash, peer
id), which nmap -sV names `bittorrent`.
--tracker: answers a request as Transmission's peer port does ("This is not a
rootkit or other backdoor, it's a BitTorrent client. Really."), which nmap -sV
names `bittorrent-tracker` (product: Transmission).

usage: p2p_server.py PORT --client|--tracker
"""

import hashlib
import socketserver
import sys

INFO_HASH = hashlib.sha1(b"teleworksec loopback test torrent").digest()
# Transmission's answer on its peer port to anything that is not a handshake.
BANNER = b"This is not a rootkit or other backdoor, it's a BitTorrent\r\nclient. Really."
PEER_ID = b"-TR3000-" + b"teleworksec"[:12].ljust(12, b"0")


class Client(socketserver.BaseRequestHandler):
    def handle(self):
        self.request.settimeout(10)
        try:
            self.request.sendall(b"\x13BitTorrent protocol" + bytes(8) + INFO_HASH + PEER_ID)
            self.request.recv(4096)
        except OSError:
            pass


class Tracker(socketserver.BaseRequestHandler):
    def handle(self):
        self.request.settimeout(10)
        try:
            if self.request.recv(4096):
                self.request.sendall(BANNER)
        except OSError:
            pass


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


def main():
    handler = Client if "--client" in sys.argv[2:] else Tracker
    with Server(("127.0.0.1", int(sys.argv[1])), handler) as server:
        server.serve_forever()


if __name__ == "__main__":
    main()
