"""Facts from a classified Message: company, contact, role, interview time, return date, redirect.

Pure: no I/O, no clock (relative dates resolve against the message's own Date header and time
zone), no network. Dates go through dateparser / icalendar, never hand-written date math.
Fields that cannot be found are "" or None: a draft addressed to "Dear None" is worse than none.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

import dateparser

from assistant.classify import ats_name, is_no_reply, writes_to_organisation
from assistant.classify_rules import (
    ATS_DOMAINS,
    PERSONAL_DOMAINS,
    SHARED_ORG_DOMAINS,
    lower_for_needles,
    required_substrings,
)
from assistant.interview_time import day_first
from assistant.interview_time import interview_at as find_interview_at
from assistant.models import Facts, Message

# Words that make a display name or a signature line an organisation rather than a person.
ORG_WORDS = frozenset(
    """
    recruiting recruitment recruiter careers career talent talents team hr human resources resource acquisition
    jobs job notifications notification alerts alert inc inc. llc ltd gmbh co co. corp company bank health
    analytics robotics lending insurance leasing admissions admission graduate school university college
    center centre services service support office department district city county state program chairs
    committee folks data logistics foods labs systems group partners solutions software payments capital
    credit union clinics clinic fabrication packaging foundation project alliance academy the of via and
    newsletter news digest community people staffing hiring noreply no-reply info hello mail
    ihr ihre euer dein deine your votre tu jobagent jobalert stellenmarkt équipe equipo l'équipe recrutement selección personalabteilung
    apply oracle taleo workday greenhouse icims jobvite indeed linkedin ziprecruiter glassdoor
    unsubscribe updates update bulletin talento admisiones equipo personalgewinnung geschäftsführung departamento
    recursos humanos voluntariado reclutamiento electronics semiconductor semiconductors automotive manufacturing industries industrial technologies engineering
    consulting consultores pharma pharmaceuticals chemicals plastics aerospace beverages brewery textiles mining
    cementos aceros autopartes electrónica industrias manufacturas holdings ventures hospitality bancorp
    résidence résidences hôtels restaurants brasseries voyages croisières domaine château auberge
    assurances assurance mutuelle seguros versicherungen informatique ingénierie réseau sede auftrag namen maison brasserie logistique hôpital ressources coop coopérative épicerie
    boulangerie cabinet société entreprise transports pharmacie laboratoires ministère supply content maschinenbau anlagenbau energie energietechnik technik bahntechnik
    hausverwaltung verwaltung stadtwerke werke werk gruppe holding dienstleistungen personalberatung beratung
    ingenieurbüro hochschule universität institut akademie stiftung verein verband clínica clínicas clinica clinicas clinique cliniques airline airlines airways aerolínea aerolíneas compagnie fluggesellschaft
    meetup meetups scheduling interview interviews alertes alerte emploi emplois awards award financière financial
    events society association club network council coordination marketing communications billing accounts
    construction constructions contractors contracting consultants conseil conseils experts-conseils ingénieurs
    ingenieurs engineers architectes architects structures fils frères associés carrières carrieres payroll portal
    deutsche tickets edition verlag immobilien weiterlesen zum zur angebot abbestellen board mixer biotech research
    coaching
    """.split()
)

# Job-title nouns: a role candidate must contain one.
TITLE_WORDS = frozenset(
    """
    analyst analyste analista engineer ingénieur ingeniero ingenieur developer développeur desarrollador
    jefe jefa responsable técnico técnica directora auxiliar encargado encargada conseiller conseillère chargé chargée
    directeur directrice gestionnaire acheteur acheteuse adjoint adjointe technicien technicienne berater beraterin
    leiter leiterin referent referentin sachbearbeiter sachbearbeiterin
    entwickler designer coordinator coordinatrice coordinador manager gerente specialist spécialiste
    especialista associate assistant teacher professor supervisor planner director lead intern internship
    stagiaire trainee apprentice consultant consultante representative officer administrator scientist
    technician nurse accountant clerk architect programmer tester writer editor producer recruiter
    advisor adviser agent operator controller auditor strategist economist researcher therapist
    pharmacist paralegal cashier receptionist secretary driver mechanic electrician chef cook
    coach instructor tutor librarian executive admin chair dean partner counselor counsellor head vp principal fellow buyer merchandiser
    dispatcher scheduler estimator inspector investigator underwriter referent referentin sachbearbeiter
    mitarbeiter berater leiter werkstudent gestionnaire chargé chargée responsable técnico técnica
    coordinadora coordinateur coordinatrice coordinatora supervisora asesor asesora asistente ejecutivo ejecutiva
    consultor consultora diseñador diseñadora desarrolladora ingeniera enfermera enfermero contador contadora
    administrativo administrativa redactor redactora cheffe développeuse rédacteur rédactrice assistante juriste
    comptable infirmier infirmière ingénieure leitung managerin entwicklerin ingenieurin fachkraft
    werkstudentin praktikant praktikantin texter texterin redakteur redakteurin gestalter gestalterin spezialist
    navigator ambassador liaison advocate educator trainer facilitator generalist presidente presidenta president secretario tesorero spezialistin koordinator koordinatorin einkäufer einkäuferin disponent disponentin assistenz hrbp ae sdr bdr csm
    """.split()
)
# German compounds end in a title noun: "Teamleitung", "Projektleiterin", "Produktmanager".
_TITLE_COMPOUND = re.compile(
    r"..(?:leitung|leiter|leiterin|manager|managerin|referent|referentin|berater|beraterin|entwickler|entwicklerin|"
    r"designer|designerin|assistenz|koordinator|koordinatorin)$"
)

_CAP = r"[A-ZÀ-ÝĀ-Ž][\w'’.+#/-]*"
_CALENDAR_START = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Today|Tomorrow)"
_NAME_PHRASE = re.compile(
    # "Meridale 3PL", "Texas Commission on Rural Broadband", "Fondation de l'Hôpital Sainte-Clotilde", "Brasserie des Vallons"
    rf"{_CAP}(?:(?:[ \t]+(?:&[ \t]+|of[ \t]+|(?:on|for)[ \t]+(?!{_CALENDAR_START})|de[ \t]+|du[ \t]+|des[ \t]+|del[ \t]+|"
    rf"de[ \t]+la[ \t]+|and[ \t]+)?|[ \t]+(?:de[ \t]+)?l['’]|[ \t]+d['’])(?:{_CAP}|\d[A-Z]{{1,3}}(?![\w-]))){{0,5}}"
)
_TTOK = r"(?:\.NET|[A-ZÀ-Ý][a-z]{0,2}\.|[A-ZÀ-Ý0-9][\w+#/&'-]*)"
_TITLE = (
    rf"(?:(?:\d+(?:st|nd|rd|th)\s+)?{_TTOK}"
    rf"(?:[ \t]+(?:&[ \t]+|of[ \t]+|and[ \t]+|de[ \t]+|d'|for[ \t]+)?{_TTOK})*"
    r"(?:[ \t]+[–-][ \t]+(?:\d\w*[ \t]+)?[A-Z]\w+(?:[ \t]+\w+)?)?"
    r"(?:,[ \t]+Grades?[ \t]+[\d-]+)?"
    r"(?:[ \t]+\((?:m/w/d|w/m/d|f/m/d|m/f/d|h/f|f/h|remoto|remote|hybrid|contractor|[A-Za-zé/ ]{2,20})\))?)"
)
_TITLE_RE = re.compile(_TITLE)
_SIGNOFF = re.compile(
    r"^\s*(?:thanks|thank you|many thanks|best|best regards|best wishes|regards|kind regards|warm regards|warmly|"
    r"sincerely|cheers|all the best|with gratitude|with appreciation|take care|looking forward to it|"
    r"with (?:best|kind|warm|warmest|many) (?:wishes|regards|thanks)|"
    r"thanks for being flexible|un saludo|saludos|atentamente|cordialement|bien cordialement|"
    r"mit freundlichen gr(?:ü|ue)(?:ß|ss)en|(?:viele|beste|herzliche|liebe|freundliche) gr(?:ü|ue)(?:ß|ss)e|mit besten gr(?:ü|ue)(?:ß|ss)en|"
    r"salutations|bien à vous|un abrazo|abrazos|un cordial saludo)\b[^\n]{0,30}[,.!]?\s*$",
    re.I | re.M,
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_SUBJECT_PREFIX = re.compile(
    r"^\s*(?:(?:re|fwd?|fw|aw|wg|tr|rv|sv|automatic reply|auto(?:matic)?[- ]reply|out of (?:the )?office|"
    r"automatische antwort|réponse automatique|respuesta automática)\s*:\s*)+",
    re.I,
)
_LANGS = ["en", "de", "fr", "es"]
def _unwrap(text: str) -> str:
    """Join hard-wrapped prose lines (a line break after a long line) so phrases are not cut."""
    return re.sub(r"(?<=[^\n]{55})\n(?=[^\n\s])", " ", text)


# Words that end (or, for PREFIXES, begin) many organisation names: "harborviewmuseum" -> "Harborview Museum".
ORG_SUFFIXES = tuple(
    sorted(
        set(
            """
    games media learning network networks outdoor outdoors insurance pediatrics medical retail hotels hotel transit
    bank civic market markets studio studios labs lab health trust devices conseil analytics outfitters grocers
    systems robotics payments partners logistics logistik software foods food capital solutions group consulting
    clinics clinic energy freight technologies tech works museum press creative solar brewing brewery college
    security pharmacy hospital authority council versicherung ride bikes coffee bakery kitchen kitchens design
    designs architects architecture legal law dental vision care homes realty properties ventures holdings
    industries manufacturing motors mobility power water airlines travel tours fitness sports apparel goods
    supply supplies shop store stores cooperative bio biotech therapeutics pharma diagnostics digital marketing
    communications films pictures records music publishing books news radio education academy institute school
    university foundation fund advisors advisory cloud data wireless telecom mobile apps engineering construction
    builders electric garden gardens farms farm dairy wines vineyards distillery beverages drinks cafe
    restaurants hospitality resorts lodge library gallery theatre theater agency collective cooperative hub
    organics hospice commerce trucking grid montessori veterinary roasters aid services federal dermatology
    orthodontics pediatrics events interiors landscaping plumbing roofing staffing recruiting cellars
    pharmaceuticals cycles cycling mechanical electrical hvac taqueria cantina bistro grill diner pizzeria salon
    schools clubs materials industrial cargo ports wearables packaging textiles chemicals metals plastics mining
    aerospace automotive shipping transport transportation distribution warehousing nutrition brands consultants
    outsourcing freightways airways railways expressways tutoring tutors mutual tools provisions rail civil property
    nature wind automation precision hydraulics aerospace timber lumber steel paper
            """.split()
        ),
        key=len,
        reverse=True,
    )
)
# Industry words that are also common surnames stay person-like at the end of a name ("Jude Law").
_ORG_SUFFIX_SET = frozenset(ORG_SUFFIXES) - {"law", "power", "lodge", "hub", "bank", "care", "press", "fund", "farm", "ride", "works"}
ORG_PREFIXES = (
    "grupo", "groupe", "gruppe", "estudio", "atelier", "maison", "casa", "studio", "haus", "banco", "clinica", "the",
    "transportes", "transports", "industrias", "laboratorios", "laboratoires", "editions", "éditions", "editorial",
    "fundación", "fondation", "stiftung", "instituto", "institut", "hotel", "hôtel", "banque", "clínica",
    "gemeente", "stadt", "ville", "ayuntamiento", "comune", "kommune", "clinicas", "clinique", "cliniques",
    "cerveceria", "distribuidora", "supermercados", "almacenes", "horticola", "logistica", "comercial", "industrias",
    "manufacturas", "productos", "servicios", "comercializadora", "constructora", "inmobiliaria", "distribuciones",
    "distributions", "alimentos", "consultora", "corporación", "corporacion", "empresas", "transportadora",
    "construction", "constructions", "consultants", "conseil", "ingenieria", "ingeniería", "ingénierie", "ingenierie",
    "société", "societe", "entreprises", "theater", "theatre", "théâtre", "museum", "musée", "edition", "verlag",
)
_ORG_PREFIXES_FOLDED = frozenset(unicodedata.normalize("NFKD", p).encode("ascii", "ignore").decode() for p in ORG_PREFIXES)


_STEM_ABBREVIATIONS = {"fcu": "Federal Credit Union", "cu": "Credit Union"}


def _pretty_stem(stem: str) -> str:
    """'pinecrestanalytics' -> 'Pinecrest Analytics'; 'kranich-logistik' -> 'Kranich Logistik';
    'orchardandpine' -> 'Orchard & Pine'; 'estudiomarea' -> 'Estudio Marea'."""
    if "-" in stem:
        return " ".join(p.title() for p in stem.split("-"))
    for short, long in _STEM_ABBREVIATIONS.items():  # "driftwoodcu" is "Driftwood Credit Union"
        if stem.endswith(short) and len(stem) > len(short) + 4 and len(_segment_stem(stem[: -len(short)])) >= 1:
            head = stem[: -len(short)]
            if head in _word_costs() or len(_dictionary_split(head)) > 1:
                return f"{_pretty_stem(head)} {long}"
    parts = _segment_stem(stem)
    if (
        len(parts) == 2
        and "&" not in parts
        and parts[1] not in _ORG_SUFFIX_SET
        and parts[0] not in ORG_PREFIXES
        and parts[0] not in ("saint", "san", "santa", "sainte", "mount", "fort", "lake", "new", "port", "upper", "lower")
    ):
        return stem.title()  # two plain words are one brand: "Kitebase", "Fieldnote", "Tallyrock"
    return " ".join(w.title() if w != "&" else w for w in parts)


def _attested_spelling(pretty: str, stated: str) -> str:
    """Re-join the pieces of a split domain that the mail writes as one word: 'Plum Tree Learning' -> 'Plumtree
    Learning' when the mail says 'Plumtree'."""
    words = pretty.split()
    if len(words) < 2:
        return pretty
    stated = re.sub(r"\S*[@/]\S*|\b[\w-]+\.(?:com|org|net|io|co|ai|de|fr|es|uk)\b", " ", stated)  # not addresses or links
    seen = {_fold(w): w for w in re.findall(r"(?<![\w.-])[A-ZÀ-Ý][a-zà-ÿ]{3,}(?![\w-])", stated)}
    out: list[str] = []
    i = 0
    while i < len(words):
        for j in range(len(words), i + 1, -1):
            one = seen.get(_fold("".join(words[i:j])))
            if one:
                out.append(one if one[0].isupper() else one.title())
                i = j
                break
        else:
            out.append(words[i])
            i += 1
    return " ".join(out)


def _segment_stem(stem: str, inner: bool = False) -> list[str]:
    m = re.fullmatch(r"([a-z]{3,})and([a-z]{3,})", stem)
    if m and (m.group(1) in _word_costs() or len(_dictionary_split(m.group(1))) > 1):  # not "norrl & timber"
        return [*_segment_stem(m.group(1)), "&", *_segment_stem(m.group(2))]
    for pre in ORG_PREFIXES:
        if stem.startswith(pre) and len(stem) > len(pre) + 3:
            return [pre, *_segment_stem(stem[len(pre) :])]
    for suf in ORG_SUFFIXES:
        if inner and (suf in _COMPOUND_ENDINGS or len(stem) < len(suf) + 4):
            continue  # "redwater" stays whole inside "redwaterlabs"
        if stem.endswith(suf) and len(stem) > len(suf) + 2:
            # "redwaterlabs" is "Redwater Labs"; "copperkettlefoods" is "Copper Kettle Foods"
            return [*_segment_stem(stem[: -len(suf)], inner=True), suf]
    return _dictionary_split(stem)


