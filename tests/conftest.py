"""Shared fixtures. Tests use real parts: real TinyDB files in temp dirs, the real CLI, and a local
Gmail API server spoken to by the real google-api-python-client."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.gmail_fixtures import fake_clock, gmail_client, gmail_home, gmail_server  # noqa: F401

FIXTURES = Path(__file__).parent / "fixtures"
DEV_CORPUS = FIXTURES / "corpus" / "dev"

# A fixed clock for the tests that scan the dev corpus and the sample mailbox.
NOW = "2026-11-20T18:00:00+00:00"


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test reads the developer's real config, clock override or proxy settings."""
    for var in ("ASSISTANT_HOME", "ASSISTANT_NOW", "ASSISTANT_GMAIL_ENDPOINT", "ASSISTANT_OAUTH_TOKEN_URI"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("COLUMNS", "200")


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]):
    """Run the real CLI entry point in-process: run("--home", h, "scan", ...) -> Result."""
    from assistant.cli import main

    def _run(*args: str | os.PathLike[str]) -> Result:
        capsys.readouterr()
        try:
            main([str(a) for a in args])
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return _run


@pytest.fixture
def home(tmp_path: Path) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    return path
