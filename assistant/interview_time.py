"""When an interview starts, read from a message: its calendar invite, or the time its text states.

Pure logic: the message's own Date header is the clock that "Tuesday at 2pm" is resolved against.
A time is reported only when the mail states one definite start; a list of slots to choose from,
a deadline ("complete it by 11:59 p.m.") or "next week" give None.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from datetime import timezone as fixed_zone
from functools import lru_cache
from zoneinfo import ZoneInfo

import dateparser

from assistant.models import Message

# Zone words a scheduler writes next to a time, longest first so "Eastern Time" beats "ET".
_ZONES: tuple[tuple[str, str], ...] = (
    (r"eastern(?:\s+(?:standard|daylight))?(?:\s+time|(?!\s+(?-i:[A-Z])))", "America/New_York"),
    (r"central europ[ae]+n(?:\s+(?:summer|standard))?\s+time", "Europe/Paris"),
    (r"central(?:\s+(?:standard|daylight))?(?:\s+time|(?!\s+(?-i:[A-Z])))", "America/Chicago"),
    (r"mountain(?:\s+(?:standard|daylight))?(?:\s+time|(?!\s+(?-i:[A-Z])))", "America/Denver"),
    (r"pacific(?:\s+(?:standard|daylight))?(?:\s+time|(?!\s+(?-i:[A-Z])))", "America/Los_Angeles"),
    (r"(?-i:E[SD]?T)", "America/New_York"),  # upper case only: French "et" is "and"
    (r"(?-i:C[SD]?T)", "America/Chicago"),
    (r"(?-i:M[SD]?T)", "America/Denver"),
    (r"(?-i:P[SD]?T)", "America/Los_Angeles"),
    (r"(?:uk|london)\s+time|(?-i:BST|GMT)|heure de londres|hora de londres", "Europe/London"),
    (r"(?:irish|dublin)\s+time", "Europe/Dublin"),
    (r"hora (?:de )?(?:cdmx|méxico|mexico|ciudad de méxico)|(?-i:CDMX)", "America/Mexico_City"),
    (r"hora (?:de )?(?:bogotá|bogota|colombia|lima)", "America/Bogota"),
    (r"(?:à|in|heure de) (?:montréal|montreal|toronto|new york)|(?:montréal|montreal|toronto|new york) time|heure de l['’]est", "America/Toronto"),
    (r"(?-i:CEST|CET|MESZ|MEZ)|(?:paris|berlin|madrid|amsterdam|brussels|cet)\s+time|"
     r"heure de paris|heure fran[cç]aise|hora (?:de )?(?:madrid|espa[nñ]a|peninsular)|deutscher zeit", "Europe/Paris"),
    (r"(?-i:AEST|AEDT)|sydney time", "Australia/Sydney"),
    (r"(?-i:IST)|india(?:n)? (?:standard )?time", "Asia/Kolkata"),  # (Irish Summer Time is written "Irish time")
    (r"(?-i:SGT)|singapore time", "Asia/Singapore"),
    (r"(?-i:GST)|(?:dubai|gulf) time", "Asia/Dubai"),
    (r"(?-i:WEST|WET)", "Europe/Lisbon"),
    # a city written as the zone: "9:00 Uhr Chicago", "10:00 Austin time", "hora de Lisboa"
    *(
        (rf"(?:uhr|h)\s+(?:{cities})|(?:{cities})\s+time|(?:hora|heure)\s+(?:de\s+)?(?:{cities})", zone)
        for zone, cities in (
            ("America/Chicago", "chicago|austin|dallas|houston|minneapolis|nashville|new orleans|kansas city|milwaukee"),
            ("America/New_York", "new york|nyc|boston|atlanta|miami|washington|philadelphia|detroit|ottawa"),
            ("America/Denver", "denver|salt lake city|calgary"),
            ("America/Phoenix", "phoenix"),
            ("America/Los_Angeles", "los angeles|san francisco|seattle|vancouver|portland|san diego"),
            ("Europe/London", "london|londres"),
            ("Europe/Lisbon", "lisbon|lisboa|lissabon|lisbonne"),
            ("Europe/Paris", "paris|berlin|madrid|amsterdam|brussels|bruxelles|zurich|zürich|vienna|wien|stockholm|"
             "copenhagen|oslo|rome|milan|munich|münchen|hamburg|frankfurt|barcelona|warsaw|prague"),
            ("America/Mexico_City", "mexico city|ciudad de méxico|monterrey|guadalajara"),
        )
    ),
    (r"(?-i:UTC)|coordinated universal time", "UTC"),
)
_ZONE_RE = re.compile(r"\b(?:" + "|".join(f"(?P<z{i}>{p})" for i, (p, _) in enumerate(_ZONES)) + r")\b", re.I)
_SPACES = re.compile(r"\s*")
_UTC_OFFSET = re.compile(r"\b(?:UTC|GMT)\s*([+-−])\s*(\d{1,2})(?::?(\d\d))?\b")

_AMPM = r"(?:a\.?\s?m\.?|p\.?\s?m\.?)(?![a-z])"
_TIME = re.compile(
    r"(?<![\d:/.$€£,-])(?:"
    rf"(?P<h1>1[0-2]|0?[1-9])(?:[:.](?P<m1>[0-5]\d))?\s*(?P<ap1>{_AMPM})"  # 2pm, 10:30 a.m., 9.30am
    r"|(?P<h2>[01]?\d|2[0-3])[:h.](?P<m2>[0-5]\d)(?!\d|\s*%|\s*(?:/|x\b))"  # 14:00, 14h00, 9.30
    r"|(?P<h4>[01]?\d|2[0-3])\s+h\s+(?P<m4>[0-5]\d)\b"  # Québec: 13 h 30
    r"|(?P<h3>[01]?\d|2[0-3])\s*(?:h|hs|hrs|uhr)\b(?!\d)"  # 14 Uhr, 14h, Argentina's "15 hs"
    # a bare hour after "at", closed by a zone or punctuation: "tomorrow at 11 (Pacific)"
    r"|(?<=\bat )(?P<h5>1[0-2]|[1-9])(?=\s*(?:\(|[,.;?!]|$|(?:a\.?m|p\.?m)|\s(?:pacific|eastern|central|mountain|"
    r"[ecmp][sd]?t|gmt|bst|cet|uk|london|works|suits|sharp|o['’]clock|then|is (?:fine|good|great|perfect))\b))"
    # Spanish "a las 5 de la tarde"
    r"|(?<=\ba las )(?P<h6>1[0-2]|[1-9])(?=\s+de la (?:tarde|noche|mañana)|\s*\(|\s*[,.?!])"
    r"|\b(?P<noon>noon|midday|mediod[ií]a|midi)\b"
    r")",
    re.I,
)
_AT_BEFORE = re.compile(r"\b(?:at|from|um|à|a las)\s+$", re.I)
# "1:00 - 2:30 PM": the first time takes the second's am/pm.
_RANGE_TAIL = re.compile(rf"\s*(?:-|–|—|to|until|bis|à|a)\s*(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s*({_AMPM})", re.I)

_WEEKDAYS = (
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    r"lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo"
)
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?|"
    r"janvier|f[eé]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[eé]cembre|"
    r"januar|februar|m[aä]rz|juni|juli|oktober|dezember|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
)
_DATE = re.compile(
    r"(?:\b(?:" + _WEEKDAYS + r")(?:'s)?,?\s*)?"
    r"(?:"
    r"\b(?:" + _MONTHS + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?(?!\d)"  # March 3, 2026
    r"|\b\d{1,2}(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?(?:" + _MONTHS + r")\.?(?:,?\s+(?:de\s+)?\d{4})?\b"  # 3 March / 3. März
    r"|\b\d{4}-\d{2}-\d{2}\b"
    r"|(?<![\d/.])\d{1,2}/\d{1,2}(?:/\d{2,4})?(?![\d/])"
    r"|(?<![\d.])\d{1,2}\.\d{1,2}\.(?:\d{2,4})?(?![\d.])"
    r")"
    r"|\b(?:(?:next|this|coming)\s+)?(?:" + _WEEKDAYS + r")(?:'s)?"
    r"|\b(?:tomorrow|today|demain|aujourd'hui|morgen|heute|(?<!la )ma[nñ]ana|hoy)\b",
    re.I,
)
_DEADLINE = re.compile(
    r"(?:(?<!come )(?<!stop )(?<!swing )(?<!drop )(?<!pop )\bby|\bbefore|\buntil|\btill|\bno later than|\bdeadline|\bdue|"
    r"\bexpires?|\bcloses?|\bbis sp[aä]testens|\bavant le|\bantes del?)\W+(?:\w+\W+){0,6}$",
    re.I,
)
_CUE_CHOSEN = re.compile(
    r"\b(?:move[sd]?|moving|reschedul\w*|shift\w*|push\w*|instead|new time|updated time|now (?:at|on|be)|"
    r"confirm\w*|booked|scheduled|see you|is set|all set|when:|date:|time:|fecha:|heure:|uhrzeit:|termin:)",
    re.I,
)
_CUE_OPTIONS = re.compile(
    r"\b(?:any of (?:these|the following)|one of (?:these|the following)|following (?:times|slots|options|dates)|"
    r"(?:these|some|a few|two|three) (?:times|slots|options)|which (?:of these |one )?(?:works|suits)|"
    r"time slots?|options?:|suggested (?:windows?|times|slots)|windows?:|alguno de estos|una de estas|l'un des cr[eé]neaux|cr[eé]neaux suivants|"
    r"einen der folgenden|folgende termine|folgenden zeiten)",
    re.I,
)
_OR_WORD = r"(?:or|ou|oder|o)"  # English, French, German, Spanish
_OR = re.compile(rf"\s{_OR_WORD}\s")
# "20, 21 or 22 August", "March 31 or April 2": days to choose from
_DAY_LIST_BEFORE = re.compile(rf"(?<!at )(?<![:.\d])\b\d{{1,2}}(?:st|nd|rd|th)?\s*(?:,|\s{_OR_WORD})\s*$")
_DAYS_JOINED = re.compile(rf"\s*(?:,|{_OR_WORD})\s*")
_WEEKDAY_ONLY = re.compile(r"\(?(?:" + _WEEKDAYS + r")\)?", re.I)
# A forwarded message's header block ("From: ... / Sent: ... / To: ...") and "On <date>, X wrote:" lines: their
# timestamps are when mail was written, not when anyone meets. An itinerary's own "Date:" line stays.
_HEADER_LINE = re.compile(
    r"^\s*(?:sent|gesendet|envoy[eé]|enviado)\s*:.*$|^on .{5,80} wrote:\s*$|"
    r"^\s*(?:from|von|de)\s*:.*\n(?:\s*(?:date|datum|to|an|à|para|cc|subject|betreff|objet|asunto)\s*:.*\n?){1,5}",
    re.I | re.M,
)


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    when: date | None = None
    at: time | None = None
    zone: tzinfo | None = None
    deadline: bool = False


def interview_at(msg: Message) -> datetime | None:
    """The start of the interview this message schedules, timezone-aware, or None."""
    text_zone = _zone_in(msg.text) or _zone_in(msg.subject)
    for event in msg.calendar:
        if isinstance(event.start, datetime):
            start = event.start
            if start.tzinfo is None:
                return start.replace(tzinfo=text_zone or _msg_zone(msg))
            if start.utcoffset() == timedelta(0) and (text_zone or msg.date):
                return start.astimezone(text_zone or _msg_zone(msg))  # show a UTC invite in the mail's zone
            return start
    for text in (msg.text, msg.forwarded):
        found = _from_text(text or "", msg)
        if found is not None:
            return _irish_ist(found, msg)
    return None


_KOLKATA = ZoneInfo("Asia/Kolkata")


def _irish_ist(found: datetime, msg: Message) -> datetime:
    """"IST" is India's time, but Irish Standard Time in mail sent from Ireland's clock (UTC+0 / +1)."""
    if found.tzinfo == _KOLKATA and _utc_offset(msg.date) in (timedelta(0), timedelta(hours=1)):
        return found.replace(tzinfo=ZoneInfo("Europe/Dublin"))
    return found


def _utc_offset(sent: datetime | None) -> timedelta | None:
    """The sender's clock offset from the Date header, when it states one."""
    return sent.utcoffset() if sent is not None and sent.tzinfo is not None else None


