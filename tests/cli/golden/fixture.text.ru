tests/cli/golden/fixture.yaml:24:19: warning: у мероприятия 2. не указан срок [deadline-missing]
            deadline: ""
                      ^
tests/cli/golden/fixture.yaml:29:19: warning: срок «совещания» не распознан [deadline-unrecognized]
            deadline: "совещания"
                      ^
tests/cli/golden/fixture.yaml:34:19: info: срок «январь» без года неоднозначен в периоде 2023-01-01..2024-12-31 [deadline-ambiguous]
            deadline: "январь"
                      ^
tests/cli/golden/fixture.yaml:39:19: error: срок «Декабрь 2020» (2020-12-01..2020-12-31) вне периода плана 2023-01-01..2024-12-31 [deadline-outside-period]
            deadline: "Декабрь 2020"
                      ^
tests/cli/golden/fixture.yaml:42:9: error: неизвестное поле «statsu» в sections[0].measures[4] [unknown-field]
            statsu: выполнено
            ^
    подсказка: возможно, имелось в виду «status»
проверено файлов: 1; ошибок: 2, предупреждений: 2, замечаний: 1
