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
from .names import clean, fold, org_heads, title_heads, title_modifiers

_ABBREVIATIONS = {
    fold(k.rstrip(".")): v
    for k, v in load_json("place_abbreviations.json").items()
    if not k.startswith("_")
}
# A dateline opens the body: "WASHINGTON –", "HONOLULU (AP) _", "BOSTON, MA  Today".
_DATELINE = re.compile(
    r"(?:^|\n|[ ]{2,})([A-Z]{3,}(?:[ ][A-Z]{3,})?)(?=,?[ ]*(?:D\.?[ ]?C\.?|[A-Z][A-Za-z.]{1,5})?"
    r"[ ]*(?:\(AP\)[ ]*)?(?:[-–—_]|[ ]{2,}))"
)

_QUALIFIERS = re.compile(
    r"^(?:(?:the\s+)?(?:republic|state|city|province|county|region)\s+of\s+)|"
    r"\s+(?:region|province|oblast|city|county)$|,?\s+D\.?\s?C\.?$",
    re.IGNORECASE,
)


@dataclass
class Place:
    names: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)

    @property
    def name(self) -> str:
        return max(self.names, key=len)


def place_key(name: str) -> str:
    key = fold(_QUALIFIERS.sub("", name))
    return fold(_ABBREVIATIONS.get(key.rstrip("."), key))


def _same_place(a: str, b: str) -> bool:
    # "Croatian Republic" ~ "Croatia": a demonym shares a long stem with its country.
    if a == b:
        return True
    a, b = a.removesuffix(" republic"), b.removesuffix(" republic")
    return " " not in a + b and len(a) >= 5 and len(b) >= 5 and (a.startswith(b) or b.startswith(a))


# Police forces are named after the place they serve: "the Nur-Sultan Police Department".
_POLICE_OF = re.compile(r"(?<![\w-])([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) Police\b")


def _mentions(doc: Doc) -> list[tuple[str, int, int, bool]]:
    """(label, start token, end token, followed by a place noun) for place candidates."""
    out = []
    for ent in doc.ents:
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
        out.append((label, ent.start, ent.end, nxt is not None and nxt.lower_ in _PLACE_NOUNS))
    for m in _DATELINE.finditer(doc.text, 0, 700):
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is not None and not any(
            t.lower_ in _FURNITURE_WORDS or t.lower_ in title_heads() for t in span
        ):
            out.append(("GPE", span.start, span.end, False))
    for m in _POLICE_OF.finditer(doc.text):
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is not None and not span.text.isupper() and not span.ents:
            out.append(("GPE", span.start, span.end, False))
    # "explosions in Arys, fires in the Abay region": an untagged word after "in" in a
    # list of places is a place too.
    for tok in doc[1:]:
        if tok.ent_type_ or not tok.is_title or not tok.is_alpha or tok.is_sent_start:
            continue
        if doc[tok.i - 1].lower_ != "in" or tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ",":
            continue
        window = doc[tok.i + 1 : tok.i + 10]
        if any(
            t.lower_ == "in" and doc[t.i + 1 : t.i + 3].ents for t in window if t.i + 1 < len(doc)
        ):
            out.append(("GPE", tok.i, tok.i + 1, False))
    return out


def collect(doc: Doc, person_chars: set[int]) -> list[Place]:
    places: list[tuple[str, Place]] = []
    lower_words = doc._.pm_lower_words
    person_words = doc._.pm_person_words
    for label, s_tok, e_tok, before_place_noun in _mentions(doc):
        ent = doc[s_tok:e_tok]
        nxt = doc[e_tok] if e_tok < len(doc) else None
        # The model sometimes tags "the Abay region" as a body; the noun after it says place.
        if label not in ("GPE", "LOC") and not (label == "ORG" and before_place_noun):
            continue
        if any(t.idx in person_chars for t in ent):
            continue
        name = _TRAILING_OF.sub("", clean(ent.text))
        words = name.split()
        if not words or not name[:1].isupper() or any(w.lower() in org_heads() for w in words):
            continue
        if fold(name) in person_words or words[-1].lower() == "district":
            continue  # "Underwood"; "Eastern District" without its "of Virginia"
        # A place that qualifies a title or a body is not a place the release is about:
        # "U.S. Attorney", "U.S. District Court".
        if (
            nxt is not None
            and nxt.text[:1].isupper()
            and nxt.lower_ != "police"
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
        end_char = ent.end_char
        if before_place_noun and nxt.lower_ in ("region", "province", "oblast"):
            name, end_char = f"{name} {nxt.text}", nxt.idx + len(nxt.text)
        key = place_key(name)
        place = next((p for k, p in places if _same_place(k, key)), None)
        if place is None:
            place = Place()
            places.append((key, place))
        if name not in place.names:
            place.names.append(name)
        start = ent.start_char + ent.text.find(words[0])
        place.mentions.append((start, end_char))
    return sorted((p for _, p in places), key=lambda p: p.mentions[0])


_PLACE_NOUNS = {"region", "regions", "province", "oblast", "district", "county"}
_TRAILING_OF = re.compile(r"\s+of$")
_FURNITURE_WORDS = {"immediate", "release", "contact", "for", "update", "news"}


@Language.component("pressmine_locations")
def location_component(doc: Doc) -> Doc:
    doc._.pm_locations = collect(doc, doc._.pm_person_chars or set())
    return doc


if not Doc.has_extension("pm_locations"):
    Doc.set_extension("pm_locations", default=None)
