"""Outcomes: what the release says was signed, adopted, agreed, funded, charged...

Rules live in models/outcomes.json: a trigger lemma and an object lemma linked in the
dependency parse (the object below the trigger or the trigger's head: "signed a
workplan", "the seminar was held"), a trigger verb alone ("was indicted"), or a "will"
whose subject is a named party ("UNODC will conduct"). The outcome's text is its sentence.

Triggers are found by a Matcher; their objects by walking the parse from each trigger.
A DependencyMatcher did the same but matched every object pattern at every token: it
took 70% of the time the whole component took, for the few triggers a release has.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from ..resources import load_json
from . import headline
from .names import title_heads

_TERM = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty)"
    r"[\s-](?:months?|years?|days?)\b",
    re.IGNORECASE,
)
# A day of a month: "Aug. 31, 2011", "28 September" (an age or "March 2007" is not).
_DAY = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
)
_SUM = re.compile(r"\d[\d,.]*(?:\s+(?:million|billion))?", re.IGNORECASE)
_SCALED = re.compile(r"\b\d[\d,.]*\s+(?:million|billion)\b", re.IGNORECASE)
# Parties whose "will" is a commitment: bodies, governments, peoples and "we"; a person's
# "will" in a release is mostly what a court will do with them ("X will be sentenced").
_NAMED = {"ORG", "GPE", "NORP"}
_STATES = {"be", "have", "become", "remain", "face", "need", "struggle", "mean", "see"}
_MODALS = {"must", "should", "may", "might", "could", "would", "can", "shall"}
# Outcomes that are done when reported; "It will vote on the bill" is a plan (a commitment,
# when a party makes it), not a bill passed.
_DONE = {"legislation", "document_adopted", "training", "agreement_signed"}
_WISHES = {
    "hope", "wish", "urge", "ask", "expect", "believe", "think", "fear", "want", "call",
    "challenge", "encourage", "press", "implore",
}  # fmt: skip


@dataclass
class FoundOutcome:
    type: str
    sentence: Span
    trigger: str
    amount: str | None


def _object_rank(tok: Token, objects: list[str]) -> int | None:
    """Where `tok` stands in a rule's object list (lower is more telling), None if absent."""
    lemma, lower = tok.lemma_.lower(), tok.lower_  # read once: every token of a subtree
    for rank, obj in enumerate(objects):
        if obj == "$" and tok.ent_type_ == "MONEY":
            return rank
        if obj == "@title" and lower in title_heads():
            return rank
        if obj == "act" and not tok.text.startswith("Act"):
            continue  # "acts" of a person; a law is "the ... Act"
        if " " in obj:  # "executive order": a court's order is no executive's
            first, last = obj.split()
            if lemma == last and tok.i and tok.nbor(-1).lower_ == first:
                return rank
            continue
        if lemma == obj or lower == obj:
            # "145 million Americans" counts people, not money.
            if (
                obj in ("million", "billion")
                and tok.ent_type_ != "MONEY"
                and (tok.dep_ in ("nummod", "compound") and tok.head.lemma_ != "dollar")
            ):
                return None
            return rank
    return None


_WINDOW = 4  # a trigger and an object this close count even when the parse splits them


