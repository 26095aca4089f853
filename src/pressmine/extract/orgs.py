"""Organizations: one item per real-world body, with its acronym and other names.

Mentions come from spaCy's ORG entities and our EntityRuler patterns for organization
forms (models/org_patterns.jsonl). Their boundaries are set right from the text (names cut
at stripped commas or at "and", an owner before its unit), what is no body is left out
(people, places, laws, programmes, headline fragments), coordinated plurals are expanded
("the Ministries of Health and Education" -> two ministries), and the mentions are grouped
into bodies by org_groups.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ..resources import load_lexicon
from . import entities, text_of
from .kinds import (
    ALIAS_AFTER,
    ALIAS_BEFORE,
    common_acronyms,
    listed_among_people,
    named_as_people,
    named_as_person,
    things,
    with_age,
)
from .locations import (
    PEOPLE_OF,
    PLACE_NOUNS,
    PLACE_OF,
    POSTAL_CODES,
    STATE_NAMES,
    listed_places,
    located_after_body,
    place_name,
    state_after_place,
)
from .names import (
    STOPWORDS,
    clean,
    fold,
    initials,
    is_honorific,
    is_title_head,
    org_heads,
    singular,
    title_heads,
    title_modifiers,
)
from .org_groups import (
    _COMPANY_SUFFIXES,
    _SHORT_FORM,
    _STRIPPED_ACRONYM,
    OrgGroup,
    OrgMention,
    _words,
    group,
    head_of,
    is_acronym,
    signature,
    singular_head,
)

ORG_LABELS = ("ORG",)
_EDGE_POS = ("ADV", "SCONJ", "DET", "PRON", "CCONJ", "ADP")
_BEFORE = {"former", "acting", "then"}


# "Ministries of Emergency Situations, Internal Affairs, Health" -> one ministry each.
_PLURAL_HEAD = re.compile(
    r"\b(?P<head>Ministries|Departments|Agencies|Offices|Committees|Commissions)\s+of\s+(?:the\s+)?"
)
_ITEM = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*)*")
_ITEM_SEP = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
# Plural nouns of the parts a body serves, which words before them share.
_SHARED_PLURALS = {"districts", "regions", "provinces", "counties", "states"}


def expand_coordination(text: str) -> tuple[list[OrgMention], list[tuple[int, int]]]:
    """Singular bodies named by a plural head and a list.

    Commas separate the bodies; when there are commas, an 'and' inside the last item
    stays part of its name ("Environment and Natural Resources"), as ministries are
    often named by two fields; with no comma, 'and' separates two bodies.
    """
    out, regions = [], []
    for m in _PLURAL_HEAD.finditer(text):
        head = m.group("head")
        singular = head[:-3] + "y" if head.endswith("ies") else head[:-1]
        pos = m.end()
        items: list[tuple[int, int]] = []
        while True:
            im = _ITEM.match(text, pos)
            if not im:
                break
            items.append(im.span())
            rest = _ITEM_SEP.match(text, im.end())
            if not rest:
                break
            pos = rest.end()
        if not items:
            continue
        if len(items) == 1:
            s, e = items[0]
            parts = re.split(r"\s+and\s+", text[s:e])
            # "Offices of the Northern and Southern Districts of Mississippi": two words that
            # share the plural noun after them, one body of several districts, not two.
            if len(parts) == 2 and parts[1].split()[-1].lower() in _SHARED_PLURALS:
                continue
            if len(parts) == 2:
                items = [(s, s + len(parts[0])), (e - len(parts[1]), e)]
        for s, e in items:
            out.append(OrgMention(f"{singular} of {text[s:e]}", (s, e)))
        regions.append((m.start(), items[-1][1]))
    # "the Baltimore, Baltimore County and Anne Arundel County Police Departments": one force
    # of each place listed before a plural head.
    for m in _PLACES_BEFORE_PLURAL.finditer(text):
        head = m.group("head")[:-1]
        items = re.split(r",?[ ]+and[ ]+|,[ ]+", re.sub(r"^The[ ]", "", m.group("items")))
        pos = m.start("items")
        for item in items:
            s = text.find(item, pos)
            out.append(OrgMention(f"{item} {m.group('noun')} {head}", (s, s + len(item))))
            pos = s + len(item)
        regions.append(m.span())
    return out, regions


_PLACE = r"[A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*){0,2}"
_PLACES_BEFORE_PLURAL = re.compile(
    rf"(?P<items>{_PLACE}(?:,[ ]+{_PLACE})*,?[ ]+and[ ]+{_PLACE})[ ]+"
    r"(?P<noun>Police|Fire|Sheriff['’]?s)[ ]+(?P<head>Departments|Offices)\b"
)


# "Walter Reed Medical Center on Nov.": a date after the name.
_TRAILING_MONTH = re.compile(
    r"\s+(?:on|in)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?$"
)
_GLUED = re.compile(r"(?<=[a-z.])(?:The|None)\b")
_GLUED_WORDS = re.compile(r"[a-z]{2}[A-Z][a-z]|[A-Z]{2}[A-Z][a-z]{2}")
_FISCAL_YEAR = re.compile(r"^\s*(?:FY|Fiscal Year)[ ]?(?:\d{4}|\d{2})\b\s*", re.IGNORECASE)
_LEADING_NONE = re.compile(r"^\s*(?:None\s+)+")
_HOME_TOWN_BEFORE = re.compile(r",[ ]+\d{1,3},[ ]+of[ ]+$")
_PLACE_OF_BEFORE = re.compile(r"\b(?:city|town|village|township|borough)[ ]+of[ ]+$", re.I)
_TRAILING_LOWER = re.compile(r"(?<=\w)[ ]([a-z][a-z'’-]+)$")
_TRAILING_FRAGMENT = re.compile(r"(?:\s+(?:of|for|and|in|on|at|the|to|&))+$", re.IGNORECASE)


def _before_and_title(name: str) -> str:
    """ "U.S. Attorneys Office and Trial Attorney Saeed Mody" -> "U.S. Attorneys Office": a
    title after "and" opens a person's name, not a second body's."""
    for m in re.finditer(" and ", name):
        right = name[m.end() :]
        words = right.split()
        heads = (i for i, w in enumerate(words[:3]) if singular(w.lower()) in title_heads())
        k = next(heads, None)
        if k is not None and len(words) > k + 1 and not head_of(right):
            return name[: m.start()]
    return name


def mention_name(text: str) -> str | None:
    """A clean organization name from an entity's text, or None when it is not one."""
    # "Kaiser PermanenteNone", "Puerto Ricos Largest BanksThe": a scraper glued the next
    # word on; "U.S. Attorneys Office and Trial Attorney Saeed Mody": a person follows.
    text = _GLUED.split(text, 1)[0]
    # "None Todays": a scraper's "None" before the name; "ADA).I": a parenthesis ends one.
    text = _LEADING_NONE.sub("", re.split(r"[()]", text, maxsplit=1)[0])
    text = _FISCAL_YEAR.sub("", text)  # "FY2004 Section 8 vouchers"
    text = re.split(r"\s(?:v|vs)\.\s", text)[-1]  # a case's name: "Hetland v. |Taleo Corp."
    name = _TRAILING_FRAGMENT.sub("", _TRAILING_MONTH.sub("", clean(text)))
    name = _TRAILING_HONORIFIC.sub("", name)
    name = _before_and_title(name)
    # "... for the Eastern District of Michiganaddress the requirements": a scraper glued
    # the next word onto the state that ends the name.
    last = name.rsplit(" ", 1)[-1]
    state = next((st for st in _ONE_WORD_STATES if fold(last).startswith(st)), None)
    if state and len(last) > len(state) + 1 and last[len(state) :].islower():
        name = name[: len(name) - len(last) + len(state)]
    # "the Commission and Congressional Armed Services Committees": a body named by its noun
    # alone, the one the text named before, then another (not "the Senate and House": two
    # bodies, each named by its noun).
    bare = re.match(r"([A-Z][a-z]+)[ ](?:and|&)[ ](?=[A-Z])", name)
    if bare and bare.group(1).lower() in org_heads() - _NAMED_BY_NOUN:
        name = name[bare.end() :]
    # "Department of justice national strategies": lower-case words after a name are not
    # its own, but a body's noun ("the Senate Appropriations committee").
    while (m := _TRAILING_LOWER.search(name)) and m.group(1) not in org_heads():
        name = _TRAILING_FRAGMENT.sub("", name[: m.start()])
    if not name or "@" in name or re.search(r"\.(?:org|com|gov|net|edu)\b", name):
        return None
    words = _words(name)
    # "Sen Landrieu", "U S Sen Dick Durbin D IL": a person named with a form of address.
    first = next((w for w in words if w not in ("U", "S", "U.S.")), "")
    if not words or not any(w[:1].isupper() for w in words) or is_honorific(first):
        return None
    # "PR Specialist", "U S Senators": a title; "Department of Justice", "Office of General
    # Counsel" end on a title word too, but are built on a body's noun.
    if singular(words[-1].lower()) in title_heads() and not head_of(name):
        return None
    # "... Department of Agriculture Former Governor": a title after the name is the title
    # of a person who follows; after "of" or "the" it is the name's own field.
    parts = name.split(" ")
    if parts[-1].lower() in title_heads() and parts[-1].lower() not in org_heads():
        k = len(parts) - 1
        # Not over a title's noun that is an "of" phrase's field: "Department of Justice|
        # Trial Attorney"; but "Office of General Counsel", "Office of Chief Counsel" are named
        # by one title.
        while (
            k > 1
            and (parts[k - 1].lower() in title_heads() or parts[k - 1].lower() in title_modifiers())
            and not (
                k > 2
                and parts[k - 2].lower() in ("of", "for")
                and parts[k - 1].lower() in title_heads() - title_modifiers()
            )
        ):
            k -= 1
        if parts[k - 1].lower() not in ("of", "for", "the") and head_of(" ".join(parts[:k])):
            name = _TRAILING_FRAGMENT.sub("", " ".join(parts[:k]))
            words = _words(name)
    if all(singular(w.lower()) in title_heads() for w in words):  # "CEO", "Chief Counsel"
        return None
    if _LAW.search(name):  # "the Clean Water Act", "H Con Res": laws, not bodies
        return None
    if not head_of(name) and _is_thing(words):
        return None
    if _furniture(name):  # "Press Release"
        return None
    # "Sarofim CISSarofim ComplaintSarofim ...": the titles of links, glued by a scraper.
    if sum(bool(_GLUED_WORDS.search(w)) for w in words) >= 2:
        return None
    # "Federal Funds Awarded To Albany Medical Center And ...": small words in capitals
    # inside make a headline's run, not a name, which writes them small.
    if not name.isupper() and any(w in _HEADLINE_SMALL_WORDS for w in words[1:]):
        return None
    # "the State", "across the Commonwealth": the state itself, a place, not a body of it.
    if len(words) == 1 and words[0].lower() in _POLITIES:
        return None
    if all(len(w) == 1 for w in words):  # "U S": the letters of a stripped "U.S."
        return None
    if all(w == "None" for w in words):  # what a scraper wrote for empty fields
        return None
    if len(words) == 1 and re.fullmatch(r"[\w.]+-[a-z]+", name):  # "EPA-issued", "House-passed"
        return None
    if all(w.lower().rstrip(".") in _COMPANY_SUFFIXES for w in words):  # "LLC"
        return None
    return name


