"""The needle prefilter must never skip a rule whose regex would match (it only saves work)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.classify_rules import (
    NEEDLES,
    PHRASE_RULES,
    NeedleIndex,
    lower_for_needles,
    required_substrings,
)
from assistant.parse import parse_bytes

ROOT = Path(__file__).resolve().parent


def _corpus_texts() -> list[str]:
    texts = []
    for folder in (ROOT / "fixtures" / "corpus" / "dev", ROOT / "corpus" / "train"):
        with open(folder / "labels.csv", newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                msg = parse_bytes((folder / row["file"]).read_bytes(), id=row["file"])
                texts += [msg.subject, msg.text, msg.forwarded]
    return [t for t in texts if t]


def test_every_rule_match_in_the_corpora_contains_its_needles() -> None:
    checked = 0
    for text in _corpus_texts():
        present = NEEDLES.present(lower_for_needles(text))
        for rule in PHRASE_RULES:
            if rule.pattern.search(text):
                checked += 1
                assert all(not option.isdisjoint(present) for option in rule.needles), rule.pattern.pattern
    assert checked > 500


def test_needles_are_found_for_alternations_groups_and_repeats() -> None:
    rx = re.compile(r"\b(?:decided|chose)\s+(?:not\s+to|to\s+not)\s+(?:move|go)\s+(?:\w+\s+){0,2}forward", re.I)
    options = required_substrings(rx)
    assert frozenset({"decided", "chose"}) in options
    text = "We Decided not to go ahead forward"
    assert rx.search(text)
    assert all(any(n in lower_for_needles(text) for n in option) for option in options)
    assert required_substrings(re.compile(r"\d+", re.I)) == ()


WORDS = ["move", "moving forward", "forward", "not", "interview", "view", "inter", "on hold", "hold", "old", "ü", "Über"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*WORDS, " ", "x", "\n", "."]), max_size=30))
def test_needle_index_reports_exactly_the_needles_present(parts: list[str]) -> None:
    needles = frozenset(w.lower() for w in WORDS)
    index = NeedleIndex(needles)
    low = lower_for_needles("".join(parts))
    assert index.present(low) == frozenset(n for n in needles if n in low)
