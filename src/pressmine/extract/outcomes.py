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
from . import entity_of, ents_in, headline
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
# A DATE entity that is a span of time ("45 days"), not a time.
_SPELL = re.compile(r"\b(?:days?|weeks?|months?|years?)\b", re.I)
_SUM = re.compile(r"\d[\d,.]*(?:\s+(?:million|billion))?", re.IGNORECASE)
_SCALED = re.compile(r"\b\d[\d,.]*\s+(?:million|billion)\b", re.IGNORECASE)
# Parties whose "will" is a commitment: bodies, governments, peoples and "we"; a person's
# "will" in a release is mostly what a court will do with them ("X will be sentenced").
_NAMED = {"ORG", "GPE", "NORP"}
# "... will receive $250,000": what a party gets is no pledge of what it will do.
_STATES = {
    "be", "have", "become", "remain", "face", "need", "struggle", "mean", "see", "receive",
    "get", "gain", "benefit", "want",
}  # fmt: skip
# Verbs that make an intention a party's stated one: "expressed their intention to sign".
_STATING = {
    "express", "announce", "declare", "state", "confirm", "reaffirm", "signal", "voice",
    "indicate", "reiterate", "stress", "emphasize", "emphasise", "underline", "note",
}  # fmt: skip
_MONEY_WORDS = {"funding", "fund", "funds", "grant", "grants", "money", "award", "dollar"}
_HOSTING = {"host", "hold", "convene", "organize", "organise", "chair"}
_MODALS = {"must", "should", "may", "might", "could", "would", "can", "shall"}
# Outcomes that are done when reported; "It will vote on the bill" is a plan (a commitment,
# when a party makes it), not a bill passed.
_DONE = {"legislation", "document_adopted", "training", "agreement_signed"}
_WISHES = {
    "hope", "wish", "urge", "ask", "expect", "believe", "think", "fear", "want", "call",
    "challenge", "encourage", "press", "implore",
}  # fmt: skip
_PURPOSED = {"legislation", "funding", "document_adopted", "agreement_signed"}
# Verbs whose "to ..." happened: "helped secure", "voted to remove", "agreed to plead",
# "was able to secure", "is pleased to announce". After any other ("fought to reauthorize",
# "is expected to plead", "plans to introduce", "authorizes parties to sue") it did not, or
# not yet.
_ACHIEVED = {
    "help", "able", "manage", "vote", "agree", "move", "succeed", "decide", "join",
    "proud", "pleased", "happy", "glad", "delighted",
}  # fmt: skip
# "The ARC awards grants from funds appropriated annually": a habit, not an event.
_HABITS = {"annually", "typically", "usually", "generally", "regularly", "routinely", "often"}
# Dates that put an event before the release, whatever its own date: "last year".
_AGO = re.compile(r"\b(?:last|previous) (?:year|session|congress)\b|\b(?:years|months) ago\b", re.I)
_BILLS = {"bill", "act", "legislation", "measure", "resolution", "amendment"}
_CREED = {"is", "are", "am", "be", "remain", "remains", "stay", "stays"}
# A running tally: "has charged since 2007", "has to date indicted more than 65".
_TALLIES = {"to date", "so far", "thus far"}
# Currencies a MONEY entity may end in; one ending in another noun ("7 5 billion gallons")
# counts something else.
_CURRENCIES = {
    "dollar", "euro", "pound", "yen", "franc", "rupee", "ruble", "rouble", "peso", "yuan",
    "cent", "shilling", "som", "tenge", "manat", "lari", "dram", "hryvnia", "lira", "won",
}  # fmt: skip
# Sub-clauses of the object's words say something else about them: "wheelchairs delivered
# to them by Luant, which were billed at $6,000" delivered no money, "signed a letter
# seeking funding for the Act" signed no Act.
_CLAUSES = {"relcl", "advcl", "ccomp", "csubj", "parataxis", "acl"}


@dataclass
class FoundOutcome:
    type: str
    sentence: Span
    trigger: str
    amount: str | None


def _plain_objects(objects: list[str]) -> frozenset[str] | None:
    """A rule's objects when all are single words matched by lemma or form, so that a token
    that is none of them is ruled out at once (most tokens of a sentence are); None where
    one needs its own test ("$", "pay", "@title", "to the Court", "executive order")."""
    if any(o in ("$", "pay", "@title") or " " in o for o in objects):
        return None
    return frozenset(objects)