_FURNITURE = load_lexicon("furniture.txt")
_ONE_WORD_STATES = sorted((st for st in STATE_NAMES if " " not in st), key=len, reverse=True)
_HEADLINE_SMALL_WORDS = {"To", "The", "Of", "For", "And", "In", "On", "With", "At", "By", "A"}
_POLITIES = {"state", "states", "commonwealth", "nation", "territory"}


def _furniture(name: str) -> bool:
    """Page furniture: a label as a whole ("Press Release"), a label of several words before
    more ("Press Releases Senator ..."), a one-word label before furniture or words a scraper
    glued ("Contact Press OfficePhone"); not a body whose name opens with the word of a
    label ("the Home News Tribune", "Home Depot")."""
    low = fold(name)
    if low in _FURNITURE:
        return True
    for f in _FURNITURE:
        if low.startswith(f) and not low[len(f) : len(f) + 1].isalpha():
            rest = name[len(f) :].strip()
            if " " in f or _furniture(rest) or _GLUED_WORDS.search(rest):
                return True
    return False


# Nouns that name a programme's benefit, a rule, a method, a treaty, a journal, a plan or a
# disease, which NER tags as bodies: "the Earned Income Tax Credit", "the Sentencing
# Guidelines", "the Enterprise Theory of ...", "the Convention on International Trade in
# ...", "the Federal Register", "the Federal Response Plan", "Chronic Obstructive Pulmonary
# Disease".
_THING_NOUNS = {
    "credit", "credits", "guidelines", "theory", "doctrine", "principles", "index", "convention",
    "register", "plan", "plans", "disease", "diseases", "syndrome", "disorder", "disorders",
}  # fmt: skip


def _is_thing(words: list[str]) -> bool:
    """A name built on a noun of things, not of bodies (see _THING_NOUNS); a law's name with
    more words after it ("... Affordability Act Small Business Health", a headline's run);
    a model or serial number inside ("C 130J Super Hercules": a product)."""
    before_of = words[: next((k for k, w in enumerate(words) if w in ("of", "for")), len(words))]
    return (
        before_of[-1].lower() in _THING_NOUNS
        or any(w in ("Act", "Acts") for w in words[1:-1])
        or any(w[:1].isdigit() for w in words[1:])
    )


# Names of laws and bills, which NER tags as organizations.
_LAW = re.compile(r"\b(?:Acts?|Amendments?|Resolution|Bill|Code|Con\s+Res)(?:\s+of\s+\d{4})?$")
# A possessive inside a name, its apostrophe kept or stripped by a scraper: "Justice
# Department's Criminal Division", "Justice Departments Criminal Division",
# "U.S. Department of the Interiors Bureau of Safety".
# ("Business Library" has none: no possessive s follows an s).
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=[a-rt-z])s|(?<=[A-Z])s)\s+(?=[A-Z])")


_OWNER_HEADS = {
    "department", "division", "bureau", "agency", "ministry", "administration", "command",
}  # fmt: skip
# Heads a body does not take in the plural ("Citizenship and Immigration Services" does).
_SINGLE_HEADS = _OWNER_HEADS | {"commission"}


def _two_bodies(name: str, known: set[str] = frozenset()) -> tuple[str, str] | None:
    """Two full names joined by "and", each ending in its own head noun; not "Department of
    Health and Human Services", whose first part goes on in an "of" phrase, unless the
    text names one of the two parts alone elsewhere ("University of Tennessee and Oak
    Ridge National Laboratory")."""
    m = re.search(r"\s(?:and|&)\s", name)
    if not m:
        return None
    left, right = name[: m.start()], name[m.end() :]
    lw, rw = _words(left), _words(right)
    if {fold(left), fold(right)} <= _CHAMBERS:  # "the House and Senate"
        return left, right
    if len(lw) < 2 or len(rw) < 2:
        return None
    if not _is_head(rw[-1]):
        return None
    if any(w.lower() in ("of", "for") for w in lw):
        # "Office of Regulatory Audit and Office of Chief Counsel": a second "Head of".
        opens = rw[0].lower() in org_heads() and len(rw) > 2 and rw[1].lower() in ("of", "for")
        evidence = fold(left) in known or fold(right) in known
        return (left, right) if head_of(left) and (opens or evidence) else None
    return (left, right) if _is_head(lw[-1]) else None


def _is_suffix(word: str) -> bool:
    return word.lower().rstrip(".") in _COMPANY_SUFFIXES


def _is_head(word: str) -> bool:
    """A body's noun or a company's suffix ("Iron Mountain Incorporated")."""
    low = word.lower().rstrip(".")
    return low in org_heads() or low in _COMPANY_SUFFIXES


def split_possessive(name: str) -> tuple[str, str] | None:
    """ "Justice Departments Criminal Division" -> ("Justice Department", "Criminal
    Division"), when both halves read as bodies; None otherwise.

    Without its apostrophe a possessive looks like a plural ("Armed Services Committee"),
    so a stripped one is taken only after a head that names owners of units
    (Department, Division, ...), an acronym ("FBIs") or the one word of an "of the"
    phrase ("Department of the Interiors"), and before a unit of two words or more.
    """
    for m in _POSSESSIVE.finditer(name):
        owner, owned = name[: m.start()], name[m.end() :]
        if len(owned) <= 3 or not (head_of(owned) or is_acronym(owned.split()[0])):
            continue
        last = owner.split()[-1]
        if m.group().startswith(("'", "’")):
            if head_of(owner) or is_acronym(last):
                return owner, owned
        # "Veterans Affairs Medical Center": a plural, as its plural next word shows.
        elif (
            len(owned.split()) >= 2
            and (not owned.split()[0].endswith("s") or is_acronym(last))
            and (
                last.lower() in _OWNER_HEADS
                or is_acronym(last)
                or re.search(r"\b(?:of|for)(?: the)? [A-Z]\w+$", owner)
                # "Homeland Securitys": no plural ends so ("Securities"), a possessive does
                or (re.search(r"[b-df-hj-np-tv-z]y$", last) and head_of(owner))
            )
        ):
            return owner, owned
    return None


