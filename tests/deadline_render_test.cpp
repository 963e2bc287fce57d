// Tests for render_deadline of <eduroadmap/deadline.hpp>: the canonical Russian wording.
#include "deadline_corpus.hpp"

#include <eduroadmap/deadline.hpp>

#include <doctest/doctest.h>

using namespace eduroadmap;

namespace {

std::string render(std::string_view text, std::string_view period = "2023-09-01..2024-08-31") {
    return render_deadline(resolve_deadline(text, testing::parse_corpus_window(period, 0)));
}

} // namespace

TEST_CASE("fixed deadlines render each window by its shortest calendar name") {
    CHECK(render("15.11.2019") == "15 ноября 2019");
    CHECK(render("Декабрь 2020") == "декабрь 2020");
    CHECK(render("2021 г.") == "2021");
    CHECK(render("2020-2022") == "2020–2022");
    CHECK(render("2020 2022") == "2020, 2022");
    CHECK(render("2020-2021 учебный год") == "2020/2021 учебный год");
    CHECK(render("2019/2020 - 2021/2022") == "2019/2020–2021/2022 учебные годы");
    CHECK(render("3 квартал 2024") == "III квартал 2024");
    CHECK(render("Январь – июнь 2021") == "I полугодие 2021");
    CHECK(render("Февраль - апрель 2021") == "февраль – апрель 2021");
    CHECK(render("сентябрь-май") == "сентябрь 2023 – май 2024");
    CHECK(render("сентябрь, май") == "сентябрь 2023, май 2024");
    CHECK(render("1-15 сентября 2023") == "1–15 сентября 2023");
    CHECK(render("1 сентября - 15 октября 2023") == "1 сентября – 15 октября 2023");
    CHECK(render("до 01.09.2021", "2021-01-01..2021-12-31") == "1 января – 1 сентября 2021");
    CHECK(render("ноябрь", "2020-01-01..2021-12-31") == "ноябрь 2020");
}

TEST_CASE("continuous deadlines render as «в течение …» or «с … по …»") {
    CHECK(render("в течение 2020-2021 гг.") == "в течение 2020–2021");
    CHECK(render("постоянно") == "в течение 2023/2024 учебного года");
    CHECK(render("постоянно", "2021-01-01..2024-12-31") == "в течение 2021–2024");
    CHECK(render("с 07 октября 2019") == "с 7 октября 2019 по 31 августа 2024");
}

TEST_CASE("recurring deadlines render their rule") {
    CHECK(render("Ежегодно") == "ежегодно");
    CHECK(render("Сентябрь ежегодно") == "ежегодно, сентябрь");
    CHECK(render("Ежегодно Сентябрь - февраль") == "ежегодно, сентябрь – февраль");
    CHECK(render("Ежегодно - сентябрь, май") == "ежегодно, май, сентябрь");
    CHECK(render("1 раз в 3 года") == "раз в 3 года");
    CHECK(render("раз в 5 лет") == "раз в 5 лет");
    CHECK(render("не реже 2 раз в год") == "2 раза в год");
    CHECK(render("5 раз в год") == "5 раз в год");
    CHECK(render("раз в квартал") == "ежеквартально");
    CHECK(render("ежемесячно") == "ежемесячно");
    CHECK(render("еженедельно с сентября по май") == "еженедельно с сентября по май");
    CHECK(render("по четвертям") == "раз в четверть");
    CHECK(render("по полугодиям") == "раз в полугодие");
    CHECK(render("раз в 2 недели") == "раз в 2 недели");
    CHECK(render("Ежегодно с 2021 года", "2020-01-01..2022-12-31") == "ежегодно с 2021 года");
    CHECK(render("С 2021 года ежегодно (ноябрь)", "2020-01-01..2021-12-31") == "ежегодно, ноябрь, с 2021 года");
    CHECK(render("август 2020 г.\n\nдалее - ежегодно", "2020-01-01..2021-12-31") == "август 2020, далее ежегодно");
    CHECK(render("2020-2021, далее - ежегодно", "2020-01-01..2022-12-31") == "2020–2021, далее ежегодно");
    CHECK(render("Январь 2022, далее один раз в два года", "2021-01-01..2025-12-31") == "январь 2022, далее раз в 2 года");
    CHECK(render("ежегодно до 2022 года", "2020-01-01..2023-12-31") == "ежегодно по 31 декабря 2022");
}

TEST_CASE("the other kinds, and notes") {
    CHECK(render("по запросу ОО") == "по запросу (ОО)");
    CHECK(render("по мере необходимости") == "по запросу");
    CHECK(render("") == "не указан");
    CHECK(render("?") == "не указан");
    CHECK(render("совещания") == "не распознан");
    CHECK(render("в соответствии с  графиком ВПР") == "в соответствии с графиком ВПР");
    CHECK(render("Ежегодно (в соответствии с графиком)") == "ежегодно (в соответствии с графиком)");
    CHECK(render("2020-2022 (в соответствии с планом ГАОУ ДПО ИРР ПО)") ==
          "2020–2022 (в соответствии с планом ГАОУ ДПО ИРР ПО)");
    Deadline external;
    external.kind = DeadlineKind::external;
    CHECK(render_deadline(external) == "по отдельному графику");
}

TEST_CASE("rendering reads back to the same windows") {
    const Window p(Date(2020, 1, 1), Date(2021, 12, 31));
    for (const char *text : {"15.11.2019", "Декабрь 2020", "2020-2022", "2020/2021 учебный год", "III квартал 2021",
                             "Февраль - апрель 2021", "сентябрь 2020 - май 2021", "1-15 сентября 2021",
                             "Сентябрь ежегодно", "Ежегодно Сентябрь - февраль", "ежеквартально", "раз в четверть",
                             "2 раза в год", "1 раз в 3 года", "еженедельно с сентября по май",
                             "август 2020 г. далее - ежегодно", "в течение 2020-2021 гг.", "Ежегодно с 2021 года"}) {
        const Deadline d = resolve_deadline(text, p);
        const std::string canonical = render_deadline(d);
        const Deadline again = resolve_deadline(canonical, p);
        INFO(text << " → " << canonical);
        CHECK(again.kind == d.kind);
        CHECK(again.windows == d.windows);
        CHECK(again.count == d.count);
    }
}