def _object_rank(tok: Token, rule: dict) -> int | None:
    """Where `tok` stands in a rule's object list (lower is more telling), None if absent."""
    lemma, lower = tok.lemma_.lower(), tok.lower_  # read once: every token of a subtree
    plain = rule["plain"]
    if plain is not None and lemma not in plain and lower not in plain:
        return None
    objects = rule["objects"]
    if rule.get("whole") and _qualifies(tok, objects):
        return None
    for rank, obj in enumerate(objects):
        if obj == "$":
            if tok.ent_type_ == "MONEY" and _is_money(tok, objects):
                return rank
            # "secured  300 000 to support": a scrape stripped the "$" of a bare sum (not
            # "provide 10 000 sq ft", which counts something)
            if (
                tok.pos_ == "NUM"
                and tok.dep_ == "dobj"
                and any(ch.isdigit() for ch in tok.text)
                and rule["type"] == "funding"
                and (tok.i + 1 == len(tok.doc) or tok.nbor().pos_ in _AFTER_SUM)
            ):
                return rank
            continue
        if obj == "pay" and lemma == "pay":
            # "agreed to pay $3.8 million", not "agreed to pay kickbacks" (the crime)
            if any(t.ent_type_ == "MONEY" or t.lemma_ in _PAID for t in tok.subtree):
                return rank
            continue
        if tok.pos_ == "VERB" and obj not in _VERB_OBJECTS:
            continue  # "According to signed documents" names no accord
        if obj == "@title" and lower in title_heads():
            return rank
        if obj == "act" and not tok.text.startswith("Act"):
            continue  # "acts" of a person; a law is "the ... Act"
        if obj.startswith("to "):  # "nominated to the Court", not "appointed the Court"
            if lemma == obj[3:] and tok.dep_ == "pobj" and tok.head.lower_ == "to":
                return rank
            continue
        if " " in obj:  # "executive order": a court's order is no executive's
            first, last = obj.split()
            if lemma == last and tok.i and tok.nbor(-1).lower_ == first:
                return rank
            continue
        if lemma == obj or lower == obj:
            # "145 million Americans" counts people, not money.
            if obj in ("million", "billion") and (
                not _is_money(tok, objects)
                if tok.ent_type_ == "MONEY"
                else tok.dep_ in ("nummod", "compound") and tok.head.lemma_ != "dollar"
            ):
                return None
            return rank
    return None


_AFTER_SUM = {"ADP", "PART", "PUNCT", "CCONJ", "SPACE"}
_PAID = {"restitution", "fine", "penalty", "damages", "settlement", "forfeiture"}
_VERB_OBJECTS = {"pay", "forfeit", "training", "cooperate", "collaborate"}


def _is_money(tok: Token, objects: list[str]) -> bool:
    """Whether a MONEY token is a sum given: not "7 5 billion gallons" or "200 pounds of
    ammonia", not the "multibillion dollar" of "budgets" (but the "$5 million" of "a $5
    million grant")."""
    ent = entity_of(tok)
    if ent is None:
        return True
    last = ent[-1]
    if last.pos_ == "NOUN" and last.lemma_.lower() not in _CURRENCIES:
        return False
    if last.lemma_.lower() == "pound" and last.i + 1 < len(tok.doc) and last.nbor().lower_ == "of":
        return False  # "200 pounds of anhydrous ammonia" is a weight
    return not _qualifies(ent.root, objects)


def _qualifies(tok: Token, objects: list[str]) -> bool:
    """A word qualifying a noun the rule does not name: "law enforcement", "money
    laundering", "multibillion dollar budgets"."""
    return (
        tok.dep_ in ("compound", "amod", "nmod")
        and tok.head.pos_ in ("NOUN", "PROPN")
        and tok.head.lemma_.lower() not in objects
        and not (tok.head.ent_type_ == "MONEY" and tok.head.ent_iob_ != "B")
    )


_WINDOW = 4  # a trigger and an object this close count even when the parse splits them


