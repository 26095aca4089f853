"""Outcomes: what the release says was signed, adopted, agreed, funded, charged...

Rules live in models/outcomes.json: a trigger lemma and an object lemma linked in the
dependency parse (a DependencyMatcher, in either direction: "signed a workplan", "the
seminar was held"), a trigger verb alone ("was indicted"), or a "will" whose subject
is a named party ("UNODC will conduct"). The outcome's text is its sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import DependencyMatcher, Matcher
from spacy.tokens import Doc, Span, Token

from ..resources import load_json
from .names import title_heads

_TERM = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty)"
    r"[\s-](?:months?|years?|days?)\b",
    re.IGNORECASE,
)
_NAMED = {"PERSON", "ORG", "GPE", "NORP"}


@dataclass
class FoundOutcome:
    type: str
    sentence: Span
    trigger: str
    amount: str | None


def _object_spec(objects: list[str]) -> dict:
    words = [o for o in objects if not o.startswith("@") and o != "$"]
    alternatives = [{"LEMMA": {"IN": words}}, {"LOWER": {"IN": words}}]
    if "$" in objects:
        alternatives.append({"ENT_TYPE": "MONEY"})
    if "@title" in objects:
        alternatives.append({"LOWER": {"IN": sorted(title_heads())}})
    return alternatives


class OutcomeMatcher:
    def __init__(self, nlp: Language):
        config = load_json("outcomes.json")
        self.once = set(config["once"])
        self.dep = DependencyMatcher(nlp.vocab)
        self.tok = Matcher(nlp.vocab)
        self.subject_rules: dict[str, list[str]] = {}
        for n, rule in enumerate(config["rules"]):
            key = f"{rule['type']}#{n}"
            trigger = {"LEMMA": {"IN": rule["triggers"]}}
            if rule.get("subject"):
                self.subject_rules[key] = rule["triggers"]
                self.tok.add(key, [[{"LOWER": {"IN": rule["triggers"]}}]])
            elif not rule["objects"]:
                if rule.get("verb"):
                    trigger["POS"] = "VERB"
                self.tok.add(key, [[trigger]])
            else:
                patterns = []
                for obj in _object_spec(rule["objects"]):
                    for op in (">>", "<<"):
                        patterns.append([
                            {"RIGHT_ID": "trigger", "RIGHT_ATTRS": trigger},
                            {"LEFT_ID": "trigger", "REL_OP": op, "RIGHT_ID": "object",
                             "RIGHT_ATTRS": obj},
                        ])  # fmt: skip
                self.dep.add(key, patterns)

    def __call__(self, doc: Doc) -> list[FoundOutcome]:
        hits: list[tuple[str, Token, Token | None]] = []
        for match_id, token_ids in self.dep(doc):
            key = doc.vocab.strings[match_id]
            hits.append((key, doc[token_ids[0]], doc[token_ids[1]]))
        for match_id, start, _end in self.tok(doc):
            key = doc.vocab.strings[match_id]
            tok = doc[start]
            if key in self.subject_rules and not _named_subject_will(tok):
                continue
            hits.append((key, tok, None))

        found: list[FoundOutcome] = []
        seen: set[tuple] = set()
        for key, trig, obj in sorted(hits, key=lambda h: h[1].i):
            otype = key.split("#")[0]
            sent = trig.sent
            if obj is not None and obj.sent != sent:
                continue
            ident = (otype,) if otype in self.once else (otype, sent.start)
            if ident in seen:
                continue
            seen.add(ident)
            words = sorted([trig] + ([obj] if obj is not None else []), key=lambda t: t.i)
            found.append(FoundOutcome(otype, sent, " ".join(t.text for t in words), _amount(sent, otype)))
        return found


def _named_subject_will(tok: Token) -> bool:
    """'UNODC will conduct ...': a named party (or 'we') commits itself to future action."""
    verb = tok.head
    if verb.dep_ in ("relcl", "acl") or tok.dep_ != "aux":
        return False
    for child in verb.children:
        if child.dep_ == "nsubjpass" or child.dep_ == "auxpass":
            return False
        if child.dep_ == "nsubj":
            return child.ent_type_ in _NAMED or child.lower_ in ("we", "i")
    return False


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
