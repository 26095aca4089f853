"""Write the EntityRuler patterns for organization forms. models/org_patterns.jsonl, from
models/org_heads.txt: capitalized words before a body's noun ("Astana Civil Service Hub"),
with an "of/for/on" phrase after it ("Ministry of Internal Affairs of the Republic of
Croatia"), after an acronym ("UNDRR Regional Office"). models/company_patterns.jsonl:
company names that end on a legal suffix ("ATP Infrastructure Partners, LP").

Run after editing org_heads.txt:  python scripts/make_org_patterns.py
"""

from __future__ import annotations

import json
from pathlib import Path

MODELS = Path(__file__).resolve().parents[1] / "models"

# Police forces are named like bodies ("Nur-Sultan Police"), though "police" is no head
# of the names the extractors build.
EXTRA_HEADS = ["police"]
COMPANY_SUFFIXES = [
    "inc", "inc.", "incorporated", "llc", "l.l.c.", "lp", "l.p.", "llp", "pllc", "ltd", "ltd.",
    "corp", "corp.", "plc",
]  # fmt: skip


def plural(word: str) -> str:
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "sh", "ch", "x")):
        return word + "es"
    return word + "s"


def heads() -> list[str]:
    words = []
    for line in (MODELS / "org_heads.txt").read_text(encoding="utf-8").splitlines():
        word = line.split("#", 1)[0].strip()
        if word and " " not in word:  # one token each; "task force" is matched by the code
            words.append(word)
    words += EXTRA_HEADS
    return sorted({w for h in words for w in (h, plural(h))})


def patterns() -> list[dict]:
    head = {"LOWER": {"IN": heads()}, "IS_TITLE": True}
    title_run = {"IS_TITLE": True, "OP": "*"}
    of_phrase = [
        {"LOWER": {"IN": ["of", "for", "on"]}},
        {"LOWER": "the", "OP": "?"},
        {"IS_TITLE": True, "OP": "+"},
    ]
    return [
        [{"IS_TITLE": True, "OP": "+"}, head],
        [title_run, head, *of_phrase, {"LOWER": {"IN": ["and", "&"]}, "OP": "?"}, title_run],
        [
            title_run,
            head,
            *of_phrase,
            {"LOWER": {"IN": ["of", "for", "in"]}},
            {"LOWER": "the", "OP": "?"},
            {"IS_TITLE": True, "OP": "+"},
        ],
        [{"IS_UPPER": True, "LENGTH": {">=": 2}}, title_run, head],
    ]


def company_patterns() -> list[list[dict]]:
    """Company names the model left untagged; a separate ruler adds them where it tagged
    nothing, so that its own wider spans ("Gibson, Dunn & Crutcher LLP") stand."""
    name_word = {"TEXT": {"REGEX": r"^(?:[A-Z][\w'’.-]*|&)$"}}
    return [
        [
            {**name_word, "OP": "{1,5}"},
            {"ORTH": ",", "OP": "?"},
            {"LOWER": {"IN": COMPANY_SUFFIXES}},
        ]
    ]


def write(name: str, pats: list[list[dict]]) -> None:
    lines = [json.dumps({"label": "ORG", "pattern": p}, ensure_ascii=False) for p in pats]
    (MODELS / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    write("org_patterns.jsonl", patterns())
    write("company_patterns.jsonl", company_patterns())


if __name__ == "__main__":
    main()