_WORD_COST: dict[str, float] | None = None


def _word_costs() -> dict[str, float]:
    """Zipf costs of English words (wordninja's Wikipedia word list), loaded on first use."""
    global _WORD_COST
    if _WORD_COST is None:
        import gzip
        import math

        try:
            import wordninja  # type: ignore[import-untyped]

            path = f"{wordninja.__path__[0]}/wordninja_words.txt.gz" if hasattr(wordninja, "__path__") else ""
            if not path:
                from pathlib import Path

                path = str(Path(wordninja.__file__).parent / "wordninja" / "wordninja_words.txt.gz")
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                words = fh.read().split()
        except Exception:  # no word list: names stay as the domain spells them
            words = []
        log_n = math.log(max(len(words), 2))
        # Only words common enough to be a name's part ("saint", "rim"), not rare ones ("haus", "quil").
        _WORD_COST = {
            w: math.log((i + 1) * log_n) for i, w in enumerate(words[:40000]) if len(w) >= 5 or i < 15000
        }
    return _WORD_COST


@lru_cache(maxsize=4096)
def _dictionary_split(stem: str) -> list[str]:
    """'saintagnes' -> ['saint', 'agnes'], 'gildedsparrow' -> ['gilded', 'sparrow']; a stem that is one word, or
    that only splits into short or unknown pieces ('monarchcg', 'heliogrid'), stays whole."""
    costs = _word_costs()
    if len(stem) < 7 or stem in costs or not costs:
        return [stem]
    n = len(stem)
    best: list[tuple[float, int]] = [(0.0, 0)] + [(float("inf"), 0)] * n
    for i in range(1, n + 1):
        for j in range(max(0, i - 20), i - 2):
            c = costs.get(stem[j:i])
            if c is not None and best[j][0] + c + 4.0 < best[i][0]:
                best[i] = (best[j][0] + c + 4.0, j)
    if best[n][0] == float("inf") or best[n][0] > 18.0 * 2:
        return [stem]
    parts: list[str] = []
    i = n
    while i > 0:
        j = best[i][1]
        parts.append(stem[j:i])
        i = j
    parts.reverse()
    if len(parts) == 2 and (parts[1] in _COMPOUND_ENDINGS or parts[0] in _COMPOUND_STARTS):
        return [stem]  # "Lindenhurst", "Northgate", "Fernhill", "Bellweather": one word in names
    return parts if len(parts) <= 3 else [stem]


_COMPOUND_ENDINGS = frozenset(
    "hurst gate hill hills wood woods field fields view brook stone ridge line grove water ton ford dale crest haven "
    "wick weather wing bridge port mont side land shire worth mark point light house star stream way well burn back "
    "loom wave glow bury marsh cyon rena cliff castle moor vale bay leaf stead "
    "bury ville berg feld dorf stein bach".split()
)
_COMPOUND_STARTS = frozenset("north south east west blue red green iron oak pine sun star bright clear silver gold".split())


@lru_cache(maxsize=8192)
def _initials_then_word(phrase: str, stem: str) -> bool:
    """A domain made of initials and then a word of the name: "Tétreault Gingras Experts-Conseils" is tgexperts.ca,
    "Bouchard Pelletier Ingénieurs" bpingenieurs.ca."""
    tokens = [_fold(t) for t in re.split(r"[\s-]+", phrase) if _fold(t)]
    stem = stem.replace("-", "")
    for k in range(2, len(tokens)):
        initials = "".join(t[0] for t in tokens[:k])
        rest = stem[len(initials) :]
        if stem.startswith(initials) and len(rest) >= 3 and "".join(tokens[k:]).startswith(rest):
            return True
    return False


_ACRONYM_PARTICLES = frozenset("de du des la le les l d of the and et y del en for für und der die das".split())
_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _spelled_out(text: str, acronyms: set[str]) -> list[str]:
    """Names whose initials, lower-case words included and particles left out, spell one of `acronyms`:
    "Société de transport de Val-Morency" (STVM), "Autorité régionale de transport de Laurentie" (ARTL)."""
    wanted = {a for a in acronyms if 3 <= len(a) <= 6}
    if not wanted:
        return []
    found: list[str] = []
    for line in text.split("\n"):
        if len(line) > 200:
            continue
        tokens = list(_LETTER_RUN.finditer(line))
        for i, first in enumerate(tokens):
            if not first.group(0)[0].isupper() or first.group(0).lower() in _ACRONYM_PARTICLES:
                continue
            before = tokens[i - 1] if i else None
            if before and before.group(0)[0].isupper() and not line[before.end() : first.start()].strip():
                continue  # "Ridgeline Federal Credit Union" for FCU: part of a longer name
            initials = ""
            for tok in tokens[i : i + 12]:
                word = tok.group(0)
                if word.lower() in _ACRONYM_PARTICLES:
                    continue
                initials += word[0].upper()
                span = line[first.start() : tok.end()]
                if initials in wanted and word[0].isupper() and not re.search(r"[.,;:!?()|/]", span):
                    found.append(span)
                if not any(a.startswith(initials) for a in wanted):
                    break
    return found


@lru_cache(maxsize=16384)
def _fold(s: str) -> str:
    """Lower-case ASCII letters only: "Renée" -> "renee"."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and c.isalpha()).lower()


_GENERIC_LABELS = frozenset(
    "com org net io co de fr es uk edu gov ai dev app energy eu mail email e hire talent careers jobs us ca au "
    "ac state mx ar cl br it nl be ch at ie nz in sg www hr people apply recruiting nhs example pt".split()
)


def _domain_stem(addr: str) -> str:
    dom = addr.rpartition("@")[2].lower()
    labels = dom.split(".")
    if len(labels) > 1 and labels[-1] not in ("com", "org", "net", "io", "co", "de", "fr", "es", "uk", "edu", "gov", "ai", "dev", "app", "eu"):
        labels = labels[:-1]  # a descriptive top-level domain ("quarrylane.media") is not the name
    dom = ".".join(labels)
    parts = [
        p
        for p in dom.split(".")
        if p not in _GENERIC_LABELS and not any(c.isdigit() for c in p) and len(p) > 1
    ]
    named = [p for p in parts if len(p) >= 3]  # "ridgeview.k12.il.us": not the state's "il"
    return (named or parts)[-1] if parts else ""


@lru_cache(maxsize=8192)
def _strip_org_suffix(name: str) -> str:
    name = re.sub(
        r"^(?:(?:el\s+)?equipo|das\s+[\w-]*team|l['’]équipe|[\w-]*team|recruiting\s+team|talent\s+team|personalabteilung|"
        r"talents?|talento|recrutement|selección|seleccion|rrhh|careers|jobs|bewerbermanagement|personalgewinnung)"
        r"(?:\s+(?:de\s+)?(?:talento|selección|seleccion|rrhh|recrutement|recruiting|talents?))?"
        r"\s+(?:de|von|at|of|du|de\s+la|der|des)\s+",
        "",
        name,
        flags=re.I,
    )  # "Equipo de Talento de Grupo Almarena"
    name = re.sub(r"\s*\((?:via [^)]*|jira|github)\)\s*$", "", name, flags=re.I)
    name = re.sub(r"\s+via\s+\w+$", "", name, flags=re.I)
    name = re.sub(r"^the\s+", "", name, flags=re.I)
    name = re.sub(r"\s*[-|·–,]\s*(?:human resources|talent acquisition|hr|recruiting|careers)$", "", name, flags=re.I)
    for _ in range(3):
        new = re.sub(
            r"\s+(?:talent acquisition|talent team|talent|recruiting team|recruitment team|recruiting|recruitment|"
            r"careers?|hiring team|hiring|people team|people ops|hr team|human resources|hr|jobs|(?<!Family Health )team|notifications|qa|"
            r"interviews|interviewing|interview scheduling|scheduling|"
            r"admissions(?: office)?|people (?:&|and) culture|people & talent|"
            r"selección|seleccion|rrhh|recursos humanos|talento|recrutement|ressources humaines|rh|personalabteilung|"
            r"personal|personaldienst|personalamt|personalwesen|karriere|bewerbermanagement|empleo|empleos|trabajo|emploi|resourcing|"
            r"carrières|carrieres|emplois|"
            r"stellen)$",
            "",
            name,
            flags=re.I,
        )
        if new == name:
            break
        name = new
    return name.strip(" ,-|·")


_GREETING_WORDS = frozenset(
    "grüße grüsse gruesse gruss gruß regards saludos cordiales cordialement salutations wishes greetings".split()
)
_ORG_COMPOUND = re.compile(
    r"\w{3}(?:kanzlei|praxis|verlag|technik|versicherung|gesellschaft|zentrum|klinik|beratung|agentur)$|-team$", re.I
)
_NAME_PARTICLES = frozenset("de van von der den da di du la le del della bin al ter ten".split())


@lru_cache(maxsize=8192)
def looks_like_person(name: str) -> bool:
    """A display name or signature line that reads as a person's name ("Grace Obi", "Dr. Evelyn Marsh")."""
    name = re.sub(r"\s*\([^)]*\)\s*", " ", name)
    name = re.sub(r"^(?:dr|mr|mrs|ms|prof)\.?\s+", "", name.strip(), flags=re.I)
    name = re.sub(r",\s*(?:ed\.?d|ph\.?d|md|mba|cpa|phd)\.?$", "", name, flags=re.I)
    tokens = name.split()
    if not 1 <= len(tokens) <= 4 or _fold(name) in _PLACES:
        return False
    if any(t.lower() in _GREETING_WORDS for t in tokens):
        return False  # "Freundliche Grüße", "Saludos cordiales"
    for t in tokens:
        if not re.fullmatch(r"(?:O['’]|Mc|Mac|D['’])?[A-ZÀ-ÝĀ-Ž][a-zà-ÿā-ž'’-]*(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?\.?", t):
            return False
        if t.lower().strip(".") in ORG_WORDS:
            return False
    if len(tokens) >= 2 and tokens[-1].lower() in _ORG_SUFFIX_SET:
        return False  # "Marlowe Studio", "Ridgeback Outfitters"
    if any(_ORG_COMPOUND.search(t) for t in tokens):
        return False  # "Steuerkanzlei Vogt", "Quorblick-Team"
    if len(tokens) >= 2 and (tokens[0].lower() in ORG_PREFIXES or any(re.search(r"[a-zé]{3}erie$", t.lower()) for t in tokens)):
        return False  # "Grupo Marítimo Levante", "Atelier Nord", "Laiterie Saint-Arsène", "Biscuiterie Mont-Royal"
    return True


@lru_cache(maxsize=8192)
def _first_name(name: str) -> str:
    name = re.sub(r"\s*\([^)]*\)\s*", " ", name).strip()
    name = re.sub(r"^(?:dr|mr|mrs|ms|prof)\.?\s+", "", name, flags=re.I)
    name = re.sub(
        r"^(?:t[ií]a|t[ií]o|aunt|auntie|uncle|tante|onkel|tata|abuela|abuelo|grandma|grandpa|pastor|father|fr|rev|reverend|"
        r"sister|brother|coach)\.?\s+",
        "",
        name,
        flags=re.I,
    )
    if "," in name:  # "Okafor, Sam"
        last, _, first = name.partition(",")
        name = first.strip() or last
    return name.split()[0] if name.split() else ""


def _name_matches_address(name: str, addr: str) -> bool:
    local = _fold(addr.partition("@")[0])
    parts = [_fold(p) for p in re.sub(r"\([^)]*\)", "", name).split() if _fold(p)]
    if not parts or not local:
        return False
    first, last = parts[0], parts[-1]
    return (
        (len(last) >= 3 and last in local)
        or (len(first) >= 3 and local.startswith(first[:3]))
        or local == first[0] + last
    )


# ---------------------------------------------------------------------------- people


_GENERIC_SUBDOMAINS = frozenset(
    "mail email e em app apps jobs careers career hire hiring us eu uk de fr ca au go my www notify notifications "
    "reply bounce talent recruiting external".split()
)


def _ats_subdomain(addr: str) -> str:
    """The employer's own label in an ATS address (sasha@ridgewaygames.bamboohr.com -> "ridgewaygames")."""
    parts = addr.rpartition("@")[2].lower().split(".")
    for i in range(1, len(parts) - 1):
        if ATS_DOMAINS.get(".".join(parts[i:])):
            label = parts[i - 1]
            if label not in _GENERIC_SUBDOMAINS and not re.fullmatch(r"wd\d+|[a-z]{1,2}\d*|\d+", label):
                return label
            return ""
    return ""


def _before_via(name: str) -> str:
    """The sender's own name in "Acme via Greenhouse", "Lena Hartmann via Recruitee"."""
    return re.sub(r"\s+via\s+.*$", "", name, flags=re.I)


def _ats_display_is_person(msg: Message) -> bool:
    """ATS mail shows the employer ("Thistle Energy") or a recruiter ("Marisol Vega") as the sender name:
    a person only when the name also signs the mail or is the Reply-To."""
    name = _before_via(msg.from_name or "").strip()  # "Lena Hartmann via Recruitee"
    if not (looks_like_person(name) and len(name.split()) >= 2):
        return False
    if any(n.strip().lower() == name.lower() for n, _ in msg.reply_to):
        return True
    local = _fold(msg.from_email.partition("@")[0])
    first, last = _fold(name.split()[0]), _fold(name.split()[-1])
    if local in (first, first + last, first[:1] + last, last) and not is_no_reply(msg.from_email) and (
        len(name.split()) == 2 or local != first  # "Ridgecrest Home Centers" <ridgecrest@myworkday.com>: a tenant
    ):
        return True  # "Sasha Kowalczyk" <sasha@ridgewaygames.bamboohr.com>: the recruiter's own ATS address
    text = msg.text or ""
    alone = [m.start() for m in re.finditer(rf"^[ \t]*{re.escape(name)}[ \t]*,?[ \t]*$", text, re.M)]
    # The first line of ATS mail is often the employer's banner ("Ridgeback Outfitters"), not a signature;
    # "Ridgeback Outfitters Recruitment", "the Tandem team", "L'équipe Solenne Paris" name an organisation.
    if re.search(
        rf"{re.escape(name)}\s+(?:recruit\w*|talent|team|hr|careers|hiring)\b|(?:équipe|team at|the)\s+{re.escape(name)}|"
        rf"\b(?:at|join|joining|parte de|chez|bei)\s+{re.escape(name)}\b",  # "the Category Analyst position at Sweetgrass Provisions"
        text,
        re.I,
    ):
        return False
    if any(text[:pos].strip() for pos in alone):
        return True
    # a recruiter's own scheduling mail signed with the first name only: "Dana Liu" <no-reply@greenhouse>, "... Dana"
    first_name = re.escape(name.split()[0])
    tail = [ln.strip() for ln in text.strip().split("\n")[-3:] if ln.strip()]
    return bool(tail) and bool(re.fullmatch(rf"[-–—]?\s*{first_name}", tail[-1])) and len(text.strip()) > len(tail[-1])


