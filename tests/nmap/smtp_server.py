"""An SMTP server for the loopback nmap test (python3-aiosmtpd).

--weak: an open relay (any recipient accepted) that confirms accounts with
VRFY (250 for root and postmaster, 550 for unknown users) and advertises VRFY
in its EHLO keywords, as a misconfigured mail server does; nmap's
smtp-open-relay, smtp-enum-users and smtp-commands report it.
Without: accepts mail for teleworksec.test only (553 relaying denied for any
other domain), answers VRFY with 252 (cannot verify) and lists no VRFY in EHLO
or HELP.

usage: smtp_server.py PORT [--weak]
"""

import asyncio
import sys

from aiosmtpd.smtp import SMTP

LOCAL_DOMAIN = "teleworksec.test"
ACCOUNTS = ("root", "postmaster")


class Handler:
    def __init__(self, weak):
        self.weak = weak

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        session.host_name = hostname
        if self.weak:  # as Postfix does without disable_vrfy_command
            responses.insert(-1, "250-VRFY")
        return responses

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if not self.weak and not address.lower().endswith("@" + LOCAL_DOMAIN):
            return "553 5.7.1 Relaying denied"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_VRFY(self, server, session, envelope, address):
        if not self.weak:
            return "252 2.0.0 Cannot VRFY user, but will accept message and attempt delivery"
        user = address.split("@")[0].lower()
        if user in ACCOUNTS:
            return f"250 2.0.0 {user} <{user}@{LOCAL_DOMAIN}>"
        return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"

    async def handle_DATA(self, server, session, envelope):
        return "250 2.0.0 Ok: queued"


class HardenedSMTP(SMTP):
    async def smtp_HELP(self, arg):
        await self.push("214 2.0.0 Ok")


async def serve(port, weak):
    loop = asyncio.get_running_loop()
    handler = Handler(weak)
    kind = SMTP if weak else HardenedSMTP
    server = await loop.create_server(
        lambda: kind(handler, hostname="mail.teleworksec.test", ident="ESMTP"),
        host="127.0.0.1", port=port, reuse_address=True)
    async with server:
        await server.serve_forever()


def main():
    asyncio.run(serve(int(sys.argv[1]), "--weak" in sys.argv[2:]))


if __name__ == "__main__":
    main()
