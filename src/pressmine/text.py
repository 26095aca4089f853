"""Text clean-up that keeps offsets true.

spaCy sees a copy of the text of exactly the same length, so every token's offset
is also an offset into the text as read: only one-character-for-one substitutions
happen here. Glued sentences ("said.The", "2017.In") are split by tokenizer infixes
rather than by inserting spaces, and line breaks or long runs of spaces (where a
scraper dropped the punctuation) are marked as sentence starts before the parser runs.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

# Unicode spaces, zero-width characters and a lone carriage return each become one
# plain space, so that the tokenizer and the pretrained models see ordinary text.
_SPACE_LIKE = re.compile(
    "[\u00a0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff\t\r\f\v]"
)


# A scraper's null: "None" printed for an empty field and glued to its neighbours, as in
# "NoneNoneNo woman should..." or "...Police DepartmentNoneAs detailed". It becomes spaces,
# which also marks the field boundary as a sentence start. A "None" that is a word
# ("None of the") has a space after it and is left alone.
_NULL_FIELD = re.compile(r"(?<![A-Z])None(?=None|[A-Z])|(?<=None)None\b")


def for_spacy(text: str) -> str:
    """The text the pipeline reads: same length as `text`, odd spaces made plain."""
    return _NULL_FIELD.sub("    ", _SPACE_LIKE.sub(" ", text))


# Glued sentence ends as scraped: "announcement.Douglas", "2017.In", 'guilty."We', "said.”The".
GLUE_INFIXES = [
    r"(?<=[0-9a-z%)])\.(?=[A-Z][a-z])",
    r"(?<=[.!?])[\"“”'’](?=[A-Z])",
    r"(?<=[a-z][.!?])[\"“”](?=\s|$)",
]


def customize_tokenizer(nlp: Language) -> None:
    infixes = list(nlp.Defaults.infixes) + GLUE_INFIXES
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


@Language.component("pressmine_breaks")
def mark_breaks(doc: Doc) -> Doc:
    """Start a sentence after a line break or a run of 3+ spaces (dropped punctuation).

    Runs before the parser, which keeps boundaries that are already set.
    """
    for token in doc[:-1]:
        # A space token holds whitespace beyond the single space a token may carry.
        if token.is_space and ("\n" in token.text or len(token.text) >= 2):
            nxt = doc[token.i + 1]
            if not nxt.is_space:
                nxt.is_sent_start = True
    return doc