_TRAILING_HONORIFIC = re.compile(r"\s+(?:and\s+)?(?:Mr|Mrs|Ms|Dr|Prof)\.?$")
# After a body's head noun, "of/for/on (the) Capitalized Words" continues its name; "in"
# only before a region ("Programme in Central Asia"), as before a town or county it says
# where the body is ("Fire Company in Prince George's County"):
# "Ministry of Internal Affairs of the Republic of Croatia", "Office for Europe and Central Asia".
# Names never run across a line break: [ ] rather than \s. A scraper may glue "of" to the
# next word ("for the Western District ofTexas").
_CONTINUATION = re.compile(
    r"[ ]+(?:(?:of|for|on|in)[ ]+|of(?=[A-Z][a-z]))(?:the[ ]+)?[A-Z][\w'’-]*(?:\.(?=\w)[\w'’-]*)*"
    r"(?:[ ]+(?:and[ ]+|&[ ]+)?[A-Z][\w'’-]*(?:\.(?=\w)[\w'’-]*)*)*"
)
_WORD = r"[A-Z][\w'’-]*"
_OF_POSSESSIVE = re.compile(r"(.+?)[ ](?:of|for)[ ](?:the[ ])?([A-Z]{2,8}(?:['’]s|s)[ ][A-Z].*)$")
# "the (U.S.) Food and |Drug Administration", "ATP Oil & |Gas Corporation": the model split
# a name at its "and". An acronym or "U.S." may lead; the words before "and" are a field.
_AND_BEFORE = re.compile(
    r"(?<![\w.-])(?:(?:[A-Z]{2,6}|U\.S\.)[ ])?(?:[A-Z][a-z][\w'’-]*[ ]){1,4}(?:and|&)[ ]$"
)
_ACRONYM_BEFORE = re.compile(r"(?<![\w.&])([A-Z][A-Z&]{1,7})(?:['’]?s)?[ ]+$")
_CHAMBER_BEFORE = re.compile(r"(?<![\w.-])(?:Senate|House)[ ]$")
_PLURAL_POSSESSIVE_BEFORE = re.compile(r"(?<![\w-])[A-Z][a-z]+s['’][ ]$")  # "Veterans' |Affairs"
_HYPHEN_BEFORE = re.compile(r"[A-Z][\w]*-$")
_COMPOUND_BEFORE = re.compile(r"(?<![\w.-])[A-Z][a-z]+-[A-Z][a-z]+[ ]$")
_HYPHEN_AFTER = re.compile(r"^-[\w]+")
_LAW_WORDS = {"act", "bill", "amendment", "resolution"}
# The rest of a law's name after a name: capitalized words (and an acronym) up to "Act".
_LAW_AFTER = re.compile(
    r"(?:[ ]+\(?([A-Z]{2,8})\)?)?(?:[ ]+(?:[A-Z][\w'’-]*|and|of|&)){0,6}?[ ]+(?:Act|Bill)\b"
)
_SUFFIX_AFTER = re.compile(
    r",?[ ](?:Inc\.?|Incorporated|LLC|L\.L\.C\.|LP|L\.P\.|LLP|PLLC|P\.C\.|PC|Ltd\.?|Corp\.?|PLC)"
    r"(?![\w-])"
)
_RUN_TO_SUFFIX = re.compile(rf"(?:[ ]{_WORD}){{1,3}}({_SUFFIX_AFTER.pattern})")
_COMMITTEE = re.compile(r"[ ]+(?:sub)?committee\b")
_NAME_PREPOSITIONS = {"of", "for", "on", "in"}
# Titles whose "of" phrase names a portfolio, not a body: "Secretary of State for ...".
_PORTFOLIO_TITLES = {"secretary", "secretaries", "minister", "ministers", "undersecretary"}
# An item of a list of fields inside a name: a capitalized word, not an acronym.
_FIELD = r"[A-Z][a-z][\w'’-]*"


def _separator(stripped: bool) -> str:
    """What separates the items of a list: a comma, or in text whose punctuation a scraper
    stripped, the run of spaces it left ("Health  Education  Labor and Pensions")."""
    return r"(?:,[ ]+|[ ]{2,})" if stripped else r",[ ]+"


# What the model tags as a work, a product, a law or an event among the words of a name is
# noise ("Tobacco, |Firearms and Explosives" a WORK_OF_ART); bodies, people, places and
# numbers are not.
_NOISE_LABELS = ("", "WORK_OF_ART", "PRODUCT", "LAW", "EVENT")


def _has_date(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.ent_type_ in ("DATE", "TIME") for t in span)


def _untagged(doc: Doc, start: int, end: int, labels: tuple[str, ...] = _NOISE_LABELS) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and all(t.ent_type_ in labels for t in span if not t.is_space)


def _list_before(doc: Doc, text: str, start: int, end: int, stripped: bool) -> int:
    """Where a name begins that lists fields before its last ones: "Senate Banking, Housing,
    and |Urban Affairs Committee", "Health, Education, |Labor and Pensions Committee".
    The fields are words no entity claims; the list must open after a lower-case word."""
    sep = _separator(stripped)
    name = text[start:end]
    if re.match(rf"{_WORD}(?: {_WORD})*[ ](?:and|&)[ ]", name):
        tail = rf"(?:{_FIELD}{sep}){{1,4}}$"  # the entity holds the list's "and"
    else:
        tail = rf"{_FIELD}(?: {_FIELD}){{0,2}}(?:{sep}{_FIELD}){{1,4}},?[ ]+(?:and|&)[ ]$"
    m = re.compile(rf"(?<![\w.'’-]){tail}").search(text, max(0, start - 80), start)
    if not m or "\n" in m.group():
        return start
    lo = max(0, m.start() - 20)
    before = re.search(r"(\S+)[ ]+$", text[lo : m.start()])
    # "the Senate Banking, Housing and Urban Affairs Committee": a chamber opens the list,
    # which the model may have tagged with it as a body of its own.
    if before and fold(before.group(1)) in _CHAMBERS:
        chamber = lo + before.start(1)
        return chamber if _untagged(doc, chamber, start, (*_NOISE_LABELS, "ORG")) else start
    if before and (not before.group(1).islower() or before.group(1) in _NAME_PREPOSITIONS):
        return start
    if not _untagged(doc, m.start(), start):
        return start
    return m.start()


def _list_after(doc: Doc, text: str, start: int, end: int, stripped: bool) -> int:
    """ "Bureau of Alcohol|, Tobacco, Firearms and Explosives", "Subcommittee on Commerce|
    Justice and Science": the rest of a list of fields inside a name."""
    if not re.search(r"\b(?:of|for|on)\b", text[start:end]):
        return end
    sep = _separator(stripped)
    last_field = rf"{_FIELD}(?![\w'’-])(?![ ][A-Z])"
    m = re.compile(rf"(?:{sep}{_FIELD}){{1,4}},?[ ]+(?:and|&)[ ]+{last_field}").match(text, end)
    if not m or "\n" in m.group():
        return end
    last = doc.char_span(m.end() - 1, m.end(), alignment_mode="expand")
    if not _untagged(doc, end, m.start() + m.group().rfind(" ")) or (
        last is not None and last[0].ent_type_ not in (*_NOISE_LABELS, "ORG")
    ):
        return end
    return m.end()


_NATIONAL = re.compile(r"(?:U\.S\.|US|U S)[ ]")
# The run of capitals a unit's name makes, to where they end.
_OWNED_RUN = re.compile(rf"(?:[ ]{_FIELD}){{1,3}}(?![\w'’-])(?![ ]+[A-Z])")
_AND_TO_HEAD = re.compile(rf"[ ]+(?:and|&)[ ]+{_FIELD}(?:[ ]+(?:[A-Z]{{2,8}}|{_WORD})){{1,3}}")


