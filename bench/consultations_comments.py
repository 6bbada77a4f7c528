#!/usr/bin/env python
"""Benchmark: citizens posting comments on an open draft, against gunicorn on PostgreSQL.

    .venv/bin/python bench/consultations_comments.py [--requests 2000] [--clients 16]

What it does, all on this machine (127.0.0.1 only), bounded in count and time:
1. (re)creates the PostgreSQL database ``portal_bench_consult``, migrates it and loads the demo
   (which has the seed regulation open for comment);
2. starts gunicorn with the production settings, ``REDIS_URL`` so every worker shares the rate
   limit, and the rate limit for ``consultation-comment`` raised through the environment
   (``PORTAL_RATE_LIMITS``) — every client comes from 127.0.0.1;
3. runs ``--clients`` concurrent clients; each GETs the draft page once to receive its CSRF cookie
   and token, then POSTs valid comments (whole draft or one Điều, some text in NFD) until
   ``--requests`` have been sent in total, reading the receipt code from each answer;
4. stops gunicorn and checks that no answer was a 5xx, that every receipt code it got back exists
   exactly once in the database, and that the database holds exactly one new comment per accepted
   POST. Prints throughput and latency; exits non-zero when a check fails.

Results are recorded in ``bench/README.md``.
"""

import argparse
import http.client
import os
import re
import secrets
import signal
import statistics
import subprocess
import sys
import threading
import time
import unicodedata
import urllib.parse
from pathlib import Path

import psycopg2

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
DRAFT_PATH = "/lay-y-kien/du-thao-quy-che-trang-thong-tin-dien-tu/"
RECEIPT = re.compile(r'data-receipt="(GY-[A-Z0-9]{4}-[A-Z0-9]{4})"')
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
TEXTS = [
    "Đề nghị bổ sung thời hạn cập nhật thông tin trong 02 ngày làm việc.",
    unicodedata.normalize("NFD", "Nên quy định rõ trách nhiệm của Ban Biên tập khi đăng tin."),
    "Tôi đồng ý với dự thảo; đề nghị sớm ban hành để thực hiện thống nhất.",
]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn sync workers")
    parser.add_argument("--port", type=int, default=8190)
    parser.add_argument("--db", default="portal_bench_consult")
    parser.add_argument("--pg", default="postgres://postgres@127.0.0.1:5432")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/0")
    parser.add_argument("--timeout", type=float, default=600, help="give up after this many s")
    return parser.parse_args()


def server_env(args):
    env = dict(os.environ)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "DATABASE_URL": f"{args.pg}/{args.db}",
            "REDIS_URL": args.redis,
            "SECRET_KEY": "bench-" + secrets.token_urlsafe(40),
            "SECURE_SSL_REDIRECT": "false",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
            "PORTAL_RATE_LIMITS": "consultation-comment=1000000/600",
            "LOG_LEVEL": "ERROR",
        }
    )
    return env


