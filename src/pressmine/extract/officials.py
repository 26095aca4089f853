"""Officials: the people a release names, with honorific, title and organization.

Two components. `pressmine_people` finds name mentions: spaCy PERSON entities, names
after a form of address ("Prof. Kapuchu") and names that follow a title but were
swallowed into another entity ("Minister of Kazakhstan Murat Baimukashev"); it records
their characters so other extractors leave them alone. `pressmine_officials` reads a
title before the name ("UNODC Project Manager Wendy O'Brien") or after it ("Natalia
Alonso Cano, Chief of the UNDRR Regional Office ..."), links the organization, and
merges later mentions ("Mr. Dragovic", "Kapuchu") into the person first named in full.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..resources import load_lexicon
from . import entities, text_of
from .kinds import named_as_person, with_age
from .locations import STATE_NAMES
from .names import (
    clean,
    fold,
    full_title,
    is_address_title,
    is_honorific,
    is_title_head,
    org_heads,
    singular,
    title_heads,
    title_modifiers,
)
from .org_groups import _COMPANY_SUFFIXES, OrgGroup, contains, head_of, is_acronym, signature

_NAME_TOKEN = re.compile(
    r"^(?:[A-Z][a-zA-Z'’-]*[a-z][a-zA-Z'’-]*|[A-Z]\.(?:[A-Z]\.)*|O['’][A-Z][a-z]+)$"
)
_CONNECTORS = {"of", "for", "the", "and", "in", "on", "at", "to", "&"}
_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
_BARE_NAME_MENTIONS = 3
# Words inside a body's name between a title and a name: "U.S. Attorney for the Southern
# District of New York Preet Bharara".
_BODY_JOINERS = {"of", "the", "for"}


@dataclass
class PersonMention:
    name: str
    span: tuple[int, int]
    start: int  # token indices of the name
    end: int
    honorific: str | None = None


def _is_title_word(tok: Token) -> bool:
    low = singular(tok.lower_.strip("."))
    return low in title_heads() or low in title_modifiers()


def _initial(doc: Doc, i: int) -> bool:
    """A middle initial that lost its period: "Charles E Schumer", "Olympia J Snowe"."""
    t = doc[i]
    k = i + 1
    while k < len(doc) - 1 and doc[k].is_space and len(doc[k].text) == 1:
        k += 1  # "Charles E  Schumer": two spaces where the period was
    return (
        len(t.text) == 1
        and t.text.isupper()
        and 0 < i < k < len(doc)
        and bool(_NAME_TOKEN.match(doc[i - 1].text) and _NAME_TOKEN.match(doc[k].text))
    )


def _joiner(doc: Doc, i: int) -> bool:
    """The hyphen of a double surname, spaced off by the tokenizer: "Rodriguez-Vlez"."""
    return (
        0 < i < len(doc) - 1
        and doc[i].text in ("-", "–")
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and bool(_NAME_TOKEN.match(doc[i - 1].text) and _NAME_TOKEN.match(doc[i + 1].text))
    )


_QUOTES = ('"', "“", "”")


def _nickname(doc: Doc, i: int) -> int:
    """Length of a nickname in quotes at token i ('William "Gene" Bickford'), else 0."""
    if i + 2 < len(doc) and doc[i].text in _QUOTES and doc[i + 2].text in _QUOTES:
        return 3 if _NAME_TOKEN.match(doc[i + 1].text) else 0
    return 0


def _state_at(doc: Doc, start: int, end: int) -> int:
    """How many tokens from `start` name a U.S. state ("New York", "Texas"), else 0."""
    for n in (2, 1):
        if start + n <= end and fold(doc[start : start + n].text) in STATE_NAMES:
            return n
    return 0


def _acronym_part(doc: Doc, i: int) -> bool:
    """An acronym, or the hyphen gluing it to the next word: "IRS-Criminal"."""
    t = doc[i]
    if t.text in ("-", "–"):
        return not t.whitespace_ and i > 0 and not doc[i - 1].whitespace_
    return t.is_alpha and t.is_upper and len(t) > 1


def _name_like(tokens: list[Token]) -> bool:
    doc = tokens[0].doc if tokens else None
    marks = {k for t in tokens if _nickname(doc, t.i) for k in (t.i, t.i + 2)}
    words = [t.text for t in tokens if not (t.is_space or _joiner(doc, t.i) or t.i in marks)]
    if not words or len(words) > 5:
        return False
    inner = [t for t in tokens[1:-1] if _initial(t.doc, t.i)]
    if not all(_NAME_TOKEN.match(w) or w.lower() in _SUFFIXES for w in words if len(w) > 1):
        return False
    if sum(len(w) == 1 for w in words) > len(inner):
        return False
    # "Caremark L.L.C." is a company, "RxCLAIM" a product's mixed case, "Anne Arundel
    # County" a place: no one's name.
    last = words[-1].lower().rstrip(".")
    if (
        last in _COMPANY_SUFFIXES
        or last in _place_and_thing_tails()
        or any(re.match(r"[A-Z][a-z][A-Z]{3}", w) for w in words)
    ):
        return False
    lows = {w.lower().strip(".") for w in words}
    # A name is not made of title, organization or honorific words: "Dean", "Ministry";
    # after a first name and a middle initial, a body's word is a surname: "Daniel L. Board".
    initialled = len(words) > 2 and re.fullmatch(r"[A-Z]\.", words[1]) is not None
    return not any(
        w in title_heads() or (w in org_heads() and not initialled) or is_honorific(w) for w in lows
    )


@cache
def _place_and_thing_tails() -> frozenset[str]:
    return load_lexicon("place_and_thing_tails.txt")


def _honorific_before(doc: Doc, i: int) -> str | None:
    j = i - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    if j >= 0 and is_honorific(doc[j].text) and doc[j].text[:1].isupper():
        word = doc[j].text
        return word if word.endswith(".") or len(word) > 4 else word + "."
    return None


def find_people(doc: Doc) -> list[PersonMention]:
    text = text_of(doc)
    found: list[PersonMention] = []
    taken: set[int] = set()

    # Words the text also writes in lower case: "Money Laundering" is no one's name.
    lower_words = doc._.pm_lower_words

    def add(start: int, end: int) -> bool:
        # The tail of a title is not part of the name: "(Attorney) General Cronan",
        # "(Special Agent in) Charge Damiani", "(Secretary of) State Boswell".
        while start < end and (
            doc[start].is_space or is_honorific(doc[start].text) or _is_title_word(doc[start])
        ):
            start += 1
        while end > start and (doc[end - 1].is_space or doc[end - 1].text in ("'s", "’s", ",")):
            end -= 1
        if start >= end or any(i in taken for i in range(start, end)):
            return False
        # "Director of the Air National |Guard|": one word left at the end of a body's name.
        if end - start == 1 and doc[start].ent_iob_ == "I" and doc[start].ent_type_ == "ORG":
            return False
        tokens = list(doc[start:end])
        if not _name_like(tokens):
            return False
        if any(t.pos_ in ("VERB", "AUX") for t in tokens):
            return False  # "Levin Stabenow Announce": a headline, its comma stripped
        long_words = [t.lower_ for t in tokens if len(t) >= 4]
        if long_words and all(w in lower_words for w in long_words):
            return False
        if fold(doc[start:end].text) in companies:
            return False
        span = doc[start:end]
        taken.update(range(start, end))
        found.append(
            PersonMention(clean(span.text), (span.start_char, span.end_char), start, end,
                          _honorific_before(doc, start))
        )  # fmt: skip
        return True

    # A company's name less its suffix is the company's: "Inyx" of "Inyx Inc.", also
    # where the model took the whole for a person ("Caremark L.L.C.").
    companies = {
        fold(e[:-1].text)
        for e in entities(doc)
        if e.label_ in ("ORG", "PERSON")
        and len(e) > 1
        and e[-1].lower_.rstrip(".") in _COMPANY_SUFFIXES
    }

    # Words of organization names: a PERSON entity that starts with them swallowed the
    # end of a title ("Minister of Internal Affairs Alexei Kalaichidi").
    ents = entities(doc)
    org_words = {t.text for e in ents if e.label_ == "ORG" for t in e if t.text[:1].isupper()}
    # A PERSON entity of three words that the model also tags as a body is the body:
    # "Kwong Tung Foods".
    bodies = {e.text for e in ents if e.label_ == "ORG"}
    for k, ent in enumerate(ents):
        if ent.label_ == "PERSON" and not (sum(t.is_alpha for t in ent) > 2 and ent.text in bodies):
            start = ent.start
            while ent.end - start > 2 and doc[start].text in org_words:
                start += 1
            if _joiner(doc, start - 1):  # "Martin-|Artajo"
                start -= 2
            # "NECA William": an acronym before a name is the title's.
            if (
                ent.end - start > 1
                and doc[start].is_upper
                and doc[start].is_alpha
                and len(doc[start]) > 1
            ):
                start += 1
            end = ent.end
            # "said Senator Shelby  Firefighters are ...": a run of spaces inside the entity
            # is a stop a scraper stripped, but for an initial's ("Richard C  Shelby").
            end = next(
                (k for k in range(start + 1, end) if doc[k].is_space and not _initial(doc, k - 1)),
                end,
            )
            # 'William "Gene| Bickford"': the model cut the name at a nickname in quotes.
            if _nickname(doc, end) and end + 3 < len(doc) and _NAME_TOKEN.match(doc[end + 3].text):
                end += 4
            # "Rosa Emilia |Rodriguez-Vlez": the model tagged the surname ORG, which orgs.py
            # reads as a person's by the same sign (named_as_person).
            # "Sens. |Chris| |Dodd| and ...": a line break before the name made the model
            # tag a lone first name and the surname right after it as two people.
            nxt = ents[k + 1] if k + 1 < len(ents) else None
            joined = (
                nxt is not None
                and nxt.start == ent.end
                and (
                    (nxt.label_ == "ORG" and named_as_person(doc, nxt))
                    or (nxt.label_ == "PERSON" and ent.end - start == 1 and len(nxt) == 1)
                )
                and add(start, nxt.end)
            )
            if not joined and not add(start, end):
                add(start, ent.end)
        # What orgs.py drops from bodies as a person's name: "Destry Wood, 51, of ...",
        # "co-defendants Santiago Borges", "Special Agent ... Jos Margulies, the principal".
        elif (
            ent.label_ == "ORG"
            and sum(t.is_alpha for t in ent) >= 2
            and not is_acronym(ent.text)
            and (with_age(text, ent.end_char) or named_as_person(doc, ent))
        ):
            add(ent.start, ent.end)
    # A name the model left untagged, with an age after it: "age 27|Hisaun Chatman, age 31".
    for tok in doc:
        if tok.ent_type_ or not with_age(text, tok.idx + len(tok)):
            continue
        start = tok.i
        while start > 0 and tok.i - start < 3 and _NAME_TOKEN.match(doc[start - 1].text):
            start -= 1
        if tok.i > start and _NAME_TOKEN.match(tok.text) and not doc[start].ent_type_:
            add(start, tok.i + 1)
    # Names after a form of address or a title head, including ones an ORG/GPE swallowed:
    # "Deputy Interior Minister of Kazakhstan Murat Baimukashev" -> the last capitalized
    # words of the run after the title, less words the text uses alone as a place or body.
    known = org_words | {e.text for e in ents if e.label_ in ("GPE", "NORP") and len(e) == 1}
    for tok in doc:
        honor = is_honorific(tok.text)
        plural = tok.lower_ not in title_heads() and is_title_head(tok)
        # "Special Agent in Charge Ricardo Mayoral": the title ends on "Charge".
        in_charge = tok.lower_ == "charge" and tok.i > 1 and doc[tok.i - 1].lower_ == "in"
        if not (honor or in_charge or is_title_head(tok)) or not tok.text[:1].isupper():
            continue
        if plural and (
            tok.i + 1 >= len(doc)
            or not _NAME_TOKEN.match(doc[tok.i + 1].text)
            or doc[tok.i + 1].lower_ in org_heads()
        ):
            # "the Heads of Emergency Authorities": a plural names no one here; "the
            # Justices Office": a possessive that lost its apostrophe.
            continue
        j = tok.i + 1
        if j < len(doc) and doc[j].text == ".":
            j += 1
        # "Agent in Charge Ricardo Mayoral of U.S. Immigration": a name straight after the
        # title ends at "of"; only a body's name goes on past it ("Minister of Kazakhstan").
        named_first = j < len(doc) and bool(_NAME_TOKEN.match(doc[j].text))
        named_first = named_first and not _is_title_word(doc[j])
        end = j
        while end < len(doc) and (
            _NAME_TOKEN.match(doc[end].text)
            or (end > j and (_initial(doc, end) or _joiner(doc, end)))
            or (end > j and doc[end].lower_ in _SUFFIXES and doc[end - 1].text[:1].isupper())
            or (end > j and doc[end].is_space and _initial(doc, end - 1))
            or (not honor and not named_first and doc[end].lower_ in _BODY_JOINERS)
            # "Chief of IRS-Criminal Investigation Richard Weber": an acronym in the body
            or (not honor and not named_first and end > j and _acronym_part(doc, end))
        ):
            end += 1
        start = end
        words = 0
        while start > j and words < 4:
            if _joiner(doc, start - 1) or (start == end and doc[start - 1].lower_ in _SUFFIXES):
                start -= 1
            elif _NAME_TOKEN.match(doc[start - 1].text):
                start -= 1
                words += 1
            else:
                break
        while start < end - 2 and doc[start].text in known and not named_first:
            start += 1
        # "U.S. Attorney for the Southern District of New York Preet Bharara", untagged.
        state = _state_at(doc, start, end)
        state = state if state and end - start - state >= 2 and not named_first else 0
        start += state
        # After "the" come bodies and places, not people: "Regional Administrator for the
        # Pacific Southwest".
        after_title = (
            start == j or state or doc[start - 1].text in known or doc[start - 1].lower_ == "of"
        )
        # "CEO of Myrtle Beach Direct Air and Tours", "Director of TERIs Brockton TRIO
        # Programs": words that a body's name goes on after, or an acronym's possessive,
        # belong to the body.
        if not honor and (
            (end < len(doc) and doc[end].ent_type_ == "ORG" and doc[end].lower_ != "of")
            or any(re.fullmatch(r"[A-Z]{2,}s", doc[k].text) for k in range(start, end))
        ):
            continue
        # "U.S. Attorney for the District of |New Mexico|": a place ends the body's name.
        place = _state_at(doc, start, end) == end - start or all(
            doc[k].ent_type_ in ("GPE", "LOC") for k in range(start, end)
        )
        if end - start >= (1 if honor else 2) and (honor or after_title) and not place:
            add(start, end)
            # "Assistant U.S. Attorneys Andrew D. Beaty and Ilan Graff": a plural title
            # names the person after "and" too.
            nxt = end + 1
            if plural and end < len(doc) and doc[end].lower_ == "and":
                while nxt < len(doc) and nxt - end <= 4 and _NAME_TOKEN.match(doc[nxt].text):
                    nxt += 1
                if nxt - end >= 3:
                    add(end + 1, nxt)
    found.sort(key=lambda p: p.span)
    return found


def _headline_verbs_cut(doc: Doc, people: list[PersonMention]) -> list[PersonMention]:
    """ "Senator Gregg Comments on ...": a headline's verb, written in lower case elsewhere in
    the text ("made the following comments"), after the surname of someone named in full
    ("Judd Gregg") is no part of the name."""
    surnames = {p.name.split()[-1] for p in people if len(p.name.split()) >= 2}
    lower_words = doc._.pm_lower_words
    for p in people:
        words = p.name.split()
        if len(words) == 2 and words[1].lower() in lower_words and words[0] in surnames:
            end = p.end - 1
            while end > p.start + 1 and doc[end - 1].is_space:
                end -= 1
            span = doc[p.start : end]
            p.name, p.span, p.end = words[0], (span.start_char, span.end_char), end
    return people


@Language.component("pressmine_people")
def people_component(doc: Doc) -> Doc:
    # Read by the later components too: computed once here.
    doc._.pm_lower_words = {t.lower_ for t in doc if t.is_lower}
    people = _headline_verbs_cut(doc, find_people(doc))
    doc._.pm_people = people
    doc._.pm_person_chars = {doc[i].idx for p in people for i in range(p.start, p.end)}
    # The words of the people's names: NER also tags "Nicholson" as ORG or GPE.
    doc._.pm_person_words = {fold(w) for p in people for w in p.name.split() if len(w) > 2}
    return doc


# --- titles -----------------------------------------------------------------------


def _title_run_before(
    doc: Doc, start: int, sent_start: int, person_chars: set[int]
) -> tuple[int, int] | None:
    """Token range of a title just before a name: "Deputy Resident Representative of UNDP"."""
    i = start - 1
    while i >= sent_start and (
        doc[i].is_space or (is_honorific(doc[i].text) and not is_address_title(doc[i].text))
    ):
        i -= 1
    # "the Deputy Head, Zhanat Dilbarkhanova": a title, a comma, then the name.
    if i > sent_start and doc[i].text == ",":
        found = _title_run_before(doc, i, sent_start, person_chars)
        if not found or found[1] != i:
            return None
        k = found[0] - 1
        while k > sent_start and doc[k].is_space:
            k -= 1
        # "Cano, Chief of the Office, Mr. Bivol": that title is Cano's apposition.
        if k > sent_start and doc[k].text == "," and doc[k - 1].idx in person_chars:
            return None
        return found
    end = i + 1
    while i >= sent_start:
        t = doc[i]
        if t.is_space:
            i -= 1
            continue
        # "the firms president and owner, Vieta C. Wang": two roles of one person
        two_roles = (
            t.lower_ == "and" and sent_start < i and i + 1 < end
            and _is_title_word(doc[i + 1]) and _is_title_word(doc[i - 1])
        )  # fmt: skip
        word_ok = (
            t.text[:1].isupper() or _is_title_word(t) or t.lower_ in ("ex", "-") or two_roles
            # "Secretary of Veteran’s Affairs", "Direct Air's Chief Financial Officer"
            or (t.text in ("'s", "’s") and i + 1 < end and doc[i + 1].text[:1].isupper())
            or (t.lower_ in _CONNECTORS and i + 1 < end
                and (doc[i + 1].text[:1].isupper() or doc[i + 1].lower_ in _CONNECTORS))
        )  # fmt: skip
        if not word_ok or t.idx in person_chars or t.ent_type_ == "DATE":
            break
        if t.text in ("-", "–", "—") and t.whitespace_:  # a dateline: "WASHINGTON - Sen."
            break
        # "... of the Eastern District of New York and Trial Attorney Grady": the title
        # after "and" is whole; what comes before belongs to someone else.
        if (
            t.lower_ == "and"
            and not two_roles
            and any(is_title_head(doc[k]) for k in range(i + 1, end))
        ):
            break
        i -= 1
    first = i + 1
    while first < end and (doc[first].lower_ in _CONNECTORS or doc[first].is_space):
        first += 1
    while end > first and doc[end - 1].text in (",", "-"):
        end -= 1
    if first >= end or not any(is_title_head(doc[k]) for k in range(first, end)):
        return None
    return first, end


def _title_run_after(
    doc: Doc, end: int, sent_end: int, person_chars: set[int]
) -> tuple[int, int] | None:
    """Token range of a title in apposition: "Natalia Alonso Cano, Chief of the ...".

    Also after a parenthesized honorific and a line break, as contact blocks write it:
    "Vasilina Brazhko (Ms.)\nCommunication and PR Specialist at".
    """
    i = end
    if i + 2 < sent_end and doc[i].text == "(" and is_honorific(doc[i + 1].text):
        i += 3 if doc[i + 2].text == ")" else 4
    # "Robert Keilman, 73, of Marlboro, New Jersey, Direct Air's former Chief Financial
    # Officer": an age and a home town come before the role.
    if i + 2 < sent_end and doc[i].text == "," and doc[i + 1].like_num and doc[i + 2].text == ",":
        i += 2
        if i + 2 < sent_end and doc[i + 1].lower_ == "of":
            k = i + 2
            while k < sent_end and k - i < 10 and (doc[k].text[:1].isupper() or doc[k].text == ","):
                if doc[k].text == "," and not doc[k + 1].text[:1].isupper():
                    break
                k += 1
            commas = [j for j in range(i + 2, k) if doc[j].text == ","]
            if len(commas) >= 2:
                i = commas[-1]
    while i < sent_end and doc[i].is_space and "\n" not in doc[i].text:
        i += 1
    if i >= sent_end or not (doc[i].text == "," or "\n" in doc[i].text):
        return None
    i += 1
    while i < sent_end and doc[i].is_space:
        i += 1
    if i + 1 < sent_end and doc[i].lower_ == "who" and doc[i + 1].lemma_ == "be":
        return _roles_after_who(doc, i + 2, sent_end)
    first = i
    if first >= sent_end or not (doc[first].text[:1].isupper() or _is_title_word(doc[first])):
        return None
    while i < sent_end and doc[i].text not in (",", ";", ".", "(", ")", '"', "“", "”"):
        t = doc[i]
        if t.is_space and "\n" in t.text:
            break
        if not (
            t.is_space
            or t.text[:1].isupper()
            or t.lower_ in _CONNECTORS
            or _is_title_word(t)
            or t.text in ("'s", "’s")  # "Direct Air's former Chief Financial Officer"
        ):
            break
        if t.idx in person_chars:
            return None  # the title of the next name, not this one's apposition
        if (
            t.lower_ == "and"
            and i + 1 < sent_end
            and (is_honorific(doc[i + 1].text) or doc[i + 1].idx in person_chars)
        ):
            break  # "Dean of the School and Mr. Baimenov, Chairman ..."
        i += 1
    last = i
    while last > first and (doc[last - 1].lower_ in _CONNECTORS or doc[last - 1].is_space):
        last -= 1
    if last <= first or not any(doc[k].lower_ in title_heads() for k in range(first, last)):
        return None
    return first, last


def _roles_after_who(doc: Doc, i: int, sent_end: int) -> tuple[int, int] | None:
    """ "Naim Kapuchu, who is international expert, professor of ... and Founding
    Director of the Center ..." -> all the roles, up to the end of the clause."""
    while i < sent_end and doc[i].lower_ in ("a", "an", "the"):
        i += 1
    last = i
    while last < sent_end and last - i < 30 and doc[last].text not in (".", ";", "(", ")"):
        if doc[last].pos_ == "VERB" or doc[last].lower_ in ("who", "which", "that"):
            break
        last += 1
    while last > i and (doc[last - 1].is_punct or doc[last - 1].lower_ in _CONNECTORS):
        last -= 1
    if last <= i or not any(doc[k].lower_ in title_heads() for k in range(i, last)):
        return None
    return i, last