def _and_to_head(doc: Doc, text: str, start: int, end: int) -> int:
    """ "the Senate Health  Education  Labor| and Pensions  HELP  Committee": a name cut
    before the "and" of its fields, its head noun after it."""
    words = text[start:end].split()
    if len(words) < 2 or _is_head(words[-1]) or not re.fullmatch(_FIELD, words[-1]):
        return end
    m = _AND_TO_HEAD.match(text, end)
    if not m or "\n" in m.group():
        return end
    for w in re.finditer(r"\S+", m.group()):
        if w.group().lower() in org_heads():
            stop = end + w.end()
            return stop if _untagged(doc, end, stop, (*_NOISE_LABELS, "ORG")) else end
    # "U.S. Immigration| and Customs Enforcement": a national body named by its fields
    # alone, no head noun; what follows "and" ends where the capitals do, or after the
    # unit its possessive owns ("... Customs Enforcements Homeland Security Investigations").
    after = m.group().split()
    if not _NATIONAL.match(text, start) or len(words) != 2:
        return end
    stop = end + len(re.match(r"[ ]+\S+[ ]+\S+[ ]+\S+", m.group()).group())
    if len(after) > 3 and after[2].endswith("s"):
        owned = _OWNED_RUN.match(text, stop)
        stop = owned.end() if owned else end
    elif len(after) > 3:
        return end
    fields = all(re.fullmatch(_FIELD, w) for w in after[1:3])
    return stop if fields and _untagged(doc, end, stop, (*_NOISE_LABELS, "ORG")) else end


def _spelled_tail(words: list[str], acronym: str) -> bool:
    """Whether an acronym spells the initials of the last words of a name."""
    return any(initials(words[k:]) == acronym for k in range(len(words)))


def _run_after(doc: Doc, end: int) -> int:
    """Capitalized words the model left out after a name: "Boston Division| Cyber Task
    Force" (the run ends on a body's noun), "Northrop| Grumman plant" (one proper noun
    before a lower-case word, after a one-word name). Words of titles, people and other
    entities end the run."""
    doc_end = doc.char_span(end - 1, end, alignment_mode="expand")
    if doc_end is None:
        return end
    i = doc_end.end
    run = []
    while i < len(doc):
        t = doc[i]
        if (
            not t.is_title
            or t.ent_type_
            or t.is_sent_start
            or doc[i - 1].whitespace_ != " "
            or doc[i - 1].is_space
            or singular(t.lower_) in title_heads()
            or t.lower_ in title_modifiers()
            or is_honorific(t.text)
        ):
            break
        run.append(t)
        i += 1
    if not run or len(run) > 4:
        return end
    last_two = " ".join(t.lower_ for t in run[-2:])
    if run[-1].lower_ in org_heads() or (len(run) > 1 and last_two in org_heads()):
        return run[-1].idx + len(run[-1])
    first = doc_end[0]
    while first.i > 0 and first.ent_iob_ == "I":
        first = doc[first.i - 1]
    nxt = doc[run[-1].i + 1] if run[-1].i + 1 < len(doc) else None
    # ", Internal Revenue Service| Criminal Investigation, U.S. Postal Inspection Service": an
    # item of a list of bodies runs to the comma that ends it, after a body's noun.
    if (
        len(run) <= 3
        and first.i > 0
        and doc[first.i - 1].text == ","
        and nxt is not None
        and nxt.text == ","
        and _is_head(doc_end[-1].text)
    ):
        return run[-1].idx + len(run[-1])
    if (
        len(run) == 1
        and doc_end.end - first.i == 1
        and run[0].pos_ == "PROPN"
        and not head_of(first.text)
        and not first.is_upper
        and nxt is not None
        and nxt.is_lower
        and nxt.pos_ == "NOUN"
    ):
        return run[0].idx + len(run[0])
    return end


def _place_before(doc: Doc, start: int) -> int:
    """ "the Walker County, Texas, |Sheriffs Office": a body named by a generic noun phrase
    after the place it serves, which the model tagged as a place."""
    first = doc.char_span(start, start + 1, alignment_mode="expand")
    if first is None:
        return start
    i = first.start
    k = i - 1
    if k >= 1 and doc[k].text == "," and doc[k - 1].ent_type_ == "GPE":  # ", Texas,"
        k -= 1
        while k > 0 and doc[k].ent_iob_ == "I":  # "Warwick, Rhode Island,"
            k -= 1
        k -= 1
        if k >= 1 and doc[k].text == ",":
            k -= 1
    if k < 0 or doc[k].ent_type_ not in ("GPE", "LOC") or not doc[k].text[:1].isupper():
        return start
    while k > 0 and doc[k].ent_iob_ == "I" and doc[k - 1].text[:1].isupper():
        k -= 1
    return doc[k].idx


# Words of the bodies every place has: "(Tupelo, Mississippi,) Police Department", "(Forrest
# County, Mississippi,) District Attorneys Office".
_LOCAL_BODY_WORDS = {"police", "fire", "district", "county", "city", "state", "highway", "patrol"}


def _generic(name: str, lower_words: set[str]) -> bool:
    """A name made only of common nouns, titles and a body's noun: "Sheriffs Office"."""
    words = [w.lower().rstrip("'’").removesuffix("'s").removesuffix("’s") for w in _words(name)]
    return bool(words) and all(
        w in lower_words or w in org_heads() or w in _LOCAL_BODY_WORDS
        or singular(w.removesuffix("s")) in title_heads()
        or singular(w) in title_heads()
        for w in words
    )  # fmt: skip


def _is_owner(word: str) -> bool:
    """A stripped possessive of a head that names owners of units: "Divisions"."""
    return word.endswith("s") and word[:-1].lower() in _OWNER_HEADS


def _and_before(text: str, start: int) -> int:
    """Where a name begins that the model cut at its "and": "the (U.S.) Food and |Drug
    Administration". The longest run of words before "and" that follows a word ending in
    lower case (not an acronym, nor a preposition) and holds no owner's possessive."""
    lo = max(0, start - 60)
    while m := _AND_BEFORE.search(text, lo, start):
        before = re.search(r"(\S+)[ ]+$", text[max(0, m.start() - 20) : m.start()])
        word = before.group(1) if before else ""
        # After "of" the words before "and" end another name ("University of Tennessee and
        # |Oak Ridge ..."), unless an acronym or "U.S." opens a new one ("of U.S. Customs and").
        opens = re.match(r"[A-Z]{2,6} |U\.S\. ", m.group())
        # "the DOLs |Veterans Employment and", "the Civil Rights Divisions |Immigrant and": an
        # owner's possessive, its apostrophe stripped, ends no name either.
        owner = re.fullmatch(r"[A-Z]{2,8}['’]?s", word) or _is_owner(word)
        inside = any(_is_owner(w) for w in m.group().split())
        # "the Secretary of |Health and Human Services": a portfolio, after a title's "of".
        portfolio = word == "of" and re.search(
            r"(\w+)[ ]+of[ ]+$", text[max(0, m.start() - 30) : m.start()]
        )
        if portfolio and portfolio.group(1).lower() in _PORTFOLIO_TITLES:
            return m.start()
        if not inside and (
            not word or owner or (word[-3:].islower() and (word not in _NAME_PREPOSITIONS or opens))
        ):
            return m.start()
        lo = m.start() + 1
    return start


