"""A real SMTP relay for the delivery tests (issue 15): aiosmtpd on 127.0.0.1.

Prints "PORT <n>" when it listens, keeps every accepted message as NNNNN.eml (the bytes as
received, after dot-unstuffing) with NNNNN.json (envelope), and stops when standard input closes.
What it answers depends on the recipient's local part, so that one relay serves every case:
  reject…  RCPT gets 550 (a permanent failure);
  busy…    RCPT gets 451 the first time that address is tried, 250 after (a temporary failure);
  anything else is accepted.
--auth USER:PASSWORD asks for AUTH (PLAIN or LOGIN); --tls offers STARTTLS with a self-signed
certificate made for the run and requires it before AUTH.
"""
import argparse
import asyncio
import json
import os
import socket
import ssl
import subprocess
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Handler:
    def __init__(self, directory):
        self.directory = directory
        self.tries = {}
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.split("@")[0].lower()
        if local.startswith("reject"):
            return "550 5.1.1 No such mailbox here"
        if local.startswith("busy"):
            seen = self.tries.get(address, 0)
            self.tries[address] = seen + 1
            if seen == 0:
                return "451 4.3.0 Busy, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        name = os.path.join(self.directory, "%05d" % self.count)
        content = envelope.original_content or envelope.content
        with open(name + ".tmp", "wb") as f:
            f.write(content)
        with open(name + ".json", "w") as f:
            json.dump({"from": envelope.mail_from, "to": envelope.rcpt_tos, "smtputf8": bool(envelope.smtp_utf8),
                       "tls": session.ssl is not None}, f)
        os.rename(name + ".tmp", name + ".eml")
        return "250 2.0.0 Ok: queued as A%05d" % self.count


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", required=True)
    parser.add_argument("--auth")
    parser.add_argument("--tls", action="store_true")
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    options = {"enable_SMTPUTF8": True, "decode_data": False}
    if args.tls:
        cert, key = os.path.join(args.dir, "cert.pem"), os.path.join(args.dir, "key.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-days", "1",
                        "-keyout", key, "-out", cert], check=True, capture_output=True)
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert, key)
        options["tls_context"] = context
        options["require_starttls"] = True
    if args.auth:
        user, password = args.auth.split(":", 1)

        def authenticate(server, session, envelope, mechanism, auth_data):
            ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user \
                and auth_data.password.decode() == password
            # handled=False: the server itself answers 535 to a wrong password.
            return AuthResult(success=ok, handled=False)

        options["authenticator"] = authenticate
        options["auth_require_tls"] = bool(args.tls)
        options["auth_required"] = True
    port = free_port()
    controller = Controller(Handler(args.dir), hostname="127.0.0.1", port=port, **options)
    controller.start()
    print("PORT %d" % port, flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
