"""The classifier's lexicon: phrase rules, sender and header facts, kept apart from the scoring code.

Each phrase rule says "this wording is evidence for LABEL, this strong". Weights are on one
scale: 1 = a hint, 2 = good evidence, 3-4 = the sentence that decides the label. The scorer
(classify.py) adds them up per label and reports the matched wording as the reason.

Patterns are written for the *new* text of a message (quoted history is excluded by the
parser) and the subject, case-insensitive. English first, then French, German and Spanish.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class PhraseRule:
    label: str  # one of models.LABELS, or "job" for job-context evidence
    pattern: re.Pattern[str]
    weight: float
    subject_only: bool = False
    # Sets of lower-case strings: every text the pattern matches contains at least one string of each set
    # (empty: nothing known). The scorer skips the regex when a set has no string in the lower-cased text:
    # the same hits, far less work.
    needles: tuple[frozenset[str], ...] = ()


@dataclass(frozen=True)
class _Spec:
    """A phrase rule as written; compiled into a PhraseRule on first use (importing stays cheap)."""

    label: str
    pattern: str
    weight: float
    subject_only: bool = False


def _rules(label: str, weight: float, *patterns: str, subject_only: bool = False) -> list[_Spec]:
    return [_Spec(label, p, weight, subject_only) for p in patterns]


@lru_cache(maxsize=1)
def phrase_rules() -> tuple[PhraseRule, ...]:
    """Every phrase rule, compiled (once, on first use)."""
    rules = []
    for spec in _PHRASE_SPECS:
        compiled = re.compile(spec.pattern, re.IGNORECASE)
        rules.append(PhraseRule(spec.label, compiled, spec.weight, spec.subject_only, required_substrings(compiled)))
    return tuple(rules)


@lru_cache(maxsize=1)
def needle_index() -> NeedleIndex:
    """One index over every phrase rule's needles (built on first use)."""
    return NeedleIndex(frozenset(n for r in phrase_rules() for option in r.needles for n in option))


def __getattr__(name: str) -> object:
    # PHRASE_RULES and NEEDLES are built on first use; `from assistant.classify_rules import PHRASE_RULES` still works.
    if name == "PHRASE_RULES":
        return phrase_rules()
    if name == "NEEDLES":
        return needle_index()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# Characters that re.IGNORECASE matches against an ASCII letter although str.lower() keeps them apart.
CASEFOLD_EXTRA = str.maketrans({"ſ": "s", "ı": "i", "K": "k"})


def lower_for_needles(text: str) -> str:
    """The form of a text that `PhraseRule.needles` are looked up in."""
    low = text.lower()
    return low if low.isascii() else low.translate(CASEFOLD_EXTRA)