_ORG_HEADS = frozenset(
    """
    ville city cité compañía compagnie préfecture prefectura ayuntamiento gemeente stadt banco banque universidad
    université universität hospital hôpital clínica colegio lycée école escuela instituto institut groupe grupo
    fondation fundación ministerio ministère département región région provincia comunidad consejo conseil museo
    musée biblioteca bibliothèque teatro théâtre casa maison hotel hôtel société sociedad
    """.split()
)


def _particle_name(name: str) -> bool:
    """"Femke de Wit", "Ludwig van der Berg": a person's name with lower-case particles (not "Ville de Montréal")."""
    tokens = name.split()
    if not 3 <= len(tokens) <= 5 or tokens[0].lower() in _ORG_HEADS:
        return False
    if not all(t in _NAME_PARTICLES for t in tokens[1:-1]):
        return False
    return looks_like_person(f"{tokens[0]} {tokens[-1]}")


_FROM_TEAM = re.compile(
    r"(?<=\w)\s+(?:from|of|aus|vom|von|de|du|del)\s+(?:the\s+|dem\s+|der\s+|l['’]|la\s+|el\s+)?[\w'’ -]{0,30}?"
    r"(?i:team|équipe|equipo|crew)\b.*$"
)


def _signoff_signer(text: str) -> str:
    """The name right under a sign-off line ("Best,\nPriya"), when it reads as a person's name."""
    lines = text.strip().split("\n")
    for i, line in enumerate(lines):
        if _SIGNOFF.match(line):
            for nxt in lines[i + 1 : i + 4]:
                cand = nxt.strip().lstrip("-– ").split(",")[0].split("|")[0].strip()
                cand = _FROM_TEAM.sub("", cand)
                if not cand:
                    continue
                if looks_like_person(cand) or _particle_name(cand):
                    return cand
                break
    return ""


def _signer(text: str) -> str:
    """The name under the sign-off, when it reads as a person's name."""
    lines = text.strip().split("\n")
    found = _signoff_signer(text)
    if found:
        return found
    # No sign-off: a last short line like "- Nate", "Dana", "Ben".
    tail = [ln.strip() for ln in lines[-6:] if ln.strip()]
    for ln in list(reversed(tail))[:3]:
        cand = ln.lstrip("-– ").strip()
        if re.fullmatch(r"\(?auto-?reply\)?|sent from my \w+", cand, re.I):
            continue
        if (looks_like_person(cand) and len(cand.split()) <= 3) or _particle_name(cand):
            return cand
        head = re.split(r"\s*(?:,|\||[–-](?=\s))\s*", cand)[0]  # "Nora Lindqvist, Recruiting at Cinderpath"
        rest = cand[len(head) :].strip(" ,|–-")
        if (
            head != cand
            and len(head.split()) >= 2
            and (re.search(r"[A-Z]", rest) or (rest.split() or [""])[0].lower() in TITLE_WORDS)  # "..., presidente del capítulo"
            and not re.match(r"(?i)(?:hi|hello|hey|dear|thanks|thank|greetings|good|hola|bonjour|salut|hallo|guten|liebe|lieber|querid[oa]|estimad[oa]|cher|chère)\b", head)
            and (looks_like_person(head) or _particle_name(head))
        ):
            return head
        if not re.search(r"[|,·]|\d", cand) and not any(w.lower() in ORG_WORDS for w in cand.split()):
            break
    return ""


def _named_contact_in_body(text: str) -> tuple[str, str]:
    """'please contact your recruiter, Priyanka Raman, at praman@x.org' -> (name, email)."""
    m = re.search(
        r"(?:contact|reach out to|write to|e-?mail|reach)\s+(?:your\s+|our\s+)?(?:recruiter|recruiting coordinator|"
        r"hiring manager|coordinator)?,?\s*([A-ZÀ-Ý][\w'-]+(?:\s+[A-ZÀ-Ý][\w'-]+){1,2}),?\s*(?:at|\(|<|:)?\s*"
        r"([\w.+-]+@[\w-]+(?:\.[\w-]+)+)",
        text,
    )
    if m and looks_like_person(m.group(1)):
        return m.group(1), m.group(2).lower()
    # a job board's message relay: "Vous avez reçu un nouveau message de Sophie Marchetti (Ondine Software)"
    m = re.search(
        r"\b(?i:new message from|sent you a message|nouveau message de|neue Nachricht von|nuevo mensaje de)[ \t:]+"
        r"([A-ZÀ-Ý][\w'-]+[ \t]+[A-ZÀ-Ý][\w'-]+)\b",
        text,
    )
    if m and looks_like_person(m.group(1)):
        return m.group(1), ""
    # "Reach out to Fatima Qureshi with any questions", "If you have questions, reach out to Carla Whitcombe, Director"
    m = re.search(r"\b(?i:reach out to|contact)\s+([A-ZÀ-Ý][\w'-]+\s+[A-ZÀ-Ý][\w'-]+)\s+(?:with|if you have|for) (?:any )?questions\b", text) or re.search(
        r"\bquestions?\b[^.\n]{0,20}\b(?i:reach out to|contact)\s+([A-ZÀ-Ý][\w'-]+\s+[A-ZÀ-Ý][\w'-]+)\s*[,.(]", text
    )
    if m and looks_like_person(m.group(1)):
        return m.group(1), ""
    # "please contact the recruiting manager, Gareth Evans, on 01632 960 412"; "Host: Omar Haddad (Lattice Fintech)"
    m = re.search(
        r"(?:(?:contact|call|reach out to|speak to|speak with)\s+)?(?:your|our|the)\s+(?:(?:recruiting|recruitment|hiring)\s+"
        r"(?:manager|coordinator|lead)|recruiter),?\s+([A-ZÀ-Ý][\w'-]+(?:\s+[A-ZÀ-Ý][\w'-]+){1,2})\b"
        r"|^[ \t]*(?:Host|Organi[sz]er):[ \t]*([A-ZÀ-Ý][\w'-]+(?:[ \t]+[A-ZÀ-Ý][\w'-]+){1,2})",
        text,
        re.M,
    )
    name = (m.group(1) or m.group(2)) if m else ""
    if name and looks_like_person(name):
        return name, ""
    return "", ""


def _org_display(name: str, addr: str) -> bool:
    """A display name that spells the sender's domain ("Morning Digest" <news@morningdigest.com>, "Sparkasse Köln"
    <service@sparkasse.de>) names an organisation, unless the address is the person's own ("marlowe@...")."""
    words = [_fold(w) for w in name.split() if _fold(w)]
    if not words or len(words[0]) < 3:
        return False
    local, _, _dom = addr.lower().rpartition("@")
    stem = _domain_stem(addr)
    return stem.startswith(words[0]) and not _fold(local).startswith(words[0][:3])


def _person_with_particles(name: str, addr: str) -> bool:
    """"Anneke de Wit" <anneke.dewit@...>: a name with lower-case particles, confirmed by the address."""
    tokens = name.split()
    if len(tokens) < 3 or not any(t in _NAME_PARTICLES for t in tokens[1:-1]):
        return False
    core = " ".join(t for t in tokens if t not in _NAME_PARTICLES)
    return looks_like_person(core) and _name_matches_address(core, addr)


_VIRTUAL_ASSISTANT = re.compile(
    r"\b(?:virtual|digital|ai|automated|recruiting|hiring) assistant\b|\bchatbot\b|\bassistante? virtuelle?\b|"
    r"\basistente virtual\b|\bvirtuelle[rn]? assistent(?:in)?\b",
    re.I,
)


def _full_form(name: str, text: str) -> str:
    """"Olly Strand" who signs "Oliver Strand | Senior Consultant": the full first name, as people file it."""
    parts = name.split()
    if len(parts) < 2:
        return name
    first, last = parts[0], parts[-1]
    m = re.search(rf"^[ \t]*([A-ZÀ-Ý][a-zà-ÿ]+)[ \t]+{re.escape(last)}\b", text or "", re.M)
    if m and m.group(1) != first and m.group(1)[0] == first[0] and len(m.group(1)) > len(first):
        return f"{m.group(1)} {last}"
    if first.isascii():
        # "Ciaran O Sullivan" <...> who signs "Ciarán": the name as its owner spells it
        signed = [w for w in re.findall(r"\b[A-ZÀ-Ý][^\W\d_]+\b", (text or "")[-400:]) if not w.isascii() and _fold(w) == first.lower()]
        if signed:
            return f"{signed[-1]} {' '.join(parts[1:])}"
    return name


def _given_name_by_address(name: str, addr: str) -> str:
    """The given name the address spells when it is not simply the first word: "Lee Shu Fen" <shufen.lee@...> is
    Shu Fen (family name first), "Tan Wei Ling" <weiling.tan@...> is Wei Ling. "" otherwise."""
    tokens = name.split()
    parts = re.split(r"[._-]", addr.partition("@")[0])
    if len(tokens) < 2 or len(parts) < 2 or len(_fold(parts[0])) < 4:
        return ""  # "dianelee@": no telling where the given name ends
    lead = _fold(parts[0])
    for i in range(len(tokens)):
        for j in range(i + 2, len(tokens) + 1):  # a given name of two words or more
            if _fold("".join(tokens[i:j])) != lead:
                continue
            if j - i < len(tokens):  # (the whole display: "Diane Lee" <dianelee.home@...> says nothing)
                return " ".join(tokens[i:j])
    return ""


def _contact(msg: Message, company: str) -> tuple[str, str, str]:
    """(first name, full name, email) of the human to thank and write to."""
    first, full, email = _contact_parts(msg, company)
    if first and full and full.split()[0] == first:
        given = _given_name_by_address(full, msg.from_email)
        if given:
            first = given
    return first, full, email


def _contact_parts(msg: Message, company: str) -> tuple[str, str, str]:
    if _VIRTUAL_ASSISTANT.search(msg.text or "") and not msg.reply_to:
        return "", "", ""  # "It's Olivia, the virtual assistant for Hartline Stores": no one to thank
    from_name = re.sub(r"\s*\((?:via [^)]*|jira|github)\)\s*$", "", msg.from_name or "", flags=re.I).strip()
    platform = re.match(r"(.+?)\s+via\s+\S+$", from_name)
    if platform:
        from_name = platform.group(1)  # "Rob Castellano via Docusign" <dse_na3@docusign.net>
    head, bar, _rest = from_name.partition(" | ")
    if bar and looks_like_person(head):
        from_name = head  # "Jens Albrecht | Hartmann & Berg"
    sender = msg.from_email
    org_like = bool(company) and _fold(from_name) == _fold(company)
    human_from = (
        bool(from_name)
        and (looks_like_person(from_name) or _person_with_particles(from_name, sender))
        and not org_like
        and not _org_display(from_name, sender)
        and len(from_name.split()) >= 2
        and _fold(from_name.split()[0]) not in _CITIES  # "Bangalore Gophers": a meetup, not a person
        and (not ats_name(sender) or _ats_display_is_person(msg))
    )
    reply_human = next(
        ((n, a) for n, a in msg.reply_to if n and looks_like_person(n) and not is_no_reply(a) and len(n.split()) >= 2),
        None,
    )
    at_org = re.fullmatch(r"([A-ZÀ-Ý][a-zà-ÿ]+) (?:at|from|@) \S.*", from_name)  # "Tom at Tinderbox"
    if at_org and _signer(msg.text) == at_org.group(1):
        return at_org.group(1), at_org.group(1), "" if is_no_reply(sender) or ats_name(sender) else sender
    if human_from and not is_no_reply(sender) and not ats_name(sender):
        if platform:  # the platform's address is no one's: the one the mail gives for the person, if any
            sender = next((a for a in _EMAIL.findall(msg.text or "") if _name_matches_address(from_name, a)), "")
        return _first_name(_full_form(from_name, msg.text)), from_name, sender
    if reply_human:
        return _first_name(reply_human[0]), reply_human[0], reply_human[1]
    if human_from:  # "Marisol Vega <no-reply@hire.lever.co>": a person, but no address to write to
        signer = _signer(msg.text)
        return _first_name(from_name), from_name, ""
    name, email = _named_contact_in_body(msg.text)
    if name:
        return _first_name(name), name, email
    signer = _signer(msg.text)
    if signer and company and (_fold(signer) in _fold(company) or _fold(signer) in _fold(sender.partition("@")[2])):
        signer = ""
    if signer and any(w.lower() in TITLE_WORDS for w in re.split(r"[\s-]+", signer)):
        signer = ""  # a title line ("Editor-in-Chief") under the name, not the name
    if signer and (len(signer.split()) >= 2 or not is_no_reply(sender) or signer == _signoff_signer(msg.text)):
        email = "" if is_no_reply(sender) or ats_name(sender) else sender
        return _first_name(signer), signer, email
    return "", "", ""


# ---------------------------------------------------------------------------- company


_CALENDAR_WORDS = frozenset(
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday today tomorrow jan feb mar apr jun jul aug sep sept oct nov dec mon "
    "tue tues wed thu thur thurs fri sat sun".split()
)


