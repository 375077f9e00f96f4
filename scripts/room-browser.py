#!/usr/bin/env python3
"""The room's page in a real browser: headless Chromium driven over WebDriver (plain HTTP).

Starts `examples/room_demo.rs` on 127.0.0.1 and chromedriver on 127.0.0.1, opens the page as a
phone (390x844), sends an idea (with a name and some markup that must stay text), waits for the
page to say it arrived (only said once the demo acknowledged it as saved), gives three dots,
checks that the demo counted them, and takes screenshots at 390x844 and 1280x800 into /tmp.
Everything listens on and talks to 127.0.0.1 only, and every wait is bounded.

Needs Debian's `chromium` and `chromium-driver` (apt-get install -y chromium chromium-driver).
Run from the repository: python3 scripts/room-browser.py   (exit 0 when every check held)

With `--url URL --idea TEXT --dots N` it drives the page of a room cvc itself opened instead
(the integration test `tests/browser.rs` does this): as a phone it sends TEXT to the current
section, waits until the page says it arrived, gives N dots to the first entry of the open vote,
and prints DONE.
"""

import base64
import json
import os
import queue
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.environ.get("ROOM_SHOTS", "/tmp")
IDEA = "Night-shift dispatchers <script>alert(1)</script>"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Demo:
    """The example room, its output read line by line on a thread."""

    def __init__(self):
        subprocess.run(["cargo", "build", "--quiet", "--example", "room_demo"], cwd=ROOT, check=True)
        exe = os.path.join(ROOT, "target", "debug", "examples", "room_demo")
        self.proc = subprocess.Popen([exe, "0", "120"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.lines = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.url = self.expect("URL ", 20)[4:]

    def _read(self):
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))

    def expect(self, prefix, timeout=15):
        deadline = time.time() + timeout
        while time.time() < deadline:
            try:
                line = self.lines.get(timeout=max(0.05, deadline - time.time()))
            except queue.Empty:
                break
            print("  demo:", line)
            if line.startswith(prefix):
                return line
        raise AssertionError(f"the demo never printed {prefix!r}")

    def say(self, line):
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def stop(self):
        try:
            self.say("quit")
        except (BrokenPipeError, OSError):
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


