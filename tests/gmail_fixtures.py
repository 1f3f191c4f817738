"""Shared pytest fixtures for the local Gmail API server. Import them in tests/conftest.py:

from tests.gmail_fixtures import fake_clock, gmail_client, gmail_home, gmail_server  # noqa: F401
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

try:
    from tests.gmail_server import FakeClock, GmailServer
except ImportError:  # tests/ is on sys.path instead of the repository root
    from gmail_server import FakeClock, GmailServer  # type: ignore[no-redef]

PROXY_VARS = ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY")


@pytest.fixture
def fake_clock() -> FakeClock:
    """A clock that moves only when the client sleeps: backoff in tests takes no real time."""
    return FakeClock()


@pytest.fixture
def gmail_server(fake_clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> Iterator[GmailServer]:
    """A running local Gmail API (owner@example.com). Sets ASSISTANT_GMAIL_ENDPOINT to it, clears proxy
    variables and allows OAuth over http. Fails the test at teardown if the server saw any violation
    (unknown call or parameter, a send attempt, a badly threaded draft)."""
    for var in PROXY_VARS:
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")
    monkeypatch.delenv("ASSISTANT_OAUTH_TOKEN_URI", raising=False)
    server = GmailServer(clock=fake_clock.time)
    server.start()
    monkeypatch.setenv("ASSISTANT_GMAIL_ENDPOINT", server.endpoint)
    try:
        yield server
    finally:
        server.stop()
    if server.violations:
        pytest.fail("Gmail test server violations:\n" + "\n".join(server.violations), pytrace=False)


@pytest.fixture
def gmail_home(tmp_path: Path, gmail_server: GmailServer) -> Path:
    """A home directory holding a valid token.json (0600) for gmail_server (readonly + compose)."""
    home = tmp_path / "home"
    gmail_server.write_token(home)
    return home


@pytest.fixture
def gmail_client(gmail_home: Path, gmail_server: GmailServer, fake_clock: FakeClock):  # noqa: ANN201
    """A GmailClient signed in to gmail_server whose backoff sleeps on fake_clock."""
    from assistant.sources.gmail import GmailClient

    return GmailClient.from_home(gmail_home, endpoint=gmail_server.endpoint, sleep=fake_clock.sleep)
