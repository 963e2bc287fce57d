"""The browser tests' fixture: where the pages they render are kept."""
import os
import pathlib
import sys
import tempfile

import pytest

# Helpers shared with the command-line tests (tests/plan_versions.py).
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))


@pytest.fixture(scope="module")
def out_dir():
    """Where reports, the PDF and the screenshot go: $ERM_BROWSER_OUT (CTest: the build directory) or a temp dir."""
    given = os.environ.get("ERM_BROWSER_OUT")
    if given:
        path = pathlib.Path(given)
        path.mkdir(parents=True, exist_ok=True)
        yield path
    else:
        with tempfile.TemporaryDirectory() as tmp:
            yield pathlib.Path(tmp)
