"""A mistyped subcommand or option gets the closest name, and exit status 2."""
import pytest


@pytest.mark.parametrize("typed,meant", [
    ("valdate", "validate"), ("deadlien", "deadline"), ("improt", "import"), ("caledar", "calendar"),
])
def test_mistyped_subcommand(cli, typed, meant):
    r = cli(typed, "examples/tosno-2021.yaml")
    assert r.returncode == 2
    assert f"unknown command '{typed}'; did you mean '{meant}'?" in r.stderr
    assert "A subcommand is required" not in r.stderr


def test_unknown_subcommand_without_a_close_one(cli):
    r = cli("xyzzy")
    assert r.returncode == 2
    assert "unknown command 'xyzzy'" in r.stderr and "did you mean" not in r.stderr


@pytest.mark.parametrize("args,typed,meant", [
    (["validate", "--formt", "json", "examples/tosno-2021.yaml"], "--formt", "--format"),
    (["validate", "--formt=json", "examples/tosno-2021.yaml"], "--formt", "--format"),
    (["validate", "--strictt", "examples/tosno-2021.yaml"], "--strictt", "--strict"),
    (["deadline", "--perod", "2021", "Ежегодно"], "--perod", "--period"),
    (["query", "examples/tosno-2021.yaml", "--resposible", "КО"], "--resposible", "--responsible"),
    (["--verison"], "--verison", "--version"),
])
def test_mistyped_option(cli, args, typed, meant):
    r = cli(*args)
    assert r.returncode == 2
    assert f"unknown option '{typed}'; did you mean '{meant}'?" in r.stderr


def test_no_guess_for_a_short_option_or_a_far_one(cli):
    r = cli("validate", "-x", "examples/tosno-2021.yaml")
    assert r.returncode == 2 and "did you mean" not in r.stderr
    r = cli("validate", "--completely-different", "examples/tosno-2021.yaml")
    assert r.returncode == 2 and "did you mean" not in r.stderr


def test_a_missing_subcommand_still_says_one_is_required(cli):
    r = cli()
    assert r.returncode == 2 and "subcommand is required" in r.stderr
