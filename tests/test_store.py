"""The store: real TinyDB files in temp dirs; atomic, versioned, locked, never half-written."""

from __future__ import annotations

import json
import os

import pytest

from assistant.errors import AlreadyRunning, StorageError
from assistant.store import DB_NAME, SCHEMA_VERSION, Store


def test_records_survive_a_reopen(tmp_path):
    with Store.open(tmp_path) as store:
        store.put("messages", "m1", {"label": "rejection"})
    with Store.open(tmp_path) as store:
        assert store.get("messages", "m1") == {"label": "rejection"}


def test_the_file_records_its_schema_version(tmp_path):
    with Store.open(tmp_path):
        pass
    data = json.loads((tmp_path / DB_NAME).read_text())
    assert data["meta"]["schema"]["version"] == SCHEMA_VERSION


def test_a_store_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / DB_NAME
    content = json.dumps({"meta": {"schema": {"version": SCHEMA_VERSION + 1}}, "messages": {"x": {"a": 1}}})
    path.write_text(content)
    with pytest.raises(StorageError, match="newer version"):
        Store.open(tmp_path)
    assert path.read_text() == content


def test_a_damaged_store_is_reported_and_left_alone(tmp_path):
    path = tmp_path / DB_NAME
    path.write_text('{"messages": {"x": ')
    with pytest.raises(StorageError, match="damaged"):
        Store.open(tmp_path)
    assert path.read_text() == '{"messages": {"x": '


def test_a_second_run_on_the_same_home_is_refused(tmp_path):
    with Store.open(tmp_path):
        with pytest.raises(AlreadyRunning):
            Store.open(tmp_path)
    with Store.open(tmp_path):  # released after the first closes
        pass


def test_unflushed_changes_are_dropped_by_abandon(tmp_path):
    with Store.open(tmp_path) as store:
        store.put("messages", "m1", {"a": 1})
    store = Store.open(tmp_path)
    store.put("messages", "m2", {"a": 2})
    store.abandon()
    with Store.open(tmp_path) as store:
        assert store.has("messages", "m1") and not store.has("messages", "m2")


def test_the_store_file_is_private(tmp_path):
    with Store.open(tmp_path) as store:
        store.put("messages", "m1", {"a": 1})
    assert oct(os.stat(tmp_path / DB_NAME).st_mode & 0o777) == "0o600"


def test_a_failed_write_leaves_the_old_file_intact(tmp_path, monkeypatch):
    with Store.open(tmp_path) as store:
        store.put("messages", "m1", {"a": 1})
    before = (tmp_path / DB_NAME).read_text()

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    store = Store.open(tmp_path)
    store.put("messages", "m2", {"a": 2})
    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(StorageError, match="disk is full"):
        store.flush()
    monkeypatch.undo()
    store.abandon()
    assert (tmp_path / DB_NAME).read_text() == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_update_delete_and_all_see_pending_writes(tmp_path):
    with Store.open(tmp_path) as store:
        store.put("contacts", "a@x.com", {"name": "A"})
        store.update("contacts", "a@x.com", {"paused": True})
        store.put("contacts", "b@x.com", {"name": "B"})
        store.delete("contacts", "b@x.com")
        assert [c["_key"] for c in store.all("contacts")] == ["a@x.com"]
        assert store.get("contacts", "a@x.com") == {"name": "A", "paused": True}
