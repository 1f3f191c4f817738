"""Every command has help; user errors are one sentence with exit code 2 and no traceback."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest

from assistant.cli import cli
from tests.conftest import DEV_CORPUS


def _commands(group: click.Group, prefix: tuple[str, ...] = ()):
    for name, command in sorted(group.commands.items()):
        yield (*prefix, name), command
        if isinstance(command, click.Group):
            yield from _commands(command, (*prefix, name))


ALL_COMMANDS = list(_commands(cli))


def test_the_cli_has_the_documented_commands():
    names = {" ".join(path) for path, _ in ALL_COMMANDS}
    for expected in ("scan", "classify", "drafts list", "drafts show", "drafts export", "demo", "review", "tag",
                     "contacts list", "contacts show", "contacts note", "contacts pause", "contacts done",
                     "due", "status", "config show", "config set"):
        assert expected in names


@pytest.mark.parametrize("path", [p for p, _ in ALL_COMMANDS], ids=lambda p: " ".join(p))
def test_every_command_has_help_text(path, run):
    command = dict(ALL_COMMANDS)[path]
    assert (command.help or "").strip(), f"{' '.join(path)} has no help text"
    result = run(*path, "--help")
    assert result.code == 0
    assert "Usage:" in result.out


def _one_sentence_error(result) -> None:
    assert result.code == 2
    assert "Traceback" not in result.err + result.out
    lines = [line for line in result.err.strip().splitlines() if line.strip()]
    assert len(lines) == 1, result.err


def test_a_missing_mbox_is_one_sentence_and_exit_2(run, home, tmp_path):
    result = run("--home", home, "scan", "--source", f"mbox:{tmp_path / 'nope.mbox'}")
    _one_sentence_error(result)
    assert "does not exist" in result.err


def test_an_unknown_source_kind_is_one_sentence_and_exit_2(run, home):
    result = run("--home", home, "scan", "--source", "imap:foo")
    _one_sentence_error(result)
    assert "mbox:PATH" in result.err


def test_a_file_that_is_not_an_mbox_is_refused_plainly(run, home, tmp_path):
    bogus = tmp_path / "photo.mbox"
    bogus.write_bytes(b"\x89PNG\r\n\x1a\nnot a mailbox")
    result = run("--home", home, "scan", "--source", f"mbox:{bogus}")
    _one_sentence_error(result)
    assert "does not look like an mbox" in result.err


def test_classify_of_a_missing_path_is_one_sentence(run, tmp_path):
    result = run("classify", tmp_path / "missing.eml")
    _one_sentence_error(result)


def test_a_bad_config_value_is_one_sentence(run, home):
    result = run("--home", home, "config", "set", "cadence.min_gap_days", "soon")
    _one_sentence_error(result)
    result = run("--home", home, "config", "set", "no.such.key", "1")
    _one_sentence_error(result)


def test_classify_json_has_exactly_the_contract_keys(run):
    result = run("classify", "--json", DEV_CORPUS / "d010.eml", DEV_CORPUS / "d047.eml")
    assert result.code == 0
    rows = [json.loads(line) for line in result.out.splitlines()]
    assert len(rows) == 2
    for row in rows:
        assert set(row) == {"source", "message_id", "label", "confidence", "reasons", "company",
                            "contact_first_name", "role", "interview_at", "return_date"}
        assert 0.0 <= row["confidence"] <= 1.0
        assert isinstance(row["reasons"], list) and row["reasons"]
    assert rows[0]["source"] == str(DEV_CORPUS / "d010.eml")


def test_classify_names_mbox_messages_path_hash_n(run, tmp_path):
    mbox = tmp_path / "two.mbox"
    parts = []
    for name in ("d047.eml", "d029.eml"):
        data = (DEV_CORPUS / name).read_bytes().replace(b"\r\n", b"\n")
        parts.append(b"From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n" + data + b"\n")
    mbox.write_bytes(b"".join(parts))
    result = run("classify", "--json", mbox)
    rows = [json.loads(line) for line in result.out.splitlines()]
    assert [r["source"] for r in rows] == [f"{mbox}#0", f"{mbox}#1"]
    assert rows[0]["label"] == "rejection"
    assert rows[1]["label"] == "other"


def test_config_set_and_show_report_values_and_origins(run, home):
    assert run("--home", home, "config", "set", "me.name", "Sam Okafor").code == 0
    result = run("--home", home, "config", "show", "--json")
    shown = json.loads(result.out)
    assert shown["me.name"] == {"value": "Sam Okafor", "from": "config file"}
    assert shown["tone"]["from"] == "default"


def test_home_can_come_from_the_environment(run, tmp_path, monkeypatch):
    target = tmp_path / "envhome"
    monkeypatch.setenv("ASSISTANT_HOME", str(target))
    assert run("config", "set", "me.email", "me@example.com").code == 0
    assert (target / "config.json").is_file()
    assert json.loads((target / "config.json").read_text())["me.email"] == "me@example.com"


def test_version_flag_works(run):
    result = run("--version")
    assert result.code == 0 and "assistant" in result.out


def test_state_files_stay_inside_home(run, home):
    run("--home", home, "scan", "--source", f"eml:{DEV_CORPUS}", "--json")
    assert (home / "assistant.json").is_file()
    assert not any(Path(p).exists() for p in ())


def test_classify_names_the_company_from_later_mail_of_the_same_domain(run):
    # d069 (9 Sep) is signed "Priyanka" only; d061 (10 Sep) from the same domain spells out the company
    alone = run("classify", "--json", DEV_CORPUS / "d069.eml")
    assert json.loads(alone.out)["company"] != "Aldergrove Health Partners"
    both = run("classify", "--json", DEV_CORPUS / "d069.eml", DEV_CORPUS / "d061.eml")
    rows = [json.loads(line) for line in both.out.splitlines()]
    assert [r["company"] for r in rows] == ["Aldergrove Health Partners", "Aldergrove Health Partners"]