class Driver:
    """A WebDriver session on a chromedriver we started."""

    def __init__(self, port, args, mobile=None):
        self.base = f"http://127.0.0.1:{port}"
        options = {"binary": "/usr/bin/chromium", "args": args}
        if mobile:
            options["mobileEmulation"] = mobile
        caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": options,
                                                 "goog:loggingPrefs": {"browser": "ALL"}}}}
        self.sid = self.call("POST", "/session", caps)["sessionId"]

    def call(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.base + path, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return json.load(response)["value"]
        except urllib.error.HTTPError as e:
            raise AssertionError(f"{method} {path}: {e.code} {e.read()[:300]!r}")

    def s(self, method, path, body=None):
        return self.call(method, f"/session/{self.sid}{path}", body)

    def find(self, css):
        found = self.s("POST", "/element", {"using": "css selector", "value": css})
        return next(iter(found.values()))

    def finds(self, css):
        return [next(iter(e.values())) for e in self.s("POST", "/elements", {"using": "css selector", "value": css})]

    def text(self, css):
        return self.s("GET", f"/element/{self.find(css)}/text")

    def click(self, element):
        self.s("POST", f"/element/{element}/click", {})

    def click_nth(self, css, n):
        """Clicks the n-th element that `css` finds (found again if the page redrew it)."""
        for _ in range(20):
            try:
                self.click(self.finds(css)[n])
                return
            except AssertionError as e:
                if "stale element" not in str(e):
                    raise
                time.sleep(0.1)
        raise AssertionError(f"{css}[{n}] kept being redrawn")

    def type(self, css, text):
        self.s("POST", f"/element/{self.find(css)}/value", {"text": text})

    def wait_text(self, css, needle, timeout=10):
        deadline = time.time() + timeout
        last = ""
        while time.time() < deadline:
            last = self.text(css)
            if needle in last:
                return last
            time.sleep(0.1)
        raise AssertionError(f"{css} never said {needle!r}; it says {last!r}")

    def shot(self, name):
        path = os.path.join(OUT, name)
        with open(path, "wb") as f:
            f.write(base64.b64decode(self.s("GET", "/screenshot")))
        print("  screenshot:", path)

    def console(self):
        try:
            return self.s("POST", "/se/log", {"type": "browser"})
        except AssertionError:
            return []

    def quit(self):
        try:
            self.s("DELETE", "")
        except Exception:  # noqa: BLE001 - the browser may be gone already
            pass


def main():
    demo = Demo()
    print("room:", demo.url)
    port = free_port()
    driver_proc = subprocess.Popen(["chromedriver", f"--port={port}"], stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
    sessions = []
    try:
        deadline = time.time() + 20
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/status", timeout=2)
                break
            except OSError:
                if time.time() > deadline:
                    raise
                time.sleep(0.2)
        common = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                  "--no-first-run", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--disable-default-apps", "--metrics-recording-only"]

        # The phone.
        phone = Driver(port, common, mobile={"deviceMetrics": {"width": 390, "height": 844, "pixelRatio": 1.0}})
        sessions.append(phone)
        phone.s("POST", "/url", {"url": demo.url})
        phone.wait_text("#status", "Live")
        demo.expect("JOINED 1")
        assert phone.text("#block") == "Stakeholders"
        assert "<b>not bold</b>" in phone.text("#entries"), "markup from the server is shown as text"
        phone.type("#idea", IDEA)
        phone.type("#name", "Ana")
        phone.click(phone.find("#to-section"))
        said = phone.wait_text("#sent", "Arrived")
        print("  page says:", said)
        line = demo.expect("IDEA ")
        assert line == f"IDEA Stakeholders|Ana|{IDEA}", line
        phone.wait_text("#entries", "(accepted) Night-shift dispatchers <script>")
        # Dots: two on the first entry, one on the second; then the budget is spent.
        plus = "#vote-entries button:not(.secondary)"
        phone.click_nth(plus, 0)
        phone.wait_text("#budget", "2 of 3")
        phone.click_nth(plus, 0)
        phone.wait_text("#budget", "1 of 3")
        phone.click_nth(plus, 1)
        phone.wait_text("#budget", "0 of 3")
        demo.expect("VOTERS 1")
        phone.type("#idea", "A second idea, still being written")
        phone.shot("room-phone-390x844.png")
        phone.s("POST", "/execute/sync", {"script": "window.scrollTo(0, 0)", "args": []})
        phone.shot("room-phone-390x844-top.png")
        phone.s("POST", "/execute/sync", {"script": "window.scrollTo(0, document.body.scrollHeight)", "args": []})
        phone.shot("room-phone-390x844-bottom.png")
        errors = [e for e in phone.console() if e.get("level") == "SEVERE"]
        assert not errors, errors

        # A laptop: a second device, same room.
        laptop = Driver(port, common, mobile={
            "deviceMetrics": {"width": 1280, "height": 800, "pixelRatio": 1.0, "mobile": False, "touch": False}})
        sessions.append(laptop)
        laptop.s("POST", "/url", {"url": demo.url})
        laptop.wait_text("#status", "Live")
        demo.expect("JOINED 2")
        laptop.wait_text("#budget", "3 of 3")  # it sees its own dots only, none yet
        laptop.shot("room-laptop-1280x800.png")

        demo.say("close-vote")
        vote = demo.expect("VOTE ")
        assert vote == "VOTE t1=2 t2=1 t3=0", vote
        print("all checks held")
    finally:
        for s in sessions:
            s.quit()
        driver_proc.terminate()
        try:
            driver_proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            driver_proc.kill()
        demo.stop()


def start_driver():
    """chromedriver on a free port of 127.0.0.1, and the browser's arguments."""
    port = free_port()
    proc = subprocess.Popen(["chromedriver", f"--port={port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 20
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/status", timeout=2)
            break
        except OSError:
            if time.time() > deadline:
                proc.kill()
                raise
            time.sleep(0.2)
    args = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-default-apps", "--metrics-recording-only",
            f"--user-data-dir=/tmp/cvc-browser-{os.getpid()}"]
    return port, proc, args


def against_app(url, idea, dots):
    """A phone on a room cvc opened: one idea, then `dots` dots on the first entry of the vote."""
    port, proc, args = start_driver()
    phone = None
    try:
        phone = Driver(port, args, mobile={"deviceMetrics": {"width": 390, "height": 844, "pixelRatio": 1.0}})
        phone.s("POST", "/url", {"url": url})
        phone.wait_text("#status", "Live", timeout=20)
        phone.type("#idea", idea)
        phone.click(phone.find("#to-section"))
        print("  page says:", phone.wait_text("#sent", "Arrived", timeout=20))
        plus = "#vote-entries button:not(.secondary)"
        for n in range(dots):
            phone.click_nth(plus, 0)
            phone.wait_text("#budget", f"{3 - n - 1} of 3")
        errors = [e for e in phone.console() if e.get("level") == "SEVERE"]
        assert not errors, errors
        print("DONE")
    finally:
        if phone:
            phone.quit()
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


if __name__ == "__main__":
    try:
        if "--url" in sys.argv:
            opts = dict(zip(sys.argv[1::2], sys.argv[2::2]))
            against_app(opts["--url"], opts.get("--idea", "An idea"), int(opts.get("--dots", "0")))
        else:
            main()
    except AssertionError as e:
        print("FAILED:", e, file=sys.stderr)
        sys.exit(1)