class OutcomeMatcher:
    def __init__(self, nlp: Language):
        config = load_json("outcomes.json")
        self.once = set(config["once"])
        self.same_event: dict[str, str] = config["same_event"]
        self.precedence: list[str] = config["precedence"]
        self.rules: dict[str, dict] = {}
        # Which rules a trigger word starts: ("LEMMA", "sign") -> its rules' keys. The
        # Matcher finds every trigger word in one pass with one set per attribute; a
        # pattern per rule would test each token against every rule's set (8x slower).
        self.starts: dict[tuple[str, str], list[str]] = {}
        for n, rule in enumerate(config["rules"]):
            key = f"{rule['type']}#{n}"
            self.rules[key] = rule
            rule["plain"] = _plain_objects(rule["objects"])
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
        verb = rule.get("verb")
        if (
            verb
            and not rule.get("subject")
            and trig.pos_ != "VERB"
            and (verb is True or trig.lemma_ in verb)
        ):
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
            linked = [*_own_clause(trig), trig.head]
        for tok in linked:
            if tok.i != trig.i and _object_rank(tok, rule) is not None:
                hits.append((key, trig, tok))
        if rule.get("window") is False:
            return hits
        # Before the trigger, only a passive's lost subject ("recommendations were
        # made"); "agencies utilize grants to provide counseling" provide no grant.
        sent = trig.sent
        passive = trig.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in trig.children)
        lo = max(sent.start, trig.i - _WINDOW) if passive else trig.i + 1
        hi = min(sent.end, trig.i + _WINDOW + 1)
        near = list(doc[lo:hi])
        # "on being named by President Bush as the new top military commander": the post
        # an "as" in the window names, wherever the parse hangs the "as".
        near += [c for t in near if t.lower_ == "as" and t.i > trig.i for c in t.children]
        for tok in near:
            if tok.i != trig.i and _object_rank(tok, rule) is not None:
                hits.append((key, trig, tok))
        return hits

    def _event(self, otype: str, trig: Token, obj: Token | None) -> tuple:
        """What a mention names, to tell a retelling of one event from another event."""
        verb, noun = trig.lemma_.lower(), obj.lemma_.lower() if obj is not None else None
        if otype == "funding":
            listed = _listed_sum(trig, obj)
            return (otype, _figure(listed.text) if listed else _sum(trig.sent) or trig.sent.start)
        if noun in self.same_event or noun in self.same_event.values():
            return (otype, self.same_event.get(noun, noun), None)
        return (otype, self.same_event.get(verb, verb), noun)

    def __call__(self, doc: Doc) -> list[FoundOutcome]:
        chosen: dict[tuple, tuple[int, int, Token, Token | None]] = {}
        quoted = [q.span for q in doc._.pm_quotes or []] + (doc._.pm_speech or [])
        past = _past_dates(doc)
        valid = []
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
            if rule["type"] != "legal_action" and (
                any(sent.start_char <= at < sent.end_char for at in past)
                or any(e.label_ == "DATE" and _AGO.search(e.text) for e in ents_in(sent))
            ):
                continue
            rank = _object_rank(obj, rule) if obj is not None else 0
            if rank is None:
                continue  # the matcher's word, but not in the sense the rule means
            valid.append((rule["type"], rank, trig, obj))
        # One sense per trigger word: "secured $300,000 in the Appropriations Bill" secured
        # money, not the bill; "adopted the Expansion Act" a law, not a programme.
        meant: dict[int, int] = {}
        for otype, _rank, trig, _obj in valid:
            meant[trig.i] = min(meant.get(trig.i, 99), self.precedence.index(otype))
        for otype, rank, trig, obj in valid:
            if self.precedence.index(otype) != meant[trig.i]:
                continue
            ident = (otype,) if otype in self.once else (otype, trig.sent.start)
            if (
                otype == "legal_action"
                and trig.dep_ == "conj"
                and trig.head.pos_ == "VERB"
                and not any(c.lower_ == "will" for c in trig.children)
            ):  # "pleaded guilty and were sentenced" (but "and will be sentenced" is to come)
                ident = (otype, trig.sent.start, trig.i)
            listed = _listed_sum(trig, obj) if otype == "funding" else None
            if listed is not None:
                ident = (otype, trig.sent.start, listed.start)
            best = chosen.get(ident)
            if best is None or (rank, trig.i) < (best[0], best[1]):
                chosen[ident] = (rank, trig.i, trig, obj)
        # A sentence that lists sums gives one item per sum, in place of one for the sentence.
        split = {k[:2] for k in chosen if k[0] == "funding" and len(k) == 3}
        chosen = {k: v for k, v in chosen.items() if k not in split}
        # One item per event: a release retells its charge, sentence or grant later, with
        # the same verb or one that names the same event ("found guilty", "convicted").
        # Mentions that give different calendar dates are different events ("charged in
        # an indictment on Aug. 31 ...", "On Sept. 28, charged in a superseding ..."), as
        # are a court's steps of different sums ("agreed to pay a $20 million penalty",
        # "agreed to pay approximately $55 million in disgorgement to the SEC").
        seen: dict[tuple, list[set[str]]] = {}
        for ident, (_rank, _i, trig, obj) in sorted(chosen.items(), key=lambda kv: kv[1][1]):
            event = self._event(ident[0], trig, obj)
            marks = _marks(trig, ident[0])
            before = seen.setdefault(event, [])
            if before and (not marks or any(marks & b or _part_of(marks, b) for b in before)):
                del chosen[ident]
            elif before and not all(before):
                # The lead's undated "was sentenced to life" is told again with its date
                # ("Parker ... was sentenced on Dec. 16"); a third date is another event
                # ("On Nov. 2, Owens was sentenced").
                next(b for b in before if not b).update(marks)
                del chosen[ident]
            else:
                before.append(marks)
        # Where a release names its sums, its mentions of "the funding" without one retell
        # them ("her leadership in securing important funding", "will receive funding").
        sums = {k: _sum(v[2].sent) for k, v in chosen.items() if k[0] == "funding"}
        if any(sums.values()):
            chosen = {k: v for k, v in chosen.items() if k not in sums or sums[k]}
        # Money in a sentence that reports a charge or a plea is the crime's, not a grant;
        # so is a bare sum given in a release that reports a court's steps ("the owner of
        # the nursing home company donated approximately $24,000 to Maggio's campaign").
        # (After the rule above, so that the crime's sums take their retellings along:
        # "Bekale fraudulently obtained matching funds".)
        legal = {v[2].sent.start for k, v in chosen.items() if k[0] == "legal_action"}
        chosen = {
            k: v
            for k, v in chosen.items()
            if k[0] != "funding"
            or not legal
            or v[2].sent.start not in legal
            and v[3] is not None
            and v[3].ent_type_ != "MONEY"
        }
        found = []
        for ident, (_rank, _i, trig, obj) in sorted(
            chosen.items(), key=lambda kv: kv[1][2].sent.start
        ):
            words = sorted([trig] + ([obj] if obj is not None else []), key=lambda t: t.i)
            listed = _listed_sum(trig, obj) if ident[0] == "funding" else None
            amount = listed.text if listed is not None else _amount(trig.sent, ident[0])
            found.append(FoundOutcome(ident[0], trig.sent, " ".join(t.text for t in words), amount))
        return found