def _msg_zone(msg: Message) -> tzinfo:
    return msg.date.tzinfo if msg.date and msg.date.tzinfo else UTC


def _zone_in(text: str) -> tzinfo | None:
    m = _UTC_OFFSET.search(text or "")
    if m:
        if text[m.end() : m.end() + 1] == ")":
            # Outlook's "(UTC-06:00) Central Time (US & Canada)" gives the zone's standard offset: the named zone
            # knows whether summer time applies on the day.
            named = _ZONE_RE.match(text, _SPACES.match(text, m.end() + 1).end())
            if named:
                return _zone_of(named)
        sign = -1 if m.group(1) in "-−" else 1
        return fixed_zone(sign * timedelta(hours=int(m.group(2)), minutes=int(m.group(3) or 0)))
    named = _ZONE_RE.search(text or "")
    return _zone_of(named) if named else None


def _zone_of(m: re.Match[str]) -> tzinfo | None:
    """The zone of a `_ZONE_RE` match: the one whose alternative matched."""
    for i, (_, zone) in enumerate(_ZONES):
        if m.group(f"z{i}"):
            return ZoneInfo(zone)
    return None


def _from_text(text: str, msg: Message) -> datetime | None:
    if not text or msg.date is None:
        return None
    text = _HEADER_LINE.sub(lambda m: " " * len(m.group(0)), text)
    dates = [d for d in _dates(text, msg) if d.when]
    times = _times(text)
    if not times:
        return None
    if any(_DAY_LIST_BEFORE.search(text[max(0, d.start - 20) : d.start]) for d in dates) or any(
        a.when != b.when and _DAYS_JOINED.fullmatch(text[a.end : b.start]) for a, b in itertools.pairwise(dates)
    ):
        return None  # days offered to choose from: no start yet
    # the subject's day only when the text names none ("Your onsite on Thursday" over "Thursday 11 September")
    context_days = {d.when for d in dates if not d.deadline} or {d.when for d in _dates(msg.subject or "", msg) if d.when}
    candidates: list[tuple[datetime, int]] = []
    zoned: set[int] = set()  # positions of times that name their own zone
    text_zone = _zone_in(text) or _msg_zone(msg)  # for times that name no zone of their own
    for t in times:
        if t.deadline or t.at is None:
            continue
        day = _nearest_date(t, dates, text)
        if day is None and len(context_days) == 1:
            day = next(iter(context_days))
        if day is None:
            continue
        if re.search(r"\d(?:\s*[ap]\.?\s?m\.?)?\s*[-–]\s*$", text[max(0, t.start - 12) : t.start], re.I):
            continue  # the end of a range ("11:00am - 11:30am"): not a start
        ahead = 70 if re.match(r"\s*(?:[ap]\.?\s?m\.?)?\s*[-–]\s*\d", text[t.end :], re.I) else 40
        named = t.zone or _zone_in(text[t.end : t.end + ahead])
        candidates.append((datetime.combine(day, t.at, tzinfo=named or text_zone), t.start))
        if named:
            zoned.add(t.start)
    if not candidates:
        return None
    if zoned and len({c.date() for c, _ in candidates}) == 1:
        # "16:00 CET (09:00 in Austin)": the time that names its zone, not the reader's conversion that does not
        candidates = [(c, pos) for c, pos in candidates if pos in zoned]
    distinct = sorted({c for c, _ in candidates})
    if len(distinct) == 1:
        return distinct[0]
    by_pos = sorted(candidates, key=lambda cp: cp[1])
    for (a, pa), (b, pb) in itertools.pairwise(by_pos):
        if a != b and pb - pa < 60 and _OR.search(text[pa:pb]):
            return None  # "Would Tuesday at 2pm or Wednesday at 11am work instead?": two options, no start yet
    chosen = [c for c, pos in candidates if _CUE_CHOSEN.search(text[max(0, pos - 90) : pos])]
    if len({*chosen}) == 1:
        return chosen[0]
    if _CUE_OPTIONS.search(text) or len({c.date() for c in distinct}) > 1:
        return None  # slots to choose from, or several days: no single start
    return distinct[0]  # one day's agenda: it starts with its first item


