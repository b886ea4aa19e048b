#!/usr/bin/env python3
"""Loopback server for `arize-api-keys-demo --http-benchmark`: answers the API-keys calls with
canned bodies (written by the benchmark from FakeArize) over HTTP/1.1 keep-alive, or over TLS
with a throwaway certificate. It runs in its own process so its CPU is not counted as the client's.

usage: benchmark-server.py BODIES_DIR [--cert CERT --key KEY]   (prints the port, then serves)
"""
import json
import os
import ssl
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

bodies_dir = sys.argv[1]
bodies = {name: open(f"{bodies_dir}/{name}.json", "rb").read() for name in ["page2", "page50", "page100", "last", "created"]}
page100 = json.loads(bodies["page100"])
PAGES = 51  # 50 pages of 100 keys, then a last page of 2: 5,002 keys


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Head and body go out in two writes: without TCP_NODELAY the body waits ~40 ms for the
    # client's delayed ACK (Nagle), and the benchmark would time that instead of the client.
    disable_nagle_algorithm = True

    def log_message(self, *args):
        pass

    def reply(self, status, body):
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        url = urlsplit(self.path)
        query = parse_qs(url.query)
        if url.path != "/v2/api-keys":
            return self.reply(404, b'{"title":"Not Found","status":404}')
        limit = query.get("limit", ["50"])[0]
        if limit == "100":
            page = int(query.get("cursor", ["c0"])[0][1:])
            if page >= PAGES - 1:
                return self.reply(200, bodies["last"])
            page100["pagination"]["next_cursor"] = f"c{page + 1}"
            return self.reply(200, json.dumps(page100).encode())
        return self.reply(200, bodies["page2"] if limit == "2" else bodies["page50"])

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.reply(201, bodies["created"])


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
if "--cert" in sys.argv:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(sys.argv[sys.argv.index("--cert") + 1], sys.argv[sys.argv.index("--key") + 1])
    server.socket = context.wrap_socket(server.socket, server_side=True)
# The benchmark holds this process's stdin open: when it ends (or dies), so does the server.
threading.Thread(target=lambda: (sys.stdin.buffer.read(), os._exit(0)), daemon=True).start()
print(server.server_address[1], flush=True)
server.serve_forever()
