"""Sign-in: the installed-app flow, the token file (0600, atomic), refresh, status and sign-out,
against the local server's OAuth endpoints."""

from __future__ import annotations

import json
import logging
import os
import stat
import sys
import threading
import urllib.request
import webbrowser
from pathlib import Path

import pytest

from assistant import auth
from assistant.errors import AuthError, UserError

try:
    from tests.gmail_fixtures import fake_clock, gmail_home, gmail_server  # noqa: F401
    from tests.gmail_server import CLIENT_ID, CLIENT_SECRET, MODIFY, GmailServer
except ImportError:
    from gmail_fixtures import fake_clock, gmail_home, gmail_server  # noqa: F401
    from gmail_server import CLIENT_ID, CLIENT_SECRET, MODIFY, GmailServer


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def client_secrets(tmp_path: Path, server: GmailServer) -> Path:
    path = tmp_path / "client_secret.json"
    path.write_text(
        json.dumps(
            {
                "installed": {
                    "client_id": CLIENT_ID,
                    "client_secret": CLIENT_SECRET,
                    "auth_uri": server.auth_uri,
                    "token_uri": server.token_uri,
                    "redirect_uris": ["http://localhost"],
                }
            }
        )
    )
    return path


def consent_in_background(url: str) -> None:
    """Play the user's browser: open the consent URL, which redirects back to the local flow server."""

    def visit() -> None:
        with urllib.request.urlopen(url, timeout=10) as resp:
            resp.read()

    threading.Thread(target=visit, daemon=True).start()


def test_scopes_are_readonly_and_compose_and_modify_only_with_labels() -> None:
    assert auth.scopes(False) == [
        "https://www.googleapis.com/auth/gmail.readonly",
        "https://www.googleapis.com/auth/gmail.compose",
    ]
    assert auth.scopes(True)[-1] == "https://www.googleapis.com/auth/gmail.modify"


def test_sign_in_with_a_browser_saves_a_0600_token(
    tmp_path: Path, gmail_server: GmailServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Browser:
        def open(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
            consent_in_background(url)
            return True

    monkeypatch.setattr(webbrowser, "get", lambda using=None: Browser())
    home = tmp_path / "home"
    path = auth.run_auth(home, client_secrets(tmp_path, gmail_server), open_browser=True, port=0)

    assert path == home / "token.json"
    assert mode(path) == 0o600
    info = json.loads(path.read_text())
    assert info["refresh_token"] in gmail_server.refresh_tokens
    assert set(info["scopes"]) == set(auth.SCOPES)
    assert [p.name for p in home.iterdir()] == ["token.json"]  # no temp file left behind


def test_headless_sign_in_prints_the_url_and_asks_for_modify_when_labels_are_on(
    tmp_path: Path, gmail_server: GmailServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed: list[str] = []

    class Terminal:
        def write(self, text: str) -> int:
            printed.append(text)
            for word in text.split():
                if word.startswith(gmail_server.auth_uri):
                    consent_in_background(word)
            return len(text)

        def flush(self) -> None:
            pass

    monkeypatch.setattr(webbrowser, "get", lambda using=None: pytest.fail("no browser should open"))
    monkeypatch.setattr(sys, "stdout", Terminal())
    auth.run_auth(
        tmp_path, client_secrets(tmp_path, gmail_server), open_browser=False, port=0, labels_enabled=True
    )
    assert any(gmail_server.auth_uri in text for text in printed)
    assert MODIFY in json.loads((tmp_path / "token.json").read_text())["scopes"]


def test_missing_client_file_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="Desktop app"):
        auth.run_auth(tmp_path, tmp_path / "nope.json", open_browser=False)


def test_missing_token_is_an_auth_error(tmp_path: Path) -> None:
    with pytest.raises(AuthError, match="assistant auth"):
        auth.load_credentials(tmp_path)


def test_token_file_readable_by_others_is_warned_about(
    gmail_home: Path, caplog: pytest.LogCaptureFixture
) -> None:
    os.chmod(gmail_home / "token.json", 0o644)
    with caplog.at_level(logging.WARNING, logger="assistant.auth"):
        auth.load_credentials(gmail_home)
    assert "chmod 600" in caplog.text
    assert auth.token_mode_warning(gmail_home) is not None
    for record in caplog.records:  # never log tokens
        assert "ya29." not in record.getMessage() and "1//" not in record.getMessage()


def test_expired_token_is_refreshed_and_saved_back_with_mode_0600(
    gmail_home: Path, gmail_server: GmailServer
) -> None:
    gmail_server.write_token(gmail_home, expired=True)
    old = json.loads((gmail_home / "token.json").read_text())
    creds = auth.load_credentials(gmail_home)
    new = json.loads((gmail_home / "token.json").read_text())
    assert creds.valid and creds.token != old["token"]
    assert new["token"] == creds.token and new["refresh_token"] == old["refresh_token"]
    assert mode(gmail_home / "token.json") == 0o600


def test_token_uri_override_wins_over_the_one_in_the_file(
    gmail_home: Path, gmail_server: GmailServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    gmail_server.write_token(gmail_home, expired=True)
    info = json.loads((gmail_home / "token.json").read_text())
    info["token_uri"] = "https://oauth2.googleapis.com/token"
    (gmail_home / "token.json").write_text(json.dumps(info))
    monkeypatch.delenv("ASSISTANT_GMAIL_ENDPOINT")
    monkeypatch.setenv("ASSISTANT_OAUTH_TOKEN_URI", gmail_server.token_uri)
    creds = auth.load_credentials(gmail_home)
    assert creds.token_uri == gmail_server.token_uri
    assert gmail_server.call_log.count("token") == 1


def test_revoked_refresh_token_is_one_sentence(gmail_home: Path, gmail_server: GmailServer) -> None:
    gmail_server.write_token(gmail_home, expired=True)
    gmail_server.revoke_all()
    with pytest.raises(AuthError) as err:
        auth.load_credentials(gmail_home)
    assert str(err.value) == auth.EXPIRED_SENTENCE


def test_status_says_who_is_signed_in_with_which_scopes(gmail_home: Path, tmp_path: Path) -> None:
    status = auth.auth_status(gmail_home)
    assert status["signed_in"] is True
    assert status["email"] == "owner@example.com"
    assert status["scopes"] == sorted(auth.SCOPES)
    assert status["expiry"] and status["warning"] is None
    assert "ya29." not in json.dumps(status)

    nobody = auth.auth_status(tmp_path / "empty")
    assert nobody["signed_in"] is False and "assistant auth" in nobody["error"]


def test_revoke_signs_out_at_the_server_and_deletes_the_token(
    gmail_home: Path, gmail_server: GmailServer
) -> None:
    refresh = json.loads((gmail_home / "token.json").read_text())["refresh_token"]
    assert auth.revoke(gmail_home) is True
    assert not (gmail_home / "token.json").exists()
    assert refresh in gmail_server.revoked and refresh not in gmail_server.refresh_tokens
    assert auth.revoke(gmail_home) is False  # already signed out


def test_save_is_atomic_and_private(tmp_path: Path) -> None:
    class Creds:
        def to_json(self) -> str:
            return '{"token": "t"}'

    (tmp_path / "token.json").write_text("old")
    os.chmod(tmp_path / "token.json", 0o644)
    path = auth.save_credentials(tmp_path, Creds())
    assert path.read_text() == '{"token": "t"}'
    assert mode(path) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["token.json"]
