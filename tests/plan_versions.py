"""Later versions of a bundled plan, for the tests of `diff` and of
`report --since` (tests/cli, tests/browser): the changes a new year's plan
makes, applied to the plan's YAML as loaded."""
import yaml

BASHMAKOVO = "examples/bashmakovo-2020-2022.yaml"


def load(root, path=BASHMAKOVO):
    return yaml.safe_load((root / path).read_text(encoding="utf-8"))


def save(data, path):
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def revise_bashmakovo(data):
    """Bashmakovo's plan revised: measure 5 removed, a measure added at the end, measure 11 moved to the sixth
    direction, measure 8 reworded, measure 2's deadline and measure 3's responsibles changed. Returns the removed
    measure."""
    first = data["sections"][0]["measures"]
    first[7]["title"] = "Проведение анализа результатов ВПР"
    first[1]["deadline"] = "Август ежегодно"
    first[2]["responsibles"] = "Отдел образования, ГБУ ПО «ЦППМиСППО»"
    data["sections"][5]["measures"].append(first.pop(10))
    removed = first.pop(4)
    data["sections"][8]["measures"].append({
        "number": "99.", "title": "Проведение муниципального форума классных руководителей",
        "deadline": "Ежегодно", "responsibles": "Отдел образования", "result": "Протокол"})
    return removed


def insert_first(data, section, title):
    """A measure titled @p title inserted first in section @p section, which is numbered anew. Returns the section's
    measures."""
    measures = data["sections"][section]["measures"]
    measures.insert(0, {"number": "1.", "title": title, "deadline": "2021", "responsibles": "Отдел образования",
                        "result": "Банк данных"})
    for i, m in enumerate(measures):
        m["number"] = f"{i + 1}."
    return measures