class OutcomeMatcher:
    def __init__(self, nlp: Language):
        config = load_json("outcomes.json")
        self.once = set(config["once"])
        self.same_event: dict[str, str] = config["same_event"]
        self.rules: dict[str, dict] = {}
        # Which rules a trigger word starts: ("LEMMA", "sign") -> its rules' keys. The
        # Matcher finds every trigger word in one pass with one set per attribute; a
        # pattern per rule would test each token against every rule's set (8x slower).
        self.starts: dict[tuple[str, str], list[str]] = {}
        for n, rule in enumerate(config["rules"]):
            key = f"{rule['type']}#{n}"
            self.rules[key] = rule
            attr = "LOWER" if rule.get("subject") else "LEMMA"
            for word in rule["triggers"]:
                self.starts.setdefault((attr, word), []).append(key)
        self.triggers = Matcher(nlp.vocab)
        for attr in ("LEMMA", "LOWER"):
            words = sorted(w for a, w in self.starts if a == attr)
            self.triggers.add(attr, [[{attr: {"IN": words}}]])

    def _hits(self, doc: Doc) -> list[tuple[str, Token, Token | None]]:
        hits = []
        for match_id, start, _end in self.triggers(doc):
            attr, trig = doc.vocab.strings[match_id], doc[start]
            word = trig.lemma_ if attr == "LEMMA" else trig.lower_
            for key in self.starts[attr, word]:
                hits.extend(self._hits_of(key, trig, doc))
        return hits

    def _hits_of(self, key: str, trig: Token, doc: Doc) -> list[tuple[str, Token, Token | None]]:
        rule = self.rules[key]
        hits = []
        if rule.get("verb") and not rule.get("subject") and trig.pos_ != "VERB":
            return hits
        if not rule["objects"]:
            if not rule.get("subject") or _named_subject_will(trig):
                hits.append((key, trig, None))
            return hits
        # Linked in the parse: anywhere below the trigger, or the word it depends on;
        # for a rule without a window, only the trigger's own objects (its children
        # and theirs): "announced" in a DOJ release governs the whole story.
        if rule.get("window") is False:
            linked = [g for c in trig.children for g in (c, *c.children)]
        else:
            linked = [*trig.subtree, trig.head]
        for tok in linked:
            if tok.i != trig.i and _object_rank(tok, rule["objects"]) is not None:
                hits.append((key, trig, tok))
        if rule.get("window") is False:
            return hits
        # Before the trigger, only a passive's lost subject ("recommendations were
        # made"); "agencies utilize grants to provide counseling" provide no grant.
        sent = trig.sent
        passive = trig.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in trig.children)
        lo = max(sent.start, trig.i - _WINDOW) if passive else trig.i + 1
        hi = min(sent.end, trig.i + _WINDOW + 1)
        for tok in doc[lo:hi]:
            if tok.i != trig.i and _object_rank(tok, rule["objects"]) is not None:
                hits.append((key, trig, tok))
        return hits

    def _event(self, otype: str, trig: Token, obj: Token | None) -> tuple:
        """What a mention names, to tell a retelling of one event from another event."""
        verb, noun = trig.lemma_.lower(), obj.lemma_.lower() if obj is not None else None
        if otype == "funding":
            return (otype, _sum(trig.sent) or trig.sent.start)
        if noun in self.same_event or noun in self.same_event.values():
            return (otype, self.same_event.get(noun, noun), None)
        return (otype, self.same_event.get(verb, verb), noun)

    def __call__(self, doc: Doc) -> list[FoundOutcome]:
        chosen: dict[tuple, tuple[int, int, Token, Token | None]] = {}
        quoted = [q.span for q in doc._.pm_quotes or []] + (doc._.pm_speech or [])
        past = _past_dates(doc)
        for key, trig, obj in self._hits(doc):
            rule = self.rules[key]
            if obj is not None and obj.sent != trig.sent:
                continue
            # What a speaker says is a view, not an outcome the release reports.
            if any(s <= trig.idx < e for s, e in quoted) or not _reported(trig, rule):
                continue
            if obj is not None and rule.get("not_subject") and _in_subject(obj, trig):
                continue
            # "In November 1991, Lugar and Nunn authored the Act": history told as
            # background. A court's steps keep their dates: the plea of last year is news.
            sent = trig.sent
            if rule["type"] != "legal_action" and any(
                sent.start_char <= at < sent.end_char for at in past
            ):
                continue
            otype = rule["type"]
            rank = _object_rank(obj, rule["objects"]) if obj is not None else 0
            if rank is None:
                continue  # the matcher's word, but not in the sense the rule means
            ident = (otype,) if otype in self.once else (otype, trig.sent.start)
            best = chosen.get(ident)
            if best is None or (rank, trig.i) < (best[0], best[1]):
                chosen[ident] = (rank, trig.i, trig, obj)
        # One item per event: a release retells its charge, sentence or grant later, with
        # the same verb or one that names the same event ("found guilty", "convicted").
        # Mentions that give different calendar dates are different events ("charged in
        # an indictment on Aug. 31 ...", "On Sept. 28, charged in a superseding ...").
        seen: dict[tuple, list[set[str]]] = {}
        for ident, (_rank, _i, trig, obj) in sorted(chosen.items(), key=lambda kv: kv[1][1]):
            event = self._event(ident[0], trig, obj)
            dates = {e.text for e in trig.sent.ents if e.label_ == "DATE" and _DAY.search(e.text)}
            if any(not dates or not before or dates & before for before in seen.get(event, [])):
                del chosen[ident]
            seen.setdefault(event, []).append(dates)
        # Money in a sentence that reports a charge or a plea is the crime's, not a grant.
        legal = {v[2].sent.start for k, v in chosen.items() if k[0] == "legal_action"}
        chosen = {
            k: v for k, v in chosen.items() if k[0] != "funding" or v[2].sent.start not in legal
        }
        found = []
        for ident, (_rank, _i, trig, obj) in sorted(
            chosen.items(), key=lambda kv: kv[1][2].sent.start
        ):
            words = sorted([trig] + ([obj] if obj is not None else []), key=lambda t: t.i)
            found.append(FoundOutcome(ident[0], trig.sent, " ".join(t.text for t in words),
                                      _amount(trig.sent, ident[0])))  # fmt: skip
        return found


