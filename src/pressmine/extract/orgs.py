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
from spacy.tokens import Doc

from .headline import is_furniture as _is_furniture
from .names import (
    STOPWORDS,
    clean,
    fold,
    initials,
    is_honorific,
    org_heads,
    org_synonyms,
    singular,
    title_heads,
)

ORG_LABELS = ("ORG",)
_EDGE_POS = ("ADV", "SCONJ", "DET", "PRON", "CCONJ")
_BEFORE = {"former", "acting", "then"}


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
    """The organization noun a name is built on: the last word from models/org_heads.txt
    before any "of/for/in" phrase ("Nazarbayev University Graduate School of ..." -> school)."""
    words = _words(name.lower())
    for k, w in enumerate(words):
        if w in ("of", "for", "in", "on") and k:
            words = words[:k]
            break
    heads = [w for w in words if w in org_heads()]
    if not heads:
        return None
    sig = signature(heads[-1])
    return next(iter(sig)) if sig else None


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


def mention_name(text: str) -> str | None:
    """A clean organization name from an entity's text, or None when it is not one."""
    name = _TRAILING_FRAGMENT.sub("", clean(text))
    name = _TRAILING_HONORIFIC.sub("", name)
    if not name or "@" in name or re.search(r"\.(?:org|com|gov|net|edu)\b", name):
        return None
    words = _words(name)
    if not words or not any(w[:1].isupper() for w in words) or is_honorific(words[0]):
        return None  # "Sen Landrieu": a person named with a form of address
    if singular(words[-1].lower()) in title_heads():  # "PR Specialist", "U S Senators"
        return None
    if _LAW.search(name):  # "the Clean Water Act", "H Con Res": laws, not bodies
        return None
    if _is_furniture(name):  # "Press Release"
        return None
    if all(len(w) == 1 for w in words):  # "U S": the letters of a stripped "U.S."
        return None
    return name


# Names of laws and bills, which NER tags as organizations.
_LAW = re.compile(r"\b(?:Acts?|Amendments?|Resolution|Bill|Code|Con\s+Res)(?:\s+of\s+\d{4})?$")
# A possessive inside a name, its apostrophe kept or stripped by a scraper: "Justice
# Department's Criminal Division", "Justice Departments Criminal Division",
# "U.S. Department of the Interiors Bureau of Safety".
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=[a-z])s|(?<=[A-Z])s)\s+(?=[A-Z])")


_OWNER_HEADS = {"department", "division", "bureau", "agency", "ministry", "administration"}


def _two_bodies(name: str) -> tuple[str, str] | None:
    """Two full names joined by "and", each ending in its own head noun; not "Department of
    Health and Human Services", whose first part goes on in an "of" phrase."""
    m = re.search(r"\s(?:and|&)\s", name)
    if not m:
        return None
    left, right = name[: m.start()], name[m.end() :]
    lw, rw = _words(left), _words(right)
    if len(lw) < 2 or len(rw) < 2 or any(w.lower() in ("of", "for") for w in lw):
        return None
    if lw[-1].lower() in org_heads() and rw[-1].lower() in org_heads():
        return left, right
    return None


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
        if len(owned) <= 3 or not (head_of(owned) or _is_acronym(owned.split()[0])):
            continue
        last = owner.split()[-1]
        if m.group().startswith(("'", "’")):
            if head_of(owner) or _is_acronym(last):
                return owner, owned
        # "Veterans Affairs Medical Center": a plural, as its plural next word shows.
        elif (
            len(owned.split()) >= 2
            and not owned.split()[0].endswith("s")
            and (
                last.lower() in _OWNER_HEADS
                or _is_acronym(last)
                or re.search(r"\b(?:of|for)(?: the)? [A-Z]\w+$", owner)
            )
        ):
            return owner, owned
    return None


_PLACE_NOUNS = {"region", "regions", "province", "oblast", "district", "county"}
_TRAILING_HONORIFIC = re.compile(r"\s+(?:and\s+)?(?:Mr|Mrs|Ms|Dr|Prof)\.?$")
# After a body's head noun, "of/for/on (the) Capitalized Words" continues its name; "in"
# only before a region ("Programme in Central Asia"), as before a town or county it says
# where the body is ("Fire Company in Prince George's County"):
# "Ministry of Internal Affairs of the Republic of Croatia", "Office for Europe and Central Asia".
# Names never run across a line break: [ ] rather than \s.
_CONTINUATION = re.compile(
    r"[ ]+(?:of|for|on|in)[ ]+(?:the[ ]+)?[A-Z][\w'’-]*(?:\.(?=\w)[\w'’-]*)*"
    r"(?:[ ]+(?:and[ ]+|&[ ]+)?[A-Z][\w'’-]*(?:\.(?=\w)[\w'’-]*)*)*"
)
_AND_BEFORE = re.compile(r"(?<![\w-])(?:[A-Z][a-z][\w'’-]*[ ]){1,2}(?:and|&)[ ]$")
# The rest of a list inside a name: ", Tobacco, Firearms and Explosives".
_LIST_AFTER = re.compile(r"(?:,[ ]+[A-Z][\w'’-]*){1,4},?[ ]+and[ ]+[A-Z][\w'’-]*")
_ACRONYM_BEFORE = re.compile(r"(?<![\w.])([A-Z]{2,8})\s+$")
_HYPHEN_BEFORE = re.compile(r"[A-Z][\w]*-$")
_HYPHEN_AFTER = re.compile(r"^-[\w]+")


