"""The Python package as `cmake --install --component python` laid it out
under a prefix that is not the interpreter's: in the standard layout
(lib/python3.X/site-packages, what docs/python.md tells PYTHONPATH to
name), importable from there alone, with the C library beside it.

Usage: python_consumer.py PREFIX ROADMAP.yaml
"""
import os
import pathlib
import sys
import sysconfig

prefix, roadmap = sys.argv[1], sys.argv[2]
site = sysconfig.get_path("purelib", "posix_prefix", vars={"base": prefix, "platbase": prefix})
assert os.path.isdir(os.path.join(site, "eduroadmap")), f"not installed in {site}"
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
