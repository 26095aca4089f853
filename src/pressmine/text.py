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
from spacy.symbols import ORTH
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from .extract.names import title_abbreviations
from .resources import load_lexicon

# Unicode spaces, zero-width characters and a lone carriage return each become one
# plain space, so that the tokenizer and the pretrained models see ordinary text.
_SPACE_LIKE = re.compile(
    "[\u00a0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff\t\r\f\v]"
)


# A scraper's null: "None" printed for an empty field and glued to its neighbours, as in
# "NoneNoneNo woman should..." or "...Police DepartmentNoneAs detailed", or standing alone
# before the next field ("... religious beliefs. None Hate crimes violate ..."). It becomes
# spaces, which also marks the field boundary as a sentence start. A "None" that is a word
# ("None of the", "None were hurt") has a lower-case word after it and is left alone.
_NULL_FIELD = re.compile(
    r"(?<![A-Z])None(?=None|[A-Z])|(?<=None)None\b|(?:^|(?<=[\s.:;!?\"”]))None(?=\s+[A-Z])"
)


# Page furniture on a line of its own: end marks, "On the Net:" and bare links, language
# switches, share and print links. Blanked, so no entity or outcome is read from it.
_FURNITURE_LINE = re.compile(
    r"(?im)^[ \t]*(?:#{3,}|-{3,}|\*{3,}|on the net:?.*|story in \w+ language\.?"
    r"|share(?: this| on \w+)?.{0,20}|print(?: this page)?|e-?mail this (?:page|story)"
    r"|back to top|skip to (?:main )?content|(?:https?://|www\.)\S+)[ \t]*$"
)


def _blank(m: re.Match) -> str:
    return " " * len(m.group())


def for_spacy(text: str) -> str:
    """The text the pipeline reads: same length as `text`, odd spaces made plain, scraped
    nulls and furniture lines blanked."""
    text = _NULL_FIELD.sub("    ", _SPACE_LIKE.sub(" ", text))
    return _FURNITURE_LINE.sub(_blank, text)


_OPENERS = load_lexicon("openers.txt")
_GLUED_VERBS = ("said", "says", "announced", "stated", "added")

# Glued sentence ends as scraped: "announcement.Douglas", "2017.In", 'guilty."We', "said.”The".
GLUE_INFIXES = [
    r"(?<=[0-9a-z%)])\.(?=[A-Z][a-z])",
    r"(?<=[.!?])[\"“”'’](?=[A-Z])",
    r"(?<=[a-z][.!?])[\"“”](?=\s|$)",
    # lines of a list glued at a number or a semicolon: "age 27Hisaun Chatman", "age 22;Terrell"
    r"(?<=[0-9])(?=[A-Z][a-z]{2,})",
    r"(?<=[0-9a-z%)]);(?=[A-Z][a-z])",
    # a reporting verb glued to the title after it: "saidActing U.S. Attorney"
    "(?:" + "|".join(f"(?<={verb})" for verb in _GLUED_VERBS) + ")(?=[A-Z][a-z])",
    # a sentence glued on with its stop lost: "higher educationHigh-quality", "effortsThis".
    # A word that starts in lower case has no capital inside it ("eBay" and "iPhone"
    # have one lower-case letter before theirs); a capitalized one is a brand's camel
    # case ("AmeriCorps", "ConocoPhillips") unless a sentence opener follows: "SheetThe".
    "(?:" + "|".join(rf"(?<=^[a-z]{{{n}}})" for n in range(3, 16)) + r")(?=[A-Z][a-z])",
    r"(?<=[a-z]{2})(?=(?:"
    + "|".join(sorted(w.capitalize() for w in _OPENERS if len(w) >= 3))
    + r")(?![a-z]))",
]


def customize_tokenizer(nlp: Language) -> None:
    infixes = list(nlp.Defaults.infixes) + GLUE_INFIXES
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # Abbreviated title words keep their period, as "Sen." and "Gov." do in spaCy's own
    # exceptions: "Lt. Gov. Jane Roe" is one title, not a sentence ending at "Lt".
    for key in title_abbreviations():
        word = key.capitalize() + "."
        if word not in nlp.tokenizer.rules:
            nlp.tokenizer.add_special_case(word, [{ORTH: word}])


