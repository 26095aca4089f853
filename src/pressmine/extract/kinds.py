"""What a capitalized name names when the words around it say so, for the organizations
and locations components: a common noun of a kind of thing before it ("the painkiller
Opana", "the online alias Catfish": models/thing_kinds.txt), or a list of people around it
("such as Michael Jackson, Freddie Mae and Diana Ross") or a personal pronoun after it
("against Fayez Sarofim ... when he acquired"); acronyms used as common nouns ("a PBM",
"PHAs"). Also the signs, shared by the organizations and officials components, that a name
is one person's: an age after it, or a title or a case's "v." around it."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span

from ..resources import load_lexicon
from . import entities, ents_in
from .names import STOPWORDS, clean, fold, is_title_head


@cache
def _thing_kinds() -> frozenset[str]:
    kinds = load_lexicon("thing_kinds.txt")
    return kinds | {k + "s" for k in kinds}


def things(doc: Doc) -> set[str]:
    """Folded names that the text puts right after a noun of a kind of thing: a drug, an
    alias, an enzyme. One such mention says what the name is everywhere in the text
    ("Opana and methamphetamine")."""
    if "pm_things" in doc.user_data:
        return doc.user_data["pm_things"]
    out = doc.user_data["pm_things"] = set()
    for ent in entities(doc):
        if ent.start == 0 or ent[0].lower_ == "the":
            continue
        prev = doc[ent.start - 1]
        if prev.is_lower and prev.lower_ in _thing_kinds() and prev.whitespace_:
            out.add(fold(clean(ent.text)))
    return out


_SEPARATORS = {",", "and", "or"}


def listed_among_people(doc: Doc, ent: Span) -> bool:
    """A name between people in a list ("Michael Jackson, Freddie Mae and Diana Ross"): a
    person's, whatever the model called it. Both neighbours must be people."""

    def neighbour(i: int, step: int) -> bool:
        seps = 0
        while 0 <= i < len(doc) and (doc[i].lower_ in _SEPARATORS or doc[i].is_space):
            seps += doc[i].lower_ in _SEPARATORS
            i += step
        return 0 < seps <= 2 and 0 <= i < len(doc) and doc[i].ent_type_ == "PERSON"

    return neighbour(ent.start - 1, -1) and neighbour(ent.end, 1)


_ACRONYM = re.compile(r"[A-Z]{2,8}")
_NAME_POS = ("NOUN", "PROPN", "ADJ", "NUM")


def common_acronyms(doc: Doc) -> set[str]:
    """Acronyms the text uses as common nouns, of a kind of body rather than one: after
    "a" or "an" ("A PBM administers ...") or in the plural ("PHAs can appeal", "one of the
    largest PBMs and"), each time before no noun ("an FBI agent", "the FBIs Boston
    Division": a possessive whose apostrophe was stripped, are names)."""
    out = set()
    for tok in doc:
        word = tok.text
        plural = word.endswith("s") and _ACRONYM.fullmatch(word[:-1]) is not None
        if not (plural or _ACRONYM.fullmatch(word)) or tok.i + 1 >= len(doc):
            continue
        # Before a word in small letters or a clause's punctuation; not before a name or a
        # quotation ("the FBIs "Safe Streets" Gang Task Force": a stripped possessive).
        nxt = doc[tok.i + 1]
        if nxt.pos_ in _NAME_POS or not (nxt.is_lower or nxt.text in (",", ".", ";", ":", ")")):
            continue
        article = tok.i > 0 and doc[tok.i - 1].lower_ in ("a", "an")
        if plural or article:
            out.add(word[:-1] if plural else word)
    return out | {a + "s" for a in out}


_BEFORE_PERSON = ("ADP", "VERB", "AUX", "PUNCT", "CCONJ", "SCONJ")
_PERSONAL = {"he", "she", "him", "her", "his", "himself", "herself"}


def named_as_people(doc: Doc) -> set[str]:
    """Folded names, and their last words, that the model tagged as bodies but a personal
    pronoun later in the sentence refers to, with no person named in the sentence before
    it: "a lawsuit against Fayez Sarofim for violating ... when he acquired ..."."""
    if "pm_named_as_people" in doc.user_data:
        return doc.user_data["pm_named_as_people"]
    out = doc.user_data["pm_named_as_people"] = set()
    for ent in entities(doc):
        words = [t for t in ent if t.is_alpha]
        if ent.label_ != "ORG" or not 2 <= len(words) <= 3 or not all(t.is_title for t in words):
            continue
        sent = ent.sent
        if any(e.label_ == "PERSON" and e.end <= ent.start for e in ents_in(sent)):
            continue
        # Named where a person may stand: after a preposition or a verb ("against Fayez
        # Sarofim"), not after an article or a modifier ("the pro-abortion Planned Parenthood").
        if ent.start > sent.start and doc[ent.start - 1].pos_ not in _BEFORE_PERSON:
            continue
        for tok in doc[ent.end : sent.end]:
            if tok.ent_type_ in ("PERSON", "ORG"):
                break
            if tok.lower_ in _PERSONAL:
                out.update((fold(clean(ent.text)), fold(words[-1].text)))
                break
    return out


# "John Harrison, a/k/a Binkie": a person's alias
ALIAS_BEFORE = re.compile(r"\b(?:a/k/a|aka|a\.k\.a\.)\s*$", re.IGNORECASE)
# "Hamze El-Najjar, a/k/a ...": a person with an alias
ALIAS_AFTER = re.compile(r",?\s*(?:a/k/a|aka|a\.k\.a)\b", re.IGNORECASE)

_AGE_AFTER = re.compile(r",[ ]+(?:age[ ]+(\d{2,3})\b|(\d{2,3})[ ]*[,;])")


def with_age(text: str, end: int) -> bool:
    """ "Destry Wood, 51, of Centralia", "Dennis Pulley, a/k/a Denmo, age 30": a name with an
    age after it is a person's."""
    m = _AGE_AFTER.match(text, end)
    return m is not None and 10 <= int(m.group(1) or m.group(2)) <= 110


def named_as_person(doc: Doc, ent) -> bool:
    """Where a name stands says it is a person's: after the first names the model tagged
    PERSON ("Rosa Emilia |Rodriguez-Vlez"), a title or a word for people in a case
    ("co-defendants |Santiago Borges"), "v." in a case's name ("U.S. v. |Castellon and
    Reynosa"), or before a title in apposition ("Jos Margulies|, the controlling principal
    of ...")."""
    if ent.start > 0:
        prev = doc[ent.start - 1]
        if prev.ent_type_ == "PERSON" and prev.whitespace_ and prev.is_alpha:
            return True
        if is_title_head(prev) or prev.lower_ in ("defendant", "defendants", "v.", "v"):
            return True
    after = doc[ent.end : ent.end + 5]
    if len(after) < 3 or after[0].text != "," or after[1].pos_ != "DET":
        return False
    for t in after[2:]:
        if is_title_head(t):
            return True
        if not (t.is_alpha or t.is_upper) or t.lower_ in STOPWORDS:
            return False
    return False