def _nearest_date(t: _Found, dates: list[_Found], text: str) -> date | None:
    """The date written in the same paragraph, closest to the time (within a sentence or two)."""
    best: tuple[int, date] | None = None
    for d in dates:
        lo, hi = (d.end, t.start) if d.end <= t.start else (t.end, d.start)
        gap = text[lo:hi]
        if "\n\n" in gap or len(gap) > 90 or d.when is None:
            continue
        if best is None or len(gap) < best[0]:
            best = (len(gap), d.when)
    return best[1] if best else None


def _times(text: str) -> list[_Found]:
    out: list[_Found] = []
    for m in _TIME.finditer(text):
        if m.group("noon"):
            at = time(12, 0)
        else:
            hour = int(m.group("h1") or m.group("h2") or m.group("h4") or m.group("h3") or m.group("h5") or m.group("h6"))
            minute = int(m.group("m1") or m.group("m2") or m.group("m4") or 0)
            ampm = m.group("ap1")
            if not ampm:
                tail = _RANGE_TAIL.match(text, m.end())
                ampm = tail.group(1) if tail else None
            if m.group("h2") and m.group(0)[len(m.group("h2"))] == "." and not ampm and not _AT_BEFORE.search(
                text[max(0, m.start() - 12) : m.start()]
            ):
                continue  # "9.30" without am/pm is more often a version or a score than a time (but "at 11.15" is one)
            if ampm:
                if hour > 12:
                    continue
                pm = ampm.lower().startswith("p")
                hour = hour % 12 + (12 if pm else 0)
                if m.group("ap1") is None and pm and m.group("h2") and _later_than_end(hour, minute, text, m.end()):
                    hour -= 12  # "11:30 - 12:15 PM" starts in the morning
            elif m.group("h6") and re.match(r"\s+de la (?:tarde|noche)", text[m.end() :]) and hour < 12:
                hour += 12  # "a las 5 de la tarde"
            elif (m.group("h2") or m.group("h5") or m.group("h6")) and 1 <= hour <= 6:
                hour += 12  # "3:00" in a working day means the afternoon
            at = time(hour, minute)
        before = text[max(0, m.start() - 40) : m.start()]
        if re.search(r"\b(?:between|zwischen|entre)\s+(?:\S+\s+(?:[ap]\.?m\.?\s+)?(?:and|und|et|y)\s+)?$", before, re.I):
            continue  # "between 9:00 AM and 4:00 PM": a window to choose in, not a start
        after = text[m.end() : m.end() + 50].split("\n")[0]
        zone = _zone_in(after) or (ZoneInfo("Europe/London") if re.match(r"\s*\(?\s*(?:UK|GB)\b", after) else None)
        out.append(_Found(m.start(), m.end(), at=at, zone=zone, deadline=_is_deadline(before)))
    return out