def run(cmd, env):
    subprocess.run(cmd, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def prepare_database(args, env):
    conn = psycopg2.connect(f"{args.pg}/postgres")
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(f'DROP DATABASE IF EXISTS "{args.db}"')
        cur.execute(f'CREATE DATABASE "{args.db}"')
    conn.close()
    run([PYTHON, "manage.py", "migrate", "--noinput"], env)
    run([PYTHON, "manage.py", "load_demo"], env)
    run([PYTHON, "manage.py", "collectstatic", "--noinput"], env)


def start_server(args, env):
    process = subprocess.Popen(
        [
            GUNICORN,
            "portal.wsgi",
            "--bind",
            f"127.0.0.1:{args.port}",
            "--workers",
            str(args.workers),
            "--timeout",
            "60",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            status, _headers, _body = request(args.port, "GET", DRAFT_PATH)
            if status == 200:
                return process
        except OSError:
            pass
        time.sleep(0.5)
    stop_server(process)
    raise SystemExit("gunicorn did not answer within 60 s")


def stop_server(process):
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        os.killpg(process.pid, signal.SIGKILL)


def request(port, method, path, body=None, cookies=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Host": f"127.0.0.1:{port}"}
    if cookies:
        headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
    if body is not None:
        body = urllib.parse.urlencode(body).encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    try:
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        data = response.read().decode("utf-8", errors="replace")
        return response.status, response.getheaders(), data
    finally:
        conn.close()


class Client(threading.Thread):
    def __init__(self, number, port, counter, lock, deadline):
        super().__init__(daemon=True)
        self.number, self.port, self.counter, self.lock = number, port, counter, lock
        self.deadline = deadline
        self.results = []  # (status, seconds, receipt or None)
        self.error = None

    def take(self):
        with self.lock:
            if self.counter[0] <= 0:
                return None
            self.counter[0] -= 1
            return self.counter[0]

    def run(self):
        try:
            status, headers, html = request(self.port, "GET", DRAFT_PATH)
            cookies = {}
            for name, value in headers:
                if name.lower() == "set-cookie":
                    key, _sep, rest = value.partition("=")
                    cookies[key] = rest.split(";", 1)[0]
            token = TOKEN.search(html).group(1)
            while time.monotonic() < self.deadline:
                n = self.take()
                if n is None:
                    break
                data = {
                    "csrfmiddlewaretoken": token,
                    "full_name": f"Người đo tải {self.number}-{n}",
                    "email": f"bench{self.number}.{n}@example.org" if n % 3 else "",
                    "phone": f"09{n % 100:02d} {n:06d}"[:13],
                    "organisation": "",
                    "address": "",
                    "target": str(n % 18 or ""),
                    "text": TEXTS[n % len(TEXTS)] + f" (#{n})",
                    "consent": "on",
                    "website": "",
                }
                started = time.perf_counter()
                status, _headers, html = request(
                    self.port, "POST", DRAFT_PATH + "gop-y/", data, cookies
                )
                elapsed = time.perf_counter() - started
                match = RECEIPT.search(html) if status == 200 else None
                self.results.append((status, elapsed, match.group(1) if match else None))
        except Exception as exc:  # noqa: BLE001 - reported after the run
            self.error = repr(exc)


def count_comments(args):
    conn = psycopg2.connect(f"{args.pg}/{args.db}")
    with conn, conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM consultations_comment")
        total = cur.fetchone()[0]
    conn.close()
    return total


def receipts_in_db(args, receipts):
    conn = psycopg2.connect(f"{args.pg}/{args.db}")
    with conn, conn.cursor() as cur:
        cur.execute(
            "SELECT receipt_code, count(*) FROM consultations_comment "
            "WHERE receipt_code = ANY(%s) GROUP BY receipt_code",
            (list(receipts),),
        )
        found = dict(cur.fetchall())
    conn.close()
    return found


def main():
    args = parse_args()
    env = server_env(args)
    print(f"Preparing database {args.db} (migrate, load_demo, collectstatic)…", flush=True)
    prepare_database(args, env)
    before = count_comments(args)
    server = start_server(args, env)
    counter, lock = [args.requests], threading.Lock()
    deadline = time.monotonic() + args.timeout
    clients = [Client(i, args.port, counter, lock, deadline) for i in range(args.clients)]
    try:
        started = time.perf_counter()
        for client in clients:
            client.start()
        for client in clients:
            client.join(timeout=max(1, deadline - time.monotonic()))
        wall = time.perf_counter() - started
    finally:
        stop_server(server)

    results = [result for client in clients for result in client.results]
    errors = [client.error for client in clients if client.error]
    statuses = {}
    for status, _elapsed, _receipt in results:
        statuses[status] = statuses.get(status, 0) + 1
    receipts = [receipt for status, _e, receipt in results if status == 200 and receipt]
    latencies = sorted(elapsed for _s, elapsed, _r in results)
    found = receipts_in_db(args, set(receipts))
    after = count_comments(args)

    failures = []
    if errors:
        failures.append(f"client errors: {errors[:3]}")
    if len(results) != args.requests:
        failures.append(f"sent {len(results)} of {args.requests} requests")
    if any(status >= 500 for status in statuses):
        failures.append(f"5xx answers: {statuses}")
    if len(receipts) != statuses.get(200, 0):
        failures.append("a 200 answer without a receipt code")
    if len(set(receipts)) != len(receipts):
        failures.append("the same receipt code was returned twice")
    missing = [r for r in receipts if found.get(r) != 1]
    if missing:
        failures.append(f"{len(missing)} receipts not stored exactly once, e.g. {missing[:3]}")
    if after - before != len(receipts):
        failures.append(f"{after - before} new rows for {len(receipts)} accepted comments")

    p50 = statistics.median(latencies) if latencies else 0
    p95 = latencies[int(len(latencies) * 0.95) - 1] if latencies else 0
    print(f"requests: {len(results)}  clients: {args.clients}  gunicorn workers: {args.workers}")
    print(f"statuses: {statuses}")
    print(f"wall time: {wall:.1f} s  throughput: {len(results) / wall:.1f} comments/s")
    print(
        f"latency p50: {p50 * 1000:.0f} ms  p95: {p95 * 1000:.0f} ms  max: {latencies[-1] * 1000:.0f} ms"
    )
    print(f"receipts stored exactly once: {len(receipts) - len(missing)}/{len(receipts)}")
    if failures:
        print("FAILED: " + "; ".join(failures))
        return 1
    print("OK: no 5xx, every receipt exists exactly once")
    return 0


if __name__ == "__main__":
    sys.exit(main())
