"""Shared vocabulary for names: lexicons from models/ and the clean-up of a mention."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..resources import load_json, load_lexicon

STOPWORDS = frozenset(
    ["a", "an", "and", "at", "by", "for", "in", "of", "on", "the", "to", "with", "from", "'s", "’s"]
)


@cache
def title_heads() -> frozenset[str]:
    return load_lexicon("titles.txt")


@cache
def title_modifiers() -> frozenset[str]:
    return load_lexicon("title_modifiers.txt")


@cache
def honorifics() -> frozenset[str]:
    return load_lexicon("honorifics.txt")


@cache
def org_heads() -> frozenset[str]:
    heads = set(load_lexicon("org_heads.txt"))
    heads |= {h[:-1] + "ies" if h.endswith("y") else h + "s" for h in heads}
    return frozenset(heads)


@cache
def org_synonyms() -> dict[str, str]:
    return {k: v for k, v in load_json("org_synonyms.json").items() if not k.startswith("_")}


@cache
def title_abbreviations() -> dict[str, str]:
    """Abbreviated title words, lower case without their period, and each written out."""
    return {k: v for k, v in load_json("title_abbreviations.json").items() if not k.startswith("_")}


def full_title(title: str) -> str:
    """A title with its abbreviated words written out: "Lt. Gov." -> "Lieutenant Governor",
    "Sen" -> "Senator". Words in capitals are left alone: "SEC Chairman" is no secretary."""
    table = title_abbreviations()
    return " ".join(
        table.get(w.rstrip(".").lower(), w) if w[:1].isupper() and not w.isupper() else w
        for w in title.split()
    )


def is_honorific(word: str) -> bool:
    return word.lower().rstrip(".") in honorifics()


def is_address_title(word: str) -> bool:
    """A form of address that is also a position ("Senator", "Sen.", "Professor"): it is
    the person's title, not a mere honorific."""
    low = word.lower().rstrip(".")
    return low in honorifics() and singular(low) in title_heads()


def is_title_head(tok) -> bool:
    """A title's head word, singular or plural ("Senator", "Attorneys", "Sen.")."""
    return singular(tok.lower_.strip(".")) in title_heads()


def singular(word: str) -> str:
    """ "senators" -> "senator", "sens" -> "sen" when the singular is a known title."""
    if word.endswith("s") and word[:-1] in title_heads():
        return word[:-1]
    return word


_EDGE_PUNCT = " \t\n.,;:!?\"'“”‘’()[]{}-–—/*•"
_POSSESSIVE = re.compile(r"(?:'s|’s|')$")
_SPACES = re.compile(r"\s+")


def clean(text: str) -> str:
    """A mention as a name: single spaces, no leading 'the', no possessive, no edge punctuation."""
    text = _SPACES.sub(" ", text).strip(_EDGE_PUNCT)
    text = re.sub(r"^(?:the|The|THE)\s+", "", text)
    text = _POSSESSIVE.sub("", text)
    # A trailing period belongs to an abbreviation ("Inc.", "U.S."), so keep it there.
    keep_period = bool(re.search(r"(?:\b[A-Z]\.|\b(?:Inc|Corp|Co|Ltd|Jr|Sr)\.)$", text))
    stripped = text.strip(_EDGE_PUNCT)
    return stripped + "." if keep_period and not stripped.endswith(".") else stripped


@lru_cache(maxsize=65536)  # names are compared pairwise when grouped: the same few, often
def fold(text: str) -> str:
    """A key for comparing names: case-folded, straight quotes, single spaces."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return _SPACES.sub(" ", text).strip().casefold()


def initials(words: list[str]) -> str:
    """The acronym a name would have: 'United Nations Office on Drugs and Crime' -> 'UNODC'."""
    letters = []
    for w in words:
        if w.lower() in STOPWORDS or not w[:1].isalpha():
            continue
        if w.isupper() and len(w) > 1:  # an acronym inside a name: "UNDRR Regional Office"
            letters.append(w)
        else:
            letters.append(w[0].upper())
    return "".join(letters)
