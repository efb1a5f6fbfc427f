#!/usr/bin/python3
# dav-proxy.py
#
# Copyright 2026 The Netbook Developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""The tests' reverse proxy in front of a DAV server on 127.0.0.1.

  dav-proxy.py --port PORT --upstream PORT
      passes every request through: the server checks passwords itself
      (Radicale).

  dav-proxy.py --port PORT --user NAME:PASSWORD:PORT [--user ...]
      checks HTTP Basic credentials, as the proxy in front of a server
      without authentication (Xandikos) does, and sends each user's
      requests to that user's own server; a path under another user's
      principal (/bob/... for alice) is refused with 403.

A fault, set by the test at run time, makes one resource fail:

  PUT /.dav-proxy/fault?path=P&status=S[&drop=1]
      a request for P is answered with S, without the server; in the answer
      to an addressbook-multiget or calendar-multiget REPORT, the response
      for P carries the status S instead of the resource (with drop=1, it
      is left out). Paths compare percent-decoded, hrefs resolved against
      the request's path.
  GET /.dav-proxy/fault      the number of times the fault was used
  DELETE /.dav-proxy/fault   clears it, and answers that number too

Bodies stream both ways, except a multiget's answer while a fault is set.
Clients keep their connection; each request opens its own to the server.
Only the standard library: /usr/bin/python3 runs it.
"""

import argparse
import base64
import html
import http.client
import http.server
import re
import sys
import threading
import urllib.parse

CONTROL = "/.dav-proxy/"
CHUNK = 64 * 1024
# Headers of one connection, not of the request (RFC 9110, 7.6.1).
HOP_BY_HOP = {
    "connection", "keep-alive", "proxy-authenticate", "proxy-authorization",
    "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade", "expect",
}
MULTIGET = re.compile(rb"(addressbook|calendar)-multiget\b")
RESPONSE = re.compile(rb"<(?P<p>(?:[\w.-]+:)?)response\b[^>]*>.*?</(?P=p)response\s*>", re.S)
HREF = re.compile(rb"<(?P<p>(?:[\w.-]+:)?)href\b[^>]*>(?P<href>.*?)</(?P=p)href\s*>", re.S)


def decoded(path):
    return urllib.parse.unquote(path)


class Fault:
    """The one resource that fails, if any."""

    def __init__(self):
        self.lock = threading.Lock()
        self.path = None
        self.status = 0
        self.drop = False
        self.hits = 0

    def set(self, path, status, drop):
        with self.lock:
            self.path, self.status, self.drop, self.hits = decoded(path), status, drop, 0

    def clear(self):
        with self.lock:
            hits, self.path, self.hits = self.hits, None, 0
            return hits

    def matches(self, path):
        with self.lock:
            if self.path is None or decoded(path) != self.path:
                return 0
            self.hits += 1
            return self.status

    def is_set(self):
        with self.lock:
            return self.path is not None

    def rewrite(self, body, base):
        """The multistatus @body, with the response for the path replaced."""

        def one(match):
            href = HREF.search(match.group(0))
            if href is None:
                return match.group(0)
            text = html.unescape(href.group("href").decode("utf-8")).strip()
            path = urllib.parse.urlsplit(urllib.parse.urljoin(base, text)).path
            status = self.matches(path)
            if status == 0:
                return match.group(0)
            if self.drop:
                return b""
            p = match.group("p")
            reason = http.client.responses.get(status, "Error").encode()
            return (b"<%sresponse><%shref>%s</%shref>"
                    b"<%sstatus>HTTP/1.1 %d %s</%sstatus></%sresponse>"
                    % (p, p, href.group("href"), p, p, status, reason, p, p))

        return RESPONSE.sub(one, body)


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "dav-proxy"

    def __getattr__(self, name):
        # Every method (PROPFIND, REPORT, MKCOL...) goes the same way.
        if name.startswith("do_"):
            return self.handle_request
        raise AttributeError(name)

    def log_message(self, format, *args):
        sys.stderr.write("%s %s\n" % (self.log_date_time_string(), format % args))

    # The request's body ---------------------------------------------------

    def body_chunks(self):
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            while True:
                size = int(self.rfile.readline(1024).split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline(65536) not in (b"\r\n", b"\n", b""):
                        pass
                    return
                data = self.rfile.read(size)
                self.rfile.readline(1024)
                yield data
        else:
            left = int(self.headers.get("Content-Length") or 0)
            while left > 0:
                data = self.rfile.read(min(left, CHUNK))
                if not data:
                    raise ConnectionError("the request's body was cut short")
                left -= len(data)
                yield data

    def drain(self):
        for _ in self.body_chunks():
            pass

    def reply(self, status, text, headers=(), drain=True):
        body = text.encode("utf-8")
        if drain:
            self.drain()
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    # Who may ask ----------------------------------------------------------

    def upstream_port(self, path):
        """The server's port for this request; None, having answered."""
        if self.server.upstream:
            return self.server.upstream

        user = None
        credentials = self.headers.get("Authorization", "")
        if credentials[:6].lower() == "basic ":
            try:
                name, _, password = (base64.b64decode(credentials[6:].strip(), validate=True)
                                     .decode("utf-8").partition(":"))
            except ValueError:
                name = password = None
            if name in self.server.users and self.server.users[name][0] == password:
                user = name
        if user is None:
            self.reply(401, "Unauthorized\n", [("WWW-Authenticate", 'Basic realm="Netbook tests"')])
            return None

        owner = decoded(path).lstrip("/").split("/", 1)[0]
        if owner in self.server.users and owner != user:
            self.reply(403, "Forbidden: %s is not %s's\n" % (path, user))
            return None

        return self.server.users[user][1]

    # The work -------------------------------------------------------------

    def control(self, path):
        fault = self.server.fault
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)

        if path != CONTROL + "fault":
            self.reply(404, "No such control\n")
        elif self.command == "PUT":
            fault.set(query["path"][0], int(query["status"][0]), query.get("drop", ["0"])[0] == "1")
            self.reply(200, "0\n")
        elif self.command == "DELETE":
            self.reply(200, "%d\n" % fault.clear())
        else:
            with fault.lock:
                hits = fault.hits
            self.reply(200, "%d\n" % hits)

    def send_upstream(self, connection, body):
        """Sends the request on; returns the server's response."""
        connection.putrequest(self.command, self.path, skip_host=True, skip_accept_encoding=True)
        for name, value in self.headers.items():
            lower = name.lower()
            if lower in HOP_BY_HOP or lower == "content-length":
                continue
            if lower == "authorization" and not self.server.upstream:
                continue
            if lower == "accept-encoding" and body is not None:
                continue  # the multiget's answer is read, so not compressed
            connection.putheader(name, value)

        if body is not None:
            connection.putheader("Content-Length", str(len(body)))
            connection.endheaders(body)
        elif "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            connection.putheader("Transfer-Encoding", "chunked")
            connection.endheaders()
            for data in self.body_chunks():
                connection.send(b"%x\r\n%s\r\n" % (len(data), data))
            connection.send(b"0\r\n\r\n")
        elif self.headers.get("Content-Length") is not None:
            connection.putheader("Content-Length", self.headers["Content-Length"])
            connection.endheaders()
            for data in self.body_chunks():
                connection.send(data)
        else:
            connection.endheaders()

        return connection.getresponse()

    def handle_request(self):
        path = urllib.parse.urlsplit(self.path).path
        fault = self.server.fault

        if path.startswith(CONTROL):
            return self.control(path)

        port = self.upstream_port(path)
        if port is None:
            return

        status = fault.matches(path)
        if status != 0:
            return self.reply(status, "Failed on purpose (dav-proxy fault)\n")

        # A multiget's answer is read whole, to take the resource out.
        body = None
        multiget = False
        if self.command == "REPORT" and fault.is_set():
            body = b"".join(self.body_chunks())
            multiget = MULTIGET.search(body) is not None

        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=900)
        try:
            try:
                response = self.send_upstream(connection, body)
            except OSError as error:
                # What is left of the request's body cannot be told apart.
                self.close_connection = True
                return self.reply(502, "The server did not answer: %s\n" % error, drain=False)
            self.relay(response, path if multiget else None)
        finally:
            connection.close()

    def relay(self, response, multiget_base):
        """Sends the server's @response back to the client."""
        data = None
        if multiget_base is not None and response.status == 207:
            data = self.server.fault.rewrite(response.read(), multiget_base)

        self.send_response_only(response.status, response.reason)
        self.log_request(response.status)
        for name, value in response.getheaders():
            lower = name.lower()
            if lower in HOP_BY_HOP or (lower == "content-length" and data is not None):
                continue
            self.send_header(name, value)

        no_body = (self.command == "HEAD" or response.status in (204, 304)
                   or 100 <= response.status < 200)
        chunked = False
        if data is not None:
            self.send_header("Content-Length", str(len(data)))
        elif not no_body and response.getheader("Content-Length") is None:
            if self.request_version == "HTTP/1.1":
                self.send_header("Transfer-Encoding", "chunked")
                chunked = True
            else:
                self.close_connection = True
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()

        if data is not None:
            self.wfile.write(data)
            return
        if no_body:
            return
        while True:
            piece = response.read1(CHUNK)
            if not piece:
                break
            self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece) if chunked else piece)
        if chunked:
            self.wfile.write(b"0\r\n\r\n")


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--upstream", type=int, help="the server's port, which checks passwords")
    parser.add_argument("--user", action="append", default=[], metavar="NAME:PASSWORD:PORT",
                        help="a user, and the port of that user's own server")
    args = parser.parse_args()
    if bool(args.upstream) == bool(args.user):
        parser.error("give either --upstream or --user")

    server = Server(("127.0.0.1", args.port), Handler)
    server.upstream = args.upstream
    server.users = {}
    for user in args.user:
        name, password, port = user.rsplit(":", 2)
        server.users[name] = (password, int(port))
    server.fault = Fault()
    server.serve_forever()


if __name__ == "__main__":
    main()
