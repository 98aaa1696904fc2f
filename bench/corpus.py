#!/usr/bin/env python3
"""Generates a synthetic help corpus of N topics x 6 locales twice: in docwiz's
layout (content/*.md templates + locales/<lang>/topics/*.ftl) and, with the same
composed text, in hugo's layout (one Markdown page per topic and language).

Each page has a heading, paragraphs with bold, code and a link, a list and an
IMPORTANT alert. Usage: corpus.py N OUT_DIR REPO_DIR
"""
import os
import shutil
import sys

LOCALES = ["en", "ru", "zh-TW", "fr", "es", "de"]
WORDS = {
    "en": ("certificate", "The request", "Import the root first"),
    "ru": ("сертификат", "Запрос", "Сначала импортируйте корневой сертификат"),
    "zh-TW": ("憑證", "要求", "請先匯入根憑證"),
    "fr": ("certificat", "La demande", "Importez d'abord la racine"),
    "es": ("certificado", "La solicitud", "Importe primero la raíz"),
    "de": ("Zertifikat", "Die Anforderung", "Importieren Sie zuerst den Stamm"),
}

TEMPLATE = """---
id: {id}
f1: [bench.k{i:05d}]
topic: article
---
# {{{{ title }}}} {{#{id}}}

{{{{ intro }}}}

- {{{{ item-one }}}}
- {{{{ item-two }}}}
- {{{{ item-three }}}}

## {{{{ details-heading }}}} {{#details}}

{{{{ details }}}}

> [!IMPORTANT]
> {{{{ warning }}}}
"""


def messages(lang, i):
    word, subject, warning = WORDS[lang]
    return {
        "title": f"{subject} {i} ({lang})",
        "intro": f"{subject} {i} explains how the **{word}** is used with `docwiz-{i}` and [the guide](https://example.org/guide/{i}).",
        "item-one": f"**{word}** one for topic {i}",
        "item-two": f"`option-{i}` sets the second value",
        "item-three": f"see [topic {i + 1}](https://example.org/t/{i + 1}) for more",
        "details-heading": f"{word} {i}",
        "details": " ".join(f"Sentence {n} about the {word} of topic {i} with some **emphasis** and `code`." for n in range(6)),
        "warning": f"{warning} ({i}).",
    }


def composed(lang, i):
    m = messages(lang, i)
    return f"""# {m['title']} {{#t{i:05d}}}

{m['intro']}

- {m['item-one']}
- {m['item-two']}
- {m['item-three']}

## {m['details-heading']} {{#details}}

{m['details']}

> [!IMPORTANT]
> {m['warning']}
"""


def main():
    n, out, repo = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    shutil.rmtree(out, ignore_errors=True)
    dw = os.path.join(out, "docwiz")
    hg = os.path.join(out, "hugo")
    os.makedirs(os.path.join(dw, "content"))
    for lang in LOCALES:
        os.makedirs(os.path.join(dw, "locales", lang, "topics"))
        shutil.copy(os.path.join(repo, "locales", lang, "ui.ftl"), os.path.join(dw, "locales", lang, "ui.ftl"))
        os.makedirs(os.path.join(hg, "content", lang))
    for i in range(n):
        tid = f"t{i:05d}"
        with open(os.path.join(dw, "content", tid + ".md"), "w") as f:
            f.write(TEMPLATE.format(id=tid, i=i))
        for lang in LOCALES:
            with open(os.path.join(dw, "locales", lang, "topics", tid + ".ftl"), "w") as f:
                for key, value in messages(lang, i).items():
                    f.write(f"{key} = {value}\n")
            with open(os.path.join(hg, "content", lang, tid + ".md"), "w") as f:
                title = messages(lang, i)["title"]
                f.write(f'---\ntitle: "{title}"\n---\n' + composed(lang, i))
    # Hugo: six languages, one content directory each, minimal templates that
    # render the same page body; no taxonomies, feeds or sitemaps (docwiz makes none).
    langs = "\n".join(
        f'[languages.{lang}]\ncontentDir = "content/{lang}"\nweight = {w}\nlanguageName = "{lang}"\n'
        for w, lang in enumerate(LOCALES, 1)
    )
    with open(os.path.join(hg, "config.toml"), "w") as f:
        f.write(
            'baseURL = "/"\ndefaultContentLanguage = "en"\ndefaultContentLanguageInSubdir = true\n'
            'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n'
            "[markup.goldmark.parser.attribute]\ntitle = true\nblock = true\n"
            "[markup.goldmark.renderer]\nunsafe = false\n\n" + langs
        )
    layouts = os.path.join(hg, "layouts", "_default")
    os.makedirs(layouts)
    page = (
        '<!DOCTYPE html><html lang="{{ .Site.Language.Lang }}"><head><meta charset="utf-8">'
        "<title>{{ .Title }}</title>"
        '{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .RelPermalink }}">{{ end }}'
        '</head><body><nav>{{ range .AllTranslations }}<a href="{{ .RelPermalink }}">{{ .Language.Lang }}</a> {{ end }}</nav>'
        "<main>{{ .Content }}</main></body></html>\n"
    )
    with open(os.path.join(layouts, "single.html"), "w") as f:
        f.write(page)
    with open(os.path.join(layouts, "list.html"), "w") as f:
        f.write('<!DOCTYPE html><html><body><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n')


if __name__ == "__main__":
    main()
