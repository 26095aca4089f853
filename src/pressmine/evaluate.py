"""Scoring records against gold files, exactly as ../shared/gold/README.md says.

Every field is a set per document: gold items and record items are paired (each gold
item with at most one record item, as many pairs as possible), then counts are summed
over documents (micro precision, recall, F1). A gold item marked optional neither
rewards nor punishes: if it is paired, the record item it took is not counted at all.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .extract.names import honorifics

FIELDS = ("dates", "organizations", "officials", "locations", "outcomes", "quotes", "contacts")
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_TITLE_STOP = {"of", "the", "for", "and", "in", "at", "on", "a", "an", "to"}


def norm(text: str | None) -> str:
    """Fold case and accents, straighten quotes, drop a leading 'the', trim punctuation."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "„": '"'}))
    text = re.sub(r"\s+", " ", text.casefold()).strip()
    text = text.strip(" .,;:!?\"'()[]-–—")
    text = re.sub(r"^the\s+", "", text)
    return text.strip(" .,;:!?\"'()[]-–—")


def _name_tokens(name: str) -> list[str]:
    words = [w.strip(".,") for w in norm(name).split()]
    return [w for w in words if w and w not in honorifics() and w not in _SUFFIXES]


def names_match(a: str | None, b: str | None) -> bool:
    """Official names: equal token sets, or same last name with first names not contradicting."""
    ta, tb = _name_tokens(a or ""), _name_tokens(b or "")
    if not ta or not tb:
        return False
    if set(ta) == set(tb):
        return True
    if ta[-1] != tb[-1]:
        return False
    if len(ta) == 1 or len(tb) == 1:
        return True  # a bare last name
    fa, fb = ta[0], tb[0]
    return fa == fb or (len(fa) == 1 and fb.startswith(fa)) or (len(fb) == 1 and fa.startswith(fb))


def _content(title: str) -> list[str]:
    return [w for w in re.findall(r"[\w']+", norm(title)) if w not in _TITLE_STOP]


def title_f1(pred: str | None, gold: str | None) -> float:
    p, g = _content(pred or ""), _content(gold or "")
    if not p or not g:
        return 0.0
    common = sum(min(p.count(w), g.count(w)) for w in set(p))
    if not common:
        return 0.0
    prec, rec = common / len(p), common / len(g)
    return 2 * prec * rec / (prec + rec)


def title_right(pred: str | None, gold) -> bool:
    if gold is None or gold == []:
        return pred is None
    roles = gold if isinstance(gold, list) else [gold]
    options = roles + ([" ".join(roles)] if len(roles) > 1 else [])
    return any(title_f1(pred, g) >= 0.5 for g in options)


# --- pairing ------------------------------------------------------------------------


def pair(gold: list[dict], pred: list[dict], match: Callable[[dict, dict], bool]) -> dict[int, int]:
    """Maximum pairing of gold to record items (augmenting paths); gold index -> record index."""
    edges = [[j for j, p in enumerate(pred) if match(g, p)] for g in gold]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    # Required gold items first, so an optional item never takes a required one's match.
    order = sorted(range(len(gold)), key=lambda i: bool(gold[i].get("optional")))
    for i in order:
        augment(i, set())
    return {i: j for j, i in owner.items()}


def _forms(item: dict, keys=("name", "acronym")) -> set[str]:
    out = {norm(item.get(k)) for k in keys if item.get(k)}
    out |= {norm(a) for a in item.get("aliases") or []}
    return out - {""}


def match_entity(g: dict, p: dict) -> bool:
    return bool(_forms(g) & _forms(p))


def match_official(g: dict, p: dict) -> bool:
    return any(names_match(p.get("name"), n) for n in [g.get("name"), *(g.get("aliases") or [])])


def match_date(g: dict, p: dict) -> bool:
    return g["start"] == p["start"] and (g.get("end") or g["start"]) == (p.get("end") or p["start"])


def match_outcome(g: dict, p: dict) -> bool:
    text = norm(p.get("text"))
    return g["type"] == p["type"] and any(norm(k) in text for k in g.get("keywords") or [])


def match_quote(g: dict, p: dict) -> bool:
    return names_match(p.get("speaker"), g.get("speaker")) and norm(p.get("text")).startswith(
        norm(g.get("starts_with"))
    )


def match_contact(g: dict, p: dict) -> bool:
    if g.get("email") and p.get("email") and norm(g["email"]) == norm(p["email"]):
        return True
    gd, pd = re.sub(r"\D", "", g.get("phone") or ""), re.sub(r"\D", "", p.get("phone") or "")
    return bool(gd) and gd == pd