@lru_cache(maxsize=8192)
def _clean_company(name: str) -> str:
    name = re.split(r"(?<!\bCo)(?<!\bInc)(?<!\bS\.L)(?<!\bS\.L\.U)(?<!\bS\.A)(?<!\bSt)(?<!\bMt)(?<!\bFt)(?<!\bPvt)(?<!\bPte)\.\s", name.strip())[0]
    name = re.sub(r"(?<=\w{3})\s[A-Z]$", "", name)  # "Energía Cooperativa del Sur S. Coop. And." split at "S."
    # A legal form ends the name: "Cordillera Agro S.A. Nos gustó ..." is "Cordillera Agro S.A.".
    name = re.sub(r"(?<=\S)(\s+(?:S\.A\.|S\.L\.|Inc\.|Ltd\.|LLC|LLP|PLC|plc|AG|GmbH(?!\s*&\s*Co)|S\.A\.S\.))\s+\S.*$", r"\1", name)
    name = re.sub(r"^.*\bon behalf of\s+", "", name)  # "SmartRecruiters on behalf of Velland Group"
    # "Candidature Soleterre", "Talent Team Verdigris Health": the organisation after the mailbox's label
    name = re.sub(
        r"^(?:Candidature|Candidatura|Bewerbung|Bewerbermanagement|Personalabteilung|Talent Team|Recruiting Team|People Team|Team|"
        r"Carrières|Carrieres|Emplois|Karriere|Equipo|Feedback|Novedades|Update|"
        r"Reclutamiento|Recursos Humanos|RRHH|Selección|Recrutement|Ressources Humaines|Mission|Missions|Offre)"
        r"\s+(?:chez\s+|bei\s+|der\s+|des\s+|en\s+|at\s+)?(?=[A-Z])",
        "",
        name,
    )
    # "Bramble & Finch Graduate Merchandising Scheme", "Skyvale Airways Early Careers": a programme, not the name
    if len(name.split()) >= 3:
        name = re.sub(r"(?<=\S)\s+(?:Graduate|Early(?: Careers?| Talent)?|Employment Application|Recruiting Coordination|"
                      r"University Recruiting|Campus Recruiting|University Relations|Campus Relations|Interview Scheduling|"
                      r"Summer (?:Internship|Programme|Program)|Internship|Apprenticeship)\b.*$", "", name)
    # "Olivia at Ironclad Fitness", "Careers at Acme": the organisation after "at".
    name = re.sub(r"^[A-Z][a-z]+\s+(?:at|from|@)\s+(?=[A-Z])", "", name)
    # "Co." then a sentence start ends the name: "Copperleaf Bakery Co. I'm" (but "Bramble & Co. Home Goods").
    name = re.split(
        r"(?<=\bCo\.)\s+(?=(?:I|I'm|I'll|I've|I'd|We|We're|We'll|Our|You|Your|The|This|It|Thanks|Thank|Please|"
        r"Looking|Let|See|Best|Hope|Regards|Cheers|Sincerely|Kind|Warm|Hi|Hello|Dear)\b)",
        name,
    )[0]
    name = name.strip()
    if not re.search(r"\b(?:Co|Inc|Ltd|Corp|S\.A|S\.L|B\.V|N\.V)\.$", name):
        name = name.rstrip(".,;: ")  # a sentence's full stop: "... through the Carrow Energy Career Section."
    name = _strip_org_suffix(name)
    name = re.sub(r"\s*[-–·|]\s+.*$", "", name)  # "Stratus Packaging Co. - Marion Plant"
    name = re.sub(r",\s*Inc\.?$", "", name)
    # Corporate forms a person leaves out ("Quillfeather Software" for "... Inc.", "Ashgrove & Pell" for "... LLP",
    # as most labellers did); "GmbH", "AG", "Co." are written as part of the name and stay (dev's "Kranich
    # Logistik GmbH", "Stratus Packaging Co.").
    name = re.sub(
        r",?\s+(?:GmbH\s*&\s*Co\.?\s*KG|Inc|LLC|LLP|plc|PLC|DAC|CLG|Ltd|S\.A\.? de C\.V|S\.A\.P\.I\.? de C\.V|S\. de R\.L\.? de C\.V|S\.E\.N\.C\.R\.L|s\.e\.n\.c\.r\.l|S\.E\.N\.C|Lt[ée]e|lt[ée]e|S\.L\.U|SLU|S\.L|S\.A\.S|S\.A|SA|SAS|SARL|S\.p\.A|SpA|Corp|Corporation|AB|B\.V|BV|N\.V|NV|Oy|ApS|Pty Ltd|Pty Limited|Pty|Pvt\.? Ltd|Private Limited|Pte\.? Ltd|Pte|CIC|ULC|Sàrl|Sarl|S\.R\.L|SRL|Srl|Sdn\.? Bhd|Sdn|Bhd|Berhad|S\.à r\.l|e\.\s?V|inc|Ltda|S/A|EIRELI)\.?$",
        "",
        name,
    )
    if len(name.split()) >= 3:
        name = re.sub(r"\s+Limited$", "", name)  # "Coolabah Financial Group Limited" (but "The Limited")
    # A head office or a careers site is where, not who: "Marisco Foods HQ", "Carrow Energy Career Section".
    name = re.sub(
        r"\s+(?:HQ|Headquarters|Head Office|Career Section|Careers? Site|Careers? Portal|Careers? Page|"
        r"(?:Support|Service|Distribution|Fulfil?ment|Customer|Call|Operations) Cent(?:er|re)|"
        r"(?:Office|Department|Division) of|Payroll|CPAs?|Pte(?:\.? Ltd)?|Support(?: Team)?|Help ?Desk|Service Desk)$",
        "",
        name,
    )
    name = re.sub(r"(?<!Family Health)\s+(?:team|crew|family|folks|gang|squad)$", "", name)  # "the Gatherwell crew"
    name = re.sub(r"(?<!\bSt\. )(?<!\bSaint )(?<!\bSt )\b([A-Z][\w-]+)['’]s$", r"\1", name)  # "Quorra's design team"
    name = re.sub(r"^(?:A|An)\s+(?=[A-Z])", "", name)  # "A Voss Supply Group company"
    name = re.sub(r"\s+(?:Store|Branch|Location)(?:\s+#?\d+)?$", "", name)  # "Ridgecrest Home Centers Store #112"
    unit = re.match(
        r"(?:Faculty|School|Department|Dept\.?|Division|Centre|Center|Faculté|Fakultät|Institute) (?:of|for|de|des|für) .+?\s+"
        r"((?:The )?(?:University|Universit[éy]|Universidad|Universität|College) of .+|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)* (?:University|College))$",
        name,
    )
    if unit:
        name = unit.group(1)  # "Faculty of Science & Engineering University of North Pennines" (a joined signature)
    name = re.sub(r"[\s,;:–—-]+$", "", name)  # "Grupo Almarena –"
    # A branch's street ("Tern & Tide Harbor Street") is where, not who.
    if len(name.split()) >= 3 and not re.search(r"(?:&|\band)\s+\S+$", name):  # but "Quarry & Lane" is a name
        name = re.sub(rf"(?:\s+[A-Z][\w'’]*)?\s+(?:{_STREET_WORDS})\.?$", "", name)
    return name.strip(" ,.") if not name.endswith("Co.") else name.strip(" ,")


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})
_LEGAL_FORM = re.compile(
    r"(?<![\w&])((?:[A-ZÀ-ÝĀ-Ž][\w'’.-]*[ \t]+(?:&[ \t]+|and[ \t]+|of[ \t]+|de[ \t]+)?){0,3}[A-ZÀ-ÝĀ-Ž][\w'’.-]*,?[ \t]+"
    r"(?:GmbH|AG|SE|KG|Inc\.?|inc\.|Lt[ée]e|lt[ée]e|Limitée|LLC|LLP|Ltd\.?|S\.A\.(?: de C\.V\.)?|S\.L\.|SAS|SARL|SA|Sàrl|Pty Ltd|Limited|Co\.|Group|Foundation|District|Cooperative|"
    r"Co-op|Hospital|College|University|Corporation|NHS (?:Foundation )?Trust))(?![\w-])(?![ \t]+(?:Recruit\w*|Relations|Careers|Hiring|Programs?|of|for)\b)"
)
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(" + r"[A-ZÀ-Ý][\w'’.&-]*(?:[ \t]+[&\w'’.-]+){0,5})")
_EOE = re.compile(r"([A-ZÀ-Ý][\w'’.&-]*(?:[ \t]+(?:&[ \t]+)?[A-ZÀ-Ý][\w'’.&-]*){0,5}),?\s+is an equal opportunity employer")
_STREET_WORDS = "Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Plaza|Square|Parkway|Pkwy|Highway"
# Last words of a department, an office, a street or a campus line: never the employer.
_NOT_COMPANY_END = frozenset(
    """
    department dept office division studies unit branch campus desk floor suite street st avenue ave road rd
    boulevard blvd drive parkway highway plaza building room hall wing abteilung büro buero departamento oficina
    département bureau service jobs portal dashboard account profile settings update updates status outcome
    depot plant site warehouse factory yard tower towers
    practice
    """.split()
)
# cities that start organisations' names ("Bangalore Gophers"), never a person's
_CITIES = frozenset(
    "bangalore bengaluru mumbai delhi chennai hyderabad pune kolkata singapore dubai london paris berlin madrid toronto "
    "chicago boston seattle sydney melbourne dublin manchester edinburgh glasgow montreal vancouver".split()
)
_PLACES = frozenset(
    _fold(p)
    for p in (
        "Ciudad de México", "Mexico City", "CDMX", "Bogotá", "Madrid", "Barcelona", "Lima", "Santiago", "Buenos Aires",
        "Paris", "Berlin", "London", "New York", "Toronto", "Montréal", "Montreal", "Dublin", "Amsterdam", "D.C",
        "Washington D.C", "Zürich", "Zurich", "Wien", "Vienna", "München", "Munich", "Hamburg", "Frankfurt",
        "Warsaw", "Warszawa", "Kraków", "Krakow", "Wrocław", "Poznań", "Gdańsk", "Łódź", "Lisbon", "Lisboa", "Rome",
        "Milan", "Brussels", "Bruxelles", "Stockholm", "Oslo", "Copenhagen", "Helsinki", "Prague", "Budapest",
    )
)
_KEPT_ACRONYMS = frozenset("AG SE KG LLP PLC NHS GmbH SA SL AB BV NV USA UK AI IO IT EU US".split())
_DEPARTMENT_WORDS = frozenset(
    "talent acquisition human resources recruiting recruitment people operations ops careers career hr team "
    "hiring staffing personnel employment jobs admissions selección seleccion personal recursos humanos rrhh "
    "ressources humaines rh recrutement talents talento humano gestión gestion de des del "
    "accounting finance engineering sales marketing legal it procurement supply chain payroll & and "
    "communications communication brand strategy product design research development faculty faculté dotation "
    "corporate affairs public relations creative content digital data science analytics school department of "
    "financial reporting interview interviews invitation scheduling coordination events management".split()
)
_STREET_TOKEN = re.compile(r"(?:straße|strasse|str\.|weg|platz|allee|gasse|damm|ufer)$", re.I)


_ON_BEHALF = re.compile(
    r"(?:on behalf of|sent (?:via \w+ )?on behalf of|generated by \w+ on behalf of)\s+(?:everyone at\s+)?("
    + _NAME_PHRASE.pattern
    + ")"
)
_SIG_COMPANY = re.compile(r"(?:\||,|·| at | @ )\s*(" + _NAME_PHRASE.pattern + ")")
_AT_COMPANY = re.compile(
    r"(?<![:*_/])\b(?:at|with|to|in|join|joining|from|for|au sein de|chez|bei|en)\s+(?:the\s+)?(" + _NAME_PHRASE.pattern + ")"
)
# "Please log in to Trakline to accept the offer": the platform, not the employer
_LOG_IN_TO = re.compile(r"\b(?i:log ?in|login|sign in|signing in|logging in)(?i: to| into)?[ \t]+(?:the[ \t]+)?(" + _CAP + ")")
# "soy Renata de Grupo Logístico Cuatro Caminos", "this is Dana from Kestrel Data", "ich bin Jana von Quorblick"
_SELF_INTRO = re.compile(
    r"\b(?i:I['’]m|I am|this is|my name is|soy|me llamo|je suis|je m['’]appelle|ich bin|mein name ist)[ \t]+"
    r"[A-ZÀ-Ý][a-zà-ÿ]+(?:[ \t]+[A-ZÀ-Ý][a-zà-ÿ]+)?,?[ \t]+(?:from|with|at|de|chez|von|bei)[ \t]+(?:the[ \t]+)?("
    + _NAME_PHRASE.pattern + ")"
)
_CLIENT_NEWS = re.compile(
    r"\b(?i:heard (?:back )?from|feedback from|(?:just )?got off the phone with|just (?:spoke|talked) (?:with|to)|(?:a |an )?(?:decision|update|news) from|submitted you to|presented you to|"
    r"(?:sent|submitted|passed|forwarded|shared) your (?:resume|cv|profile|application|details) (?:over |along |on )?to|"
    # "for our client Supermercados Olmo", "pour notre client", "für unseren Mandanten"
    r"(?:our|my) client,?|(?:nuestro|mi) cliente,?|(?:notre|mon) client,?|(?:unser(?:em|en)?|meine[mn]?) (?:Kunden?|Mandanten?),?|"
    r"see below from|(?:quick |an? )?update on|(?:des )?nouvelles de|retour de|noticias de|retroalimentación de|respuesta de|"
    r"Rückmeldung von)"
    r"\s+(?:the\s+|(?:la|le|l['’]|die|der|das|el)\s*(?=[A-ZÀ-Ý]))?(" + _NAME_PHRASE.pattern + ")"
)
_RELAYED_TO = re.compile(
    r"\b(?i:your application (?:was|has been) (?:sent|forwarded|submitted|delivered) to|an update from|application update[ \t]*\n+|"
    r"(?:tu|su) (?:CV|postulación|candidatura|solicitud) (?:fue|ha sido) enviad[oa] a|"
    r"votre candidature a été (?:transmise|envoyée) à|Ihre Bewerbung wurde an)"
    r"[ \t]*(" + _NAME_PHRASE.pattern + r")|(?:(?i:L['’]entreprise|la empresa|die Firma|the company|the recruiter (?:from|at)|the hiring team (?:from|at))[ \t]+)?("
    + _NAME_PHRASE.pattern + r") (?:has reviewed your application|"
    r"(?:would like|wants) to interview you|has updated the status of your application|"
    r"a mis à jour le statut de votre candidature|ha actualizado el estado de tu candidatura|"
    r"(?:actualizó|ha actualizado) (?:el estado de )?tu (?:postulación|candidatura)|pausó (?:temporalmente )?la vacante|"
    r"(?:revisó|recibió|vio) tu (?:postulación|candidatura|CV|perfil)|"
    r"hat den Status (?:Ihrer|deiner) Bewerbung)\b"
)
_CLIENT_ROLE = re.compile(
    r"\b([A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2})['’]s (?:CEO|CFO|COO|CTO|CPO|founders?|co-founder|hiring manager|head of \w+|"
    r"VP of \w+|leadership team|board|HR director|people team|talent team)\b"
)
_CLIENT_ROLE_AT = re.compile(
    r"\b(?i:the (?:hiring manager|hiring team|team|HR team|CEO|founders?|head of \w+|VP of \w+|recruiter|partners?)|"
    r"le (?:gestionnaire|directeur|responsable)|la (?:gestionnaire|directrice|responsable))[ \t]+(?:at|from|chez)[ \t]+(?:the[ \t]+)?("
    + _NAME_PHRASE.pattern + ")"
)
# "C'est Olivia, l'assistante virtuelle de Construction Beaulieu & Fils": the bot works for the employer
_ASSISTANT_OF = re.compile(
    r"\b(?i:(?:virtual|digital|recruiting|hiring|AI) assistant|assistante? virtuelle?|asistente virtual|virtuelle Assistentin|"
    r"virtueller Assistent)[ \t]+(?i:for|at|of|de|du|chez|von|bei)[ \t]+(?:the[ \t]+|l['’])?(" + _NAME_PHRASE.pattern + ")"
)
_EMPLOYER_FIELD = re.compile(
    r"^[ \t]*(?:empresa|company|employer|entreprise|employeur|unternehmen|arbeitgeber|organi[sz]ation|la empresa|"
    r"(?:hiring )?agency|hiring organi[sz]ation|organismo|dienststelle|behörde)"
    r"[ \t]*:[ \t]*([A-ZÀ-ÝĀ-Ž][\w'’.&-]*(?:[ \t]+[\w'’.&-]+){0,9})[ \t]*$",  # up to ten words: "... NHS Foundation Trust"
    re.I | re.M,
)
# "El cliente que te comenté (Conecta Salud, la posición de ...)": a recruiter's client, named in brackets
_CLIENT_PAREN = re.compile(r"\b(?i:client|cliente|Kunde|Kunden|Mandant)\b[^()\n.]{0,30}\((" + _NAME_PHRASE.pattern + ")")
_HOST_ORG = re.compile(
    r"\b(?:Host|Organi[sz]er|Interviewer|Hosted by|With|(?i:message from|message de|Nachricht von|mensaje de)):?[ \t]+[A-ZÀ-Ý][\w'’-]+(?:[ \t]+[A-ZÀ-Ý][\w'’-]+){0,2}[ \t]*\(("
    + _NAME_PHRASE.pattern + r")\)"
)
_PAIRED_WITH = re.compile(r"<>[ \t]*(" + _NAME_PHRASE.pattern + ")")
_PARENT_BODY = r"(?:City|County|State|Town|Village|Borough|Commonwealth|Province|Government|Ministry|Department) of [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?"
_UNIT_WORDS = (
    r"(?:Library|Libraries|Museum|Hospital|School|Schools|College|University|Academy|District|Authority|Center|Centre|"
    r"Clinic|Zoo|Gallery|Theatre|Theater|Parks|Utilities|Transit|Police|Fire|Court|Courts|Archives)"
)
_UNIT_OF_PARENT = re.compile(
    rf"(?:{_PARENT_BODY}(?:,| [-–]|:)[ \t]+|\()((?:[A-Z][\w'’-]*[ \t]+){{0,4}}{_UNIT_WORDS})\b"
)
_CALENDAR_PLATFORMS = frozenset(
    "googlecalendar calendar calendly zoom zoomus microsoftteams teams outlook outlookcalendar googlemeet meet "
    "webex ciscowebex doodle savvycal youcanbookme acuityscheduling".split()
)
_CALENDAR_DOMAINS = (
    "calendly.com", "zoom.us", "calendar.google.com", "savvycal.com", "doodle.com", "webex.com", "goodtime.io",
    "modernloop.io", "youcanbook.me", "acuityscheduling.com", "cronofy.com",
)


