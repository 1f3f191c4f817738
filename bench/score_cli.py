"""Score the real CLI (`assistant classify --json DIR`) against DIR/labels.csv.

    python bench/score_cli.py tests/corpus/blind3            # per-label P/R/F1, macro-F1, field accuracy
    python bench/score_cli.py tests/corpus/blind3 --errors   # ... and every wrong label / field
    python bench/score_cli.py DIR --me owner@example.com     # pass the owner's address through

Fields are compared case-insensitively (company, contact first name) or exactly (return date), as in
issue 4's targets. Only file names and extracted fields are printed, never message bodies.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

LABELS = ["rejection", "on_hold", "interview", "offer", "application_received", "auto_reply", "other"]
FIELDS = ("company", "contact_first_name", "return_date")
# Legal forms labellers keep or drop by habit ("Pollak Messtechnik GmbH" / "Pollak Messtechnik"). The
# diagnostic "company_any_form" compares with them removed from both sides; the target stays exact match.
LEGAL_FORM = re.compile(
    r"[,\s]+(gmbh|ag|se|co\.?|inc\.?|llc|l\.l\.c\.|ltd\.?|limited|plc|llp|pty\.? ltd\.?|s\.?a\.?s?\.?|"
    r"s\.?l\.?|sàrl|sarl|b\.?v\.?|n\.?v\.?|kg|ug|oy|ab|as|a/s|srl|s\.r\.l\.|s\.p\.a\.)$",
    re.IGNORECASE,
)


def without_legal_form(name: str) -> str:
    name = name.strip().lower()
    while True:
        shorter = LEGAL_FORM.sub("", name).strip()
        if shorter == name:
            return name
        name = shorter


def run_cli(folder: Path, owner: str = "") -> list[dict[str, str]]:
    exe = shutil.which("assistant") or str(Path(sys.executable).parent / "assistant")
    args = [exe, "classify", "--json", str(folder)] + (["--me", owner] if owner else [])
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def same_instant(got: str, want: str) -> bool:
    """interview_at: the same moment, whatever offset each side writes it in ("" = none stated)."""
    if not got or not want:
        return got == want
    try:
        return datetime.fromisoformat(got) == datetime.fromisoformat(want)
    except ValueError:
        return got == want


def score(folder: Path, owner: str = "", errors: bool = False) -> dict[str, float]:
    truth = {r["file"]: r for r in csv.DictReader(open(folder / "labels.csv", encoding="utf-8"))}
    preds = run_cli(folder, owner)
    has_time = any("interview_at" in r for r in truth.values())
    fields = FIELDS + ("interview_at",) if has_time else FIELDS
    tp = dict.fromkeys(LABELS, 0)
    fp = dict.fromkeys(LABELS, 0)
    fn = dict.fromkeys(LABELS, 0)
    ok = dict.fromkeys(("label", *fields), 0)
    any_form = 0
    stated = [0, 0, 0]  # interview times right, stated in the mail, reported where none was stated
    wrong: list[str] = []
    for p in preds:
        f = Path(p["source"]).name
        t = truth.get(f)
        if t is None:
            continue
        if p["label"] == t["label"]:
            ok["label"] += 1
            tp[t["label"]] += 1
        else:
            fp[p["label"]] = fp.get(p["label"], 0) + 1
            fn[t["label"]] += 1
            wrong.append(f"{f}  label  {t['label']} -> {p['label']} ({p.get('confidence', '')})")
        for k in fields:
            got = str(p.get(k) or "")
            want = t.get(k, "") or ""
            same = got == want if k == "return_date" else got.lower() == want.lower()
            if k == "interview_at":
                same = same_instant(got, want)
                if want:
                    stated[0] += same
                    stated[1] += 1
                elif got:
                    stated[2] += 1
            ok[k] += same
            if k == "company":
                any_form += without_legal_form(got) == without_legal_form(want)
            if not same:
                wrong.append(f"{f}  {k}  {want!r} -> {got!r}  [{t['label']}]")
    n = len(preds)
    print(f"{folder}: {n} messages")
    print(f"{'label':22} {'P':>6} {'R':>6} {'F1':>6} {'n':>4}")
    f1s = []
    res: dict[str, float] = {}
    for lab in LABELS:
        support = tp[lab] + fn[lab]
        prec = tp[lab] / (tp[lab] + fp[lab]) if tp[lab] + fp[lab] else (1.0 if not support else 0.0)
        rec = tp[lab] / support if support else 1.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        if support or fp[lab]:
            f1s.append(f1)
        res[f"{lab}_p"], res[f"{lab}_r"], res[f"{lab}_f1"] = prec, rec, f1
        print(f"{lab:22} {prec:6.3f} {rec:6.3f} {f1:6.3f} {support:4d}")
    res["macro_f1"] = sum(f1s) / len(f1s) if f1s else 0.0
    print(f"macro-F1 {res['macro_f1']:.3f}")
    for k, v in ok.items():
        res[k] = v / n if n else 0.0
    print("accuracy " + "  ".join(f"{k} {res[k]:.3f}" for k in ok))
    res["company_any_form"] = any_form / n if n else 0.0
    print(f"company with legal forms (GmbH, Inc., ...) ignored on both sides: {res['company_any_form']:.3f}")
    if has_time:
        res["interview_at_stated"] = stated[0] / stated[1] if stated[1] else 1.0
        print(f"interview_at where the mail states one: {stated[0]}/{stated[1]}; reported where none was: {stated[2]}")
    if errors:
        print("\n".join(sorted(wrong)))
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--me", default="")
    ap.add_argument("--errors", action="store_true")
    a = ap.parse_args()
    score(a.folder, a.me, a.errors)


if __name__ == "__main__":
    main()