def _repair(text: str, start: int, end: int, regions: set[int]) -> tuple[int, int]:
    """Entity boundaries as the model often gets them wrong, set right from the text."""
    if m := _HYPHEN_BEFORE.search(text[max(0, start - 20) : start]):  # "Nur-|Sultan Police"
        start -= len(m.group())
    m = _ACRONYM_BEFORE.search(text[max(0, start - 12) : start])
    if m and head_of(text[start:end]):  # "UNDRR |Regional Office"
        start -= len(m.group())
    if m := _HYPHEN_AFTER.match(text[end : end + 20]):  # "Public and Non|-profit Management"
        end += len(m.group())
        if n := re.match(r"\s+[A-Z][\w]*", text[end:]):
            end += len(n.group())
    # "the Food and |Drug Division": the model split a name at its "and".
    m = _AND_BEFORE.search(text, max(0, start - 40), start)
    if m and head_of(text[start:end]) and text[max(0, m.start() - 5) : m.start()].islower():
        start = m.start()
    # "Bureau of Alcohol|, Tobacco, Firearms and Explosives"
    if re.search(r"\b(?:of|for)\b", text[start:end]) and (m := _LIST_AFTER.match(text, end)):
        end = m.end()
    while head_of(text[start:end]) and (m := _CONTINUATION.match(text, end)):
        if m.group().split()[0] == "in" and not regions & set(range(m.start(), m.end())):
            break
        if len(text[start : m.end()].split()) > 14:
            break
        end = m.end()
    return start, end


def _common_words_only(name: str, lower_words: set[str]) -> bool:
    """A capitalized phrase whose words the text also writes in lower case ("Disaster Risk
    Reduction", "Regional Cooperation") is a topic, not a body."""
    words = [w.lower() for w in _words(name) if len(w) >= 4]
    return bool(words) and all(w in lower_words for w in words)


def _acronyms_in_lists(doc: Doc, taken: list[tuple[int, int]]) -> list[OrgMention]:
    """ "UNICEF, UNDRR, UNDP, UNESCO, IFRC": an unknown acronym listed beside bodies is one."""
    out = []
    org_tokens = {t.i for e in doc.ents if e.label_ == "ORG" for t in e}
    for tok in doc:
        if not (tok.is_upper and tok.is_alpha and 3 <= len(tok) <= 8) or tok.ent_type_:
            continue
        if any(s <= tok.idx < e for s, e in taken):
            continue
        near = [doc[k] for k in (tok.i - 2, tok.i - 1, tok.i + 1, tok.i + 2) if 0 <= k < len(doc)]
        listed = any(t.text in (",", "(", "and") for t in near[1:3])
        if listed and any(t.i in org_tokens for t in near):
            out.append(OrgMention(tok.text, (tok.idx, tok.idx + len(tok))))
    return out