_REPORTED = {"said", "says", "added", "stated"}
_FINITE = {"VBD", "VBZ", "VBP", "MD"}


def is_stripped(doc: Doc) -> bool:
    """Whether a scraper stripped the punctuation: almost no full stops or commas."""
    words = sum(t.is_alpha for t in doc)
    marks = sum(t.text in (".", ",", "!", "?", ";") for t in doc)
    return words >= 40 and marks < words / 100


@Language.component("pressmine_breaks")
def mark_breaks(doc: Doc) -> Doc:
    """Start a sentence after a line break or a run of 3+ spaces (dropped punctuation).

    In text with its punctuation stripped, also before a capitalized sentence opener
    ("This", "We", "Every") that follows a lower-case word or a reporting clause
    ("... said Alexander This win ..."). Runs before the parser, which keeps boundaries
    that are already set.
    """
    doc._.pm_stripped = stripped = is_stripped(doc)
    words = [t for t in doc if not t.is_space]
    for k, token in enumerate(words):
        gap = token.i > 0 and doc[token.i - 1].is_space and doc[token.i - 1].text
        # A space token holds whitespace beyond the single space a token may carry.
        # Stripped text keeps a space run where any mark was ('edge," said'): only a
        # capitalized word after it may open a sentence.
        # Two spaces between a lower-case word and a capitalized one are a stripped full
        # stop: "... cases of child exploitation  Protecting Rhode Island children ...".
        wide = gap and ("\n" in gap or len(gap) >= 2 or (stripped and words[k - 1].text.islower()))
        if wide and (not stripped or token.text[:1].isupper()):
            token.is_sent_start = True
        # A word the glue infixes split from the one before ("education|High-quality"),
        # save a title glued to the reporting verb before it ("said|Acting U.S. Attorney").
        prev = words[k - 1] if k else None
        if (
            prev is not None
            and not prev.whitespace_
            and prev.is_alpha
            and prev.text[-1].islower()
            and token.is_alpha
            and token.is_title
            and prev.lower_ not in _GLUED_VERBS
        ):
            token.is_sent_start = True
        if token.text in _REPORTED and k and words[k - 1].text == ".":
            # "... contracting opportunities. said Acting Inspector General X.": a comma
            # mistyped or mis-scraped as a stop; no sentence opens with a lower-case "said".
            token.is_sent_start = False
        if not stripped or k < 3:
            continue
        back = [t.lower_ for t in words[k - 3 : k]]
        if token.lower_ in _REPORTED:
            # "... homes Sen Landrieu said": the speaker before the verb stays in its sentence.
            token.is_sent_start = False
            for prev in reversed(words[max(0, k - 3) : k]):
                if not prev.text[:1].isupper():
                    break
                prev.is_sent_start = False
        elif back[-1] in _REPORTED:
            # "Brown said Ohio is ...": after "<Name> said" a new sentence with its own verb;
            # "said Alexander", "... for Rhode Island said Reed a senior member": the speaker.
            nxt = words[k + 1] if k + 1 < len(words) else None
            named = words[k - 2].text[:1].isupper()
            subject = nxt is not None and nxt.tag_ in _FINITE and named
            # "... Senator Clinton said          For the over 3 million ...": the speaker
            # came before the verb, and a gap wider than a stripped comma is a new sentence.
            apart = named and gap and len(gap) >= 2
            opens = token.lower_ in _OPENERS or subject or apart
            token.is_sent_start = opens and token.text[:1].isupper()
        elif (
            token.text[:1].isupper()
            and token.lower_ in _OPENERS
            and (
                any(w in _REPORTED for w in back)
                or (words[k - 1].text.islower() and token.text != "I")
                or gap  # where a mark was: "... Air National Guard  This is a great day"
            )
        ):
            token.is_sent_start = True
    return doc


if not Doc.has_extension("pm_stripped"):
    Doc.set_extension("pm_stripped", default=False)
