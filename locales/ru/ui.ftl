# Строки командной строки и мастера docwiz, а также термины, общие для них и
# текста справки. Разделы справки называют кнопки, флажки, страницы и хранилища
# только через эти термины, поэтому справка и программа всегда совпадают.

## Термины

-product = Skype для бизнеса Server
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
-page-request-timing = Отложенные или немедленные запросы
-page-request-ca = Выбор центра сертификации (ЦС)
-page-request-basics = Имя и параметры безопасности
-page-request-sans = Дополнительные имена субъекта
-page-assignment = Назначение сертификата
-page-import = Импорт сертификата
-button-request = Запросить
-button-import = Импортировать
-option-send-now = Немедленно отправить запрос в сетевой центр сертификации
-option-send-later = Подготовить запрос сейчас, но отправить его позже

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
topics-complete = нет

## Ошибки и предупреждения

diag-error = ошибка
diag-warning = предупреждение
error-unknown-keyword = { $count ->
    [1] Ни один раздел справки не соответствует ключевому слову { $keywords }.
   *[other] Ни один раздел справки не соответствует ни одному из ключевых слов { $keywords }.
}
error-nearest-keywords = { $count ->
    [1] Ближайшее известное ключевое слово: { $suggestions }
   *[other] Ближайшие известные ключевые слова: { $suggestions }
}
error-no-nearest-keywords = { $count ->
    [1] Близких к нему известных ключевых слов нет.
   *[other] Близких к ним известных ключевых слов нет.
}
error-read = Не удаётся прочитать { $path }: { $reason }
error-not-utf8 = Этот файл не является текстом в кодировке UTF-8.
ftl-expected-token = Здесь ожидается «{ $token }».
ftl-expected-char-range = Здесь ожидается один из символов: { $range }.
ftl-expected-message-field = У сообщения { $id } нет ни значения, ни атрибутов.
ftl-expected-term-field = У термина { $id } нет значения.
ftl-missing-default-variant = В выражении выбора нет варианта по умолчанию (он отмечается *).
ftl-missing-value = Здесь ожидается значение.
ftl-unterminated-string = Строковый литерал не закрыт.
ftl-unbalanced-brace = У этой закрывающей фигурной скобки нет открывающей.
ftl-expected-expression = Внутри фигурных скобок ожидается выражение.
ftl-multiple-default-variants = В выражении выбора больше одного варианта по умолчанию (отмеченного *).
ftl-bad-selector = Выбирать вариант здесь может только переменная, литерал, вызов функции или атрибут термина.
ftl-term-attribute-placeable = Атрибут термина можно использовать только для выбора варианта, но не выводить как текст.
ftl-forbidden-callee = Здесь можно вызывать только функцию, имя которой написано заглавными буквами.
ftl-positional-after-named = Позиционные аргументы должны идти перед именованными.
ftl-duplicated-argument = Аргумент { $name } указан дважды.
ftl-bad-escape = Escape-последовательность { $sequence } здесь недопустима.
ftl-expected-literal = Здесь ожидается строковый или числовой литерал.
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

## Проверка (lint)

lint-missing-file = Для локали { $locale } нет файла перевода { $file }.
lint-missing-message = Сообщение { $id } отсутствует в локали { $locale }; вместо него выводится английский текст.
lint-obsolete-message = Сообщения { $id } из локали { $locale } больше нет в английском оригинале.
lint-unknown-message = Ссылка на неизвестное сообщение { $id }.
lint-unknown-term = Ссылка на неизвестный термин { $id }.
lint-variables-differ = Сообщение { $id } использует переменные { $found }, а английский оригинал — { $expected }.
lint-unfilled-slot = Заполнитель { $id } не заполняется ни одним английским сообщением.
lint-duplicate-f1 = Ключевое слово F1 { $keyword } заявлено и в { $first }, и в { $second }.
lint-no-assetid = У раздела { $id } нет ms.assetid: присвойте ему собственный GUID (его создаёт uuidgen), одинаковый во всех копиях раздела.
lint-bad-assetid = Значение ms.assetid { $value } раздела { $id } не является GUID (шестнадцатеричные цифры группами 8-4-4-4-12).
lint-duplicate-assetid = Значение ms.assetid { $value } присвоено и разделу { $first }, и разделу { $second }; у каждого раздела должно быть своё.
lint-id-clash = Сообщение { $id } называется так же, как термин -{ $id }: Fluent сохраняет только один из них.
lint-ui-clash = Сообщение { $id } также определено в ui.ftl, который входит в тот же пакет: используется только определение из ui.ftl.
lint-bold-ui = **{ $text }** называет элемент мастера вручную: используйте термин { $term }, чтобы справка и мастер всегда совпадали.
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

## Мастер сертификатов: общие слова

usage-name-default = { -usage-default }
usage-name-web-internal = { -usage-web-internal }
usage-name-web-external = { -usage-web-external }
status-checkbox = { -checkbox-assign }
value-none = нет
eku-server-auth = Проверка подлинности сервера
eku-client-auth = Проверка подлинности клиента
eku-any = Любая цель
eku-code-signing = Подписывание кода
eku-email-protection = Защищённая электронная почта
eku-time-stamping = Установка штампа времени
eku-ocsp-signing = Подписывание OCSP
wizard-f1-line = Справка по этой странице (ключевое слово F1 { $keyword }): { $command }

## Страница «Состояние сетевого запроса сертификата»

status-title = { -page-request-status }
status-request = Запрос
status-state = Состояние
state-pending = ожидание: ЦС ещё не ответил
state-issued = выдан
state-failed = не выполнен
status-thumbprint = Отпечаток
status-subject = Субъект
status-issuer = Издатель
status-serial = Серийный номер
status-valid-from = Действителен с
status-valid-to = Действителен по
status-sans = Дополнительные имена субъекта
status-key = Ключ
status-eku = Улучшенный ключ
status-chain = Цепочка сертификатов
status-usages = Цели использования
status-assigned = Текущие назначения
status-assigned-none = пока нет
chain-trusted = доверенная
chain-untrusted-root = не является доверенной: сертификата корневого ЦС нет в хранилище «{ -store-root }»
chain-missing-intermediate = неполная: сертификата промежуточного ЦС нет в хранилище «{ -store-intermediate }»
chain-expired = недействительна: срок действия одного из сертификатов цепочки истёк
chain-invalid = недействительна: цепочку невозможно проверить
missing-root = Импортируйте сертификат корневого ЦС { $subject } (отпечаток { $thumbprint }) в хранилище «{ -store-root }»:
missing-intermediate = Импортируйте сертификат промежуточного ЦС { $subject } (отпечаток { $thumbprint }) в хранилище «{ -store-intermediate }»:
missing-unknown = Издатель { $subject } неизвестен docwiz: получите его сертификат в ЦС и импортируйте.
status-assign-available = Сертификат можно назначить.
status-assign-unavailable = Назначить сертификат нельзя, пока цепочка сертификатов не является доверенной.
status-assign-revoked = Сертификат отозван { $date }: назначить его больше нельзя. Запросите новый сертификат или удалите этот.
status-assign-removed = Сертификат удалён из хранилища вместе с ключом (certs remove): назначить его больше нельзя.
status-assign-replaced = Сертификат заменён при продлении сертификатом { $thumbprint } { $date }: если назначить его снова, продление будет отменено.
status-failed-reason = Запрос не выполнен: { $reason }
status-next = Следующий шаг:
status-done = Больше ничего делать не нужно: сертификат назначен для своих целей использования.

## Просмотр сведений о сертификате

details-title = { -button-view-details }
details-version = Версия
details-serial = Серийный номер
details-signature-algorithm = Алгоритм подписи
details-issuer = Издатель
details-valid-from = Действителен с
details-valid-to = Действителен по
details-subject = Субъект
details-public-key = Открытый ключ
details-sans = Дополнительные имена субъекта
details-key-usage = Использование ключа
details-eku = Улучшенный ключ
details-basic-constraints = Основные ограничения
details-ca = Центр сертификации, без ограничения длины пути
details-ca-path = Центр сертификации, максимальная длина пути { $length }
details-end-entity = Конечный объект (не центр сертификации)
details-ski = Идентификатор ключа субъекта
details-aki = Идентификатор ключа центра сертификатов
details-sha1 = Отпечаток (SHA-1)
details-sha256 = Отпечаток (SHA-256)

## Завершение и назначение

finish-result-cleared = Запрос завершён. Флажок был снят, поэтому сертификат установлен, но не назначен. Чтобы назначить его, выполните: { $command }
finish-result-untrusted = Запрос завершён и сертификат установлен, но ничего не назначено: цепочка сертификата не является доверенной. Импортируйте то, что перечислено на странице ниже, а затем назначьте сертификат.
assign-done = Сертификат { $thumbprint } назначен для: { $usages }
assign-replaced = { $usage }: он заменяет сертификат { $old }.
refuse-chain = { $usage }: цепочка сертификатов не является доверенной ({ $status ->
    [untrusted-root] корневой ЦС не является доверенным
    [missing-intermediate] отсутствует сертификат промежуточного ЦС
    [expired] истёк срок действия одного из сертификатов
    [not-yet-valid] срок действия одного из сертификатов ещё не начался
   *[other] её невозможно проверить
}).
refuse-validity = { $usage }: сертификат сейчас недействителен (действителен с { $from } по { $to }).
refuse-eku-server = { $usage }: в поле «Улучшенный ключ» сертификата нет значения «Проверка подлинности сервера».
refuse-eku-client = { $usage }: для взаимного TLS в поле «Улучшенный ключ» нужно значение «Проверка подлинности клиента», а в сертификате его нет.
refuse-san = { $usage }: ни одно из дополнительных имён субъекта сертификата не охватывает { $fqdn }.
refuse-key-missing = { $usage }: отсутствует закрытый ключ сертификата.
refuse-key-mismatch = { $usage }: закрытый ключ не соответствует сертификату.

## Хранилища доверенных сертификатов и списки

trust-warning = Вы собираетесь доверять этому корневому центру сертификации. docwiz будет доверять каждому выданному им сертификату:
trust-question = Доверять этому корневому сертификату? [д/Н]
answer-yes = y, yes, д, да
trust-imported-root = Импортирован в хранилище «{ -store-root }»: { $subject } ({ $thumbprint })
trust-imported-intermediate = Импортирован в хранилище «{ -store-intermediate }»: { $subject } ({ $thumbprint })
trust-already = Уже есть в хранилище: { $subject } ({ $thumbprint })
trust-list-root = { -store-root }
trust-list-intermediate = { -store-intermediate }
certs-title = Установленные сертификаты
list-empty = (пусто)
list-expires = истекает { $date }
list-assigned = назначен для: { $usages }
list-unassigned = не назначен

## Ошибки мастера сертификатов

