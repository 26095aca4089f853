"""Press contacts: e-mail addresses (also written "name [at] un.org") and phone numbers,
grouped with the person named just before them in the contact block."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from . import text_of

_EMAIL = re.compile(
    r"(?<![\w.+-])(?P<user>[A-Za-z0-9][\w.+-]*)\s*(?:@|\[at\]|\(at\)|\{at\})\s*"
    r"(?P<domain>[A-Za-z0-9-]+(?:\s*(?:\.|\[dot\]|\(dot\))\s*[A-Za-z0-9-]+)*\.[A-Za-z]{2,})"
)
_PHONE = re.compile(
    # "202/224-2551", "617  565  4472" (a scrape's stripped dashes leave spaces)
    r"(?<![\w+/])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)[\s.-]?)?"
    r"\d{2,4}(?:(?:[ ]{1,3}|[./-])\d{2,4}){1,4}(?![\w-])"
    r"|(?<![\w+])\+\d{8,15}(?!\w)"
)
_TOLL_FREE = re.compile(r"1?8(?:00|88|77|66|55|44|33)\d{7}$")
_CONTACT_CUE = re.compile(r"contact|media|press|phone|tel\b|telephone|e-?mail|call", re.IGNORECASE)


@dataclass
class FoundContact:
    name: str | None
    email: str | None
    phone: str | None
    span: tuple[int, int]


def _phone_ok(text: str) -> bool:
    digits = re.sub(r"\D", "", text)
    # Phone numbers have 7-15 digits; a bare run of digits without a '+' is more likely
    # an amount, a case number or a year range.
    return 7 <= len(digits) <= 15 and (
        text.startswith("+") or re.search(r"[\s.()-]", text) is not None
    )


def find_contacts(doc: Doc, people) -> list[FoundContact]:
    text = text_of(doc)
    items: list[tuple[int, int, str, str]] = []  # start, end, kind, value
    for m in _EMAIL.finditer(text):
        domain = re.sub(r"\s*(?:\[dot\]|\(dot\))\s*", ".", m.group("domain")).replace(" ", "")
        items.append((m.start(), m.end(), "email", f"{m.group('user')}@{domain}".lower()))
    dates = [d.span for d in doc._.pm_dates or []]
    for m in _PHONE.finditer(text):
        if any(s <= m.start() < e for s, e, _, _ in items) or not _phone_ok(m.group()):
            continue
        if any(s < m.end() and m.start() < e for s, e in dates):  # "04 28 2005"
            continue
        # Only numbers in a contact context: a cue word shortly before, an e-mail near, or
        # a person's name right before ("Laura Capps   202 224 2633" closing a release).
        before = text[max(0, m.start() - 120) : m.start()]
        near_email = any(abs(s - m.start()) < 200 for s, _, k, _ in items if k == "email")
        named = any(0 <= m.start() - p.span[1] <= 4 for p in people)
        # A toll-free number is a public hotline ("you can call 1 800 FED INFO  1 800 333
        # 4636"), not a press office, unless a person or an e-mail goes with it.
        hotline = _TOLL_FREE.match(re.sub(r"\D", "", m.group())) is not None
        if (_CONTACT_CUE.search(before) and not hotline) or near_email or named:
            items.append((m.start(), m.end(), "phone", m.group().strip()))
    items.sort()
    contacts: list[FoundContact] = []
    for start, end, kind, value in items:
        # An e-mail and a phone within one short block belong to one contact.
        last = contacts[-1] if contacts else None
        if last and start - last.span[1] < 160 and getattr(last, kind) is None:
            setattr(last, kind, value)
            last.span = (last.span[0], end)
            continue
        contacts.append(FoundContact(None, value if kind == "email" else None,
                                     value if kind == "phone" else None, (start, end)))  # fmt: skip
    for c in contacts:
        before = [p for p in people if p.span[1] <= c.span[0] and c.span[0] - p.span[1] < 200]
        if before:
            c.name = before[-1].name
    return contacts


@Language.component("pressmine_contacts")
def contact_component(doc: Doc) -> Doc:
    doc._.pm_contacts = find_contacts(doc, doc._.pm_people or [])
    return doc


if not Doc.has_extension("pm_contacts"):
    Doc.set_extension("pm_contacts", default=None)
