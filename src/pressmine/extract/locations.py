"""Locations: places the release names (spaCy GPE and LOC entities), one item per place.

"Republic of Kazakhstan", "Kazakhstan" and "the Abay region" / "Abay" are one place.
Names that are people or part of an organization's name are not places.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from ..resources import load_json
from . import entities, ents_in, text_of
from .kinds import ALIAS_AFTER, ALIAS_BEFORE, listed_among_people, things
from .names import clean, fold, org_heads, title_heads, title_modifiers
from .org_groups import _words, head_of

_ABBREVIATIONS = {
    fold(k.rstrip(".")): v
    for k, v in load_json("place_abbreviations.json").items()
    if not k.startswith("_")
}
# Two-letter postal codes of states ("MA", "VA"): the same letters name bodies (the VA).
POSTAL_CODES = frozenset(
    k for k in load_json("place_abbreviations.json") if re.fullmatch(r"[A-Z]{2}", k) and k != "US"
)
_US = frozenset({"us", "u.s", "u s", "usa", "u.s.a"})
# A dateline opens the body: "WASHINGTON –", "HONOLULU (AP) _", "BOSTON, MA  Today".
_DATELINE = re.compile(
    r"(?:^|\n|[ ]{2,})([A-Z]{3,}(?:[ ][A-Z]{3,})?)(?=,?[ ]*(?:D\.?[ ]?C\.?|[A-Z][A-Za-z.]{1,5})?"
    r"[ ]*(?:\(AP\)[ ]*)?(?:[-–—_]|[ ]{2,}))"
)

_QUALIFIERS = re.compile(
    r"^(?:(?:the\s+)?(?:republic|state|commonwealth|city|town|village|province|county|region)"
    r"\s+of\s+)|"
    r"\s+(?:region|province|oblast|city|county)$|,?\s+D\.?\s?C\.?$",
    re.IGNORECASE,
)


# "the State of Maine", "the Town of Ocean City": a place by its kind of government, which
# the model often tags as a body.
PLACE_OF = re.compile(
    r"(?:State|Commonwealth|City|Town|Village|Township|Borough)[ ]+of[ ]+"
    r"[A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*){0,2}"
)


@dataclass
class Place:
    names: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)

    @property
    def name(self) -> str:
        return max(self.names, key=len)


# The states' names, folded ("new jersey"), as the postal codes give them.
STATE_NAMES = frozenset(fold(v) for k, v in _ABBREVIATIONS.items() if len(k) == 2)


def _at_state(doc: Doc, i: int) -> bool:
    """Whether the place entity at token i names a state ("New Jersey", "N.J.")."""
    end = _entity_end(doc, i)
    return place_key(clean(doc[i:end].text)) in STATE_NAMES


def place_key(name: str) -> str:
    key = fold(_QUALIFIERS.sub("", name))
    return fold(_ABBREVIATIONS.get(key.rstrip("."), key))


def _same_place(a: str, b: str) -> bool:
    # "Croatian Republic" ~ "Croatia": a demonym shares a long stem with its country.
    if a == b or a == b + "s" or b == a + "s":  # "Rhode Islands": a possessive, stripped
        return True
    a, b = a.removesuffix(" republic"), b.removesuffix(" republic")
    if " " in a + b or len(a) < 5 or len(b) < 5:
        return False
    short, long = sorted((a, b), key=len)
    # Not "Centralia" and "Central (City)": the stem ends as a demonym or a country does.
    return long.startswith(short) and long[len(short) :] in _DEMONYM_ENDS


_DEMONYM_ENDS = {"", "n", "an", "ian", "ean", "ese", "i", "ish", "ic", "stan", "istan"}


# Words that make a name a place's: "Fort Dodge", "Quonset Point", "St. Clair International
# Airport" (an airport's operator may be a body, but the name is the place's), "Nevada Test
# Site", "the Westheimer Armory".
_PLACE_FIRST = {"fort", "ft", "mount", "mt", "port", "lake", "cape"}
_PLACE_LAST = {
    "airport", "airfield", "point", "beach", "island", "islands", "bay", "harbor", "site", "armory",
}  # fmt: skip


def place_name(name: str) -> bool:
    """A name built on a word of places or sites, not on a body's noun."""
    words = [w.lower().rstrip(".") for w in _words(name)]
    return (
        2 <= len(words) <= 4  # not a stripped list: "... Preparedness Items  Rock Island"
        and not head_of(name)
        and words[0] != "web"  # "the Web Site"
        and (words[0] in _PLACE_FIRST or words[-1] in _PLACE_LAST)
    )


