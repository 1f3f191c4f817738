"""Score the classifier and extractor on a labelled folder (*.eml + labels.csv).

    python bench/classify_eval.py DIR [--owner EMAIL] [--errors] [--json]

Prints per-label precision/recall/F1, macro-F1, accuracy, extraction exact-match accuracy
(company, contact_first_name, role, return_date; case-insensitive, over rows of that label
kind where the field is scored; interview_at, the same instant, over interview rows when labels.csv has
that column), a confusion matrix, and messages per second.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from score_cli import same_instant  # noqa: E402 (a sibling in bench/)

from assistant.classify import classify  # noqa: E402
from assistant.extract import extract  # noqa: E402
from assistant.models import LABELS  # noqa: E402
from assistant.parse import parse_bytes  # noqa: E402

DEFAULT_OWNER = "sam.okafor.jobs@gmail.com"
FIELDS = ("company", "contact_first_name", "role", "return_date", "interview_at")


def _norm(value: Any) -> str:
    return " ".join(str(value or "").split()).casefold()


def known_companies_from(msgs: list[Any], owner: str) -> dict[str, str]:
    """What a mailbox that has seen these messages would know: sender domain -> the company most often
    extracted from its mail (ties: the longer name). A stand-in for the companies the service stores."""
    from assistant.classify import ats_name
    from assistant.classify_rules import PERSONAL_DOMAINS

    seen: dict[str, dict[str, int]] = {}
    for msg in msgs:
        dom = msg.from_email.rpartition("@")[2].lower()
        if not dom or dom in PERSONAL_DOMAINS or ats_name(msg.from_email):
            continue
        company = extract(msg, classify(msg, owner_email=owner).label, owner_email=owner).company
        if company:
            seen.setdefault(dom, {}).setdefault(company, 0)
            seen[dom][company] += 1
    def rank(dom: str, name: str, count: int) -> tuple[bool, int, int]:
        # A name only spelled from the domain ("Mosaichealthnet") is a last resort.
        from_domain = " " not in name and name.lower() in dom.replace("-", "")
        return (not from_domain, count, len(name))

    return {d: max(c.items(), key=lambda kv: rank(d, kv[0], kv[1]))[0] for d, c in seen.items()}


def evaluate(folder: Path, owner: str = DEFAULT_OWNER, context: bool = False) -> dict[str, Any]:
    """Classify and extract every labelled message in `folder`; return the scores.

    With `context`, extraction also gets the companies known per sender domain from the folder's
    other mail (as the service passes what it stored from earlier mail)."""
    with open(folder / "labels.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    msgs = [
        parse_bytes((folder / r["file"]).read_bytes(), id=r["file"], source=str(folder / r["file"]))
        for r in rows
    ]
    known = known_companies_from(msgs, owner) if context else None
    t0 = time.perf_counter()
    results = []
    for msg in msgs:
        c = classify(msg, owner_email=owner)
        f = extract(msg, c.label, owner_email=owner, known_companies=known)
        results.append((c, f))
    elapsed = time.perf_counter() - t0

    confusion = {g: dict.fromkeys(LABELS, 0) for g in LABELS}
    errors = []
    field_hits = dict.fromkeys(FIELDS, 0)
    field_total = dict.fromkeys(FIELDS, 0)
    field_errors: list[tuple[str, str, str, str]] = []
    for row, (c, f) in zip(rows, results, strict=True):
        gold = row["label"]
        confusion[gold][c.label] += 1
        if gold != c.label:
            errors.append((row["file"], gold, c.label, c.confidence, "; ".join(c.reasons)))
        # Extraction is scored against the gold row whatever the predicted label, on rows that state a value
        # and, for empty gold values, on job rows only (other mail rarely has meaningful fields).
        got = {
            "company": f.company,
            "contact_first_name": f.contact_first_name,
            "role": f.role,
            "return_date": f.return_date.isoformat() if f.return_date else "",
            "interview_at": f.interview_at.isoformat() if f.interview_at else "",
        }
        for field in FIELDS:
            if field == "interview_at":
                if gold != "interview" or "interview_at" not in row:
                    continue
                field_total[field] += 1
                if same_instant(got[field], row["interview_at"]):
                    field_hits[field] += 1
                else:
                    field_errors.append((row["file"], field, row["interview_at"], got[field]))
                continue
            if field == "return_date" and gold != "auto_reply":
                continue
            if field != "return_date" and gold == "other" and not row.get(field):
                continue
            field_total[field] += 1
            if _norm(got[field]) == _norm(row.get(field, "")):
                field_hits[field] += 1
            else:
                field_errors.append((row["file"], field, row.get(field, ""), got[field]))

    per_label = {}
    for lab in LABELS:
        tp = confusion[lab][lab]
        fp = sum(confusion[g][lab] for g in LABELS if g != lab)
        fn = sum(confusion[lab][p] for p in LABELS if p != lab)
        support = tp + fn
        prec = tp / (tp + fp) if tp + fp else (1.0 if not support else 0.0)
        rec = tp / support if support else (1.0 if not fp else 0.0)
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per_label[lab] = {"precision": prec, "recall": rec, "f1": f1, "support": support}
    present = [lab for lab in LABELS if per_label[lab]["support"]]
    macro = sum(per_label[lab]["f1"] for lab in present) / len(present) if present else 0.0
    accuracy = sum(confusion[lab][lab] for lab in LABELS) / len(rows) if rows else 0.0
    return {
        "n": len(rows),
        "accuracy": accuracy,
        "macro_f1": macro,
        "per_label": per_label,
        "confusion": confusion,
        "extraction": {
            k: (field_hits[k] / field_total[k] if field_total[k] else None, field_total[k]) for k in FIELDS
        },
        "msgs_per_sec": len(rows) / elapsed if elapsed else float("inf"),
        "errors": errors,
        "field_errors": field_errors,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", type=Path)
    ap.add_argument("--owner", default=DEFAULT_OWNER, help="the mailbox owner's address")
    ap.add_argument("--errors", action="store_true", help="list misclassified files and extraction misses")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument(
        "--context", action="store_true", help="give extraction the companies known per sender domain from the other mail"
    )
    args = ap.parse_args(argv)
    r = evaluate(args.dir, args.owner, context=args.context)
    if args.json:
        print(json.dumps({k: v for k, v in r.items() if k not in ("errors", "field_errors")}, indent=2))
        return 0
    print(f"{args.dir}: {r['n']} messages, accuracy {r['accuracy']:.3f}, macro-F1 {r['macro_f1']:.3f}")
    print(f"{'label':22} {'prec':>6} {'rec':>6} {'f1':>6} {'n':>4}")
    for lab, s in r["per_label"].items():
        print(f"{lab:22} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} {s['support']:4d}")
    print("\nextraction exact match:")
    for k, (acc, n) in r["extraction"].items():
        print(f"  {k:20} {'-' if acc is None else f'{acc:.3f}'} (n={n})")
    short = {lab: lab[:6] for lab in LABELS}
    print("\nconfusion (rows gold, columns predicted):")
    print(" " * 22 + " ".join(f"{short[p]:>6}" for p in LABELS))
    for g in LABELS:
        print(f"{g:22}" + " ".join(f"{r['confusion'][g][p]:6d}" for p in LABELS))
    print(f"\nrate: {r['msgs_per_sec']:.0f} messages/second (classify + extract, parsing excluded)")
    if args.errors:
        print("\nmisclassified:")
        for e in r["errors"]:
            print(f"  {e[0]} gold={e[1]} got={e[2]} conf={e[3]:.2f} :: {e[4]}")
        print("\nextraction misses:")
        for e in r["field_errors"]:
            print(f"  {e[0]} {e[1]}: want {e[2]!r} got {e[3]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
