"""A small learned component for the classifier: multinomial naive Bayes over words of the subject and new text.

Trained reproducibly by `scripts/train_classifier.py` from the labelled folders in the repository and shipped
as compact JSON (`assistant/data/classifier_model.json`). Pure Python, no network, no downloads. The rule
scorer (classify.py) stays in charge: the model adds a bounded amount of evidence per label, and its
reason names the words that pushed it ('model: words "filled", "position" suggest rejection').
"""

from __future__ import annotations

import heapq
import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from assistant.models import Message

MODEL_PATH = Path(__file__).resolve().parent / "data" / "classifier_model.json"
MAX_TEXT = 4000  # characters of new text the model reads

_CITED = re.compile(r'"[^"\n]{3,200}"|“[^”\n]{3,200}”')
_TOKEN = re.compile(r"[^\W\d_][\w'’]*|\d+", re.UNICODE)


def _tokens(text: str) -> list[str]:
    return ["#" if t.isdigit() else t.replace("’", "'") for t in _TOKEN.findall(text.lower())]


def features(msg: Message, ats: bool = False, no_reply: bool = False) -> list[str]:
    """Word unigrams and bigrams of the subject (prefixed "s:") and the new text, plus a few header facts."""
    out: set[str] = set()
    subj = _tokens(re.sub(r"^\s*(?:(?:re|fwd?|fw|aw|wg|tr|rv|sv)\s*:\s*)+", "", msg.subject or "", flags=re.I))
    out.update("s:" + t for t in subj)
    out.update(f"s:{a}_{b}" for a, b in zip(subj, subj[1:], strict=False))
    # Cited wording ('after "we're pleased to offer you"') is not what the message says.
    words = _tokens(_CITED.sub(" ", (msg.text or "")[:MAX_TEXT]))
    if msg.forwarded:
        words += _tokens(msg.forwarded[: MAX_TEXT // 2])
    out.update(words)
    out.update(f"{a}_{b}" for a, b in zip(words, words[1:], strict=False))
    if ats:
        out.add("@ats")
    if no_reply:
        out.add("@noreply")
    if msg.in_reply_to or re.match(r"\s*(?:re|aw|sv|antw)\s*:", msg.subject or "", re.I):
        out.add("@reply")
    if msg.calendar:
        out.add("@calendar")
    if msg.header("Auto-Submitted").lower().startswith("auto-replied") or msg.header("X-Autoreply"):
        out.add("@autoreply_header")
    if msg.header("List-Unsubscribe") or msg.header("List-Id"):
        out.add("@list")
    return sorted(out)


@dataclass(frozen=True)
class NaiveBayes:
    labels: tuple[str, ...]
    prior: dict[str, float]  # log P(label)
    loglik: dict[str, dict[str, float]]  # feature -> label -> log P(feature | label), for kept features
    unseen: dict[str, float]  # label -> log P(unseen feature | label)

    @cached_property
    def _columns(self) -> dict[str, dict[str, float]]:
        return {lab: {f: row.get(lab, self.unseen[lab]) for f, row in self.loglik.items()} for lab in self.labels}

    def scores(self, feats: Iterable[str]) -> tuple[dict[str, float], list[str]]:
        """Per-label log scores (prior + log-likelihoods of known features) and the known features."""
        known = [f for f in feats if f in self.loglik]
        cols = self._columns
        total = {lab: self.prior[lab] + sum(map(cols[lab].__getitem__, known)) for lab in self.labels}
        return total, known

    def predict(self, feats: Iterable[str], temperature: float) -> tuple[dict[str, float], list[str]]:
        """Tempered posterior per label (a softmax of the log scores divided by `temperature`)."""
        total, known = self.scores(feats)
        top = max(total.values())
        exp = {lab: math.exp((v - top) / temperature) for lab, v in total.items()}
        z = sum(exp.values())
        return {lab: v / z for lab, v in exp.items()}, known

    def evidence_words(self, known: Iterable[str], label: str, against: str, n: int = 3) -> list[str]:
        """The known features that most favour `label` over `against`, readable (bigrams with spaces)."""
        mine, theirs = self._columns[label], self._columns[against]
        diffs = [(mine[f] - theirs[f], f) for f in known if not f.startswith("@")]
        best = heapq.nlargest(n, (d for d in diffs if d[0] > 0))
        return [f.removeprefix("s:").replace("_", " ") for _, f in best]

    def to_json(self) -> dict[str, object]:
        return {
            "kind": "multinomial-nb",
            "labels": list(self.labels),
            "prior": {k: round(v, 4) for k, v in self.prior.items()},
            "unseen": {k: round(v, 4) for k, v in self.unseen.items()},
            # each feature: log-likelihoods in label order, 3 decimals
            "features": {f: [round(row.get(lab, self.unseen[lab]), 3) for lab in self.labels] for f, row in self.loglik.items()},
        }

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> NaiveBayes:
        labels = tuple(data["labels"])  # type: ignore[arg-type]
        feats = data["features"]  # type: ignore[assignment]
        loglik = {f: dict(zip(labels, vals, strict=True)) for f, vals in feats.items()}  # type: ignore[union-attr]
        return cls(labels, dict(data["prior"]), loglik, dict(data["unseen"]))  # type: ignore[arg-type]


def train(
    docs: Iterable[tuple[list[str], str]],
    labels: Iterable[str],
    alpha: float = 0.3,
    min_df: int = 2,
    min_spread: float = 0.0,
) -> NaiveBayes:
    """Bernoulli-presence multinomial NB with Laplace smoothing `alpha`; features seen in fewer than
    `min_df` documents are dropped (they would only memorise single messages)."""
    labels = tuple(labels)
    docs = list(docs)
    df: dict[str, int] = {}
    for feats, _ in docs:
        for f in feats:
            df[f] = df.get(f, 0) + 1
    vocab = {f for f, c in df.items() if c >= min_df}
    counts: dict[str, dict[str, int]] = {lab: {} for lab in labels}
    totals = dict.fromkeys(labels, 0)
    ndocs = dict.fromkeys(labels, 0)
    for feats, lab in docs:
        ndocs[lab] += 1
        for f in feats:
            if f in vocab:
                counts[lab][f] = counts[lab].get(f, 0) + 1
                totals[lab] += 1
    n = sum(ndocs.values())
    v = len(vocab)
    prior = {lab: math.log((ndocs[lab] + 1) / (n + len(labels))) for lab in labels}
    unseen = {lab: math.log(alpha / (totals[lab] + alpha * v)) for lab in labels}
    loglik = {
        f: {lab: math.log((counts[lab].get(f, 0) + alpha) / (totals[lab] + alpha * v)) for lab in labels} for f in vocab
    }
    # Features that barely separate the labels are dropped: a smaller file and faster scoring, same decisions.
    loglik = {f: row for f, row in loglik.items() if max(row.values()) - min(row.values()) >= min_spread}
    return NaiveBayes(labels, prior, loglik, unseen)


@lru_cache(maxsize=1)
def load_model(path: str = str(MODEL_PATH)) -> NaiveBayes | None:
    """The shipped model, or None when the file is missing (the rules then work alone)."""
    try:
        with open(path, encoding="utf-8") as fh:
            return NaiveBayes.from_json(json.load(fh))
    except FileNotFoundError:
        return None