# "the people of Appalachia", "residents of the North Country": a place by the people of it,
# whatever the model called it.
PEOPLE_OF = re.compile(r"\b(?:people|residents|citizens|communities)[ ]+of[ ]+$", re.I)


# Police forces are named after the place they serve: "the Nur-Sultan Police Department".
_POLICE_OF = re.compile(
    r"(?<![\w.-])((?:(?:Mt|St|Ft)\. )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) Police\b"
)
# A county names a place wherever it stands, also before a body: "the Clinton County
# Sheriffs Department".
_COUNTY = re.compile(
    r"(?<![\w.-])(?!(?:The|A|An|Each|Every|This|That|Our|Your|Their|Its|Any|No) )"
    r"((?:(?:Mt|St|Ft)\. )?(?:[A-Z][a-z][\w'’-]* ){1,2}County)\b"
)
# Where a defendant lives: "Jayme Barnes, 35, of Odin.", "Rachel Reeve, all of Centralia;"
_HOME = re.compile(
    r"(?:\b[0-9]{1,3},\s+(?:(?:both|all)\s+)?|,\s+(?:both|all)\s+)of\s+"
    r"((?:(?:Mt|St|Ft)\.\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})(?=\s*[,;.]|\s+and\s)"
)


def _mentions(doc: Doc) -> list[tuple[str, int, int, bool]]:
    """(label, start token, end token, followed by a place noun) for place candidates."""
    out = []
    for ent in entities(doc):
        nxt = doc[ent.end] if ent.end < len(doc) else None
        label = ent.label_
        # "of Marlboro, New Jersey": a town before its state, whatever the model called it.
        after = doc[ent.end : ent.end + 2]
        if (
            label in ("ORG", "PERSON")
            and len(after) == 2
            and after[0].text == ","
            and after[1].ent_type_ == "GPE"
            and not any(t.lower_ in org_heads() for t in ent)
        ):
            label = "GPE"
        if label == "ORG" and state_after_place(doc, ent.start, ent.end):  # "Lowell, MA"
            label = "GPE"
        if label == "ORG" and PLACE_OF.fullmatch(clean(ent.text)):
            label = "GPE"
        if (
            label == "ORG"
            and PEOPLE_OF.search(text_of(doc), max(0, ent.start_char - 20), ent.start_char)
            and not head_of(ent.text)
        ):
            label = "GPE"
        # "the Sandtown neighborhood of West Baltimore": a place by the noun after it,
        # whatever the model called it.
        if (
            label in ("ORG", "PERSON")
            and nxt is not None
            and nxt.lower_ in ("neighborhood", "neighbourhood")
            and ent.start > 0
            and doc[ent.start - 1].lower_ == "the"
        ):
            label = "HOME"
        # "at Quonset State Airport", "the Nevada Test Site": a site the model took for a
        # facility or a body; not "a Texas National Guard Armory", which names none.
        if (
            label in ("ORG", "FAC")
            and place_name(clean(ent.text))
            and (ent.start == 0 or doc[ent.start - 1].lower_ not in ("a", "an"))
        ):
            label = "GPE"
        out.append((label, ent.start, ent.end, nxt is not None and nxt.lower_ in PLACE_NOUNS))
    text = text_of(doc)
    for m in _DATELINE.finditer(text, 0, 700):
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is not None and not any(
            t.lower_ in _FURNITURE_WORDS or t.lower_ in title_heads() for t in span
        ):
            out.append(("GPE", span.start, span.end, False))
    # A dateline's town is a place by where it stands, whatever the model called it.
    for start, end in _dateline(doc)[0]:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and not any(t.lower_ in title_heads() for t in span):
            out.append(("HOME", span.start, span.end, False))
    for m in _POLICE_OF.finditer(text):
        # "Anne |Arundel County Police": a longer name than two words (the county, below).
        before = re.search(r"([A-Z][\w'’-]*)[ ]$", text[max(0, m.start(1) - 20) : m.start(1)])
        if before and before.group(1) not in ("The", "A", "An"):
            continue
        end = m.end(1)
        if m.group(1).endswith(" State"):  # "the Massachusetts State Police"
            end -= len(" State")
        span = doc.char_span(m.start(1), end, alignment_mode="expand")
        if span is not None and not span.text.isupper() and not ents_in(span):
            out.append(("GPE", span.start, span.end, False))
    for m in _COUNTY.finditer(text):
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is not None and not any(e.label_ in ("GPE", "LOC") for e in ents_in(span)):
            out.append(("GPE", span.start, span.end, False))
    # "HOME": a place even where the model took it for a person ("all of Centralia;"); so
    # is a dateline's town (above).
    for m in _HOME.finditer(text):
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is not None and not any(e.label_ in ("GPE", "LOC") for e in ents_in(span)):
            out.append(("HOME", span.start, span.end, False))
    # "in Akron, Columbus, Dayton and Toledo", "in Brockton, Boston and Chelsea": a name
    # listed among places is a place, whether the model left it untagged or called it a body.
    for start, end in listed_places(doc):
        out.append(("GPE", start, end, False))
    # "the Medical Center in White River Junction": a name after "in" after a body's name.
    for ent in entities(doc):
        if ent.label_ == "ORG" and located_after_body(doc, ent.start, ent.end):
            out.append(("GPE", ent.start, ent.end, False))
    # "explosions in Arys, fires in the Abay region": an untagged word after "in" in a
    # list of places is a place too.
    for tok in doc[1:]:
        if tok.ent_type_ or not tok.is_title or not tok.is_alpha or tok.is_sent_start:
            continue
        if doc[tok.i - 1].lower_ != "in" or tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ",":
            continue
        window = doc[tok.i + 1 : tok.i + 10]
        if any(
            t.lower_ == "in" and ents_in(doc[t.i + 1 : t.i + 3])
            for t in window
            if t.i + 1 < len(doc)
        ):
            out.append(("GPE", tok.i, tok.i + 1, False))
    return out


