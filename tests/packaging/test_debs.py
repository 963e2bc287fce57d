"""The Debian packages (cmake/package.cmake): built with cpack from the build
directory, checked with dpkg-deb, then unpacked into an empty root and used
from there as a user of each package would — the CLI, the C library through
pkg-config, Python and PHP — with nothing else on the paths.

Run by ctest (`packages`) with ERM_BUILD_DIR and ERM_SOURCE_DIR set.
"""
from __future__ import annotations

import gzip
import os
import pathlib
import re
import shutil
import subprocess

import pytest

BUILD = pathlib.Path(os.environ["ERM_BUILD_DIR"])
SOURCE = pathlib.Path(os.environ["ERM_SOURCE_DIR"])
EXAMPLE = SOURCE / "examples" / "tosno-2021.yaml"

PACKAGES = ["eduroadmap", "libeduroadmap-c0", "libeduroadmap-dev", "php-eduroadmap", "python3-eduroadmap"]
DEBUG_PACKAGES = ["eduroadmap-dbgsym", "libeduroadmap-c0-dbgsym"]


def run(*args: str | os.PathLike[str], env: dict[str, str] | None = None, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, env=env, check=check)


def field(deb: pathlib.Path, name: str) -> str:
    return run("dpkg-deb", "-f", deb, name).stdout.strip()


def contents(deb: pathlib.Path) -> list[str]:
    # `dpkg-deb -c` lists like `tar tv`: the path is the sixth column, «./usr/bin/x»
    # (a symbolic link followed by « -> target»).
    return [line.split(None, 5)[5].split(" -> ")[0].lstrip(".") for line in run("dpkg-deb", "-c", deb).stdout.splitlines()]


@pytest.fixture(scope="module")
def debs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, pathlib.Path]:
    out = tmp_path_factory.mktemp("packages")
    # gzip instead of xz: the same packages, built faster for the test.
    run("cpack", "--config", BUILD / "CPackConfig.cmake", "-B", out, "-D", "CPACK_DEBIAN_COMPRESSION_TYPE=gzip")
    found = {}
    for deb in list(out.glob("*.deb")) + list(out.glob("*.ddeb")):
        found[field(deb, "Package")] = deb
    return found