def _is_calendar_platform(addr: str) -> bool:
    """A scheduling tool's own address ("calendar-notification@google.com", "notifications@calendly.com")."""
    local, _, dom = addr.lower().rpartition("@")
    return dom.endswith(_CALENDAR_DOMAINS) or (dom == "google.com" and local.startswith("calendar"))


_LEADING_COMPANY = re.compile(r"\s*(" + _NAME_PHRASE.pattern + r")\s+[-–]\s+")


_NOT_COMPANY_START = frozenset(
    "manage unsubscribe view powered sent privacy terms update click conference room meeting floor suite building "
    "people dear hi hello thanks regards my our your his her their this that these those main central downtown phase "
    "human middle elementary high calle avenida rue dr dring prof mr mrs ms "
    "ihr ihre unser unsere votre vos notre nos su sus tu tus nuestro nuestra they we i you he she it everyone both sede "
    "not dein deine poste stelle puesto position role job absence abwesenheit ausencia".split()
)
_DISPLAY_NOISE = re.compile(r"\s*\b(?:do[- ]not[- ]reply|no[- ]?reply|notifications?|mailer)\b\s*", re.I)
_TEAM_LINE = re.compile(
    r"(?:[-–]\s*)?(?i:the|l'équipe|l’équipe|el equipo de|das team von|ihr|votre équipe)\s+"
    r"(?:(?i:talents?|recrutement|RH|carrières|people|recruiting|talent acquisition|hiring)\s+)?(" + _NAME_PHRASE.pattern
    + r")(?:\s+(?i:team|crew|family|folks|gang))?[.!]?"
)
_ORG_SUBJECT = re.compile(
    r"(?:^|[.!?,:]\s+|\s[-–—]\s+|\b(?:que|that|dass)\s+)((?:[A-Z][\w'’-]*)(?:\s+(?:&\s+|(?:des|de|du|del|of)\s+)?[A-Z][\w'’-]*){0,5})\s+(?:want|wants|would like|have come back|has come back|"
    r"came back|loved|liked|were impressed|are keen|have decided|has decided|decided|has invited|invites|is inviting|"
    r"have reviewed|has reviewed|would like to meet|want to meet|(?:have|has) (?:just )?(?:told|informed|confirmed|let me know)|"
    r"just (?:told|informed|let) (?:me|us)|(?:came|got|have come|has come) back to (?:me|us)|"
    r"(?:just )?(?:called|rang|phoned|emailed)(?: (?:me|us))?|told me|(?:have|has) been in touch|got in touch|"
    r"(?:has|have) (?:just )?(?:paused|frozen|filled|closed|chosen|offered|put|pulled|pushed|postponed|delayed|cancell?ed|shortlisted)|reviewed|"
    r"(?:just )?(?:pulled|paused|froze|cancell?ed|postponed) (?:the|this|that|their|its) (?:req|requisition|role|position|search|opening|hire)|"
    r"is (?:pleased|delighted|happy|excited|thrilled) to|"
    # French, Spanish, German: "Brasserie des Vallons souhaite vous accueillir"
    r"souhaite|souhaitent|aimerait|aimeraient|veut|veulent|a décidé|ont décidé|a retenu|a choisi|m['’]a (?:dit|confirmé|informé)|"
    r"quiere|quieren|ha decidido|me ha (?:dicho|confirmado)|möchte|möchten|hat sich entschieden|hat entschieden|"
    r"me acaba de (?:confirmar|llamar|decir|escribir)|nos pidió|me (?:confirmó|comentó|dijo|escribió)|decidió|decidieron|"
    r"hat (?:uns|mir) (?:mitgeteilt|bestätigt|gesagt))\b",
    re.M,
)


def _company_candidates(msg: Message) -> list[tuple[float, str]]:
    cands: list[tuple[float, str]] = []
    text = msg.text or ""
    subject = _SUBJECT_PREFIX.sub("", msg.subject or "")
    dom = msg.from_email.rpartition("@")[2]
    board = (
        dom in _JOB_BOARDS
        or any(dom.endswith("." + b) or dom.startswith(b.split(".")[0] + ".") for b in _JOB_BOARDS)  # "mail.indeed.com"
        or _is_calendar_platform(msg.from_email)
    )
    is_ats = bool(ats_name(msg.from_email)) or board
    is_personal = msg.from_email.rpartition("@")[2] in PERSONAL_DOMAINS
    stems: list[str] = []
    if board:
        pass  # a job board's name and address say nothing about the employer
    elif is_ats:
        local = msg.from_email.partition("@")[0].lower()
        sub = _ats_subdomain(msg.from_email)
        if sub:
            stems.append(sub)  # "ridgewaygames" in sasha@ridgewaygames.bamboohr.com
        named_sender = (msg.from_name or "").lower().startswith(local + " ")  # "Olivia at Hartline" <olivia@paradox.ai>
        # "Hannah Lindqvist" <hannah.lindqvist@teamtailor-mail.com>: the recruiter's own name, not the employer's
        named_sender = named_sender or bool(re.fullmatch(r"[a-z]+[._][a-z]+", local)) or (
            looks_like_person(msg.from_name or "") and _name_matches_address(msg.from_name or "", msg.from_email)
        )
        if not is_no_reply(msg.from_email) and not named_sender and local not in (
            "careers", "jobs", "recruiting", "notification", "notifications", "bewerbung", "bewerbungen", "karriere",
            "personal", "talent", "hr", "recrutement", "candidature", "candidatures", "empleo", "empleos", "rrhh",
        ):
            stems.append(local)
    elif not is_personal:
        stems.append(_domain_stem(msg.from_email))
    for _, addr in msg.reply_to:
        if not ats_name(addr) and addr.rpartition("@")[2] not in PERSONAL_DOMAINS:
            stems.append(_domain_stem(addr))
    fwd_stems = [_domain_stem(a) for a in _EMAIL.findall(msg.forwarded or "")[:2] if a.rpartition("@")[2] not in PERSONAL_DOMAINS]
    stems = [s for s in stems if s]
    text = _unwrap(text)

    def stem_fit(phrase: str, stem_list: list[str]) -> float:
        """How well a phrase spells the domain: 1 when every word is in it ("Glenmore" / glenmorehotels), 0.6 when
        only the first is ("Glenmore Edinburgh"), 0 when it does not match."""
        if not matches_stem(phrase, stem_list):
            return 0.0
        words = [_fold(w) for w in phrase.split() if _fold(w)]
        joined = [st.replace("-", "") for st in stem_list]
        return 1.0 if any(all(w in st for w in words) for st in joined) else 0.6

    def matches_stem(phrase: str, stem_list: list[str]) -> bool:
        if re.search(r"[äöüÄÖÜß]", phrase):
            phrase = phrase.translate(_UMLAUTS)  # "Kühne" is kuehne.de
        words = [_fold(w) for w in phrase.split() if len(_fold(w)) >= 3]
        if not words:
            return False
        leads = [words[0]]  # the first word, or the first after descriptors: "Grupo Almarena" is almarena.es,
        for w in words[1:3]:  # "Groupe Conseil Rivemont" rivemont, "Ingeniería Sísmica Andina" sismicaandina
            if leads[-1] not in _ORG_PREFIXES_FOLDED:
                break
            leads.append(w)
        for st in stem_list:
            parts = st.split("-")
            if any(p.startswith(lead[:5]) for p in parts for lead in leads) or _fold(phrase) == st.replace("-", ""):
                return True
            if _initials_then_word(phrase, st):
                return True
        return False

    # the ATS or job board's own name, never the employer
    # (the platform's own label: "goodtime" in scheduling@northlinkrail.goodtime.io, not the employer's "northlinkrail")
    labels = [lb for lb in dom.split(".") if lb not in _GENERIC_LABELS] or dom.split(".")
    tool = (_fold(ats_name(msg.from_email)) or _fold(labels[-1])) if is_ats else ""
    relays = list(_RELAYED_TO.finditer(f"{subject}\n{text}"))
    if not tool and relays:
        tool = _domain_stem(msg.from_email).replace("-", "")  # a job board we do not know relays for the employer

    def add(score: float, name: str, domain_match: bool = False, confirmed: bool = False) -> None:
        name = _clean_company(name)
        name = _org_after_title(name)
        acronym = re.search(r"\s([A-Z]{2,4})$", name)
        if acronym and stems and acronym.group(1) not in _KEPT_ACRONYMS and not any(
            acronym.group(1).lower() in st for st in stems
        ) and matches_stem(name[: acronym.start()], stems):
            name = name[: acronym.start()]  # "Orchard Vitals APM - take-home": the role, not the company
        if not name or len(name) < 3 or re.fullmatch(r"[A-Z]{1,3}", name):
            return
        if re.fullmatch(r"[A-Z]{2,5}", name) and stems and not domain_match and not any(
            st.replace("-", "").startswith(name.lower()) for st in stems
        ):
            return  # "at the HFMA conference": an acronym that is not the sender's organisation
        if _valid_title(name) and not (stems and stem_fit(name, stems) == 1.0) and not (
            _LEGAL_END.search(name) and stems and matches_stem(name, stems) and not _is_staffing(name)
        ):  # but "Brandl & Partner Werbeagentur KG" <v.brandl@brandl-partner.at> is a firm
            return  # a job title, unless the domain spells it: "Consultora Alameda" <a.villalba@consultora-alameda.es>
        if _fold(name.split()[0]) in _CALENDAR_WORDS:
            return
        if not domain_match and not is_ats and looks_like_person(name) and not matches_stem(name, stems):
            return
        if _person_with_particles(name, msg.from_email):
            return  # the signer "Anneke de Wit" <anneke.dewit@...>
        if _fold(re.sub(r"['’]\w{1,2}$", "", name.split()[0])) in _NOT_COMPANY_START or (len(name.split()) == 1 and name.lower() in ORG_WORDS):
            return
        words = name.split()
        if all(w.lower() in _DEPARTMENT_WORDS for w in words):
            return  # "Talent Acquisition", "Accounting & Finance": a department, not the employer
        public_body = words[-1] == "Department" and re.search(r"\b(?:County|City|State|Health|Police|Fire|Public)\b", name)
        if (words[-1].lower().strip(".") in _NOT_COMPANY_END and not public_body and not confirmed) or any(
            _STREET_TOKEN.search(w) for w in words
        ):
            return  # "Human Resources Department", "BHM Office", "Industriestraße", "My Jobs"
        if re.search(r"\s(?:of|de|du|des|der|for|and|&)$", name) or re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?\.?|S\.A\.? de C\.V\.?", name):
            return  # "Department of", "N.L." (Nuevo León)
        if "/" in name or re.search(r"\d", re.sub(r"(?<!\S)\d[A-Z]{1,3}(?!\S)", "", name)):  # but "Meridale 3PL"
            return  # "Tuesday/Thursday", "D2L", "K12"
        if _fold(name) in ("docusign", "hellosign", "adobesign", "dropboxsign", "pandadoc", "usajobs", "indeed", "linkedin", "glassdoor", "ziprecruiter", "stepstone", "infojobs", "monster",
                           "welcometothejungle", "jobteaser", "xing", "seek", "reed", "totaljobs", "computrabajo", "occ",
                           "sam", "candidate", "candidates", "applicants", "applicant", "home", "zoom", "teams", "microsoft", "google", "greenhouse", "lever", "workday", "ashby", "jobvite", "smartrecruiters", "icims"):
            return
        if _fold(name) in _CALENDAR_PLATFORMS or _fold(name) in _PLACES:
            return
        if re.search(r"\s(?:Civic Cent(?:re|er)|Town Hall|City Hall)$", name):
            return  # "Aldenham Civic Centre": where the assessment is, not who hires
        if tool and _fold(name).startswith(tool[:6]):
            return  # the job board or ATS itself ("El equipo de InfoJobs")
        cands.append((score, name))

    # ATS mail: the display name is the employer ("Acme via Greenhouse", "Kestrel Data Recruiting"); so is a
    # job board's or a scheduling tool's, unless it only names the tool itself.
    display = _before_via(msg.from_name or "")
    bot = re.fullmatch(r"([A-ZÀ-Ý][a-zà-ÿ]+)\s+[-–|·]\s+(.+)", display)
    if bot and is_ats and _VIRTUAL_ASSISTANT.search(text[:600]):
        display = bot.group(2)
    shows_tool = bool(tool) and (tool[:6] in _fold(display) or _fold(display) in tool)
    if (
        is_ats
        and display
        and not shows_tool
        and not _ats_display_is_person(msg)
        and not (board and looks_like_person(msg.from_name))  # "Dana Whitlock" <calendar-notification@google.com>
        # "Imogen Clarke via ModernLoop" whose mail says "Imogen Clarke from Sorrel Energy Storage has requested"
        and not (board and looks_like_person(display) and len(display.split()) >= 2 and display in text)
    ):
        # (a two-word name that reads like a person's and spells no domain is weak: "Hallie Bergstrom" <no-reply@greenhouse>)
        person_like = looks_like_person(display) and len(display.split()) == 2 and not matches_stem(display, stems)
        add(1.0 if person_like else 3.0, display if bot else msg.from_name)  # "Épicerie Nomade" <noreply@welcometothejungle.com>, "Helix Wearables Recruiting"
    for m in _ON_BEHALF.finditer(text):
        add(3.5, m.group(1))
    for m in _SELF_INTRO.finditer(text[:600]):
        add(3.0, m.group(1), True)  # the writer's own organisation, even as one word
    for m in relays:
        add(4.0, m.group(1) or m.group(2), True)  # a job board: "Your application was sent to Tri-County Fulfillment"
    for m in _EMPLOYER_FIELD.finditer(text):
        add(3.5, m.group(1), True)  # a job board's "Empresa: Grupo Logístico Tajo", "Company: Acme"
    for m in _HOST_ORG.finditer(text):
        add(3.5, m.group(1))  # a scheduling page's "Host: Omar Haddad (Lattice Fintech)"
    for m in _PAIRED_WITH.finditer(f"{subject}\n{text}"):
        add(2.5, m.group(1))  # a calendar title "Sam Okafor <> Plumtree Learning"
    for m in _UNIT_OF_PARENT.finditer(f"{subject}\n{text}"):
        add(3.0, m.group(1))  # "with the City of Ashford, Blue Heron Public Library": the unit that hires
    agency_mail = _is_agency_mail(_domain_stem(msg.from_email), text)
    if agency_mail:
        # "breakfast with Dale Henning, Mesaridge's CEO": the client's people, in a recruiter's mail
        for m in _CLIENT_ROLE.finditer(text):
            add(4.0, m.group(1), True)
        for m in _CLIENT_ROLE_AT.finditer(text):
            add(4.0, m.group(1), True)  # "the hiring manager at Pemberton Marine Structures liked ..."
        for m in _CLIENT_PAREN.finditer(text):
            if len(m.group(1).split()) >= 2:  # not "Der Mandant (Automobilzulieferer, Raum Ingolstadt)": a description
                add(4.5, m.group(1), True)
    for m in _ASSISTANT_OF.finditer(text[:600]):
        add(3.5, m.group(1), True)
    for m in _CLIENT_NEWS.finditer(text):
        # a recruiter relaying the employer's decision: "I just heard back from Brookhaven ...", "from Arclight"
        # (one word that reads like a first name counts when the subject names it too: "RE: Arclight - Analyst")
        # (and so do three words, "Granite Peak Snacks", or the forwarded sender's organisation)
        client = _clean_company(m.group(1))  # "la Manufacture Solenne. Ils ont ...": the name, not the next sentence
        add(4.5, client, agency_mail and (
            client in subject or len(client.split()) >= 3 or bool(fwd_stems and matches_stem(client, fwd_stems))
        ))
    # Signature lines: "Title | Company", "Title, Company", a Company line under the name.
    tail = text.strip().split("\n")[-8:]
    for ln in tail:
        for m in _SIG_COMPANY.finditer(ln):
            if looks_like_person(m.group(1)) and ln[m.end(1) :].lstrip().startswith("(") and not matches_stem(m.group(1), stems):
                continue  # "Interviewers: Gail Whitford (Transportation Manager), Sean Bui (Senior Analyst)"
            add(2.0, m.group(1))
        lead = re.match(r"\s*(" + _NAME_PHRASE.pattern + r")\s*[·|]\s*[^\W\d_]", ln)
        if lead and not looks_like_person(lead.group(1)):
            add(2.0, lead.group(1))  # "Distribuidora Pacífico Sur · Ciudad de México"
    # Phrases that match the sender's domain ("Alder & Vance Architects" for aldervance.com); an organisation's
    # display name ("Marlowe Studio" <hello@marlowe.studio>) counts too.
    org_name = "" if is_ats or looks_like_person(msg.from_name or "") else _DISPLAY_NOISE.sub("", msg.from_name or "")
    if org_name and is_personal and not (len(org_name.split()) >= 2 and org_name.split()[-1].lower() in _ORG_SUFFIX_SET):
        org_name = ""  # a webmail sender is a person, unless the name is a business's ("Luna Verde Taqueria")
    if org_name:
        # An organisation's own display name ("Maison Orsay Conseil" <recrutement@orsay-conseil.fr>); from a
        # no-reply address of another domain it is the employer a platform writes for ("Cinderhill Brewing"
        # <noreply@spark-hire.com>).
        spelled = bool(stems) and matches_stem(org_name, stems) and not _is_staffing(org_name) and not _is_staffing(msg.from_name or "")
        # ("Theater im Seitenflügel" <karriere@seitenfluegel.at>: the display spells the domain, and says more)
        add(3.0 if is_no_reply(msg.from_email) and not spelled else 3.2 if spelled and len(org_name.split()) >= 2 else 2.5, org_name)
    for where, src in (("subject", subject), ("text", text), ("forwarded", msg.forwarded), ("from", org_name)):
        for m in _NAME_PHRASE.finditer(src):
            phrase = _org_after_title(m.group(0))
            fit = stem_fit(phrase, stems) if stems else 0.0
            if fit:
                add((3.0 if fit == 1.0 else 2.0) + 0.1 * len(phrase.split()), phrase, True)
            elif where in ("forwarded", "text") and fwd_stems and matches_stem(phrase, fwd_stems):
                # the forwarded sender's organisation, named in the forward or in the note above it
                add(3.0 + 0.1 * len(phrase.split()), phrase, True)
    # "at Company", "with Company", "to Company", "interest in Company", "join Company".
    for src, base in ((subject, 2.0), (text, 1.5)):
        for m in _AT_COMPANY.finditer(src):
            add(base, m.group(1))
        m = _LEADING_COMPANY.match(src)
        if m and src is subject and not _is_calendar_platform(msg.from_email):
            # a recruiter's "FW: Ironwood - meet Priyanka?": the client, even as one word
            first_line = next((ln for ln in text.split("\n") if ln.strip()), "")
            greeted = re.search(rf"\b{re.escape(m.group(1))}\b", first_line)  # "FW: Tom - Corrib" to "Hi Tom,": the candidate
            # (several words count when the body names them too: "Domaine des Quatre Vents – retour du client")
            lone = agency_mail and (len(m.group(1).split()) == 1 or m.group(1) in text) and not greeted
            add((4.0 if len(m.group(1).split()) > 1 else 3.0) if lone else 1.8, m.group(1), lone)
    # A line of its own near the end that names an organisation ("Greenway Transit Authority", "L'équipe Solenne
    # Paris", "the Marlowe crew"), and the employer as the subject of a sentence ("Fable & Finch want you").
    for ln in [ln.strip() for ln in text.strip().split("\n")[-6:] if ln.strip()]:
        m = _TEAM_LINE.fullmatch(ln)
        if m:
            add(2.5, m.group(1))
        elif (
            re.fullmatch(_NAME_PHRASE.pattern, ln)
            and len(ln.split()) >= 2
            and not looks_like_person(ln)
            and not _SIGNOFF.match(ln)
            and not any(w.lower() in TITLE_WORDS for w in ln.split())
        ):
            add(2.0, ln)
    # The organisation's full legal/organisational form, wherever the mail states it.
    for src in (text, subject):
        for m in _LEGAL_FORM.finditer(src):
            add(2.6, m.group(1))
    for m in _COPYRIGHT.finditer(text):
        add(2.0, m.group(1))
    for m in _EOE.finditer(text):
        add(2.5, m.group(1))
    m = re.search(r"(?:,|\s[-–—|])\s*(" + _NAME_PHRASE.pattern + r")\s*$", subject)
    if m and not looks_like_person(m.group(1)):
        add(1.8, m.group(1))  # "Application submitted: Medical Receptionist, Clearwater Dermatology"
    for src in (text, subject):
        for m in _ORG_SUBJECT.finditer(src):
            # "Pellham have just told me": a plural verb after one name, in a recruiter's mail, is the client
            # ... and so does "Arclight just called", "Veltro Bank told me this morning"
            plural = agency_mail and bool(
                re.match(r"\s+(?:have|has|want|are|were|got in touch|me acaba de|nos pidió|me (?:confirmó|comentó|dijo)|decidi|hat (?:uns|mir)|(?:just\s+)?(?:called|rang|phoned|emailed|told|came back|got back))\b", src[m.end(1) :])
            )
            # in a recruiter's mail a three-word subject is the client too: "Torvald Precision Castings liked ..."
            long_name = agency_mail and len(m.group(1).split()) >= 3
            if plural or long_name or not looks_like_person(m.group(1)):
                add(4.0 if agency_mail else 1.5, m.group(1), plural or long_name)  # "Van Eyck Bank want to meet you"
    # Agency recruiter forwarding a client's note: the client's signature names the employer.
    if msg.forwarded:
        ftail = msg.forwarded.strip().split("\n")[-4:]
        for ln in ftail:
            if re.fullmatch(_NAME_PHRASE.pattern, ln.strip()) and not looks_like_person(ln.strip()):
                add(2.2, ln.strip())
    # A subsidiary named with its parent: "Corvid Assurance, a Halberd Holdings company", "Wrenfield is a Castellan
    # Group company", "Penstock Pay (part of Penstock Group)": the subsidiary hires. "Une division de Groupe Agrinord"
    # names only the parent, which the unit in the signature beats (see `parent_groups`).
    for m in _SUBSIDIARY.finditer(f"{subject}\n{text}") if _MENTIONS_PARENT.search(text) else ():
        add(4.0, m.group(1) or m.group(2) or m.group(3), True)  # an organisation, even when one word reads like a first name
    # The full name behind an acronym the sender uses: "Fondation de l'Hôpital Sainte-Clotilde (FHSC)", "Texas
    # Commission on Rural Broadband" in mail from "TCRB Careers".
    acronyms = {n for _, n in cands if re.fullmatch(r"[A-Z]{3,6}", n)} | {
        w for w in re.findall(r"\b[A-Z]{3,6}\b", msg.from_name or "")
    } | {st.upper() for st in stems if re.fullmatch(r"[a-z]{3,5}", st)}  # unp.ac.uk
    cites_acronym = bool(re.search(r"\([A-Z]{3,6}\)", text))
    for src in (text, subject) if acronyms or cites_acronym else ():
        for m in _NAME_PHRASE.finditer(src):
            words = [w for w in re.split(r"[\s-]+", m.group(0).replace("l'", "").replace("l’", "")) if w]
            initials = "".join(w[0] for w in words if w[0].isupper())
            if len(initials) < 3:
                continue
            cited = re.match(r"\s*\(([A-Z]{3,6})\)", src[m.end() :])
            if initials in acronyms or (cited and cited.group(1) == initials):
                add(3.5, m.group(0), True, confirmed=True)
        for full in _spelled_out(src, acronyms):
            add(3.5, full, True, confirmed=True)  # "Société de transport de Val-Morency" for STVM
    for st in stems[:1]:
        pretty = _attested_spelling(_pretty_stem(st), f"{msg.subject}\n{msg.from_name}\n{text}")
        # A domain that splits into a name and an industry word ("Lumora Solar") says more than a bare one.
        add(1.2 if " " in pretty else 0.5, pretty, True)
    return cands


