"""One module per kind of thing extracted; each registers its spaCy component."""

from spacy.tokens import Doc, Span

for _name in ("pm_ents", "pm_text"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def entities(doc: Doc) -> tuple[Span, ...]:
    """doc.ents, built once. spaCy builds the tuple afresh from every token on each access
    (a few hundred microseconds a release, some fifteen accesses); after the entity
    rulers our components only read the entities, so one copy serves them all."""
    if doc._.pm_ents is None:
        doc._.pm_ents = doc.ents
    return doc._.pm_ents


def text_of(doc: Doc) -> str:
    """doc.text, built once: spaCy joins it from every token on each access, which inside
    a loop over names made the organizations component quadratic in a release's length.
    Components call this, never doc.text."""
    if doc._.pm_text is None:
        doc._.pm_text = doc.text
    return doc._.pm_text
