"""The Python package as `cmake --install --component python` laid it out:
importable from its site directory alone, with the C library beside it.

Usage: python_consumer.py SITE_DIR ROADMAP.yaml
"""
import os
import pathlib
import sys

site, roadmap = sys.argv[1], sys.argv[2]
os.environ.pop("ERM_LIBRARY", None)
sys.path.insert(0, site)

import eduroadmap  # noqa: E402

package = pathlib.Path(eduroadmap.__file__).parent
assert package.parent == pathlib.Path(site).resolve() or str(package).startswith(site), package
assert (package / "py.typed").exists(), "py.typed must be installed"
assert eduroadmap.library_path().parent == package, eduroadmap.library_path()

rm = eduroadmap.load(roadmap)
report = rm.validate()
monitoring = rm.measures(stage="monitoring")
print(f"eduroadmap {eduroadmap.__version__} from {package}: {rm.id}: {len(rm.measures())} measures, "
      f"{len(report.errors)} errors, {len(report.warnings)} warnings, {len(monitoring)} at the monitoring stage")
assert len(rm.measures()) > 0 and all(
    m.stage is eduroadmap.Stage.MONITORING or eduroadmap.Stage.MONITORING in m.stage_also for m in monitoring)