def known_company(msg: Message, known_companies: Mapping[str, str] | None) -> str:
    """The company already known for the sender's (or Reply-To's) domain, or "".

    Keys are lower-case domains ("quarrylane.media"); a parent domain matches too ("mail.acme.com" finds
    "acme.com"). ATS and webmail domains are shared by many employers and never looked up.
    """
    if not known_companies:
        return ""
    for addr in (msg.from_email, *(a for _, a in msg.reply_to)):
        dom = addr.rpartition("@")[2].lower()
        if not dom or dom in PERSONAL_DOMAINS or dom in SHARED_ORG_DOMAINS or ats_name(addr):
            continue
        labels = dom.split(".")
        for i in range(len(labels) - 1):
            name = known_companies.get(".".join(labels[i:]), "")
            if name:
                # a fuller form learned elsewhere ("Quarry Lane Books Co." from its ATS mail) wins
                fuller = [
                    v for v in known_companies.values()
                    if v.lower().startswith(name.lower() + " ") and not _is_staffing(v) and len(v.split()) <= len(name.split()) + 1
                ]
                return max(fuller, key=len) if fuller else name
    return ""


def _company(msg: Message, known_companies: Mapping[str, str] | None = None, auto_reply: bool = False) -> str:
    cands = _company_candidates(msg)
    # what this mail itself says most strongly: a recruiter relaying a client's news ("Arclight just called")
    relayed = {name for score, name in cands if score >= 4.0}
    known = known_company(msg, known_companies)
    stem = _domain_stem(msg.from_email)
    agency_mail = _is_agency_mail(stem, msg.text or "")
    if auto_reply and known and _AGENCY_STEM.search(stem) and _fold(known)[:5] != stem[:5]:
        known = ""  # a recruiter's out-of-office is the agency's own mail, not news about the client it learned
    if not known and known_companies:
        # A name learned from other mail that the sender's domain abbreviates ("monarchcg" for Monarch
        # Construction Group, "saintagnes" for Saint Agnes Medical Center).
        if stem and msg.from_email.rpartition("@")[2] not in PERSONAL_DOMAINS and not ats_name(msg.from_email):
            known = next(
                (
                    n
                    for n in known_companies.values()
                    if _fold(n) == _fold(stem) or _stem_abbreviates(stem, n)  # "Pulsegrid" spelled in its ATS mail
                ),
                "",
            )
    if known:
        # What earlier mail from this domain said: strong evidence, and shorter forms in this mail
        # ("Mosaic" for "Mosaic Health Network") pool into it below. A recruitment agency's own name learned
        # from its earlier mail is weak: its recruiters write about their clients.
        own_agency = _AGENCY_STEM.search(stem) and _fold(known)[:5] == stem[:5]
        # a job board that relays for many employers learned the last one: the one this mail names wins
        board_relay = relayed and known not in relayed and _RELAYED_TO.search(f"{msg.subject}\n{msg.text or ''}")
        # an agency that learned one client from earlier mail, now naming another outright ("Northgate Cell Therapy just called")
        named_clients = {n for n in relayed if len(n.split()) >= 3 or (len(n.split()) == 2 and not looks_like_person(n))}  # not "Tom"
        # (and a client the subject names: "Kinabalu Assurance update" from an agency that learned another client)
        subject_text = _SUBJECT_PREFIX.sub("", msg.subject or "")
        named_clients |= {
            n for score, n in cands
            if score >= 2.0 and len(n.split()) >= 2 and n in subject_text and not _is_staffing(n) and _fold(n)[:5] != stem[:5]
        }
        agency_relay = (
            agency_mail and not own_agency and known not in relayed and any(_fold(n) != _fold(known) for n in named_clients)
        )
        cands.append((1.0 if (own_agency and relayed) or board_relay or agency_relay else 4.0, known))
    if not cands:
        return ""
    # One spelling per name: the mail's own ("Northgate Logistics") over the domain's split ("North Gate ...").
    spelled: dict[str, str] = {}
    stated = f"{msg.subject}\n{msg.from_name}\n{msg.text}"
    def key_of(name: str) -> str:
        return _fold(name.replace("&", "and"))  # "Norrl & Timber" (a domain's split) is "Norrland Timber"

    for _, name in cands:
        key = key_of(name)
        if key not in spelled or (name in stated and spelled[key] not in stated):
            spelled[key] = name
    cands = [(score, spelled[key_of(name)]) for score, name in cands]
    # Evidence for the same name adds up; prefix variants ("Calloway" / "Calloway Precision Parts")
    # pool into the longer form.
    totals: dict[str, float] = {}
    for score, name in cands:
        if known and name != known and _fold(known).startswith(_fold(name)):
            name = known  # "Mosaic", "Mosaichealthnetwork" -> "Mosaic Health Network"
        totals[name] = totals.get(name, 0.0) + score
    names = sorted(totals, key=len, reverse=True)
    pooled: dict[str, float] = {}
    for name in names:
        longer = next(
            (
                n
                for n in pooled
                if (
                    (n.lower().startswith(name.lower() + " ") and n[len(name) + 1 :] not in totals)  # not "X" + a place
                    # "Tilleuls" for "Hôpital Privé des Tilleuls": the name after "of/des/de"
                    or re.search(r"\s(?:of|des|de|du|del|der|la|im|am|zum|zur|für|von)\s+" + re.escape(name.lower()) + "$", n.lower())
                    # "Brasseries Lumière" in the display, "Les Brasseries Lumière" in the signature
                    or re.fullmatch(r"(?:Les|Le|La|L['’]|Los|Las|El|Die|Der|Das)\s*" + re.escape(name), n)
                    or _abbreviates(name, n)
                )
                and not _is_staffing(n)
            ),
            None,
        )
        if longer:
            pooled[longer] += totals[name]
        else:
            pooled[name] = totals[name]
    # A unit of an organisation ("Greyhaven Elementary") pools into the organisation's stated full form
    # ("Greyhaven School District", "... GmbH", "... Foundation") when both start alike.
    for full in [n for n in pooled if _LEGAL_END.search(n) and not _PARENT_GROUP.search(n)]:
        for part in [n for n in pooled if n != full and n.split()[0] == full.split()[0] and not _LEGAL_END.search(n)]:
            pooled[full] += pooled.pop(part)
    # A group's unit named in the mail ("Meridia Telecom" in Meridia Group's mail, "Penstock Pay (part of Penstock
    # Group)") is the employer: the parent's evidence goes to it.
    # (a parent is a brand and "Group": "Meridia Group"; "Copperbeech Retail Group" is the company's own name)
    stated_lower = stated.lower()
    for parent in [n for n in pooled if _PARENT_GROUP.search(n) and (len(n.split()) == 2 or _MENTIONS_PARENT.search(msg.text or ""))]:
        units = [
            n for n in pooled
            if n != parent and len(n.split()) >= 2 and n.split()[0] == parent.split()[0]
            and not _PARENT_GROUP.search(n) and not parent.startswith(n + " ") and not _is_staffing(n)
            and n.lower() in stated_lower  # a unit the mail names, not the domain's split ("Redcliff Lg")
        ]
        if units and parent in pooled:
            unit = max(units, key=lambda n: pooled[n])
            pooled[unit] += pooled.pop(parent)
    # The parent the mail names as such ("a Halberd Holdings company", "Une division de Groupe Agrinord inc.") gives
    # way to the unit that hires, when the mail names one.
    parents = {
        _fold(_clean_company(m.group(1) or m.group(2)))
        for m in _PARENT_OF.finditer(f"{msg.subject}\n{msg.text or ''}")
    } if _MENTIONS_PARENT.search(msg.text or "") else set()
    others = [
        score for n, score in pooled.items() if not any(_fold(n).startswith(p) for p in parents) and score >= 2.0
    ]
    if parents and others:
        for n in pooled:
            if any(_fold(n).startswith(parent) for parent in parents):  # "Larchmont Health (Holdings)"
                pooled[n] = min(pooled[n] - 5.0, max(others) - 0.1)
    # A parent body ("City of Ashford") gives way to the unit that hires and signs ("Ashford Public Library").
    best = max(pooled.items(), key=lambda kv: (kv[1], len(kv[0])))[0]
    if re.match(_PARENT_BODY + "$", best):
        units = [n for n in pooled if n != best and re.search(_UNIT_WORDS + "$", n) and pooled[n] >= 2.0]
        for n in units:
            pooled[n] = max(pooled[n], pooled[best] + 0.1)
    # A recruitment agency's own name loses to the client it writes about ("Fable & Finch" from keystonerecruit).
    if agency_mail:
        own = [n for n in pooled if _fold(n.split()[0])[:5] and stem.startswith(_fold(n.split()[0])[:5])]
        if own and len(own) < len(pooled):
            # more so when the mail relays a client's news ("Corvane Distribution liked your profile")
            clients = [pooled[n] for n in relayed - set(own) if n in pooled]
            for n in own:
                pooled[n] -= 6.0 if relayed - set(own) else 3.0
                if clients:
                    pooled[n] = min(pooled[n], max(clients) - 0.1)  # never above the client it names outright
    # the platform one logs in to ("Please log in to Trakline to accept the offer") is a tool, not the employer
    tools = [_fold(m.group(1)) for m in _LOG_IN_TO.finditer(msg.text or "")]
    for n in list(pooled):
        if any(t and _fold(n).startswith(t) for t in tools):
            pooled[n] -= 3.0
    agency = [n for n in pooled if _is_staffing(n)]
    if agency and len(pooled) > len(agency) and msg.forwarded:
        for n in agency:
            pooled[n] -= 3.0
    best = max(pooled.items(), key=lambda kv: (kv[1], len(kv[0])))[0]
    if known_companies and len(best.split()) <= 2:
        # "Arclight just called" in a recruiter's mail: the name the employer's own mail spelled out in full
        # (and "Cuatro Caminos" for "Grupo Logístico Cuatro Caminos")
        fuller = {
            v for v in known_companies.values()
            if (
                (len(best.split()) == 1 and v.startswith(best + " "))
                or (v.endswith(" " + best) and v.split()[0].lower() in ORG_PREFIXES)
            )
            and not _is_staffing(v)
        }
        if len(fuller) == 1:
            return fuller.pop()
    return best


