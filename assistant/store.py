"""Durable state in one TinyDB file. The only importer of tinydb.

- Atomic writes: the whole database is written to a temp file in the same folder, fsynced, then
  `os.replace`d over the old one, so a crash leaves either the old or the new file, never half of one.
  (TinyDB's own JSONStorage rewrites the file in place: a crash mid-write leaves invalid JSON.)
- Writes are cached in memory and flushed at the points the service chooses (`flush()`), so a scan of
  10,000 messages does not rewrite the file 10,000 times.
- The file records a schema version and is refused when it is newer than this code.
- One lock per run (`filelock`, non-blocking): a second run exits at once with `AlreadyRunning`.

What is stored: ids, dates, addresses, subjects, labels, confidences, reasons and extracted facts.
Never message bodies.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from tinydb import TinyDB
from tinydb.middlewares import CachingMiddleware
from tinydb.storages import Storage
from tinydb.table import Table

from assistant.errors import AlreadyRunning, StorageError, disk_error_sentence

SCHEMA_VERSION = 1
DB_NAME = "assistant.json"
LOCK_NAME = "assistant.lock"

TABLES = ("meta", "messages", "contacts", "drafts", "state", "failures", "corrections", "review")


class _StrIdTable(Table):
    """Documents keyed by our own string ids (message ids, email addresses, draft ids)."""

    document_id_class = str

    def _get_next_id(self):  # pragma: no cover - we always give ids
        raise TypeError("documents in this store need an explicit id")


class _NoAutoIdTinyDB(TinyDB):
    table_class = _StrIdTable


class AtomicJSONStorage(Storage):
    """JSON storage that replaces the file atomically on every write."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        # Serialized tables from the last write, and the tables changed since (set by Store.flush): a
        # flush that changes one draft re-serializes the drafts table, not 10,000 messages.
        self._serialized: dict[str, str] = {}
        self.changed: set[str] | None = None  # None: all tables may have changed

    def read(self) -> dict[str, dict[str, Any]] | None:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise StorageError(
                f"Could not read {self.path} ({exc.strerror}); check its permissions."
            ) from exc
        if not text.strip():
            return None
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise StorageError(
                f"The store {self.path} is damaged (not valid JSON); move it aside to start afresh."
            ) from exc
        if not isinstance(data, dict):
            raise StorageError(
                f"The store {self.path} is damaged (unexpected content); move it aside to start afresh."
            )
        return data

    def _pieces(self, data: dict[str, dict[str, Any]]) -> list[str]:
        """The text of json.dumps(data, sort_keys=True) as pieces, built from per-table parts (a table
        not changed since the last write is not serialized again)."""
        serialized = {}
        for name in sorted(data):
            cached = self._serialized.get(name)
            if cached is None or self.changed is None or name in self.changed:
                self._serialized.pop(name, None)  # let the old text go before making the new one
                cached = json.dumps(data[name], ensure_ascii=False, separators=(",", ":"), sort_keys=True)
            serialized[name] = cached
        self._serialized = serialized
        self.changed = set()
        pieces = ["{"]
        for i, (name, text) in enumerate(serialized.items()):
            pieces += [("," if i else "") + json.dumps(name, ensure_ascii=False) + ":", text]
        pieces.append("}")
        return pieces

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        try:
            pieces = self._pieces(data)
        except BaseException:
            self._serialized = {}
            self.changed = None
            raise
        tmp_name = None
        try:
            fd, tmp_name = tempfile.mkstemp(prefix=".assistant-", suffix=".tmp", dir=self.path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                for piece in pieces:  # written piece by piece: no second copy of the whole store in memory
                    fh.write(piece)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp_name, 0o600)
            os.replace(tmp_name, self.path)
            tmp_name = None
            _fsync_dir(self.path.parent)
        except OSError as exc:
            raise StorageError(disk_error_sentence(exc, self.path)) from exc
        finally:
            if tmp_name:
                try:
                    os.unlink(tmp_name)
                except OSError:
                    pass

    def close(self) -> None:
        pass


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class _Caching(CachingMiddleware):
    WRITE_CACHE_SIZE = 10**9  # flush only when asked