def _place_items(doc: Doc) -> list[tuple[int, int, bool]]:
    """Names near places in the text, which may be items of lists with them: (start token,
    end token, tagged as a place)."""
    places = [e for e in entities(doc) if e.label_ in ("GPE", "LOC")]
    if len(places) < 2:
        return []
    near = sorted({i for e in places for i in range(max(0, e.start - 12), e.end + 12)})
    items: list[tuple[int, int, bool]] = []
    i = 0
    for k in near:
        if k < i or k >= len(doc):
            continue
        t = doc[k]
        if t.ent_type_ in ("GPE", "LOC") and t.ent_iob_ == "B":
            end = _entity_end(doc, k)
            items.append((k, end, True))
        elif t.ent_type_ and t.ent_iob_ == "B" and t.is_title:  # a whole entity, or none
            end = _entity_end(doc, k)
            if t.ent_type_ == "ORG" and end - k <= 3 and all(x.is_title for x in doc[k:end]):
                items.append((k, end, False))
        elif t.is_title and t.is_alpha and not t.ent_type_:
            end = k + 1
            while (
                end < len(doc)
                and end - k < 3
                and doc[end].is_title
                and doc[end].ent_type_ == t.ent_type_
            ):
                end += 1
            items.append((k, end, False))
        else:
            end = k + 1
        i = end
    return items


def _entity_end(doc: Doc, k: int) -> int:
    """The end of the entity that begins at token k."""
    end = k + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end


def _list_separator(doc: Doc, a: int, b: int) -> bool:
    """Whether tokens a..b join two items of a list: a comma, "and", "or", or (where a
    scraper stripped the punctuation) a run of spaces."""
    between = doc[a:b]
    words = [t.lower_ for t in between if not t.is_space]
    if words in ([","], ["and"], ["or"], [",", "and"], [",", "or"]):
        return True
    return bool(doc._.pm_stripped) and not words and any(t.is_space for t in between)


