# Строки командной строки и мастера docwiz, а также термины, общие для них и
# текста справки. Разделы справки называют кнопки, флажки, страницы и хранилища
# только через эти термины, поэтому справка и программа всегда совпадают.

## Термины

-product = Skype for Business Server
-page-request-status = Состояние сетевого запроса сертификата
-page-wizard-main = Мастер сертификатов
-button-finish = Готово
-button-assign = Назначить
-button-view-details = Просмотреть сведения о сертификате
-checkbox-assign = Назначить этот сертификат для целей использования в { -product }
-store-root = Доверенные корневые центры сертификации
-store-intermediate = Промежуточные центры сертификации
-usage-default = По умолчанию для сервера
-usage-web-internal = Внутренние веб-службы
-usage-web-external = Внешние веб-службы

## Заголовки примечаний

alert-note = Примечание
alert-tip = Совет
alert-important = Важно
alert-warning = Предупреждение
alert-caution = Внимание

## Вывод справки

help-fallback-note = { $count ->
    [one] { $count } блок этой страницы показан на английском языке, так как он ещё не переведён.
    [few] { $count } блока этой страницы показаны на английском языке, так как они ещё не переведены.
    [many] { $count } блоков этой страницы показаны на английском языке, так как они ещё не переведены.
   *[other] { $count } блока этой страницы показаны на английском языке, так как они ещё не переведены.
}
help-fallback-badge = На английском: ещё не переведено
help-source-label = Английский оригинал:

## Список разделов

topics-column-id = Раздел
topics-column-title = Заголовок
topics-column-f1 = Ключевые слова F1
topics-column-missing = Непереведённые сообщения
topics-complete = полностью

## Ошибки и предупреждения

diag-error = ошибка
diag-warning = предупреждение
error-unknown-keyword = Ни один раздел справки не соответствует { $keywords }.
error-nearest-keywords = Ближайшие известные ключевые слова: { $suggestions }
error-no-nearest-keywords = Близких известных ключевых слов нет.
error-read = Не удаётся прочитать { $path }: { $reason }
error-not-utf8 = Этот файл не является текстом в кодировке UTF-8.
error-ftl-syntax = Синтаксическая ошибка Fluent: { $detail }
ftl-expected-token = Здесь ожидается «{ $token }».
ftl-expected-char-range = Здесь ожидается один из символов: { $range }.
ftl-expected-message-field = У сообщения { $id } нет ни значения, ни атрибутов.
ftl-expected-term-field = У термина { $id } нет значения.
ftl-missing-default-variant = В выражении выбора нет варианта по умолчанию (он отмечается *).
ftl-missing-value = Здесь ожидается значение.
ftl-unterminated-string = Строковый литерал не закрыт.
ftl-unbalanced-brace = У этой закрывающей фигурной скобки нет открывающей.
ftl-expected-expression = Внутри фигурных скобок ожидается выражение.
error-front-matter-missing = Раздел не начинается с блока метаданных (строки ---).
error-front-matter-unclosed = Блок метаданных не закрыт строкой ---.
error-front-matter-line = Эта строка блока метаданных не имеет вида ключ: значение.
error-front-matter-list = Значением { $key } должен быть список, например [a, b].
error-front-matter-no-id = В блоке метаданных нет поля id.
error-front-matter-id-mismatch = Идентификатор { $id } не соответствует имени файла, по которому ожидается { $expected }.
error-template-unclosed = Этот заполнитель открыт двойными фигурными скобками, но нигде не закрыт.
error-template-empty = В этом заполнителе не указано сообщение.
error-template-live = Динамического заполнителя с именем { $name } не существует.
error-strict-fallback = { $count ->
    [one] --strict: в локали { $locale } { $count } сообщение выводится на английском: { $messages }
    [few] --strict: в локали { $locale } { $count } сообщения выводятся на английском: { $messages }
    [many] --strict: в локали { $locale } { $count } сообщений выводятся на английском: { $messages }
   *[other] --strict: в локали { $locale } { $count } сообщения выводятся на английском: { $messages }
}
error-bad-language = { $tag } не является допустимым тегом языка.

## Проверка (lint)

lint-missing-file = Для локали { $locale } нет файла перевода { $file }.
lint-missing-message = Сообщение { $id } отсутствует в локали { $locale }; вместо него выводится английский текст.
lint-obsolete-message = Сообщения { $id } из локали { $locale } больше нет в английском оригинале.
lint-unknown-message = Ссылка на неизвестное сообщение { $id }.
lint-unknown-term = Ссылка на неизвестный термин { $id }.
lint-variables-differ = Сообщение { $id } использует переменные { $found }, а английский оригинал — { $expected }.
lint-unfilled-slot = Заполнитель { $id } не заполняется ни одним английским сообщением.
lint-duplicate-f1 = Ключевое слово F1 { $keyword } заявлено и в { $first }, и в { $second }.
lint-summary = { $errors ->
    [one] { $errors } ошибка
    [few] { $errors } ошибки
    [many] { $errors } ошибок
   *[other] { $errors } ошибки
}, { $warnings ->
    [one] { $warnings } предупреждение.
    [few] { $warnings } предупреждения.
    [many] { $warnings } предупреждений.
   *[other] { $warnings } предупреждения.
}
