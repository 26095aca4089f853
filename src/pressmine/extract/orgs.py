"""Organizations: one item per real-world body, with its acronym and other names.

Mentions come from spaCy's ORG entities and our EntityRuler patterns for organization
forms (models/org_patterns.jsonl). They are trimmed of fragments, coordinated plurals
are expanded ("the Ministries of Health and Education" -> two ministries), and mentions
are grouped into bodies when one name's content words contain the other's with the
same head noun ("Interior Ministry" ~ "Interior Ministry of Kazakhstan"), when the text
defines an acronym ("... Recovery (GFDRR)") or when an acronym spells a name's initials.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

from .names import STOPWORDS, clean, fold, initials, org_heads, org_synonyms, title_heads

ORG_LABELS = ("ORG",)


@dataclass
class OrgMention:
    name: str
    span: tuple[int, int]


@dataclass
class OrgGroup:
    mentions: list[OrgMention] = field(default_factory=list)
    acronym: str | None = None

    @property
    def names(self) -> list[str]:
        seen: dict[str, str] = {}
        for m in self.mentions:
            seen.setdefault(fold(m.name), m.name)
        return list(seen.values())

    @property
    def name(self) -> str:
        # The fullest form: most words, then the one written first.
        full = [n for n in self.names if n != self.acronym] or self.names
        return max(full, key=lambda n: len(n.split()))


def _words(name: str) -> list[str]:
    return re.findall(r"[\w.'’&-]+", name)


def signature(name: str) -> frozenset[str]:
    """Content words of a name, with synonyms folded, for matching two names of one body."""
    text = " " + fold(name).replace("’", "'") + " "
    for phrase, canon in org_synonyms().items():
        text = text.replace(f" {phrase} ", f" {canon} ")
    words = [w.strip(".'") for w in text.split()]
    return frozenset(w for w in words if w and w not in STOPWORDS and w != "republic")


def head_of(name: str) -> str | None:
    """The organization noun a name is built on: the first from models/org_heads.txt."""
    for w in _words(name.lower()):
        if w in org_heads():
            return signature(w) and next(iter(signature(w)))
    return None


def _same_word(a: str, b: str) -> bool:
    # A demonym and its country share a long stem: "kazakh" ~ "kazakhstan".
    return a == b or (len(a) >= 5 and len(b) >= 5 and (a.startswith(b) or b.startswith(a)))


def _contains(big: frozenset[str], small: frozenset[str]) -> bool:
    return all(any(_same_word(s, b) for b in big) for s in small)


def _is_acronym(word: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Z&.]{1,9}s?", word)) and sum(c.isupper() for c in word) >= 2


# "Ministries of Emergency Situations, Internal Affairs, Health" -> one ministry each.
_PLURAL_HEAD = re.compile(
    r"\b(?P<head>Ministries|Departments|Agencies|Offices|Committees|Commissions)\s+of\s+(?:the\s+)?"
)
_ITEM = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*)*")
_ITEM_SEP = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


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
            if len(parts) == 2:
                items = [(s, s + len(parts[0])), (e - len(parts[1]), e)]
        for s, e in items:
            out.append(OrgMention(f"{singular} of {text[s:e]}", (s, e)))
        regions.append((m.start(), items[-1][1]))
    return out, regions


_TRAILING_FRAGMENT = re.compile(r"(?:\s+(?:of|for|and|in|on|at|the|to|&))+$", re.IGNORECASE)


def mention_name(span: Span) -> str | None:
    """A clean organization name from an entity span, or None when it is not one."""
    name = clean(span.text)
    name = _TRAILING_FRAGMENT.sub("", name)
    if not name or "@" in name or re.search(r"\.(?:org|com|gov|net|edu)\b", name):
        return None
    words = _words(name)
    if not words or not any(w[:1].isupper() for w in words):
        return None
    if len(words) == 1 and words[0].lower() in title_heads():
        return None
    return name


def collect(doc: Doc, person_chars: set[int]) -> list[OrgGroup]:
    text = doc.text
    mentions: list[OrgMention] = []
    coordinated, covered = expand_coordination(text)
    # Words of places in the text: a longer name that only adds these is the same body
    # ("Interior Ministry" ~ "Interior Ministry of Kazakhstan").
    place_words = {w for e in doc.ents if e.label_ in ("GPE", "LOC", "NORP") for w in signature(e.text)}
    for ent in doc.ents:
        if ent.label_ not in ORG_LABELS:
            continue
        # A title before a name is not a body: "Interior" in "Deputy Interior Minister".
        nxt = doc[ent.end] if ent.end < len(doc) else None
        if nxt is not None and nxt.lower_ in title_heads() and len(ent) == 1 and not ent.text.isupper():
            continue
        tokens = [t for t in ent if t.idx not in person_chars]
        if not tokens:
            continue
        span = doc[tokens[0].i : tokens[-1].i + 1]
        if any(t.idx in person_chars for t in span):
            continue
        # What is left of an entity that swallowed a name ("Kazakhstan Murat
        # Baimukashev") is a body only if it still reads as one.
        if len(tokens) < len(ent) and not (head_of(span.text) or _is_acronym(span.text)):
            continue
        if any(s < span.end_char and span.start_char < e for s, e in covered):
            continue
        name = mention_name(span)
        if name:
            start = span.start_char + span.text.find(name.split()[0])
            mentions.append(OrgMention(name, (start, start + len(name))))
    mentions.extend(coordinated)
    mentions.sort(key=lambda m: m.span)
    return group(mentions, text, place_words | {"us"})


def _defined_acronyms(mentions: list[OrgMention], text: str) -> dict[str, str]:
    """Acronyms the text defines: 'Global Facility for ... Recovery (GFDRR)'."""
    out = {}
    for m in mentions:
        after = re.match(r"\s*\(([A-Z][A-Za-z&.]{1,9})\)", text[m.span[1] : m.span[1] + 14])
        if after and _is_acronym(after.group(1)):
            out[after.group(1)] = m.name
    return out


def group(mentions: list[OrgMention], text: str, place_words: set[str]) -> list[OrgGroup]:
    defined = _defined_acronyms(mentions, text)
    # Acronyms defined in the text become mentions of their body where they stand.
    for acr, full in defined.items():
        for am in re.finditer(rf"(?<![\w-]){re.escape(acr)}(?![\w-])", text):
            if not any(m.span[0] <= am.start() < m.span[1] for m in mentions):
                mentions.append(OrgMention(acr, am.span()))
    mentions.sort(key=lambda m: m.span)

    counts = Counter(fold(m.name) for m in mentions)
    by_name: dict[str, OrgGroup] = {}
    for m in mentions:
        by_name.setdefault(fold(m.name), OrgGroup()).mentions.append(m)
    groups = list(by_name.values())

    def merge(into: OrgGroup, other: OrgGroup) -> None:
        into.mentions.extend(other.mentions)
        into.mentions.sort(key=lambda m: m.span)
        into.acronym = into.acronym or other.acronym
        groups.remove(other)

    # 1. Acronyms: defined ones, then any acronym that spells another name's initials.
    for g in list(groups):
        acr = g.mentions[0].name
        if not _is_acronym(acr) or g not in groups:
            continue
        target_name = defined.get(acr)
        for other in groups:
            if other is g:
                continue
            if (target_name and fold(other.name) == fold(target_name)) or (
                not target_name
                and len(other.name.split()) > 1
                and initials(_words(other.name)) == acr.replace(".", "")
            ):
                other.acronym = acr
                merge(other, g)
                break

    # 2. Names whose content words contain another's, on the same head noun, adding
    # only words of places. A short name that fits several longer ones joins the one
    # mentioned most.
    for g in sorted(groups, key=lambda g: len(signature(g.name))):
        if g not in groups:
            continue
        sig, head = signature(g.name), head_of(g.name)
        if head is None or len(sig) < 2:
            continue
        candidates = [
            o for o in groups
            if o is not g and head_of(o.name) == head and len(signature(o.name)) >= len(sig)
            and _contains(signature(o.name), sig)
            and all(any(_same_word(w, p) for p in place_words) for w in signature(o.name) - sig)
        ]  # fmt: skip
        if candidates:
            best = max(candidates, key=lambda o: sum(counts[fold(n)] for n in o.names))
            merge(best, g)
    return sorted(groups, key=lambda g: g.mentions[0].span)


@Language.component("pressmine_orgs")
def org_component(doc: Doc) -> Doc:
    doc._.pm_orgs = collect(doc, doc._.pm_person_chars or set())
    return doc


if not Doc.has_extension("pm_orgs"):
    Doc.set_extension("pm_orgs", default=None)