def _past_dates(doc: Doc) -> list[int]:
    """Where dates of years before the release's own (its date line) stand."""
    release = headline.find_published(doc.text, doc._.pm_dates or [], 0)
    if release is None:
        return []
    year = release.start.year
    return [
        d.span[0]
        for d in doc._.pm_dates or []
        if d.start.year and d.start.year < year and (d.end is None or (d.end.year or 0) < year)
    ]


def _reported(trig: Token, rule: dict) -> bool:
    """Whether the trigger reports something that happened or will: not a condition ("If
    convicted, he faces ..."), not a description of a noun ("the defendants charged in the
    indictment are ..."), not a habit ("the Subcommittee that funds the program")."""
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in trig.children):
        return False
    # "Since its inception in March 2007, the Strike Force has charged more than 1,480
    # defendants": a tally kept over years, not this release's news.
    if any(c.lower_ == "since" for c in (*trig.children, *trig.head.children)):
        return False
    if trig.dep_ == "pcomp" and trig.head.lower_ in ("before", "until"):
        return False  # "Before being signed into law the bill must ..."
    # "the requirements, as reauthorized by the Act": what a law says, not what was done.
    if trig.tag_ == "VBN" and any(c.dep_ == "mark" and c.lower_ == "as" for c in trig.children):
        return False
    if rule["type"] != "commitment":
        # "they must ... receive approval", "the bill would provide": an obligation or a
        # possibility, not an event; the modal may sit on the first of coordinated verbs.
        verb = trig
        while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head
        modals = _MODALS | ({"will"} if rule["type"] in _DONE else set())
        if any(c.dep_ == "aux" and c.lower_ in modals for c in (*trig.children, *verb.children)):
            return False
        # "The House and Senate are expected to approve the final bill", "borrowers who
        # wish to bring their own lawsuits": a hope, not an event.
        if trig.dep_ in ("xcomp", "ccomp") and trig.head.lemma_ in _WISHES:
            return False
        # The release reports in the third person; "So we passed the GI Bill", "every
        # dollar we invested" are a speaker's, even where the quotation marks were lost.
        if any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in trig.children):
            return False
    # A sentence in the first person singular is speech, even where the scrape lost the
    # quotation marks: "I applaud the continued partnership ...".
    if rule["type"] in ("commitment", "cooperation", "funding") and any(
        t.lower_ in ("i", "my", "me") and t.pos_ == "PRON" for t in trig.sent
    ):
        return False
    if trig.lemma_ == "commit" and not any(
        c.lower_ == "to" and c.dep_ != "aux" for c in trig.children
    ):
        return False  # "conspiracy to commit wire fraud" is no pledge; "committed to" is
    if any(c.dep_ == "dobj" and c.lemma_ in rule.get("other_sense", ()) for c in trig.children):
        return False  # "charged interest", "to charge market rates": a price, not a crime
    if trig.lemma_ == "recommend" and not rule["objects"]:
        # "Brown recommended the Fed require ...": one person's advice, not what a meeting
        # or a body produced ("Sanders, along with the majority of members, recommended").
        subjects = [c for c in trig.children if c.dep_ == "nsubj"]
        if not subjects and trig.i:
            subjects = [trig.nbor(-1)]  # the parse lost it: "... market  Brown recommended"
        if subjects and all(
            s.ent_type_ == "PERSON" and not any(c.dep_ in ("conj", "prep") for c in s.children)
            for s in subjects
        ):
            return False
    if trig.lemma_ == "intend" and trig.tag_ == "VBD":
        return False  # what someone had in mind ("he intended to sell"), not an announcement
    # "an organization committed to peace-keeping" describes the noun; but "a lawsuit,
    # filed today": the lawsuit is the rule's object
    if trig.dep_ == "acl" and trig.tag_ == "VBN" and not rule["objects"]:
        return rule["type"] not in ("legal_action", "funding", "legislation", "commitment")
    return not (
        rule["type"] in ("legal_action", "funding", "legislation")
        and trig.tag_ in ("VBZ", "VBP")
        and not any(c.dep_ == "aux" for c in trig.children)
    )


