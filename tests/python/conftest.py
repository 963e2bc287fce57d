"""Shared fixtures for the JSON Schema tests (see roadmap_yaml.py for the loader)."""

from __future__ import annotations

import json

import pytest
from jsonschema import Draft202012Validator

from roadmap_yaml import SCHEMA_PATH


@pytest.fixture(scope="session")
def schema() -> dict:
    with SCHEMA_PATH.open(encoding="utf-8") as f:
        return json.load(f)


@pytest.fixture(scope="session")
def validator(schema) -> Draft202012Validator:
    """A draft 2020-12 validator that also checks `format: date` (real calendar dates)."""
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