_JUDGES = {"judge", "justice", "magistrate"}


def _split_title(doc: Doc, first: int, end: int) -> tuple[str, str | None]:
    """Title text and the organization it names, from a title token range.

    "UNICEF Regional Office Education Consultant" -> ("Education Consultant",
    "UNICEF Regional Office"); "Head of the Almaty Police Academy" keeps its "of"
    phrase as the title and names the academy as organization.
    """
    toks = [t for t in doc[first:end]]
    org = None
    # "Direct Air's former Chief Financial Officer": the owner is the body.
    owner = next((k for k, t in enumerate(toks[:-1]) if t.text in ("'s", "’s")), None)
    if owner and any(t.lower_ in title_heads() for t in toks[owner + 1 :]):
        org = clean(doc[first : toks[owner].i].text)
        toks = toks[owner + 1 :]
    # A body written before the title: the last org head word (or a leading acronym)
    # that is followed by title words.
    cut = None
    for k, t in enumerate(toks[:-1]):
        # "U.S. District Court Judge": a judge is named by the court, which stays in the title
        if t.lower_ == "court" and toks[k + 1].lower_ in _JUDGES:
            continue
        if t.lower_ in org_heads() and t.text[:1].isupper():
            cut = k + 1
    lead = toks[0].text
    if cut is None and len(toks) > 1 and lead.isupper() and len(lead) > 1:
        cut = None if _is_title_word(toks[0]) or toks[0].lower_ in title_modifiers() else 1
    if (
        cut is not None
        and any(t.lower_ in title_heads() for t in toks[cut:])
        and not any(t.lower_ in ("of", "for") for t in toks[:cut])
    ):
        org = clean(doc[first : first + cut].text)
        toks = toks[cut:]
    # An "of/for/at X" phrase names the body the title is held in.
    for k, t in enumerate(toks):
        if t.lower_ in ("of", "for", "at") and k + 1 < len(toks):
            rest = doc[toks[k + 1].i : toks[-1].i + 1]
            if all(x.ent_type_ == "GPE" or x.lower_ == "the" or x.is_space for x in rest):
                toks = toks[:k]  # "Minister of Kazakhstan": a country, not a body
            else:
                org = clean(rest.text)
            break
    if not toks:
        return "", org
    title = clean(doc[toks[0].i : toks[-1].i + 1].text)
    # One person's title from a shared one: "Senators Alexander and Corker" -> "Senator".
    last = toks[-1].text.rstrip(".")
    if singular(last.lower()) != last.lower():
        title = title[: title.rfind(last) + len(last) - 1]
    return title, org