def _repair(
    doc: Doc,
    text: str,
    start: int,
    end: int,
    regions: set[int],
    stripped: bool,
    lower_words: set[str],
) -> tuple[int, int]:
    """Entity boundaries as the model often gets them wrong, set right from the text."""
    if m := _HYPHEN_BEFORE.search(text[max(0, start - 20) : start]):  # "Nur-|Sultan Police"
        start -= len(m.group())
    # "the Service-Disabled |Veteran-Owned Small Business Contracting Program"
    m = _COMPOUND_BEFORE.search(text, max(0, start - 30), start)
    if m and head_of(text[start:end]):
        start = m.start()
    m = _ACRONYM_BEFORE.search(text[max(0, start - 12) : start])
    # "UNDRR |Regional Office", "FBIs |Boston Division", "R&S |Community Mental Health Inc."
    if m and (head_of(text[start:end]) or _is_head(_words(text[start:end])[-1])):
        start -= len(m.group())
    # "the Senate |COPD Caucus": a chamber before its caucus or committee, which a pattern
    # for an acronym and a head noun left out.
    m = _CHAMBER_BEFORE.search(text, max(0, start - 8), start)
    if m and _is_head(_words(text[start:end])[-1]):
        start = m.start()
    m = _PLURAL_POSSESSIVE_BEFORE.search(text, max(0, start - 30), start)
    if m and head_of(text[start:end]):
        start = m.start()
    if m := _HYPHEN_AFTER.match(text[end : end + 20]):  # "Public and Non|-profit Management"
        end += len(m.group())
        n = re.match(r"\s+[A-Z][\w]*", text[end:])
        # "DOT-|OIG": an acronym's second part; the word after it is not the name's.
        if (
            n
            and not m.group()[1:].isupper()
            and singular(n.group().strip().lower()) not in (title_heads() | title_modifiers())
        ):
            end += len(n.group())
    # A bare noun is no name's end: "Guard and |Reserve" are two.
    if head_of(text[start:end]) and " " in text[start:end].strip():
        start = _and_before(text, start)
    if head_of(text[start:end]):
        start = _list_before(doc, text, start, end, stripped)
    if _generic(text[start:end], lower_words) and head_of(text[start:end]):
        start = _place_before(doc, start)
    # "Direct Air and| Tours": a name cut after its "and".
    if re.search(r"[ ](?:and|&)$", text[start:end]) and not head_of(text[start:end]):
        m = re.match(rf"(?:[ ]{_FIELD})+", text[end:])
        if m and not any(singular(w.lower()) in title_heads() for w in m.group().split()):
            end += len(m.group())
    end = _list_after(doc, text, start, end, stripped)
    end = _and_to_head(doc, text, start, end)
    # "Bureau of Safety| and Environmental Enforcement (BSEE)": the acronym vouches for it.
    spelled = rf"[ ](?:and|&)[ ]((?:{_WORD}[ ]?)+?)[ ]*\(([A-Z]{{2,8}})\)"
    m = re.match(spelled, text[end : end + 80])
    if m and _spelled_tail(_words(text[start:end] + " " + m.group(1)), m.group(2)):
        end += m.start(1) + len(m.group(1).rstrip())
    while head_of(text[start:end]) and (m := _CONTINUATION.match(text, end)):
        if m.group().split()[0] == "in" and not regions & set(range(m.start(), m.end())):
            break
        if len(text[start : m.end()].split()) > 14:
            break
        if _has_date(doc, m.start(), m.end()):  # "Walter Reed Medical Center| on Nov. 2"
            break
        end = m.end()
    end = _run_after(doc, end)
    # "the Senate Appropriations committee": a chamber's committee, its noun in lower case
    # ("a Senate subcommittee" names none).
    words = text[start:end].split()
    if len(words) > 1 and fold(words[0]) in _CHAMBERS and (m := _COMMITTEE.match(text, end)):
        end = m.end()
    # "Iron Mountain Information Management|, LLC", "Transportation Services| Providers Inc.":
    # a company's legal suffix, after words no other entity claims.
    if (m := _SUFFIX_AFTER.match(text, end)) or (
        (m := _RUN_TO_SUFFIX.match(text, end))
        and _untagged(doc, end, m.start(1), (*_NOISE_LABELS, "ORG"))
    ):
        end = m.end()
    return start, end


def _common_words_only(name: str, lower_words: set[str]) -> bool:
    """A capitalized phrase whose words the text also writes in lower case ("Disaster Risk
    Reduction", "Regional Cooperation") is a topic, not a body. Short words count but
    acronyms ("NIE Assessment"): "the Air Force" in a text that says "force" is a body."""
    words = [w.lower() for w in _words(name) if len(w) >= 4 or (len(w) == 3 and w.istitle())]
    return bool(words) and all(w in lower_words for w in words)


def _acronyms_in_lists(doc: Doc, taken: list[tuple[int, int]]) -> list[OrgMention]:
    """ "UNICEF, UNDRR, UNDP, UNESCO, IFRC": an unknown acronym listed beside bodies is one."""
    out = []
    org_tokens = {t.i for e in entities(doc) if e.label_ == "ORG" for t in e}
    for tok in doc:
        if not (tok.is_upper and tok.is_alpha and 3 <= len(tok) <= 8) or tok.ent_type_:
            continue
        if tok.lower_ in title_heads():  # "president and CEO of TERI"
            continue
        prev = tok.i - 1
        while prev >= 0 and (doc[prev].is_space or doc[prev].text == "."):
            prev -= 1
        if prev >= 0 and is_honorific(doc[prev].text):  # "SENS. MIKULSKI, CARDIN"
            continue
        if any(s <= tok.idx < e for s, e in taken):
            continue
        if "-" in (
            doc[tok.i - 1].text if tok.i else "",
            doc[tok.i + 1].text if tok.i + 1 < len(doc) else "",
        ):
            continue  # a part of "ATP-IP"
        near = [doc[k] for k in (tok.i - 2, tok.i - 1, tok.i + 1, tok.i + 2) if 0 <= k < len(doc)]
        listed = any(t.text in (",", "(", "and") for t in near[1:3])
        if listed and any(t.i in org_tokens for t in near):
            out.append(OrgMention(tok.text, (tok.idx, tok.idx + len(tok))))
    return out


_NAMED_BY_NOUN = {"senate", "congress", "parliament", "government", "cabinet", "assembly"}
_CHAMBERS = {"senate", "house"}


def _surnames(doc: Doc) -> set[str]:
    """Last words of the people the text names, and of what the model tagged PERSON, with a
    stripped possessive's s off ("Cookes"): NER also tags "Corker" or "Steven Walter Cooke"
    as ORG."""
    out = set(doc._.pm_person_words) | {fold(p.name) for p in doc._.pm_people}
    for ent in entities(doc):
        if ent.label_ in ("ORG", "PERSON", "GPE") and with_age(text_of(doc), ent.end_char):
            out.add(fold(ent.text))
            out.add(fold(ent[-1].text))
    # What the model also calls a body is no evidence of a person: "Kwong Tung Foods".
    bodies = {e.text for e in entities(doc) if e.label_ == "ORG"}
    for ent in entities(doc):
        if ent.text in bodies:
            continue
        # "Bob Corker  R": the party letter of a stripped "(R-TN)" is no part of the name.
        words = [t for t in ent if t.is_alpha and len(t) > 1]
        if ent.label_ == "PERSON" and 1 <= len(words) <= 4 and all(t.is_title for t in words):
            last = fold(words[-1].text)
            if len(last) > 2 and singular(last) not in title_heads():
                out.add(last)
                out.add(last.removesuffix("s"))
    return out


def _is_person_like(name: str, surnames: set[str]) -> bool:
    words = _words(name)
    if not words or head_of(name) or is_acronym(name):
        return False
    last = fold(words[-1])
    return all(w[:1].isupper() for w in words) and (
        last in surnames or last.removesuffix("s") in surnames
    )


def _term_acronyms(text: str) -> set[str]:
    """Acronyms the text defines for a common phrase, not a body: "a FBI online covert
    employee (OCE)", "a cleared American guard (CAG)", "methylprednisolone acetate (MPA)"."""
    out = set()
    for m in re.finditer(r"\(([A-Z]{2,8})\)", text):
        acr = m.group(1)
        words = re.findall(r"[A-Za-z][\w'’-]*", text[max(0, m.start() - 120) : m.start()])
        phrases = (words[k:] for k in range(len(words) - 1, max(-1, len(words) - 12), -1))
        phrase = next((p for p in phrases if _spells(acr, p)), None)
        if phrase and any(w.islower() and w not in STOPWORDS for w in phrase):
            out.add(acr)
        # "methylprednisolone acetate (MPA)": a term whose letters come from inside its
        # words; fewer words than letters, all in lower case, first and last letters right.
        for k in range(1, len(acr)):
            tail = words[-k:]
            if (
                len(tail) == k
                and all(w.islower() and w not in STOPWORDS for w in tail)
                and (tail[0][0], tail[-1][0]) == (acr[0].lower(), acr[-1].lower())
            ):
                out.add(acr)
    return out


def _spells(acr: str, words: list[str]) -> bool:
    """Whether the initials of `words` spell `acr`, small words counted or not."""

    def go(i: int, k: int) -> bool:
        if k == len(words):
            return i == len(acr)
        w = words[k]
        hit = i < len(acr) and w[0].upper() == acr[i]
        if w.lower() in STOPWORDS:
            return (hit and go(i + 1, k + 1)) or go(i, k + 1)
        return hit and go(i + 1, k + 1)

    return len(words) <= 2 * len(acr) and go(0, 0)


def _party_state(doc: Doc, i: int) -> bool:
    """ "Chris Dodd (D-CT)", stripped to "Dodd  D CT": a state after a party letter; "Sen.
    Pete Domenici (NM)", "Heather Wilson (NM-01)": a state's code in parentheses after a
    person's name."""
    j = i - 1
    while j >= 0 and (doc[j].is_space or doc[j].text == "-"):
        j -= 1
    if j >= 0 and doc[j].text in ("D", "R", "I"):
        return True
    return (
        j >= 1
        and doc[j].text == "("
        and doc[j - 1].ent_type_ == "PERSON"
        and doc[i].text in POSTAL_CODES
    )