def _is_deadline(before: str) -> bool:
    """Whether the words before a time or a day make it a deadline ("complete it by"); a deadline governs its own
    sentence: "arrive ... by 8:45 AM." does not make the next line's "9:00" one."""
    return bool(_DEADLINE.search(_SENTENCE_BREAK.split(before)[-1]))


_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n\s*\n")


def _later_than_end(hour: int, minute: int, text: str, pos: int) -> bool:
    tail = re.match(r"\s*\S+\s*(1[0-2]|0?[1-9])(?::([0-5]\d))?", text[pos:])
    if not tail:
        return False
    end_hour = int(tail.group(1)) % 12 + 12
    return (hour, minute) > (end_hour, int(tail.group(2) or 0))


# Countries on UTC (in winter) that write the day first: their senders' "03/11" is 3 November.
_DAY_FIRST_TLDS = frozenset("uk ie pt is ma sn gh ci es fr de nl be".split())


def day_first(sent: datetime | None, sender: str = "") -> bool:
    """Whether "3/11" in mail sent at this time most likely means 3 November: the sender's clock is east of UTC
    (Europe in summer, Africa, Asia, Australia), or on UTC at a British, Irish or other day-first domain. West of
    UTC, and at UTC from elsewhere (where ATS servers send from), the month comes first."""
    offset = _utc_offset(sent)
    if offset is None:
        return False
    return offset > timedelta(0) or (offset == timedelta(0) and sender.rpartition(".")[2].lower() in _DAY_FIRST_TLDS)


