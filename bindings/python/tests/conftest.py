"""Fixtures of the binding tests: the package over the library built by
CMake (ERM_LIBRARY, set by CTest) and the bundled roadmaps."""
from __future__ import annotations

import os
import pathlib
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "bindings" / "python"))

if not os.environ.get("ERM_LIBRARY"):
    pytest.exit("ERM_LIBRARY must name libeduroadmap_c.so (CTest sets it)", returncode=2)

import eduroadmap  # noqa: E402

EXAMPLES = ROOT / "examples"
HEADER = ROOT / "capi" / "include" / "eduroadmap" / "eduroadmap.h"

#: A small roadmap whose lines and columns are counted by hand.
PLAN = """\
schema: eduroadmap/1
id: test-plan
title: Тестовый план
period: 2023/2024
responsibles:
  - id: ko
    short: КО
    full: комитет образования
    aliases: [Комитет образования]
sections:
  - title: Система оценки качества подготовки обучающихся
    measures:
      - number: "1."
        title: Мониторинг результатов ВПР
        deadline: сентябрь-май
        responsibles: КО
        result: Аналитическая справка
        stage: monitoring
        status: done
      - number: "2."
        title: Совещание руководителей
        deadline: совещания
        responsibles: [КО, ОО]
  - title: Нормативно-правовое обеспечение
    extra: true
    measures: []
"""


@pytest.fixture
def plan() -> "eduroadmap.Roadmap":
    with eduroadmap.loads(PLAN, name="plan.yaml") as rm:
        yield rm


@pytest.fixture(scope="session")
def kachkanar() -> "eduroadmap.Roadmap":
    return eduroadmap.load(EXAMPLES / "kachkanar-2019-2020.yaml")