def _part_of(marks: set, before: set) -> bool:
    """Whether a mention's sums are all below one told before: the parts of a settlement
    ("has agreed to pay $98.15 million ...", then "CHS agreed to pay $89.15 million to
    resolve these allegations", "... $9 million to resolve the allegations involving LMC")."""
    sums = [m for m in marks if isinstance(m, float)]
    told = [m for m in before if isinstance(m, float)]
    return bool(sums and told and len(sums) == len(marks) and max(sums) < max(told))


def _marks(trig: Token, otype: str) -> set:
    """What tells one event from another of its kind: the days of a month in the
    trigger's own clause (not "arrested on Dec. 23, 2014, and later convicted"), and for
    a court's step its sums, to two figures ("a $20 million penalty" is the "penalty of
    $20,469,694.80")."""
    sent = ents_in(trig.sent)
    marks = set()
    while True:
        own = {t.i for t in _own_clause(trig)}
        ents = [e for e in sent if e.root.i in own]
        marks |= {e.text for e in ents if e.label_ == "DATE" and _DAY.search(e.text)}
        if otype == "legislation":
            # the chamber that acts: "lauded the Senate passage of the bill", then "The
            # House of Representatives passed its version of the bill 395-0"
            marks |= {
                c.lower_
                for c in trig.children
                if c.lower_ in ("senate", "house") and c.dep_ in ("nsubj", "compound", "poss")
            }
        if otype == "legal_action":
            # (not a tally's: "have agreed to pay a total of more than $2.9 billion")
            marks |= {
                round(v, -len(str(int(v))) + 2)
                for e in ents
                if e.label_ == "MONEY"
                and (v := _value(e.text))
                and "total" not in {t.lower_ for t in trig.doc[max(e.start - 4, 0) : e.start]}
            }
        # "On Nov. 9, 2015, Tordin waived indictment and pleaded guilty": the date of the
        # first of coordinated verbs is the others' (but not the "later" of "arrested on
        # Dec. 23 and later convicted").
        if (
            marks
            or trig.dep_ != "conj"
            or trig.head.pos_ not in ("VERB", "AUX")
            or any(c.lower_ in _LATER for c in trig.children)
        ):
            return marks
        trig = trig.head


_LATER = {"later", "subsequently", "then", "eventually", "afterwards", "afterward"}