@lru_cache(maxsize=8192)
def _stem_abbreviates(stem: str, name: str) -> bool:
    """Whether a domain stem spells `name` from word prefixes: 'monarchcg' / 'Monarch Construction Group',
    'glasswingcap' / 'Glasswing Capital', 'tcc' / 'Tidewater Community College', 'saintagnes' / 'Saint Agnes
    Medical Center' (later words may be left out once two whole words match)."""
    words = [_fold(w.translate(_UMLAUTS)) for w in name.split() if _fold(w) and w.lower() not in ("&", "and", "of", "the")]
    if len(words) < 2 or len(stem) < 3:
        return False

    def fit(i: int, w: int, whole: int) -> bool:
        if i == len(stem):
            return w == len(words) or whole >= 2 or (whole == 1 and w == 1 and len(words[0]) >= 5)
        if w == len(words):
            return False
        word = words[w]
        for k in range(min(len(word), len(stem) - i), 0, -1):
            if stem[i : i + k] != word[:k]:
                continue
            if w == 0 and k < min(len(word), 4) and not all(len(x) >= 1 for x in words) or (w == 0 and 1 < k < 4):
                continue
            if fit(i + k, w + 1, whole + (k == len(word))):
                return True
        return False

    return fit(0, 0, 0)


_LEGAL_END = re.compile(
    r"\s(?:GmbH|AG|SE|KG|Inc\.?|LLC|LLP|Ltd\.?|Co\.|Group|Foundation|District|Cooperative|Co-op|Hospital|College|"
    r"University|Corporation)$"
)
_SUBSIDIARY = re.compile(
    r"(" + _NAME_PHRASE.pattern + r")(?:,| is) an? (?:" + _NAME_PHRASE.pattern + r") (?:company|brand|subsidiary|business)\b|"
    r"(" + _NAME_PHRASE.pattern + r") \((?:part of|a division of|a subsidiary of|owned by|une filiale de|une division de|"
    r"filiale de|parte de|Teil der|eine Tochter de[rs]) |"
    r"(" + _NAME_PHRASE.pattern + r"), (?:part of|a division of|a subsidiary of|a member of) the (?:" + _NAME_PHRASE.pattern + r") (?:family|group)\b"
)
_MENTIONS_PARENT = re.compile(
    r"company|brand|subsidiary|business|part of|division|owned by|filiale|parte de|Teil der|Tochter|member of|empresa de|entreprise de"
)
_PARENT_OF = re.compile(
    r"(?:, an?|\bis an?|(?:^|\n)[ \t]*(?i:an?)) (" + _NAME_PHRASE.pattern + r") (?:company|brand|subsidiary|business)\b|"
    r"\b(?:part of|a division of|a subsidiary of|owned by|une filiale de|une division de|filiale de|division de|parte de|"
    r"Teil der|eine Tochter de[rs]|una empresa de|une entreprise de|subsidiary of|a member of) (?:the )?(" + _NAME_PHRASE.pattern + ")"
)
_TITLE_OF_ORG = re.compile(r"(\s(?:del|de la|des|du|of the|at the|for the)\s)")


def _org_after_title(name: str) -> str:
    """The organisation after a job title ("Técnico/a de Medio Ambiente del Ayuntamiento de Valencia" ->
    "Ayuntamiento de Valencia"); any other name as it is."""
    if " d" not in name and " the " not in name:  # (cheap test first: most names have neither)
        return name
    head, sep, rest = (*_TITLE_OF_ORG.split(name, maxsplit=1), "", "")[:3]
    return rest if sep and rest[:1].isupper() and _valid_title(head) else name

_PARENT_GROUP = re.compile(r"\s(?:Group|Holdings?|Brands|Companies|Enterprises|Gruppe)$")
_JOB_BOARDS = frozenset(
    "indeed.com linkedin.com ziprecruiter.com glassdoor.com monster.com dice.com stepstone.de xing.com "
    "infojobs.net welcometothejungle.com otta.com wellfound.com handshake.com usajobs.gov".split()
)
_AGENCY_STEM = re.compile(r"recruit|recrut|interim|staffing|resourc|headhunt|personnel|personalberatung|talent|workforce|search(?:partners|group)?$|seleccion|selection|ett$")


def _abbreviates(short: str, long: str) -> bool:
    """'Eastfield USD' abbreviates 'Eastfield Unified School District' (same start, then the initials)."""
    a, b = short.split(), long.split()
    if len(a) == 1 and re.fullmatch(r"[A-Z]{3,6}", short):  # "CRTA" for "Calumet Regional Transit Authority"
        initials = "".join(w[0] for w in b if w.lower() not in ("of", "the", "and", "&", "de", "for", "du", "des", "la"))
        return len(b) >= 3 and initials.upper() == short
    if len(a) < 2 or len(b) <= len(a) or not a[-1].isupper():
        return False
    head = len(a) - 1
    return a[:head] == b[:head] and a[-1] == "".join(w[0] for w in b[head:]).upper()


def _is_agency_mail(stem: str, text: str) -> bool:
    """Mail from a recruitment agency: its domain says so (westlinktalent), or its signature does."""
    return bool(_AGENCY_STEM.search(stem)) or any(_is_staffing(ln) for ln in text.strip().split("\n")[-4:])


def _is_staffing(name: str) -> bool:
    return bool(re.search(
        r"\b(?:staffing|talent partners|recruitment|recruiting|recruiters|search (?:partners|group)|headhunt\w*|resourcing|"
        r"(?:talent|recruitment|recruiting) consultant|(?:groupe |cabinet )?s[ée]lection|executive search|workforce solutions|"
        r"personalberatung|personaldienstleistung\w*)\b",
        name,
        re.I,
    ))


# ---------------------------------------------------------------------------- role

_ROLE_PATTERNS = [(re.compile(p), required_substrings(re.compile(p))) for p in (
    # A title with a gender marker is a title whatever its capitals ("Chargée de communication (H/F)").
    r"(?<![\w'’])([A-ZÀ-Ý][\w'’-]*(?:[ \t]+[\w'’-]+){0,5}[ \t]+\((?i:h/f|f/h|m/w/d|w/m/d|f/m/d|m/f/d|m/f/x|h/m)\))",
    rf"(?i:job title|title|role|position|poste|puesto|stelle):[ \t]*({_TITLE})",
    rf"(?i:the position of|the role of|le poste d['e][ \t]*|el puesto de|la posición de|die Stelle als|als)[ \t]*({_TITLE})",
    rf"(?i:the|our|your|this)[ \t]+({_TITLE})[ \t]+(?i:position|role|opening|seat|job|vacancy|onsite|interview|gig|posting|team)\b",
    rf"(?i:application|applying|applied|apply|candidature|candidatura|bewerbung)[ \t]+(?i:for|to|as|pour|para|als)[ \t]+(?i:the[ \t]+|our[ \t]+|a[ \t]+)?({_TITLE})",
    rf"(?i:managing|hiring for|for|about)[ \t]+the[ \t]+({_TITLE})",
)]


# Words before a title that are not part of it ("A Digital Programs Coordinator", "Position Supply Chain Analyst",
# "Kennenlerngespräch Marketing Manager"), and a dash tail that names the step, not the title.
_TITLE_LEAD = re.compile(
    r"^(?:(?:a|an|the|position|role|job|poste|puesto|proceso|stelle|einladung|invitation)[ \t]+|[\w-]*gespräch[ \t]+|[\w-]*interview[ \t]+)+",
    re.I,
)
_TITLE_LEAD_CLAUSE = re.compile(r"^.*\b(?:the|about|for|to|as|our|your|this|re)[ \t]+(?=[A-ZÀ-Ý])")
_TITLE_TAIL = re.compile(
    r"(?:[ \t]+[-–][ \t]+.*\b(?:panel|interview|hiring|round|screen|call|chat|onsite|sql|and|update|feedback)\b.*|[ \t]+and(?:[ \t]+I)?)$",
    re.I,
)
_TITLE_ID = re.compile(r"\s*\((?:[^)]*\d[^)]*)\)$")
_TITLE_AT = re.compile(r"\s+(?:at|with|in|for)\s+.*$")
_TITLE_NOUN = re.compile(r"\s+(?:interview|application|position|role|opening)$", re.I)
_TITLE_SPLIT = re.compile(r"[\s/]+")


@lru_cache(maxsize=8192)
def _valid_title(title: str) -> str:
    title = _TITLE_LEAD.sub("", _TITLE_LEAD_CLAUSE.sub("", title.strip(" .,-–")))
    title = _TITLE_TAIL.sub("", title)
    title = _TITLE_ID.sub("", title)  # "(R-10482)", "(Job ID 2025-3317)"
    title = _TITLE_AT.sub("", title)
    title = _TITLE_NOUN.sub("", title)
    words = [w.strip("(),").lower() for w in _TITLE_SPLIT.split(title)]
    if not title or len(words) > 9:
        return ""
    if not any(
        w in TITLE_WORDS or _TITLE_COMPOUND.search(w) or w.rpartition("-")[2] in TITLE_WORDS for w in words
    ):  # "HR-Leitung", "Teamleiterin"
        return ""
    return title


def _role(msg: Message) -> str:
    subject = _SUBJECT_PREFIX.sub("", msg.subject or "")
    sources = [_unwrap(msg.text or ""), _unwrap(msg.forwarded or ""), subject]
    lowered = [lower_for_needles(src) for src in sources]
    for pat, needles in _ROLE_PATTERNS:
        for src, low in zip(sources, lowered, strict=True):
            if any(not any(n in low for n in option) for option in needles):
                continue  # a word the pattern needs is missing: same result, no regex run
            for m in pat.finditer(src):
                t = _valid_title(m.group(1))
                if t:
                    return t
    for ev in msg.calendar:
        m = re.search(r"\(([^)]+)\)\s*$", ev.summary or "")
        if m and _valid_title(m.group(1)):
            return _valid_title(m.group(1))
    # Subject shapes: "Company - Role", "Role - Thursday", "Thank you - Role interview", "(Role)", "/ Role".
    parts = re.split(r"\s+[-–|:/]\s+|\s*[!?]\s+|\(|\)", subject)
    for p in parts:
        p = re.sub(r"^(?:your application(?: for| to)?|application (?:status|received|confirmation)|thank you|update on|update|checking in|following up|question about the|referral|interview availability|onsite visit)\s*[:-]?\s*", "", p.strip(), flags=re.I)
        m = _TITLE_RE.match(p.strip())
        if m:
            t = _valid_title(m.group(0))
            if t:
                return t
    for src in sources:
        for m in _TITLE_RE.finditer(src):
            t = _valid_title(m.group(0))
            if t and len(t.split()) >= 2:
                return t
    return ""