def _named_elsewhere(org_texts: dict[str, list[int]], start: int, end: int) -> set[str]:
    """Names the model tagged as bodies outside text[start:end]."""
    return {n for n, starts in org_texts.items() if any(not start <= s < end for s in starts)}


def _acronym_after_the(doc: Doc, ent) -> bool:
    """ "the VA has the resources": letters the model took for a state's code, after "the",
    name a body (a place's code never takes "the"; the U.S. and the UK do)."""
    text = ent.text
    return (
        len(ent) == 1
        and re.fullmatch(r"[A-Z]{2,5}", text) is not None
        and fold(text) not in _COUNTRY_CODES
        and ent.start > 0
        and doc[ent.start - 1].lower_ == "the"
    )


_COUNTRY_CODES = {"us", "usa", "uk", "uae", "eu", "ussr", "prc", "drc", "dprk", "rok"}


def _locate(text: str, name: str, lo: int, hi: int) -> tuple[int, int]:
    """Where a cleaned name (single spaces, no "the") stands in text[lo:hi]."""
    at = text.find(name, lo, hi)
    if at >= 0:
        return at, at + len(name)
    pattern = r"\s+".join(re.escape(w) for w in name.split())
    m = re.compile(pattern).search(text, lo, hi)
    return m.span() if m else (lo, lo + len(name))