def _value(money: str) -> float | None:
    m = _SUM.search(money)
    if m is None:
        return None
    digits, *scale = m.group().lower().replace(",", "").split()
    try:
        value = float(digits)
    except ValueError:
        return None
    return value * {"million": 1e6, "billion": 1e9}.get(scale[0] if scale else "", 1)


def _own_clause(trig: Token) -> list[Token]:
    """The trigger's subtree without the verbs coordinated with it ("secured 19
    convictions ... and recovered $30 million" secured no money) and without the clauses
    nested below its own words."""
    out = [trig]
    todo = [c for c in trig.children if not (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    while todo:
        tok = todo.pop()
        out.append(tok)
        todo.extend(c for c in tok.children if c.dep_ not in _CLAUSES)
    return out


def _past_dates(doc: Doc) -> list[int]:
    """Where dates of years before the release's own (its date line) stand."""
    release = headline.published_of(doc)
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
    convicted, he faces ..."), a comparison ("higher prices than it charged to white
    borrowers"), a description of a noun ("the defendants charged in the indictment are
    ..."), a habit ("the Subcommittee that funds the program")."""
    if any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless", "than", "whether") for c in trig.children
    ):
        return False
    # A word describing a noun or a kind of act: "earmarked funding", "the recommended
    # level", "Charging people more for home loans ... is illegal".
    if trig.dep_ in ("csubj", "csubjpass") or (
        trig.dep_ == "amod" and not any(c.dep_ == "nsubj" for c in trig.children)
    ):  # (a lost parse makes "Snowe  R ME   introduced legislation" an amod with a subject)
        return False
    # "Since its inception in March 2007, the Strike Force has charged more than 1,480
    # defendants": a tally kept over years, not this release's news.
    if any(
        c.lower_ == "since" or _phrase(c) in _TALLIES for c in (*trig.children, *trig.head.children)
    ):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _HABITS for c in trig.children):
        return False
    if trig.dep_ == "pcomp" and trig.head.lower_ in (
        "before",
        "until",
        "towards",
        "toward",
        "since",
    ):
        return False  # "Before being signed into law the bill must ..."
    # "... faces five years in prison when he is sentenced on July 19": still to come.
    if (
        trig.dep_ == "advcl"
        and any(
            c.dep_ in ("mark", "advmod")
            and c.lower_ in ("when", "once", "before", "until", "after")
            for c in trig.children
        )
        and any(
            t.tag_ in ("VBZ", "VBP") for t in (trig, trig.head, *trig.children) if t.dep_ != "nsubj"
        )
    ):
        return False
    # "the requirements, as reauthorized by the Act": what a law says, not what was done.
    if trig.tag_ == "VBN" and any(c.dep_ == "mark" and c.lower_ == "as" for c in trig.children):
        return False
    if trig.pos_ == "NOUN" and not _noun_reported(trig):
        return False
    # "According to a criminal complaint filed in ...": the source of the story told, not
    # a step the release reports.
    source = trig.head if trig.dep_ == "acl" else trig
    if source.dep_ == "pobj" and (source.head.lower_, source.head.head.lower_) == (
        "to",
        "according",
    ):
        return False
    # "The defendants are currently detained on state charges", "remains detained": where
    # someone is, not an arrest.
    if trig.lemma_ == "detain" and any(
        c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in trig.children
    ):
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
        # "Federal courts can assess civil penalties ... in lawsuits brought by the
        # department": a verb describing a noun is as possible as the clause the noun is in
        # (but "The legislation introduced today would amend the Act" was introduced).
        # So is one in a forecast: "Many of those veterans will also benefit from the ...
        # funding provided in Senator Murray's new legislation" (but "The settlement will
        # resolve a lawsuit, filed today in ...", "will use $50,000 in federal funding
        # secured by Dorgan").
        if trig.dep_ == "acl":
            below, gov = _verb_above(trig.head)
            told = _dated(trig.sent) or any(e.label_ == "MONEY" for e in ents_in(trig.sent))
            forecast = set() if told else {"will"}
            if not below.dep_.startswith("nsubj") and any(
                c.dep_ == "aux" and c.lower_ in modals | forecast for c in gov.children
            ):
                return False
        # "The House and Senate are expected to approve the final bill", "borrowers who
        # wish to bring their own lawsuits": a hope, not an event.
        if verb.dep_ == "ccomp" and verb.head.lemma_ in _WISHES:
            return False
        # Up through the words that govern it: "urged the Congress to discard ... by passing
        # his bill" wishes, "we have not been successful in passing reform" denies it
        # ("pleaded not guilty" is a plea).
        for gov in _governors(trig):
            if any(c.dep_ == "neg" and not _before_guilty(c) for c in gov.children):
                return False
            if gov.i != trig.i and gov.dep_ in ("xcomp", "ccomp") and gov.head.lemma_ in _WISHES:
                return False
        # "urged the Congress to discard the layers of bureaucracy ... by passing his bill":
        # the means of a wished act, wherever the parse hangs its "by".
        if (
            trig.tag_ == "VBG"
            and trig.head.lower_ == "by"
            and any(a.pos_ == "VERB" and a.lemma_ in _WISHES for a in trig.ancestors)
        ):
            return False
        # (but "agreed to adopt a new policy" has not adopted it yet)
        if verb.dep_ == "xcomp" and (
            verb.head.lemma_ not in _ACHIEVED
            or (verb.head.lemma_ == "agree" and rule["type"] in _DONE)
        ):
            return False
        # "legislation to reauthorize the Act", "funding to provide services": a purpose.
        # (A court's "pay $6 million to settle allegations" settles them, and "a meeting to
        # strengthen cooperation" is how releases report the cooperation agreed there.)
        if (
            verb.dep_ == "advcl"
            and rule["type"] in _PURPOSED
            or verb.dep_ in ("acl", "relcl")  # "the authority to bring suits", "45 days to enact"
            and rule["type"] in _PURPOSED | {"legal_action"}
        ) and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
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
    # "appropriations including $300,000 for St. Clair County", but not "an increase of
    # $1.2 billion in state gross product, including $819 million in new retail sales".
    if (
        rule["type"] == "funding"
        and trig.dep_ == "prep"
        and trig.head.lemma_.lower() not in _MONEY_WORDS | {"appropriation"}
        and not any(t.ent_type_ == "MONEY" for t in (trig.head, *trig.head.ancestors))
    ):  # (but "* $30 million for Impact Aid, including $5 million for disabled students")
        return False
    if trig.lemma_ == "intention" and _verb_above(trig)[1].lemma_ not in _STATING:
        return False  # "communicated ... about his intention to go to Syria": a plan alleged
    if rule["type"] == "commitment" and trig.pos_ == "VERB":
        if any(c.dep_ == "neg" for c in trig.children):
            return False  # "whether or not he did or did not intend to do that"
        # A pledge binds to something: "pledged to", "vowed that", "committed to", "pledged
        # support"; "conspiracy to commit wire fraud", "crimes its members are committing",
        # "promised them access" (a fraud's bait) and "an incubator to promising
        # businesses" do not.
        if not any(
            c.dep_ == "xcomp"
            or (c.dep_ == "ccomp" and trig.lemma_ != "commit")
            or (c.lower_ == "to" and c.dep_ == "prep")
            or (c.dep_ == "dobj" and trig.lemma_ == "pledge")
            for c in trig.children
        ):
            return False
        # "ATF is committed to providing every available resource", "the department
        # remains committed to ...": a standing creed.
        if trig.tag_ == "VBN" and any(
            (c.dep_ in ("aux", "auxpass") and c.lower_ in _CREED) for c in trig.children
        ):
            return False
        if trig.dep_ == "acomp" and trig.head.lower_ in _CREED:
            return False
    if trig.lemma_ == "charge" and not _is_charge(trig):
        return False
    if trig.lemma_ == "settle" and not any(
        c.dep_ == "dobj" or c.lower_ in ("with", "for") for c in trig.children
    ):
        return False  # "returned to the United States and settled in Sacramento"
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
        # "a working group to: (1) improve coordination ...; and (3) recommend changes in
        # laws": a task set, with no one who recommended.
        first = trig
        while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX"):
            first = first.head
        if (
            trig.tag_ == "VB"
            and first.dep_ != "xcomp"
            and not any(
                c.dep_.startswith("nsubj") or c.dep_ == "aux"
                for c in (*trig.children, *first.children)
            )
        ):
            return False
    if trig.lemma_ == "intend" and trig.tag_ in ("VBD", "VBN"):
        # what someone had in mind ("he intended to sell", "the violent acts were intended
        # to further the gang's activities"), not an announcement
        return False
    # "an organization committed to peace-keeping" describes the noun; but "a lawsuit,
    # filed today": the lawsuit is the rule's object
    if trig.dep_ == "acl" and trig.tag_ == "VBN" and not rule["objects"]:
        return rule["type"] not in ("legal_action", "funding", "legislation", "commitment")
    # "the recommendations are adopted and the report becomes law", "grants are awarded
    # by formula": a procedure, unless dated ("The strategy is launched today").
    if (
        rule["type"] in _DONE | {"funding", "recommendations"}
        and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in trig.children)
        and not any(c.dep_ == "aux" for c in trig.children)
        and not _dated(trig.sent)
        and not any(e.label_ == "MONEY" for e in ents_in(trig.sent))
    ):  # (nor "$630 million of the CDBG funds is allocated for ...": a bill's sum)
        return False
    # "The CDBG program works by providing funds to local governments", "happens ...
    # because of the money provided by CDBG": what a program does, told in the present.
    if rule["type"] in ("legal_action", "funding", "legislation") and (
        (trig.dep_, trig.tag_) == ("acl", "VBN") or (trig.dep_, trig.head.lower_) == ("pcomp", "by")
    ):
        below, gov = _verb_above(trig.head)
        if (
            gov.tag_ in ("VBZ", "VBP")
            and not below.dep_.startswith("nsubj")
            and not any(c.dep_ == "aux" for c in gov.children)
            and not any(c.dep_ == "nsubj" and c.lemma_.lower() in _BILLS for c in gov.children)
            and not _dated(trig.sent)  # "In a motion filed with the court today, the US alleges"
        ):
            return False
    # "The Subcommittee funds NASA" is a habit; "the bill includes $250,000 for the
    # Center" says what a bill gives.
    if trig.tag_ in ("VBZ", "VBP") and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _BILLS for c in trig.children
    ):
        return rule["type"] == "funding"
    return not (
        rule["type"] in ("legal_action", "funding", "legislation")
        and trig.tag_ in ("VBZ", "VBP")
        and not any(c.dep_ == "aux" for c in trig.children)
    )