def listed_places(doc: Doc) -> list[tuple[int, int]]:
    """Names (of up to three words, untagged or tagged as bodies) that stand in a list
    between places: "Akron, Columbus, Dayton and Toledo". Read once per doc, by the
    organizations component first."""
    if "pm_listed_places" in doc.user_data:
        return doc.user_data["pm_listed_places"]
    out = doc.user_data["pm_listed_places"] = []
    names = _place_items(doc)
    for k, (s, e, tag) in enumerate(names):
        if tag or any(t.lower_ in org_heads() for t in doc[s:e]):
            continue
        if doc[s].is_sent_start and not doc._.pm_stripped:
            continue
        if e < len(doc) and doc[e].text == "-":  # "Al-Jayab"
            continue
        if any(t.lower_ in doc._.pm_lower_words for t in doc[s:e]):
            continue
        # Walk the list both ways over separators; count the places in it.
        places = 0
        for step in (-1, 1):
            j, prev = k, (s, e)
            while 0 <= j + step < len(names):
                ns, ne, ntag = names[j + step]
                gap = (ne, prev[0]) if step < 0 else (prev[1], ns)
                if not _list_separator(doc, *gap):
                    break
                places += bool(ntag)
                j, prev = j + step, (ns, ne)
        if places >= 2:
            out.append((s, e))
    return out


def located_after_body(doc: Doc, start: int, end: int) -> bool:
    """ "the Veterans Administration Medical Center in White River Junction": a name
    without a body's noun after "in" after a body's name is where the body is."""
    if start < 3 or doc[start - 1].lower_ != "in" or doc[start:end].text.isupper():
        return False
    words = [t.lower_ for t in doc[start:end]]
    if words[0] == "the" or any(w in org_heads() or w in _LAW_WORDS for w in words):
        return False
    # The body's name has two words or more, the last its noun: not "Congress in ...".
    body = doc[start - 2]
    return (
        body.lower_ in org_heads() and body.text[:1].isupper() and doc[start - 3].text[:1].isupper()
    )


def _org_names(doc: Doc) -> set[str]:
    out = set()
    for g in doc._.pm_orgs or []:
        out.update(fold(n) for n in g.names)
        if g.acronym:
            out.add(fold(g.acronym))
    return out