# --- people -----------------------------------------------------------------------


@dataclass
class Person:
    name: str
    honorific: str | None = None
    title: str | None = None
    organization: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)

    @property
    def last(self) -> str:
        words = [w for w in self.name.split() if w.lower() not in _SUFFIXES]
        return fold(words[-1]) if words else ""


def _resolve_org(org: str | None, title: str | None, orgs: list[OrgGroup]) -> str | None:
    """The organization item an official belongs to, named as the record names it."""
    if org:
        key = fold(org)
        for g in orgs:
            if key in {fold(n) for n in g.names} or (g.acronym and key == fold(g.acronym)):
                return g.name
        return org
    if title:
        # "Deputy Interior Minister" -> the ministry of the interior, when the text has it.
        sig = {"ministry" if w == "minister" else w for w in signature(title)}
        if "ministry" in sig:
            sig -= {"deputy", "first", "vice", "assistant"}
            for g in orgs:
                if head_of(g.name) == "ministry" and contains(signature(g.name), frozenset(sig)):
                    return g.name
    return None


def collect(doc: Doc, people: list[PersonMention], orgs: list[OrgGroup]) -> list[Person]:
    persons: list[Person] = []
    person_chars = doc._.pm_person_chars or set()
    shared: tuple[int, tuple[int, int]] | None = None  # a plural title's run and its end
    plural_address: tuple[int, str] | None = None  # the same for "Sens.", "Reps."
    named_times = Counter(fold(p.name) for p in people)
    last: Person | None = None
    for p in people:
        # "Timothy Floyd, a/k/a Tim Rod": a nickname is a mention of the person before it.
        if last and _ALIAS_BEFORE.search(text_of(doc), max(0, p.span[0] - 25), p.span[0]):
            last.mentions.append(p.span)
            continue
        sent = doc[p.start].sent
        title = org = None
        run = _title_run_before(doc, p.start, sent.start, person_chars) or _title_run_after(
            doc, p.end, min(len(doc), sent.end + 40), person_chars
        )
        # "Trial Attorneys Michael T. ONeill and Cory E. Jacobs": the plural is both's, also
        # past a senator's party and state ("Senators Ben Nelson  D Neb   and Conrad Burns").
        if run is None and shared and _LIST_GAP.fullmatch(doc[shared[0] : p.start].text):
            run = shared[1]
        shared = None
        # "Reps. Steve Pearce (NM-02) and Heather Wilson": "Reps." too is plural.
        last_word = doc[run[1] - 1].lower_.rstrip(".") if run else ""
        if run and run[1] <= p.start and singular(last_word) != last_word:
            shared = (p.end, run)
        if run:
            title, org = _split_title(doc, *run)
            title = title or None
        else:
            title = _appositive_role(doc, p) or _role_served(doc, p)
        after = doc[p.end : min(p.end + 8, sent.end)]
        if org is None:
            org = _org_after(after)
        org = _resolve_org(org, title, orgs)

        match = _match_person(persons, p.name)
        if match is None:
            # A bare surname never seen in full is too weak to report once; named again
            # and again ("Brown said", "Brown announced"), it is someone.
            bare = len(p.name.split()) == 1 and not p.honorific and not title
            if bare and named_times[fold(p.name)] < _BARE_NAME_MENTIONS:
                continue
            match = Person(p.name)
            persons.append(match)
        elif len(p.name.split()) > len(match.name.split()):
            match.name = p.name
        match.mentions.append(p.span)
        last = match
        honorific = p.honorific
        # "Sens. Chris Dodd and Joe Lieberman": a plural form of address is both's.
        if (
            honorific is None
            and run is None
            and plural_address
            and _LIST_GAP.fullmatch(doc[plural_address[0] : p.start].text)
        ):
            honorific = plural_address[1]
        plural_address = None
        if honorific and is_address_title(honorific):
            # "Sen. Lott", "Senator Kennedy": the form of address is the position.
            word = honorific.rstrip(".")
            if singular(word.lower()) != word.lower():
                plural_address = (p.end, honorific)
            word = word[: len(singular(word.lower()))]
            title = title or (word + "." if honorific.endswith(".") else word)
            honorific = None
        match.honorific = match.honorific or honorific
        match.title = match.title or (full_title(title) if title else None)
        match.organization = match.organization or org
    # Named once, with no title, ending on a word the text also writes in lower case: a
    # programme or a body's field read as a name ("Veterans Initiative", "Organized Crime").
    lower_words = doc._.pm_lower_words or set()
    return [
        x
        for x in persons
        if x.title or x.honorific or len(x.mentions) > 1 or x.last not in lower_words
        or len(x.last) < 4
    ]  # fmt: skip