def _dates(text: str, msg: Message) -> list[_Found]:
    out: list[_Found] = []
    base = msg.date.replace(tzinfo=None) if msg.date else None
    dmy = day_first(msg.date, msg.from_email)
    last_end: int | None = None
    for m in _DATE.finditer(text or ""):
        if (
            last_end is not None
            and _WEEKDAY_ONLY.fullmatch(m.group(0).strip())
            and re.fullmatch(r"[\s,(]*", text[last_end : m.start()])
        ):
            last_end = m.end()
            continue  # "12/03/2026 (Thursday)": the weekday restates the date before it
        last_end = m.end()
        when = _parse_day(m.group(0), base, dmy)
        before = text[max(0, m.start() - 40) : m.start()]
        out.append(_Found(m.start(), m.end(), when=when, deadline=bool(_DEADLINE.search(before))))
    return out


def _parse_day(fragment: str, base: datetime | None, dmy: bool = False) -> date | None:
    fragment = re.sub(r"'s\b", "", fragment).strip(" ,.")
    if re.search(r"\d", fragment):  # "Thursday 11/12": the date decides, the weekday only confirms it
        fragment = re.sub(r"^(?:" + _WEEKDAYS + r")[,.]?\s*", "", fragment, flags=re.I).strip(" ,.")
    if base is None:
        return None
    return _parse_day_cached(fragment.lower(), base.replace(hour=12, minute=0, second=0, microsecond=0), dmy)


