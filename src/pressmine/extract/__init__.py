"""One module per kind of thing extracted; each registers its spaCy component."""