def collect(doc: Doc, person_chars: set[int]) -> list[OrgGroup]:
    text = text_of(doc)
    stripped = bool(doc._.pm_stripped)
    mentions: list[OrgMention] = []
    coordinated, covered = expand_coordination(text)
    # Words of places in the text: a longer name that only adds these is the same body
    # ("Interior Ministry" ~ "Interior Ministry of Kazakhstan").
    place_ents = [e for e in entities(doc) if e.label_ in ("GPE", "LOC", "NORP")]
    place_words = {w for e in place_ents for w in signature(e.text)}
    place_names = {fold(clean(e.text)) for e in place_ents}
    lower_words = doc._.pm_lower_words
    regions = {e.start_char for e in entities(doc) if e.label_ == "LOC"}
    # People the text names, whole or by surname: NER often tags "Nicholson" as ORG.
    surnames = _surnames(doc)
    org_texts: dict[str, list[int]] = {}
    for e in entities(doc):
        if e.label_ == "ORG":
            org_texts.setdefault(fold(clean(e.text)), []).append(e.start_char)
    terms = _term_acronyms(text) | common_acronyms(doc)
    # Names listed among places, or after "in" after a body's name, are places.
    places = {start for start, _ in listed_places(doc)}
    inner_spans: set[tuple[int, int]] = set()
    for ent in entities(doc):
        if ent.label_ == "GPE" and _acronym_after_the(doc, ent):
            mentions.append(OrgMention(ent.text, (ent.start_char, ent.end_char)))
        # "Caremark L.L.C., a pharmacy benefit management company": a company's legal
        # suffix makes a body of what the model took for a person.
        company = ent.label_ == "PERSON" and len(ent) > 1 and _is_suffix(ent[-1].text)
        if ent.label_ not in ORG_LABELS and not company:
            continue
        if ent.start in places or located_after_body(doc, ent.start, ent.end):
            continue
        if state_after_place(doc, ent.start, ent.end):  # "Lowell, MA"
            continue
        # A title before a name is not a body: "Interior" in "Deputy Interior Minister";
        # nor is a place before "region" ("the Abay region").
        nxt = doc[ent.end] if ent.end < len(doc) else None
        nxt_low = nxt.lower_ if nxt is not None else ""
        if (
            (len(ent) == 1 or (not head_of(ent.text) and nxt is not None and nxt.is_title))
            and not ent.text.isupper()
            and (nxt_low in title_heads() or nxt_low in PLACE_NOUNS)
        ):
            continue
        # "Kathy Tomes, 61, of |Sandoval": a person's home town; "the city of |Karaganda",
        # "the people of |Appalachia".
        before = text[max(0, ent.start_char - 20) : ent.start_char]
        place_of = any(p.search(before) for p in (_HOME_TOWN_BEFORE, _PLACE_OF_BEFORE, PEOPLE_OF))
        if place_of and not head_of(ent.text):
            continue
        # One word that is no proper name: "Nationally" (an adverb), "Reservists" (people).
        if len(ent) == 1 and (
            ent[0].pos_ in ("ADV", "ADJ", "VERB")
            or (ent[0].tag_ == "NNPS" and not ent.text.isupper() and not head_of(ent.text))
        ):
            continue
        # "the GI Bill": a word of a law's name; "the Traumatic Brain Injury program": the
        # name of what a body runs, not of a body.
        # "FY 2006 Transportation  Treasury ... Development  TTHUD  Appropriations Bill", "the
        # Uniformed Services| Employment and Reemployment Rights Act": the start of a law's
        # name; after a body's name, only a long one ("the Federal Reserve| Reform Act" names
        # the body).
        law = _LAW_AFTER.match(text, ent.end_char)
        if law and (not head_of(ent.text) or len(law.group().split()) >= 5):
            if law.group(1):
                terms.add(law.group(1))
            continue
        if nxt is not None and not head_of(ent.text):
            if nxt_low in _LAW_WORDS:  # "the AHP bill"
                continue
            if nxt.is_lower and nxt_low in org_heads() and not ent.text.isupper():
                continue
        # "Chris Dodd (D-CT)": a state, not a body.
        if (
            len(ent) == 1
            and ent.text.isupper()
            and len(ent.text) == 2
            and _party_state(doc, ent.start)
        ):
            continue
        # "Sens. MIKULSKI": a person named with a form of address.
        prev = ent.start - 1
        while prev >= 0 and (doc[prev].is_space or doc[prev].text == "."):
            prev -= 1
        if (
            prev >= 0
            and is_honorific(doc[prev].text)
            and doc[prev].text[:1].isupper()
            and not head_of(ent.text)
        ):
            continue
        if (
            named_as_person(doc, ent)
            and not is_acronym(ent.text)
            and not head_of(ent.text)
            and not _is_head(ent[-1].text)
        ):
            continue
        tokens = list(ent)
        # "Special Agent in |Charge Daniel L. Board (Jr. of the Bureau ...)": a title's end
        # and a person's name, before the body, if any, after "of".
        if tokens[0].lower_ == "charge" and doc[tokens[0].i - 1].lower_ == "in":
            of = next((k for k, t in enumerate(tokens) if t.lower_ == "of"), len(tokens))
            tokens = tokens[of + 1 :]
        # A body's name ends before a person's name: "School of Public Policy and Mr. Baimenov".
        # But "the Office of Senator Bob Corker" is that person's office.
        for k, t in enumerate(tokens):
            if t.idx in person_chars and not company:
                if not (k >= 2 and is_title_head(tokens[k - 1]) and tokens[k - 2].lower_ == "of"):
                    tokens = tokens[:k]
                break
        if not tokens:
            continue
        span = doc[tokens[0].i : tokens[-1].i + 1]
        # What is left of an entity that swallowed a name ("Kazakhstan Murat
        # Baimukashev") is a body only if it still reads as one.
        if len(tokens) < len(ent) and not (head_of(span.text) or is_acronym(span.text)):
            continue
        # "White House s Position On Documents": a stripped possessive ends the body's name;
        # "National Intelligence Estimate (NIE": so does an opening parenthesis.
        # But "Blythedale Children s Hospital": a possessive inside a body's name, after
        # words that name no body.
        cut = next((k for k, t in enumerate(tokens) if t.text in ("s", "(") and k), None)
        if cut is not None and not (
            tokens[cut].text == "s"
            and head_of(" ".join(t.text for t in tokens[cut + 1 :]))
            and not head_of(" ".join(t.text for t in tokens[:cut]))
        ):
            tokens = tokens[:cut]
        # "Director of National Intelligence  DNI": stripped text keeps a definition's
        # acronym after a run of spaces.
        if stripped and len(tokens) > 2 and tokens[-2].is_space and is_acronym(tokens[-1].text):
            tokens = tokens[:-2]
        while tokens and tokens[-1].is_space:
            tokens = tokens[:-1]
        if not tokens:
            continue
        after = doc[tokens[-1].i + 1 : tokens[-1].i + 3]
        # "Tennessee Congressional delegation": an adjective before a noun is no body.
        if tokens[-1].pos_ == "ADJ" and len(tokens) > 1 and after and after[0].is_lower:
            continue
        # "of Marlboro, New Jersey": a town the model took for a body.
        if (
            len(after) == 2
            and after[0].text == ","
            and after[1].ent_type_ == "GPE"
            and not head_of(" ".join(t.text for t in tokens))
        ):
            continue
        # A dateline swallowed into the entity: "WASHINGTON - Eleven alleged members".
        dash = [k for k, t in enumerate(tokens) if t.text in ("-", "–", "—") and t.whitespace_]
        if dash:
            tokens = tokens[dash[-1] + 1 :]
        if not tokens or all(t.like_num or t.lower_ in STOPWORDS for t in tokens):
            continue  # "MA - The": what a dateline's dash left
        # "(Assistant Secretary of) State (for Diplomatic Security)": a title's body part.
        before = [t for t in doc[max(0, tokens[0].i - 3) : tokens[0].i] if not t.is_space]
        if (
            len(before) >= 2
            and before[-1].lower_ in ("of", "for", "the")
            and any(t.lower_ in title_heads() for t in before[-3:])
            and (
                sum(t.lower_ not in STOPWORDS for t in tokens) <= 2
                or any(t.lower_ in _PORTFOLIO_TITLES for t in before)
            )
            and not head_of(" ".join(t.text for t in tokens))
            and not _is_head(tokens[-1].text)  # "chairman and CEO of Inyx Inc."
            and not is_acronym(tokens[0].text)
        ):
            continue
        # Words the model let into the start: "When Congress", "Former Fraud Section".
        while len(tokens) > 1 and (tokens[0].pos_ in _EDGE_POS or tokens[0].lower_ in _BEFORE):
            tokens = tokens[1:]
        span = doc[tokens[0].i : tokens[-1].i + 1]
        if any(s < span.end_char and span.start_char < e for s, e in covered):
            continue
        start, end = _repair(
            doc, text, span.start_char, span.end_char, regions, stripped, lower_words
        )
        name = mention_name(text[start:end])
        # "Earned Income Tax Credit (EITC)", "Chronic Obstructive Pulmonary Disease  COPD":
        # the acronym of what is no body is no body's either.
        # (In stripped text, only an acronym that spells the phrase: not "For Immediate
        # Release  WASHINGTON".)
        short = _SHORT_FORM.match(text, end)
        if not short and stripped and (m := _STRIPPED_ACRONYM.match(text, end)):
            short = m if _spells(m.group(1), _words(text[start:end])) else None
        if not name and short and is_acronym(short.group(1)):
            terms.add(short.group(1))
        if not name or fold(name) in place_names:  # "Karaganda" tagged ORG, a place elsewhere
            continue
        if not company and (fold(name) in surnames or fold(name).removesuffix("s") in surnames):
            continue  # "Nicholson", "Wilsons" (a possessive without its apostrophe)
        if (not company and _is_person_like(name, surnames)) or name in terms:
            continue
        # "the painkiller Opana", "the online alias Catfish"; "Michael Jackson, Freddie Mae
        # and Diana Ross": what the words around a name say it is.
        if fold(name) in things(doc) or listed_among_people(doc, ent):
            continue
        # "Manuel Martinez-Aguilar, aka El Lunatic", "Hamze El-Najjar, a/k/a ...": a
        # person's alias, or the person who has one; a company's is built on its noun.
        if (
            ALIAS_BEFORE.search(text, max(0, start - 8), start) or ALIAS_AFTER.match(text, end)
        ) and not (head_of(name) or _is_head(_words(name)[-1])):
            continue
        if fold(name) in named_as_people(doc) and not _is_head(_words(name)[-1]):
            continue
        if _in_caps_run(doc, span):
            continue
        if place_name(name) or PLACE_OF.fullmatch(name):
            continue
        # "Lease Block 711": a numbered thing, not a body; "245 Moreau St": an address.
        if (name.split()[-1][:1].isdigit() or name.split()[0].isdigit()) and not head_of(name):
            continue
        # A headline or clause read as a name: "Smith Works to Help Persons ...", "Lincoln
        # Biofuels Would ..."; a headline's verb before one: "Schumer: Rename Flushing Post
        # Office".
        if any(t.tag_ in ("VBZ", "VBD", "VBP", "MD") for t in span) and not head_of(name):
            continue
        if len(span) > 2 and span[0].tag_ == "VB" and name.startswith(span[0].text + " "):
            name = name[len(span[0].text) + 1 :]
        if (
            not _is_head(_words(name)[-1])  # "R&S Community Mental Health Inc."
            and not head_of(name)
            and not is_acronym(name)
            and _common_words_only(name, lower_words)
        ):
            continue
        # "Federal Funds Will Be Used For ...": a headline's capitals on a phrase the text
        # also writes in small letters ("in federal funds"), though it ends on a body's noun;
        # not one a qualifier follows ("the Housing Authority for the city of Royston").
        if (
            " " in name
            and not name.isupper()
            and not re.match(r"[ ]+(?:of|for)[ ]", text[end : end + 5])
            and re.search(rf"(?<![\w-]){re.escape(name.lower())}\b", text)
        ):
            continue
        # "the Drug Enforcement Administrations (DEA) New Orleans Field Office": one body,
        # defined by its acronym, and a possessive whose apostrophe was stripped.
        if (
            name.endswith("s")
            and name.split()[-1][:-1].lower() in _SINGLE_HEADS
            and (short := _SHORT_FORM.match(text, end))
            and is_acronym(short.group(1))
            and not short.group(1).endswith("s")
        ):
            name = name[:-1]
        start, end = _locate(text, name, start, end)
        pieces = [(name, (start, end))]
        # "Child Exploitation Section of ICEs Cyber Crime Center": a unit of a body named by
        # its owner's possessive; the unit is named whole, the body and its owner as below.
        owned_of, lo = name, start
        if (m := _OF_POSSESSIVE.match(name)) and head_of(m.group(1)):
            owned_of, lo = m.group(2), _locate(text, m.group(2), start, end)[0]
        # "Justice Department's Criminal Division"; "Stonehill College and Massasoit
        # Community College": two bodies in one entity.
        if parts := split_possessive(owned_of):
            pieces = pieces if owned_of is not name else []
            while parts:  # "Army CID's Fraud Resident Agency's Major Procurement Fraud Unit"
                owner, owned = parts
                o_span = _locate(text, owner, lo, end)
                w_span = _locate(text, owned, o_span[1], end)
                pieces.append((owner, o_span))
                if is_acronym(owner):  # "FBI's Boston Division" is the FBI Boston Division
                    if owned_of is not name:  # "... Section of ICEs |Cyber Crime Center"
                        pieces.append((owned, w_span))
                    owned, w_span = f"{owner} {owned}", (o_span[0], w_span[1])
                lo = w_span[0]
                parts = split_possessive(owned)
            pieces.append((owned, w_span))
        elif parts := _two_bodies(name, _named_elsewhere(org_texts, start, end)):
            l_span = _locate(text, parts[0], start, end)
            pieces = [(parts[0], l_span), (parts[1], _locate(text, parts[1], l_span[1], end))]
        for piece, p_span in pieces:
            mentions.append(OrgMention(piece, p_span))
            if len(pieces) > 1:
                inner_spans.add(mentions[-1].span)
            for inner in _inner(piece, p_span[0]):
                inner.span = _locate(text, inner.name, inner.span[0], p_span[1])
                mentions.append(inner)
                inner_spans.add(inner.span)
                # ... and "Counterespionage Section" is a short name of the whole.
                outer = _TRAILING_FRAGMENT.sub("", piece[: piece.find(inner.name)].rstrip())
                if head_of(outer) and len(outer.split()) >= 2:
                    mentions.append(OrgMention(outer, _locate(text, outer, p_span[0], p_span[1])))
                    inner_spans.add(mentions[-1].span)
    mentions = _units_of_owners(doc, mentions, place_names, inner_spans)
    mentions.extend(coordinated)
    mentions.extend(_acronyms_in_lists(doc, [m.span for m in mentions]))
    # A bare head word ("Committee") left from a longer name the text gives is a fragment;
    # "the Department", "the Institute" refer back to a body named in full. Only a few
    # bodies are named by their noun alone: the Senate, Congress, the Government.
    ends = {fold(m.name).split()[-1] for m in mentions if len(m.name.split()) > 1}
    mentions = [
        m for m in mentions
        if len(m.name.split()) > 1
        or not head_of(m.name)
        or (fold(m.name) not in ends and singular_head(fold(m.name)) in _NAMED_BY_NOUN)
    ]  # fmt: skip
    laws = _law_acronyms(text) | terms
    doc.user_data["pm_term_acronyms"] = laws  # no places either (locations.py)
    mentions = [m for m in mentions if m.name not in laws]
    mixed = {t.lower_ for t in doc if t.is_alpha and not t.is_upper}
    mentions = [m for m in mentions if not _shouted(m.name, mixed)]
    mentions = _drop_nested(mentions, inner_spans)
    return group(mentions, text, place_words | {"us"}, stripped)


