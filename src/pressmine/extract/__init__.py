"""One module per kind of thing extracted; each registers its spaCy component."""

from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

for _name in ("pm_ents", "pm_ent_starts", "pm_text"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def entities(doc: Doc) -> tuple[Span, ...]:
    """doc.ents, built once. spaCy builds the tuple afresh from every token on each access
    (a few hundred microseconds a release, some fifteen accesses); after the entity
    rulers our components only read the entities, so one copy serves them all."""
    if doc._.pm_ents is None:
        doc._.pm_ents = doc.ents
    return doc._.pm_ents


def ents_in(span: Span) -> list[Span]:
    """span.ents from the one copy: spaCy's own rebuilds every entity of the doc."""
    doc = span.doc
    ents = entities(doc)
    if doc._.pm_ent_starts is None:
        doc._.pm_ent_starts = [e.start for e in ents]
    found = []
    for e in ents[bisect_left(doc._.pm_ent_starts, span.start) :]:
        if e.end > span.end:
            break
        found.append(e)
    return found


def entity_of(tok: Token) -> Span | None:
    """The entity a token is part of, if any."""
    if not tok.ent_type_:
        return None
    return next((e for e in ents_in(tok.sent) if e.start <= tok.i < e.end), None)


def text_of(doc: Doc) -> str:
    """doc.text, built once: spaCy joins it from every token on each access, which inside
    a loop over names made the organizations component quadratic in a release's length.
    Components call this, never doc.text."""
    if doc._.pm_text is None:
        doc._.pm_text = doc.text
    return doc._.pm_text