def collect(doc: Doc, person_chars: set[int]) -> list[OrgGroup]:
    text = doc.text
    mentions: list[OrgMention] = []
    coordinated, covered = expand_coordination(text)
    # Words of places in the text: a longer name that only adds these is the same body
    # ("Interior Ministry" ~ "Interior Ministry of Kazakhstan").
    place_ents = [e for e in doc.ents if e.label_ in ("GPE", "LOC", "NORP")]
    place_words = {w for e in place_ents for w in signature(e.text)}
    place_names = {fold(clean(e.text)) for e in place_ents}
    lower_words = doc._.pm_lower_words
    regions = {e.start_char for e in doc.ents if e.label_ == "LOC"}
    # People the text names, whole or by surname: NER often tags "Nicholson" as ORG.
    person_words = doc._.pm_person_words | {fold(p.name) for p in doc._.pm_people}
    inner_spans: set[tuple[int, int]] = set()
    for ent in doc.ents:
        if ent.label_ not in ORG_LABELS:
            continue
        # A title before a name is not a body: "Interior" in "Deputy Interior Minister";
        # nor is a place before "region" ("the Abay region").
        nxt = doc[ent.end].lower_ if ent.end < len(doc) else ""
        if (
            len(ent) == 1
            and not ent.text.isupper()
            and (nxt in title_heads() or nxt in _PLACE_NOUNS)
        ):
            continue
        # A body's name ends before a person's name: "School of Public Policy and Mr. Baimenov".
        tokens = list(ent)
        for k, t in enumerate(tokens):
            if t.idx in person_chars:
                tokens = tokens[:k]
                break
        if not tokens:
            continue
        span = doc[tokens[0].i : tokens[-1].i + 1]
        # What is left of an entity that swallowed a name ("Kazakhstan Murat
        # Baimukashev") is a body only if it still reads as one.
        if len(tokens) < len(ent) and not (head_of(span.text) or _is_acronym(span.text)):
            continue
        # "White House s Position On Documents": a stripped possessive ends the body's name.
        cut = next((k for k, t in enumerate(tokens) if t.text == "s" and k), None)
        if cut is not None:
            tokens = tokens[:cut]
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
        if not tokens or all(t.like_num for t in tokens):
            continue
        # "(Assistant Secretary of) State (for Diplomatic Security)": a title's body part.
        before = [t for t in doc[max(0, tokens[0].i - 3) : tokens[0].i] if not t.is_space]
        if (
            len(before) >= 2
            and before[-1].lower_ in ("of", "for", "the")
            and any(t.lower_ in title_heads() for t in before[-3:])
            and not head_of(" ".join(t.text for t in tokens))
            and not _is_acronym(tokens[0].text)
        ):
            continue
        # Words the model let into the start: "When Congress", "Former Fraud Section".
        while len(tokens) > 1 and (tokens[0].pos_ in _EDGE_POS or tokens[0].lower_ in _BEFORE):
            tokens = tokens[1:]
        span = doc[tokens[0].i : tokens[-1].i + 1]
        if any(s < span.end_char and span.start_char < e for s, e in covered):
            continue
        start, end = _repair(text, span.start_char, span.end_char, regions)
        name = mention_name(text[start:end])
        if not name or fold(name) in place_names:  # "Karaganda" tagged ORG, a place elsewhere
            continue
        if fold(name) in person_words or fold(name).removesuffix("s") in person_words:
            continue  # "Nicholson", "Wilsons" (a possessive without its apostrophe)
        if _in_caps_run(doc, span):
            continue
        # A headline or clause read as a name: "Smith Works to Help Persons ...".
        if any(t.tag_ in ("VBZ", "VBD") for t in span) and not head_of(name):
            continue
        if not head_of(name) and not _is_acronym(name) and _common_words_only(name, lower_words):
            continue
        start += text[start:end].find(name.split()[0])
        pieces = [(name, start)]
        # "Justice Department's Criminal Division"; "Stonehill College and Massasoit
        # Community College": two bodies in one entity.
        if parts := split_possessive(name) or _two_bodies(name):
            pieces = [(parts[0], start), (parts[1], start + name.rfind(parts[1]))]
        for piece, p_start in pieces:
            mentions.append(OrgMention(piece, (p_start, p_start + len(piece))))
            if len(pieces) > 1:
                inner_spans.add(mentions[-1].span)
            for inner in _inner(piece, p_start):
                mentions.append(inner)
                inner_spans.add(inner.span)
                # ... and "Counterespionage Section" is a short name of the whole.
                outer = _TRAILING_FRAGMENT.sub("", piece[: inner.span[0] - p_start].rstrip())
                if head_of(outer) and len(outer.split()) >= 2:
                    mentions.append(OrgMention(outer, (p_start, p_start + len(outer))))
                    inner_spans.add(mentions[-1].span)
    mentions.extend(coordinated)
    mentions.extend(_acronyms_in_lists(doc, [m.span for m in mentions]))
    # A bare head word ("Committee") left from a longer name the text gives is a fragment.
    ends = {fold(m.name).split()[-1] for m in mentions if len(m.name.split()) > 1}
    mentions = [
        m for m in mentions
        if len(m.name.split()) > 1 or not (head_of(m.name) and fold(m.name) in ends)
    ]  # fmt: skip
    laws = _law_acronyms(text)
    mentions = [m for m in mentions if m.name not in laws]
    mentions = _drop_nested(mentions, inner_spans)
    return group(mentions, text, place_words | {"us"})


def _in_caps_run(doc: Doc, span) -> bool:
    """An entity read from a headline in capitals ("SENS. MIKULSKI, CARDIN ANNOUNCE"): the
    model's guesses there are noise; the body, if real, is named again in the text."""
    if not span.text.isupper():
        return False
    near = [t for t in doc[max(0, span.start - 4) : span.end + 4] if t.is_alpha]
    # Capitals with small words in them make a headline; a list of acronyms has none.
    return all(t.is_upper for t in near) and any(t.lower_ in STOPWORDS for t in near)


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