# "Baltimore Office", "New Orleans Field Office": a unit named by the place it serves and
# its noun, which no body is without its owner.
_PLACE_UNIT = re.compile(
    r"(?P<place>[A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*){0,2}?)[ ]"
    r"(?P<kind>(?:Field|Resident|Area|Regional|District)[ ])?(?:Office|Division|Agency)"
)
# What stands between the owner and its unit: its acronym, or a comma; a possessive's s
# whose apostrophe a scraper stripped may end the owner's name.
_OWNER_TO_UNIT = re.compile(r"(?:['’]?s)?([ ]*\([A-Z][\w&.-]*\)[ ]*|,[ ]+)$")


def _units_of_owners(
    doc: Doc, mentions: list[OrgMention], place_names: set[str], keep: set[tuple[int, int]]
) -> list[OrgMention]:
    """ "the Drug Enforcement Administrations (DEA) New Orleans Field Office", "the Bureau of
    Alcohol, Tobacco, Firearms and Explosives, Baltimore Office": a place's office right
    after a body, with its acronym or a comma between, is that body's office, named by both.
    The owner stays a body of its own. After a comma, the place must be one the text names
    as a place, or the unit a field or resident office, which always serves one: "the
    Department of Justice, Criminal Division" names a division by its field."""
    text = text_of(doc)
    by_end = {m.span[1]: m for m in mentions}
    out = []
    for m in mentions:
        unit = _PLACE_UNIT.fullmatch(m.name)
        gap = _OWNER_TO_UNIT.search(text, max(0, m.span[0] - 16), m.span[0])
        place = unit and (
            "(" in (gap.group() if gap else "")
            or unit.group("kind")
            or fold(unit.group("place")) in place_names
        )
        owner = gap and (by_end.get(gap.start()) or by_end.get(gap.start(1)))
        # "the Defense Criminal Investigative Service, U.S. Department of Defense, Office of
        # Inspector General, Northeast Field Office": whose office a chain names is unclear.
        chain = owner and _OWNER_TO_UNIT.search(text, max(0, owner.span[0] - 16), owner.span[0])
        if not (place and owner) or _PLACE_UNIT.fullmatch(owner.name) or chain:
            out.append(m)
            continue
        # "Office of Inspector Generals (HHS-OIG) Miami Regional Office", "U.S. Secret
        # Services Washington Field Office": the owner's possessive s, its apostrophe
        # stripped, is no part of the unit's name: no plural ends a title or such a head,
        # nor is a plural name written elsewhere without its s.
        last = owner.name.split()[-1].lower()
        possessive = last.endswith("s") and (
            last[:-1] in title_heads() | title_modifiers() | _SINGLE_HEADS
            or re.search(rf"{re.escape(owner.name[:-1])}(?![\w'’])", text) is not None
        )
        owned_by = owner.name[:-1] if possessive else owner.name
        out.append(OrgMention(f"{owned_by} {m.name}", (owner.span[0], m.span[1])))
        keep.add(owner.span)
    return out


def _in_caps_run(doc: Doc, span) -> bool:
    """An entity read from a headline in capitals ("SENS. MIKULSKI, CARDIN ANNOUNCE"): the
    model's guesses there are noise; the body, if real, is named again in the text."""
    if not span.text.isupper():
        return False
    near = [t for t in doc[max(0, span.start - 4) : span.end + 4] if t.is_alpha]
    # Capitals with small words in them make a headline; a list of acronyms has none.
    return all(t.is_upper for t in near) and any(t.lower_ in STOPWORDS for t in near)


def _shouted(name: str, mixed: set[str]) -> bool:
    """Capitals of a headline or dateline ("BRISTOL RECEIVES ...", "EAST BOOTHBAY  MAINE",
    "... AT UNIVERSITY OF TENNESSEE"): words the text also writes in small letters are no
    acronym. A short one may be ("CARE", "ICE" beside "ice"), so one word needs five letters."""
    if not name.isupper():
        return False
    words = [w.lower() for w in re.findall(r"[A-Za-z]{2,}", name)]
    if len(words) == 1 and len(words[0]) < 5:
        return False
    return bool(words) and all(w in mixed for w in words)


def _drop_nested(mentions: list[OrgMention], keep: set[tuple[int, int]]) -> list[OrgMention]:
    """Entity pieces inside a longer mention are not bodies of their own, except the
    bodies a longer name names (see _inner)."""
    out = []
    for m in sorted(mentions, key=lambda m: (m.span[0], -m.span[1])):
        if m.span in keep or not any(
            o is not m and o.span[0] <= m.span[0] and m.span[1] <= o.span[1] and o.span != m.span
            for o in mentions
        ):
            out.append(m)
    return out


# "Department of Health and Human Services |Office of Inspector General ...": a second body's
# noun and its "of", after a name built on "of".
_UNIT_HEADS = {"office", "bureau", "division", "branch", "section", "unit"}
_UNIT_AFTER = re.compile(r"\s([A-Z][a-z]+)\s(?:of|for)\s")


def _inner(name: str, start: int) -> list[OrgMention]:
    """A body named inside another's name: "Karaganda Academy of the Ministry of Internal
    Affairs ..." also names the ministry; "Steering Committee of the Astana Civil Service Hub"
    names the hub; "Department of Health and Human Services Office of Inspector General"
    the department that owns the office."""
    owner = _owner_of_unit(name, start)
    m = re.search(r"\s(?:of|for)\s+(the\s+)?(?=[A-Z])", name)
    if not m:
        return owner
    inner = name[m.end() :]
    if not head_of(inner) or len(inner.split()) < 2:
        return owner
    # Without "the", what follows "of" is the outer body's field, not a body, unless it
    # opens with a body's noun: "Department of Transportation Office of Inspector General"
    # names no "Transportation Office"; "Academy of Ministry of ..." names the ministry.
    if not m.group(1) and inner.split()[0].lower() not in org_heads():
        return owner
    return [*owner, OrgMention(inner, (start + m.end(), start + len(name)))]


def _owner_of_unit(name: str, start: int) -> list[OrgMention]:
    """ "(U.S.) Department of Transportation Office of Inspector General": the owner, named
    by a head noun and its fields, before the unit's own head noun and "of"."""
    # Not "Forfeiture Section of the U.S. Attorneys |Office for ...": with "the", what
    # follows "of" is another body, whose own head noun comes next.
    first = re.search(r"\s(?:of|for)\s", name)
    if not first or name.startswith("the ", first.end()):
        return []
    for m in _UNIT_AFTER.finditer(name, first.end()):
        owner = name[: m.start()]
        if (
            m.group(1).lower() in _UNIT_HEADS  # not "University of ... |College of Business"
            and owner.split()[-1].lower() not in STOPWORDS  # "Office of Audit and |Office of"
            and head_of(owner)
            and len(owner.split()) >= 3
        ):
            return [OrgMention(owner, (start, start + len(owner)))]
    return []


# The name of a law, a treaty or an agreement: "the Americans with Disabilities Act", "a
# Memorandum of Understanding".
_LAW_NAME = re.compile(
    r"(?:[A-Z][\w'’-]*[ ](?:(?:of|with|for|and|on|the|to|in)[ ])*){1,8}(?:Act|Agreement|Treaty)\b"
    r"|Memorand(?:um|a)[ ]of[ ](?:Understanding|Agreement)"
)


def _law_acronyms(text: str) -> set[str]:
    """Acronyms a text defines for a law: "the Americans with Disabilities Act (ADA)"; or
    that spell a law's or an agreement's name the text writes ("the ADA" after "the
    Americans with Disabilities Act", "the MOU" of a "Memorandum of Understanding")."""
    out = set(re.findall(r"\b(?:Act|Amendments?)(?:\s+of\s+\d{4})?\s*\(?\s*([A-Z]{2,8})\b", text))
    laws = [m.group().split() for m in _LAW_NAME.finditer(text)]
    for acr in set(re.findall(r"\b[A-Z]{2,8}\b", text)) - out:
        if any(_spells(acr, law[k:]) for law in laws for k in range(len(law))):
            out.add(acr)
    return out


@Language.component("pressmine_orgs")
def org_component(doc: Doc) -> Doc:
    doc._.pm_orgs = collect(doc, doc._.pm_person_chars or set())
    return doc


if not Doc.has_extension("pm_orgs"):
    Doc.set_extension("pm_orgs", default=None)