@lru_cache(maxsize=4096)
def _parse_day_cached(fragment: str, base: datetime, dmy: bool = False) -> date | None:
    m = re.fullmatch(r"(?:(next|this|coming)\s+)?(\w+?)\.?", fragment)
    if m and m.group(2)[:3] in _EN_DAYS:
        ahead = (_EN_DAYS.index(m.group(2)[:3]) - base.weekday()) % 7
        if m.group(1) == "next":  # "next Friday" on a Wednesday: the Friday of next week
            ahead = 7 - base.weekday() + _EN_DAYS.index(m.group(2)[:3])
        if ahead == 0 and m.group(1) != "this":
            ahead = 7  # "Thursday" written on a Thursday means next week's
        return (base + timedelta(days=ahead)).date()
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{2,4})?", fragment)
    if m:  # "09.12.2025" is day first
        try:
            year = int(m.group(3)) + (2000 if m.group(3) and len(m.group(3)) == 2 else 0) if m.group(3) else base.year
            return date(year, int(m.group(2)), int(m.group(1)))
        except ValueError:
            return None
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?", fragment)
    if m:
        month, day = int(m.group(1)), int(m.group(2))
        if (dmy and day <= 12) or month > 12:
            month, day = day, month  # "12/11/2025 10:00 AM (AEDT)", "25/11"
        year = int(m.group(3)) if m.group(3) else base.year
        year += 2000 if year < 100 else 0
        try:
            found = date(year, month, day)
        except ValueError:
            return None
        if not m.group(3) and found < base.date() - timedelta(days=31):
            found = found.replace(year=year + 1)
        return found
    if fragment in ("today", "tomorrow"):
        return (base + timedelta(days=fragment == "tomorrow")).date()
    m = _EN_MONTH_DAY.fullmatch(fragment) or _EN_DAY_MONTH.fullmatch(fragment)
    if m:  # the common English shapes, read directly (dateparser costs milliseconds)
        month = _EN_MONTHS.index(m.group("month")[:3]) + 1
        year = int(m.group("year")) if m.group("year") else base.year
        try:
            found = date(year, month, int(m.group("day")))
        except ValueError:
            return None
        if not m.group("year") and found < base.date():
            found = found.replace(year=year + 1)  # as dateparser's "future" preference does
        return found
    settings = {"PREFER_DATES_FROM": "future", "RELATIVE_BASE": base, "RETURN_AS_TIMEZONE_AWARE": False}
    try:
        parsed = dateparser.parse(fragment, languages=["en", "fr", "de", "es"], settings=settings)  # type: ignore[arg-type]
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    if parsed is None or abs((parsed - base).days) > 400:
        return None
    return parsed.date()


_EN_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_EN_MONTH_NAME = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_EN_MONTH_DAY = re.compile(_EN_MONTH_NAME + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{4}))?")
_EN_DAY_MONTH = re.compile(r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _EN_MONTH_NAME + r"(?:,?\s+(?P<year>\d{4}))?")