class Store:
    """The assistant's state. Use as a context manager: `with Store.open(data_dir) as store:`."""

    def __init__(self, data_dir: Path, lock: bool = True) -> None:
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / DB_NAME
        self._lock: FileLock | None = None
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(disk_error_sentence(exc, self.path)) from exc
        if lock:
            self._lock = FileLock(str(self.data_dir / LOCK_NAME), timeout=0)
            try:
                self._lock.acquire()
            except Timeout as exc:
                raise AlreadyRunning(
                    "Another assistant run is using this home right now; wait for it to finish and try again."
                ) from exc
            except OSError as exc:
                raise StorageError(disk_error_sentence(exc, self.path)) from exc
        try:
            self._db = _NoAutoIdTinyDB(str(self.path), storage=_Caching(AtomicJSONStorage))
            self._tables = {name: self._db.table(name, cache_size=0) for name in TABLES}
            self._pending: dict[str, dict[str, dict[str, Any] | None]] = {name: {} for name in TABLES}
            self._dirty = False
            self._check_schema()
        except BaseException:
            self._release()
            raise

    @classmethod
    def open(cls, data_dir: Path, lock: bool = True) -> Store:
        return cls(data_dir, lock=lock)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _check_schema(self) -> None:
        meta = self.get("meta", "schema")
        if meta is None:
            self.put("meta", "schema", {"version": SCHEMA_VERSION})
            return
        version = meta.get("version")
        if not isinstance(version, int) or version > SCHEMA_VERSION:
            raise StorageError(
                f"The store {self.path} was written by a newer version of the assistant (schema {version}); "
                "upgrade the assistant to use it."
            )

    # --- lifecycle -----------------------------------------------------------------------------

    def flush(self) -> None:
        """Write everything changed so far to disk, atomically (one file replace)."""
        if not self._dirty:
            return
        changed: set[str] = set()
        for name, pending in self._pending.items():
            if not pending:
                continue

            def apply(table: dict[str, Any], pending: dict[str, dict[str, Any] | None] = pending) -> None:
                for key, record in pending.items():
                    if record is None:
                        table.pop(key, None)
                    else:
                        table[key] = record

            # One pass over the table per flush: TinyDB's insert/update copy the whole table on each
            # call, which is quadratic for thousands of single writes.
            self._tables[name]._update_table(apply)
            pending.clear()
            changed.add(name)
        storage = self._db.storage.storage
        storage.changed = None if storage.changed is None else storage.changed | changed
        self._db.storage.flush()
        self._dirty = False

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self._release()

    def abandon(self) -> None:
        """Release the lock without writing unflushed changes (after an error)."""
        for pending in self._pending.values():
            pending.clear()
        self._dirty = False
        self._release()

    def _release(self) -> None:
        if self._lock is not None and self._lock.is_locked:
            self._lock.release()

    # --- generic access ------------------------------------------------------------------------

    def get(self, table: str, key: str) -> dict[str, Any] | None:
        pending = self._pending[table]
        if key in pending:
            record = pending[key]
            return dict(record) if record is not None else None
        doc = self._raw(table).get(key)
        return dict(doc) if doc is not None else None

    def put(self, table: str, key: str, record: dict[str, Any]) -> None:
        """Insert or replace one record (written at the next flush)."""
        self._pending[table][key] = dict(record)
        self._dirty = True

    def update(self, table: str, key: str, fields: dict[str, Any]) -> None:
        record = self.get(table, key)
        if record is None:
            raise KeyError(key)
        record.update(fields)
        self.put(table, key, record)

    def delete(self, table: str, key: str) -> None:
        if self.has(table, key):
            self._pending[table][key] = None
            self._dirty = True

    def has(self, table: str, key: str) -> bool:
        pending = self._pending[table]
        if key in pending:
            return pending[key] is not None
        return key in self._raw(table)

    def all(self, table: str) -> list[dict[str, Any]]:
        """Every record (a copy the caller may change), each with its key under `_key`."""
        return [dict(record) | {"_key": key} for key, record in self.items(table)]

    def items(self, table: str) -> list[tuple[str, dict[str, Any]]]:
        """Every (key, record), without copying: for reading only, never change the records.

        Scans read the whole messages table several times; copying 10,000 records each time cost
        memory and seconds."""
        raw = self._raw(table)
        pending = self._pending[table]
        if not pending:
            return list(raw.items())
        merged: dict[str, Any] = dict(raw)
        for key, record in pending.items():
            if record is None:
                merged.pop(key, None)
            else:
                merged[key] = record
        return list(merged.items())

    def keys(self, table: str) -> list[str]:
        return [key for key, _ in self.items(table)]

    def count(self, table: str) -> int:
        return len(self.items(table))

    def _raw(self, table: str) -> dict[str, Any]:
        data = self._db.storage.read() or {}
        return data.get(table, {})

    # --- scan state ----------------------------------------------------------------------------

    def state(self, key: str, default: Any = None) -> Any:
        doc = self.get("state", key)
        return doc["value"] if doc is not None else default

    def set_state(self, key: str, value: Any) -> None:
        self.put("state", key, {"value": value})