def collect(doc: Doc, person_chars: set[int]) -> list[Place]:
    places: list[tuple[str, Place]] = []
    seats: list[tuple[str, str, int, int]] = []  # states named only in courts' districts
    lower_words = doc._.pm_lower_words
    person_words = doc._.pm_person_words
    org_names = _org_names(doc)
    text = text_of(doc)
    towns = {
        fold(clean(e.text))
        for e in entities(doc)
        if e.label_ == "GPE"
        and e.end + 1 < len(doc)
        and doc[e.end].text == ","
        and doc[e.end + 1].ent_type_ == "GPE"
        and _at_state(doc, e.end + 1)
    }
    for label, s_tok, e_tok, before_place_noun in _mentions(doc):
        ent = doc[s_tok:e_tok]
        nxt = doc[e_tok] if e_tok < len(doc) else None
        # The model sometimes tags "the Abay region" as a body; the noun after it says place.
        if label not in ("GPE", "LOC", "HOME") and not (label == "ORG" and before_place_noun):
            continue
        home = label == "HOME"
        name = _ZIP.sub("", _TRAILING_OF.sub("", clean(ent.text)))
        # "in Woodbridge, New Jersey": a town before its state, though the model tags the
        # name a person's elsewhere ("just as Woodbridge did").
        town = fold(name) in towns
        if not (home or town) and any(t.idx in person_chars for t in ent):
            continue
        words = name.split()
        if not words or not name[:1].isupper() or any(w.lower() in org_heads() for w in words):
            continue
        if (
            not _may_be_place(name)
            or ALIAS_BEFORE.search(text[max(0, ent.start_char - 8) : ent.start_char])
            or ALIAS_AFTER.match(text, ent.end_char)
        ):
            continue
        # "... Urban Development  TTHUD  Appropriations Bill": a law's acronym.
        if name.isupper() and _LAW_NEXT.match(text, ent.end_char):
            continue
        # "Acting Special Agent", "United States Senators": a title, not a place.
        if words[-1].lower().removesuffix("s") in title_heads():
            continue
        key_name = fold(name)
        # "Podobnyys", "Navys": a person's or a body's possessive, its apostrophe stripped
        if key_name.endswith("s") and key_name[:-1] in person_words | org_names:
            continue
        if words[-1].lower() == "district":
            continue  # "Eastern District" without its "of Virginia"
        # "600 Pennsylvania Avenue, NW": a quarter of an address.
        if _QUADRANT.fullmatch(name) and _STREET_BEFORE.search(
            text, max(0, ent.start_char - 12), ent.start_char
        ):
            continue
        # "the Western District of Louisiana": a court's district names the state only as
        # the seat of the court, no place the release is about unless it is named elsewhere.
        seat = _DISTRICT_OF.search(text, max(0, ent.start_char - 14), ent.start_char)
        if key_name in person_words and not (home or town):
            continue  # "Underwood"
        if key_name in things(doc) or listed_among_people(doc, ent):  # "the painkiller Opana"
            continue
        if name in doc.user_data.get("pm_term_acronyms", ()):  # "... Disease (COPD)"
            continue
        # "Zechariah Aaron Johnston": a first name the model split from the rest (not "the
        # District of California Andre Birotte", a place that ends a title).
        if (
            nxt is not None
            and nxt.ent_type_ == "PERSON"
            and ent[-1].whitespace_ == " "
            and len(ent) == 1
            and (s_tok == 0 or doc[s_tok - 1].pos_ != "ADP")
        ):
            continue
        if not _abbreviation_is_place(doc, ent, name, org_names):
            continue
        # A place that qualifies a title or a body is not a place the release is about:
        # "U.S. Attorney", "U.S. District Court".
        if (
            nxt is not None
            and nxt.text[:1].isupper()
            and nxt.lower_ != "police"
            and words[-1] != "County"
            and (
                nxt.lower_ in title_heads()
                or nxt.lower_ in title_modifiers()
                or nxt.lower_ in org_heads()
                or nxt.ent_type_ == "ORG"
            )
        ):
            continue
        if len(words) == 1 and name.lower() in lower_words:  # "Regional" is no place
            continue
        # "Questioning who someone is", "Fourth, linking ...": a sentence's first word.
        if len(ent) == 1 and ent[0].pos_ in ("VERB", "ADV", "NUM") and not home:
            continue
        end_char = ent.end_char
        if before_place_noun and nxt.lower_ in _NAME_NOUNS:
            name, end_char = f"{name} {nxt.text}", nxt.idx + len(nxt.text)
        key = place_key(name)
        place = next((p for k, p in places if _same_place(k, key)), None)
        if place is None and seat:
            seats.append((key, name, ent.start_char, end_char))
            continue
        if place is None:
            place = Place()
            places.append((key, place))
        if name not in place.names:
            place.names.append(name)
        start = ent.start_char + ent.text.find(words[0])
        place.mentions.append((start, end_char))
    for key, name, start, end in seats:
        place = next((p for k, p in places if _same_place(k, key)), None)
        if place is not None:
            place.names += [name] if name not in place.names else []
            place.mentions = sorted([*place.mentions, (start, end)])
    for _, place in places:
        # "Rhode Island" and "Rhode Islands" (its possessive, the apostrophe stripped)
        place.names = [n for n in place.names if not (n.endswith("s") and n[:-1] in place.names)]
    return sorted(_shortened(places), key=lambda p: p.mentions[0])


def _shortened(places: list[tuple[str, Place]]) -> list[Place]:
    """ "QUONSET  RI" over a release about "Quonset Point": a dateline writes a town in
    capitals and short, without the word of places that ends its name."""
    out = [p for _, p in places]
    for short in list(out):
        if not all(n.isupper() and " " not in n for n in short.names):
            continue
        word = short.names[0].lower()
        for long in out:
            words = [w.lower() for w in long.names[0].split()]
            if (
                long is not short
                and len(words) == 2
                and words[0] == word
                and words[1] in _PLACE_LAST
            ):
                long.names += short.names
                long.mentions = sorted(long.mentions + short.mentions)
                out.remove(short)
                break
    return out


# "Washington, DC 20510": the ZIP code is no part of the name
_ZIP = re.compile(r"(?<=[A-Z]{2}|\.C|C\.),?\s+[0-9]{5}(?:-[0-9]{4})?$")
_NOT_PLACE = re.compile(
    r".*[0-9]"  # "H-1B", "F-5": a visa, an aircraft
    r"|.?$|(?:Jr|Sr)\.?$"  # a letter, a suffix of a name
    r"|[DRI] [A-Z][a-z]*\.?$"  # "D Mich": a senator's party and state, punctuation stripped
    r"|[A-Z][a-z][A-Z]$"  # "DoD", "DoE": a department's acronym
    r"|.*\b(?:Contact|Release)$"  # "... Obama Contact": page furniture glued on
    r"|.*[A-Z]&[A-Z]"  # "R&S", "AT&T": a company
    r"|.*\ba[./]k[./]a\b"  # "Mohamed, a.k.a": a person's alias glued on
)
_DISTRICT_OF = re.compile(r"\bDistrict[ ]+of[ ]*$")
_QUADRANT = re.compile(r"[NS]\.?[EW]\.?")
_STREET_BEFORE = re.compile(
    r"\b(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Place|Drive)\.?,?[ ]+$"
)