error-invalid-name = «{ $name }» не является допустимым DNS-именем.
error-unknown-key-type = Неизвестный тип ключа «{ $value }»: используйте rsa-2048, rsa-3072, rsa-4096, ecdsa-p256 или ecdsa-p384.
error-unknown-usage = Неизвестная цель использования сертификата «{ $value }»: используйте default, web-internal или web-external.
error-not-certificate = В { $path } нет читаемого сертификата (ожидается PEM, DER или PKCS#7 .p7b).
error-not-root = { $path }: { $subject } не является самозаверяющим сертификатом ЦС, поэтому его нельзя поместить в хранилище «{ -store-root }». Ничего не импортировано.
error-not-intermediate = { $path }: { $subject } не является сертификатом промежуточного ЦС, поэтому его нельзя поместить в хранилище «{ -store-intermediate }». Ничего не импортировано.
error-request-not-found = Запроса сертификата «{ $id }» не существует.
error-no-request = Запросов сертификатов пока нет. Создайте запрос командой: { $command }
error-thumbprint-not-found = В хранилище нет сертификата с отпечатком { $thumbprint }.
error-not-issued = По запросу { $id } сертификат не выдан.
error-refused = { $count ->
    [1] Назначение отклонено по следующей причине; ничего не изменено:
   *[other] Назначение отклонено по следующим причинам; ничего не изменено:
}
error-needs-confirmation = Чтобы доверять корневому сертификату, требуется ваше подтверждение: выполните команду в терминале или добавьте --yes. Ничего не импортировано.
error-declined = Ничего не импортировано.
error-write = Не удаётся записать { $path }: { $reason }
error-crypto = Не удалось выполнить операцию с ключом или сертификатом: { $detail }
error-hook = Обработчик развёртывания { $command } завершился с ошибкой ({ $status }); само назначение выполнено.
hook-exit-code = код выхода { $code }
hook-signal = завершён сигналом { $signal }
hook-not-started = его не удалось запустить: { $reason }

## Текущее состояние на страницах справки и на главной странице мастера

wizard-main-title = { -page-wizard-main }
live-field = **{ $label }:** { $value }
live-status-title = Текущее состояние запроса { $request }
live-status-none-title = Текущее состояние
live-no-request = Запросов сертификатов пока нет. Чтобы создать запрос, выполните { $command }
live-assign-available = Назначение доступно
live-check-box = Флажок «{ -checkbox-assign }»
check-box-selected = установлен
check-box-cleared = снят
live-next = Следующий шаг
value-yes = да
value-no = нет
live-usages-title = Цели использования сейчас
live-usage-none = сертификат не назначен
live-cert-line = { $thumbprint } ({ $subject }), действителен до { $date }, { $days ->
    [one] остался { $days } день
    [few] осталось { $days } дня
    [many] осталось { $days } дней
   *[other] осталось { $days } дня
}
live-cert-expired = { $thumbprint } ({ $subject }), срок действия истёк { $date }
live-pending-title = Открытые запросы
live-pending-line = { $request } для { $fqdn }: { $state }
live-unassigned-title = Выданные, но не назначенные сертификаты
live-actions-title = Что можно сделать сейчас
live-action-request = Запросить сертификат
live-action-finish = Завершить запрос { $target }
live-action-assign = Назначить сертификат { $target }
live-action-details = Просмотреть сведения о сертификате { $target }
live-action-import-root = Доверять корневому ЦС { $target }
live-action-import-intermediate = Импортировать сертификат промежуточного ЦС { $target }
live-action-process-pending = Проверить открытый запрос { $target }
live-action-import-certificate = Импортировать сертификат, полученный в другом месте

## Статический экспорт

language-name = Русский
site-index-title = Разделы справки
site-languages = Языки
site-all-topics = Все разделы
export-summary = Записано страниц: { $pages } в { $out } за { $seconds } с; { $fallbacks ->
    [0] все сообщения переведены.
    [one] { $fallbacks } сообщение показано на английском.
    [few] { $fallbacks } сообщения показаны на английском.
    [many] { $fallbacks } сообщений показаны на английском.
   *[other] { $fallbacks } сообщения показаны на английском.
}
export-failed = Ничего не экспортировано.
error-export-foreign = Каталог { $path } не пуст и создан не командой docwiz export: выберите другой каталог. Ничего не записано.

## Сертификаты от других ЦС

import-done = Сертификат { $thumbprint } установлен вместе с закрытым ключом. Чтобы назначить его, выполните: { $command }
error-ca-refused = Запрос в ЦС ({ $ca }) не выполнен: { $detail }. Запрос сохранён вместе с ключом, а на странице состояния он отмечен как невыполненный.
# What went wrong between docwiz and a CA ($detail of error-ca-refused).
ca-problem-refused = по адресу { $host } на порту { $port } никто не отвечает (в соединении отказано)
ca-problem-timeout = { $host } не ответил вовремя на порту { $port }
ca-problem-dns = не удаётся разрешить имя узла { $host } (DNS)
ca-problem-unreachable = узел { $host } (порт { $port }) недоступен с этого компьютера: к нему нет маршрута
ca-problem-tls = не удалось установить защищённое соединение (TLS) с { $host }: его сертификат не является доверенным, или согласование не удалось
ca-problem-network = не удалось подключиться к { $host } на порту { $port }
ca-problem-http-status = ЦС ответил кодом состояния HTTP { $status }
ca-problem-refusal = { $type ->
        [rateLimited] ЦС отклонил запрос: слишком много запросов для этих имён или этой учётной записи (ограничение частоты); повторите попытку позже
        [rejectedIdentifier] ЦС не выдаёт сертификаты для этих имён
        [caa] записи CAA домена не разрешают этому ЦС выдавать для него сертификаты
        [unauthorized] по мнению ЦС, эта учётная запись не имеет прав на эти имена
        [incorrectResponse] ЦС не получил ожидаемого ответа на проверку http-01
        [connection] ЦС не смог подключиться к этому серверу для проверки http-01
        [dns] ЦС не нашёл эти имена в DNS
        [badNonce] ЦС принял запрос за повторный (неверный nonce); повторите попытку
        [serverInternal] в ЦС произошла внутренняя ошибка
        [badCSR] ЦС отклонил запрос на подпись сертификата
       *[other] ЦС отклонил запрос
    }
ca-problem-with-words = { $problem } (сообщение ЦС: «{ $words }»)
ca-problem-bad-answer = в ответе ЦС нет сертификата, который docwiz может прочитать
ca-problem-unsupported-url = docwiz подключается к cfssl только по http://, а { $url } — не такой адрес
ca-problem-authorization = { $status ->
        [invalid] ЦС не смог проверить имена
        [expired] срок авторизации ЦС для этих имён истёк
        [revoked] ЦС отозвал авторизацию для этих имён
        [deactivated] авторизация ЦС для этих имён деактивирована
       *[other] ЦС не подтвердил имена
    }
ca-problem-order = { $status ->
        [invalid] ЦС признал заказ недействительным: одно из имён не прошло проверку
       *[other] заказ в ЦС так и не стал готовым
    }
ca-problem-no-http-challenge = ЦС не предлагает проверку http-01, а docwiz отвечает только на неё
ca-problem-listen = docwiz не может прослушивать { $address } для проверок http-01 от ЦС: { $reason }
ca-problem-other = docwiz не смог завершить обмен с ЦС (технические подробности — в записи запроса и в выводе --json)
error-key-mismatch = Сертификат из { $path } не соответствует закрытому ключу: ничего не импортировано.
error-pkcs12 = Не удаётся открыть { $path }: неверный пароль, или это не файл PKCS#12. Ничего не импортировано.
error-bad-key = В { $path } нет закрытого ключа, который может прочитать docwiz (PEM: PKCS#8, PKCS#1 или SEC1).

## languages

language-skipped = { $source }: «{ $item }» — не язык, который docwiz может распознать; элемент пропущен.
language-wildcard = { $source }: «{ $item }» (любой язык) не называет конкретного языка; элемент пропущен.
language-bad-quality = { $source }: у «{ $item }» неверное значение качества (q от 0 до 1, не более трёх знаков после запятой); элемент пропущен.
language-none-usable = { $source }: ни один из указанных языков не подходит; docwiz выводит текст на английском.

## lint and fallbacks

help-broken-note = { $count ->
    [one] { $count } блок этой страницы показан на английском, потому что в его переводе ошибка.
    [few] { $count } блока этой страницы показаны на английском, потому что в их переводе ошибка.
    [many] { $count } блоков этой страницы показаны на английском, потому что в их переводе ошибка.
   *[other] { $count } блока этой страницы показаны на английском, потому что в их переводе ошибка.
}
help-broken-badge = На английском: в переводе ошибка
format-fallback = Сообщение { $id } ({ $locale }) не удаётся сформировать: { $reason } Вместо него показан английский текст.
format-broken = Сообщение { $id } ({ $locale }) не удаётся сформировать: { $reason } Оно показано в том виде, в каком его удалось сформировать.
fluent-unknown-function = функции { $id }() не существует.
fluent-unknown-message = сообщения { $id } не существует.
fluent-unknown-attribute = атрибута { $id } не существует.
fluent-unknown-term = термина { $id } не существует.
fluent-unknown-variable = переменная { $id } не передана.
fluent-no-value = у сообщения { $id } нет значения.
fluent-no-default = у выражения выбора нет варианта по умолчанию.
fluent-cyclic = оно ссылается само на себя через другие сообщения или термины.
fluent-too-many-placeables = в нём больше 100 подстановок.
fluent-overriding = { $id } уже определено.
lint-missing-term = Термин { $id } отсутствует в локали { $locale }; сообщения, которые его используют, выводятся на английском.
lint-obsolete-term = Термина { $id } из локали { $locale } больше нет в английском оригинале.
lint-variables-differ-term = Термин { $id } использует переменные { $found }, а английский оригинал — { $expected }.
lint-missing-value = У сообщения { $id } нет значения, а в английском оригинале оно есть.
lint-obsolete-value = У сообщения { $id } есть значение, а в английском оригинале его нет.
lint-empty-value = Сообщение { $id } пустое, а в английском оригинале — нет.
lint-missing-attribute = У сообщения { $id } нет атрибута .{ $attribute }, который есть в английском оригинале.
lint-obsolete-attribute = Атрибута .{ $attribute } сообщения { $id } больше нет в английском оригинале.
lint-empty-attribute = Атрибут .{ $attribute } сообщения { $id } пуст, а в английском оригинале — нет.
lint-duplicate-attribute = Атрибут .{ $attribute } сообщения { $id } определён дважды.
lint-missing-term-ref = { $id } не использует термин { $reference }, который здесь использует английский оригинал: перевод может называть другой элемент.
lint-missing-message-ref = { $id } не использует сообщение { $reference }, которое здесь использует английский оригинал.
lint-obsolete-term-ref = { $id } использует термин { $reference }, которого здесь нет в английском оригинале: перевод может называть другой элемент.
lint-obsolete-message-ref = { $id } использует сообщение { $reference }, которого здесь нет в английском оригинале.
lint-duplicate-message = Сообщение { $id } определено в этом файле дважды (впервые в строке { $line }); используется только первое определение.
lint-duplicate-term = Термин { $id } определён в этом файле дважды (впервые в строке { $line }); используется только первое определение.
lint-duplicate-variant = Вариант [{ $key }] в { $id } указан дважды; используется только первый.
lint-plural-missing = В вариантах множественного числа { $id } не хватает { $missing }: в локали { $locale } есть категории { $categories }.
lint-plural-typo = [{ $key }] в { $id } не является категорией множественного числа в локали { $locale } ({ $categories }): может быть, имелось в виду [{ $suggestion }]?
lint-plural-never = [{ $key }] в { $id } не является категорией множественного числа в локали { $locale } ({ $categories }): этот вариант никогда не выбирается.
lint-replacement-character = Здесь символ U+FFFD заменяет другой символ: вероятно, файл был сохранён в другой кодировке.
lint-unknown-variable = Сообщение { $id } использует { $variable }, а страница передаёт ему { $provided }.
lint-ui-clash-term = Термин { $id } также определён в ui.ftl, который входит в тот же пакет: используется только определение из ui.ftl.

## markdown
markdown-too-deep = Вложенность глубже { $limit } уровней (цитаты, списки, выделение, ссылки, элементы HTML): этот блок не включён в страницу.
markdown-unknown-alert = [!{ $name }] — не оповещение GFM (NOTE, TIP, IMPORTANT, WARNING, CAUTION): оно выводится как обычная цитата.
markdown-unclosed-strong = Этот ** не закрыт: он выводится как есть.
markdown-raw-html = Сырой HTML в переводе: { $tag } (скрипты, атрибуты событий и небезопасные ссылки удаляются из всех форматов вывода).
help-strict-authoring = { $count ->
    [one] --strict: { $count } ошибка разметки выводится на странице как есть.
    [few] --strict: { $count } ошибки разметки выводятся на странице как есть.
   *[many] --strict: { $count } ошибок разметки выводятся на странице как есть.
}

## fluent syntax

ftl-expected-entry = В начале этой строки ожидается сообщение, термин или комментарий.
ftl-expected-line-end = Здесь строка должна заканчиваться.
ftl-bad-argument-name = Имя аргумента должно быть простым идентификатором.
ftl-expected-variant = После «->» ожидается хотя бы один вариант.
ftl-expected-variant-key = Здесь ожидается ключ варианта.
ftl-too-deep = Глубина вложенности подстановок или вызовов функций здесь превышает { $limit }: запись пропущена.
ftl-unsupported = Эта запись написана на корректном Fluent, но библиотека Fluent в docwiz не может её прочитать: запись пропущена.

## markdown fixes

markdown-alert-as-text = [!{ $name }] выводится как текст: метка оповещения GFM должна стоять одна в первой строке цитаты, сразу после «> », а текст — со следующей строки.

## lint and cli fixes

error-not-a-tree = { $dir } — не дерево docwiz: в нём нет каталогов content/ и locales/.
fluent-unsupported-function = функция { $id }() входит в Fluent, но docwiz её не поддерживает.

## final fixes

lint-control-character = В тексте есть невидимый символ { $code } (управляющий символ): в терминале он может изменить то, что показано на экране.

## chain diagnoses

chain-not-yet-valid = ещё не действительна: срок действия одного из сертификатов цепочки ещё не начался
chain-cert = { $role ->
    [leaf] Сертификат
    [root] Сертификат корневого ЦС
   *[intermediate] Сертификат промежуточного ЦС
} { $subject } (отпечаток { $thumbprint })
chain-reason-expired = { $cert }: срок действия истёк { $date }. { $role ->
    [leaf] Запросите новый сертификат.
   *[other] Ни одна цепочка через него не будет доверенной, пока ЦС его не заменит.
}
chain-reason-not-yet-valid = { $cert }: срок действия ещё не начался, он начнётся { $date }. Если эта дата неверна, проверьте часы этого компьютера.
chain-reason-ca-as-leaf = { $cert }: это сертификат ЦС (основные ограничения CA:TRUE), а не сертификат сервера; его нельзя использовать для TLS на этом сервере (RFC 5280, 4.2.1.9). Запросите у ЦС сертификат конечного субъекта.
chain-reason-not-ca = { $cert }: он выдал сертификат, стоящий ниже в цепочке, но сам не является сертификатом ЦС (в его основных ограничениях нет CA:TRUE, RFC 5280, 4.2.1.9).
chain-reason-no-key-cert-sign = { $cert }: это сертификат ЦС, в использовании ключа которого нет подписи сертификатов (keyCertSign), поэтому он не вправе подписывать сертификаты (RFC 5280, 4.2.1.3).
chain-reason-path-len = { $cert }: ограничение длины пути равно { $limit }; сертификатов промежуточных ЦС ниже него в этой цепочке: { $count } (RFC 5280, 4.2.1.9).
chain-reason-path-too-long = Сертификатов промежуточных ЦС в цепочке: { $count }, а docwiz принимает не более { $limit }. { $cert } находится за этим пределом. Это политика docwiz, а не ошибка цепочки (openssl её проверяет): rustls-webpki, которым docwiz проверяет цепочки, останавливается на { $limit }, и TLS-клиенты на его основе тоже отвергают такую цепочку. Запросите у ЦС более короткую цепочку.
chain-reason-name-constraints = { $cert }: его ограничения имён не допускают имя { $name } сертификата сервера; этот ЦС не вправе выдавать сертификаты для этого имени (RFC 5280, 4.2.1.10).
chain-reason-eku-any-only = { $cert }: в расширенном использовании ключа указано только anyExtendedKeyUsage. Политика docwiz требует явно указать проверку подлинности сервера (serverAuth), как этого требуют rustls-webpki и браузеры; базовые требования CA/Browser Forum (7.1.2.7.10) запрещают anyExtendedKeyUsage в сертификатах серверов. Запросите у ЦС сертификат с проверкой подлинности сервера.
chain-reason-eku-no-server-auth = { $cert }: расширенное использование ключа ограничено значениями { $eku }, без проверки подлинности сервера (serverAuth); { $role ->
    [leaf] его нельзя использовать для TLS на сервере.
   *[other] ни один выданный им сертификат нельзя использовать для TLS на сервере.
}
chain-reason-weak-key = { $cert }: ключ { $key }. Политика docwiz отвергает ключи RSA короче 2048 бит, хотя openssl их принимает: базовые требования CA/Browser Forum (6.1.5) требуют не менее 2048 бит, а rustls-webpki не проверяет подписи, сделанные более коротким ключом.
chain-reason-weak-signature = { $cert }: подписан алгоритмом { $algorithm }. Политика docwiz отвергает подписи SHA-1 и MD5, хотя openssl может их принять: для них можно вычислить коллизии, базовые требования CA/Browser Forum (7.1.3.2) их запрещают, а rustls-webpki их не проверяет. Попросите ЦС подписать его с SHA-256.
chain-reason-unsupported-algorithm = { $cert }: использует алгоритм { $algorithm }, который docwiz не поддерживает: как и rustls-webpki, docwiz проверяет RSA (от 2048 до 8192 бит), ECDSA P-256, P-384 и P-521, а также Ed25519. Дело не в доверии: docwiz просто не может проверить эту цепочку.
chain-reason-critical-extension = { $cert }: содержит критическое расширение, неизвестное docwiz: { $extension }. RFC 5280 (4.2) требует отвергать сертификат с неизвестным критическим расширением.
chain-reason-bad-signature = { $cert }: подпись не проверяется ключом издателя { $issuer }; сертификат был изменён или выдан не этим ЦС.
chain-reason-key-id-mismatch = { $cert } указывает в идентификаторе ключа центра сертификатов не тот ключ, что в идентификаторе ключа субъекта его издателя { $issuer } (RFC 5280, 4.2.1.1): openssl и Windows не находят для него издателя и отклоняют цепочку. Сертификат издателя был заменён или перевыпущен; используйте тот сертификат, под которым ЦС его выпустил.
chain-reason-invalid = { $cert }: проверить не удалось (rustls-webpki: { $detail }).
chain-reason-self-signed = { $cert }: самозаверяющий; за него не ручается ни один ЦС, а docwiz доверяет только цепочкам, которые заканчиваются сертификатом корневого ЦС из хранилища «{ -store-root }». Запросите сертификат у ЦС.
missing-no-file = Он пришёл в файле вместе с другими сертификатами: сохраните его в отдельный файл и импортируйте этот файл.
trust-warning-expired = Внимание: срок действия { $subject } ({ $thumbprint }) истёк { $date }. docwiz не будет доверять ни одной цепочке через него, пока его не заменят.
trust-warning-not-yet-valid = Внимание: { $subject } ({ $thumbprint }) действителен только с { $date }. До тех пор docwiz не будет доверять ни одной цепочке через него.

## store writes

request-reason-interrupted = он был прерван до того, как ответ ЦС был сохранён (команда была остановлена или хранилище не удалось записать)
request-reason-text = { $text }
request-reason-ca-unsafe = локальный центр сертификации отказался подписывать: его ключи или сертификаты повреждены или доступны другим пользователям (команда `{ $check }` покажет, что не так)
request-reason-other = ЦС не смог выдать сертификат (ошибка docwiz «{ $code }»)
request-reason-ca-refused = ЦС ({ $ca }) не выдал сертификат: { $detail }
error-retry-not-failed = Запрос { $id } не завершился ошибкой: повторить можно только невыполненный запрос.
error-retry-not-local = Запрос { $id } был отправлен во внешний ЦС: повторить можно только запросы к локальному ЦС. Создайте новый запрос — команда для него указана на странице состояния.

## store damage

store-problems-title = Проблемы в хранилище
store-problem-line = { $file }: { $problem }
store-check-ok = В хранилище { $store } проблем не найдено: проверены активные ссылки, закрытые ключи, записи запросов, файлы сертификатов и локальный ЦС.
store-check-found = { $count ->
    [one] В хранилище { $store } найдена { $count } проблема.
    [few] В хранилище { $store } найдены { $count } проблемы.
    [many] В хранилище { $store } найдено { $count } проблем.
   *[other] В хранилище { $store } найдено проблем: { $count }.
}
live-usage-damaged = повреждено: { $file } не является допустимой ссылкой на сертификат хранилища, поэтому ни один сертификат не считается назначенным (см. проблемы ниже)
live-request-damaged = { $request }: запрос повреждён, его запись не читается (см. проблемы ниже)
list-damaged = повреждён: этот сертификат нельзя использовать (см. проблемы ниже)
error-store-unreadable = Не удаётся прочитать каталог хранилища { $path } ({ $reason }). docwiz не показывает нечитаемое хранилище как пустое: восстановите его или дайте доступ к нему пользователю, от имени которого запускается docwiz.
error-ca-unsafe = { $count ->
    [1] Локальный ЦС отказывается подписывать из-за следующей проблемы; сертификат не выдан:
    [one] Локальный ЦС отказывается подписывать из-за следующей { $count } проблемы; сертификат не выдан:
    [few] Локальный ЦС отказывается подписывать из-за следующих { $count } проблем; сертификат не выдан:
    [many] Локальный ЦС отказывается подписывать из-за следующих { $count } проблем; сертификат не выдан:
   *[other] Локальный ЦС отказывается подписывать из-за следующих проблем ({ $count }); сертификат не выдан:
}
damage-newest-hint = Это самый новый запрос, поэтому вместо него не показывается более старый. Самый новый читаемый запрос — { $request }: { $command }
damage-unreadable = не читается: { $reason }
damage-not-certificate = не содержит читаемого сертификата: файл повреждён или обрезан.
damage-bad-key = не содержит закрытого ключа, который может прочитать docwiz: файл повреждён или обрезан.
damage-not-dir = должен быть каталогом, но это { $kind ->
    [file] обычный файл
    [link] символическая ссылка
   *[other] файл другого типа
}.
damage-symlink = является символической ссылкой на { $target }: docwiz использует только файлы, хранящиеся в самом хранилище.
damage-live-not-link = должен быть символической ссылкой на сертификат хранилища, но это { $kind ->
    [directory] каталог
    [file] обычный файл
   *[other] файл другого типа
}. Цель использования считается неназначенной.
damage-live-outside = указывает на { $target }, а не на сертификат хранилища (../certs/<{ cli-value-thumbprint }>). Цель использования считается неназначенной.
damage-live-dangling = указывает на { $target }, которого не существует. Цель использования считается неназначенной.
damage-live-through-link = указывает на { $target } через символическую ссылку { $link }, которая может вести за пределы хранилища. Цель использования считается неназначенной.
damage-live-not-cert = указывает на { $target }, который не является пригодным каталогом сертификата (его cert.pem отсутствует, повреждён или содержит не тот сертификат, что указан в имени). Цель использования считается неназначенной.
damage-cert-thumbprint = содержит сертификат { $actual }, а не { $expected }, как указано в имени.
damage-cert-missing = отсутствует: в каталоге сертификата нет сертификата.
damage-key-mode = является закрытым ключом с правами доступа { $mode }: другие пользователи могут читать или изменять его. У закрытого ключа должны быть права 0600 (chmod 600).
damage-key-owner = является закрытым ключом, владелец которого — пользователь { $owner }, а не пользователь, от имени которого запускается docwiz ({ $user }).
damage-key-missing = отсутствует: закрытый ключ сертификата утрачен.
damage-key-mismatch = не соответствует сертификату { $thumbprint }.
damage-record-missing = отсутствует: у запроса нет записи.
damage-record-truncated = заканчивается раньше, чем запись: файл обрезан.
damage-record-syntax = в этом месте не является допустимым JSON.
damage-record-data = не является записью запроса: содержимое файла не соответствует тому, что записывает сюда docwiz.
damage-record-field-missing = не является записью запроса: нет поля «{ $field }».
damage-record-field-duplicate = не является записью запроса: поле «{ $field }» встречается дважды.
damage-record-field-unknown = не является записью запроса: docwiz не записывает сюда поле «{ $field }».
damage-record-value-unknown = не является записью запроса: «{ $value }» не входит в число допустимых здесь значений ({ $allowed }).
damage-record-value-wrong = не является записью запроса: значение в этом месте не того типа, который записывает сюда docwiz (например, число вместо текста).
damage-record-id = является записью запроса { $id }, а не { $dir }.
damage-ca-missing = отсутствует, хотя { $other } на месте: docwiz не заменяет ЦС молча.
damage-ca-key-mismatch = не соответствует сертификату ЦС { $cert }.
damage-ca-not-signed = не подписан сертификатом корневого ЦС { $root }: выданные им сертификаты невозможно было бы проверить.

## files as they come

pem-block-broken = Блок { $label }, который начинается в этой строке, повреждён (испорчен base64 или нет строки END).
der-not-canonical = Сертификат не в DER: { $fault ->
        [truncated] элемент выходит за свой конец
        [indefinite] неопределённая длина
        [length] длина не в кратчайшей форме
        [length-too-long] длина больше любого сертификата
        [tag] тег не в кратчайшей форме
        [constructed] строка в составной форме
        [integer] INTEGER не в кратчайшей форме
        [boolean] BOOLEAN со значением, отличным от 00 и FF
        [null] NULL с содержимым
        [bit-string] неверно сформированная BIT STRING
        [oid] неверно сформированный OBJECT IDENTIFIER
        [depth] вложенность глубже, чем у любого сертификата
       *[trailing] байты после его конца
    } на байте { $offset }. Сертификаты X.509 кодируются в DER (RFC 5280 §4.1), а отпечаток, вычисленный по другим байтам, не совпадёт с тем, что вычисляют другие: запросите сертификат у издателя ещё раз.
der-not-a-certificate = Это не сертификат X.509 (RFC 5280 §4.1).
error-invalid-name-why = «{ $name }» не является допустимым DNS-именем: { $reason }
name-reason = { $reason ->
        [empty] оно пустое.
        [ip] это IP-адрес; docwiz запрашивает сертификаты для DNS-имён.
        [wildcard] подстановочный знак допустим только как целая крайняя левая метка дополнительного имени субъекта (*.example.com).
        [wildcard-fqdn] --fqdn называет сам сервер, а им не может быть подстановочное имя; укажите подстановочное имя как дополнительное имя субъекта: --san *.example.com.
        [numeric] его последняя метка состоит из одних цифр и читается как IP-адрес.
        [empty-label] в нём есть пустая метка (две точки подряд или точка в начале).
        [hyphen] метка «{ $label }» начинается или заканчивается дефисом.
        [character] метка «{ $label }» содержит «{ $char }»; DNS-имена состоят из букв, цифр и дефисов (RFC 1123).
        [punycode] метка «{ $label }» — недопустимый Punycode (RFC 3492).
        [label-too-long] метка «{ $label }» длиннее 63 октетов в форме A-метки.
        [idna] метка «{ $label }» — недопустимая интернационализированная метка (UTS #46: запрещённый символ или правила bidi и соединителей из RFC 5893 и RFC 5892).
       *[too-long] оно длиннее 253 октетов в форме A-меток.
    }
import-certificate-without-key = В этом файле есть сертификат, но нет закрытого ключа: укажите ключ через --key <{ cli-value-key }> или импортируйте файл PKCS#12 (.pfx), в котором есть и то и другое.
import-unknown-format = Этот файл — не сертификат PEM с ключом, не сертификат DER и не файл PKCS#12 (.pfx).
key-none = Здесь нет закрытого ключа: в файле нет ни одного блока PEM, и это не ключ в DER.
key-none-found = Здесь нет закрытого ключа; в файле есть: { $found }.
key-legacy-encrypted = Этот ключ зашифрован в устаревшем формате PEM от OpenSSL ({ $cipher }), который docwiz не читает. Преобразуйте его в зашифрованный PKCS#8 и укажите пароль через --key-password-file: openssl pkcs8 -topk8 -v2 aes-256-cbc -in { $file } -out key.p8
key-unsupported-algorithm = Это ключ { $algorithm }, который docwiz не может использовать для сертификата TLS-сервера (он использует RSA, ECDSA P-256, P-384 и P-521, а также Ed25519).
key-openssh = Этот ключ в формате OpenSSH: преобразуйте копию { $file } в PKCS#8 командой ssh-keygen -p -m PKCS8 -f КОПИЯ.
key-explicit-curve = В этом ключе EC параметры кривой указаны явно; TLS и RFC 5480 требуют именованную кривую: openssl ec -in { $file } -param_enc named_curve -out key.pem
key-damaged = Этот закрытый ключ повреждён: docwiz не может его прочитать.
key-rsa-pss = Это ключ RSA-PSS (id-RSASSA-PSS, RFC 4055), ограниченный подписями PSS, которые docwiz не использует. Создайте ключ RSA и сертификат для него: openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out key.pem
algorithm-unknown = неизвестный алгоритм ({ $oid })
key-encrypted-needs-password = Этот ключ зашифрован (PKCS#8): укажите его пароль через --key-password-file <{ cli-value-file }> (файл, первая строка которого — пароль).
key-encryption-unsupported = Этот ключ зашифрован с помощью { $scheme }, что docwiz не читает. Зашифруйте его заново с PBES2 и AES: openssl pkcs8 -topk8 -v2 aes-256-cbc -in { $file } -out key.p8
key-wrong-password = Неверный пароль ключа: он не расшифровывает ключ. Проверьте файл, указанный в --key-password-file.
pkcs12-mac-mismatch = Пароль открывает ключи, но проверка целостности (MAC) файла не проходит: файл был изменён или повреждён после создания. Экспортируйте его заново.
pkcs12-wrong-password = Неверный пароль: проверка целостности (MAC) файла с ним не проходит. Проверьте файл, указанный в --password-file.
pkcs12-needs-password = Этому файлу PKCS#12 нужен пароль: укажите его через --password-file <{ cli-value-file }> (файл, первая строка которого — пароль).
pkcs12-wrong-password-no-mac = Неверный пароль или файл повреждён: ключи с ним не расшифровываются, а проверки целостности, чтобы сказать, что именно, в файле нет.
pkcs12-unsupported = В этом файле PKCS#12 используется алгоритм, который docwiz не поддерживает ({ $detail }). Экспортируйте его заново с AES и SHA-256: openssl pkcs12 -export -keypbe AES-256-CBC -certpbe AES-256-CBC -macalg SHA256 …
pkcs12-damaged = Этот файл PKCS#12 повреждён ({ $detail }).
pkcs12-empty = В этом файле PKCS#12 нет ни закрытого ключа, ни сертификата.
pkcs12-no-key = В этом файле PKCS#12 есть сертификаты, но нет закрытого ключа (экспортирован с -nokeys?): экспортируйте его заново вместе с ключом или импортируйте сертификат с --key <{ cli-value-key }>.
pkcs12-no-certificate = В этом файле PKCS#12 есть закрытый ключ, но нет сертификата для него.
pkcs12-no-such-name = Ни одна пара ключа и сертификата в этом файле не называется «{ $name }»; в нём есть: { $pairs }.
pkcs12-ambiguous = В этом файле несколько пар ключа и сертификата ({ $count }): { $pairs }. Выберите одну через --friendly-name <{ cli-value-name }> (её понятное имя или отпечаток).
pkcs12-chosen = В { $file } несколько закрытых ключей ({ $count }); docwiz взял «{ $name }» ({ $subject }, { $thumbprint }).
refuse-no-host-name = { $usage }: среди дополнительных имён субъекта сертификата нет ни DNS-имени, ни IP-адреса, а TLS-клиенты не смотрят на CN его субъекта (RFC 6125).
import-identity = Он действителен для этих имён (его дополнительных имён субъекта, которые проверяют TLS-клиенты): { $names }.
import-no-identity = Среди его дополнительных имён субъекта нет ни DNS-имени, ни IP-адреса, поэтому его нельзя назначить: TLS-клиенты не смотрят на CN субъекта (RFC 6125).

## ca and chain fixes
chain-reason-eku-no-client-auth = { $cert }: расширенное использование ключа ограничено значениями { $eku }, без проверки подлинности клиента (clientAuth); она нужна сертификату для назначения «default», а openssl отвергает клиентский сертификат, выданный таким ЦС.
chain-unknown-issuer = неполная: издатель { $subject } неизвестен docwiz (не хватает промежуточного сертификата ЦС); получите его сертификат у ЦС и импортируйте его
chain-unknown-issuer-url = неполная: издатель { $subject } неизвестен docwiz (не хватает промежуточного сертификата ЦС); получите его сертификат у ЦС (сертификат указывает адрес: { $url }) и импортируйте его
chain-reason-pss-params = { $cert } подписан RSA-PSS с хеш-функцией { $hash }, MGF1 с { $mgf } и солью длиной { $salt } байт. docwiz не поддерживает RSA-PSS с такими параметрами: как и rustls-webpki, он проверяет RSA-PSS только с SHA-256, SHA-384 или SHA-512, MGF1 с той же хеш-функцией и солью длиной с хеш. Это не значит, что подпись ложна: docwiz просто не может её проверить. Попросите ЦС подписывать с такими параметрами (openssl: -sigopt rsa_pss_saltlen:digest).
trust-warning-weak-key = Внимание: { $subject } ({ $thumbprint }) имеет ключ { $key }. Политика docwiz отвергает ключи RSA короче 2048 бит (базовые требования CA/Browser Forum, 6.1.5): любая цепочка через этот корневой сертификат будет отвергнута.
trust-warning-unsupported-key = Внимание: { $subject } ({ $thumbprint }) использует { $algorithm } — ключ, которым docwiz не умеет проверять подписи (как и rustls-webpki, он проверяет RSA, ECDSA P-256, P-384 и P-521 и Ed25519): docwiz не сможет проверить ни одну цепочку через этот корневой сертификат.
trust-note-weak-self-signature = Примечание: { $subject } ({ $thumbprint }) подписан самим собой алгоритмом { $algorithm }. docwiz не отвергает из-за этого цепочки: корневому сертификату доверяют по вашему решению, а не по его собственной подписи (RFC 5280, 6.1; rustls-webpki поступает так же). Но SHA-1 и MD5 взломаны, и другие программы могут его отвергнуть: попросите у ЦС корневой сертификат, подписанный SHA-256.
trust-skipped-root = Пропущен { $subject } ({ $thumbprint }): это корневой сертификат ЦС, а доверие корневому сертификату — отдельное решение. Чтобы доверять ему: { $command }
trust-skipped-intermediate = Пропущен { $subject } ({ $thumbprint }): это промежуточный сертификат ЦС. Чтобы импортировать его: { $command }
trust-skipped-leaf = Пропущен { $subject } ({ $thumbprint }): это не сертификат ЦС (в основных ограничениях нет CA:TRUE), ему не место в хранилищах доверия. Сертификат сервера импортируется командой { $command }.
trust-skipped-bad-root = Пропущен { $subject } ({ $thumbprint }): это самовыпущенный сертификат ЦС, собственная подпись которого не проходит проверку, поэтому он не корневой и не промежуточный: его изменили.
chain-reason-self-signed-trusted = { $cert } — самоподписанный сертификат, и он сам находится в хранилище «{ -store-root }». Корневой сертификат ручается за выданные им сертификаты, а не за себя как сертификат сервера: docwiz, как и rustls-webpki, никогда не принимает доверенный корневой сертификат в качестве сертификата сервера. Выпустите сертификат сервера под этим корневым (или получите его у ЦС) и удалите этот из хранилища «{ -store-root }», если он задумывался как сертификат сервера.

## file fixes

der-fault = { $fault ->
        [truncated] элемент выходит за свой конец
        [indefinite] неопределённая длина
        [length] длина не в кратчайшей форме
        [length-too-long] длина больше любого сертификата
        [tag] тег не в кратчайшей форме
        [constructed] строка в составной форме
        [integer] INTEGER не в кратчайшей форме
        [boolean] BOOLEAN со значением, отличным от 00 и FF
        [null] NULL с содержимым
        [bit-string] неверно сформированная BIT STRING
        [oid] неверно сформированный OBJECT IDENTIFIER
        [depth] вложенность глубже, чем у любого сертификата
       *[trailing] байты после его конца
    }
der-extension-not-canonical = Сертификат не в DER: в значении его расширения { $extension } { $fault ->
        [truncated] элемент выходит за свой конец
        [indefinite] неопределённая длина
        [length] длина не в кратчайшей форме
        [length-too-long] длина больше любого сертификата
        [tag] тег не в кратчайшей форме
        [constructed] строка в составной форме
        [integer] INTEGER не в кратчайшей форме
        [boolean] BOOLEAN со значением, отличным от 00 и FF
        [null] NULL с содержимым
        [bit-string] неверно сформированная BIT STRING
        [oid] неверно сформированный OBJECT IDENTIFIER
        [depth] вложенность глубже, чем у любого сертификата
       *[trailing] байты после его конца
    } на байте { $offset }. Значение расширения тоже кодируется в DER (RFC 5280 §4.1): запросите сертификат у издателя ещё раз.
der-explicit-default = Сертификат не в DER: в нём явно записано значение по умолчанию, которое DER опускает (X.690 §11.5): { $field ->
        [version] версия v1
        [critical] critical FALSE в расширении
        [cA] cA FALSE в basicConstraints
       *[minimum] minimum 0 в nameConstraints
    }, на байте { $offset }. Запросите сертификат у издателя ещё раз.
der-extension-unreadable = Расширение { $extension } сертификата не читается как это расширение (RFC 5280 §4.2): docwiz не угадывает, что в нём сказано. Запросите сертификат у издателя ещё раз.
pkcs12-not-der = Этот файл PKCS#12 повреждён: он не в DER ({ $fault } на байте { $offset }).
pkcs12-not-der-inside = Этот файл PKCS#12 повреждён: что-то внутри него (сертификат, ключ или их оболочка) не в DER, как требует RFC 7292. Экспортируйте его заново.
pkcs12-bad-certificate = В этом файле PKCS#12 есть сертификат, который не является сертификатом X.509 в DER (RFC 5280 §4.1). Экспортируйте файл заново или импортируйте сертификат и ключ как файлы PEM.
pkcs12-damaged-structure = Этот файл PKCS#12 повреждён: его структура не та, что определяет RFC 7292. Экспортируйте его заново.
pkcs12-name-ambiguous = Имя «{ $name }» носят разные пары ключа и сертификата в этом файле ({ $count }): { $pairs }. Выберите одну с помощью --friendly-name <{ cli-value-name }>, указав в качестве имени её отпечаток.
pkcs12-no-mac = У { $file } нет проверки целостности (MAC): ничто не показывает, что файл не изменён после экспорта. Сравните отпечаток сертификата с тем, который сообщает его издатель.
key-rsa-too-small = Ключ RSA в { $file } имеет длину { $bits } бит: по политике docwiz ключ RSA сертификата TLS-сервера должен иметь не меньше 2048 бит (CA/Browser Forum Baseline Requirements §6.1.5). Создайте новый ключ длиной от 2048 бит и получите для него сертификат.
key-rsa-too-large = Ключ RSA в { $file } имеет длину { $bits } бит: docwiz подписывает ключами RSA длиной от 2048 до 8192 бит. Создайте новый ключ длиной от 2048 до 8192 бит и получите для него сертификат.
key-chosen = В { $file } закрытых ключей: { $count }. docwiz взял ключ в строке { $line }, принадлежащий сертификату, и пропустил остальные ({ $ignored-count ->
    [1] строка
   *[other] строки
} { $ignored }).
import-unrelated-left-out = { $count ->
        [one] { $count } сертификат из { $file } не входит в цепочку импортированного сертификата и не был установлен
        [few] { $count } сертификата из { $file } не входят в цепочку импортированного сертификата и не были установлены
        [many] { $count } сертификатов из { $file } не входят в цепочку импортированного сертификата и не были установлены
       *[other] { $count } сертификата из { $file } не входят в цепочку импортированного сертификата и не были установлены
    }: { $certificates }.
pkcs7-malformed = Этот контейнер PKCS#7 (.p7b) сформирован неверно или вложен слишком глубоко, чтобы его прочесть (RFC 2315 §9.1); его сертификаты не рассматривались. Запросите файл ещё раз или сертификаты в виде PEM.
pkcs12-unsupported-what = { $what ->
        [encryption] его схема шифрования
        [mac] алгоритм его проверки целостности (MAC)
        [content] тип содержимого
        [certificate] тип сертификата, отличный от X.509
       *[parameters] параметры алгоритма
    }

## store fixes

history-no-newline = У последней записи журнала нет перевода строки в конце. Следующая команда, изменяющая хранилище, добавит его; ничего не отменяется.
history-torn = Последняя строка журнала обрезана (запись не завершилась). Следующая команда, изменяющая хранилище, удалит её и отменит только её собственное назначение, если что-то из него успело переключиться.
history-line-unreadable = Эта строка журнала не является записью о назначении. docwiz оставляет её как есть и пропускает; исправьте или удалите её вручную.
history-incomplete = В последнем назначении журнала { $lines } из { $count } строк. Следующая команда, изменяющая хранилище, дополнит его по live/, если live/ показывает, что оно выполнено, а иначе отменит его.
history-not-installed = Эта строка называет сертификат { $thumbprint }, который не установлен в хранилище (certs/).
history-live-mismatch = По журналу цели использования { $usage } назначен { $history }, но в live/{ $usage } — { $live }: назначение выполнено лишь частично, или live/ изменён вручную.
damage-live-unknown-usage = не является известной docwiz целью использования сертификата ({ $name }): эта запись ничем не используется. Удалите её.
damage-reason-unknown = Сохранённая для этого запроса причина «{ $code }» не является кодом причины, который пишет docwiz (запись изменена вручную или сделана старой версией); она показывается как неизвестная причина.
request-reason-unknown = неизвестная причина ({ $code })
offline-not-file-name = Это не имя файла для CSR.
offline-no-directory = Каталог { $dir } не существует. docwiz не создаёт каталоги вне своего хранилища: сначала создайте его или выберите другой файл.
offline-exists = Этот файл уже существует. docwiz никогда не заменяет файл запросом CSR: выберите новое имя файла или сначала удалите файл.
offline-not-regular = Это имя уже занято чем-то, что не является файлом (каталог, ссылка, FIFO, устройство…); docwiz записывает CSR только в новый файл.
offline-in-store = Этот файл находится внутри хранилища { $store }, файлами которого docwiz управляет сам: запишите CSR вне его.
input-not-regular = Это не обычный файл, а { $kind ->
        [directory] каталог
        [fifo] FIFO (именованный канал)
        [device] устройство
        [socket] сокет
       *[other] что-то другое
    }; docwiz читает только обычные файлы.
input-too-large = Этот файл больше { $max } МиБ — намного больше любого сертификата, ключа или файла PKCS#12; docwiz его не читает.
error-bad-thumbprint = «{ $value }» — не отпечаток: отпечаток состоит из шестнадцатеричных цифр (0-9, A-F), которые можно разделять пробелами или двоеточиями.
os-error-permission = доступ запрещён (системная ошибка { $errno })
os-error-not-found = нет такого файла или каталога (системная ошибка { $errno })
os-error-io = ошибка ввода-вывода (системная ошибка { $errno })
os-error-exists = файл уже существует (системная ошибка { $errno })
os-error-not-dir = часть пути не является каталогом (системная ошибка { $errno })
os-error-is-dir = это каталог (системная ошибка { $errno })
os-error-invalid = недопустимый аргумент (системная ошибка { $errno })
os-error-no-space = на устройстве не осталось места (системная ошибка { $errno })
os-error-read-only = файловая система доступна только для чтения (системная ошибка { $errno })
os-error-loop = слишком много уровней символических ссылок (системная ошибка { $errno })
os-error-other = операционная система отклонила операцию (системная ошибка { $errno })
pkcs7-trailing = Структура PKCS#7 заканчивается на байте { $offset }, а за ней следуют ещё { $count } байт. docwiz не игнорирует то, что следует за структурой: запросите файл у центра сертификации ещё раз.
answer-not-in-chain = В файле есть сертификат, который не входит в цепочку { $leaf }: { $subject } ({ $thumbprint }). Удалите его из файла: хранилище хранит только собственную цепочку сертификата.

## Terminal wizard (pages and keys)
tui-key-help = Справка
tui-key-language = Язык
tui-key-back = Назад
tui-key-close = Закрыть
tui-key-next-control = Следующее поле
tui-key-activate = Выбрать
tui-key-toggle = Флажок
tui-key-scroll = Прокрутка
tui-key-name-space = Пробел
tui-key-name-enter = Ввод
tui-key-name-esc = Esc
tui-key-name-tab = Tab
tui-action-request = { -button-request }…
tui-action-assign = { -button-assign }…
tui-action-import = { -button-import }…
tui-action-details = { -button-view-details }
tui-action-trust = Доверять корневому ЦС…
tui-certificates-title = Сертификаты
tui-certificate-option = { $thumbprint } ({ $subject })
tui-button-back = Назад
tui-button-details = { -button-view-details }
tui-button-finish = { -button-finish }
tui-import-root = Импортировать сертификат корневого ЦС…
tui-import-intermediate = Импортировать сертификат промежуточного ЦС
tui-untrusted-heading = Почему цепочка сертификатов не является доверенной
tui-finish-cleared = Сертификат { $thumbprint } установлен, но не назначен: флажок снят.
tui-request-finished = Этот запрос завершён.
tui-title-request = { -page-request-timing }
tui-title-assign = { -page-assignment }
tui-title-import = { -page-import }
tui-title-trust = Доверие сертификату ЦС

## help view and pager
help-topic-link = {" "}({ $title }: { $command })
lint-link-unknown-topic = Эта ссылка ведёт на раздел «{ $topic }», которого нет: ссылка на другой раздел пишется как topic:<{ cli-value-topic }>, с идентификатором из списка docwiz topics.
lint-link-unknown-anchor = В разделе «{ $topic }» нет заголовка с якорем «{ $anchor }»: укажите идентификатор одного из его заголовков или только раздел.
help-view-key-scroll = прокрутка
help-view-key-page = страница
help-view-key-find = поиск
help-view-key-link = ссылки
help-view-key-follow = открыть
help-view-key-back = назад
help-view-key-close = закрыть
help-view-key-next = следующее совпадение
help-view-key-cancel = отмена
help-view-find-prompt = Найти:
help-view-find-none = «{ $query }» не найдено
help-view-find-count = Совпадение { $current } из { $total }
help-view-position = Строки { $first }–{ $last } из { $total }
help-pager-failed = Пейджер не смог использовать терминал ({ $error }); страница выведена как есть.

## Terminal wizard: assign, import and trust pages
tui-key-arrows-choose = Выбор
tui-assign-intro = Выберите установленный сертификат, затем цели использования, которым его назначить. Если цель использования отклонила бы сертификат, здесь сказано почему, и её флажок установить нельзя.
tui-assign-certificate = Установленные сертификаты
tui-assign-usages = Цели использования
tui-assign-holder = Сейчас: сертификат { $thumbprint } ({ $subject })
tui-assign-holder-none = Сейчас: сертификата нет
tui-assign-holder-this = Сейчас: этот сертификат
tui-assign-none-checked = Отметьте хотя бы одну цель использования, которой назначить сертификат.
tui-assign-no-certificates = Ни один сертификат ещё не установлен. Запросите сертификат или импортируйте полученный в другом месте сертификат вместе с закрытым ключом.
tui-assign-button = { -button-assign }
tui-import-intro = Установка сертификата, полученного в другом месте, вместе с закрытым ключом: файл сертификата с файлом ключа, файл PEM, содержащий и то и другое, или файл PKCS#12 (.pfx, .p12) с паролем.
tui-import-file = Файл сертификата (PEM, DER, PKCS#7 или PKCS#12)
tui-import-key = Файл закрытого ключа (оставьте пустым, если ключ находится в файле сертификата)
tui-import-password = Пароль PKCS#12
tui-import-key-password = Пароль зашифрованного закрытого ключа
tui-import-friendly-name = Понятное имя или отпечаток пары, которую взять из файла PKCS#12 с несколькими парами (необязательно)
tui-import-button = { -button-import }
tui-import-button-done = Готово
tui-import-file-missing = Укажите файл сертификата для импорта.
tui-import-done = Сертификат { $thumbprint } установлен вместе с закрытым ключом.
tui-import-wrong-password = Неверный пароль PKCS#12: проверка целостности (MAC) файла с ним не проходит. Ничего не импортировано.
tui-import-needs-password = Этому файлу PKCS#12 нужен пароль: введите его в поле «Пароль PKCS#12». Ничего не импортировано.
tui-import-key-needs-password = Этот закрытый ключ зашифрован (PKCS#8): введите его пароль в поле пароля зашифрованного закрытого ключа. Ничего не импортировано.
tui-import-key-wrong-password = Неверный пароль закрытого ключа: он не расшифровывает ключ. Ничего не импортировано.
tui-import-needs-key = В этом файле есть сертификат, но нет закрытого ключа: укажите также файл ключа или импортируйте файл PKCS#12, содержащий и то и другое. Ничего не импортировано.
tui-trust-intro = Сертификат корневого ЦС попадает в хранилище «{ -store-root }» после вашего подтверждения, сертификат промежуточного ЦС — в хранилище «{ -store-intermediate }». Файл (PEM, DER или PKCS#7) может содержать несколько сертификатов: каждый попадает в своё хранилище.
tui-trust-file = Файл сертификата ЦС
tui-trust-kind = Хранилище
tui-trust-kind-root = { -store-root }
tui-trust-kind-intermediate = { -store-intermediate }
tui-trust-file-missing = Укажите файл сертификата ЦС.
tui-trust-button-next = Далее
tui-trust-button-yes = Да
tui-trust-button-no = Нет
tui-trust-confirm-heading = Предупреждение системы безопасности
tui-trust-confirm-claim = Вы собираетесь установить сертификат от центра сертификации (ЦС), который называет себя так: { $subject }
tui-trust-confirm-check = docwiz не может подтвердить, что сертификат действительно получен от этого ЦС. Проверьте его происхождение у ЦС: сравните приведённый выше отпечаток SHA-1 с тем, который сообщит вам ЦС.
tui-trust-confirm-question = { $count ->
    [1] Доверять этому корневому сертификату?
    [one] Доверять { $count } корневому сертификату?
    [few] Доверять { $count } корневым сертификатам?
    [many] Доверять { $count } корневым сертификатам?
   *[other] Доверять { $count } корневого сертификата?
}
tui-trust-import-skipped-intermediate = Импортировать и сертификаты промежуточных ЦС из файла
tui-trust-import-skipped-root = Доверять и сертификату корневого ЦС из файла…

## Terminal wizard: request pages
tui-button-next = Далее
tui-button-cancel = Отмена
tui-key-next-page = Следующая страница
tui-request-step = Шаг { $step } из { $total }
tui-request-timing-intro = Запрос создаёт новый закрытый ключ и запрос на подпись сертификата (CSR). Отправьте его сейчас в сетевой центр сертификации (ЦС) или запишите CSR в файл, который вы сами передадите в ЦС; ответ ЦС импортируется позже.
tui-request-timing = Когда отправить запрос
tui-request-send-now = { -option-send-now }
tui-request-send-later = { -option-send-later }
tui-request-offline-file = Файл для CSR (новый файл в существующем каталоге)
tui-request-offline-empty = Введите имя нового файла для CSR.
tui-request-ca-title = { -page-request-ca }
tui-request-ca-intro = Выберите центр сертификации, который ответит на запрос.
tui-request-ca = Центр сертификации
tui-request-ca-local = Локальный ЦС, встроенный в docwiz
tui-request-ca-acme = ЦС ACME (RFC 8555), например Let's Encrypt или step-ca
tui-request-ca-cfssl = ЦС cfssl (cfssl serve)
tui-request-acme-directory = URL каталога ACME
tui-request-acme-bundle = Сертификат ЦС, к которому ведёт HTTPS-сертификат сервера ACME (файл PEM, необязательно)
tui-request-acme-contact = Контактный адрес электронной почты для учётной записи ACME (необязательно)
tui-request-acme-port = Порт, на котором docwiz отвечает на проверки http-01
tui-request-acme-address = Адрес, на котором docwiz ожидает проверки
tui-request-cfssl-url = URL cfssl serve
tui-request-cfssl-profile = Профиль подписи cfssl (необязательно)
tui-request-url-empty = Введите URL.
tui-request-url-acme = URL должен начинаться с https:// (или http:// для тестового ЦС).
tui-request-url-cfssl = docwiz обращается к cfssl по обычному HTTP: URL должен начинаться с http://.
tui-request-contact-invalid = Адрес электронной почты имеет вид name@example.com.
tui-request-port-invalid = Порт — это число от 1 до 65535.
tui-request-address-invalid = IP-адрес имеет вид 127.0.0.1 или ::1.
tui-request-basics-title = { -page-request-basics }
tui-request-basics-intro = Полное доменное имя (FQDN) сервера — это субъект сертификата и его первое дополнительное имя субъекта.
tui-request-fqdn = FQDN сервера (например, pool01.contoso.com)
tui-request-fqdn-empty = Введите FQDN сервера.
tui-request-wildcard-fqdn = «{ $name }»: подстановочный знак не может обозначать сам сервер. Введите имя с подстановочным знаком среди дополнительных имён субъекта.
tui-request-name-as = В сертификате: { $name }
tui-request-key = Тип ключа
tui-request-key-option = { $key ->
        [rsa-2048] RSA, 2048 бит (по умолчанию)
        [rsa-3072] RSA, 3072 бита
        [rsa-4096] RSA, 4096 бит
        [ecdsa-p256] ECDSA, кривая P-256
       *[ecdsa-p384] ECDSA, кривая P-384
    }
tui-request-sans-title = { -page-request-sans }
tui-request-sans-intro = Другие DNS-имена, которые охватывает сертификат: пулы, простые URL, подстановочное имя вида *.contoso.com. { $known ->
        [no] FQDN сервера включается всегда.
       *[yes] FQDN { $fqdn } включается всегда.
    }
tui-request-sans = Дополнительные имена субъекта через запятую или пробел (необязательно)
tui-request-usages-title = Цели использования сертификата
tui-request-usages-intro = Выберите, для чего нужен сертификат. Кнопка «{ -button-finish }» на странице состояния назначит его для этих целей.
tui-request-usage-none = Выберите хотя бы одну цель.
tui-request-prefill-invalid = В командной строке указано: { $error }
tui-request-summary-title = Сводка запроса сертификата
tui-request-summary-intro = Пока ничего не записано. Проверьте запрос и нажмите «{ -button-request }».
tui-request-submit = { -button-request }
tui-request-fact-timing = Отправка
tui-request-fact-ca = Центр сертификации
tui-request-fact-csr = Файл CSR
tui-request-fact-fqdn = FQDN сервера
tui-request-fact-bundle = Сертификат ЦС
tui-request-fact-contact = Контакт
tui-request-fact-http = Проверки http-01
tui-request-fact-profile = Профиль cfssl
tui-request-ca-with-url = { $ca }: { $url }
tui-request-http-value = { $address }, порт { $port }
tui-request-progress-title = Отправка запроса
tui-request-progress-local = Создаются ключ и CSR; локальный ЦС подписывает сертификат.
tui-request-progress-acme = Создаются ключ и CSR, затем запрос к ЦС ACME { $url }: учётная запись, заказ, проверки http-01 на { $address } порт { $port }, сертификат.
tui-request-progress-cfssl = Создаются ключ и CSR, затем cfssl по адресу { $url } подписывает его.
tui-request-progress-offline = Создаётся ключ, CSR записывается в { $file }.
tui-request-elapsed = Прошло { $seconds } с
tui-request-running-keys = Esc ничего не делает, пока ЦС не ответит, чтобы запрос не остался выполненным наполовину. F1 (справка) и F2 (язык) тем временем работают.
tui-request-failed = Запрос не выполнен, ничего не сохранено. Вернитесь, чтобы изменить его, или отмените.
tui-request-stopped = Запрос прервался до ответа ЦС.

## Terminal wizard (store lock and signals)
error-store-busy = Хранилище { $store } сейчас изменяет другая команда docwiz; повторите попытку, когда она завершится.

## wizard page fixes
tui-trust-confirm-list = { $count ->
    [one] В этом файле { $count } корневой сертификат; «Да» доверяет ему:
    [few] В этом файле { $count } корневых сертификата; одно «Да» доверяет им всем:
    [many] В этом файле { $count } корневых сертификатов; одно «Да» доверяет им всем:
   *[other] В этом файле { $count } корневых сертификатов; одно «Да» доверяет им всем:
}
tui-request-url-acme-https = URL должен начинаться с https://: клиент ACME работает только по HTTPS (для тестового ЦС укажите ниже файл его сертификата ЦС).

## Serve

serve-listening = docwiz предоставляет справку и мастер по адресу { $url }
serve-token-required = Этот адрес доступен с других компьютеров: страницы мастера открываются только с маркером доступа из URL выше.
serve-stop-hint = Для остановки нажмите Ctrl+C.
serve-open-failed = Не удалось открыть браузер; откройте { $url } самостоятельно.
serve-stopped = Остановлено.
error-listen = Не удаётся прослушивать { $addr }: { $reason }
site-not-found-title = Страница не найдена
site-not-found = На этом сайте нет такой страницы. Все разделы перечислены в указателе.
site-back-to-wizard = Вернуться в мастер

## Web wizard
web-field-error = { $field }: { $error }
web-located = { $location }: { $error }
web-form-invalid = Некоторые поля нужно исправить (см. сообщения рядом с ними). Ничего не записано.
web-paths-on-server = Имена файлов — это пути на компьютере, где работает docwiz serve, как их принимает командная строка; из браузера ничего не загружается.
web-progress-refresh = Эта страница сама следит за запросом. Запрос продолжается, даже если вы покинете страницу.
web-job-unknown = Ход этого запроса больше не известен (сервер был перезапущен или страница относится к другому сеансу). На главной странице перечислены все запросы.
web-trust-file-changed = Теперь файл содержит другие сертификаты, чем показанные: ничего не добавлено в доверенные. Проверьте сертификаты ниже ещё раз.

## tui leftovers
tui-key-open = Открыть

## Web wizard refusals
web-refused-title = Доступ запрещён
web-refused-token = Эта страница мастера открывается только с маркером доступа, который docwiz serve вывел при запуске. Один раз откройте выведенный адрес с ?token=…; браузер сохранит маркер до конца сеанса. Страницам справки маркер не нужен.
web-refused-change = Это изменение отклонено, ничего не записано: оно пришло не со страницы этого мастера в этом сеансе браузера (маркера формы нет или он неверен, либо страница принадлежит другому сайту). Откройте страницу заново и повторите шаг.
web-refused-host = Этот мастер отвечает только по адресу обратной петли (127.0.0.1, localhost или [::1]). Откройте его по адресу, который вывел docwiz serve.

## Table of contents
toc-request = Запросы
toc-install = Установленные сертификаты
site-toc = Содержание
site-previous = Назад: { $title }
site-next = Далее: { $title }
site-breadcrumbs = Вы здесь
error-toc-syntax = Здесь оглавление не является корректным YAML или списком элементов.
error-toc-item = Элементу оглавления нужен href (файл .md раздела) или name (сообщение с названием группы разделов).
error-toc-href = { $href } не является файлом раздела в этом дереве (ожидается имя файла из content/, например certificate-request.md).
error-toc-value = Значение { $key } здесь не подходит для оглавления: name и href принимают текст, items — список элементов.
error-toc-too-deep = Здесь оглавление вложено слишком глубоко.
lint-toc-missing = Раздела { $id } нет в оглавлении (content/toc.yml).
lint-toc-unknown = В оглавлении указан { $id }, но раздела с таким идентификатором нет.
lint-toc-twice = Раздел { $id } указан в оглавлении несколько раз; боковая панель и ссылки «Назад» и «Далее» следуют первому упоминанию.
lint-toc-name = В оглавлении группа разделов названа сообщением { $id }, но в ui.ftl такого сообщения нет.
topics-tree-title = Оглавление
site-skip = Перейти к разделу

## Certificate lines
cert-chain-line = { $certificate } — цепочка сертификатов { $chain }
live-pending-none = нет

## Help view
help-view-key-clear = сбросить поиск
label-value = { $label }: { $value }
list-notes = { $first }; { $second }
key-usage-bit = { $bit ->
    [digitalSignature] Цифровая подпись
    [nonRepudiation] Неотрекаемость
    [keyEncipherment] Шифрование ключей
    [dataEncipherment] Шифрование данных
    [keyAgreement] Согласование ключей
    [keyCertSign] Подпись сертификатов
    [cRLSign] Подпись CRL
    [encipherOnly] Только шифрование
    [decipherOnly] Только расшифровка
   *[other] { $bit }
}

## Help server: broken pages and listening
site-broken-title = На этой странице есть ошибки
site-broken = В разделе или в его переводе есть ошибки, поэтому страница не показана. Исправьте их и обновите страницу:
os-error-address-in-use = адрес уже занят: на этом порту слушает другая программа (системная ошибка { $errno })
os-error-address-not-available = этот адрес не принадлежит этому компьютеру (системная ошибка { $errno })

## Search
help-no-such-section = В разделе { $topic } нет подраздела «{ $anchor }»: показан весь раздел.
search-in-english = [на английском]
search-unmatched-word = Ни один раздел не содержит «{ $word }».
search-other-words = В разделах ниже есть остальные слова.
error-no-search-hit = Ни один раздел справки не содержит «{ $query }».
error-nearest-terms = Ближайшие слова из разделов: { $terms }
error-no-nearest-terms = Близких слов в разделах нет.
error-search-index = Не удаётся построить поисковый индекс: { $reason }

## Lint: typography, glossary, plurals
lint-typo-fr-space = Французская типографика: перед «{ $char }» ставится узкий неразрывный пробел (U+202F); `{ $fix }` добавляет его.
lint-typo-fr-guillemet = Французская типографика: внутри кавычек-ёлочек ставится узкий неразрывный пробел (U+202F) — после открывающей и перед закрывающей, здесь рядом с { $char }; `{ $fix }` добавляет его.
lint-typo-fr-apostrophe = Французская типографика: апостроф — это ’ (U+2019), а не '; `{ $fix }` заменяет его.
lint-typo-quotes = Кавычки: в этом языке цитируют с помощью { $open }…{ $close }, поэтому здесь вместо { $found } нужно { $expected }; `{ $fix }` заменяет кавычку.
lint-typo-zh-space = Китайская типографика: рядом с полноширинным знаком { $char } пробел не ставится; `{ $fix }` удаляет его.
lint-typo-zh-full-width = Китайская типографика: после китайского текста { $found } пишется полноширинным: { $expected }; `{ $fix }` заменяет знак.
lint-typo-zh-parentheses = Китайская типографика: скобки полноширинные вокруг текста, в котором есть китайский иероглиф, и полуширинные вокруг текста без иероглифов, поэтому здесь вместо { $found } нужно { $expected }. `{ $fix }` заменяет их.
lint-placeholder-unknown = «<{ $found }>» — не имя значения командной строки на этом языке: заполнитель пишется так, как `--help` называет значение здесь (сообщение cli-value-* в ui.ftl, например <{ $example }>).
lint-placeholder-bare = В команде заполнитель пишется в угловых скобках, как его пишет строка «Использование» в `--help`: <{ $name }>; `{ $fix }` добавляет их.
lint-plural-one = В { $locale } вариант [one] сообщения { $id } выбирается также для { $numbers }, но его текст не показывает число ({ $variable }) и потому означает «ровно один»: добавьте вариант [1] для ровно одного или покажите число в [one].
lint-fix-built-in = --fix перезаписывает файлы, поэтому ему нужен каталог с исправляемыми файлами: укажите его с помощью --root <{ cli-value-dir }>.
lint-fixed = Типографских исправлений: { $edits } (перезаписано файлов: { $files }).
lint-glossary-forbidden = «{ $found }» — не термин глоссария для «{ $english }»: используйте «{ $preferred }» ({ $glossary }).
lint-glossary-xml = Этот глоссарий не является корректным XML, поэтому его термины не проверяются.
lint-glossary-status = «{ $value }» — не административный статус TBX-Basic (preferredTerm-admn-sts, admittedTerm-admn-sts, deprecatedTerm-admn-sts, supersededTerm-admn-sts).
lint-glossary-no-preferred = Понятие { $concept } запрещает термины для { $locale }, но не называет для него предпочтительного термина.
cli-about = Локализованная справка F1 с текущим состоянием сертификатов
cli-help-flag = Показать справку
cli-version-flag = Показать версию
cli-heading-usage = Использование
cli-heading-options = Параметры
cli-heading-arguments = Аргументы
cli-heading-commands = Команды
cli-usage-options = ПАРАМЕТРЫ
cli-heading-colon = { ":" }
cli-value-command = КОМАНДА
cli-value-addr = АДРЕС
cli-value-addr-port = АДРЕС:ПОРТ
cli-value-cmd = КОМАНДА
cli-value-csr-file = ФАЙЛ_CSR
cli-value-dir = КАТАЛОГ
cli-value-email = ЭЛ_ПОЧТА
cli-value-file = ФАЙЛ
cli-value-format = ФОРМАТ
cli-value-fqdn = FQDN
cli-value-key = КЛЮЧ
cli-value-key-type = ТИП_КЛЮЧА
cli-value-keyword-topic = КЛЮЧЕВОЕ_СЛОВО|РАЗДЕЛ
cli-value-n = N
cli-value-name = ИМЯ
cli-value-pem = PEM
cli-value-port = ПОРТ
cli-value-query = СЛОВО
cli-value-request = ЗАПРОС
cli-value-tag = ЯЗЫК
cli-value-topic = РАЗДЕЛ
cli-value-thumbprint = ОТПЕЧАТОК
cli-value-url = URL
cli-value-usage = ЦЕЛЬ
cli-value-ca = ЦС
cli-arg-lang = Язык всего вывода: BCP 47 или POSIX, в том числе список предпочтений через запятую с весами `;q=`, как в Accept-Language; можно указывать несколько раз. По умолчанию: LC_ALL, LC_MESSAGES, LANG. С командой `export` — языки, на которых выполняется экспорт.
cli-arg-root = Дерево содержимого (с каталогами content/ и locales/) вместо встроенного.
cli-arg-store = Хранилище мастера (по умолчанию: $DOCWIZ_HOME, иначе $XDG_DATA_HOME/docwiz).
cli-arg-json = Вывести один документ JSON.
cli-arg-plain = Построчный вывод для средств чтения с экрана: без пейджера, без полноэкранного интерфейса, без оформления ANSI.
cli-arg-no-interactive = Никогда не открывать полноэкранный мастер или пейджер: команды выводят всё так же, как без терминала.
cli-about-help = Показать раздел справки по ключевым словам F1 (сначала самое конкретное) или по идентификатору раздела.
cli-arg-help-keywords = Ключевые слова F1 (сначала самое конкретное) или идентификаторы разделов.
cli-arg-help-format = Формат вывода: term (терминал), md (Markdown) или html.
cli-arg-help-side-by-side = Выводить после каждого блока его английский оригинал.
cli-arg-help-strict = Завершаться с ошибкой (код завершения 1), если хотя бы одно сообщение выводится на английском.
cli-arg-help-live = Показывать на странице текущее состояние мастера (по умолчанию).
cli-arg-help-no-live = Не показывать текущее состояние.
cli-arg-help-request = Запрос, состояние которого показывает страница (по умолчанию: последний).
cli-arg-help-no-pager = Выводить страницу целиком, даже если она длиннее окна терминала, а не показывать её в полноэкранном пейджере.
cli-about-search = Найти разделы по словам из их названий, заголовков, текста и ключевых слов F1.
cli-arg-search-query = Искомые слова (все, в любом порядке; если ни один раздел не содержит их все — любые из них).
cli-arg-search-limit = Показать не больше указанного числа разделов.
cli-about-topics = Перечислить разделы, их названия, ключевые слова F1 и непереведённые сообщения.
cli-arg-topics-tree = Вывести оглавление (content/toc.yml) в виде дерева названий.
cli-about-lint = Проверить содержимое и переводы; при ошибках — код завершения 1.
cli-arg-lint-fix = Переписать переводы дерева --root с типографскими исправлениями, которые предлагает lint (только текст сообщений), и проверить снова.
cli-about-export = Записать все разделы на всех языках в виде статического HTML-сайта или в формате Markdown.
cli-arg-export-format = Формат вывода: html (сайт) или md (Markdown для репозитория DocFX).
cli-arg-export-out = Каталог для записи (заменяется целиком, если экспорт прошёл успешно).
cli-arg-export-live = Вставить текущее состояние мастера в страницы, где есть динамический заполнитель.
cli-arg-export-base-url = URL, по которому будет опубликован сайт: ссылки на версии на других языках (hreflang) становятся абсолютными.
cli-about-wizard = Мастер сертификатов.
cli-arg-wizard-f1 = Показать раздел справки этой страницы с текущим состоянием вместо выполнения шага.
cli-about-wizard-request = Запросить сертификат по сети: ключ, CSR, ответ ЦС, затем страница состояния.
cli-arg-wizard-request-fqdn = Полное доменное имя сервера (CN субъекта и первое дополнительное имя субъекта).
cli-arg-wizard-request-sans = Ещё одно DNS-имя для сертификата (можно указывать несколько раз).
cli-arg-wizard-request-key = Тип ключа: rsa-2048, rsa-3072, rsa-4096, ecdsa-p256, ecdsa-p384.
cli-arg-wizard-request-usage = Цели использования сертификата через запятую: default, web-internal, web-external.
cli-arg-wizard-request-ca = ЦС: встроенный локальный ЦС, ЦС ACME или cfssl.
cli-arg-wizard-request-offline = Вместо этого записать CSR в этот новый файл; ответ ЦС импортируется позже. Существующий файл никогда не заменяется, и в хранилище ничего не записывается; каталог файла должен существовать (иначе код завершения 2).
cli-arg-wizard-request-acme-directory = URL каталога ACME (с --ca acme).
cli-arg-wizard-request-acme-ca-bundle = Сертификат ЦС в формате PEM, к которому ведёт цепочка HTTPS-сертификата сервера ACME.
cli-arg-wizard-request-acme-contact = Контактный адрес электронной почты для учётной записи ACME.
cli-arg-wizard-request-acme-http-port = Порт, на котором docwiz отвечает на проверки http-01.
cli-arg-wizard-request-acme-http-address = Адрес, на котором docwiz ожидает эти проверки (только 127.0.0.1, если не указано иное).
cli-arg-wizard-request-cfssl-url = URL `cfssl serve` (с --ca cfssl).
cli-arg-wizard-request-cfssl-profile = Профиль подписи cfssl.
cli-about-wizard-import-response = Импортировать ответ ЦС на отложенный запрос (PEM, DER или PKCS#7).
cli-arg-wizard-import-response-request = Отложенный запрос, к которому относится ответ.
cli-arg-wizard-import-response-file = Ответ ЦС: сертификат в формате PEM или DER либо файл PKCS#7 с цепочкой сертификатов.
cli-about-wizard-import = Установить сертификат, полученный в другом месте, вместе с его ключом: <{ cli-value-file }> --key <{ cli-value-key }>, файл PEM, содержащий и то и другое, или файл .pfx.
cli-arg-wizard-import-file = Сертификат (PEM, DER, PKCS#7; с --key), файл PEM с сертификатом и его ключом или файл PKCS#12.
cli-arg-wizard-import-key = Закрытый ключ сертификата (PEM или DER: PKCS#8, зашифрованный PKCS#8, PKCS#1, SEC1).
cli-arg-wizard-import-password-file = Файл, первая строка которого — пароль PKCS#12.
cli-arg-wizard-import-key-password-file = Файл, первая строка которого — пароль зашифрованного ключа.
cli-arg-wizard-import-friendly-name = Какую пару взять из файла PKCS#12 с несколькими парами: её понятное имя или отпечаток её сертификата.
cli-about-wizard-retry = Повторно отправить локальному ЦС невыполненный локальный запрос (тот же ключ и тот же CSR).
cli-arg-wizard-retry-request = Невыполненный запрос (по умолчанию: последний запрос).
cli-about-wizard-status = Страница «Состояние сетевого запроса сертификата».
cli-arg-wizard-status-request = Показываемый запрос (по умолчанию: последний).
cli-about-wizard-details = Просмотреть сведения о сертификате.
cli-arg-wizard-details-thumbprint = Показываемый сертификат, заданный отпечатком SHA-1 (по умолчанию: сертификат последнего запроса).
cli-about-wizard-finish = Завершить запрос; назначить сертификат для его целей использования, если не указан --no-assign.
cli-arg-wizard-finish-request = Завершаемый запрос (по умолчанию: последний).
cli-arg-wizard-finish-no-assign = Снять флажок «Назначить этот сертификат для целей использования в …».
cli-arg-wizard-finish-deploy-hook = Команда оболочки, выполняемая после назначения (как в certbot). Если она завершится с ошибкой, назначение остаётся в силе (ссылки и журнал уже переключены), а docwiz, как и certbot, сообщает об ошибке обработчика с кодом завершения 1.
cli-about-wizard-check = Проверить хранилище: ссылки в live/, закрытые ключи, записи, файлы сертификатов и локальный ЦС; каждая проблема — с указанием файла. Код завершения 1, если проблемы есть.
cli-about-wizard-assign = Назначить установленный сертификат для целей использования.
cli-arg-wizard-assign-thumbprint = Назначаемый сертификат, заданный отпечатком SHA-1.
cli-arg-wizard-assign-usage = Цели использования сертификата через запятую (по умолчанию: цели его запроса).
cli-arg-wizard-assign-deploy-hook = Команда оболочки, выполняемая после назначения (как в certbot). Если она завершится с ошибкой, назначение остаётся в силе (ссылки и журнал уже переключены), а docwiz, как и certbot, сообщает об ошибке обработчика с кодом завершения 1.
cli-about-trust = Хранилища доверенных сертификатов: «Доверенные корневые центры сертификации» и «Промежуточные центры сертификации».
cli-about-trust-import-root = Доверять корневому ЦС (хранилище «Доверенные корневые центры сертификации»); сначала запрашивается подтверждение.
cli-arg-trust-import-root-file = Сертификат корневого ЦС (PEM, DER или PKCS#7).
cli-arg-trust-import-root-yes = Доверять без запроса подтверждения.
cli-about-trust-import-intermediate = Добавить промежуточный ЦС (хранилище «Промежуточные центры сертификации»).
cli-arg-trust-import-intermediate-file = Сертификат промежуточного ЦС (PEM, DER или PKCS#7).
cli-about-trust-list = Показать оба хранилища доверенных сертификатов.
cli-about-certs = Установленные сертификаты.
cli-about-certs-list = Установленные сертификаты и цели использования, для которых они назначены.
cli-about-serve = Предоставлять по HTTP сайт справки, конечную точку F1 и мастер.
cli-arg-serve-listen = Адрес и порт для прослушивания; для любого адреса, кроме адреса обратной петли, страницы мастера требуют маркер доступа, выводимый при запуске.
cli-arg-serve-open = Открыть сайт в браузере по умолчанию, как только начнётся прослушивание.
cli-try-help = Дополнительные сведения можно получить с помощью «{ $flag }».
cli-error-missing-value = Для «{ $arg }» требуется значение, но оно не указано.
cli-error-invalid-value = «{ $value }» — недопустимое значение для «{ $arg }».
cli-error-invalid-choice = «{ $value }» — недопустимое значение для «{ $arg }»; возможные значения: { $valid }.
cli-error-invalid-value-why = «{ $value }» — недопустимое значение для «{ $arg }»: { $reason }.
cli-error-out-of-range = «{ $value }» — недопустимое значение для «{ $arg }»: укажите целое число от { $min } до { $max }.
cli-error-unknown-argument = Неожиданный аргумент «{ $arg }».
cli-error-unknown-command = Неизвестная команда «{ $command }».
cli-error-missing-arguments = { $count ->
    [1] Не указан обязательный аргумент: { $args }
   *[other] Не указаны обязательные аргументы: { $args }
}
cli-error-missing-command = Требуется команда: { $commands }.
cli-error-given-twice = «{ $arg }» нельзя указывать больше одного раза.
cli-error-conflict = «{ $arg }» нельзя использовать вместе с «{ $other }».
cli-error-no-equals = Значение «{ $arg }» нужно указывать после знака равенства (=).
cli-error-too-many-values = Неожиданное значение «{ $value }» для «{ $arg }».
cli-error-wrong-number-of-values = Для «{ $arg }» указано неверное число значений.
cli-error-not-utf8 = Один из аргументов не является допустимым текстом UTF-8.
cli-error-other = Не удаётся прочитать аргументы.
cli-tip-similar-command = Совет: есть похожая команда: { $suggestion }
cli-tip-similar-argument = Совет: есть похожий аргумент: { $suggestion }
cli-tip-similar-value = Совет: есть похожее значение: { $suggestion }
cli-tip-value-with-dash = Совет: чтобы передать «{ $arg }» как значение, используйте «-- { $arg }».
cli-error-listen-address = ожидается { cli-value-addr-port }, например 127.0.0.1:8080 или localhost:8080
cli-about-certs-remove = Удалить установленный сертификат и его ключ из хранилища; отказ, пока сертификат назначен какой-либо цели (сначала назначьте этой цели другой сертификат). Запрос, по которому он выдан, сохраняет свою запись и ключ.
cli-arg-certs-remove-thumbprint = Отпечаток сертификата (SHA-1, как его показывает `certs list`).
cli-about-certs-export = Записать установленный сертификат с ключом и цепочкой для другого сервера: файл PKCS#12 (--pfx) или PEM-файлы, как их пишет certbot (--pem).
cli-arg-certs-export-thumbprint = Отпечаток сертификата (SHA-1, как его показывает `certs list`).
cli-arg-certs-export-pfx = Новый файл PKCS#12 (.pfx, 0600) с ключом и цепочкой для Windows, IIS или `openssl pkcs12`. AES-256-CBC с PBKDF2-SHA256.
cli-arg-certs-export-password-file = Файл, первая строка которого — пароль PKCS#12. Без него пароль запрашивается в терминале (дважды); пустой пароль не принимается.
cli-arg-certs-export-legacy = Защитить файл PKCS#12 алгоритмом 3DES и MAC на SHA-1 — для Windows до Windows 10 1709 и Windows Server 2019.
cli-arg-certs-export-pem = Каталог для cert.pem, chain.pem, fullchain.pem и privkey.pem (0600), как их пишет certbot. Создаётся (0700), если его нет; существующие файлы никогда не заменяются.
cli-after-wizard-finish =
    Файлы: после назначения сертификат каждой цели находится в хранилище в
    live/<{ cli-value-usage }>/fullchain.pem (сертификат и сертификаты его ЦС) и
    live/<{ cli-value-usage }>/privkey.pem (его ключ, 0600); команда выводит их полные пути.
    Они следуют за целью, когда ей назначают другой сертификат, поэтому
    в конфигурации сервера их указывают один раз.

    Обработчик развёртывания (--deploy-hook <{ cli-value-cmd }>): запускается через sh -c после
    переключения ссылок, с такими переменными окружения:
      DOCWIZ_USAGES          только что назначенные цели через запятую
                             (default,web-internal,web-external)
      DOCWIZ_THUMBPRINT      отпечаток назначенного сертификата
      DOCWIZ_CERT_DIR        его каталог в хранилище, абсолютный путь
                             (certs/<{ cli-value-thumbprint }>: cert.pem, chain.pem,
                             fullchain.pem, privkey.pem)
      DOCWIZ_OLD_THUMBPRINT  при продлении (wizard renew): заменённый сертификат;
                             finish и assign её не задают
    Если обработчик завершается с ошибкой, назначение остаётся в силе, а docwiz
    завершается с кодом 1, как certbot.
cli-after-wizard-assign = { cli-after-wizard-finish }
cli-default-value = [по умолчанию: { $value }]
cli-possible-values = [возможные значения: { $values }]
cli-arg-trust-f1 = Показать раздел справки этой страницы с текущим состоянием вместо выполнения шага.
cli-arg-certs-f1 = Показать раздел справки этой страницы с текущим состоянием вместо выполнения шага.

error-in-use = { $count ->
    [1] Сертификат { $thumbprint } назначен для этой цели использования, поэтому он не удалён; сначала назначьте для неё другой сертификат ({ $command }):
    [few] Сертификат { $thumbprint } назначен для этих целей использования, поэтому он не удалён; сначала назначьте для них другой сертификат ({ $command }):
    [many] Сертификат { $thumbprint } назначен для этих целей использования, поэтому он не удалён; сначала назначьте для них другой сертификат ({ $command }):
   *[other] Сертификат { $thumbprint } назначен для этих целей использования, поэтому он не удалён; сначала назначьте для них другой сертификат ({ $command }):
}
in-use-usage = { $label } (--usage { $usage })
certs-removed = Сертификат { $thumbprint } и его закрытый ключ удалены из хранилища.
error-needs-password = Для файла PKCS#12 нужен пароль: укажите --password-file <{ cli-value-file }> (пароль — первая строка файла) или выполните команду в терминале, чтобы ввести его. Ничего не записано.
error-password-not-confirmed = Пароль пуст, или два введённых значения не совпадают. Ничего не записано.
export-password-empty = Первая строка этого файла пуста, а для файла PKCS#12 нужен пароль. Ничего не записано.
export-not-file-name = Это не имя файла для экспортируемого сертификата.
export-no-directory = Каталог { $dir } не существует: сначала создайте его или выберите другое место.
export-exists = Этот файл уже существует. При экспорте сертификата docwiz никогда не заменяет файлы: выберите новое имя или сначала удалите файл.
export-revoked-warning = Внимание: сертификат { $thumbprint } отозван { $date } ({ $reason }): клиенты, проверяющие отзыв, отклоняют его.
export-not-regular = Это имя уже занято чем-то, что не является файлом (каталог, ссылка, FIFO, устройство…); docwiz экспортирует только в новые файлы.
export-pem-is-file = Это файл, а для --pem нужен каталог (новый или без файлов cert.pem, chain.pem, fullchain.pem, privkey.pem). Для одного файла используйте --pfx.
export-in-store = Это место находится внутри хранилища { $store }, файлами которого docwiz управляет сам: экспортируйте вне его.
certs-exported-pfx = Сертификат, его закрытый ключ и цепочка записаны в { $file }.
certs-exported-pem = Сертификат, его цепочка и закрытый ключ записаны в:
prompt-password = Пароль для файла PKCS#12:
prompt-password-again = Повторите пароль:

assign-file-chain = { $usage }, сертификат с цепочкой: { $path }
assign-file-key = { $usage }, закрытый ключ: { $path }

site-search-label = Поиск по справке
site-search-button = Найти
site-search-results = Разделы, в которых есть «{ $query }»
site-search-nothing = Ни один раздел не содержит «{ $query }».
site-search-unavailable = Не удаётся загрузить поисковый индекс этого сайта.

renew-nothing-due = Ни один сертификат пока не нужно продлевать; следующий, { $thumbprint }, будет продлён начиная с { $date }.
renew-nothing-assigned = Ни один сертификат не назначен для целей использования, продлевать нечего.
renew-done = Сертификат { $old } продлён: новый сертификат { $new } (запрос { $request }) принял его цели использования.
renew-failed-line = Сертификат { $thumbprint } не продлён и сохраняет свои цели использования (причина указана выше).
renew-not-due-line = Сертификат { $thumbprint } продлевать пока рано: он будет продлён начиная с { $date }.
renew-reason-untrusted = цепочка нового сертификата не является доверенной ({ $status ->
    [untrusted-root] корневой ЦС не является доверенным
    [missing-intermediate] отсутствует сертификат промежуточного ЦС
    [expired] истёк срок действия одного из сертификатов
    [not-yet-valid] срок действия одного из сертификатов ещё не начался
   *[other] её невозможно проверить
}), поэтому он не назначен ни для одной цели использования
renew-reason-not-renewable = сертификат { $thumbprint } запрошен не через docwiz (он импортирован или запрошен автономно): продлите его там, где он был выдан, а затем импортируйте новый сертификат
error-renew-untrusted = Цепочка нового сертификата не является доверенной ({ $status ->
    [untrusted-root] корневой ЦС не является доверенным
    [missing-intermediate] отсутствует сертификат промежуточного ЦС
    [expired] истёк срок действия одного из сертификатов
    [not-yet-valid] срок действия одного из сертификатов ещё не начался
   *[other] её невозможно проверить
}), поэтому он не назначен ни для одной цели использования.
error-renew-not-renewable = Сертификат { $thumbprint } запрошен не через docwiz (он импортирован или запрошен автономно): продлите его там, где он был выдан, а затем импортируйте новый сертификат.
error-not-renewable-unassigned = Сертификат { $thumbprint } не назначен ни для одной цели использования, а продление заменяет сертификат, назначенный для целей использования. Сначала назначьте его или запросите новый сертификат.
renew-due-note = Пора продлить (срок наступил { $date }): { $command }
renew-failed-note = Последнее продление ({ $date }) не удалось: { $reason }. Сертификат сохраняет свои цели использования.
list-days-left = { $days ->
    [one] остался { $days } день
    [few] осталось { $days } дня
    [many] осталось { $days } дней
   *[other] осталось { $days } дня
}
list-expired = срок действия истёк
value-with-note = { $value } ({ $note })
cli-about-wizard-renew = Продлить назначенные сертификаты, срок продления которых наступил: тот же запрос ещё раз (имена, тип ключа, цели использования, ЦС), и новый сертификат принимает цели использования старого. Если продлевать нечего — одна строка и код 0 (для таймера).
cli-arg-wizard-renew-thumbprint = Только этот сертификат, по его отпечатку SHA-1.
cli-arg-wizard-renew-all = Все назначенные сертификаты, срок продления которых наступил (по умолчанию).
cli-arg-wizard-renew-days = Продлевать, когда осталось меньше N дней, N от 0 до 3650 (по умолчанию: треть срока действия, не более 30 дней, или раньше, когда открывается окно продления ЦС ACME).
cli-arg-wizard-renew-reuse-key = Сохранить ключ сертификата вместо создания нового.
cli-arg-wizard-renew-deploy-hook = Команда оболочки, выполняемая один раз после того, как продлённый сертификат принял свои цели использования; в DOCWIZ_OLD_THUMBPRINT — заменённый сертификат.
cli-arg-wizard-renew-quiet = Ничего не выводить, если продлевать нечего (ошибки выводятся по-прежнему): для таймера или cron.
cli-after-wizard-renew = { cli-after-wizard-finish }
cli-arg-wizard-request-local-validity-days = Локальный ЦС: срок действия сертификата в днях, от 1 до 397 (по умолчанию 397). Продления его повторяют; короткие сроки нужны, чтобы опробовать продление.

## Отзыв (wizard revoke, trust crl)

revoke-ca-name = { $ca ->
    [local] локальный ЦС
    [acme] ЦС ACME
    [cfssl] ЦС cfssl
   *[other] ЦС «{ $ca }»
}
revoke-reason-unspecified = причина не указана
revoke-reason-key-compromise = закрытый ключ скомпрометирован
revoke-reason-ca-compromise = ЦС скомпрометирован
revoke-reason-affiliation-changed = изменилось имя или принадлежность субъекта
revoke-reason-superseded = сертификат заменён
revoke-reason-cessation-of-operation = сервер больше не работает
revoke-reason-privilege-withdrawn = право на использование сертификата отозвано
revoke-warning = Вы собираетесь отозвать сертификат { $thumbprint } ({ $subject }) через { $ca }, так как { $reason }. Отзыв нельзя отменить: клиенты, проверяющие отзыв, с этого момента будут отклонять этот сертификат.
revoke-warning-usages = { $count ->
    [1] У этой цели использования не будет сертификата, пока вы не назначите другой: { $usages }
   *[other] У этих целей использования не будет сертификата, пока вы не назначите другой: { $usages }
}
revoke-question = Отозвать этот сертификат? [д/Н]
revoke-done = Сертификат { $thumbprint } отозван { $date }: его отозвал { $ca } ({ $reason }).
revoke-unassigned = { $count ->
    [1] У этой цели использования больше нет сертификата: { $usages }. Назначьте другой: { $command }
   *[other] У этих целей использования больше нет сертификата: { $usages }. Назначьте другой: { $command }
}
revoke-kept = Отозванный сертификат остаётся установленным; чтобы удалить его: { $command }
revoke-same-key = Сертификат { $thumbprint } удостоверяет тот же скомпрометированный ключ и не отозван: отзовите и его: { $command }
revoked-note = Отозван { $date } ({ $reason }): его больше нельзя назначить или продлить.
live-cert-revoked = { $thumbprint } ({ $subject }), отозван { $revoked }
error-revoke-needs-confirmation = Чтобы отозвать сертификат, требуется ваше подтверждение: выполните команду в терминале или добавьте --yes. Ничего не отозвано.
error-revoke-declined = Ничего не отозвано.
error-not-revocable = { $ca ->
    [offline] Сертификат { $thumbprint } запрошен автономно, поэтому docwiz не может попросить его ЦС отозвать его: отзовите его в ЦС, который его выдал.
    [local] Сертификат { $thumbprint } выдан локальным ЦС, которого больше нет в этом хранилище: здесь его отозвать нельзя. Отзовите его в ЦС, который его выдал.
   *[other] Сертификат { $thumbprint } запрошен не через docwiz (он импортирован), поэтому docwiz не может его отозвать: отзовите его в ЦС, который его выдал.
}
error-already-revoked = Сертификат { $thumbprint } уже отозван { $date }.
error-cert-revoked = Сертификат { $thumbprint } отозван { $date }: его больше нельзя назначить или продлить. Запросите новый сертификат.
error-key-compromised = Ключ сертификата { $thumbprint } объявлен скомпрометированным при отзыве сертификата { $revoked } { $date }: с --reuse-key он был бы сертифицирован снова. Продлите без --reuse-key, чтобы получить новый ключ.
error-export-compromised = Сертификат { $thumbprint } не экспортирован: его ключ объявлен скомпрометированным при отзыве сертификата { $revoked } { $date }, а скомпрометированный ключ нельзя развёртывать снова. Запросите новый сертификат с новым ключом.
error-cert-removed = Сертификат { $thumbprint } удалён из хранилища вместе с ключом (certs remove): назначить его снова нельзя. Запросите новый сертификат.
error-store-not-found = Хранилища { $store } не существует. Укажите хранилище с помощью --store <{ cli-value-dir }> (или DOCWIZ_HOME): таймер или служба может работать без HOME пользователя, который их создал.
error-no-local-ca = В хранилище ещё нет локального ЦС, поэтому записывать CRL нечего: локальный ЦС создаётся при первом запросе к нему.
crl-written = CRL локального ЦС номер { $number } ({ $count ->
    [0] нет отозванных сертификатов
    [one] { $count } отозванный сертификат
    [few] { $count } отозванных сертификата
    [many] { $count } отозванных сертификатов
   *[other] { $count } отозванного сертификата
}, следующее обновление не позднее { $date }) записан в { $file }.
crl-not-file-name = Это не имя файла для CRL.
crl-no-directory = Каталог { $dir } не существует. docwiz не создаёт каталоги вне своего хранилища: сначала создайте его или выберите другой файл.
crl-exists = Этот файл уже существует. Без --force docwiz никогда не заменяет файл списком CRL: выберите новое имя файла, сначала удалите файл или добавьте --force, чтобы заменить его.
crl-not-regular = Это имя уже занято чем-то, что не является файлом (каталог, ссылка, FIFO, устройство…); docwiz записывает CRL только в новый файл.
crl-in-store = Этот файл находится внутри хранилища { $store }, файлами которого docwiz управляет сам: запишите CRL вне его.
cli-about-wizard-revoke = Отозвать сертификат в ЦС, который его выдал (локальный ЦС, ACME или cfssl — как был сделан запрос); сначала запрашивает подтверждение. Цели использования, которым он назначен, теряют его; он остаётся установленным.
cli-arg-wizard-revoke-thumbprint = Отпечаток сертификата (SHA-1, как его показывает `certs list`).
cli-arg-wizard-revoke-reason = Причина, по её имени в RFC 5280.
cli-arg-wizard-revoke-yes = Отозвать без запроса подтверждения.
cli-value-reason = ПРИЧИНА
cli-about-trust-crl = Записать список отзыва сертификатов (CRL) локального ЦС, подписанный его выдающим ЦС, в новый файл: PEM или DER с --der.
cli-arg-trust-crl-out = Новый файл (без --force существующий файл никогда не заменяется).
cli-arg-trust-crl-der = Записать DER вместо PEM.
cli-arg-trust-crl-force = Заменить { cli-value-file }, если он существует (атомарно: новый файл переименовывается поверх него), чтобы записывать новый CRL каждые несколько дней по таймеру.
details-revocation = Отзыв