def _in_subject(obj: Token, trig: Token) -> bool:
    """ "The Director ... was nominated as the host": the title is the subject's, not the
    post the sentence gives."""
    return obj.i < trig.i or any(
        c.dep_ in ("nsubj", "nsubjpass") and obj in c.subtree for c in trig.children
    )


def _named_subject_will(tok: Token) -> bool:
    """'UNODC will conduct ...': a named party (or 'we') commits itself to future action."""
    verb = tok.head
    if verb.dep_ in ("relcl", "acl") or tok.dep_ != "aux":
        return False
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return False
    # "Tennessee will be home to ...", "the Government will continue to struggle": a
    # forecast, not a pledge.
    going_on = [c for c in verb.children if c.dep_ == "xcomp"] if verb.lemma_ == "continue" else []
    if verb.lemma_ in _STATES or any(c.lemma_ in _STATES for c in going_on):
        return False
    # A party pledging comes before its "will"; "So will the grant" is an echo.
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < tok.i]
    if not subjects and tok.i > 0:
        subjects = [tok.doc[tok.i - 1]]  # the parse lost the subject: "2021-2022 UNODC will"
    # "I hope the White House will help": a wish about another party, not a pledge.
    if verb.dep_ == "ccomp" and verb.head.lemma_ in _WISHES:
        return False
    return any(s.ent_type_ in _NAMED or s.lower_ == "we" for s in subjects)


def _sum(sent: Span) -> str | None:
    """The money a sentence names, as digits and a scale, to tell one grant's retelling:
    "$60 million" and, where a scrape stripped the dollar sign, "60 million"."""
    money = _amount(sent, "funding")
    m = _SUM.search(money) if money else _SCALED.search(sent.text)
    return " ".join(m.group().lower().split()) if m else money


def _amount(sent: Span, otype: str) -> str | None:
    money = [e for e in sent.ents if e.label_ == "MONEY"]
    if money:
        return money[0].text
    if otype == "legal_action":
        m = _TERM.search(sent.text)
        if m:
            return m.group()
    return None


@Language.factory("pressmine_outcomes")
def create_outcomes(nlp: Language, name: str):
    matcher = OutcomeMatcher(nlp)

    def outcome_component(doc: Doc) -> Doc:
        doc._.pm_outcomes = matcher(doc)
        return doc

    return outcome_component


if not Doc.has_extension("pm_outcomes"):
    Doc.set_extension("pm_outcomes", default=None)
