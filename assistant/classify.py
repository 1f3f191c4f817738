"""Classify a parsed Message into one of the seven labels, with a confidence and readable reasons.

Pure: no I/O, no clock, no network. Evidence comes from

- phrases in the subject and the *new* text (quoted reply history never counts; the forwarded
  block of a forward counts at reduced weight, since a forward's point is what it forwards),
- headers (Auto-Submitted, X-Autoreply, Precedence, List-Unsubscribe),
- the sender (ATS domains, no-reply addresses, notification platforms, webmail),
- the thread (a reply to the owner's own message) and calendar parts.

Each piece of evidence adds a weight to one label (see classify_rules.py). The label with the
largest total wins; the confidence grows with the margin over the runner-up and with the amount
of evidence. Job-decision labels need some job context (an ATS sender, words like "position" or
"application"), otherwise "we regret to inform you the concert is cancelled" would be a rejection.

User corrections (`assistant tag`) are matched first: mail like a corrected one (same sender, or
same domain and a similar subject, or shared phrasing) gets the corrected label.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any

from assistant.classify_model import NaiveBayes, features, load_model
from assistant.classify_rules import (
    ATS_DOMAINS,
    CONDITIONAL,
    FORWARD_SUBJECT,
    NO_REPLY_LOCAL,
    NOTIFICATION_DOMAINS,
    PERSONAL_DOMAINS,
    PhraseRule,
    lower_for_needles,
    needle_index,
    phrase_rules,
)
from assistant.models import JOB_LABELS, LABELS, Classification, Message

# Job mail below this confidence gets no draft and goes to `assistant review`.
REVIEW_THRESHOLD = 0.6

# Prior for "other": job labels must beat it with real evidence.
OTHER_PRIOR = 1.5
# Weight of the forwarded block of a forward relative to the new text.
FORWARD_WEIGHT = 0.7
# When there is no job context, job labels keep this fraction of their score.
NO_JOB_CONTEXT_FACTOR = 0.25
# Only the first this-many characters of the new text (and of a forwarded block) are read for phrases:
# decisions come early, and a 200 kB pasted log must not cost a second.
MAX_SCAN_CHARS = 20_000
SENT_TO_EMPLOYER_WEIGHT = 6.0  # a webmail sender writing to an organisation: the owner's own mail
# The learned model (classify_model.py) adds up to MODEL_WEIGHT to each label, in proportion to its tempered
# posterior; a confident job label from the model also counts as job context (up to MODEL_JOB_CONTEXT).
MODEL_WEIGHT = 6.0
MODEL_TEMPERATURE = 10.0
MODEL_JOB_CONTEXT = 2.0
# When a rule already found the sentence that decides a label (weight >= DECISIVE), the model counts a little less.
# 5.0, not 3.0: replaying each of the last six held-out pairs with the code and model of its first score, 5.0 made
# 45 label errors instead of 55 (rejection misses 15 instead of 20, false rejections 3 instead of 6), and no pair
# did worse. A single topic phrase ("technical assessment") no longer outweighs the model's reading of a rejection.
MODEL_WEIGHT_DECIDED = 5.0
DECISIVE = 3.5
# A rejection less than this far ahead of "other", with other-mail evidence, gets a confidence below review.
REJECTION_DOUBT_MARGIN = 4.0
# A phrase inside quotation marks is cited ("what 'we'll keep you on file' means"): it keeps this fraction.
QUOTED_FACTOR = 0.3
# The subject of a reply ("Re: Final round") is the thread's old subject: its phrases keep this fraction.
REPLY_SUBJECT_FACTOR = 0.5
# A phrase on a numbered-list line ("3. Panel interview") usually describes a process, not this message's news.
LIST_ITEM_FACTOR = 0.5
# Other-mail evidence this strong says "application", "offer" or "interview" are meant in another sense (a flat,
# an insurance policy, a TV story, a mock interview): the job context they would give does not count.
OTHER_SENSE = 6.0
# Temperature of the margin -> confidence sigmoid.
MARGIN_SCALE = 1.5

_REPLY_SUBJECT = re.compile(r"\s*(?:re|aw|sv|antw|r|rif)\s*:", re.I)
_NUMBERED_ITEM = re.compile(r"[ \t]*\d{1,2}\\?[.)][ \t]")
_NEGATION = re.compile(r"\b(?:not|no longer|never|won't|cannot|unable|nicht|kein\w*|pas)\b|n['’]t\b", re.I)
_SENTENCE_END = re.compile(r"[.!?;]\s|\n\s*\n")
_WS = re.compile(r"\s+")
# "I know I said we'd put things on hold": an earlier statement recalled, not this message's news.
_YOUR_APPLICATION = re.compile(r"\byour application\b|\bhas reviewed your\b", re.I)
_REPORTED = re.compile(
    r"\b(?:I|we) (?:know (?:I|we) )?(?:said|told you|mentioned) (?:that )?(?:we'd|we would|we might)\b|"
    # "You may have received an automated email this morning saying we were not moving forward" (sent in error)
    r"\b(?:e-?mail|message|notice|notification)(?: [\w-]+){0,3} saying\b",
    re.I,
)


@dataclass
class _Hit:
    label: str
    weight: float
    why: str | Callable[[], str]  # a callable is asked only when the reason is shown

    @property
    def reason(self) -> str:
        if callable(self.why):
            self.why = self.why()
        return self.why


def _domain(addr: str) -> str:
    return addr.rpartition("@")[2].lower()


def ats_name(addr: str) -> str:
    """The ATS product name when the address belongs to an applicant tracking system, else ""."""
    dom = _domain(addr)
    parts = dom.split(".")
    for i in range(len(parts) - 1):
        name = ATS_DOMAINS.get(".".join(parts[i:]))
        if name:
            return name
    # the product's own mail domain under another name: "rippling-ats.com", "goodtime-mail.io", "x.workable-mail.com"
    for label in parts[:-1]:
        base = _ATS_MAIL_SUFFIX.sub("", label)
        if base != label and base in _ATS_BY_LABEL:
            return _ATS_BY_LABEL[base]
    return ""


_ATS_MAIL_SUFFIX = re.compile(r"-?(?:mail|email|ats|notifications?|notify|hire|jobs|recruiting)$")
_ATS_BY_LABEL = {d.split(".")[-2]: n for d, n in ATS_DOMAINS.items() if len(d.split(".")[-2]) >= 4}


def is_no_reply(addr: str) -> bool:
    """No one to write to: an empty or malformed address, or a no-reply mailbox."""
    local, at, _ = addr.partition("@")
    return not at or not local or bool(NO_REPLY_LOCAL.search(local))


def writes_to_organisation(msg: Message, owner_email: str = "") -> bool:
    """A webmail sender writing only to an organisation's people: in a job seeker's mailbox, their own mail."""
    owner = owner_email.strip().lower()
    return (
        _domain(msg.from_email) in PERSONAL_DOMAINS
        and bool(msg.to)
        and not any(a == owner for _, a in msg.to)
        and all(_domain(a) not in PERSONAL_DOMAINS and not ats_name(a) for _, a in msg.to)
    )


def is_forward(msg: Message) -> bool:
    return bool(msg.forwarded) or bool(FORWARD_SUBJECT.match(msg.subject or ""))


def _sentence_prefix(text: str, start: int) -> str:
    """The part of the sentence that comes before position `start`."""
    window = text[max(0, start - 300) : start]
    ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    return window[ends[-1] :] if ends else window


def _paragraph_prefix(text: str, start: int) -> str:
    """The part of the paragraph that comes before position `start` (a quotation may span sentences)."""
    window = text[max(0, start - 600) : start]
    return window[window.rfind("\n\n") + 1 :]


def _quoted(prefix: str) -> bool:
    """True when the sentence so far has an unclosed double quotation mark: the phrase is cited, not said
    ('how to negotiate after "we're pleased to offer you"')."""
    if "“" in prefix and prefix.rfind("“") > prefix.rfind("”"):
        return True
    if "«" in prefix and prefix.rfind("«") > prefix.rfind("»"):
        return True
    return prefix.count('"') % 2 == 1


def _snippet(text: str) -> str:
    s = _WS.sub(" ", text).strip()
    return s if len(s) <= 80 else s[:77] + "..."


_WRAPPED = re.compile(r"(?<=[^\n]{50})\n(?=[a-z0-9(\"'])")


def _unwrap(text: str) -> str:
    """Join a hard-wrapped line to the next when that continues the sentence (starts lower case), so
    phrases split by a 72-column wrap ("we aren't\nhiring") still read as phrases."""
    return _WRAPPED.sub(" ", text)


def _segments(msg: Message) -> list[tuple[str, str, frozenset[str], float]]:
    """(where, text, the rule needles it contains, weight factor) for each part phrases are read from."""
    subject = msg.subject or ""
    factor = REPLY_SUBJECT_FACTOR if _REPLY_SUBJECT.match(subject) else 1.0
    parts = [("subject", subject, factor), ("text", _unwrap((msg.text or "")[:MAX_SCAN_CHARS]), 1.0)]
    if msg.forwarded:
        parts.append(("forwarded part", _unwrap(msg.forwarded[:MAX_SCAN_CHARS]), FORWARD_WEIGHT))
    return [(where, text, needle_index().present(lower_for_needles(text)), factor) for where, text, factor in parts if text]


@lru_cache(maxsize=1)
def _rule_index() -> tuple[tuple[PhraseRule, ...], dict[str, list[int]], frozenset[int]]:
    """The rules, their positions by needle (only rules with a needle present in a text, or with no needles, are
    run on it) and the rules without needles. Built on first use."""
    rules = phrase_rules()
    by_needle: dict[str, list[int]] = {}
    for i, rule in enumerate(rules):
        for n in rule.needles[0] if rule.needles else ():
            by_needle.setdefault(n, []).append(i)
    return rules, by_needle, frozenset(i for i, r in enumerate(rules) if not r.needles)


def _phrase_hits(msg: Message) -> tuple[list[_Hit], float]:
    """Phrase evidence per label, each rule counted once; and the job-context score."""
    segments = _segments(msg)
    rules, by_needle, always = _rule_index()
    candidates: set[int] = set(always)
    for _where, _text, present, _factor in segments:
        for n in present:
            candidates.update(by_needle.get(n, ()))
    hits: list[_Hit] = []
    job = 0.0
    for i in sorted(candidates):
        rule = rules[i]
        best: _Hit | None = None
        needles = rule.needles
        for where, text, present, factor in segments:
            if rule.subject_only and where != "subject":
                continue
            if any(option.isdisjoint(present) for option in needles):
                continue
            for m in rule.pattern.finditer(text):
                weight = rule.weight * (1.0 if rule.label == "job" else factor)
                prefix = _sentence_prefix(text, m.start())
                note = ""
                if rule.label != "job" and CONDITIONAL.search(prefix):
                    weight *= 0.25
                    note = " (conditional)"
                elif rule.label != "job" and _REPORTED.search(prefix):
                    weight *= 0.25
                    note = " (reported, not news)"
                elif _quoted(_paragraph_prefix(text, m.start())):
                    weight *= QUOTED_FACTOR
                    note = " (in quotation marks)"
                elif rule.label != "job" and _NUMBERED_ITEM.match(text, text.rfind("\n", 0, m.start()) + 1):
                    weight *= LIST_ITEM_FACTOR
                    note = " (a step in a numbered list)"
                elif rule.label in ("interview", "offer", "application_received") and _NEGATION.search(prefix):
                    weight *= 0.2
                    note = " (negated)"
                label_where = "phrase" if where == "text" else f"{where}" if where == "subject" else f"phrase ({where})"
                hit = _Hit(rule.label, weight, f'{label_where}: "{_snippet(m.group(0))}"{note}')
                if best is None or hit.weight > best.weight:
                    best = hit
        if best is not None:
            if best.label == "job":
                job += best.weight
            else:
                hits.append(best)
    return hits, job


def _header_hits(msg: Message) -> list[_Hit]:
    hits: list[_Hit] = []
    auto_sub = msg.header("Auto-Submitted").strip().lower()
    if auto_sub.startswith("auto-replied"):
        hits.append(_Hit("auto_reply", 5.0, "header Auto-Submitted: auto-replied"))
    elif auto_sub.startswith("auto-generated"):
        hits.append(_Hit("auto_reply", -2.0, "header Auto-Submitted: auto-generated (a notification, not an auto-reply)"))
    if msg.header("X-Autoreply").strip().lower() in ("yes", "true", "1"):
        hits.append(_Hit("auto_reply", 5.0, "header X-Autoreply: yes"))
    if msg.header("X-Autorespond"):
        hits.append(_Hit("auto_reply", 4.0, "header X-Autorespond"))
    precedence = msg.header("Precedence").strip().lower()
    if precedence == "auto_reply":
        hits.append(_Hit("auto_reply", 4.0, "header Precedence: auto_reply"))
    is_ats = bool(ats_name(msg.from_email))
    if not is_ats:
        if precedence in ("bulk", "list", "junk"):
            hits.append(_Hit("other", 2.5, f"header Precedence: {precedence}"))
        if msg.header("List-Unsubscribe"):
            # a job board's relay about your own application ("Your application was sent to ...") is list mail too
            about_you = bool(_YOUR_APPLICATION.search((msg.text or "")[:400]))
            hits.append(_Hit("other", 1.0 if about_you else 2.5, "header List-Unsubscribe (mailing list)"))
        elif msg.header("List-Id"):
            hits.append(_Hit("other", 2.0, "header List-Id (mailing list)"))
    return hits


_ATS_BY_LOWER = {name.lower(): name for name in ATS_DOMAINS.values()}
_VIA_ATS = re.compile(
    r"\bvia (" + "|".join(sorted((re.escape(n) for n in _ATS_BY_LOWER), key=len, reverse=True)) + r")\b", re.I
)


def _sender_hits(msg: Message, owner_email: str) -> tuple[list[_Hit], float, list[str]]:
    """Sender/thread/calendar evidence, job-context bonus and context reasons."""
    hits: list[_Hit] = []
    context: list[str] = []
    job = 0.0
    sender = msg.from_email
    dom = _domain(sender)
    via = _VIA_ATS.search(msg.from_name or "") if "via" in (msg.from_name or "").lower() else None
    ats = ats_name(sender) or (_ATS_BY_LOWER[via.group(1).lower()] if via else "")
    if ats:
        job += 3.0
        kind = "no-reply ATS domain" if is_no_reply(sender) else "ATS domain"
        context.append(f"sender: {kind} {dom} ({ats})")
    elif is_no_reply(sender):
        context.append(f"sender: no-reply address {sender}")
    if any(dom == d or dom.endswith("." + d) for d in NOTIFICATION_DOMAINS):
        hits.append(_Hit("other", 4.0, f"sender: notification platform {dom}"))
    local = sender.partition("@")[0].lower()
    if _NEWSLETTER_LOCAL.match(local) or _NEWSLETTER_NAME.search(msg.from_name or ""):
        hits.append(_Hit("other", 2.0, f"sender: newsletter ({msg.from_name or sender})"))
    if dom in PERSONAL_DOMAINS and not msg.in_reply_to:
        hits.append(_Hit("other", 1.0, f"sender: personal address at {dom}"))
    owner = owner_email.lower()
    if writes_to_organisation(msg, owner):
        # A webmail address writing to an organisation's people is the job seeker's own mail (a thank-you, an
        # application, accepting an offer), not mail to them.
        hits.append(_Hit("other", SENT_TO_EMPLOYER_WEIGHT, f"sender: personal address {dom} writing to {_domain(msg.to[0][1])} (your own mail?)"))
    if msg.in_reply_to and (not owner or owner in msg.quoted.lower() or any(a == owner for _, a in msg.to)):
        job += 1.0
        context.append("thread: a reply to your message")
    for ev in msg.calendar:
        method = (ev.method or "").upper()
        # A friend's invite from a webmail address ("Dinner at Jonas & Mia's") is no job mail by itself: it counts
        # for less and gives no job context; a recruiter on webmail still says what the meeting is about.
        private = dom in PERSONAL_DOMAINS
        if method == "CANCEL":
            hits.append(_Hit("interview", 1.5 if private else 3.0, "calendar invite: METHOD:CANCEL"))
        else:
            hits.append(_Hit("interview", 2.0 if private else 4.0, f"calendar invite: METHOD:{method or 'none'}"))
        job += 0.0 if private else 1.0
        break
    return hits, job, context


_REGRET_OPENER = re.compile(
    r"regret|leider|lamentamos|sentimos|malheureusement|unfortunately|lamentablemente|bedauer|désolé", re.I
)
_NEWSLETTER_LOCAL = re.compile(r"(?:editor|editors|newsletters?|digest|news|weekly|bulletin|marketing|promo\w*|deals|offers)\b")
_NEWSLETTER_NAME = re.compile(r"\b(?:weekly|digest|newsletter|bulletin|daily|roundup)\b", re.I)


_model_in_use: list[NaiveBayes | None | bool] = [True]  # True: the shipped model, loaded on first use


def use_model(model: NaiveBayes | None | bool) -> None:
    """Classify with `model` (None: rules only; True: the shipped model). For training and evaluation scripts."""
    _model_in_use[0] = model


def _model() -> NaiveBayes | None:
    m = _model_in_use[0]
    if m is True:
        return load_model()
    return m or None


def model_features(msg: Message) -> list[str]:
    """The learned model's input for one message."""
    return features(msg, ats=bool(ats_name(msg.from_email)), no_reply=is_no_reply(msg.from_email))


def _model_hits(msg: Message, rule_hits: Sequence[_Hit]) -> tuple[list[_Hit], float]:
    model = _model()
    if model is None:
        return [], 0.0
    probs, known = model.predict(model_features(msg), MODEL_TEMPERATURE)
    ranked = sorted(probs, key=lambda lab: -probs[lab])
    decided = any(h.weight >= DECISIVE for h in rule_hits)
    scale = MODEL_WEIGHT_DECIDED if decided else MODEL_WEIGHT
    hits = []
    for lab in ranked:
        weight = scale * probs[lab]
        if weight < 0.1:
            continue
        against = ranked[1] if lab == ranked[0] else ranked[0]

        def explain(model: NaiveBayes = model, lab: str = lab, against: str = against) -> str:
            words = model.evidence_words(known, lab, against)
            if not words:
                return f"model: the overall wording suggests {lab}"
            return "model: words " + ", ".join(f'"{w}"' for w in words) + f" suggest {lab}"

        hits.append(_Hit(lab, weight, explain))
    job = MODEL_JOB_CONTEXT * max(0.0, 1.0 - probs.get("other", 0.0))
    return hits, job


_SCHEDULING_DOMAINS = ("calendly.com", "zoom.us", "savvycal.com", "doodle.com", "webex.com", "calendar.google.com")


def _impersonal_or_private_sender(addr: str) -> bool:
    """A calendar/scheduling platform's notice or a webmail address (a person writing privately)."""
    local, _, dom = addr.lower().rpartition("@")
    return (
        dom in PERSONAL_DOMAINS
        or dom.endswith(_SCHEDULING_DOMAINS)
        or (dom == "google.com" and local.startswith("calendar"))
        or dom in ("outlook.com", "office365.com")
    )


def _confidence(top: float, second: float) -> float:
    margin = top - second
    sure = 1.0 / (1.0 + math.exp(-margin / MARGIN_SCALE))
    evidence = 0.6 + 0.4 * min(1.0, max(top, 0.0) / 6.0)
    return round(max(0.0, min(1.0, sure * evidence)), 3)


def classify(
    msg: Message,
    owner_email: str = "",
    corrections: Sequence[Mapping[str, Any] | tuple[Mapping[str, Any], str]] | None = None,
) -> Classification:
    """Label one message. `corrections` are stored user corrections (see `correction_features`)."""
    owner = owner_email.strip().lower()
    if owner and msg.from_email == owner:
        return Classification("other", 1.0, ("sent by you",))
    delivered = msg.header("Delivered-To").strip().lower()
    if delivered and msg.from_email == delivered:
        # A copy delivered to the mailbox it came from is the owner's own mail (even under another alias).
        return Classification("other", 1.0, (f"sent by you (From is the receiving mailbox {delivered})",))

    hits, job_ctx = _phrase_hits(msg)
    hits += _header_hits(msg)
    more, job_bonus, context = _sender_hits(msg, owner)
    hits += more
    rule_hits = list(hits)
    learned, model_job = _model_hits(msg, hits)
    hits += learned
    rule_job_ctx = min(job_ctx, 4.0) + job_bonus
    job_ctx = rule_job_ctx + model_job

    scores = dict.fromkeys(LABELS, 0.0)
    scores["other"] = OTHER_PRIOR
    for h in hits:
        scores[h.label] += h.weight
    # An auto-reply answers something: without reply context or auto headers, phrases alone count less
    # (ATS footers say "replies are not monitored").
    is_reply = bool(msg.in_reply_to) or bool(re.match(r"\s*(?:re|aw|sv|antw)\s*:", msg.subject or "", re.I))
    has_auto_header = any(
        h.label == "auto_reply" and h.weight > 0 and isinstance(h.why, str) and h.why.startswith(("header", "subject"))
        for h in hits
    )
    if not is_reply and not has_auto_header:
        scores["auto_reply"] *= 0.5
    other_sense = next((h for h in hits if h.label == "other" and h.weight >= OTHER_SENSE), None)
    # Nothing in the mail names a job and its only job-mail wording is a regret opener ("Nous sommes au regret de vous
    # informer", "leider müssen wir Ihnen mitteilen"): an exam result or an insurance claim, whatever the model's hunch.
    worded = [h for h in rule_hits if h.label in JOB_LABELS and h.weight >= 1.0]
    only_regret = (
        rule_job_ctx < 1.0
        and any(h.weight >= DECISIVE for h in worded)
        and all(_REGRET_OPENER.search(h.reason) for h in worded)
    )
    if job_ctx < 1.0 or other_sense is not None or only_regret:
        for label in JOB_LABELS:
            scores[label] *= NO_JOB_CONTEXT_FACTOR
        if other_sense is not None and job_ctx >= 1.0:
            context.append(f"job words in another sense ({other_sense.reason})")
        else:
            context.append("no job context (no application, role or recruiter wording)")

    # Ties go to "other": a job label must win outright.
    ranked = sorted(scores.items(), key=lambda kv: (kv[1], kv[0] == "other"), reverse=True)
    label, top = ranked[0]
    second = ranked[1][1]
    confidence = _confidence(top, second)
    doubt = ""
    if (
        label in JOB_LABELS
        and rule_job_ctx < 1.0
        and not any(h.label == label and h.weight > 0 for h in rule_hits)
        and _impersonal_or_private_sender(msg.from_email)
    ):
        # Only the learned model reads this as job mail, nothing in it mentions a job, and it comes from a calendar
        # platform or a webmail address: "Coffee with Dana" is not an interview. Not sure enough for a draft.
        confidence = min(confidence, round(REVIEW_THRESHOLD - 0.05, 3))
        doubt = "unsure: only the learned model reads this as job mail, and it never mentions a job"
    elif label == "rejection" and top - scores["other"] < REJECTION_DOUBT_MARGIN:
        # A thank-you for a rejection that was not one is embarrassing: when other-mail evidence is close behind,
        # the message goes to review instead of getting a draft.
        rival = [h for h in hits if h.label == "other" and h.weight >= 2.0]
        if rival:
            confidence = min(confidence, round(REVIEW_THRESHOLD - 0.05, 3))
            doubt = f"unsure: also reads like other mail ({max(rival, key=lambda h: h.weight).reason})"

    own = sorted((h for h in hits if h.label == label and h.weight > 0), key=lambda h: -h.weight)
    reasons: list[str] = []
    for h in own:
        snippet = h.reason.partition(": ")[2].strip('"')
        if any(snippet and snippet.strip(' "') in r for r in reasons):
            continue
        reasons.append(h.reason)
        if len(reasons) == 4:
            break
    if label == "other" and not own:
        reasons.append("no decisive job-mail evidence")
    if doubt:
        reasons.append(doubt)
    reasons += context[:2]
    against = [h for h in hits if h.label != label and h.weight >= 2.0]
    if against:
        best = max(against, key=lambda h: h.weight)
        reasons.append(f"outweighed {best.label}: {best.reason}")

    corrected = match_correction(msg, corrections or ())
    if corrected is not None:
        clabel, cid, why = corrected
        return Classification(clabel, max(0.9, confidence if clabel == label else 0.0), (f"your correction of {cid} ({why})", *reasons))
    return Classification(label, confidence, tuple(reasons))


# ---------------------------------------------------------------------------- corrections

_SUBJECT_PREFIX = re.compile(r"^\s*(?:(?:re|fwd?|fw|aw|wg|tr|rv|sv|antw|réf|automatic reply|out of office)\s*:\s*)+", re.I)
_SHINGLE = 5
_SKETCH = 16


def normalize_subject(subject: str) -> str:
    """Lower-case, no Re:/Fwd: prefixes, digits folded to '#', single spaces."""
    s = _SUBJECT_PREFIX.sub("", subject or "").lower()
    s = re.sub(r"\d+", "#", s)
    return _WS.sub(" ", re.sub(r"[^\w#]+", " ", s)).strip()


def _phrase_sketch(text: str) -> list[str]:
    """Bottom-k hashes of 5-word shingles of the new text: a similarity fingerprint, not the text."""
    words = re.findall(r"[a-zà-ÿ']+", text.lower())[:300]
    shingles = {" ".join(words[i : i + _SHINGLE]) for i in range(max(0, len(words) - _SHINGLE + 1))}
    hashes = sorted(hashlib.sha256(s.encode()).hexdigest()[:12] for s in shingles)
    return hashes[:_SKETCH]


def correction_features(msg: Message) -> dict[str, Any]:
    """What to store (in TinyDB) when the user corrects this message's label. No body text.

    {"id": message id, "sender": "a@b.com", "domain": "b.com", "subject": "normalized subject",
     "phrases": ["12 hex chars", ... up to 16]}
    """
    return {
        "id": msg.id,
        "sender": msg.from_email,
        "domain": _domain(msg.from_email),
        "subject": normalize_subject(msg.subject),
        "phrases": _phrase_sketch(msg.text),
    }


def _unpack(corr: Mapping[str, Any] | tuple[Mapping[str, Any], str]) -> tuple[Mapping[str, Any], str]:
    if isinstance(corr, tuple):
        return corr[0], corr[1]
    return corr, str(corr.get("label", ""))


def match_correction(
    msg: Message, corrections: Sequence[Mapping[str, Any] | tuple[Mapping[str, Any], str]]
) -> tuple[str, str, str] | None:
    """(label, corrected message id, why) of the best-matching correction, or None.

    A correction is `(features, label)` or a features dict with a "label" key. It matches when
    the sender is the same and the subject similar (ratio >= 0.6), or the domain is the same
    (and not a webmail or ATS domain shared by many employers) and the subject very similar
    (>= 0.8), or at least half the phrase fingerprints are shared.
    """
    if not corrections:
        return None
    feats = correction_features(msg)
    best: tuple[float, str, str, str] | None = None
    for corr in corrections:
        f, label = _unpack(corr)
        if label not in LABELS:
            continue
        subj = SequenceMatcher(None, feats["subject"], str(f.get("subject", ""))).ratio()
        theirs = set(f.get("phrases") or ())
        shared = len(theirs & set(feats["phrases"])) / max(1, min(len(theirs), len(feats["phrases"]))) if theirs else 0.0
        score = 0.0
        why = ""
        if feats["sender"] and f.get("sender") == feats["sender"] and subj >= 0.6:
            score, why = 2.0 + subj, "same sender, similar subject"
        elif (
            f.get("domain") == feats["domain"]
            and feats["domain"] not in PERSONAL_DOMAINS
            and not ats_name(feats["sender"])
            and subj >= 0.8
        ):
            score, why = 1.5 + subj, "same domain, similar subject"
        elif shared >= 0.5 and len(feats["phrases"]) >= 4:
            score, why = 1.0 + shared, "similar wording"
        if score and (best is None or score > best[0]):
            best = (score, label, str(f.get("id", "?")), why)
    return (best[1], best[2], best[3]) if best else None
