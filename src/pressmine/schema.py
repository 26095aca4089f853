"""The record schemas: the one place that says what pressmine emits (see RECORD.md)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from . import SCHEMA_VERSION

# ISO 8601 with X for any part the text neither gives nor lets us infer:
# "2024-09-18", "XXXX-03-12", "2024-09", "2024".
IsoDate = Annotated[str, StringConstraints(pattern=r"^[0-9X]{4}(-[0-9X]{2}(-[0-9X]{2})?)?$")]
Span = tuple[int, int]

OutcomeType = Literal[
    "agreement_signed",
    "document_adopted",
    "recommendations",
    "cooperation",
    "commitment",
    "training",
    "funding",
    "legal_action",
    "legislation",
    "appointment",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Source(_Model):
    path: str = Field(
        description='the file read, "-" for standard input, or "FEED:LINE" for a JSONL line'
    )
    sha256: str = Field(description="sha256 of the bytes read (a JSONL line: its text, UTF-8)")
    chars: int = Field(description="length of the decoded text that spans index")
    encoding: str | None = Field(default=None, description="the encoding the bytes were read as")
    id: str | None = Field(
        default=None, description="the record's own identifier, from a JSONL feed (--id-field)"
    )


class Published(_Model):
    date: IsoDate
    text: str = Field(
        description="the words the date was read from (with no span: the page's date)"
    )
    span: Span | None = Field(
        default=None,
        description="null when the date is the HTML page's own (its markup) and the text does "
        "not state it at the top",
    )


class DateItem(_Model):
    text: str
    start: IsoDate
    end: IsoDate | None = Field(default=None, description="null for a single date")
    span: Span


class Organization(_Model):
    name: str = Field(description="the fullest form in the text")
    acronym: str | None = None
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Span] = Field(default_factory=list)


class Official(_Model):
    name: str = Field(description="the person's name, without honorific")
    honorific: str | None = None
    title: str | None = None
    organization: str | None = None
    mentions: list[Span] = Field(default_factory=list)


class Location(_Model):
    name: str
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Span] = Field(default_factory=list)


class Outcome(_Model):
    type: OutcomeType
    text: str = Field(description="the sentence the outcome was read from")
    span: Span
    trigger: str = Field(description="the words that signalled the outcome")
    amount: str | None = Field(
        default=None, description="money or a term, when the sentence has one"
    )


class Quote(_Model):
    speaker: str | None = Field(description="the person quoted, null when not resolved")
    text: str
    span: Span


class Contact(_Model):
    name: str | None = None
    email: str | None = None
    phone: str | None = None
    span: Span

    @model_validator(mode="after")
    def _has_a_channel(self) -> Contact:
        if not (self.email or self.phone):
            raise ValueError("a contact needs an email or a phone")
        return self


class Record(_Model):
    schema_version: str = SCHEMA_VERSION
    source: Source
    title: str | None = None
    title_span: Span | None = None
    published: Published | None = None
    dates: list[DateItem] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    officials: list[Official] = Field(default_factory=list)
    locations: list[Location] = Field(default_factory=list)
    outcomes: list[Outcome] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    contacts: list[Contact] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    text: str | None = Field(default=None, description="the text spans index, with --emit-text")
