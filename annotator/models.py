"""Data models of the bulletin-annotator/v1 format: bulletins, spans, the six fact kinds.

The bottom layer: everything imports it, it imports nothing of ours but the ISO code list.
Field names and enum values are the public contract; extend, never rename.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated, Any, Literal, get_args, get_origin

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    TypeAdapter,
    model_validator,
)

from annotator.iso_codes import COUNTRY_CODES

FORMAT = "bulletin-annotator/v1"


class Language(StrEnum):
    IT = "it"
    EN = "en"


class FactKind(StrEnum):
    STRIKE = "strike"
    CASUALTY = "casualty"
    AIR_DEFENCE = "air_defence"
    STATEMENT = "statement"
    COMMITMENT = "commitment"
    FIGURE = "figure"


class FactStatus(StrEnum):
    SUGGESTED = "suggested"
    CORRECTED = "corrected"
    APPROVED = "approved"
    REJECTED = "rejected"


class ReviewStatus(StrEnum):
    PENDING = "pending"
    IN_PROGRESS = "in_progress"
    APPROVED = "approved"


class Weapon(StrEnum):
    DRONE = "drone"
    MISSILE = "missile"
    GUIDED_BOMB = "guided_bomb"
    AERIAL_BOMB = "aerial_bomb"
    ARTILLERY = "artillery"
    ROCKET = "rocket"
    MLRS = "mlrs"
    AIRSTRIKE = "airstrike"
    MINE = "mine"
    SMALL_ARMS = "small_arms"
    UNKNOWN = "unknown"


class Outcome(StrEnum):
    KILLED = "killed"
    INJURED = "injured"
    MISSING = "missing"
    CAPTURED = "captured"


class Sex(StrEnum):
    MALE = "male"
    FEMALE = "female"


class Population(StrEnum):
    CIVILIAN = "civilian"
    MILITARY = "military"
    UNKNOWN = "unknown"


class Action(StrEnum):
    TROOPS = "troops"
    PEACEKEEPING = "peacekeeping"
    CEASEFIRE_MONITORING = "ceasefire_monitoring"
    MILITARY_HUBS = "military_hubs"
    NAVAL_SUPPORT = "naval_support"
    AIR_SUPPORT = "air_support"
    TRAINING = "training"
    WEAPONS = "weapons"
    MUNITIONS_FUNDING = "munitions_funding"
    FUNDING = "funding"
    RECONSTRUCTION = "reconstruction"
    ECONOMIC_AID = "economic_aid"
    SECURITY_GUARANTEES = "security_guarantees"
    SANCTIONS = "sanctions"
    OTHER = "other"


class Certainty(StrEnum):
    DEFINITE = "definite"
    POSSIBLE = "possible"


def _country(value: str) -> str:
    if value not in COUNTRY_CODES:
        raise ValueError(
            f"{value!r} is not an ISO 3166-1 alpha-2 country code (two capitals, e.g. UA, RU, FR)"
        )
    return value


_REGION_RE = re.compile(r"[A-Z]{2}-[A-Z0-9]{1,3}")


def _region_code(value: str) -> str:
    country = value[:2]
    if not _REGION_RE.fullmatch(value) or country not in COUNTRY_CODES:
        raise ValueError(
            f"{value!r} is not an ISO 3166-2 region code (country code, hyphen, "
            "1-3 letters or digits, e.g. UA-23, RU-BEL)"
        )
    return value


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be blank; leave the field empty when unknown")
    return value


CountryCode = Annotated[str, AfterValidator(_country)]
RegionCode = Annotated[str, AfterValidator(_region_code)]
Text = Annotated[str, AfterValidator(_not_blank)]
Count = Annotated[int, Field(ge=0, description="a whole number of people or things, ≥ 0")]
Age = Annotated[int, Field(ge=0, le=130, description="age in years")]
Quantity = Annotated[float | int, Field(description="a number stored whole: 1.85bn → 1850000000")]
Confidence = Annotated[float, Field(ge=0.0, le=1.0)]


class Span(BaseModel):
    """Half-open character range [start, end) into the bulletin's original text."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    field: str | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        return self


