"""Names of one body: what a name is built on (its head noun, its content words), and the
grouping of an organization's mentions into one item each.

Mentions are grouped when the text defines a short form ("... Recovery (GFDRR)", "doing
business as ..."), when an acronym spells a name's initials, when one name's content words
contain the other's with the same head noun ("Interior Ministry" ~ "Interior Ministry of
Kazakhstan") or, without a head noun, when one adds only places or a company's suffix.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from .names import STOPWORDS, fold, initials, org_heads, org_synonyms


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


@lru_cache(maxsize=8192)
def signature(name: str) -> frozenset[str]:
    """Content words of a name, with synonyms folded, for matching two names of one body."""
    text = " " + fold(name).replace("’", "'") + " "
    for phrase, canon in org_synonyms().items():
        text = text.replace(f" {phrase} ", f" {canon} ")
    words = [w.strip(".'") for w in text.split()]
    return frozenset(w for w in words if w and w not in STOPWORDS and w != "republic")


@lru_cache(maxsize=8192)
def head_of(name: str) -> str | None:
    """The organization noun a name is built on: the last word from models/org_heads.txt
    before any "of/for/in" phrase ("Nazarbayev University Graduate School of ..." -> school)."""
    words = _words(name.lower())
    for k, w in enumerate(words):
        if w in ("of", "for", "in", "on") and k:
            words = words[:k]
            break
    heads = [w for w in words if w in org_heads()]
    pairs = (f"{a} {b}" for a, b in zip(words, words[1:], strict=False))
    heads += [p for p in pairs if p in org_heads()]
    if not heads:
        return None
    last = max(heads, key=lambda h: max(k for k, w in enumerate(words) if w == h.split()[-1]))
    sig = sorted(signature(singular_head(last)))  # "Army Reserves" ~ "U.S. Army Reserve"
    return " ".join(sig) if sig else None


def _same_word(a: str, b: str) -> bool:
    # A demonym and its country share a long stem: "kazakh" ~ "kazakhstan".
    return a == b or (len(a) >= 5 and len(b) >= 5 and (a.startswith(b) or b.startswith(a)))


def contains(big: frozenset[str], small: frozenset[str]) -> bool:
    return all(any(_same_word(s, b) for b in big) for s in small)


def is_acronym(word: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Z&.-]{1,9}s?", word)) and sum(c.isupper() for c in word) >= 2


_COMPANY_SUFFIXES = {
    "inc", "incorporated", "llc", "lp", "llp", "pllc", "ltd", "corp", "co", "plc", "l.p", "l.l.c",
    "pc", "p.c",
}  # fmt: skip


def singular_head(word: str) -> str:
    return word[:-1] if word.endswith("s") and word[:-1] in org_heads() else word


# "... Criminal Investigation Commands (CID) Major Procurement Fraud Unit": a possessive's s,
# its apostrophe stripped, may stand between a name and its short form.
_SHORT_FORM = re.compile(
    r"(?:['’]?s(?=\s*\())?\.?\s*\((?:the\s+)?([A-Z][\w&.'’-]*(?:[ ][A-Z][\w&.'’-]*){0,3})\)"
)
# "Kwong Tung Foods Inc. (Kwong Tung Foods) doing business as Canton Foods"
_ALSO_KNOWN = re.compile(
    r"\.?\s*,?\s*(?:doing business as|d/b/a|also known as|a/k/a|formerly known as)\s+(?:the\s+)?"
    r"([A-Z][\w&.'’-]*(?:[ ][A-Z][\w&.'’-]*){0,4})"
)
# Stripped text keeps a definition's acronym between runs of spaces: "Institute s  TERI  new".
_STRIPPED_ACRONYM = re.compile(r"(?:[ ]+s)?[ ]{2,}([A-Z][A-Z&-]{1,9})(?=[ ]{2,}|[ ]+[a-z])")


def _spells_name(acr: str, name: str, text: str) -> bool:
    """Whether an acronym spells a name's initials, a leading "The" counted when the text
    writes one ("The Education Resources Institute" is TERI)."""
    acr = acr.replace(".", "")
    words = _words(name)
    letters = initials(words)
    if acr == letters:
        return True
    # "U S Veterans Affairs" is VA: the country's letters before a name are often left out,
    # and so is a department's noun ("the Department of Veterans Affairs" is the VA).
    prefix = re.match(
        r"(?:(?:U\.?[ ]?S\.?|United States)[ ])?(?:Department[ ]of[ ](?:the[ ])?)?", name
    )
    if prefix.end() and acr == initials(_words(name[prefix.end() :])):
        return True
    pattern = r"\bthe\s+" + r"\s+".join(re.escape(w) for w in name.split())
    return acr == "T" + letters and re.search(pattern, text, re.IGNORECASE) is not None


def _spells_run(acr: str, name: str) -> bool:
    """Whether an acronym spells the initials of three or more consecutive words of a
    longer name."""
    letters = initials([w for w in _words(name) if not is_acronym(w)])
    return len(letters) > len(acr) and acr in letters


def _definitions(
    mentions: list[OrgMention], text: str, stripped: bool
) -> tuple[dict[str, str], dict[str, str]]:
    """Acronyms and short names the text defines for a body: "Global Facility for ...
    Recovery (GFDRR)", "(DOT-OIG)", "Myrtle Beach Direct Air and Tours (Direct Air)",
    "doing business as Canton Foods"; in stripped text an acronym between space runs
    when it spells the name. Returns (acronym -> name, short name -> name)."""
    acronyms, names = {}, {}
    for m in mentions:
        pos = m.span[1]
        while True:
            after = _SHORT_FORM.match(text, pos) or _ALSO_KNOWN.match(text, pos)
            if after is None:
                break
            short = after.group(1)
            if is_acronym(short):
                acronyms[short] = m.name
            elif after.re is _ALSO_KNOWN or all(
                fold(w) in fold(m.name).split() for w in short.split()
            ):
                names[fold(short)] = m.name
            else:
                break
            pos = after.end()
        after = _STRIPPED_ACRONYM.match(text, m.span[1]) if stripped else None
        if after and is_acronym(after.group(1)) and _spells_name(after.group(1), m.name, text):
            acronyms[after.group(1)] = m.name
    return acronyms, names


def _same_body(short: str, long: str, place_words: set[str]) -> bool:
    """Whether `short` is another name of the body `long` names (same head noun assumed).

    It is when `long` adds only words of places ("Interior Ministry of Kazakhstan"), only
    a qualifying phrase ("UNICEF Regional Office" for Europe and Central Asia), only a
    descriptor between the same proper name and head ("Almaty Academy" ~ "Almaty Police
    Academy"), only words before the short name ("Boston Division Cyber Task Force" ~
    "FBI Boston Division Cyber Task Force"), only fields listed before the head ("Senate
    Banking Committee" ~ "Senate Banking, Housing and Urban Affairs Committee"), or spells
    out a leading acronym ("NU Graduate School" ~ "Nazarbayev University Graduate School").
    """
    s_sig, l_sig = signature(short), signature(long)
    if len(l_sig) < len(s_sig) or fold(short) == fold(long):
        return False
    sw, lw = _words(short), _words(long)
    fs, fl = [fold(w) for w in sw], [fold(w) for w in lw]
    if contains(l_sig, s_sig):
        extra = {w for w in l_sig if not any(_same_word(w, s) for s in s_sig)}
        # Not "Baltimore Police Department" ~ "Baltimore County Police Department": a county
        # and its seat are two places, each with its own bodies.
        if "county" not in extra and all(any(_same_word(w, p) for p in place_words) for w in extra):
            return True
        # "Baltimore Police Department" ~ "Baltimore City Police Department".
        if extra == {"city"} and re.sub(r" city\b", "", fold(long), count=1) == fold(short):
            return True
        if re.match(re.escape(fold(short)) + r" (?:of|for|in|on) ", fold(long)):
            return True
        # "Senate Caucus" ~ "Senate COPD Caucus"; not "Office ..." ~ "Office of ...".
        if (
            len(sw) == 2
            and sw[0] == lw[0]
            and sw[-1] == lw[-1]
            and (sw[0].lower() not in org_heads() or fs[0] in ("senate", "house"))
        ):
            return True
        if len(sw) >= 2 and fl[-len(fs) :] == fs and fs[0] not in ("of", "for"):
            return True
        if (
            len(sw) >= 3
            and not set(fs) & STOPWORDS
            and fl[: len(fs) - 1] == fs[:-1]
            and fl[-1] == fs[-1]
            and "and" in fl
        ):
            return True
    if sw and is_acronym(sw[0]) and len(sw) > 1:
        n = len(sw[0].replace(".", ""))
        return initials(lw[:n]) == sw[0].replace(".", "") and [fold(w) for w in lw[n:]] == [
            fold(w) for w in sw[1:]
        ]
    return False


_FORCE_UNITS = {"department", "office", "service"}


def _other_name(short: str, long: str, place_words: set[str]) -> bool:
    """Another name of a body that needs no head noun: the field of "Head of X" ("Diplomatic
    Security" ~ "Bureau of Diplomatic Security"), the name with only places or a company's
    suffix added ("Navy" ~ "U S Navy", "Kwong Tung Foods" ~ "Kwong Tung Foods Inc."), or
    the acronym that opens a company's name ("ATP" ~ "ATP Oil & Gas Corporation")."""
    fs, fl = fold(short), fold(long)
    if fs == fl:
        return False
    sw, lw = _words(short), _words(long)
    if len(sw) >= 2 and re.search(r" (?:of|for) (?:the )?" + re.escape(fs) + "$", fl):
        return head_of(long) is not None and fl.split()[0] in org_heads()
    # "Metro Transit Police" ~ "Metro Transit Police Department": a force and its department.
    if (
        fl.startswith(fs + " ")
        and fl[len(fs) + 1 :] in _FORCE_UNITS
        and (head_of(short) or fs.endswith(" police"))
    ):
        return True
    s_sig, l_sig = signature(short), signature(long)
    extra = l_sig - s_sig
    if s_sig and extra and contains(l_sig, s_sig):
        if fl.startswith(fs) and all(w.strip(".") in _COMPANY_SUFFIXES for w in extra):
            return True
        if fl.endswith(fs) and all(any(_same_word(w, p) for p in place_words) for w in extra):
            return True
    if is_acronym(short) and len(sw) == 1 and len(lw) >= 3 and lw[0] == short:
        last = lw[-1].lower().rstrip(".")
        return last in _COMPANY_SUFFIXES or last in ("corporation", "company", "partners")
    return False


def _words_within(short: str, long: str) -> bool:
    """ "Air Guards" ~ "Rhode Island Air National Guard", "National Guard" ~ "Army National
    Guard": a name of two words and no body's noun whose words the longer name has in the
    same order, ending on the same word (a possessive's stripped s aside). Not a longer one:
    "Rhode Island National Guard" is another body than "Rhode Island Air National Guard"."""
    sw, lw = fold(short).split(), fold(long).split()
    if len(sw) != 2 or len(lw) <= len(sw) or head_of(short) or head_of(long):
        return False
    if sw[-1].removesuffix("s") != lw[-1].removesuffix("s"):
        return False
    rest = iter(lw[:-1])
    return all(w in rest for w in sw[:-1])


def group(
    mentions: list[OrgMention], text: str, place_words: set[str], stripped: bool = False
) -> list[OrgGroup]:
    defined, short_names = _definitions(mentions, text, stripped)
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

    def weight(g: OrgGroup) -> int:
        return sum(counts[key(n)] for n in g.names)

    # 0. Short names the text defines: "(Kwong Tung Foods)", "doing business as ...".
    for short, target in short_names.items():
        g = by_name.get(key(short))
        into = by_name.get(key(target))
        if g is not None and into is not None and g is not into and g in groups and into in groups:
            merge(into, g)

    # 1. Acronyms: defined ones, then any acronym that spells another name's initials.
    for g in list(groups):
        acr = g.mentions[0].name
        if not is_acronym(acr) or g not in groups:
            continue
        target_name = defined.get(acr)
        for other in groups:
            if other is g:
                continue
            if (target_name and fold(target_name) in {fold(n) for n in other.names}) or (
                not target_name
                and len(other.name.split()) > 1
                and _spells_name(acr, other.name, text)
            ):
                other.acronym = acr
                merge(other, g)
                break
        else:
            # "ATF" for the "Bureau of Alcohol, Tobacco, Firearms and Explosives", "HHS" for
            # the "Department of Health and Human Services": an acronym of a run of the
            # name's words, when only one name in the text has that run and no acronym of
            # its own (then the run names another body: "TAA" beside "ATAA").
            if target_name or len(acr) < 3 or g not in groups:
                continue
            runs = [o for o in groups if o is not g and _spells_run(acr, o.name)]
            # "Department of Housing and Urban Development" and "U.S. Department of ...":
            # two names of one body, grouped below, count once; so do a body and a unit
            # named after it ("Detroit Office of the U.S. Department of ..."): the body's.
            runs = [
                r for r in runs
                if not any(o is not r and fold(o.name) in fold(r.name) for o in runs)
            ]  # fmt: skip
            if len(runs) == 1 and not runs[0].acronym:
                runs[0].acronym = acr
                merge(runs[0], g)

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
            merge(max(candidates, key=weight), g)

    # 3. Other names that need no head noun (see _other_name); each holds the other's words.
    for g in sorted(groups, key=lambda g: len(signature(g.name))):
        if g not in groups:
            continue
        short = fold(g.name)
        candidates = [
            o for o in groups
            if o is not g
            and (
                (short in fold(o.name) and _other_name(g.name, o.name, place_words))
                or _words_within(g.name, o.name)
            )
        ]  # fmt: skip
        if candidates:
            merge(max(candidates, key=weight), g)
    return sorted(groups, key=lambda g: g.mentions[0].span)
