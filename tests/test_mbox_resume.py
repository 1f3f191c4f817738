"""An mbox only grows: a rescan starts where the last one stopped, and anything else is read again."""

from __future__ import annotations

import json
import mailbox
from datetime import UTC, datetime, timedelta

from assistant.sources.mailbox import iter_mbox, mbox_checkpoint_holds
from tests.mailbox_builder import OWNER, mail, write_mbox

NOW = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)


def _msgs(start: int, n: int):
    return [mail(("Pat Lee", f"pat{i}@example.org"), f"Note {i}", f"Hello {i}", NOW - timedelta(days=30 - i))
            for i in range(start, start + n)]


def _scan(run, home, path):
    result = run("--home", home, "--now", NOW.isoformat(), "scan", "--source", f"mbox:{path}", "--json")
    assert result.code == 0, result.err
    return json.loads(result.out)


def _append(path, messages):
    box = mailbox.mbox(str(path))
    for msg in messages:
        box.add(msg)
    box.flush()
    box.close()


def test_a_rescan_reads_only_what_was_appended(run, home, tmp_path):
    path = write_mbox(tmp_path / "all.mbox", _msgs(0, 5))
    run("--home", home, "config", "set", "me.email", OWNER[1])
    first = _scan(run, home, path)
    assert first["new"] == 5
    _append(path, _msgs(5, 2))
    progress: dict = {}
    state = json.loads((home / "assistant.json").read_text())["state"]
    (checkpoint,) = [v["value"] for k, v in state.items() if k.startswith("resume:mbox:")]
    new_only = list(iter_mbox(path, checkpoint, progress))
    assert [r.source for r in new_only] == [f"{path}#5", f"{path}#6"]
    second = _scan(run, home, path)
    assert second["new"] == 2 and second["already_seen"] == 5 and second["seen"] == 7


def test_the_ids_of_resumed_messages_match_a_full_read(tmp_path):
    path = write_mbox(tmp_path / "all.mbox", _msgs(0, 4))
    progress: dict = {}
    list(iter_mbox(path, None, progress))
    _append(path, _msgs(4, 3))
    resumed = list(iter_mbox(path, dict(progress), {}))
    full = list(iter_mbox(path))
    assert [(r.id, r.source, r.data) for r in resumed] == [(r.id, r.source, r.data) for r in full[4:]]


def test_a_rewritten_mbox_is_read_again_from_the_start(run, home, tmp_path):
    path = write_mbox(tmp_path / "all.mbox", _msgs(0, 4))
    run("--home", home, "config", "set", "me.email", OWNER[1])
    _scan(run, home, path)
    path.unlink()
    write_mbox(path, [*_msgs(1, 3), *_msgs(10, 1)])  # a new export: one old message gone, one new
    summary = _scan(run, home, path)
    assert summary["seen"] == 4 and summary["new"] == 1 and summary["already_seen"] == 3


def test_a_checkpoint_does_not_hold_for_a_shorter_or_changed_file(tmp_path):
    path = write_mbox(tmp_path / "all.mbox", _msgs(0, 3))
    progress: dict = {}
    list(iter_mbox(path, None, progress))
    assert mbox_checkpoint_holds(path, progress)
    data = path.read_bytes()
    path.write_bytes(data.replace(b"Hello 2", b"Jello 2"))
    assert not mbox_checkpoint_holds(path, progress)
    path.write_bytes(data[: len(data) // 2])
    assert not mbox_checkpoint_holds(path, progress)