def _may_be_place(name: str) -> bool:
    return not _NOT_PLACE.match(name)


# A dateline in small letters, its punctuation maybe stripped: "Valhalla  NY    Today ...".
_TOWN_DATELINE = re.compile(
    r"(?:^|\n|[ ]{3,})([A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2}),?[ ]+([A-Z]{2})(?=[ ]{2,}|[ ]*[-–—])"
)


def _dateline(doc: Doc) -> tuple[list[tuple[int, int]], set[int]]:
    """The town of a dateline in small letters before a state's code ("Valhalla  NY"), as
    (start, end) characters, and the code's token index. Read once per doc."""
    if "pm_town_dateline" not in doc.user_data:
        towns, codes = [], set()
        for m in _TOWN_DATELINE.finditer(text_of(doc), 0, 700):
            code = doc.char_span(m.start(2), m.end(2))
            if m.group(2) in POSTAL_CODES and code is not None:
                towns.append(m.span(1))
                codes.add(code.start)
        doc.user_data["pm_town_dateline"] = (towns, codes)
    return doc.user_data["pm_town_dateline"]


def state_after_place(doc: Doc, start: int, end: int) -> bool:
    """ "Lowell, MA", "BOSTON  MA", "Valhalla  NY": a state's postal code after a city."""
    if end - start != 1 or doc[start].text not in POSTAL_CODES:
        return False
    if start in _dateline(doc)[1]:
        return True
    prev = start - 1
    while prev >= 0 and (doc[prev].is_space or doc[prev].text in (",", "-")):
        prev -= 1
    return prev >= 0 and doc[prev].ent_type_ in ("GPE", "LOC")


def _abbreviation_is_place(doc: Doc, ent, name: str, org_names: set[str]) -> bool:
    """Short capitals are often bodies: "NSF", "TERI" name bodies the text names; "VA" in
    "the VA" is Veterans Affairs, in "(D-VA)" a senator's state, which the release is not
    about; "U.S." before a noun ("U.S. law enforcement") qualifies it. A state's code is a
    place after a city ("Boston, MA"), "U.S." where it stands for the country."""
    key = fold(name).rstrip(".")
    if key in ("d.c", "dc") and ent.start >= 1:  # "Washington, D.C.": the city's name
        prev = ent.start - 1
        while prev > 0 and (doc[prev].is_space or doc[prev].text == ","):
            prev -= 1
        return doc[prev].lower_ != "washington"
    if key in _US:
        # "the U S  military": stripped text leaves a run of spaces before the noun.
        nxt = next((t for t in doc[ent.end : ent.end + 2] if not t.is_space), None)
        return nxt is None or not (nxt.is_alpha or nxt.text == "-")
    if not (name.isupper() and len(name.replace(".", "")) <= 5) or len(ent) > 1:
        return True
    if fold(name) in org_names:
        return False
    if name in POSTAL_CODES:
        return state_after_place(doc, ent.start, ent.end)
    return True


PLACE_NOUNS = {"region", "regions", "province", "oblast", "district", "county", "coast"}
# Nouns that make one name with the place before them: "the Abay region", "Maryland's Atlantic
# coast" (the "Atlantic Coast" named elsewhere).
_NAME_NOUNS = ("region", "province", "oblast", "coast")
_LAW_WORDS = {"act", "bill", "amendment", "resolution", "code"}
_LAW_NEXT = re.compile(r"\s+(?:[A-Z]\w+\s+)?(?:Act|Bill|Appropriations|Amendments?)\b")
_TRAILING_OF = re.compile(r"\s+of$")
_FURNITURE_WORDS = {
    "immediate", "release", "contact", "for", "update", "news", "topics", "home", "search", "menu",
}  # fmt: skip


@Language.component("pressmine_locations")
def location_component(doc: Doc) -> Doc:
    doc._.pm_locations = collect(doc, doc._.pm_person_chars or set())
    return doc


if not Doc.has_extension("pm_locations"):
    Doc.set_extension("pm_locations", default=None)