# ---------------------------------------------------------------------------- dates


def _settings(msg: Message) -> dict[str, Any]:
    settings: dict[str, Any] = {"PREFER_DATES_FROM": "future", "RETURN_AS_TIMEZONE_AWARE": False}
    if msg.date:
        settings["RELATIVE_BASE"] = msg.date.replace(tzinfo=None)
    return settings


_MONTH_NUMBER = {
    m: i
    for i, m in enumerate(
        ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
         "november", "december"),
        start=1,
    )
}
# The shapes most mail writes ("Thursday, March 26 2:00 PM", "Monday, November 23, 2026."), read without
# dateparser (about 1 ms a call). Anything else, including every form with a word after it, goes to dateparser.
_EXPLICIT_DATE = re.compile(
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,\s)?"
    r"(january|february|march|april|may|june|july|august|september|october|november|december)\s"
    r"([1-9]|[12]\d|3[01])"
    r"(?:(?:,\s(20\d\d))|\s(1[0-2]|[1-9])(?::([0-5]\d))?\s?([AaPp][Mm]))?\.?",
    re.I,
)


# An explicit date followed by a new sentence that starts with one of these words ("Monday, November 23, 2026.
# For urgent matters ..."): dateparser reads none of them (checked on thousands of such strings), so it returns None.
_DATE_THEN_SENTENCE = re.compile(
    _EXPLICIT_DATE.pattern + r"(?<=\.)\s+(?-i:For|If|I'll|I|During|Slow|Please)\b.*", re.I | re.S
)


def _explicit_date(text: str, base: datetime) -> datetime | None:
    """What dateparser (PREFER_DATES_FROM future, RELATIVE_BASE=base) returns for the shapes of
    `_EXPLICIT_DATE`: the weekday is ignored, a missing year is the base's, or the next year holding that
    day when the moment is before the base; no time is midnight. None when the text is not one of them."""
    m = _EXPLICIT_DATE.fullmatch(text)
    if not m:
        return None
    month, day = _MONTH_NUMBER[m.group(1).lower()], int(m.group(2))
    hour = minute = 0
    if m.group(4):
        hour = int(m.group(4)) % 12 + (12 if m.group(6).lower() == "pm" else 0)
        minute = int(m.group(5) or 0)
    if m.group(3):
        try:
            return datetime(int(m.group(3)), month, day)
        except ValueError:
            return None
    for year in range(base.year, base.year + 9):
        try:
            found = datetime(year, month, day, hour, minute)
        except ValueError:  # February 29 in a common year; April 31
            if month != 2 or day != 29:
                return None
            continue
        if found > base:
            return found
    return None


@lru_cache(maxsize=4096)
def _dateparse(text: str, languages: tuple[str, ...], base: datetime | None) -> datetime | None:
    """dateparser with our settings, remembered: a rescan or a repeated phrase costs nothing the second time.

    The common explicit shapes are read directly (the same result, about 50x cheaper)."""
    if base is not None and "en" in languages:
        found = _explicit_date(text, base)
        if found is not None:
            return found
        if _DATE_THEN_SENTENCE.fullmatch(text):
            return None
    settings: dict[str, Any] = {"PREFER_DATES_FROM": "future", "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = base
    return dateparser.parse(text, languages=list(languages), settings=settings)


def _parse_fragment(fragment: str, msg: Message) -> datetime | None:
    """Parse the longest leading part of `fragment` that dateparser understands."""
    fragment = re.split(r"(?<!\d)\.|[;\n(]|\s+(?:and|und|et|y|with|if|to|but)\s+|,\s+(?:and|but|so)\b", fragment)[0]
    fragment = re.sub(r"\b(?:on|am|le|el|the|de retour|ab dem|ab|dem)\s+", "", fragment.strip(), flags=re.I)
    words = fragment.split()[:8]
    settings = _settings(msg)
    dm = re.match(r"(\d{1,2})\.(\d{1,2})\.(\d{4})?(?!\d)", fragment)
    if dm and msg.date:
        # German "ab 28.04.": day and month, the year the next such day falls in; "ab 07.01.2026": always day first
        try:
            dt = datetime(int(dm.group(3) or msg.date.year), int(dm.group(2)), int(dm.group(1)))
        except ValueError:
            dt = None
        if dt is not None:
            return dt if dm.group(3) or dt.date() >= msg.date.date() else dt.replace(year=dt.year + 1)
    while words:
        cand = " ".join(words).strip(" ,")
        if not re.search(r"[^\W\d_]{3,}|\d+/\d+|\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d\d-\d\d", cand):
            words.pop()
            continue
        if re.search(r"\d|day|tomorrow|mañana|tag|morgen|demain|lundi|mardi|mercredi|jeudi|vendredi|lunes|martes|miércoles|jueves|viernes|week|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember", cand, re.I):
            try:
                dt = _dateparse(cand, tuple(_LANGS), settings.get("RELATIVE_BASE"))
            except Exception:  # dateparser raises assorted errors on odd input
                dt = None
            if dt:
                return dt
        words.pop()
    return None


_RETURN_TRIGGERS = [
    (r"\b(?:back|return(?:ing)?|retour|will return|resum(?:e|ing) (?:work|office|duties)|(?:will |we )?re-?open(?:s|ing)?|wieder (?:im büro|erreichbar|da)|de retour|regreso|estaré de vuelta|vuelvo|volveré|regresaré)\b"
     r"(?:\s+(?:in the office|at my desk|at work|to the office|to work|im büro|au bureau|en la oficina|a la oficina|"
     r"al trabajo|ins büro|(?:in|at|to) (?:the |my |our )?(?:[A-Z][\w'-]+ )?"
     r"(?:studio|lab|shop|clinic|school|store|office|desk|workshop|library)))?\s+(?:on\s+|le\s+|el\s+|am\s+)?", 0, False),
    (r"\b(?:ab dem|ab|à partir du|a partir del)\s+", 0, False),
    # German word order: "am Montag wieder im Büro", "am 9.3. wieder erreichbar"
    (r"\bam\s+(?=[^.\n]{0,25}\bwieder\b)", 0, False),
    (r"\b(?:until|hasta el|jusqu'au)\s+", 0, True),
    (r"\bfrom\s+[^.;\n]{3,30}?\s+to\s+", 0, True),  # "away from 2026-03-09 to 2026-03-19 inclusive"
    (r"\b(?:through|thru|bis einschließlich|bis zum|bis)\s+", 1, False),
]
# (pattern, days to add, and whether it reads "until": "until 20 February inclusive" is back the next working day)
_ORDINAL_DAY = re.compile(
    r"(?:the\s+)?([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
    r"(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)",  # "the 8th of March" is a full date
    re.I,
)


def _ordinal_day(fragment: str, msg: Message) -> datetime | None:
    """"back on the 8th": the next 8th on or after the message's date."""
    m = _ORDINAL_DAY.match(fragment.strip())
    if not m or not msg.date:
        return None
    day, start = int(m.group(1)), msg.date.date()
    for months in range(3):
        year, month = start.year + (start.month - 1 + months) // 12, (start.month - 1 + months) % 12 + 1
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if found >= start:
            return datetime(found.year, found.month, found.day)
    return None


_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_RELATIVE_DAY = re.compile(
    r"\s*(?:(a|one|two|2|three|3) weeks? from (today|tomorrow|" + "|".join(_WEEKDAYS) + r")"
    r"|the first (" + "|".join(_WEEKDAYS) + r") (?:of|in) the new year)\b",
    re.I,
)


def _relative_day(fragment: str, msg: Message) -> datetime | None:
    """'a week from today', 'two weeks from Monday', 'the first Monday of the new year' (from the message's date)."""
    m = _RELATIVE_DAY.match(fragment)
    if not m or not msg.date:
        return None
    start = msg.date.date()
    if m.group(3):
        d = date(start.year + 1, 1, 1)
        d += timedelta(days=(_WEEKDAYS.index(m.group(3).lower()) - d.weekday()) % 7)
        return datetime(d.year, d.month, d.day)
    weeks = {"a": 1, "one": 1, "two": 2, "2": 2, "three": 3, "3": 3}[m.group(1).lower()]
    anchor = m.group(2).lower()
    if anchor == "today":
        base = start
    elif anchor == "tomorrow":
        base = start + timedelta(days=1)
    else:
        base = start + timedelta(days=(_WEEKDAYS.index(anchor) - start.weekday()) % 7 or 7)
    d = base + timedelta(weeks=weeks)
    return datetime(d.year, d.month, d.day)


_INCLUSIVE = re.compile(r"^[^.;\n]{0,30}?\b(?:inclusive|inclusively|inclus|incluse|einschließlich|incluido|inclusive)\b", re.I)


def _day_month_swapped(fragment: str, msg: Message) -> datetime | None:
    """"02/06/2025" read the other way round (2 June), for when the US reading lies in the past."""
    m = re.match(r"\s*(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?(?![\d/])", fragment)
    if not m or (m.group(3) is None and msg.date is None):
        return None
    year = int(m.group(3)) + (2000 if len(m.group(3)) == 2 else 0) if m.group(3) else msg.date.year  # type: ignore[union-attr]
    try:
        found = datetime(year, int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None
    if m.group(3) is None and msg.date is not None and found.date() < msg.date.date():
        found = found.replace(year=year + 1)  # "back on 3/1" written in December
    return found


_MONTH_ONLY = re.compile(
    r"\s*(?:in|en|im|el mes de|au mois de)?\s*(?:early|mid|late|début|fin|anfang|mitte|ende|finales de|principios de)?[\s-]*"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|janvier|février|mars|avril|"
    r"mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|enero|"
    r"febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)(?:\s+(?:of\s+|de\s+)?\d{4})?\s*(?:[.,;!]|$)",
    re.I,
)


def _return_date(msg: Message) -> date | None:
    text = _unwrap(msg.text or "")  # "reopen on Monday,\nJanuary 5": a wrapped line is one sentence
    subject = msg.subject or ""
    for trig, shift, until in _RETURN_TRIGGERS:
        for src in (text, subject):
            for m in re.finditer(trig, src, re.I):
                fragment = src[m.end() : m.end() + 60]
                if _MONTH_ONLY.match(fragment):
                    continue  # "returning to work in February 2027": no day to write back on
                dt = _ordinal_day(fragment, msg) or _relative_day(fragment, msg)
                if dt is None and day_first(msg.date, msg.from_email):
                    dt = _day_month_swapped(fragment, msg)  # "back in the office on 3/11" from Sydney
                dt = dt or _parse_fragment(fragment, msg)
                before = src[max(0, m.start() - 12) : m.start()]
                if shift and re.search(r"day\s*$", before, re.I):  # "Monday through Friday": office hours
                    continue
                if dt and msg.date and not msg.date.date() <= dt.date() <= msg.date.date() + timedelta(days=400):
                    dt = _day_month_swapped(fragment, msg) or dt  # "returning 02/06/2025" from a UK sender
                if dt and (not msg.date or msg.date.date() <= dt.date() <= msg.date.date() + timedelta(days=400)):
                    d = dt.date()
                    if not shift and until and _INCLUSIVE.search(fragment):
                        shift = 1  # "until 20 February inclusive": back the next working day
                    if shift:
                        d = d + timedelta(days=shift)
                        while d.weekday() >= 5:  # out "through Friday": back the next working day
                            d = d + timedelta(days=1)
                    return d
    return None


# ---------------------------------------------------------------------------- redirect


def _redirect(msg: Message) -> tuple[str, str]:
    text = msg.text or ""
    if not re.search(r"\bno longer (?:with|at|work|employed)|\bhas left\b|\bleft the company\b|nicht mehr (?:bei|für)|ne fait plus partie|ya no (?:trabaja|forma parte)", text, re.I):
        return "", ""
    for m in _EMAIL.finditer(text):
        email = m.group(0).lower().rstrip(".")
        if email == msg.from_email:
            continue
        before = text[max(0, m.start() - 60) : m.start()]
        nm = re.search(r"([A-ZÀ-Ý][\w'-]+(?:\s+[A-ZÀ-Ý][\w'-]+){1,2})\s*(?:at|\(|<|:)?\s*$", before)
        name = nm.group(1) if nm and looks_like_person(nm.group(1)) else ""
        return email, name
    return "", ""


_BULK_TEXT = re.compile(
    r"\byou(?:['’]re| are) receiving (?:this|these)\b|\bunsubscribe\b|\bmanage (?:your )?notifications\b|"
    r"\bsie erhalten diese e-mail\b|\babmelden\b|\bse désabonner\b|\bdarse de baja\b|\bdesuscribirte\b",
    re.I,
)


def _is_bulk(msg: Message) -> bool:
    """Mass mail: list headers, or the footer that says why you get it and how to stop."""
    if msg.header("List-Unsubscribe") or msg.header("Precedence").strip().lower() in ("bulk", "list"):
        return True
    return bool(_BULK_TEXT.search((msg.text or "")[-1500:]))


# ---------------------------------------------------------------------------- entry point


def extract(
    msg: Message, label: str, owner_email: str = "", known_companies: Mapping[str, str] | None = None
) -> Facts:
    """Facts for a message already labelled `label`. Never raises on odd mail.

    `known_companies` maps a sender domain (lower case, e.g. "quarrylane.media") to the company name
    learned from earlier mail; it fills in the company when this message only has a first name
    and a signature, and turns short forms ("Mosaic") into the full name.
    """
    owner = owner_email.strip().lower()
    company = _company(msg, known_companies, auto_reply=label == "auto_reply")
    first, full, email = _contact(msg, company)
    if (email and email == owner) or (label == "other" and writes_to_organisation(msg, owner)):
        first, full, email = "", "", ""  # the owner's own mail has no one to thank
    # "Tamsin Reyes (Jira)", "Kevin Osei via Linkd": a person writing through a platform
    sender_name = re.sub(r"\s*\([^)]*\)\s*$|\s+via\s+.*$", "", msg.from_name or "").strip()
    if label == "other" and _is_bulk(msg) and not (looks_like_person(sender_name) and len(sender_name.split()) >= 2):
        first, full, email = "", "", ""  # a newsletter or notification from an organisation: no one to thank
    role = _role(msg)
    interview_at = find_interview_at(msg) if label == "interview" else None
    return_date = _return_date(msg) if label == "auto_reply" else None
    redirect_email, redirect_name = _redirect(msg) if label == "auto_reply" else ("", "")
    interviewers: list[tuple[str, str]] = []
    for ev in msg.calendar:
        people = [(ev.organizer_name, ev.organizer_email), *ev.attendees]
        for name, addr in people:
            addr = (addr or "").lower()
            if not addr or addr == owner or is_no_reply(addr) or any(a == addr for _, a in interviewers):
                continue
            interviewers.append((name or "", addr))
    if label == "other":
        # Not job mail: no employer to name (a bank, a newsletter, a friend). The corpora's convention
        # too: "company: the employer's name ..., empty if none".
        company = ""
    return Facts(
        company=company,
        contact_first_name=first,
        contact_name=full,
        contact_email=email,
        role=role,
        interview_at=interview_at,
        return_date=return_date,
        redirect_email=redirect_email,
        redirect_name=redirect_name,
        interviewers=tuple(interviewers),
    )