def _inner(name: str, start: int) -> list[OrgMention]:
    """A body named inside another's name: "Karaganda Academy of the Ministry of Internal
    Affairs ..." also names the ministry; "Steering Committee of the Astana Civil Service Hub"
    names the hub."""
    m = re.search(r"\s(?:of|for)\s+(?:the\s+)?(?=[A-Z])", name)
    if not m:
        return []
    inner = name[m.end() :]
    if not head_of(inner) or len(inner.split()) < 2:
        return []
    return [OrgMention(inner, (start + m.end(), start + len(name)))]


def _law_acronyms(text: str) -> set[str]:
    """Acronyms a text defines for a law: "the Americans with Disabilities Act (ADA)"."""
    return set(re.findall(r"\b(?:Act|Amendments?)\s*\(?\s*([A-Z]{2,8})\b", text))


def _defined_acronyms(mentions: list[OrgMention], text: str) -> dict[str, str]:
    """Acronyms the text defines: 'Global Facility for ... Recovery (GFDRR)'."""
    out = {}
    for m in mentions:
        after = re.match(r"\s*\(([A-Z][A-Za-z&.]{1,9})\)", text[m.span[1] : m.span[1] + 14])
        if after and _is_acronym(after.group(1)):
            out[after.group(1)] = m.name
    return out


def _same_body(short: str, long: str, place_words: set[str]) -> bool:
    """Whether `short` is another name of the body `long` names (same head noun assumed).

    It is when `long` adds only words of places ("Interior Ministry of Kazakhstan"), only
    a qualifying phrase ("UNICEF Regional Office" for Europe and Central Asia), only a
    descriptor between the same proper name and head ("Almaty Academy" ~ "Almaty Police
    Academy"), or spells out a leading acronym ("NU Graduate School" ~ "Nazarbayev
    University Graduate School").
    """
    s_sig, l_sig = signature(short), signature(long)
    if len(l_sig) < len(s_sig) or fold(short) == fold(long):
        return False
    if _contains(l_sig, s_sig):
        extra = l_sig - s_sig
        if all(any(_same_word(w, p) for p in place_words) for w in extra):
            return True
        if re.match(re.escape(fold(short)) + r" (?:of|for|in|on) ", fold(long)):
            return True
        sw, lw = _words(short), _words(long)
        if (
            len(sw) == 2
            and sw[0] == lw[0]
            and sw[-1] == lw[-1]
            and sw[0].lower() not in org_heads()
        ):
            return True
    sw, lw = _words(short), _words(long)
    if sw and _is_acronym(sw[0]) and len(sw) > 1:
        n = len(sw[0].replace(".", ""))
        return initials(lw[:n]) == sw[0].replace(".", "") and [fold(w) for w in lw[n:]] == [
            fold(w) for w in sw[1:]
        ]
    return False


def group(mentions: list[OrgMention], text: str, place_words: set[str]) -> list[OrgGroup]:
    defined = _defined_acronyms(mentions, text)
    # Acronyms defined in the text become mentions of their body where they stand.
    for acr in defined:
        for am in re.finditer(rf"(?<![\w-]){re.escape(acr)}(?![\w-])", text):
            if not any(m.span[0] <= am.start() < m.span[1] for m in mentions):
                mentions.append(OrgMention(acr, am.span()))
    mentions.sort(key=lambda m: m.span)

    # "Department of Justices", "FBIs": a possessive whose apostrophe a scraper stripped
    # names the same body as the form without the s (or a form with the same words).
    folded = {fold(m.name) for m in mentions}
    sigs = {signature(m.name) for m in mentions}
    for m in mentions:
        if m.name.endswith("s") and len(m.name) > 4 and signature(m.name[:-1]) in sigs:
            m.name, m.span = m.name[:-1], (m.span[0], m.span[1] - 1)

    def key(name: str) -> str:
        k = fold(name)
        return k[:-1] if k.endswith("s") and k[:-1] in folded else k

    counts = Counter(key(m.name) for m in mentions)
    by_name: dict[str, OrgGroup] = {}
    for m in mentions:
        by_name.setdefault(key(m.name), OrgGroup()).mentions.append(m)
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
            if o is not g and head_of(o.name) == head and _same_body(g.name, o.name, place_words)
        ]  # fmt: skip
        if candidates:
            best = max(candidates, key=lambda o: sum(counts[key(n)] for n in o.names))
            merge(best, g)
    return sorted(groups, key=lambda g: g.mentions[0].span)


@Language.component("pressmine_orgs")
def org_component(doc: Doc) -> Doc:
    doc._.pm_orgs = collect(doc, doc._.pm_person_chars or set())
    return doc


if not Doc.has_extension("pm_orgs"):
    Doc.set_extension("pm_orgs", default=None)
