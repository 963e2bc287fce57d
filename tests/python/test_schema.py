"""Tests of schema/eduroadmap-1.schema.json against docs/format.md and examples/.

Run with Debian's interpreter (python3-jsonschema, python3-yaml):
    /usr/bin/python3 -m pytest tests/python/test_schema.py
"""

from __future__ import annotations

import re
import textwrap

import pytest
import yaml
from jsonschema import Draft202012Validator, RefResolver

from roadmap_yaml import (
    EXAMPLES_DIR,
    FORMAT_DOC,
    DuplicateKeyError,
    format_errors,
    load_yaml,
    schema_errors,
)

# Whatever roadmaps are in examples/ at collection time; none at all is a failure.
EXAMPLES = sorted(list(EXAMPLES_DIR.glob("*.yaml")) + list(EXAMPLES_DIR.glob("*.yml")))


def doc(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


def assert_valid(validator, instance, what: str) -> None:
    errors = schema_errors(validator, instance)
    assert not errors, f"{what}: {len(errors)} schema error(s):\n{format_errors(errors)}"


# ---- the schema itself ------------------------------------------------------

def test_schema_is_valid_draft_2020_12(schema):
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == "https://eduroadmap.github.io/schema/eduroadmap-1.schema.json"


def _walk(node, path="#"):
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            yield from _walk(value, f"{path}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk(value, f"{path}/{i}")


def _has_type(schema, node) -> bool:
    """True when the subschema pins a type directly, through $ref or in every oneOf branch."""
    if "type" in node or "const" in node:
        return True
    if "$ref" in node:
        target = schema
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        return _has_type(schema, target)
    if "oneOf" in node:
        return all(_has_type(schema, branch) for branch in node["oneOf"])
    return False


def test_every_object_is_closed_and_every_field_described(schema):
    problems = []
    for path, node in _walk(schema):
        if path.endswith("/examples") or "/examples/" in path:
            continue
        if "properties" not in node or not isinstance(node["properties"], dict):
            continue
        if node.get("type") != "object":
            problems.append(f"{path}: has properties but no type: object")
        if node.get("additionalProperties") is not False:
            problems.append(f"{path}: additionalProperties is not false")
        for name, prop in node["properties"].items():
            if not prop.get("description"):
                problems.append(f"{path}/properties/{name}: no description")
            elif "\n" in prop["description"]:
                problems.append(f"{path}/properties/{name}: description is not one line")
            if not _has_type(schema, prop):
                problems.append(f"{path}/properties/{name}: no type")
    assert not problems, "\n".join(problems)


def test_examples_in_the_schema_are_valid(schema):
    resolver = RefResolver.from_schema(schema)
    problems = []
    for path, node in _walk(schema):
        if "/examples" in path or not isinstance(node.get("examples"), list):
            continue
        check = Draft202012Validator(node, resolver=resolver,
                                     format_checker=Draft202012Validator.FORMAT_CHECKER)
        for i, example in enumerate(node["examples"]):
            problems += [f"{path}/examples/{i}: {e.message}" for e in check.iter_errors(example)]
    assert not problems, "\n".join(problems)


# ---- the loader ---------------------------------------------------------------

def test_loader_keeps_dates_as_iso_strings():
    data = load_yaml(doc("""
        date: 2021-03-01
        windows: [[2021-02-01, 2021-02-28]]
        tagged: !!timestamp 2021-03-01
        quoted: "2021-03-01"
    """))
    assert data == {
        "date": "2021-03-01",
        "windows": [["2021-02-01", "2021-02-28"]],
        "tagged": "2021-03-01",
        "quoted": "2021-03-01",
    }


def test_loader_uses_yaml_1_2_core_scalars():
    data = load_yaml("a: yes\nb: on\nc: true\nd: 010\ne: 1.\nf: 2020-2022\ng: 1:30\nh: ~\n")
    assert data == {"a": "yes", "b": "on", "c": True, "d": 10, "e": 1.0,
                    "f": "2020-2022", "g": "1:30", "h": None}


@pytest.mark.parametrize("text, line", [
    ("id: a\ntitle: x\nid: b\n", 3),
    ("sections:\n  - title: x\n    measures: []\n    title: y\n", 4),
    ("a: {b: 1, c: 2, b: 3}\n", 1),
])
def test_loader_rejects_duplicate_keys(text, line):
    with pytest.raises(DuplicateKeyError) as info:
        load_yaml(text)
    assert "duplicate key" in str(info.value)
    assert info.value.problem_mark.line + 1 == line  # reported at the second occurrence


def test_loader_accepts_same_key_in_different_mappings():
    assert load_yaml("- {id: a}\n- {id: b}\n") == [{"id": "a"}, {"id": "b"}]


# ---- examples/ and the annotated example of docs/format.md -------------------

@pytest.mark.parametrize("path", EXAMPLES or [None],
                         ids=[p.name for p in EXAMPLES] or ["no-examples"])
def test_example_validates(validator, path):
    if path is None:
        pytest.fail(f"no roadmap examples found in {EXAMPLES_DIR} (*.yaml)")
    try:
        data = load_yaml(path)
    except yaml.YAMLError as e:
        problem = f"{path.name}: cannot be loaded:\n{e}"
    else:
        problem = None
    if problem:
        pytest.fail(problem, pytrace=False)
    assert_valid(validator, data, path.name)


def annotated_example() -> str:
    """The first ```yaml block under "## Complete annotated example" in docs/format.md."""
    text = FORMAT_DOC.read_text(encoding="utf-8")
    heading = re.search(r"^## Complete annotated example[ \t]*$", text, re.MULTILINE)
    assert heading, "docs/format.md has no '## Complete annotated example' heading"
    block = re.compile(r"^```yaml[ \t]*\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)
    match = block.search(text, heading.end())
    next_heading = re.compile(r"^## ", re.MULTILINE).search(text, heading.end())
    assert match and (next_heading is None or match.start() < next_heading.start()), \
        "no ```yaml block under '## Complete annotated example'"
    return match.group(1)


def test_annotated_example_in_format_doc_validates(validator):
    data = load_yaml(annotated_example())
    assert data["schema"] == "eduroadmap/1"
    assert_valid(validator, data, "docs/format.md annotated example")


# ---- documents that must be accepted -------------------------------------------

MINIMAL = doc("""
    schema: eduroadmap/1
    id: test-roadmap
    title: План мероприятий
    period: 2020-2022
    sections:
      - title: Нормативно-правовое обеспечение
        measures:
          - number: "1."
            title: Утверждение дорожной карты
            deadline: Февраль 2020
            responsibles: КО
            result: Приказ
""")

FULL = doc("""
    schema: eduroadmap/1
    id: full-2023
    title: План
    language: en
    catalog: catalogs/own.yaml
    territory: {municipality: Район, region: Область}
    approved_by:
      kind: постановление
      number: "046"
      date: 2023-08-30
      authority: Администрация
      signed_by: И.И. Иванов
      title: Об утверждении плана
    period: {start: 2023-09-01, end: 2024-08-31}
    declared_directions:
      - {number: "1", title: Система оценки качества подготовки обучающихся}
      - title: Без номера
    description: ""
    responsibles:
      - {id: ko, short: КО, full: комитет образования, aliases: [Комитет, УО]}
      - {id: oo-2, short: ОО}
    sections:
      - title: Направление
        number: "1"
        direction: talents
        extra: false
        justification: Обоснование
        passport:
          goal: Цель
          tasks: Задачи
          expected_result: Результат
          target_indicators: Показатели
          indicators: [share-a]
          cycle:
            goals: a
            indicators: b
            data-collection: c
            monitoring: d
            analysis: e
            recommendations: f
            measures: g
            decisions: h
            review: i
          other:
            - {title: Сроки реализации, text: 2023-2024}
            - {title: Строка без текста}
        measures:
          - number: ""
            id: intro
            title: Вводное мероприятие
            items: [первое, второе]
            form: семинар
            deadline:
              text: Сентябрь ежегодно
              kind: recurring
              windows: [[2023-09-01, 2023-09-30]]
              rrule: FREQ=YEARLY;INTERVAL=1;BYMONTH=9
            responsibles: [КО, ОО]
            result: ""
            stage: data-collection
            indicators: [share-a]
            depends_on: [s3/5, "3.1"]
            status: in_progress
            status_text: Выполнено частично
            progress:
              - {date: 2023-10-01, status: started, note: начато}
            note: примечание
            lint: {ignore: [deadline-missing]}
        groups:
          - number: I
            title: Мероприятия по выявлению
            measures:
              - {number: I.1, title: Олимпиада, deadline: {text: по запросу, kind: on_demand}}
          - title: Без номера
            measures: []
        lint: {ignore: [numbering-gap, extra-section]}
      - title: Только группы
        groups: []
    indicators:
      - id: share-a
        title: Доля
        direction: "1.3"
        unit: percent
        comparator: "<="
        baseline: {value: 12.5}
        targets:
          - {period: "2023", value: 10}
          - {period: 2023-2024, value: 9}
          - {period: 2023/2024, value: 8}
          - {period: 2024-05-31, value: 7}
        actuals: [{date: 2024-01-15, value: 11}]
        method: анализ
        source: ФИС ОКО
        frequency: ежегодно
        responsible: ko
      - id: has-plan
        title: Наличие плана
        unit: boolean
        comparator: "="
        baseline: {value: false, date: 2023-01-01}
        targets: [{period: "2024", value: true}]
    lint: {ignore: []}
""")


@pytest.mark.parametrize("text", [
    MINIMAL,
    FULL,
    MINIMAL.replace("period: 2020-2022", 'period: "2021"'),
    MINIMAL.replace("period: 2020-2022", "period: 2023/2024"),
], ids=["minimal", "every-field", "period-year", "period-school-year"])
def test_valid_documents(validator, text):
    assert_valid(validator, load_yaml(text), "inline document")


# ---- documents that must be rejected, and why -----------------------------------

def _measure(line: str) -> str:
    """MINIMAL with one more line in its measure."""
    return MINIMAL.replace("        result: Приказ\n", f"        result: Приказ\n        {line}\n")


M = ("sections", 0, "measures", 0)

INVALID = [
    # (id, document, JSON path of the errors, failing keyword(s), text in every message)
    ("unknown-top-level-field", MINIMAL + "titel: опечатка\n",
     (), "additionalProperties", "'titel'"),
    ("unknown-measure-field", _measure("deadlines: Ежегодно"),
     M, "additionalProperties", "'deadlines'"),
    ("missing-sections", MINIMAL.split("sections:")[0],
     (), "required", "'sections' is a required property"),
    ("period-dot-dot", MINIMAL.replace("period: 2020-2022", "period: 2020..2022"),
     ("period",), "oneOf", "2020..2022"),
    ("period-unknown-key", MINIMAL.replace("period: 2020-2022", "period: {start: 2020-01-01, until: 2020-12-31}"),
     ("period",), "oneOf", ""),
    ("measure-number-integer", MINIMAL.replace('number: "1."', "number: 1"),
     M + ("number",), "type", "is not of type 'string'"),
    ("bad-stage", _measure("stage: monitor"),
     M + ("stage",), "enum", "'monitor' is not one of"),
    ("bad-status", _measure("status: finished"),
     M + ("status",), "enum", "'finished' is not one of"),
    ("roadmap-id-capitals", MINIMAL.replace("id: test-roadmap", "id: Test-Roadmap"),
     ("id",), "pattern", "does not match"),
    ("responsible-id-capitals", MINIMAL + "responsibles:\n  - {id: KO, short: КО}\n",
     ("responsibles", 0, "id"), "pattern", "does not match"),
    ("wrong-schema-version", MINIMAL.replace("schema: eduroadmap/1", "schema: eduroadmap/2"),
     ("schema",), "const", "eduroadmap/1"),
    ("section-without-measures-or-groups", MINIMAL.split("    measures:")[0],
     ("sections", 0), "required", "'measures' is a required property"),
    ("impossible-date", MINIMAL + "approved_by: {date: 2021-02-30}\n",
     ("approved_by", "date"), "format", "is not a 'date'"),
    ("non-iso-date", MINIMAL + "approved_by: {date: 2021-3-1}\n",
     ("approved_by", "date"), ("format", "pattern"), "2021-3-1"),
    ("deadline-mapping-without-text", MINIMAL.replace("deadline: Февраль 2020", "deadline: {kind: fixed}"),
     M + ("deadline",), "oneOf", ""),
    ("responsibles-number", MINIMAL.replace("responsibles: КО", "responsibles: 5"),
     M + ("responsibles",), "oneOf", ""),
    ("indicator-value-text", MINIMAL + "indicators:\n  - {id: a, title: A, baseline: {value: \"80\"}}\n",
     ("indicators", 0, "baseline", "value"), "type", "is not of type 'number', 'boolean'"),
    ("bad-comparator", MINIMAL + "indicators:\n  - {id: a, title: A, comparator: \">\"}\n",
     ("indicators", 0, "comparator"), "enum", ""),
    ("bad-unit", MINIMAL + "indicators:\n  - {id: a, title: A, unit: percents}\n",
     ("indicators", 0, "unit"), "enum", ""),
    ("bad-language", MINIMAL + "language: russian\n",
     ("language",), "enum", ""),
    ("bad-target-period", MINIMAL + "indicators:\n  - {id: a, title: A, targets: [{period: 2021-22, value: 1}]}\n",
     ("indicators", 0, "targets", 0, "period"), "pattern", ""),
    ("bad-lint-rule-id", MINIMAL + "lint: {ignore: [Numbering_Gap]}\n",
     ("lint", "ignore", 0), "pattern", ""),
    ("unknown-lint-key", MINIMAL + "lint: {ignore: [numbering-gap], except: [x]}\n",
     ("lint",), "additionalProperties", "'except'"),
    ("extra-not-boolean", MINIMAL.replace("  - title: Нормативно", '  - extra: "yes"\n    title: Нормативно'),
     ("sections", 0, "extra"), "type", "is not of type 'boolean'"),
]


@pytest.mark.parametrize("text, path, keyword, message", [case[1:] for case in INVALID],
                         ids=[case[0] for case in INVALID])
def test_invalid_documents_are_rejected(validator, text, path, keyword, message):
    errors = schema_errors(validator, load_yaml(text))
    assert errors, "document was accepted"
    report = format_errors(errors)
    keywords = (keyword,) if isinstance(keyword, str) else keyword
    assert sorted(e.validator for e in errors) == sorted(keywords), report
    for error in errors:
        assert tuple(error.absolute_path) == path, report
        assert message in error.message, report


def test_bad_period_fails_every_period_form(validator):
    """2020..2022 is rejected because it matches none of the string forms and is not a mapping."""
    text = MINIMAL.replace("period: 2020-2022", "period: 2020..2022")
    (error,) = schema_errors(validator, load_yaml(text))
    reasons = sorted(sub.validator for sub in error.context)
    assert reasons == ["pattern", "pattern", "pattern", "type"], format_errors([error])


def test_error_report_names_every_error_with_its_json_path(validator):
    text = MINIMAL.replace('number: "1."', "number: 1").replace("id: test-roadmap", "id: X") + "titel: x\n"
    report = format_errors(schema_errors(validator, load_yaml(text)))
    assert report.splitlines() == [
        "$: Additional properties are not allowed ('titel' was unexpected) [additionalProperties]",
        "$.id: 'X' does not match '^[a-z0-9][a-z0-9-]*$' [pattern]",
        "$.sections[0].measures[0].number: 1 is not of type 'string' [type]",
    ]