def _appositive_role(doc: Doc, p: PersonMention) -> str | None:
    """A role in lower case set beside the name: "Bryan Underwood, a former civilian guard
    at ..." -> "former civilian guard"; the parse's apposition, not a number or a name, an
    alias or an age ("Roger Taylor, a/k/a Milk, age 26")."""
    root = next((t for t in doc[p.start : p.end] if not p.start <= t.head.i < p.end), None)
    if root is None or p.end >= len(doc) or doc[p.end].text != ",":
        return None  # an apposition is set off by a comma
    if _ALIAS.match(text_of(doc), doc[p.end].idx + 1):
        return None
    for a in root.children:
        if a.dep_ != "appos" or a.pos_ != "NOUN" or a.i < p.end or a.lower_ == "age":
            continue
        mods = [t for t in a.lefts if t.dep_ in ("amod", "compound", "advmod")]
        first = min([a] + mods, key=lambda t: t.i)
        return clean(doc[first.i : a.i + 1].text)
    return None


# "Nicholas Young, 38, of Fairfax, was formerly employed as a police officer with ...",
# "Kachkar served as chairman and CEO of Inyx Inc.": the role a person held, after the name.
_SERVED_AS = re.compile(
    r"(?:\s*,[^,.;]{1,40}){0,3},?\s+(?:(?:was|is|has)\s+)?(?:(?:formerly|previously|also|been)\s+)*"
    r"(?:served|serves|employed|worked|works|hired)\s+as\s+(?:a|an|the)?\s*"
    r"(?P<role>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,4}?)"
    r"(?=\s+(?:of|for|at|with|in|from|until|to|on|during|and\s+(?:then|was|is))\b|\s*[,.;(]|$)"
)


