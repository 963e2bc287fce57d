"""The result of :meth:`Roadmap.score`: the management-cycle scorecard
(docs/score.md) as typed values. Attribute names are the JSON keys of
``erm_score_json``; components are :class:`Stage` members. A self-assessment
along the federal management-cycle criteria, not an official score."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional, Union

from .enums import Stage


@dataclass(frozen=True)
class ScoreReason:
    """Why a component has its points and, below 2, what 2 would need."""

    id: str  #: stable, kebab-case: ``monitoring-once``, ``no-section``
    ru: str  #: the sentence in Russian
    en: str  #: the sentence in English


@dataclass(frozen=True)
class Evidence:
    """One thing a component's points rest on."""

    kind: str                #: ``measure``, ``block`` or ``indicator``
    id: str                  #: the measure's id, the block's name (``goal``, ``cycle.monitoring``), the indicator's id
    number: Optional[str]    #: a measure's number as printed; None otherwise
    path: str                #: node path: ``sections[2].measures[4]``, ``sections[0].passport.goal``
    section: Optional[int]   #: the section it stands in; None for an indicator
    text: str                #: the measure's title, the block's text, the indicator's title
    sound: bool              #: meets the criterion for 2 points


@dataclass(frozen=True)
class ComponentScore:
    """One component of the cycle for one direction."""

    component: Stage
    points: int                      #: 0 absent, 1 present but weak, 2 present and sound
    weight: float                    #: the model's weight
    weighted: float                  #: points × weight
    max: float                       #: 2 × weight
    reason: ScoreReason
    evidence: tuple[Evidence, ...]   #: sound items first, in printed order


@dataclass(frozen=True)
class DirectionScore:
    """A catalog direction's scores."""

    direction: str                          #: the catalog code, ``1.1``
    slug: str                               #: ``training-quality``
    title: str                              #: the catalog title
    sections: tuple[int, ...]               #: the plan's sections for it; empty: every component 0
    total: float                            #: Σ points × weight
    max: float                              #: Σ 2 × weight
    share: float                            #: total ÷ max
    components: tuple[ComponentScore, ...]  #: in the model's order

    def component(self, stage: Union[Stage, str]) -> ComponentScore:
        """The score of one component (a Stage or its label, ``monitoring``)."""
        wanted = stage if isinstance(stage, Stage) else Stage.from_label(stage)
        for c in self.components:
            if c.component == wanted:
                return c
        raise KeyError(str(stage))


@dataclass(frozen=True)
class ModelComponent:
    """A component the model scores, with its names and weight."""

    component: Stage
    name_ru: str
    name_en: str
    weight: float
    max: float


@dataclass(frozen=True)
class Scorecard:
    """What :meth:`Roadmap.score` returns."""

    roadmap: str                               #: the roadmap's id
    title: str                                 #: the roadmap's title
    catalog: str                               #: the direction catalog's id
    model: str                                 #: the scoring model's id
    model_title: str                           #: the scoring model's title
    components: tuple[ModelComponent, ...]     #: the model's components, in order
    directions: tuple[DirectionScore, ...]     #: the catalog's directions, in order
    total: float                               #: Σ over directions
    max: float                                 #: Σ over directions
    share: float                               #: total ÷ max

    def direction(self, code: str) -> DirectionScore:
        """A direction by its code (``1.1``) or slug."""
        for d in self.directions:
            if code in (d.direction, d.slug):
                return d
        raise KeyError(code)


def _evidence(e: dict[str, Any]) -> Evidence:
    return Evidence(e["kind"], e["id"], e["number"], e["path"], e["section"], e["text"], e["sound"])


def _component(c: dict[str, Any]) -> ComponentScore:
    r = c["reason"]
    return ComponentScore(Stage.from_label(c["component"]), c["points"], c["weight"], c["weighted"], c["max"],
                          ScoreReason(r["id"], r["ru"], r["en"]), tuple(_evidence(e) for e in c["evidence"]))


def _direction(d: dict[str, Any]) -> DirectionScore:
    return DirectionScore(d["direction"], d["slug"], d["title"], tuple(d["sections"]), d["total"], d["max"],
                          d["share"], tuple(_component(c) for c in d["components"]))


def scorecard_from_json(data: dict[str, Any]) -> Scorecard:
    """A Scorecard from the library's scorecard JSON, parsed."""
    return Scorecard(data["roadmap"], data["title"], data["catalog"], data["model"]["id"], data["model"]["title"],
                     tuple(ModelComponent(Stage.from_label(c["component"]), c["name"]["ru"], c["name"]["en"],
                                          c["weight"], c["max"]) for c in data["components"]),
                     tuple(_direction(d) for d in data["directions"]), data["total"], data["max"], data["share"])