def _dated(sent: Span) -> bool:
    """Whether a sentence names a time ("today", "on May 5"), not only a span ("45 days")."""
    return any(e.label_ == "DATE" and not _SPELL.search(e.text) for e in ents_in(sent))


def _noun_reported(trig: Token) -> bool:
    """Whether an event named by a noun happened, by the verb it hangs from: "praised
    Senate passage of the CLEAN Energy Act" did; "urged passage of the bill", "eventual
    passage of this bill would be a major step", "since the passage of the BEACH Act" (a
    time since) did not or are no news."""
    gov = trig.head
    while gov.pos_ not in ("VERB", "AUX") and gov.head.i != gov.i:
        if gov.lower_ in ("since", "for", "toward", "towards"):
            return False  # "since the passage of", "pushing for passage of"
        gov = gov.head
    if gov.pos_ not in ("VERB", "AUX"):
        # a headline the tagger read as names: "Final Passage of the Farm Bill", but
        # "TALENT URGES PASSAGE OF ANWR MEASURE"
        before = trig.doc[trig.sent.start : trig.i]
        return not any(t.lower_ in _WISHES or t.lower_[:-1] in _WISHES for t in before)
    if gov.lemma_ in _WISHES or any(c.dep_ == "aux" and c.lower_ in _MODALS for c in gov.children):
        return False
    return not any(c.dep_ == "neg" for c in gov.children)