MATCHERS = {
    "dates": match_date,
    "organizations": match_entity,
    "officials": match_official,
    "locations": match_entity,
    "outcomes": match_outcome,
    "quotes": match_quote,
    "contacts": match_contact,
}


# --- scores -------------------------------------------------------------------------


@dataclass
class Count:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Ratio:
    right: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 1.0


@dataclass
class Report:
    fields: dict[str, Count] = field(default_factory=lambda: {f: Count() for f in FIELDS})
    official_titles: Ratio = field(default_factory=Ratio)
    doc_titles: Ratio = field(default_factory=Ratio)
    published: Ratio = field(default_factory=Ratio)
    errors: list[str] = field(default_factory=list)
    documents: int = 0
    scored: set[str] = field(default_factory=set)  # the fields some gold file annotates


def _dedupe_dates(items: list[dict]) -> list[dict]:
    seen, out = set(), []
    for d in items:
        key = (d["start"], d.get("end") or d["start"])
        if key not in seen:
            seen.add(key)
            out.append(d)
    return out


def _describe(fieldname: str, item: dict) -> str:
    if fieldname == "dates":
        return f"{item.get('text')!r} {item['start']}..{item.get('end')}"
    if fieldname == "outcomes":
        text = item.get("text") or "/".join(item.get("keywords") or [])
        return f"{item['type']}: {text[:90]!r}"
    if fieldname == "quotes":
        return (
            f"{item.get('speaker')}: {(item.get('text') or item.get('starts_with') or '')[:60]!r}"
        )
    if fieldname == "contacts":
        return f"{item.get('name')} {item.get('email')} {item.get('phone')}"
    return repr(item.get("name"))


def score_document(gold: dict, record: dict, report: Report) -> None:
    """Score one record against its gold. A gold file that lists the fields it annotates
    (`"annotated": ["quotes"]`, a check of one field on more releases) is scored on those
    alone; "title" and "published" count among them."""
    doc = gold.get("doc", "?")
    report.documents += 1
    annotated = set(gold.get("annotated") or (*FIELDS, "title", "published"))
    report.scored |= annotated
    for f in FIELDS:
        if f not in annotated:
            continue
        g_items = gold.get(f) or []
        p_items = record.get(f) or []
        if f == "dates":
            p_items = _dedupe_dates(p_items)
        pairs = pair(g_items, p_items, MATCHERS[f])
        count = report.fields[f]
        for i, g in enumerate(g_items):
            if g.get("optional"):
                continue
            if i in pairs:
                count.tp += 1
            else:
                count.fn += 1
                report.errors.append(f"{doc}: {f}: missed {_describe(f, g)}")
        for j, p in enumerate(p_items):
            if j not in pairs.values():
                count.fp += 1
                report.errors.append(f"{doc}: {f}: wrong {_describe(f, p)}")
        if f == "officials":
            for i, j in pairs.items():
                if g_items[i].get("optional"):
                    continue
                ok = title_right(p_items[j].get("title"), g_items[i].get("title"))
                report.official_titles.total += 1
                report.official_titles.right += ok
                if not ok:
                    got, want = p_items[j].get("title"), g_items[i].get("title")
                    report.errors.append(
                        f"{doc}: official title: {g_items[i]['name']}: got {got!r}, gold {want!r}"
                    )
    if "title" in annotated:
        _score_title(doc, gold, record, report)
    if "published" in annotated:
        _score_published(doc, gold, record, report)


def _score_title(doc: str, gold: dict, record: dict, report: Report) -> None:
    t_ok = norm(record.get("title")) == norm(gold.get("title"))
    report.doc_titles.total += 1
    report.doc_titles.right += t_ok
    if not t_ok:
        report.errors.append(
            f"{doc}: title: got {record.get('title')!r}, gold {gold.get('title')!r}"
        )


def _score_published(doc: str, gold: dict, record: dict, report: Report) -> None:
    g_pub = (gold.get("published") or {}).get("date")
    p_pub = (record.get("published") or {}).get("date")
    report.published.total += 1
    report.published.right += g_pub == p_pub
    if g_pub != p_pub:
        report.errors.append(f"{doc}: published: got {p_pub}, gold {g_pub}")


def load_gold(gold_dir: Path, split: str | None = None) -> list[tuple[Path, dict]]:
    out = []
    for path in sorted(gold_dir.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if split and data.get("split", "seed") != split:
            continue
        out.append((path, data))
    return out