def _role_served(doc: Doc, p: PersonMention) -> str | None:
    m = _SERVED_AS.match(text_of(doc), p.span[1], doc[p.start].sent.end_char)
    if m is None:
        return None
    words = m["role"].split()
    return m["role"] if singular(words[-1].lower()) in title_heads() else None


_ALIAS = re.compile(r"\s*(?:a/k/a|aka|a\.k\.a\.?|also known as)\b", re.IGNORECASE)
_ALIAS_BEFORE = re.compile(r",\s*(?:a/k/a|aka|a\.k\.a\.?|also known as)\s*$", re.IGNORECASE)
# Between the names a plural title shares: a party and state ("D-NY") or a House seat
# ("(NM-02)"), then a comma or "and".
_LIST_GAP = re.compile(
    r"\s*(?:\(?(?:[DRI][-–\s]\s*[A-Z][A-Za-z.]{1,13}|[A-Z]{2}-\d{1,2})\s*\)?\s*)?"
    r"(?:,\s*(?:and\s*)?|and\s*)"
)


def _org_after(span: Span) -> str | None:
    """ "Leslie R. Caldwell of the Justice Department's Criminal Division" -> the division."""
    toks = [t for t in span if not t.is_space]
    if len(toks) >= 2 and toks[0].lower_ == "of":
        for ent in entities(span.doc):
            if ent.label_ == "ORG" and ent.start >= toks[1].i and ent.start <= toks[1].i + 1:
                return clean(ent.text)
    return None


def _match_person(persons: list[Person], name: str) -> Person | None:
    words = [fold(w) for w in name.split() if w.lower() not in _SUFFIXES]
    if not words:
        return None
    for person in persons:
        pw = [fold(w) for w in person.name.split() if w.lower() not in _SUFFIXES]
        if fold(person.name) == fold(name):
            return person
        if len(words) == 1 and words[0] in pw:
            return person  # "Kapuchu", "Baimenov" after the full name
        if len(pw) == 1 and pw[0] in words:
            return person
        if words[-1] == pw[-1] and (words[0] == pw[0] or words[0][0] == pw[0][0]):
            return person
        if words[0] == pw[-1] and len(words) == 2 and "." in words[1]:
            return person  # "Aubakirov S.G."
    return None


@Language.component("pressmine_officials")
def officials_component(doc: Doc) -> Doc:
    doc._.pm_officials = collect(doc, doc._.pm_people or [], doc._.pm_orgs or [])
    return doc


for _name in ("pm_people", "pm_person_chars", "pm_person_words", "pm_lower_words", "pm_officials"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