def required_substrings(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """Sets of lower-case literals such that every match of `pattern` contains one literal of each set.

    Walks the parsed pattern: each literal run, group and repeated part of a sequence is needed, so
    each offers a set; an alternation needs one literal from each branch. Sets with strings shorter
    than two characters are dropped, and at most the three most selective are kept. Anything the
    walk does not understand yields fewer sets, which only costs speed (the regex then runs more often).
    """
    try:
        from re import _parser  # type: ignore[attr-defined]

        options = _seq_options(list(_parser.parse(pattern.pattern, pattern.flags)))
    except Exception:  # a private module: if it changes, fall back to running every regex
        return ()
    options = [o for o in set(options) if min(len(n) for n in o) >= 2]
    return tuple(sorted(options, key=_selectivity, reverse=True)[:3])


def _selectivity(options: frozenset[str]) -> tuple[int, int]:
    return (min(len(s.strip()) for s in options), -len(options))


def _seq_options(items: list[tuple[object, object]]) -> list[frozenset[str]]:
    """Every needle set a sequence of parsed pattern items needs."""
    from re import _constants as c  # type: ignore[attr-defined]

    options: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            options.append(frozenset({"".join(run).lower()}))
            run.clear()

    for op, av in items:
        if op is c.LITERAL:
            run.append(chr(av))  # type: ignore[arg-type]
            continue
        flush()
        if op is c.SUBPATTERN:
            options += _seq_options(list(av[-1]))  # type: ignore[index]
        elif op is c.BRANCH:
            parts: set[str] = set()
            for branch in av[1]:  # type: ignore[index]
                got = _seq_options(list(branch))
                if not got:
                    parts = set()
                    break
                parts |= max(got, key=_selectivity)
            if parts:
                options.append(frozenset(parts))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            lo, _hi, body = av  # type: ignore[misc]
            if lo >= 1:
                options += _seq_options(list(body))
    flush()
    return [o for o in options if o and all(o)]


_CAND = r"(?:candidates?|applicants?|individuals?|people|profiles?|finalists?|someone|others?)"
_APP = r"(?:your (?:application|candidacy|profile|candidature|cv|resume)|you|yours)"
_FWD = r"(?:move|moving|go|going|proceed|proceeding|progress|progressing|advance|advancing|continue|continuing|take|taking|pursue|pursuing)"

_PHRASE_SPECS: list[_Spec] = [
    # ---------------------------------------------------------------- rejection
    *_rules(
        "rejection",
        4.0,
        rf"\b(?:decided|chosen|chose|elected|made the (?:call|decision)|opted)\s+(?:not\s+to|to\s+not)\s+{_FWD}\b",
        rf"\b(?:won't|will not|will no longer|shall not|cannot|can't|are not able to|are unable to|unable to|not be able to)\s+(?:be\s+)?{_FWD}\w*\s+(?:forward\s+)?(?:with\s+)?{_APP}",
        rf"\b(?:won't|will not|shall not)\s+be\s+{_FWD}\w*\s+(?:you|your|with your)",
        rf"\bnot\s+(?:to\s+)?{_FWD}\w*\s+(?:further\s+)?with\s+your\s+(?:application|candidacy|profile)",
        r"\bnot\s+(?:to\s+)?(?:take|taking)\s+(?:your application|you|things)\s+(?:to the next|further)",
        rf"\b(?:move|moving|go|going|proceed|proceeding|continue|continuing|move ahead|moving ahead)\s+(?:forward\s+|ahead\s+)?with\s+(?:other|another|a different|the other|more qualified|stronger)\s+{_CAND}",
        rf"\bproceed\s+to\s+the\s+next\s+(?:stage|step|round)\s+with\s+other\s+{_CAND}",
        r"\b(?:went|go|going|gone)\s+with\s+(?:a|another|an internal|the other|one other)\s+(?:candidate|applicant|finalist|person)",
        r"\b(?:chosen|decided|selected)\s+to\s+go\s+with\s+(?:a|another)\s+(?:candidate|applicant)",
        r"\b(?:identified|selected|chosen|found)\s+(?:other|another|a)\s+(?:candidates?|applicants?|finalists?)\s+(?:whose|who|that|with|for)",
        r"\banother (?:finalist|candidate|applicant) (?:has been|was) (?:selected|chosen|hired)",
        r"\bselected a candidate for (?:the|this) (?:role|position)",
        r"\boffer (?:for|to fill) (?:the|this) .{0,60}?(?:position|role)? ?to another candidate",
        r"\bextended an offer .{0,80}?to (?:another|a different) candidate",
        r"\b(?:position|role|vacancy|opening|job|spots?)(?: of this vacancy)? (?:has|have|had) (?:now |already |since )?been (?:filled|closed to you)",
        r"\b(?:are|is) (?:already|now) filled\b",
        r"\bwe (?:have|'ve) (?:filled|hired for) (?:the|this) (?:position|role)",
        r"\b(?:regret|sorry) to (?:inform|tell|let) you (?:know )?that (?:we|your application|you)",
        r"\bwe regret that we (?:are|were) (?:unable|not able) to\b",
        r"\b(?:decided|chosen|elected)\s+not\s+to\s+(?:extend|make)\s+(?:you\s+)?an\s+offer\b",
        r"\b(?:have|has|haven't|have not|were|was|weren't|are|is) not (?:been )?(?:selected|shortlisted|successful|chosen)\b",
        r"\bhaven't been selected\b",
        r"\bunsuccessful\b.{0,40}\b(?:application|candidacy|occasion)",
        r"\bstatus:\s*(?:not selected|rejected|declined|unsuccessful|not moving forward|no longer under consideration|position filled|filled|closed|not shortlisted|not suitable|not progressing)",
        r"\bnot (?:moving|move) (?:you )?forward\b",
        r"\b(?:made|extended|given) (?:an |the |our )?offer to (?:another|a different|one of the other|someone else|an internal)\b",
        r"\b(?:decided|chosen|opted) not to (?:invite|progress|advance|move|take) you (?:to|forward|through|further|on)\b",
        r"\b(?:role|position|job|opening) has gone to (?:someone|another|an internal|a colleague|one of)\b",
        r"\bestado:\s*(?:descartad[oa]|no seleccionad[oa]|rechazad[oa]|finalizad[oa])\b",
        r"\b(?:hemos decidido|decidimos|han decidido) no (?:avanzar|continuar|seguir adelante) con (?:ella|él|tu candidatura|tu perfil|su candidatura)\b",
        r"\b(?:eligió|eligieron|seleccionó|seleccionaron) (?:a )?otr[oa]s? (?:candidat|perfil|persona)",
        r"\b(?:cubrir|ocupar|cubrieron|ocuparon) (?:la|el) (?:vacante|posición|puesto) con (?:una promoción interna|un candidato interno|"
        r"una candidata interna|alguien (?:interno|de la empresa))\b|\bel proceso se cierra para (?:ti|usted)\b",
        r"\bwon't be (?:advancing|moving) you\b",
        r"\bnot (?:be )?(?:scheduling|inviting) you (?:for|to) (?:the |an )?(?:next|interview|further)",
        r"\bwill not take you to the next\b",
        r"\bnot progressing (?:your|with your)\b",
        r"\b(?:going|have|need|decided|'m going|am going) to pass\b",
        r"\bpromot(?:ed|ing|e) (?:one of our own|someone (?:from )?internally|an internal|from within)",
        r"\bno longer (?:under consideration|being considered)\b(?!.{0,80}change in business)",
        r"\bnot (?:fully )?convinced\b",
        r"\b(?:selected|chosen|hired|picked|offered (?:the|this) (?:role|position|job) to)\s+(?:a different|another|someone else|someone (?:with|who)|an? (?:other|internal|external) (?:candidate|applicant))",
        r"\b(?:offering|offered|extending|extended|made an offer for) (?:the|this|our) (?:[\w-]+ ){0,4}(?:role|position|job|offer) to "
        r"(?:a|another) (?:candidate|applicant|finalist) (?:who|whose|with)\b",
        r"\b(?:go|going|went|move|moving) in a different direction\b",
        r"\b(?:pursue|pursuing|proceed with|continue with|progress with|focus on)\s+(?:other|another|different)\s+(?:applicants?|candidates?|profiles?)",
        r"\bother (?:candidates|applicants|profiles) (?:are|were|who are|whose experience is) (?:better|more closely|more) (?:aligned|suited|matched|qualified)",
        r"\bnot (?:be )?(?:proceeding|progressing|continuing|moving ahead|moving forward) (?:further )?with your (?:candidacy|application|profile)",
        r"\b(?:won't|will not|are not|aren't) (?:be )?(?:moving ahead|proceeding|extending) (?:with )?(?:an offer|an invitation|your)",
        r"\b(?:unable|not able) to offer you (?:a|the|this) (?:position|role|job|place)",
        r"\b(?:aren['’]t|are not|were not|weren['’]t|isn['’]t|is not) able to offer you\b|\bnot going to be offering you\b",
        r"\bthe (?:candidate|person|applicant) we (?:chose|selected|hired|went with)\b",
        r"\bother (?:candidates|applicants|profiles) (?:are|were) a (?:closer|better|stronger) (?:match|fit)\b|"
        r"\bwill not be scheduling (?:an|any|further) interviews?\b",
        r"\b(?:has|have) not been (?:shortlisted|successful|selected|progressed)\b",
        r"\b(?:we(?:'ve| have)|has been) filled (?:the|this) (?:\w+ ){0,4}(?:role|position|vacancy)",
        r"\bwe (?:already |allready |alredy |just )?filled (?:the|that|this) (?:spot|role|position|job|opening|slot)\b",
        r"\bdon't have good news\b|\bnot (?:the )?good news\b",
        r"\bno (?:positive|favourable|favorable) (?:feedback|response|rückmeldung)\b|\bkeine positive (?:rückmeldung|nachricht)\b|"
        r"\bnicht in die engere auswahl\b|\bmit (?:einer|einem) anderen (?:bewerber\w*|kandidat\w*) besetzt\b",
        r"\b(?:decidido|decidimos) continuar con otros perfiles\b|\bcontinuar con otros (?:perfiles|candidatos)\b",
        r"\b(?:pas|non) (?:été )?retenue?\b|\bdonner suite\b",
        r"\b(?:hired|hiring|fill(?:ed)? (?:it|the (?:[\w-]+ ){0,4}(?:role|position|spot|vacancy|opening))|promoted) (?:internally|from within)\b",
        # an internal move took the role: "we've stopped considering external applicants"
        r"\b(?:stopped|stop|no longer|are not|aren't) considering (?:any )?(?:external|outside) (?:applicants|candidates)\b|"
        r"\b(?:internal (?:transfer|move|candidate) (?:has |was )?(?:taken|filled|got|will take)|agreed to the internal (?:transfer|move))\b",
        r"\bnot the (?:news|answer) you were hoping",
        r"\bI wish I had better news\b|\bwish (?:I|we) had better news\b",
        r"\b(?:recommended|selected|nominated) (?:another|a different) (?:candidate|finalist|applicant)\b",
        r"\bhas reviewed your application (?:for [^.]{0,80}? )?and (?:has )?decided not to (?:move|proceed)\b",
        # broader families: other-direction, offered to someone else, went with a candidate who...
        r"\b(?:went|go|going|gone|moved|moving|headed|heading) (?:in )?(?:an)?other direction\b",
        r"\b(?:went|go|going|gone|moved|moving|headed|heading) (?:in )?a different direction\b|"
        r"\b(?:chose|chosen|selected|picked) (?:a|another) candidate (?:with|who)\b",
        r"\b(?:offer|offered|extend|extended|extending) (?:the|this|that) (?:[\w&,-]+\s+){0,6}(?:position|role|job|opening|spot) to (?:someone|another|a different|an internal|one of)",
        r"\b(?:move|moving|go|going|proceed|proceeding|went) (?:forward |ahead )?with (?:a|one|another) (?:candidate|applicant|finalist|person)\b.{0,30}\b(?:who|whose|with|that)\b",
        r"\b(?:decided|chosen|chose|elected|opted) (?:to go |to move forward )?with (?:someone|a candidate|another candidate|an internal candidate)\b",
        r"\b(?:hired|hiring|offered it to|gone with|going with|went with) (?:someone|somebody) (?:else|who|whose|with)\b",
        r"\b(?:isn't|is not|wasn't|was not) (?:going to be )?(?:a match|the right match|moving forward|successful)\b",
        r"\b(?:not|won't|will not) be (?:offering you|extending an offer|moving to the next)\b",
        r"\b(?:not|won't|will not) be (?:inviting|progressing|advancing|taking) you (?:to|through to|forward to|further in) (?:the )?(?:next|further|final|an?) (?:stage|round|step|interview)",
        r"\b(?:chosen|decided|chose|opted) to (?:move forward|proceed|continue) with (?:other )?(?:candidates|applicants|profiles) (?:whose|who|with)\b",
        r"\b(?:fait|porté) (?:le|leur|son|notre) choix (?:sur|d['’]un|d['’]une) (?:un autre |une autre |un |une )?(?:profil|candidat|candidature|personne)",
        # German / Spanish / French variants
        r"\b(?:für (?:eine?n? )?andere(?:n|r)? (?:kandidat\w*|bewerber\w*)|anderweitig) entschieden\b",
        r"\b(?:für|zugunsten) (?:den|die|eine?n?|einer) (?:anderen?|weitere[nr]?) (?:kandidat\w*|bewerber\w*|finalist\w*|person|profil)\b",
        r"\bhat sich\b[^.]{0,80}\bfür (?:einen|eine|den|die) (?:bewerber(?:in)?|kandidat(?:in)?|finalist(?:in)?|andere\w*)\b[^.]{0,80}\bentschieden\b",
        r"\bkommen wir (?:daher |deshalb )?(?:leider )?nicht (?:mehr )?auf sie zurück\b|\bkeine positivere nachricht\b",
        r"\b(?:stelle|position|vakanz)\b[^.]{0,60}\b(?:intern|anderweitig|bereits) (?:besetzt|vergeben)\b|"
        r"\bentschieden,? die (?:stelle|position)\b[^.]{0,60}\b(?:intern|anderweitig) zu besetzen\b",
        r"\bcontinuar con otr[oa]s? (?:persona|candidat[oa]|perfil)\b|\bno (?:podemos|vamos a) (?:avanzar|continuar) con tu\b",
        r"\bretenu (?:un|une) autre (?:candidat|profil)\b|\bpoursuivre avec (?:un|une) autre (?:candidat|profil)\b",
        r"\barrêté (?:son|notre|leur) choix sur (?:une autre|un autre|une candidate|un candidat)\b",
        r"\b(?:on a|nous avons|ils ont|elle a|il a|le comité a) (?:toutefois |finalement |plutôt )?(?:choisi|retenu|sélectionné|opté pour) "
        r"(?:quelqu['’]un d['’]autre|une autre personne|un autre candidat|une autre candidate|un autre profil|une candidate|un candidat)\b",
        r"\bdécidé d['’](?:aller|continuer|avancer) avec (?:une|un|quelqu)",
        r"\bpas pu aller plus loin\b|\bce n['’]est pas la nouvelle que (?:tu|vous) espér",
        r"\b(?:on part sur|nous partons sur|on retient|nous retenons) (?:[A-ZÉ][\w-]+|un autre|une autre)\b|\bremercier de notre part\b|"
        r"\bn['’](?:aboutisse|aboutit|a pas abouti)\b",
        r"\bne (?:retiendr(?:a|ons|ont)|retenons|retiendrai) pas (?:sa|votre|ta) candidature\b|\bn['’]avons pas retenu (?:sa|votre|ta) candidature\b",
        # French
        r"\bau regret de vous informer\b",
        r"\bne (?:pouvons|pourrons) pas (?:y )?donner (?:une )?suite favorable",
        r"\bpas été retenue?\b",
        r"\bne correspond(?:ait)? pas\b.{0,60}\b(?:profil|poste)",
        r"\b(?:avons|ont) (?:décidé|choisi) de poursuivre avec (?:un|une|d'autres)",
        # German
        r"\b(?:leider )?(?:müssen|mussten) wir ihnen (?:leider )?mitteilen\b",
        r"\b(?:haben|hat) uns (?:leider )?für (?:eine?n? )?(?:andere[nr]?|anderen) (?:kandidat|bewerber)",
        r"\bnicht (?:weiter )?berücksichtigen\b",
        r"\b(?:bewerbung|kandidatur)\b[^.]{0,60}\bnicht (?:weiter )?(?:weiterverfolgen|verfolgen|fortführen|fortsetzen)\b",
        # Spanish
        r"\b(?:lamentamos|sentimos) (?:informarte|informarle|comunicarte|comunicarle)\b",
        r"\bno (?:has|ha) sido seleccionad[oa]\b",
        r"\b(?:hemos decidido|decidimos) (?:continuar|seguir|avanzar) con otr[oa]s? (?:candidat|perfil)",
        r"\b(?:la )?(?:cerramos|cubrimos|avanzamos|seguimos|nos quedamos|nos decidimos)(?: la búsqueda| la posición| el puesto)? (?:con|por) otr[ao]s? (?:persona|candidat|perfil)",
        r"\bno continuar(?:á|emos)? con (?:tu|su) candidatura",
        r"\bno (?:vamos a|podemos|podremos) (?:seguir|avanzar|continuar) contigo\b",
        r"\bno continuar(?:á|ás|a|as) en el proceso\b",
        r"\b(?:decidido|decidimos) continuar el proceso con otr[oa]s (?:personas|candidat\w*|perfiles)\b",
        # broader families: "take things further", "it's not a yes", "decided to hire someone based in ..."
        r"\b(?:won't|will not|can't|cannot|unable to|not able to|not going to)\s+(?:be able to\s+)?(?:take|taking)\s+(?:this|things|it|your application|you|your candidacy)\s+(?:any\s+)?further\b",
        r"\b(?:it's|it is|the answer (?:is|was)|answer's)\s+(?:not a yes|a no)\b",
        r"\b(?:decided|chosen|chose|opted|elected|going) to (?:hire|appoint|bring on|offer (?:it|the role|the job|the position) to) (?:someone|somebody|another|a different|an internal|a candidate|one of)\b",
        r"\b(?:appointed|hired|selected) (?:someone|somebody|another candidate|an internal candidate) (?:from within|internally|else|who|with|already)\b",
        # "it's not going to work out ... we found one"; "the board has chosen to appoint Dr. Reyes"
        r"\b(?:it's|it is|this is|it) not going to work out\b",
        r"\b(?:we|they) (?:found|hired|picked|went with) (?:one|someone|somebody)\b(?! (?:like you|who (?:could|can) refer))",
        r"\bthe answer is (?:no|not right now|not this time)\b",
        r"\b(?:has|have) (?:chosen|decided|voted|elected) to (?:appoint|hire)\s+(?!you\b)(?:dr\.?\s+|mr\.?\s+|ms\.?\s+|mrs\.?\s+)?[A-Z]\w+",
        r"\bhemos optado por otr[oa]s? (?:perfil|candidat|persona)\w*|\bno seguiremos adelante con tu candidatura\b",
        # Spanish, more shapes: chose someone else, filled the post, not selected, status "descartada"
        r"\boptamos por (?:seguir|continuar|avanzar) con otr[oa]s?\b|\bse ha inclinado por (?:un|una|otr)|"
        r"\bnos quedamos con (?:una|un|otr[oa])\b|\bno vamos a poder contar contigo\b",
        r"\bha cubierto (?:finalmente )?la (?:posición|vacante|plaza|posicion)\b|\btu candidatura no sigue adelante\b",
        r"\b(?:hoja de vida|candidatura|cv|currículum|perfil|postulación) no (?:fue|ha sido) seleccionad[ao]\b",
        r"\b(?:ha|han) decidido no (?:continuar|seguir|avanzar) contigo\b",
        r"\b(?:selected|chosen|identified) (?:other )?(?:applicants|candidates) whose\b",
        # civil-service lists: not placed on the eligible list, not referred to the hiring department
        r"\bnot (?:been |be )?(?:placed|included) on the (?:eligible|eligibility|employment|certified) list\b",
        r"\bdid not place you (?:within|in|among) the (?:top|highest)\b",
        r"\bresult:\s*(?:ineligible|not eligible|not selected|unsuccessful)\b|"
        r"\b(?:did|does) not meet the minimum (?:qualifications?|requirements?)\b|\bnot (?:be )?referred to the hiring (?:department|manager)\b",
    ),
    *_rules(
        "rejection",
        2.0,
        r"\b(?:keep|kept|retain|hold) (?:your (?:resume|cv|details|information|application)|you) (?:on file|in (?:our|mind)|in our (?:database|talent pool))",
        r"\bnot (?:a|the right) (?:fit|match) for (?:this|the) (?:role|position)",
        r"\bcloser (?:match|fit|alignment)\b",
        # how a decision after interviews is told: "after the debrief", "it was a close call"
        r"\b(?:it was|it's been|it came down to) a (?:very |really )?(?:close|tough|difficult) call\b|\bafter (?:the|our) debrief\b",
        r"\bmore closely (?:match|align)",
        r"\b(?:this|the) particular (?:role|seat|position) needs\b",
        r"\ball set for now\b",
        r"\bwish(?:ing)? you (?:the best|(?:the best of )?luck|all the best|every success) (?:in|with) your (?:job |career )?search",
        r"\bgood luck (?:out there|in your (?:job )?search|with your (?:job )?search|finding)",
        r"\bwish you (?:all )?the best (?:of luck )?(?:in|with) your (?:job |career )?(?:search|future|career)",
        r"\bdoes not reflect\b|\bno reflection on\b",
        # the interviews are over: the mail is the outcome
        r"\b(?:have|has) (?:now )?(?:completed|concluded|finished) (?:the|our) (?:final round|interviews?|interview process|selection process)\b",
        # the interview is behind: thanks for attending it
        r"\bthank you for (?:attending|coming (?:in|to)|taking part in|participating in) (?:the |your |our )?(?:[\w-]+ ){0,3}(?:interview|assessment|panel|final round)",
        r"\bdifficult decision\b|\bwasn't an easy decision\b|\btough decision\b",
        r"\bnous conservons vos coordonnées\b|\bvivier de talents\b",
        r"\bunfortunately\b",
        r"\bleider\b",
        r"\b(?:absage|eine absage erteilen)\b",
        r"\bsadly\b|\bi'm afraid\b|\bafraid (?:it's|that)\b",
        r"\bdesafortunadamente\b|\blamentablemente\b|\bmalheureusement\b",
    ),
    # ---------------------------------------------------------------- on hold
    *_rules(
        "on_hold",
        4.5,
        r"\bhiring freeze\b|\bhiring pause\b|\brecruitment pause\b",
        r"\b(?:pausing|paused|pause|freezing|froze|suspending|suspended) (?:our |the |all )?(?:search|hiring|recruit\w*|process|requisition)",
        r"\b(?:hiring|recruitment|search|process|role|position|requisition|competition) (?:for (?:the |this )?(?:[\w()#/&-]+ ){0,10})?(?:is|has been|was) (?:temporarily )?(?:frozen|paused|suspended|on hold|cancell?ed|withdrawn|closed)",
        r"\bno appointment will be made\b",
        r"\b(?:poste|affichage|concours|processus|recrutement)\b[^.]{0,80}\b(?:a été|est) (?:annulée?|aboli|interrompue?|suspendue?)\b|"
        r"\baucune candidature ne sera (?:évaluée|retenue|traitée)\b|\bprocessus de sélection est (?:donc )?interrompu\b",
        r"\bha cancelado la (?:posición|vacante|plaza)\b|\bproceso queda anulado\b|\bse cerró sin ser cubiert[ao]\b|"
        r"\bno continuará para ninguno de los\b|\bpara todos los candidatos\b",
        r"\blost (?:its|the|our|their) (?:budget|funding|headcount)\b|\b(?:told|asked|decided) not to fill (?:it|the (?:role|position))\b",
        r"\b(?:not|won't|will not) be (?:moving forward|proceeding|going forward) with any (?:candidates|applicants|of the candidates)\b",
        r"\b(?:role|position|job|vacancy|opening|post) is no longer open\b",
        r"\bfollowing (?:the|a|our) (?:announcement [\w ]{0,30})?(?:about (?:the |a )?)?(?:restructur\w*|reorgani[sz]ation)\b",
        r"\b(?:decided|chosen|had) (?:not to|to not) (?:fill|hire for|proceed with (?:hiring|the (?:role|position)))",
        r"\bnot (?:be )?(?:moving forward|proceeding) with (?:hiring|filling)\b",
        r"\b(?:position|role|stelle|stellenausschreibung|ausschreibung|stellenanzeige|poste|puesto|requisición|búsqueda|vacante)\b.{0,90}\b(?:gestrichen|storniert|zurückgezogen|supprimé|annulé|suspendu|cancelad[oa]|suspendid[oa])\b",
        r"\b(?:frenamos|pausamos|congelamos|suspendimos|paramos|pusimos en pausa) (?:la|esta) (?:búsqueda|posición|vacante|contratación)\b",
        r"\b(?:est|a été) suspendu\b|\bgel (?:budgétaire|des embauches)\b|\bjusqu'à nouvel ordre\b",
        r"(?<!your )(?<!your job )\b(?:search|role|position|requisition|hiring|process|opening|recruitment)\b.{0,60}\b(?:on hold|paused|put on pause|suspended|frozen)\b",
        r"\b(?:put|placed|putting|is|are)\s+(?:the\s+\w+\s+)?(?:search\s+)?(?:for\s+.{0,60}?)?on hold\b",
        r"\brequisition (?:has been|was|is) (?:cancell?ed|closed|withdrawn)",
        r"\b(?:role|position|job|opening) (?:was|has been|is being|were) (?:eliminated|cancell?ed|withdrawn)",
        r"\bno longer (?:hiring|recruiting) for (?:this|the)\b",
        r"\bno longer a (?:seat|role|position|job|opening) to fill\b",
        r"\b(?:will not|won't|are not going to) (?:be )?(?:filling|fill) (?:the|this) (?:position|role)",
        r"\bposition will not be filled\b",
        r"\b(?:budget|funding|grant) (?:was |has been )?(?:cut|frozen|reprioriti[sz]ed|pulled)",
        r"\breprioriti[sz]e\b",
        r"\bwas a funding decision\b",
        r"\bnothing to do with your candidacy\b|\bnot (?:based on|a reflection of|related to) your qualifications\b|\bunrelated to your (?:qualifications|application)\b",
        r"\bchange in (?:business needs|(?:company |business |our )?priorities)\b",
        r"\bclos(?:e|ed|ing) (?:the|this) (?:\w+ ){0,4}(?:role|position|requisition|opening) without (?:filling|hiring)",
        # a cancelled requisition, and the rejection sentence that follows from it
        r"\b(?:cancell?ed|withdrawn|closed|frozen)\b[^.]{0,60}\.\s+(?:As a result|Therefore|Consequently|Because of this|For this reason),? "
        r"(?:your (?:application|candidacy)(?: [^.]{0,40}?)? is no longer|we (?:are|will) no longer|we cannot)",
        r"\b(?:requisition|role|position|vacancy|post)\b[^.]{0,60}\bwill not be filled\b",
        r"\b(?:ha sido|está|queda) (?:suspendido|pausado|cancelado|congelado)\b|\bmotivos presupuestarios\b",
        r"\bEinstellungsstopps?\b|\bvorerst ausgesetzt\b|\bgel au recrutement\b|\bcongelación de contrataciones\b",
        r"\bprocessus (?:de recrutement )?(?:est )?(?:suspendu|mis en pause)\b",
        r"\bproceso (?:de selección )?(?:está |ha sido )?(?:suspendido|pausado|cancelado)\b",
        r"\b(?:frozen|froze|paused|suspended|pulled|shelved|cancell?ed|withdrawn) (?:the|this|our) (?:\w+ ){0,3}(?:position|role|requisition|req|search|opening|headcount|vacancy)\b",
        r"(?<!your )(?<!your job )\b(?:position|role|requisition|opening|vacancy|search|headcount) (?:withdrawn|cancell?ed|on hold|paused|frozen)\b",
        r"\b(?:vacancy|opening|posting) (?:has been|was|is) (?:withdrawn|cancell?ed|pulled|removed)\b",
        r"\b(?:search|role|position|hiring|process) on pause\b|\bput (?:things|everything|this|it|the search) on (?:pause|hold)\b",
        r"\b(?:headcount|req|requisition|budget) (?:was |has been |got )?(?:pushed (?:out|back)|delayed|deferred|frozen|pulled)\b",
        r"\b(?:pausing|paused|pause|pausar|pausado) (?:things|everything|hiring|recruiting)\b|\bhit pause\b",
        r"\buntil (?:new )?(?:funding|budget|headcount) (?:is )?(?:secured|approved|available|confirmed)\b",
        # broader families: pausing/halting (some kind of) hiring, holding off on the hire, funding that slipped
        r"\b(?:pausing|paused|pause|freez\w*|froze|suspend\w*|halt\w*|stopp(?:ed|ing))\s+(?:all\s+|our\s+|the\s+|any\s+)?(?:[\w-]+\s+){0,2}(?:hiring|hires|recruit\w*|searches|search|requisitions?|backfills?|reqs|openings)\b",
        r"\bhold(?:ing)? off (?:on|with) (?:\w+[- ]){0,4}(?:hire|hiring|role|position|search|recruit\w*|offer|opening|decision)\b",
        r"\b(?:budget|funding|headcount|series [a-e]|funding round|fundrais\w*|raise)\b.{0,50}\b(?:slipped|delayed|fell through|fallen through|pushed (?:back|out)|not (?:been )?approved|didn't come through|was cut|got cut|frozen)\b",
        r"\b(?:on ice|back burner|shelved|parked (?:the|this|our))\b",
        # public-sector budgets: "freezes several vacant positions", "cancelled the recruitment", "if the funding is
        # restored", "will not make an appointment from this recruitment"
        r"\bfreez(?:e|es|ing)\s+(?:(?:several|all|the|our|some)\s+)?(?:(?:vacant|open)\s+)?(?:positions|posts|vacancies|roles)\b",
        r"\b(?:cancell?ed|withdrawn|closed) the (?:recruitment|search|requisition|hiring process)\b",
        r"\bif\s+(?:the\s+)?(?:funding|budget|position|role|grant)\s+is\s+(?:restored|re-?funded|funded|approved|reinstated)\b",
        r"\b(?:not|no longer)\s+(?:make|making)\s+an\s+appointment\s+from\s+this\s+recruitment\b",
        r"\bgel(?:er|é|ée|ons|ons)? (?:ce|le|notre|les|tous les) (?:recrutement|poste|processus|recrutements)\b|\b(?:recrutement|poste|processus) (?:est |a été )?gelé\b",
        r"\bauf eis gelegt\b|\bpaus(?:ó|aron|amos) (?:temporalmente )?(?:la|el) (?:vacante|proceso|búsqueda|posición)\b|\bvacante pausada\b",
        r"\bnot to (?:move ahead|proceed|move forward|go ahead) with (?:this|the) (?:headcount|requisition|req|search|opening|hire)\b|"
        r"\bclosed the (?:posting|requisition|req) for all candidates\b",
        r"\b(?:stelle|besetzung|einstellung|prozess|auswahlprozess)\b.{0,40}\b(?:pausiert|auf eis|vorerst nicht|verschoben|gestoppt)\b|\b(?:congelad[oa]|en pausa)\b",
        r"\b(?:auswahlverfahren|bewerbungsverfahren|besetzungsverfahren|verfahren|stelle)\b.{0,60}\b(?:ausgesetzt|unterbrochen|eingefroren)\b|"
        r"\bvorerst nicht (?:neu )?besetzt\b|\bbis auf weiteres (?:ausgesetzt|nicht besetzt|gestoppt)\b",
    ),
    *_rules(
        "on_hold",
        1.5,
        r"\bif (?:and when )?the (?:role|position|search) (?:is )?(?:reopen|resume)",
        r"\brestructur(?:ing|e)\b",
        r"\buntil further notice\b",
        r"\b(?:re-?org(?:ani[sz]ation)?|réorganisation|reorganización|umstrukturierung)\b",
        r"\b(?:unpause|reopen(?:s|ed)?|rouvert|reactivat\w*)\b",
    ),
    # ---------------------------------------------------------------- interview
    *_rules(
        "interview",
        4.0,
        r"\b(?:serais|seriez|es|êtes|sois|soyez) (?:\w+ )?(?:dispo|disponibles?) pour un (?:échange|entretien|appel|rendez-vous)\b",
        r"\b(?:can|could) (?:you|u) (?:come|stop|swing|pop) (?:in|by)\b[^.?!]{0,40}\bto (?:talk|chat|meet)\b",
        # an interview that still stands after a mistaken rejection
        r"\binterview (?:[\w-]+ ){0,4}(?:stands|is still on|still stands|goes ahead) as planned\b|\bstill very much in (?:the )?process\b",
        # a small firm's informal invitation: "come in and see us. Any morning next week after 8 suits"
        r"\b(?:come|pop|drop) (?:in|round|by) and (?:see|meet) (?:us|me|the team)\b|\bcome in for a (?:chat|brew|coffee|look round)\b",
        r"\bte confirmo (?:la|el) (?:jornada|entrevista|reunión|visita)\b|\bjornada final\b",
        r"\bauf einen kaffee\b.{0,40}\bvorbei(?:zukommen|kommen|schauen)\b|\bprendre un café\b.{0,40}\b(?:au bureau|avec l['’]équipe)\b",
        r"\b(?:invite|invited|inviting|invitation)\s+(?:you\s+)?(?:to|for)\s+(?:complete\s+|take\s+|record\s+|join\s+)?(?:an?\s+|the\s+|your\s+)?(?:\w+[- ]){0,3}(?:interview|conversation|call|chat|meeting|next stage|next round|onsite|assessment)",
        r"\b(?:schedule|scheduling|set up|book|arrange)\s+(?:an?\s+|your\s+|the\s+)?(?:\w+\s+){0,2}(?:interview|phone screen|screening call|call|chat|conversation|time to (?:chat|talk|meet))",
        r"\b(?:like|love|want|happy) to (?:invite you|set up|schedule|bring you (?:in|back)|meet you|speak with you|chat with you|talk with you|move you)",
        r"\b(?:your|the) (?:technical |phone |video |final |first |second |panel |onsite |on-site )?interview (?:is|has been) (?:confirmed|scheduled|rescheduled|moved)",
        r"\bconfirmed:?\s.{0,40}\binterview\b",
        r"\bwants? to meet you\b",
        r"\bmove you (?:forward )?to (?:the next (?:stage|step|round)|an? (?:\w+ )?(?:interview|conversation|call|onsite))",
        r"\bmove (?:your|the) (?:conversation|call|interview|meeting|chat)\b",
        r"\b(?:share|send)(?: me| us)? your availability\b",
        r"\b(?:let (?:us|me) know|tell (?:us|me)) when you(?:'re| are) (?:free|available)",
        r"\b(?:do you|would you) have (?:\d+(?:-\d+)? minutes|time)\b.{0,60}\b(?:call|chat|talk|conversation)",
        r"\b(?:any|which) of (?:those|these) (?:slots|times|options)\b",
        r"\b(?:on-demand|recorded|one-way|asynchronous) video (?:interview|responses?)",
        r"\bstart my video interview\b",
        r"\bphone screen\b",
        r"\bonsite (?:visit|interview|itinerary)\b|\bitinerary\b",
        r"\bdemonstration lesson\b|\bteaching demo\b",
        r"\b(?:take-home|take home) (?:exercise|assignment|challenge|project)\b",
        r"\b(?:final|next) round\b(?!.{0,40}\b(?:not|won't|cancel))",
        r"\bnext stage (?:of|in) (?:our|the) (?:process|interview)",
        r"\bset up a time\b",
        r"\b(?:are|would) you (?:be )?(?:free|available)\b[^.?!\n]{0,50}\b(?:chat|call|talk|interview|conversation|meet)",
        r"\b(?:do|would) you have (?:some )?time\b[^.?!\n]{0,60}\b(?:talk|chat|call|meet|speak)",
        r"\b(?:push|move|reschedule|shift|bump) (?:our|the|your|this) (?:call|chat|interview|meeting|conversation|session)\b",
        r"\b(?:book|pick|choose|select) (?:a|an|your)? ?(?:slot|time|time slot|interview slot)\b",
        r"\b(?:selected|chosen) to (?:move forward|advance|progress)\b|\bprogress(?:ing)? to the next (?:stage|round|step)\b",
        r"\binvite you (?:for|to) (?:a |an )?(?:first |initial |short )?(?:conversation|chat|call|meeting|interview)",
        r"\b(?:interview|meeting|call|conversation) (?:has been|is) (?:moved|rescheduled|confirmed|booked|scheduled)\b",
        r"\bpanel interview\b|\btechnical (?:interview|assessment|screen)\b|\bcase interview\b",
        r"\bvous rencontrer\b|\bkennenlernen\b|\binvitarte a una entrevista\b",
        r"\bcould we (?:do|move|push|switch|meet|shift)\b.{0,60}\b(?:instead|at \d|monday|tuesday|wednesday|thursday|friday)",
        r"\bsame (?:video|zoom|teams|meet|webex|call) link\b",
        r"\bconfirm (?:your|the) (?:attendance|interview|availability)\b",
        r"\binterview (?:invitation|invite|availability|schedule|confirmation|request)\b",
        r"\bhiring manager (?:conversation|call|interview|chat)\b",
        r"\b(?:come (?:in |by )?(?:and |to )?meet|get you in (?:to|for)|swing by|come by)\b.{0,60}\b(?:team|office|talk|chat|meet|role|shop|walk)",
        r"\b(?:this (?:email |message |note )?)?confirms your (?:\w+ ){0,2}(?:interview|call|conversation|meeting|visit)\b",
        r"\binterview notice\b|\bnotice of interview\b|\binterview (?:is )?(?:set|booked) for\b",
        r"\b(?:could|can|would) you do (?:the|a) (?:session|call|interview|chat|meeting)\b",
        r"\b(?:does|would) (?:next )?(?:monday|tuesday|wednesday|thursday|friday)\b.{0,40}\b(?:work|suit)\b",
        r"\b(?:einladung zum|termin für (?:ein|das)) (?:\w+)?gespräch\b|\bconvocatoria (?:a|para) (?:la |una |tu )?entrevista\b|\bte convocamos\b|\bconvocation (?:à|pour) (?:un )?entretien\b",
        # French / German / Spanish
        r"\bzu einem (?:persönlichen )?Gespräch einladen\b",
        r"\b(?:I|we)(?:['’]d| would) (?:like|love) to interview you\b",
        r"\b(?:we['’]re|we are|you['’]re|you are) all set for (?:tomorrow|today|monday|tuesday|wednesday|thursday|friday|"
        r"saturday|sunday|next week|the \d)",
        r"\byou['’]ll (?:meet|be meeting|sit down with) (?:me|with|our|the)\b",
        r"\bzu einem (?:[\w-]+ )?(?:\w*gespräch|interview|kennenlernen)\b[^.]{0,120}?\b(?:einzuladen|einladen)\b",
        r"^\s*einladung (?:zum |zu einem |zur )?(?:\w+)?(?:gespräch|interview)\b",
        r"\b(?:vous )?(?:proposer|proposons|inviter à|invitons à|convier à) (?:un|une) (?:premier |second |deuxième )?(?:entretien|échange|entrevue)\b",
        r"\bnos gustaría conocerte\b",
    ),
    *_rules(
        "interview",
        1.5,
        r"\binterview\b",
        # the bare nouns weigh what English "interview" does: "Suite à notre entretien" is often a no
        r"\b(?:entretien|entrevue)\b",
        r"\bVorstellungsgespräch\b|\b(?:Kennenlern|Bewerbungs|Auswahl)gespräch\b",
        r"\bentrevista\b|\bvideollamada\b",
        r"\b(?:video|phone|quick|intro|introductory|short) (?:call|conversation|chat)\b",
        r"\b(?:zoom|teams|google meet|webex)\b.{0,20}\b(?:link|meeting|call)\b|\bmeet\.google\.com|zoom\.us/j|teams\.microsoft\.com/l/meetup",
        r"\bpanel\b",
        r"\breview session\b|\bcase (?:study|exercise)\b|\blive exercise\b",
        r"\b(?:coffee|lunch) (?:chat|next week)\b|\bgrab (?:a )?coffee\b",
        r"\bnext (?:stage|step)\b",
        r"\bwhen:\s",
        r"\blooking forward to (?:it|meeting you|speaking|talking|chatting|having you)",
        r"\breschedul",
        r"\bavailability\b",
    ),
    # ---------------------------------------------------------------- offer
    *_rules(
        "offer",
        5.0,
        r"\b(?:delighted|pleased|happy|thrilled|excited|glad)\s+to\s+(?:formally\s+)?(?:offer you(?! (?:admission|a place|a seat|a spot|coverage|a scholarship|membership))|extend (?:you )?(?:an|a|the|this) (?:formal |written |verbal )?offer)",
        r"\boffer of employment\b",
        r"\b(?:unser|ihr) (?:schriftliches |unterschriftsreifes )?(?:vertrags)?angebot\b[^.]{0,80}\b(?:vergütung|gehalt|eintritt\w*|anhang)\b|"
        r"\bmöchten sie als\b[^.]{0,60}\bgewinnen\b|\bpromesse d['’]embauche\b|\bproposition d['’]embauche\b|\bcarta (?:de )?oferta\b",
        r"\b(?:your|the) offer letter\b|\boffer letter (?:is )?attached\b",
        r"\byour offer (?:from|is ready|letter|package|details)\b",
        r"\b(?:accept|sign) (?:the|your|this) offer\b",
        r"\bwould like to offer you (?:the|a) (?:position|role|job)\b",
        r"\b(?:offer|offering) you (?:the|a|this) (?:\w+ ){0,4}?(?:role|position|job)\b",
        r"\b(?:pleased|delighted|happy|thrilled|excited) to let you know that we'd (?:love|like) you to join",
        r"\b(?:formal|written|official) offer(?: letter)?\b",
        r"\boffer you employment\b|\bwe'd (?:love|like) you to join\b",
        r"\bnous avons le plaisir de vous (?:proposer|offrir)\b(?! (?:un|une|le|la) (?:entretien|échange|rendez-vous|entrevue|appel|visio|place|admission))|\bfreuen uns,? ihnen .{0,40}anbieten\b|\bnos complace ofrecerte\b",
        r"\b(?:vertragsangebot|arbeitsvertrag|proposition d'embauche|promesse d'embauche|carta oferta|oferta (?:de empleo|laboral|formal|de trabajo))\b",
        r"\b(?:they|we|the team|client) (?:want|would like|'d like|wants) (?:you|to hire you|to bring you on) (?:for|as) (?:the|a|our)\b",
        r"\bverbal offer\b|\boffer (?:details|package|terms)\b|\b(?:an?|the) offer (?:is )?(?:coming|on its way|heading your way)\b",
        r"\b(?:hoping for|target(?:ing)?|proposed) (?:a |an )?\w+ \d{1,2}(?:st|nd|rd|th)? start\b",
        # broader families: offering "it" to you, bringing you on board, wanting you for the role
        r"\boffer (?:it|the (?:role|position|job|post)|this (?:role|position|job)) to you\b",
        r"\b(?:like|love|want|wish|going|able|ready|pleased|happy|delighted|excited|thrilled|glad) to (?:formally )?extend (?:you )?(?:an?|the|this|our) (?:formal |written |verbal |official )?offer\b(?! to (?:another|a different|someone|one of))",
        r"\b(?:love|like|excited|thrilled|happy|delighted|pleased|glad) to (?:bring|have|welcome) you (?:on ?board|aboard|onto (?:the|our) team|to (?:the|our) team)\b",
        r"\bwants? you (?:for|as) (?:the|their|our|a)\b.{0,40}\b(?:role|position|job|team)\b",
        r"\bcarta de oferta\b|\bque te (?:incorpores|incorporaras|unas)\b|\bravis de vous accueillir\b|\bfreuen uns,? sie (?:bald )?(?:im team|an bord) (?:zu )?begrüßen\b",
        # an offer that never says "offer": wanting you in the seat, with money on the table
        r"\b(?:both |all )?want you as (?:our|the|their) (?:new )?[A-Za-z]+",
        r"\bwants? you for the\b.{0,50}\b(?:contract|assignment|gig|seat)\b",
        r"\b(?:we|they)(?:'re| are) offering (?:you )?(?:[$£€]|GBP|USD|EUR)\s?\d",
        r"\bwe can do (?:[$£€]|GBP|USD|EUR|CAD|AUD)\s?\d",
    ),
    *_rules("offer", 2.0, r"\b(?:job )?offer\b(?! of admission)", subject_only=True),
    *_rules("offer", 2.5, r"\bwelcome aboard\b|\bwelcome to the team\b|\bsign the (?:offer )?letter\b"),
    *_rules(
        "offer",
        2.0,
        r"\$\s?\d{2,3}(?:,\d{3})+(?:\.\d\d)?\s*(?:annual|per year|a year|/yr|base|salary)",
        r"\b(?:base )?salary:\s*\$",
        r"\bstart(?:ing)?(?: date)?:\s",
        r"\b(?:pto|paid time off)\b.{0,30}\bdays\b|\bpaid holidays\b",
        r"\bformal paperwork\b|\bbackground check\b|\bgo-ahead\b|\bthink it over\b",
        r"\bcompensation\b.{0,40}\bbenefits\b",
        r"\b\d{2,3}k base\b|\bbase (?:salary|pay)\b|\bsigning bonus\b|\b\d+% bonus\b|\bequity\b|\bpackage is\b",
        r"\b(?:gehalt|jahresgehalt|salaire|rémunération|salario|sueldo)\b",
        r"[$£€]\s?\d{2,3}(?:[,.]\d{3}|k)\b|\b\d{2,3}[.,]\d{3} ?(?:eur|usd|gbp|€)\b|\b(?:gbp|usd|eur|cad|aud) ?\d{2,3}[,.]\d{3}\b",
        r"\bsay yes\b|\b[$£€]\d{2,3}(?:\.\d\d)?/(?:hr|hour)\b",
        r"\bstart(?:ing)? (?:on |date (?:of |is )?)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \d{1,2}\b",
        r"\bpaperwork\b|\b(?:send|sending|sent|attached|attach)\b.{0,25}\bcontract\b|\bcontrat?o? (?:indefinido|de travail|cdi)\b",
        r"\b(?:excited|pumped|thrilled|can't wait|looking forward) to (?:work(?:ing)? (?:together|with you)|have you (?:on board|join))\b",
    ),
    # ---------------------------------------------------------------- application received
    *_rules(
        "application_received",
        4.0,
        r"\b(?:we(?:'ve| have)|has been|have been|was|were|is)\s+(?:successfully\s+)?(?:received|submitted)\b.{0,40}?(?:application|submission|cv|resume)?",
        r"\b(?:received|receipt of) your (?:application|submission|cv|resume|candidacy)",
        r"\byour (?:application|submission)(?: and [\w ]{0,30})?(?: for [^.]{0,80}?)? (?:has been|was|is|were)? ?(?:successfully )?(?:received|submitted|made it to us)",
        r"\bmade it to us\b",
        r"\byour application has been (?:sent|forwarded|delivered) to (?:the )?(?:employer|company|hiring team|recruiter)\b",
        # a recruiter or chatbot passing it on: "I've passed your answers ... over to the hiring team"
        r"\b(?:I've|I have|we've|we have) (?:passed|sent|forwarded|shared) (?:it|your (?:application|profile|resume|cv|answers|details))"
        r"(?: [^\n]{0,80}?)? (?:along |on |over )?to the (?:hiring|recruiting) (?:team|manager)\b",
        # a job board relaying it: "Your application was sent to Tri-County Fulfillment"
        r"\byour application was (?:sent|forwarded|delivered|submitted) to\b|\bwe['’]ll let you know if they view your application\b",
        r"\bsending your (?:resume|cv|application|portfolio) our way\b|\breads every application\b",
        r"\bconfirms? (?:that )?(?:we have received|your (?:application|submission))",
        r"\bstatus:\s*(?:received|under review|submitted|in review)",
        r"\b(?:is|are) (?:now )?(?:being )?(?:under review|reviewing it|being reviewed)\b",
        r"\bapplication (?:received|confirmation|acknowledg)",
        r"\bse ha registrado correctamente su solicitud\b|\bjustificante de (?:registro|presentación)\b|"
        r"\bsolicitud de participación en el proceso selectivo\b",
        r"\bpostulación (?:fue )?enviada (?:con éxito|correctamente)\b|\btu postulación fue enviada\b|\bte notificaremos cuando la empresa\b|"
        r"\bcandidatura (?:ha sido )?(?:enviada|registrada) (?:con éxito|correctamente)\b",
        r"\bwe(?:'ll| will) (?:be in touch|get back to you|contact you|reach out) (?:if|should|once|when)\b",
        r"\b(?:votre )?(?:inscription|candidature) (?:au [^.]{0,140}? )?a (?:bien )?été (?:enregistrée|reçue)\b|"
        r"\bvotre candidature sera (?:analysée|étudiée|examinée)\b|\bsu (?:solicitud|candidatura) (?:ha sido|fue) registrada\b|"
        r"\bihre bewerbung wird (?:derzeit )?(?:geprüft|gesichtet)\b",
        r"\b(?:nous avons|j['’]ai) bien (?:reçu|transmis) (?:votre|ta) candidature\b|\bcandidature (?:bien )?reçue\b|\baccusé de réception\b|\b(?:landed|arrived) (?:safely )?in our inbox\b|\bgot your (?:application|portfolio|resume|cv|submission)\b(?! through)|\byour application came through\b|\bbewerbung wurde (?:erfolgreich )?(?:an [^.]{0,80} )?(?:versendet|übermittelt|verschickt|gesendet)\b|\bvotre candidature a (?:bien )?été (?:envoyée|transmise)\b|\bI['’]ll get back to you either way\b|\bbestätigen (?:den|wir den) eingang\b|\bihre bewerbung (?:ist )?(?:bei uns )?eingegangen\b|\bhemos recibido tu (?:solicitud|candidatura)\b|\b(?:ya tenemos|recibimos) tu (?:cv|postulación|candidatura|solicitud)\b",
    ),
    *_rules(
        "application_received",
        2.5,
        r"^\s*(?:thanks|thank you|merci|danke|gracias) (?:for|pour|für|por) (?:applying|your application|votre candidature|ihre bewerbung|tu candidatura)\b",
        r"^\s*(?:application|candidature|bewerbung|solicitud) (?:received|confirmation|confirmed|reçue|eingegangen|recibida)\b",
        subject_only=True,
    ),
    *_rules(
        "application_received",
        1.5,
        r"\bthank you for (?:applying|submitting your application|your application)\b",
        r"\bthanks for (?:applying|your application)\b",
        r"\bwe review (?:applications )?on a rolling basis\b",
        r"\b(?:track|check|follow) (?:the )?(?:status|progress) of your (?:application|submission)",
        r"\bcandidate (?:home|profile|portal)\b",
        r"\bif (?:your|you)\b.{0,60}\b(?:match|align|fit|meet)",
        r"\bunable to respond to each\b|\bmay not be able to contact every\b",
    ),
    *_rules(
        "application_received",
        3.0,
        r"\b(?:thank you|thanks) for (?:completing|finishing|submitting) (?:your|the) (?:application|assessment|questionnaire)\b",

    ),
    # ---------------------------------------------------------------- auto reply
    *_rules(
        "auto_reply",
        4.0,
        r"\bout of (?:the )?office\b",
        r"\baway from (?:the|my) (?:office|desk)\b",
        r"\b(?:respond|reply|get back to you|answer)\b.{0,20}\bwhen I(?:'m| am) back\b|\bupon my return\b|\bwhen I return\b|\bà mon retour\b|\bdès mon retour\b|\ba mi regreso\b",
        r"\b(?:I'm|I am) (?:at|attending) (?:a|the) (?:conference|trade show|offsite|training)\b",
        r"\b(?:I'm|I am|I'll be|I will be) (?:offline|unplugged|off the grid|out of (?:the )?country)\b",
        r"\bon (?:annual|parental|maternity|paternity|sick|medical) leave\b",
        r"\bhas left (?:the company|\w+)\b|\bis no longer (?:with|at) \w+",
        r"\b(?:on|taking)\s+(?:annual |parental |maternity |paternity |medical |sick )?(?:vacation|holiday|leave|pto|time off)\b",
        r"\b(?:currently|will be) (?:away|out|travell?ing|on leave|attending)\b",
        r"\b(?:limited|no) access to (?:my )?e-?mail\b",
        r"\bwon't be checking (?:my )?e-?mail\b|\bnot be checking (?:my )?e-?mail\b",
        r"\b(?:i'll|i will|i am|i'm) (?:be )?back (?:in the office |at my desk |at work )?(?:on|from|after|monday|tuesday|wednesday|thursday|friday)",
        r"\breturning (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\w+ \d)",
        r"\bwill return (?:on|to the office)\b",
        r"\bno longer (?:with|at|working (?:at|for)|employed (?:at|by))\b",
        r"\bautomated (?:response|reply)\b|\bauto-?reply\b|\bautomatic reply\b",
        r"\byour (?:message|e-?mail) (?:will not be|is not being|has not been) (?:forwarded|read)\b",
        r"\bnicht im büro\b|\bim urlaub\b|\babwesend\b|\bwieder (?:für sie )?erreichbar\b",
        r"\babsente? du bureau\b|\ben congés?\b|\bde retour le\b",
        r"\bfuera de la oficina\b|\bde vacaciones\b|\bestaré de vuelta\b",
    ),
    *_rules(
        "auto_reply",
        1.5,
        r"\b(?:this|the|my) (?:mailbox|inbox|e-?mail (?:address|account)) is (?:no longer )?(?:not )?(?:monitored|active|in use)\b",
        r"\bif (?:it's|this is|your matter is) urgent\b|\bfor (?:anything )?(?:urgent|time-sensitive)\b|\bin dringenden fällen\b|\ben cas d'urgence\b|\ben caso de urgencia\b",
        r"\b(?:unmonitored|not monitored|no longer monitored)\b",
        r"\bthank you for your (?:message|e-?mail)\.",
        r"\b(?:and|i'm|i am|i'll be|will be) back (?:on )?(?:monday|tuesday|wednesday|thursday|friday|next week|tomorrow)\b",
        r"\bcatch up on (?:e-?mails?|messages|my inbox)\b",
    ),
    *_rules(
        "auto_reply",
        5.0,
        r"^\s*(?:automatic reply|auto(?:matic)?[- ]?reply|out of (?:the )?office|autoreply|abwesenheitsnotiz|automatische antwort|réponse automatique|absence du bureau|respuesta automática|fuera de la oficina|on vacation|vacation reply|away from (?:the )?office)\b",
        subject_only=True,
    ),
    *_rules(
        "rejection",
        6.0,
        # a job board relaying the employer's status: stronger than its newsletter footer
        r"\b(?:updated the status of your application|actualizó tu postulación|a mis à jour le statut de votre candidature)\b"
        r"[\s\S]{0,250}?\b(?:status|estado|statut)\s*:\s*(?:not shortlisted|not selected|not suitable|unsuccessful|rejected|"
        r"declined|descartad[oa]|no seleccionad[oa]|non retenue?|refusée?)",
        # "Tri-County Fulfillment has reviewed your application for ... and decided not to move forward": a relayed decision
        r"\bhas reviewed your application\b[^.\n]{0,160}?\b(?:and )?(?:decided not to|(?:will|would) not (?:be )?(?:moving|move|progress)|"
        r"won't be (?:moving|progressing)|chose not to|is not moving)\b",
        # the role given to someone else, even after a pause ("we paused this search ... decided to offer it to a colleague")
        r"\bdecided\s+to\s+(?:offer|give)\s+(?:the\s+|this\s+|that\s+)?(?:[\w&-]+\s+){0,6}(?:position|role|job|post)\s+to\s+"
        r"(?:a colleague|someone|another|an internal|an existing|a current|one of)",
    ),
    *_rules(
        "application_received",
        6.0,
        # a job board relaying the application itself, above its "similar jobs" footer
        r"\byour application (?:for [^.\n]{0,80}? )?(?:was|has been) (?:sent|forwarded|delivered|submitted)(?: to\b|[.!])|"
        r"\byour (?:resume|cv|profile)(?: and (?:answers|cover letter))? (?:was|were|has been|have been) (?:sent|forwarded) to\b",
        r"\btu (?:candidatura|postulación|solicitud)\b[^.\n]{0,80}?\b(?:se ha enviado|ha sido enviada|fue enviada)\b|\bestado:\s*cv recibido\b",
    ),
    # ---------------------------------------------------------------- other (hard negatives)
    *_rules(
        "other",
        4.0,
        # Someone telling you about their own interview ("I got the final round interview at the museum!").
        r"\bI(?:['’]ve)? (?:got|have|had|landed|nailed|bombed|aced) (?:the|a|an|my) (?:\w+ ){0,3}interview\b"
        r"(?!\s+(?:slot|time|spot|opening|request|invit\w*|for you|with you|lined up for you|set up for you))",
        r"\bpull request\b|\bPR #\d+|\bmerge request\b|\bclosing (?:the|this) PR\b",
        r"\b(?:jira|confluence|github|gitlab)\b.{0,40}\b(?:notification|issue|updated)\b|\bview (?:it on github|issue)\b",
        r"\b(?:debit|credit) card\b|\bloan application\b|\bcredit (?:report|history|limit)\b|\bconsumer reporting agency\b",
        r"\b(?:transaction|payment|purchase) (?:was )?declined\b|\bdeclined a transaction\b",
        # ... but "our podcast team", "your newsletter samples" are a media candidate's job mail
        r"(?<!your )(?<!our )\b(?:podcast|episode \d+|newsletter|webinar)\b(?!\s+(?:team|producer|role|samples?|strategy|"
        r"position|manager|editor|host|writer|work|experience|portfolio|program|department))",
        r"\b(?:program committee|program chairs|your submission #?\d+|paper|symposium|proceedings|camera-ready)\b",
        r"\b(?:talk|session|workshop|panel|speaker|conference) (?:proposal|submission|application)s?\b|\bcfp\b|\bcall for (?:papers|proposals|speakers|talks)\b",
        r"\b(?:admission|admitted|enrollment|enrolment)\b.{0,60}\b(?:program|programme|university|degree|school|fall|semester|college|term|courses?)\b",
        r"\b(?:tickets?|concert|show|event) (?:has been |was )?(?:cancell?ed|postponed)\b|\brefund\b|(?<!reisekosten )(?<!kosten )\b(?:erstattet|rückerstattung|remboursée?|reembolso|reembolsad[oa])\b",
        r"\b(?:RSVP|meetup|lightning talks?)\b(?!-)",
        r"\b(?:\d+ )?new jobs? for\b|\bjobs? (?:you may|you might) (?:like|be interested)|\brecommended jobs\b",
        r"\b(?:\d+%|\d+ percent) off\b|\buse code\b|\bat checkout\b|\bshop (?:the|now)\b",
        r"\bcareer fair\b|\bjob fair\b|\bcareer services\b",
        r"\bc2c\b|\bw2\b|\bhourly rate\b|\burgent requirement\b|\bone of our (?:direct )?clients?\b|\breply with (?:a )?subject (?:line )?\"?remove",
        r"\byou appeared in \d+ searches\b|\bwho viewed your profile\b|\bnew connection\b",
        r"\breceipt #|\border #\s*\d|\byour order\b",
        r"\boffer of admission\b|\b(?:ms|msc|ma|mba|phd|master'?s?|bachelor'?s?) (?:of|in) [a-z]+\b.{0,40}\b(?:program|programme|cohort|fall|spring)\b",
        r"\bpaiement refusé\b|\bpago rechazado\b|\bzahlung (?:abgelehnt|fehlgeschlagen)\b|\bcarte bancaire\b|\btarjeta\b",
        r"\b(?:cancelación|annulation|absage) (?:del|de l'|de la|des|der|de) ?(?:evento|événement|veranstaltung|concierto|concert)\b",
        r"\bmembership (?:application|renewal)\b|\bvolunteer (?:shift|orientation|application|program)\b",
        # (but "our donor has delayed its grant decision, so we are putting this recruitment on hold" is about a job)
        r"(?<!\bits )(?<!\btheir )(?<!\bpending )(?<!\bawaiting )(?<!\bdonor's )(?<!\bfunder's )"
        r"\b(?:fellowship|scholarship|grant|residency|accelerator|bootcamp)(?: \d{4})? (?:-|–)? ?(?:application|decision|program|cohort)\b",
        r"\ba (?:place|spot|seat) in (?:this year's|next year's|the \d{4}|our \d{4}) (?:cohort|class|programme|program)\b",
        # job-alert digests from job boards ("8 startups want to meet you", "hiring for roles like yours")
        r"\b\d+ (?:startups|companies|employers|recruiters|teams) (?:want to|are hiring|viewed|have)\b|\broles like yours\b|\bview (?:your )?matches\b",
        # sports try-outs and teams
        r"\btryouts?\b|\btry-outs?\b|\b(?:roster|squad)\b|\bauditions?\b|\bauditioning\b|\bcast you\b",
        # a child's school or nursery application
        r"\b(?:kindergarten|preschool|pre-k|daycare|nursery) (?:program|programme|application|class|place|spot)\b|\bapplication for \w+ to (?:join|attend|enrol|enroll)\b",
        r"\b(?:open to|book|schedule|hop on|grab) a (?:quick |short )?(?:\d+[- ]minute )?(?:product )?demo\b|\bteams like yours\b",
        r"\b(?:lease|move-in)\b",
        # coding contests and hackathons: a "final round" with prizes
        r"\b(?:hackathon|coding (?:contest|challenge|competition)|grand prix|qualifying (?:score|round)|leaderboard)\b",
        # children's camps, classes and clubs: registrations and waitlists
        r"\bsummer camp\b|\bcamp (?:session|registration|registrar)\b|\bregistering \w+ for (?:session|camp|class|swim|the program)\b",
        r"\bvolunteer coordinator\b",  # also a job title: not "another sense" on its own
        # the owner accepting or declining in their own words (their own mail)
        r"\bI(?:'m| am|'d be| would be)? (?:happy|pleased|delighted|thrilled|excited|glad) to (?:formally )?accept\b",
        # a friend asking about your interview, or telling about their own round
        r"\bhow did (?:the|your) (?:\w+ ){0,3}(?:interview|final round|screen) go\b|\bI had my own (?:\w+ ){0,2}(?:round|interview)\b",
        r"\bI (?:made it|got through|'m through|am through) to (?:the )?(?:final|second|third|next|last) (?:round|stage)\b",
        r"\bI got (?:the|an|my) (?:offer|job)\b",
        # a friend in their own final round, asking you to be a reference
        r"\bI['’]m (?:now )?in the (?:final|second|last|third) round\b|\b(?:comfortable|willing|happy) being (?:one|a reference|my reference)\b|\bwould you be (?:a|my) reference\b|\bbe my reference\b",
        r"\bguess who (?:has|got) (?:a|an|the) (?:final round|interview|onsite|offer)\b",
        r"\bpractice run\b|\bmock interview\b",
        # networking with alumni and friends of friends: a coffee chat that is not a hiring step
        r"\bfellow (?:\w+['’]s )?(?:alum\w*|grad(?:uate)?s?)\b",
        r"\binformational (?:interview|chat|call|conversation)\b",
        r"\b(?:we|I)(?:['’]re| are)? not hiring on my team\b|\bwe aren['’]t\s+hiring\s+on\s+my\s+team\b",
        r"\b(?:pleased|happy|delighted|excited) to offer you (?:the |a |an |our )?(?:\w+ ){0,3}(?:card|limit|loan|rate|discount|upgrade|membership|subscription|plan|deal|speaker slot|speaking slot|slot|seat|ticket|scholarship|stipend|grant)\b",
        # conferences and meetups: a talk accepted is not a job
        r"\b(?:your|the) (?:talk|proposal|session|workshop|abstract|submission|cfp submission) (?:has been|was|is) accepted\b|\bspeaker slot\b|\bcall for (?:papers|proposals|speakers)\b",
        # courses and classes: enrolment, placement tests, course fees
        r"\b(?:sprachkurs|intensivkurs|kursplatz|kursbeginn|kursgebühr|einstufungstest|einstufungsgespräch|cours de langue|curso intensivo|language course|placement test|course fee|tuition fee)\b",
        # children's daycare places and school admissions in German, French and Spanish
        # a friend telling about their own interview or rejection, in German
        r"\bich hatte (?:heute |gestern )?(?:mein|ein) (?:vorstellungsgespräch|interview)\b|\beine absage kassiert\b|"
        r"\bwie (?:läuft's|läuft es|sieht's) bei dir\b",
        r"\bempfehlungsprämie\b|\bwär(?:e)? das (?:nichts|was) für dich\b|\bgebe ich deinen namen\b",
        # trains and travel
        r"\b(?:zugbindung|ihre verbindung|ersatzverkehr|votre train|tu tren)\b",
        # a friend passing on a posting and offering a referral
        r"\b(?:happy|glad|more than happy) to refer you\b|\bsaw this and thought of you\b|\breferral bonus\b",
    ),
    *_rules(
        "other",
        6.0,
        # freelance client work: a pitch lost to another agency, a statement of work, a purchase order
        r"\b(?:go|went|going|gone) with another (?:agency|studio|vendor|supplier)\b|"
        r"\bstatement of work\b|\bpurchase order\b|\bnew PO\b",
        # appointments and programmes that are not jobs: the dentist, mentoring cohorts, a friend's coffee
        r"\b(?:cleaning and exam|your (?:annual |dental )?check-?up|eye exam|vet appointment)\b|"
        r"\bmentor(?:ship)? (?:application|program|programme|cohort)\b|\bbecome a mentor\b|\bmentees?\b|"
        r"\bnot a work thing\b|\bparents['’] group\b",
        # an HR professional's own work: interviewer invitations, approval tasks, templates, reorganisations
        r"\byou(?:['’]ve| have) been added as an interviewer\b|\byour scorecard\b|\binterview kit\b|\bsubmit (?:your )?(?:interview )?feedback\b",
        r"\byou have a new inbox item\b|\bbusiness process:|\bapprove or send back\b|\bawaiting your approval\b|\bplaced on hold by (?!the\b|our\b|your\b|a\b)\w+ \w+\.\s+reason:",
        r"\b(?:rejection|offer|candidate) (?:e-?mail |letter )?template\b|\btalking points\b|\baffected employees\b|\bseverance\b",
        # races, permits, volunteer rescue teams: "not successful", "unable to offer you a place" in another sense
        r"\bballot\b|\boversubscribed\b|\b(?:parking|residents?|resident) permit\b|\bpermit application\b|\bcouncil tax\b|"
        r"\bmountain rescue\b|\blifeboat\b|\bprobationary (?:team )?member\b|\bselection evening\b",
        # webinars and workshops: a registration is not an interview
        r"\byou(?:['’]re| are) (?:now )?registered\b|\bregistrants\b|\bwebinar\b",
        # a school's admissions office: "applying for admission to ... College", "Your student ID is"
        r"\b(?:applying|application|apply) for admission\b|\boffice of admissions\b|\byour student (?:id|number)\b",
        # Spanish: university admission, consular interviews, a friend's own news, career articles
        r"\badmitid[oa] en el (?:máster|master|grado|programa|curso|doctorado)\b|\breservar tu plaza\b",
        r"\b(?:entrevista|cita) consular\b|\bcita para la entrevista consular\b|\bvisado\b",
        r"\btuve (?:la|una|mi) entrevista\b|\bno siguen conmigo\b",
        r"\bme (?:han ofrecido|ofrecieron) el puesto\b|\bon m['’]a (?:proposé|offert) le poste\b|\bmir wurde die stelle angeboten\b",
        # a part-time job's shift schedule
        r"\bswap (?:a |your )?shifts?\b|\bshifts? next week\b|\bschedule for next week is up\b",
        r"\bqué tal (?:fue |te fue )?(?:la|tu) entrevista\b|\bcómo te fue (?:en )?la entrevista\b|"
        r"\bwie (?:war|lief) (?:das|dein) (?:vorstellungs)?gespräch\b|\bcomment s['’]est passé (?:ton|votre) entretien\b",
        r"\bleer (?:el )?artículo\b|\blire l['’]article\b|\bartikel lesen\b|\bread the (?:full )?article\b",
        # a university's offer of a place on a course
        r"(?<!unable to )(?<!not able to )(?<!cannot )\boffer (?:you )?a place (?:on|in|at) (?:the|our) (?:[\w&-]+ ){0,5}"
        r"(?:programme|program|course|degree|certificate|msc|ma|mba|phd|intake)\b|\boffer of a place\b",
        # shared documents and mentoring: "invited you to edit Interview guide", a mentoring session
        r"\binvited you to (?:edit|view|comment on|collaborate on)\b|\bshared \"[^\"]{1,80}\" with you\b|\bopen in (?:notion|google docs|figma|dropbox)\b",
        r"\bmentoring session\b|\bmentor(?:ing)? call\b|\byour session with .{1,40} is confirmed\b",
        # accounts, claims and programmes: password resets, compensation claims, mentoring programmes, parties
        r"\b(?:research|sleep|clinical|medical) (?:study|trial) participants?\b|\beligible to participate in (?:this|the) (?:study|trial)\b|"
        r"\btaking part in the [\w -]{0,30}(?:study|trial)\b",
        r"\b(?:concert|spectacle|konzert|concierto|festival)\b[^.]{0,40}\b(?:annulée?|abgesagt|cancelado|suspendu)\b|"
        r"\bbillets? seront remboursés\b|\bbilletterie\b|\bentradas? (?:serán|será) reembolsad",
        r"\breset (?:your|the) password\b|\bpassword reset\b|\bverify your email(?: address)?\b|\bverification code\b",
        r"\bfahrgastrechte\b|\bantrag auf entschädigung\b|\bdemande d['’]indemnisation\b|\breclamación de indemnización\b",
        r"\bprogramme de mentorat\b|\bmentoring program(?:me)?\b|\bmentorship program(?:me)?\b",
        r"\bbirthday\b|\bbaby shower\b|\bhousewarming\b|\bbachelorette\b|\bgeburtstag\b|\banniversaire\b|\bcumpleaños\b",
        # a recruiter's or HR professional's own work: offers and interviews for someone else
        r"\bsend the offer to the candidate\b|\bapproved by all approvers\b|\bset up the interview with (?:him|her|them|the candidate)\b|"
        r"\bnew (?:candidate|applicant) (?:applied|in your pipeline|for your (?:job|requisition))\b",
        # practice with a friend or coach: a mock interview is never the real one
        r"\bmock (?:[\w-]+ ){0,3}interview\b|\bpractice interview\b|\bprobe-?interview\b|\bübungs-?interview\b|"
        r"\bentretien blanc\b|\bsimulacro de entrevista\b|\bentrevista de práctica\b",
        # consumer credit and housing in German, French and Spanish
        r"\b(?:kreditantrag|ratenkredit|kreditanfrage|darlehensantrag|demande de (?:crédit|prêt)|solicitud de (?:crédito|préstamo))\b",
        r"\b(?:nebenkosten\w*|hausverwaltung|mietvertrag|vermieter\w*|quittance de loyer|propriétaire du logement)\b",
        # clubs and associations: members' meetings and elections
        r"\b(?:jahreshauptversammlung|mitgliederversammlung|tagesordnung|vereinsheim|liebe mitglieder|assemblée générale|"
        r"asamblea general|orden del día|annual general meeting)\b",
        # homes, visas, volunteering, consumer credit: "application" and "offer" in other senses
        r"\b(?:one|two|three|1|2|3)-bedroom\b|\bbedrooms?\b|\bhas been leased\b|\bschedule a (?:viewing|showing|tour of the unit)\b|"
        r"\bviewing the (?:unit|apartment|flat|property)\b|\btake possession\b",
        r"\b(?:artículo|ponencia|comunicación|resumen|article|communication|beitrag|abstract|einreichung|candidature au prix)\b.{0,160}\b(?:no fue|n['’]a pas été|wurde nicht|ha sido|fue|a été|wurde) (?:aceptad|seleccionad|accepté|retenu|angenommen)|"
        r"\bcomentarios de los revisores\b|\bcommentaires des relecteurs\b|\bgutachten der reviewer\b",
        r"\bdie jury\b|\bder jury\b|\bwettbewerbsbeitr\w*\b|\bcomité scientifique\b|\bproposition de (?:conférence|communication|présentation)\b|\b(?:proposal|abstract|talk|paper) (?:was|has) not been (?:accepted|selected)\b",
        r"\b(?:betreuungsplatz|kindertagesstätte|kitaplatz|kita-platz|krippenplatz|krippengruppe|betreuungsvertrag|aufnahmegespräch|"
        r"place en crèche|guardería)\b|\b(?:für )?(?:ihre tochter|ihren sohn|ihr kind|votre fille|votre fils|votre enfant|"
        r"tu hija|tu hijo|su hija|su hijo)\b",
        r"\boffre (?:de place|d['’]admission)\b|\bune place pour votre enfant\b|\boffrir une (?:place|admission)\b",
        r"\b(?:wohnung|appartement|logement(?! de fonction| du personnel| fourni| sur place)|alquiler|apartment viewing)\b",
        r"\b(?:mietinteressent\w*|wohnungsbesichtigung|mietvertrag)\b",
        r"\b(?:solicitud|contrato) de arrendamiento\b|\bentrega de llaves\b|\bdossier de location\b|\bremise des clés\b",
        r"\b(?:limpieza dental|cita dental|dentista|chez le dentiste|chirurgien-dentiste|cabinet dentaire|doctolib|détartrage|zahnarzt\w*|zahnreinigung|consulta médica)\b",
        r"\b(?:visa|passport|residence permit|work permit) application\b",
        r"\be-?visa\b",
        r"\b(?:konzert|veranstaltung|vorstellung)\b[^.]{0,60}\babgesagt\b|\bzurückerstattet\b|\b(?:concert|spectacle)\b[^.]{0,60}\bannulée?\b",
        r"\badmission à la formation\b|\bformation certifiante\b|\bconfirmer votre admission\b",
        r"\blicen[cs]e (?:renewal )?application\b|\brenew your (?:[\w-]+ ){0,4}licen[cs]e\b|\bcertification renewal\b",
        r"\bresume (?:review|critique)\b|\bcareer coach(?:ing)?\b|\bcoaching (?:session|call)\b",
        r"\bvisa (?:interview|appointment)\b|\bconsular section\b|\bDS-160\b",
        r"\bapplying to volunteer\b|\b(?:solicitud de voluntariado|como voluntari[oa]|candidature de bénévol\w*|comme bénévole|ehrenamtlich\w*)\b",
        r"\bvolunteers?\b.{0,40}\borientation\b",
        r"\bpre-?approved\b|\brewards card\b",
        r"\b(?:library|membership|loyalty|gym|student|parking|transit) card\b",
        # appointments and studies that are not interviews: user research, jury duty, the doctor, the school
        r"\buser (?:research|study|testing|interview)s?\b(?!\s+(?:team|role|position|lead|manager|function|practice|org))|\bresearch (?:study|participants?)\b|\bgift card\b",
        r"\bjury (?:duty|service|summons)\b",
        r"\b(?:appointment|check-?up|cleaning) with (?:dr\.?|doctor|the dentist)\b|\b(?:dental|medical|vet|veterinary|doctor'?s) appointment\b",
        r"\bparent-teacher\b|\byour (?:son|daughter|child|kid)'?s?\b",
        r"\bsellers? (?:has |have )?(?:accepted|rejected|declined|countered)\b|\boffer on \d+ \w+ (?:st|street|road|rd|ave|avenue|lane|ln|drive|dr|court|ct|way)\b",
        r"\bmock interviews?\b|\binterview practice\b|\bpractice interview\b|\binformational interview script\b",
        # insurance underwriting: "we are able to offer coverage", "accept this offer"
        r"\bunderwriting (?:review|decision)\b|\bterm life\b|\bpolicy application\b|\bmonthly premium\b|\brate class\b",
        r"\b(?:insurance|car|auto|home|homeowners|renters|pet|travel|life) (?:insurance )?(?:policy|quote|coverage|premium)\b|\boffer you a policy\b",
        # grants, scholarships, lotteries and races: "not selected" in another sense
        r"(?<!\bits )(?<!\btheir )(?<!\bpending )(?<!\bawaiting )(?<!\bdonor's )(?<!\bfunder's )"
        r"\b(?:grant|scholarship|bursary) (?:application|decision|recipients?|cycle|committee|program)\b|\bnot selected for funding\b",
        r"\b(?:marathon|half-marathon|race entry|lottery|raffle|sweepstakes|giveaway)\b",
        # rentals: "selected another applicant for this unit"
        r"\b(?:for|of) this unit\b|\bavailable units\b|\bapplication fee\b",
        r"\b(?:rental application|holding deposit|landlord|(?<!\ben )tenant|letting agent)\b|\b(?:see|view|viewing) (?:the )?flat\b",
        # press: a journalist or producer asking for an interview for a story
        r"\b(?:on-camera|on camera|on-air|on air|radio|tv|television|press|podcast|news) interview\b|\bfor (?:a|our|the) (?:story|segment|article|piece|feature|episode) (?:about|on)\b",
    ),
    # calendar platforms' own notices: a cancelled event, a reminder, someone's reply to your invitation
    *_rules(
        "other",
        6.0,
        r"^\s*(?:cancell?ed event|event cancell?ed|notification|reminder|declined|accepted|tentatively accepted)\s*:.{0,200}@",
        subject_only=True,
    ),
    *_rules(
        "other",
        1.5,
        r"\bunsubscribe\b",
        r"\bjob alerts?\b",
        r"\byou(?:'re| are) receiving (?:this|the)\b|\byou received this because\b",
        r"\bview (?:in|this email in) (?:your )?browser\b",
    ),
    *_rules(
        "other",
        3.0,
        # mail to a whole staff or team, not to one candidate
        r"^\s*(?:hi|hello|dear|morning|good morning)[ \t]+(?:team|all|everyone|colleagues|staff|folks|y'all)\b",
    ),
    # ---------------------------------------------------------------- job context (not a label)
    *_rules(
        "job",
        1.0,
        r"\b(?:your|the) (?:application|candidacy|candidature|resume|cv|portfolio)\b",
        r"\b(?:position|role|vacancy|opening|requisition|req|job id|posting)\b",
        r"\bfor the (?:\w+ ){1,3}(?:spot|job|gig)\b",
        r"\b(?:hiring|recruit\w*|talent acquisition|talent team|human resources|hr team|candidates?|applicants?)\b",
        r"\b(?:interview\w*|phone screen|onsite|hiring manager)\b",
        r"\b(?:salary|compensation|start date|offer letter|job offer)\b",
        r"\b(?:technical assessment|coding (?:challenge|exercise|test)|take-home|skills assessment)\b",
        r"\b(?:candidature|poste|recrutement|bewerbung|stelle|stellenangebot|candidatura|puesto|vacante|selección)\b",
    ),
]

# Applicant tracking systems: mail from these domains is job mail (usually no-reply).
ATS_DOMAINS: dict[str, str] = {
    "greenhouse.io": "Greenhouse",
    "greenhouse-mail.io": "Greenhouse",
    "lever.co": "Lever",
    "hire.lever.co": "Lever",
    "myworkday.com": "Workday",
    "myworkdayjobs.com": "Workday",
    "workday.com": "Workday",
    "icims.com": "iCIMS",
    "talent.icims.com": "iCIMS",
    "ashbyhq.com": "Ashby",
    "smartrecruiters.com": "SmartRecruiters",
    "jobvite.com": "Jobvite",
    "workablemail.com": "Workable",
    "workable.com": "Workable",
    "bamboohr.com": "BambooHR",
    "breezy.hr": "Breezy",
    "recruitee.com": "Recruitee",
    "teamtailor.com": "Teamtailor",
    "teamtailor-mail.com": "Teamtailor",
    "successfactors.com": "SuccessFactors",
    "successfactors.eu": "SuccessFactors",
    "taleo.net": "Taleo",
    "jazzhr.com": "JazzHR",
    "applytojob.com": "JazzHR",
    "personio.de": "Personio",
    "dayforcehcm.com": "Dayforce",
    "dayforce.com": "Dayforce",
    "personio.com": "Personio",
    "pinpointhq.com": "Pinpoint",
    "rippling.com": "Rippling",
    "dover.com": "Dover",
    "gem.com": "Gem",
    "paradox.ai": "Paradox",
    "oraclecloud.com": "Oracle Recruiting",
    "governmentjobs.com": "NEOGOV",
    "neogov.com": "NEOGOV",
    "welcometothejungle.com": "Welcome to the Jungle",
    "hirevue.com": "HireVue",
    "myworkdaysite.com": "Workday",
    "ultipro.com": "UKG",
    "ukg.com": "UKG",
    "adp.com": "ADP",
    "jobs.personio.de": "Personio",
    "join.com": "JOIN",
    "softgarden.io": "softgarden",
    "hibob.com": "HiBob",
    "paylocity.com": "Paylocity",
    "peopleadmin.com": "PeopleAdmin",
    "talentedhire.com": "TalentEd Hire",
    "applitrack.com": "Frontline AppliTrack",
    "frontlineeducation.com": "Frontline",
    "schoolspring.com": "SchoolSpring",
    "rexx-systems.com": "rexx systems",
    "dvinci-easy.com": "d.vinci",
    "hr4you.de": "HR4YOU",
    "umantis.com": "Haufe Umantis",
    "csod.com": "Cornerstone OnDemand",
    "jobillico.com": "Jobillico",
    "factorialhr.com": "Factorial",
    "infojobs.net": "InfoJobs",
    "computrabajo.com": "Computrabajo",
    "tal.net": "Oleeo",
    "goodtime.io": "GoodTime",
    "modernloop.io": "ModernLoop",
    "pageuppeople.com": "PageUp",
    "pageup.com": "PageUp",
    "livehire.com": "LiveHire",
    "elmotalent.com.au": "ELMO",
    "jobadder.com": "JobAdder",
    "zohorecruit.com": "Zoho Recruit",
    "manatal.com": "Manatal",
    "comeet.co": "Comeet",
    "jobscore.com": "JobScore",
    "hireology.com": "Hireology",
    "avature.net": "Avature",
    "beamery.com": "Beamery",
    "clearcompany.com": "ClearCompany",
    "homerun.co": "Homerun",
    "concludis.de": "concludis",
    "prescreen.io": "prescreen",
    "talentlyft.com": "TalentLyft",
    "jobylon.com": "Jobylon",
    "varbi.com": "Varbi",
    "reachmee.com": "ReachMee",
    "cvmanager.com": "CV Manager",
    "hiringthing.com": "HiringThing",
    "eightfold.ai": "Eightfold",
    "phenompeople.com": "Phenom",
    "oleeo.com": "Oleeo",
    "eploy.net": "Eploy",
    "eploy.co.uk": "Eploy",
    "harri.com": "Harri",
    "paycomonline.net": "Paycom",
}

# Webmail domains: mail from them is from a person, not an organisation.
PERSONAL_DOMAINS: frozenset[str] = frozenset(
    {
        "gmail.com", "googlemail.com", "yahoo.com", "hotmail.com", "outlook.com", "live.com",
        "posteo.ch", "yahoo.com.au", "sunrise.ch", "hispeed.ch", "bigpond.net.au", "seznam.cz",
        "wp.pl", "o2.pl", "interia.pl", "mail.ru", "yandex.ru", "naver.com",
        "qq.com", "163.com", "rediffmail.com", "terra.com.br", "uol.com.br", "bol.com.br",
        "telus.net", "hotmail.ca", "aon.at", "email.com", "mac.com",
        "icloud.com", "me.com", "aol.com", "proton.me", "protonmail.com", "gmx.de", "gmx.net",
        "web.de", "orange.fr", "free.fr", "laposte.net", "yahoo.fr", "hotmail.fr", "yahoo.es",
        "outlook.fr", "outlook.es", "outlook.de", "hotmail.es", "hotmail.de", "hotmail.co.uk", "yahoo.co.uk",
        "yahoo.de", "yahoo.ca", "live.fr", "live.ca", "live.co.uk", "msn.com", "gmx.at", "gmx.ch", "bluewin.ch",
        "posteo.de", "t-online.de", "mail.com", "fastmail.com", "hey.com", "zoho.com", "yandex.com", "tutanota.com",
        "sfr.fr", "wanadoo.fr", "videotron.ca", "sympatico.ca", "btinternet.com", "comcast.net", "verizon.net",
        "posteo.net", "posteo.org", "mailbox.org", "fastmail.fm", "fastmail.net", "pm.me", "protonmail.ch",
        "tutanota.de", "tuta.io", "tuta.com", "gmx.com", "gmx.fr", "gmx.es", "mail.de", "freenet.de", "arcor.de",
        "yahoo.com.mx", "hotmail.com.mx", "outlook.com.mx", "prodigy.net.mx", "sapo.pt", "gmail.es",
        "yahoo.it", "libero.it", "virgilio.it", "telenet.be", "skynet.be", "ziggo.nl", "kpnmail.nl", "xs4all.nl",
        "icloud.co", "att.net", "sbcglobal.net", "cox.net", "charter.net", "rogers.com", "shaw.ca", "bell.net",
        "optusnet.com.au", "bigpond.com", "iinet.net.au", "sky.com", "virginmedia.com", "ntlworld.com", "eircom.net",
    }
)

# Organisational domains shared by many employers (every NHS body writes from nhs.net): a name seen from one
# sender there says nothing about another's employer.
SHARED_ORG_DOMAINS: frozenset[str] = frozenset({"nhs.net", "nhs.uk", "gov.uk", "k12.ca.us"})

# Platforms whose notifications are never job decisions even when they mention jobs.
NOTIFICATION_DOMAINS: frozenset[str] = frozenset(
    {"github.com", "gitlab.com", "atlassian.net", "linkedin.com", "slack.com", "notion.so"}
)

# A mailbox nobody reads: matched anywhere in the local part between separators ("careers-noreply",
# "hr.no-reply", "notifications+jobs"). The one definition for the classifier, the extractor and drafting.
NO_REPLY_LOCAL = re.compile(
    r"(?:^|[._+-])(?:no[._-]?reply|do[._-]?not[._-]?reply|noreply|donotreply|mailer-daemon|postmaster|"
    r"notifications?|notificaci[oó]n(?:es)?|benachrichtigung(?:en)?|bounces?|auto[._-]?confirm|ne[._-]?pas[._-]?repondre|"
    r"no[._-]?responder|nicht[._-]?antworten)(?:[._+-]|$)",
    re.I,
)

FORWARD_SUBJECT = re.compile(r"^\s*(?:fwd?|fw|tr|wg|rv|enc)\s*:", re.I)

# "if you are not selected", "whether to move forward": a rule hit inside such a clause is not a statement.
CONDITIONAL = re.compile(
    r"\b(?:if|whether|unless|should (?:we|you|your)|in case|once|when|sollten wir|falls wir|wenn wir|si nous|au cas où|"
    r"si|dans le cas où|en caso de que|falls|wenn|had hoped to|would have liked to|may (?:reach out|contact you|get in touch|invite you)|"
    # the process described in general: "Shortlisted candidates are invited to a first interview"
    r"(?:shortlisted|selected|successful) (?:candidates|applicants) (?:are|will be)|if shortlisted|here is what happens next|"
    r"(?:our|the) (?:\w+ )?process (?:usually |typically |normally |generally )?(?:includes|involves|consists of))\b",  # "employers who view it may reach out"
    re.I,
)
# Clauses that negate a rejection/interview phrase the other way round ("not based on your qualifications").


class NeedleIndex:
    """Which of many lower-case needles occur in a text, in one regex pass.

    The needles form a trie compiled into one pattern; a lookahead at every position reports the longest
    needle starting there. Every needle that occurs is a prefix of the longest one starting at its
    position, so adding the needles contained in each reported one gives exactly the set present.
    """

    def __init__(self, needles: frozenset[str]) -> None:
        trie: dict[str, dict] = {}
        for n in needles:
            node = trie
            for ch in n:
                node = node.setdefault(ch, {})
            node[""] = {}
        self._scan = re.compile("(?=(" + self._regex(trie) + "))", re.DOTALL)
        self._within = {n: frozenset(m for m in needles if m in n) for n in needles}

    @classmethod
    def _regex(cls, node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + cls._regex(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return "(?:" + body + ")?" if len(alts) == 1 else body + "?"
        return body

    def present(self, low: str) -> frozenset[str]:
        found = set(self._scan.findall(low))
        out: set[str] = set()
        for n in found:
            out |= self._within[n]
        return frozenset(out)

