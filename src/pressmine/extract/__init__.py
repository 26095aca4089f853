"""One module per kind of thing extracted; each registers its spaCy component."""

from spacy.tokens import Doc, Span

if not Doc.has_extension("pm_ents"):
    Doc.set_extension("pm_ents", default=None)


def entities(doc: Doc) -> tuple[Span, ...]:
    """doc.ents, built once. spaCy builds the tuple afresh from every token on each access
    (a few hundred microseconds a release, some fifteen accesses); after the entity
    rulers our components only read the entities, so one copy serves them all."""
    if doc._.pm_ents is None:
        doc._.pm_ents = doc.ents
    return doc._.pm_ents
