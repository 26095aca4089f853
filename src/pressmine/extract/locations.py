"""Locations: places the release names (spaCy GPE and LOC entities), one item per place.

"Republic of Kazakhstan", "Kazakhstan" and "the Abay region" / "Abay" are one place.
Names that are people or part of an organization's name are not places.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from .names import clean, fold, org_heads

_QUALIFIERS = re.compile(
    r"^(?:(?:the\s+)?(?:republic|state|city|province|county|region)\s+of\s+)|"
    r"\s+(?:region|province|oblast|city|county)$",
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
    return fold(_QUALIFIERS.sub("", name))


def collect(doc: Doc, person_chars: set[int]) -> list[Place]:
    places: dict[str, Place] = {}
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "LOC"):
            continue
        if any(t.idx in person_chars for t in ent):
            continue
        name = clean(ent.text)
        words = name.split()
        if not words or not name[:1].isupper() or any(w.lower() in org_heads() for w in words):
            continue
        # "the Abay region": a following region word belongs to the place's name.
        nxt = doc[ent.end] if ent.end < len(doc) else None
        end_char = ent.end_char
        if nxt is not None and nxt.lower_ in ("region", "province", "oblast"):
            name, end_char = f"{name} {nxt.text}", nxt.idx + len(nxt.text)
        place = places.setdefault(place_key(name), Place())
        if name not in place.names:
            place.names.append(name)
        start = ent.start_char + ent.text.find(words[0])
        place.mentions.append((start, end_char))
    return sorted(places.values(), key=lambda p: p.mentions[0])


@Language.component("pressmine_locations")
def location_component(doc: Doc) -> Doc:
    doc._.pm_locations = collect(doc, doc._.pm_person_chars or set())
    return doc


if not Doc.has_extension("pm_locations"):
    Doc.set_extension("pm_locations", default=None)
