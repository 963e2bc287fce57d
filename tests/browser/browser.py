"""What the browser tests share: the CLI under test, headless Chromium with
a fresh profile and no network, the DOM it dumps parsed into nodes, and the
two checks that a page requests nothing."""
import html.parser
import json
import os
import pathlib
import re
import shutil
import subprocess
import tempfile

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# The browser's own services (updates, accounts) are not the page's: only
# requests with the page as initiator count; background networking is off anyway.
QUIET = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync",
         "--disable-background-networking", "--disable-component-update", "--disable-features=Translate,MediaRouter",
         '--host-resolver-rules=MAP * ~NOTFOUND']


def cli_binary():
    binary = os.environ.get("ERM_CLI")
    if not binary:
        pytest.fail("ERM_CLI must name the eduroadmap binary (CTest sets it)")
    return binary


def chromium(*args, timeout=90):
    """Runs Chromium with a fresh profile; returns its standard output."""
    if not os.path.exists(CHROMIUM):
        pytest.fail("chromium is not installed (scripts/install-deps.sh installs it)")
    with tempfile.TemporaryDirectory() as profile:
        r = subprocess.run([CHROMIUM, *QUIET, f"--user-data-dir={profile}", *args], capture_output=True,
                           timeout=timeout)
    assert r.returncode == 0, r.stderr.decode("utf-8", "replace")[-2000:]
    return r.stdout.decode("utf-8")


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children, self.texts = tag, dict(attrs), parent, [], []

    def text(self):
        return "".join(t if isinstance(t, str) else t.text() for t in self.texts)

    def classes(self):
        return (self.attrs.get("class") or "").split()

    def walk(self):
        yield self
        for c in self.children:
            yield from c.walk()

    def find_all(self, tag=None, cls=None):
        return [n for n in self.walk() if n is not self and (tag is None or n.tag == tag)
                and (cls is None or cls in n.classes())]

    def by_id(self, ident):
        return next((n for n in self.walk() if n.attrs.get("id") == ident), None)


VOID = {"meta", "br", "link", "img", "input", "hr", "wbr", "rect", "line", "path", "circle"}


class Tree(html.parser.HTMLParser):
    """The dumped DOM as nodes (Chromium's serialisation is well formed)."""

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.at = self.root
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.at)
        self.at.children.append(node)
        self.at.texts.append(node)
        if tag not in VOID:
            self.at = node

    def handle_startendtag(self, tag, attrs):
        node = Node(tag, attrs, self.at)
        self.at.children.append(node)
        self.at.texts.append(node)

    def handle_endtag(self, tag):
        node = self.at
        while node is not self.root and node.tag != tag:
            node = node.parent
        if node is not self.root:
            self.at = node.parent

    def handle_data(self, data):
        self.at.texts.append(data)


def page_requests(netlog):
    """URLs the page itself asked for (the initiator is the page, not the browser)."""
    data = json.loads(netlog.read_text())
    start = data["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    return {e["params"]["url"] for e in data["events"]
            if e["type"] == start and "url" in e.get("params", {}) and e["params"].get("initiator") != "not an origin"}


def static_references(text):
    """What the HTML could fetch: href values that are not anchors, src, @import, url(."""
    found = [h for h in re.findall(r'href="([^"]*)"', text) if not h.startswith("#")]
    found += re.findall(r"\bsrc=", text) + re.findall(r"@import", text) + re.findall(r"url\(", text)
    found += re.findall(r'(?:href|src|action|data)="(?:https?:)?//', text)
    return found