class Section(BaseModel):
    """A section heading: `title` is text[start:end]."""

    model_config = ConfigDict(extra="forbid")
    title: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Item(BaseModel):
    """One bullet item: text[start:end] without its bullet mark; `section` indexes `sections`."""

    model_config = ConfigDict(extra="forbid")
    section: int | None = None
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class _Fields(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class StrikeFields(_Fields):
    date: dt.date | None = None
    period: Text | None = None
    perpetrator: CountryCode | None = None
    weapon: Weapon | None = None
    target: Text | None = None
    settlement: Text | None = None
    district: Text | None = None
    region: Text | None = None
    region_code: RegionCode | None = None
    country: CountryCode | None = None
    killed: Count | None = None
    injured: Count | None = None
    damage: Text | None = None
    reported_by: Text | None = None
    medium: Text | None = None
    via: Text | None = None


class CasualtyFields(_Fields):
    outcome: Outcome | None = None
    count: Count | None = None
    count_text: Text | None = None
    age: Age | None = None
    sex: Sex | None = None
    role: Text | None = None
    population: Population | None = None
    perpetrator: CountryCode | None = None
    date: dt.date | None = None
    settlement: Text | None = None
    district: Text | None = None
    region: Text | None = None
    region_code: RegionCode | None = None
    country: CountryCode | None = None
    reported_by: Text | None = None
    medium: Text | None = None
    via: Text | None = None
    strike: Text | None = Field(default=None, description="id of the related strike fact")


class AirDefenceFields(_Fields):
    claimant: Text | None = None
    claimant_side: CountryCode | None = None
    attacker: CountryCode | None = None
    weapon: Weapon | None = None
    launched: Count | None = None
    destroyed: Count | None = None
    period: Text | None = None
    date: dt.date | None = None
    medium: Text | None = None
    via: Text | None = None


class StatementFields(_Fields):
    speaker: Text | None = None
    role: Text | None = None
    country: CountryCode | None = None
    organization: Text | None = None
    quote: Text | None = None
    medium: Text | None = None
    venue: Text | None = None
    date: dt.date | None = None
    via: Text | None = None


class CommitmentFields(_Fields):
    actor: Text | None = Field(
        default=None, description="ISO country code for a country, else the body's name"
    )
    action: Action | None = None
    negated: bool = False
    certainty: Certainty | None = None
    condition: Text | None = None
    quantity: Quantity | None = None
    quantity_text: Text | None = None
    unit: Text | None = None
    recipient: Text | None = None
    speaker: Text | None = None


class FigureFields(_Fields):
    metric: Text | None = None
    value: Quantity | None = None
    value_text: Text | None = None
    unit: Text | None = None
    settlement: Text | None = None
    region: Text | None = None
    region_code: RegionCode | None = None
    country: CountryCode | None = None
    period: Text | None = None
    date: dt.date | None = None
    claimant: Text | None = None
    medium: Text | None = None
    cumulative: bool = False


class FactBase(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(min_length=1)
    status: FactStatus = FactStatus.SUGGESTED
    origin: str = Field(min_length=1, description="extractor name/version, or reviewer")
    confidence: Confidence | None = None
    note: str | None = None
    evidence: list[Span] = Field(default_factory=list)


class StrikeFact(FactBase):
    kind: Literal["strike"] = "strike"
    fields: StrikeFields = Field(default_factory=StrikeFields)


class CasualtyFact(FactBase):
    kind: Literal["casualty"] = "casualty"
    fields: CasualtyFields = Field(default_factory=CasualtyFields)


class AirDefenceFact(FactBase):
    kind: Literal["air_defence"] = "air_defence"
    fields: AirDefenceFields = Field(default_factory=AirDefenceFields)


class StatementFact(FactBase):
    kind: Literal["statement"] = "statement"
    fields: StatementFields = Field(default_factory=StatementFields)


class CommitmentFact(FactBase):
    kind: Literal["commitment"] = "commitment"
    fields: CommitmentFields = Field(default_factory=CommitmentFields)


class FigureFact(FactBase):
    kind: Literal["figure"] = "figure"
    fields: FigureFields = Field(default_factory=FigureFields)


Fact = Annotated[
    StrikeFact | CasualtyFact | AirDefenceFact | StatementFact | CommitmentFact | FigureFact,
    Field(discriminator="kind"),
]
FACT_ADAPTER: TypeAdapter[Any] = TypeAdapter(Fact)

FACT_CLASSES: dict[FactKind, type[FactBase]] = {
    FactKind.STRIKE: StrikeFact,
    FactKind.CASUALTY: CasualtyFact,
    FactKind.AIR_DEFENCE: AirDefenceFact,
    FactKind.STATEMENT: StatementFact,
    FactKind.COMMITMENT: CommitmentFact,
    FactKind.FIGURE: FigureFact,
}
FIELD_CLASSES: dict[FactKind, type[_Fields]] = {
    FactKind.STRIKE: StrikeFields,
    FactKind.CASUALTY: CasualtyFields,
    FactKind.AIR_DEFENCE: AirDefenceFields,
    FactKind.STATEMENT: StatementFields,
    FactKind.COMMITMENT: CommitmentFields,
    FactKind.FIGURE: FigureFields,
}


def field_names(kind: FactKind) -> list[str]:
    """The fields of one kind, in the order of the brief."""
    return list(FIELD_CLASSES[kind].model_fields)


def field_type(kind: FactKind, name: str) -> tuple[str, tuple[str, ...]]:
    """How a field is edited: ("enum", choices), "int", "number", "bool", "date" or "text"."""
    annotation = FIELD_CLASSES[kind].model_fields[name].annotation
    args = [a for a in get_args(annotation) if a is not type(None)] or [annotation]
    base = args[0]
    while get_origin(base) is Annotated:
        base = get_args(base)[0]
    if isinstance(base, type) and issubclass(base, StrEnum):
        return "enum", tuple(m.value for m in base)
    if base is bool:
        return "bool", ()
    if base is int:
        return "int", ()
    if base is dt.date:
        return "date", ()
    if get_args(base):  # float | int
        return "number", ()
    return "text", ()


class Bulletin(BaseModel):
    """One bulletin: `text` is the original, every offset points into it."""

    model_config = ConfigDict(extra="forbid")
    id: str
    source: str | None = None
    language: Language | None = None
    title: str | None = None
    day_number: int | None = Field(default=None, ge=1)
    published: dt.date | None = None
    report_date: dt.date | None = None
    text: str
    sections: list[Section] = Field(default_factory=list)
    items: list[Item] = Field(default_factory=list)


class Review(BaseModel):
    model_config = ConfigDict(extra="forbid")
    status: ReviewStatus = ReviewStatus.PENDING
    reviewers: list[str] = Field(default_factory=list)
    approved_at: dt.datetime | None = None


class BulletinRecord(Bulletin):
    """One line of a v1 dataset: a bulletin, its facts and its review state."""

    format: Literal["bulletin-annotator/v1"] = "bulletin-annotator/v1"
    facts: list[Fact] = Field(default_factory=list)
    review: Review = Field(default_factory=Review)

    @model_validator(mode="after")
    def _spans_inside(self) -> BulletinRecord:
        n = len(self.text)
        for fact in self.facts:
            for span in fact.evidence:
                if span.end > n:
                    raise ValueError(
                        f"fact {fact.id}: evidence span {span.start}-{span.end} "
                        f"runs past the end of the text ({n} characters)"
                    )
        return self


def describe_errors(exc: Exception) -> str:
    """A pydantic ValidationError as short lines a reviewer can act on."""
    errors = getattr(exc, "errors", None)
    if not callable(errors):
        return str(exc)
    lines = []
    for err in errors():
        where = ".".join(str(p) for p in err.get("loc", ()) if p != "fields")
        msg = str(err.get("msg", "")).removeprefix("Value error, ")
        lines.append(f"{where}: {msg}" if where else msg)
    return "\n".join(lines)
