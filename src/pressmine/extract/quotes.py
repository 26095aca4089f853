"""Quotes and their speakers.

A quote is text between quotation marks (curly, straight or mixed, as scraped) that
reads as speech: several words, not a Title Case name of a project or event. Its
speaker is the subject of a speech verb in the sentence around the quote ("...,"
said Deputy Minister X; X said: "..."), resolved to an official; "he said" goes to
the person last named before the quote.

Scraped releases often lose their quotation marks ("No woman should ever ..., said
Acting Assistant Attorney General John Gore."). A sentence with no marks that ends in a
reporting clause, a speech verb after a comma with a named person (or "he"/"she") right
beside it, is read as a quote: the words from the sentence start to that comma.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from . import text_of
from .headline import title_of
from .names import fold, is_address_title, title_heads, title_modifiers


def is_title(tok) -> bool:
    return tok.lower_.strip(".") in title_heads() or is_address_title(tok.text)


_OPEN, _CLOSE = '“"«', '”"»'
_SPEECH = {
    "say", "tell", "add", "state", "note", "emphasize", "emphasise", "stress", "explain",
    "remark", "declare", "comment", "underline", "conclude", "continue", "announce",
    "write",  # '"...," Pearce, Wilson and Domenici wrote Richardson.'
}  # fmt: skip


@dataclass
class FoundQuote:
    text: str
    span: tuple[int, int]
    speaker: str | None
    closing: bool = False  # read from a closing "..., X said." with no marks
    leads: bool = False  # read after an opening "X said, ..." with no marks


def quote_spans(text: str) -> tuple[list[tuple[int, int]], list[int], dict[int, int]]:
    """Spans of the text inside paired quotation marks, closing marks left unpaired (a
    scrape lost the opening one: 'victim.Despite the progress ... occur," said X'), and for
    a span that goes on with the speech of the paragraph before it, that one's start.

    A straight mark opens after a space and before a word, and closes after a word and
    before a space or a stop; otherwise it does what the pairing needs. A mark that opens
    while a quote is open on an earlier line is the next paragraph of the same speech
    ("Para one. \n "Para two."): the open quote ends with its paragraph. One that opens on
    the same line quotes someone inside the quote ('Clay said "I would rather be right."
    Barkley lived by that motto.'), which goes on after it."""
    spans, orphans, going_on, start, outer = [], [], {}, None, []
    for i, ch in enumerate(text):
        if ch not in _OPEN and ch not in _CLOSE:
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if ch in "“«" or (ch == '"' and before.isspace() and not after.isspace()):
            opens = True
        elif ch in "”»" or (ch == '"' and not before.isspace() and after in _AFTER_CLOSE):
            opens = False
        else:
            opens = start is None
        if opens:
            if start is not None and (line := text.rfind("\n", start, i)) > start:
                spans.append((start, line))
                going_on[i + 1] = start
                outer = []
            elif start is not None:
                outer.append(start)
            start = i + 1
        elif start is not None:
            spans.append((start, i))
            start = outer.pop() if outer else None
        else:
            orphans.append(i)
    return spans, orphans, going_on


_AFTER_CLOSE = frozenset(" \t\n\r.,;:!?)]}")


def _is_speech(doc: Doc, text: str, span: tuple[int, int]) -> bool:
    """Speech has several words, not mostly capitalized ("Emergency and Crisis Management in
    the Public Sector" names an event), and a finite verb ("Good practices in ..." names a
    seminar)."""
    # doc.text is rebuilt from the tokens at each access: slice the text we were given.
    piece = text[span[0] : span[1]].split()
    # The first word is capitalized in any sentence; names in speech ("a great day for
    # Rhode Island") leave most of the other words in lower case.
    words = [w for w in piece[1:] if len(w) >= 4]
    if len(piece) < 4 or not words:
        return False
    if sum(w[:1].isupper() for w in words) / len(words) >= 0.8:
        return False
    inside = doc.char_span(span[0], span[1], alignment_mode="expand")
    return inside is not None and any(
        t.tag_ in ("VBD", "VBZ", "VBP", "MD")
        or "Fin" in t.morph.get("VerbForm")
        # "SBAs contracting programs, including ..., provide": tagged a bare form, but
        # with a subject of its own
        or (t.tag_ == "VB" and any(c.dep_ == "nsubj" for c in t.children))
        for t in inside
    )


def find_quotes(doc: Doc, officials) -> list[FoundQuote]:
    text = text_of(doc)
    mentions = sorted((m, p) for p in officials for m in p.mentions)

    def person_at(char: int):
        for (s, e), p in mentions:
            if s <= char < e:
                return p
        return None

    surnames = {}
    for p in officials:
        surnames.setdefault(p.last, p)

    def by_surname(word: str):
        """ "Sanders said, ..." where the parse did not mark "Sanders" as a mention."""
        return surnames.get(fold(word)) if word[:1].isupper() else None

    def last_before(char: int):
        before = [p for (s, _e), p in mentions if s < char]
        return before[-1] if before else None

    found: list[FoundQuote] = []
    spans, orphans, going_on = quote_spans(text)
    for close in orphans:
        # The quote whose opening mark was lost opens with the sentence of its closing one.
        tok = doc.char_span(close - 1, close, alignment_mode="expand")
        if tok is not None and not any(qs <= close <= qe for qs, qe in spans):
            spans.append((tok.sent.start_char, close))
    for qs, qe in sorted(spans):
        body = text[qs:qe]
        lead = len(body) - len(body.lstrip())
        tail = len(body.rstrip(" ,\n\t"))
        span = (qs + lead, qs + tail)
        if span[1] <= span[0] or not _is_speech(doc, text, span):
            continue
        speaker = _speaker(doc, span, person_at, last_before, by_surname)
        if speaker is None and text[span[0]].islower():
            continue  # words of a document or a law cited in the narration, nobody's speech
        # The speech whose next paragraph this is: the quote holding the paragraph before
        # (whose span starts past the spaces after its mark).
        para = going_on.get(qs)
        if para is not None:
            para += len(text[para:qs]) - len(text[para:qs].lstrip())
        speech_of = next(
            (q for q in found if para is not None and q.span[0] <= para <= q.span[1]), None
        )
        if speaker is None and qs in going_on:
            # The next paragraph of a speech.
            speaker = speech_of.speaker if speech_of else None
        elif (
            speaker is None
            and found
            and found[-1].speaker
            and found[-1].span[1] <= qs  # not a quote inside it ('put it this way: "When ...')
            and not _REPORTED_AFTER.match(text, span[1])
        ):
            before = found[-1]
            between = text[before.span[1] : qs]
            named = {p.name for (s, _e), p in mentions if before.span[1] <= s < qs}
            # A quote that goes on after "said X." without a new speaker: X's, before anyone
            # merely named near it ("Brownback encouraged Gonzales ..."), also after a long
            # reporting clause that names X alone ('," said Tony West, Assistant Attorney
            # General for the Civil Division. "').
            if qs - before.span[1] < 400 and (
                not re.search(r"\b(?:said|says|told|added)\b", between)
                or len(between) < 80
                or named == {before.speaker}
            ):
                speaker = before.speaker
        if speaker is None:
            speaker = _speaker_nearby(doc, span, person_at, last_before, by_surname, found)
        if speech_of is not None and speech_of.speaker == speaker:
            # The next paragraph of one speech: one quote, from its first words to its last
            # (what it quotes in between stays apart).
            found.remove(speech_of)
            span = (speech_of.span[0], span[1])
        found.append(FoundQuote(text[span[0] : span[1]], span, speaker))
    marked = [q.span for q in found]
    going_on: FoundQuote | None = None  # an unmarked quote that may go on
    speech = doc._.pm_speech = []
    prose = []  # the sentences since the last quote or reporting clause
    spoken = None  # the last sentence read as an unmarked quote going on
    for sent in doc.sents:
        said_on, spoken = spoken, None
        if any(qs < sent.end_char and sent.start_char < qe for qs, qe in marked):
            going_on, prose = None, []
            continue
        quote = _unmarked(doc, text, sent, person_at, last_before, by_surname)
        if quote is not None and len(marked) >= 2:
            # A release that marks its quotes elsewhere has kept its marks: an unmarked
            # "..., Senator X said." in it reports what X said, in the writer's words.
            speech.append((sent.start_char, sent.end_char))
            going_on, prose = None, []
            continue
        if quote is None and going_on is not None and _goes_on(sent):
            # "..., said X. We will continue our efforts ...": likely the speaker going on,
            # too unsure to report as a quote, but speech all the same (see outcomes).
            speech.append((sent.start_char, sent.end_char))
            spoken = sent  # a glued paragraph in it may open the next quote
            continue
        going_on = quote
        if quote and quote.leads:
            found.append(quote)  # it opens where its reporting clause ends
            prose = []
        elif quote and (quote.closing or doc._.pm_stripped):
            found.append(_opened_earlier(doc, text, quote, prose))
            prose = []
        elif quote:
            if prose:
                opened = _paragraph_opened(text, quote, prose[-1])
            else:
                opened = _paragraph_opened(text, quote, said_on, glued_only=True)
                if said_on is not None and opened.span[0] < said_on.end_char:
                    speech[-1] = (speech[-1][0], opened.span[0])  # the speech before ends there
            found.append(opened)
            prose = []
        elif any(t.lower_ in _REPORTING for t in sent):
            prose = []
        else:
            prose.append(sent)
    if not found and (
        quote := _statement(doc, text, person_at, by_surname) or _follows(doc, text, person_at)
    ):
        found.append(quote)
    if any(q.speaker is None for q in found) and (author := _author(doc, person_at, by_surname)):
        # "SEN. FEINGOLD ISSUES STATEMENT ON ...": the statement quoted below is his.
        for q in found:
            q.speaker = q.speaker or author.name
    found.sort(key=lambda q: q.span)
    return found


# A quote's own reporting clause right after it: '...,"said Terrence Berg'.
_REPORTED_AFTER = re.compile(r"[\s,.\"”]*(?:said|says|stated|added)\b")
_STATEMENT = re.compile(r"\b(?:statement|comments?|remarks)\b", re.IGNORECASE)


def _author(doc: Doc, person_at, by_surname):
    """The person whose statement the headline announces, if it does: named before the
    word ("SEN. FEINGOLD ISSUES STATEMENT ON MICHAEL MUKASEY'S ...": not Mukasey) or in an
    "of/by/from" phrase after it ("Statement of Senator Hillary Rodham Clinton on ...")."""
    title = title_of(doc)
    word = _STATEMENT.search(title[0]) if title else None
    if word is None:
        return None
    start, end = title[1][0], title[1][0] + word.start()
    if by := _BY_AUTHOR.match(title[0], word.end()):
        end = title[1][0] + by.end()
    named = [t for t in doc.char_span(start, end, alignment_mode="expand") or () if t.is_alpha]
    if p := next((p for t in named if (p := person_at(t.idx) or by_surname(t.text))), None):
        return p
    # A senator in a headline in capitals, named nowhere else: "SEN. FEINGOLD ISSUES ...".
    for t, nxt in zip(named, named[1:], strict=False):
        if is_address_title(t.text) and nxt.is_upper and len(nxt) > 2 and nxt.idx > t.idx:
            return _Named(nxt.text.title())
    return None


_BY_AUTHOR = re.compile(
    r"\s+(?:of|by|from)\s+.*?(?=\s+(?:on|regarding|about|concerning)\b|$)", re.IGNORECASE
)


def _statement(doc: Doc, text: str, person_at, by_surname) -> FoundQuote | None:
    """ "Statement of Senator Hillary Rodham Clinton on the Jena Six": the body is the
    person's own words, with no marks and no reporting clause; its first sentence in the
    first person opens the quote."""
    speaker = _author(doc, person_at, by_surname)
    if speaker is None:
        return None
    end = title_of(doc)[1][1]
    # Past the page's header (the name, state, title repeated, the date): the body opens
    # within a few lines.
    for sent in (s for s in doc.sents if end <= s.start_char < end + 600):
        words = [t for t in sent if not t.is_space]
        if len(words) >= 6 and any(t.lower_ in _FIRST_PERSON for t in words):
            span = (words[0].idx, words[-1].idx + len(words[-1]))
            return FoundQuote(text[span[0] : span[1]], span, speaker.name)
    return None


def _follows(doc: Doc, text: str, person_at) -> FoundQuote | None:
    """ "Sen. Tim Johnson ... spoke on the Senate floor ... A transcript of his statement
    follows: I rise to discuss ...": a lead-in ending in a colon before words in the first
    person with no marks; the speaker is the one the lead-in names."""
    sents = list(doc.sents)
    for lead, body in zip(sents, sents[1:], strict=False):
        toks = [t for t in lead if not t.is_space]
        if not toks or toks[-1].text != ":" or not any(t.lower_ in _LEAD_INS for t in toks):
            continue
        words = [t for t in body if not t.is_space]
        if len(words) < 6 or not any(t.lower_ in _FIRST_PERSON for t in words[:12]):
            return None
        speaker = next((p for t in toks if (p := person_at(t.idx))), None)
        if speaker is None and any(t.lower_ in ("his", "her") for t in toks):
            speaker = _last_subject(doc[: lead.start], person_at)
        if speaker is None:
            return None
        # The quote is the paragraph the body opens.
        end = text.find("\n", words[0].idx)
        end = len(text[: end if end >= 0 else len(text)].rstrip())
        span = (words[0].idx, max(end, words[-1].idx + len(words[-1])))
        return FoundQuote(text[span[0] : span[1]], span, speaker.name)
    return None


_GLUED_STOP = re.compile(r"(?<=[A-Za-z0-9%)])[.!?](?=[A-Z][a-z]|[AI] )")
_REPORTING = {"said", "says", "stated", "states", "added", "adds", "noted", "explained", "wrote"}
# A cheap first test of a sentence (a superset: "saidActing" is glued, "statesman" passes).
_REPORTING_WORD = re.compile("|".join(_REPORTING))


def _speaker_after(toks, k, stripped, who, last_before):
    """ "..., said Acting Assistant Attorney General John Gore of ..."; where a scraper
    stripped the punctuation there is no comma, only the sentence break before."""
    if toks[k - 1].text not in (",", ".") and not stripped:
        return None, None
    # A body's full name may come first: "said Department of Housing and Urban Development
    # (HUD) Assistant Secretary for Fair Housing and Equal Opportunity John Trasvia".
    for t in toks[k + 1 : k + 22]:
        if p := who(t):
            return k, p
        # "said in a statement", "said that", "said he would": no speaker follows; a role
        # may come first ("said head of the Civil Rights Division, Principal Deputy ...").
        nxt = t.nbor() if t.i + 1 < len(t.doc) else None
        if (
            (t.text == "," and not (nxt is not None and nxt.is_title))
            or t.text == ";"
            or t.lower_ in ("that", "he", "she", "they", "it", "we")
            or (t.lower_ in ("in", "on") and nxt is not None and nxt.is_lower)
        ):
            break
    # "..., said he." but not "said he would ...".
    if (
        k + 1 < len(toks)
        and toks[k + 1].lower_ in ("he", "she")
        and (k + 2 == len(toks) or toks[k + 2].is_punct)
    ):
        return k, last_before(toks[k].idx)
    return None, None


def _quote_after(doc: Doc, toks, k, stripped, who):
    """The first word of a quote after its reporting clause, where the marks were lost:
    "U.S. Attorney ... Preet Bharara said, As the lawsuit we filed today alleges, ...", in
    stripped text "Senator Gregg stated  The Baker Commission report ..." (the comma's and
    the mark's spaces). A lower-case word after the verb is reported speech ("said that",
    "said the bill would"). Returns that word and the speaker."""
    speaker = who(toks[k - 1]) if k + 2 < len(toks) else None
    if speaker is None:
        return None
    sep, first = toks[k + 1], toks[k + 2]
    if not stripped and sep.text in (",", ":") and first.is_title:
        return first, speaker
    gap = doc[toks[k].i + 1 : toks[k + 1].i].text + toks[k].whitespace_
    if stripped and len(gap) >= 2 and sep.is_title and sep.is_alpha:
        return sep, speaker
    return None


def _speaker_before(toks, k, stripped, who, last_before):
    """ "..., Martinez said." / "..., he said." (no comma where the scrape stripped it);
    "..., Attorney General Holder and Secretary Duncan wrote in a letter to ...": the first
    of two speakers."""
    if k + 1 < len(toks) and toks[k + 1].is_lower and toks[k + 1].pos_ != "ADP":
        return None, None  # "Nicholson said design ... could start": reported speech
    j = k - 1
    word = toks[k - 1]
    while j > 0 and (
        who(toks[j])
        or toks[j].lower_ in ("he", "she")
        or is_title(toks[j])
        or (toks[j].lower_ in title_modifiers() and toks[j].is_title)  # "Attorney General"
    ):
        j -= 1
        if toks[j].lower_ == "and" and j + 1 < k and who(toks[j - 1]):
            j -= 1
            word = toks[j]  # the first of two
    if j < k - 1 and (toks[j].text == "," or stripped):
        speaker = who(word) or (last_before(word.idx) if word.lower_ in ("he", "she") else None)
        return (j if toks[j].text == "," else j + 1), speaker
    return None, None


_FIRST_PERSON = {"i", "we", "my", "our", "us", "me"}


def _goes_on(sent) -> bool:
    """A sentence right after an unmarked quote that is still the speaker's: in the first
    person, with no speech verb of its own and no quotation marks."""
    words = [t for t in sent if not t.is_space]
    return (
        len(words) >= 4
        and any(t.lower_ in _FIRST_PERSON for t in words)
        and not any(t.lower_ in _REPORTING for t in words)
        and not any(ch in sent.text for ch in _OPEN + _CLOSE)
    )


def _opened_earlier(doc: Doc, text: str, quote: FoundQuote, prose: list) -> FoundQuote:
    """ "Every thing we have tried ... has been blocked. If President Bush is serious, he
    will ... They needed it yesterday, Brown added.": a quote that lost its marks may open
    sentences before its reporting clause. It is taken back to the earliest of the last few
    sentences in the first person, as narration seldom is, when none between names the
    speaker (narration again).

    Where a scraper stripped the punctuation, an opening mark often left a wider gap than a
    sentence break ("... for all students   As families come face to face ... sent overseas
    More than ever ... as well  Senator Kennedy said"): the quote opens at the nearest
    sentence so set apart, the reporting one included."""
    start = quote.span[0]
    # Any word of the speaker's name: the name may be misread ("Gregg Comments").
    named = {w for w in (quote.speaker or "").split() if len(w) > 2}
    wide = _wide_gap(doc, text) if doc._.pm_stripped else None
    if wide is not None and wide(start):
        return quote
    opened = None  # where a wider gap sets a sentence apart
    first_person = start
    for sent in reversed(prose[-_SENTENCES_BACK:]):
        words = [t for t in sent if not t.is_space]
        if (
            not words
            or any(t.text in named for t in words)
            or words[0].lower_ in ("he", "she")  # "He also praised ...": narration
            or "\n" in text[sent.end_char : start]
        ):
            break
        if wide is not None and words[0].is_title and wide(words[0].idx):
            # Not a heading set apart ("University of South Alabama Mitchell College ...").
            if any(t.is_lower and t.is_alpha and len(t) > 2 for t in words[:6]):
                opened = words[0].idx
            break
        # "our" is also the narrator's ("percent of our troops"), "I" and "we" seldom are.
        if len(words) >= 4 and any(t.lower_ in _FIRST_PERSON - {"our"} for t in words):
            first_person = words[0].idx
    # "..., said X" quotes open with their sentence but for a mark's gap.
    start = opened if opened is not None else first_person if quote.closing else start
    if start == quote.span[0]:
        return quote
    return FoundQuote(text[start : quote.span[1]], (start, quote.span[1]), quote.speaker)


def _paragraph_opened(text: str, quote: FoundQuote, sent, glued_only: bool = False) -> FoundQuote:
    """ "... the spread of HIV.A public health crisis will not be solved by simply arresting
    those who sell drugs. It also requires a reduction in demand, said U.S. Attorney X.":
    a paragraph that ends in a reporting clause is the speaker's quote, and the marks it lost
    leave its opening where the paragraph opens: a line break, or a full stop glued to the
    next sentence where a scraper dropped the break. Looked for in the sentence before the
    quote's only (where that sentence goes on the last speaker's words, only at a glued
    stop in it); narration of the speaker ("He said ...") ends the search."""
    if sent is None:
        return quote
    # Scraped pages also set paragraphs apart by a run of spaces wider than the one between
    # sentences: "... the lawsuit jointly.  Charging people more ... is illegal. The Justice
    # Department will act ..., said Thomas E. Perez".
    wide = None if glued_only else _wide_gap(sent.doc, text)

    def opens(char: int) -> bool:
        return _opens_paragraph(text, char, glued_only) or (wide is not None and wide(char))

    if opens(quote.span[0]):
        return quote
    words = [t for t in sent if not t.is_space]
    named = {w for w in (quote.speaker or "").split() if len(w) > 2}
    apart = "\n" in text[sent.end_char : quote.span[0]]
    if not words or apart or any(t.text in named for t in words):
        return quote
    glued = list(_GLUED_STOP.finditer(text, sent.start_char, sent.end_char))
    if glued:
        start = glued[-1].end()
    elif opens(words[0].idx):
        start = words[0].idx
    else:
        return quote
    if text[start : start + 3].lower() in ("he ", "she"):
        return quote
    return FoundQuote(text[start : quote.span[1]], (start, quote.span[1]), quote.speaker)


def _opens_paragraph(text: str, char: int, glued_only: bool = False) -> bool:
    """After a full stop glued to it (a scrape's lost break) or, unless `glued_only`, a line
    break."""
    if _GLUED_STOP.match(text, char - 1):
        return True
    return not glued_only and text[:char].rstrip(" \t").endswith("\n")


def _wide_gap(doc: Doc, text: str):
    """In stripped text: whether the spaces before a character are more than the usual
    sentence break (the most common run of spaces before a sentence); None where such gaps
    fall inside sentences about as often as between them (lines wrapped with spaces: "told
    the              Committee that")."""
    if doc._.pm_gaps is None:
        runs = [n for s in doc.sents if (n := _spaces_before(text, s.start_char))]
        usual = max(set(runs), key=runs.count) if runs else 1
        inside = between = 0
        # Only a space token holds more than the one space a token carries.
        for t in (t for t in doc[1:] if t.nbor(-1).is_space):
            if t.is_alpha and t.text not in _REPORTING and _spaces_before(text, t.idx) > usual:
                inside += t.is_lower
                between += t.is_title
        doc._.pm_gaps = usual if 2 * inside < between else 0
    usual = doc._.pm_gaps
    return (lambda char: _spaces_before(text, char) > usual) if usual else None


def _spaces_before(text: str, char: int) -> int:
    j = char
    while j > 0 and text[j - 1] == " ":
        j -= 1
    return char - j if j > 0 and text[j - 1] != "\n" else 0


_SENTENCES_BACK = 3


@dataclass
class _Named:
    name: str


def _unmarked(doc: Doc, text: str, sent, person_at, last_before, by_surname) -> FoundQuote | None:
    """A quote that lost its marks: "<speech>, said <Title> <Name>." or "<speech>, <Name> said."."""
    piece = text[sent.start_char : sent.end_char]
    if any(ch in piece for ch in _OPEN + _CLOSE) or not _REPORTING_WORD.search(piece):
        return None
    stripped = doc._.pm_stripped
    toks = [t for t in sent if not t.is_space]

    def who(tok):
        """The person a word names: a mention, a known surname, or a lone name right by
        the verb that ends the reporting clause ("... computers said Corker", "... lose
        their homes  Brown said")."""
        if p := person_at(tok.idx) or by_surname(tok.text):
            return p
        if tok.pos_ != "PROPN" or not tok.is_title or tok.lower_ in title_modifiers():
            return None  # "said Crow Tribe Vice-Chairman Jefferson": no one named "Vice"
        nxt = doc[tok.i + 1] if tok.i + 1 < sent.end else None
        prev = doc[tok.i - 1] if tok.i > sent.start else None
        last = nxt is None or nxt.is_space or nxt.is_punct
        after_verb = prev is not None and prev.text in _REPORTING
        # NER often takes a lone surname for a body: "said Corker" (ORG).
        if last and (tok.ent_type_ in ("", "PERSON") or (after_verb and tok.ent_type_ == "ORG")):
            return _Named(tok.text)
        # The name alone before the verb ending the sentence, as a stripped mark left it.
        opens = prev is None or prev.is_space or prev.is_punct or is_title(prev)
        closes = (
            nxt is not None
            and nxt.text in _REPORTING
            and all(t.is_space or t.is_punct for t in doc[nxt.i + 1 : sent.end])
        )
        if opens and closes and tok.ent_type_ in ("", "PERSON"):
            return _Named(tok.text)
        return None

    for k, verb in enumerate(toks):
        # not "United States", not "apply to states covering ..."
        if verb.text not in _REPORTING or k < 4 or verb.pos_ in ("NOUN", "PROPN"):
            continue
        cut, speaker = _speaker_after(toks, k, stripped, who, last_before)
        closing = speaker is None
        if closing:
            cut, speaker = _speaker_before(toks, k, stripped, who, last_before)
        if speaker is None and (opening := _quote_after(doc, toks, k, stripped, who)):
            start, end = opening[0].idx, sent.end_char
            if _is_speech(doc, text, (start, end)):
                return FoundQuote(text[start:end], (start, end), opening[1].name, leads=True)
        if speaker is None or cut is None or cut < 4:
            continue
        start, end = toks[0].idx, toks[cut - 1].idx + len(toks[cut - 1].text)
        # A sentence glued on that the tokenizer kept whole: "... with HIV.Eliminating ...".
        glued = list(_GLUED_STOP.finditer(text, start, end))
        start = glued[-1].end() if glued else start
        if not _is_speech(doc, text, (start, end)):
            continue
        return FoundQuote(text[start:end], (start, end), speaker.name, closing)
    return None


def _speaker(doc: Doc, span, person_at, last_before, by_surname):
    start_tok = doc.char_span(span[0], span[1], alignment_mode="expand")
    if start_tok is None:
        return None
    sents = {start_tok[0].sent, start_tok[-1].sent}
    # Speech verbs outside the quote, in the sentences where it opens and closes.
    for sent in sorted(sents, key=lambda s: s.start):
        for tok in sent:
            if span[0] <= tok.idx < span[1] or tok.lemma_ not in _SPEECH:
                continue
            for child in tok.children:
                if child.dep_ not in ("nsubj", "nsubjpass"):
                    continue
                if child.lower_ in ("he", "she"):
                    p = last_before(span[0])
                    return p.name if p else None
                for t in child.subtree:
                    p = person_at(t.idx) or by_surname(t.text)
                    if p:
                        return p.name
    return None


_LEAD_INS = {"statement", "remarks", "speech", "testimony", "address", "transcript"}


def _speaker_nearby(doc: Doc, span, person_at, last_before, by_surname, found):
    """No parse link: the person named in a lead-in ("His statement follows:", "McConnell
    spoke on the Senate floor ... in the field:"), then the nearest official named right
    after the quote, on its line (a contact line below is no speaker), then right before it,
    not inside another quote."""
    quote = doc.char_span(span[0], span[1], alignment_mode="expand")
    # "Frist today made the following statement regarding ...:" opens the quote below it.
    lead = [t for t in doc[max(0, quote.start - 60) : quote.start] if t.lower_ in _LEAD_INS]
    colon = text_of(doc)[: span[0]].rstrip(' \t\n\r"“')
    if not lead and colon.endswith(":"):
        lead = list(doc.char_span(len(colon) - 1, len(colon), alignment_mode="expand") or ())
    if lead:
        named = doc[lead[-1].sent.start : lead[-1].i]
        # A surname alone is often no mention of its own ("Snowe issued the following").
        if p := next((p for t in named if (p := person_at(t.idx) or by_surname(t.text))), None):
            return p.name
        # "Below is an excerpt of his remarks:": the person the release is about, the
        # subject named last, not anyone named since ("the obstruction of Judge X").
        if any(t.lower_ in ("his", "her") for t in named) and (
            p := _last_subject(doc[: named.start], person_at)
        ):
            return p.name
    for t in doc[quote.end : min(len(doc), quote.end + 20)]:
        if "\n" in t.text:
            break
        # '...?" Burr said.': a surname the model did not tag is no mention of its own.
        if p := person_at(t.idx) or by_surname(t.text):
            return p.name
    quoted = [q.span for q in found]
    before = [
        t
        for t in doc[max(0, quote.start - 15) : quote.start]
        if not any(qs <= t.idx < qe for qs, qe in quoted)
    ]
    for t in reversed(before):
        if p := person_at(t.idx):
            return p.name
    if any(t.lower_ in ("his", "her") for t in before):
        p = last_before(span[0])
        return p.name if p else None
    return None


def _last_subject(before, person_at):
    """The official last named as a subject in a stretch of the text."""
    for t in reversed(before):
        if t.dep_ in ("nsubj", "nsubjpass") and (p := person_at(t.idx)):
            return p
    return None


@Language.component("pressmine_quotes")
def quote_component(doc: Doc) -> Doc:
    doc._.pm_quotes = find_quotes(doc, doc._.pm_officials or [])
    return doc


for _name in ("pm_quotes", "pm_speech", "pm_gaps"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