def _verb_above(tok: Token) -> tuple[Token, Token]:
    """The verb whose clause a word stands in (the word itself in a headline without one),
    and the word below it that leads there."""
    below = tok
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        below, tok = tok, tok.head
    return below, tok


def _before_guilty(tok: Token) -> bool:
    return tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "guilty"


def _governors(trig: Token) -> list[Token]:
    """The trigger and the words above it in its clause: "passing" in "not been successful
    in passing", up to "been"."""
    out = [trig]
    while out[-1].dep_ in ("xcomp", "pcomp", "prep", "acomp") and out[-1].head.i != out[-1].i:
        out.append(out[-1].head)
    return out


# A body's remit: "The Commission ... is charged with assessing the recommendations" (a
# defendant is "charged with possessing a firearm").
_DUTIES = {
    "assess", "oversee", "review", "evaluate", "investigate", "ensure", "implement",
    "administer", "enforce", "monitor", "coordinate", "study", "examine", "recommend",
    "advise", "safeguard", "regulate", "supervise", "determine", "develop",
}  # fmt: skip


def _is_charge(trig: Token) -> bool:
    """A charge names its counts, court, day or defendant ("charged with", "charged Smith",
    "charged on April 4"); "Nelson charged today" and "Durbin also charged that the order
    redefines ..." said something, "the rate TSA was charged" is a price."""
    if any(c.dep_ == "ccomp" for c in trig.children) or (
        trig.i + 1 < len(trig.doc) and trig.nbor().lower_ == "that"
    ):
        return False
    if any(
        c.lower_ == "with" and any(g.tag_ == "VBG" and g.lemma_ in _DUTIES for g in c.children)
        for c in trig.children
    ):
        return False
    return trig.dep_ == "conj" or any(
        c.dep_ in ("dobj", "dative", "agent")
        or (c.dep_ == "prep" and c.lower_ not in ("to", "for"))
        for c in trig.children
    )