@pytest.fixture(scope="module")
def root(debs: dict[str, pathlib.Path], tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    r = tmp_path_factory.mktemp("root")
    for name in PACKAGES:
        run("dpkg-deb", "-x", debs[name], r)
    return r


def clean_env(**extra: str) -> dict[str, str]:
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": os.environ.get("HOME", "/root")}
    env.update(extra)
    return env


def test_every_package_is_built_with_the_project_version(debs: dict[str, pathlib.Path]) -> None:
    assert sorted(debs) == sorted(PACKAGES + DEBUG_PACKAGES)
    version = run(BUILD / "cli" / "eduroadmap", "--version").stdout.split()[1]
    for deb in debs.values():
        assert field(deb, "Version") == version


def test_dependencies_are_debian_packages_and_our_own_at_the_same_version(debs: dict[str, pathlib.Path]) -> None:
    version = field(debs["eduroadmap"], "Version")
    cli = field(debs["eduroadmap"], "Depends")
    # dpkg-shlibdeps: exactly the shared libraries the tool links; and
    # libzip, which the tool and the C library load when they first read a
    # Word file, named by hand.
    for lib in ("libyaml-cpp0.7", "libzip4", "libpugixml1v5", "libstdc++6", "libc6"):
        assert re.search(rf"\b{re.escape(lib)}\b", cli), cli
    assert re.search(r"\blibzip4\b", field(debs["libeduroadmap-c0"], "Depends"))
    assert "libeduroadmap" not in cli  # the C++ library is linked in statically
    same = f"libeduroadmap-c0 (= {version})"
    for name in ("libeduroadmap-dev", "php-eduroadmap", "python3-eduroadmap"):
        assert same in field(debs[name], "Depends"), name
    dev = field(debs["libeduroadmap-dev"], "Depends")
    for lib in ("libboost-date-time-dev", "libyaml-cpp-dev", "libpugixml-dev", "libzip4"):
        assert lib in dev
    assert field(debs["php-eduroadmap"], "Architecture") == "all"
    assert field(debs["python3-eduroadmap"], "Architecture") == "all"
    assert "python3 (>= 3.10)" in field(debs["python3-eduroadmap"], "Depends")  # slotted dataclasses
    assert "shlibs" in run("dpkg-deb", "-I", debs["libeduroadmap-c0"]).stdout
    # Python modules are byte-compiled on install and cleaned before removal.
    control = run("dpkg-deb", "-I", debs["python3-eduroadmap"]).stdout
    assert "postinst" in control and "prerm" in control
    assert "py3compile -p python3-eduroadmap" in run("dpkg-deb", "-I", debs["python3-eduroadmap"], "postinst").stdout


def test_each_package_holds_its_own_files(debs: dict[str, pathlib.Path]) -> None:
    cli = contents(debs["eduroadmap"])
    assert "/usr/bin/eduroadmap" in cli
    assert "/usr/share/eduroadmap/schema/eduroadmap-1.schema.json" in cli
    assert "/usr/share/eduroadmap/catalogs/fioko-2020.yaml" in cli
    assert "/usr/share/bash-completion/completions/eduroadmap" in cli
    assert "/usr/share/zsh/vendor-completions/_eduroadmap" in cli
    assert "/usr/share/fish/vendor_completions.d/eduroadmap.fish" in cli
    assert "/usr/share/man/man1/eduroadmap.1.gz" in cli
    lib = contents(debs["libeduroadmap-c0"])
    assert "/usr/lib/libeduroadmap_c.so.0" in lib
    assert not any(p.endswith((".h", ".hpp", ".a")) or p.endswith("libeduroadmap_c.so") for p in lib)
    dev = contents(debs["libeduroadmap-dev"])
    for path in ("/usr/include/eduroadmap/eduroadmap.h", "/usr/include/eduroadmap/eduroadmap.hpp",
                 "/usr/lib/libeduroadmap.a", "/usr/lib/libeduroadmap_c.so",
                 "/usr/lib/pkgconfig/eduroadmap-c.pc", "/usr/lib/cmake/eduroadmap/eduroadmap-config.cmake"):
        assert any(p == path for p in dev), path
    assert "/usr/lib/python3/dist-packages/eduroadmap/__init__.py" in contents(debs["python3-eduroadmap"])
    assert "/usr/share/eduroadmap/php/Eduroadmap.php" in contents(debs["php-eduroadmap"])


def test_binaries_are_stripped_and_their_debug_info_is_in_dbgsym(debs: dict[str, pathlib.Path], tmp_path: pathlib.Path) -> None:
    run("dpkg-deb", "-x", debs["eduroadmap"], tmp_path)
    run("dpkg-deb", "-x", debs["eduroadmap-dbgsym"], tmp_path)
    tool = tmp_path / "usr" / "bin" / "eduroadmap"
    sections = run("readelf", "-S", "-W", tool).stdout
    assert ".debug_info" not in sections
    assert ".gnu_debuglink" in sections
    build_id = re.search(r"Build ID: ([0-9a-f]+)", run("readelf", "-n", tool).stdout)
    assert build_id
    debug = tmp_path / "usr/lib/debug/.build-id" / build_id.group(1)[:2] / (build_id.group(1)[2:] + ".debug")
    assert ".debug_info" in run("readelf", "-S", "-W", debug).stdout
    # The packaged tool is a fraction of the unstripped build.
    assert tool.stat().st_size * 5 < (BUILD / "cli" / "eduroadmap").stat().st_size


@pytest.mark.parametrize("shell,path", [("bash", "usr/share/bash-completion/completions/eduroadmap"),
                                        ("zsh", "usr/share/zsh/vendor-completions/_eduroadmap"),
                                        ("fish", "usr/share/fish/vendor_completions.d/eduroadmap.fish")])
def test_the_shell_completions_are_the_tools_own(root: pathlib.Path, shell: str, path: str) -> None:
    script = (root / path).read_text(encoding="utf-8")
    printed = run(root / "usr/bin/eduroadmap", "completion", shell, env=clean_env()).stdout
    assert script == printed and f"completion {shell}`" in script


def test_the_manual_page_is_the_tools_own_gzipped_and_renders(root: pathlib.Path) -> None:
    packed = root / "usr/share/man/man1/eduroadmap.1.gz"
    assert packed.read_bytes()[:2] == b"\x1f\x8b"
    page = gzip.decompress(packed.read_bytes()).decode("utf-8")
    assert page == run(root / "usr/bin/eduroadmap", "man", env=clean_env()).stdout
    shown = run("man", "-l", packed, env=clean_env(MANPAGER="cat", MANWIDTH="100")).stdout
    assert re.sub(r".\x08", "", shown).startswith("EDUROADMAP(1)")


def test_the_unpacked_tool_validates_a_roadmap(root: pathlib.Path) -> None:
    r = run(root / "usr/bin/eduroadmap", "validate", "--no-config", "--lang", "en", EXAMPLE, env=clean_env(), check=False)
    assert r.returncode == 0, r.stderr  # warnings only: below the default fail level (error)
    assert "tosno-2021.yaml" in r.stdout
    assert re.search(r"1 file checked: 0 errors, [1-9]\d* warnings", r.stdout)


def test_libzip_is_loaded_when_a_word_file_is_read_not_at_start(root: pathlib.Path) -> None:
    # Neither the tool nor the C library names libzip (and with it libcrypto)
    # among the libraries loaded at start; the tool still reads a .docx.
    for binary in (root / "usr/bin/eduroadmap", *root.glob("usr/lib/**/libeduroadmap_c.so.0")):
        needed = run("readelf", "-d", binary).stdout
        assert "NEEDED" in needed and "libzip" not in needed and "libcrypto" not in needed, binary
    docx = BUILD / "tests/word/roadmaps/bashmakovo-2020-2022.docx"
    r = run(root / "usr/bin/eduroadmap", "import", docx, env=clean_env(), check=False)
    assert r.returncode in (0, 1), r.stderr
    assert re.search(r'^schema: "?eduroadmap/1', r.stdout, re.M), r.stdout[:200]


def test_pkg_config_finds_the_unpacked_c_library_and_a_c_program_links(root: pathlib.Path, tmp_path: pathlib.Path) -> None:
    env = clean_env(PKG_CONFIG_PATH=str(root / "usr/lib/pkgconfig"))
    flags = run("pkg-config", "--cflags", "--libs", "eduroadmap-c", env=env).stdout.split()
    # The .pc files find the prefix from their own place (…/lib/pkgconfig/../..).
    paths = {f[:2] + os.path.normpath(f[2:]) for f in flags if f[:2] in ("-I", "-L")}
    assert paths == {f"-I{root}/usr/include", f"-L{root}/usr/lib"}
    assert "-leduroadmap_c" in flags
    program = tmp_path / "version"
    run("cc", "-std=c99", "-o", program, SOURCE / "tests/consumers/consumer.c", *flags, env=env)
    r = run(program, EXAMPLE, env=clean_env(LD_LIBRARY_PATH=str(root / "usr/lib")), check=False)
    assert r.returncode == 0, r.stdout + r.stderr


def test_python_imports_the_unpacked_package_over_the_unpacked_library(root: pathlib.Path) -> None:
    env = clean_env(PYTHONPATH=str(root / "usr/lib/python3/dist-packages"), LD_LIBRARY_PATH=str(root / "usr/lib"))
    code = ("import eduroadmap, sys; r = eduroadmap.load(sys.argv[1]); "
            "print(eduroadmap.__file__); print(len(r.measures()))")
    out = run("/usr/bin/python3", "-c", code, EXAMPLE, env=env).stdout.splitlines()
    assert out[0].startswith(str(root))
    assert int(out[1]) > 50


@pytest.mark.skipif(shutil.which("php") is None, reason="php-cli is not installed")
def test_php_validates_through_the_unpacked_wrapper(root: pathlib.Path) -> None:
    env = clean_env(ERM_PHP_DIR=str(root / "usr/share/eduroadmap/php"), LD_LIBRARY_PATH=str(root / "usr/lib"))
    r = run("php", "-d", "ffi.enable=1", SOURCE / "examples/php/validate.php", "--lang", "en", EXAMPLE, env=env, check=False)
    assert r.returncode in (0, 1), r.stdout + r.stderr
    assert "tosno-2021.yaml" in r.stdout