def _phrase(tok: Token) -> str:
    return " ".join(t.lower_ for t in tok.subtree)


def _in_subject(obj: Token, trig: Token) -> bool:
    """ "The Director ... was nominated as the host": the title is the subject's, not the
    post the sentence gives; "a director appointed by the President": the title is the
    one who appoints (the passive's agent)."""
    return obj.i < trig.i or any(
        c.dep_ in ("nsubj", "nsubjpass", "agent") and obj in c.subtree for c in trig.children
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
    # "The City of Bristol will use the community development funding for ...": what a
    # grant is for, told with the grant.
    if verb.lemma_ in ("use", "spend") and any(
        c.dep_ == "dobj" and (c.lemma_ in _MONEY_WORDS or c.ent_type_ == "MONEY")
        for c in verb.children
    ):
        return False
    # A party pledging comes before its "will"; "So will the grant" is an echo.
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < tok.i]
    if not subjects and tok.i > 0 and tok.nbor(-1).pos_ in ("NOUN", "PROPN"):
        # the parse lost the subject: "2021-2022 UNODC will" (not "... Thursday and will")
        subjects = [tok.doc[tok.i - 1]]
    # "I hope the White House will help": a wish about another party, not a pledge.
    if verb.dep_ == "ccomp" and verb.head.lemma_ in _WISHES:
        return False
    # "Senator Clinton ... announcing that she will be introducing the Act": one who
    # announces her own act pledges it (a named person's "will" mostly tells what a court
    # will do with them, "announced that Smith will serve 10 years").
    own = verb.dep_ == "ccomp" and verb.head.lemma_ == "announce"
    # People, too, pledge the events they will host: "the Grassleys will host for the
    # sixth time an inspirational forum".
    host = (
        verb.lemma_ in _HOSTING
        and any(c.dep_ == "dobj" for c in verb.children)
        and not any(t.lemma_ in ("accountable", "responsible", "liable") for t in verb.subtree)
    )  # (not "will hold perpetrators of TARP fraud accountable")
    # "he said, We will talk about the withdrawal": one speaker's "we" told by another.
    told = any(t.lemma_ == "say" for t in tok.sent)
    return any(
        s.ent_type_ in _NAMED
        or (s.lower_ == "we" and not told)
        or (own and s.lower_ in ("he", "she", "they"))
        or (host and (s.ent_type_ == "PERSON" or s.pos_ == "PROPN"))
        for s in subjects
    )


def _sum(sent: Span) -> str | None:
    """The money a sentence names, as digits and a scale, to tell one grant's retelling:
    "$60 million" and, where a scrape stripped the dollar sign, "60 million"."""
    money = _amount(sent, "funding")
    if money:
        return _figure(money)
    m = _SCALED.search(sent.text)
    return " ".join(m.group().lower().split()) if m else None


def _figure(money: str) -> str:
    m = _SUM.search(money)
    return " ".join(m.group().lower().split()) if m else money


def _listed_sum(trig: Token, obj: Token | None) -> Span | None:
    """The sum `obj` is one of where a sentence lists several ("$300,000 for St. Clair
    County for communications towers ... and $3 million to improve public transportation"):
    each is a grant of its own. (What a bill holds, told in the present, is one item: "The
    bill provides $16 billion for ... and $78 billion for ...".)"""
    if obj is None or obj.ent_type_ != "MONEY" or trig.tag_ in ("VBZ", "VBP"):
        return None
    ent = entity_of(obj)
    root = ent.root if ent is not None else obj
    if (root.dep_ == "conj" and root.head.ent_type_ == "MONEY") or any(
        c.dep_ == "conj" and c.ent_type_ == "MONEY" for c in root.children
    ):
        return ent
    return None


def _amount(sent: Span, otype: str) -> str | None:
    money = [e for e in ents_in(sent) if e.label_ == "MONEY"]
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
