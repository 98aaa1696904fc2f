//! Markdown from templates and translations, through the binary: nesting too
//! deep for any renderer, authoring mistakes that show literally, CJK emphasis,
//! and raw HTML in the Markdown outputs.

mod common;
use common::*;

use std::path::Path;

const DEPTH: usize = 100_000;
const TEMPLATE: &str = "content/certificate-request-returned.md";

fn ftl(locale: &str) -> String {
    format!("locales/{locale}/topics/certificate-request-returned.ftl")
}

/// Replaces the whole value of message `id` (a one-line message) in `file`.
fn set_message(root: &Path, file: &str, id: &str, value: &str) -> usize {
    let path = root.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    let mut line = 0;
    let lines: Vec<String> = text
        .lines()
        .enumerate()
        .map(|(i, l)| {
            if l.starts_with(&format!("{id} = ")) {
                line = i + 1;
                format!("{id} = {value}")
            } else {
                l.to_string()
            }
        })
        .collect();
    assert!(line > 0, "{id} not in {file}");
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    line
}

/// The 1-based line of the template holding `needle`.
fn template_line(root: &Path, needle: &str) -> usize {
    std::fs::read_to_string(root.join(TEMPLATE))
        .unwrap()
        .lines()
        .position(|l| l.contains(needle))
        .unwrap()
        + 1
}

/// Runs docwiz on `root` under the hang watchdog.
fn at(root: &Path, args: &[&str]) -> std::process::Output {
    let mut command = docwiz();
    command.arg("--root").arg(root).args(args);
    watched(command)
}

fn assert_refused_at(out: &std::process::Output, expected: i32, place: &str) {
    assert_eq!(code(out), expected, "{}", stderr(out));
    let err = stderr(out);
    assert!(
        err.lines()
            .any(|l| l.starts_with(place) && l.contains("64")),
        "expected an error at {place}: {}",
        &err[..err.len().min(2000)]
    );
}

#[test]
fn deep_markdown_in_a_translation_is_refused_at_its_ftl_line_in_every_format() {
    let deep = [
        ("quotes", "> ".repeat(DEPTH) + "x"),
        ("lists", "- ".repeat(DEPTH) + "x"),
        (
            "emphasis",
            format!("{}x{}", "*".repeat(DEPTH), "*".repeat(DEPTH)),
        ),
        (
            "images",
            format!("{}x{}", "![".repeat(DEPTH), "](u)".repeat(DEPTH)),
        ),
        ("inline html", "<span>".repeat(DEPTH) + "x"),
        ("html block", "<div>".repeat(DEPTH) + "x"),
    ];
    for (kind, value) in deep {
        let root = tree();
        let line = set_message(root.path(), &ftl("zh-TW"), "intro", &value);
        let place = format!("{}:{line}:", root.path().join(ftl("zh-TW")).display());
        for format in ["term", "md", "html"] {
            let out = at(
                root.path(),
                &[
                    "--lang",
                    "zh-TW",
                    "help",
                    KEYWORD,
                    "--format",
                    format,
                    "--no-live",
                ],
            );
            assert_refused_at(&out, 2, &place);
            // The rest of the page is still shown, without the deep block.
            let page = stdout(&out);
            assert!(
                page.contains("SHA-1") || page.contains("指紋"),
                "{kind} {format}"
            );
            assert!(
                page.len() < 100_000,
                "{kind} {format}: {} bytes",
                page.len()
            );
        }
        // Other topics are untouched.
        let out = at(root.path(), &["--lang", "zh-TW", "help", "trust-import"]);
        assert_eq!(code(&out), 0, "{kind}: {}", stderr(&out));
    }
}

#[test]
fn deep_markdown_fails_export_and_lint_with_its_place() {
    let root = tree();
    let line = set_message(
        root.path(),
        &ftl("fr"),
        "intro",
        &("> ".repeat(DEPTH) + "x"),
    );
    let place = format!("{}:{line}:", root.path().join(ftl("fr")).display());
    for format in ["html", "md"] {
        let out_dir = root.path().join(format!("out-{format}"));
        let out = at(
            root.path(),
            &[
                "export",
                "--format",
                format,
                "--out",
                out_dir.to_str().unwrap(),
            ],
        );
        assert_refused_at(&out, 2, &place);
    }
    let out = at(root.path(), &["lint"]);
    assert_refused_at(&out, 1, &place);
}

#[test]
fn deep_markdown_in_a_template_is_refused_at_the_template_line() {
    let root = tree();
    edit(
        root.path(),
        TEMPLATE,
        "{{ intro }}",
        &format!("{}{{{{ intro }}}}", "> ".repeat(DEPTH)),
    );
    let line = template_line(root.path(), "{{ intro }}");
    let place = format!("{}:{line}:", root.path().join(TEMPLATE).display());
    for format in ["term", "md", "html"] {
        let out = at(
            root.path(),
            &["help", KEYWORD, "--format", format, "--no-live"],
        );
        assert_refused_at(&out, 2, &place);
    }
    let out = at(root.path(), &["lint"]);
    assert_refused_at(&out, 1, &place);
}

#[test]
fn nested_front_matter_lists_are_refused_at_their_line() {
    let root = tree();
    edit(
        root.path(),
        TEMPLATE,
        "f1: [",
        &format!("f1: [{}", "[".repeat(DEPTH)),
    );
    let place = format!("{}:4:", root.path().join(TEMPLATE).display());
    let out = at(root.path(), &["help", TOPIC]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(stderr(&out).contains(&place), "{}", stderr(&out));
    let out = at(root.path(), &["lint"]);
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains(&place), "{}", stderr(&out));
    let out = at(root.path(), &["help", "trust-import"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
}

/// `help` warns, `help --strict` fails, lint reports, all at `place`.
fn assert_authoring_mistake(root: &Path, lang: &str, place: &str, shown: &str) {
    let out = at(
        root,
        &[
            "--lang",
            lang,
            "help",
            KEYWORD,
            "--format",
            "md",
            "--no-live",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).contains(shown), "{}", stdout(&out));
    assert!(
        stderr(&out).lines().any(|l| l.starts_with(place)),
        "{}",
        stderr(&out)
    );
    let out = at(
        root,
        &["--lang", lang, "help", KEYWORD, "--strict", "--no-live"],
    );
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(stderr(&out).contains("--strict"), "{}", stderr(&out));
    let out = at(root, &["lint"]);
    assert!(
        stderr(&out).lines().any(|l| l.starts_with(place)),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_slot_no_message_fills_is_a_warning_and_fails_strict() {
    let root = tree();
    edit(root.path(), TEMPLATE, "{{ finish-cleared }}", "{{ bdy }}");
    let line = template_line(root.path(), "{{ bdy }}");
    let place = format!("{}:{line}:1:", root.path().join(TEMPLATE).display());
    assert_authoring_mistake(root.path(), "en", &place, "bdy");
}

#[test]
fn an_alert_type_gfm_lacks_is_a_warning_and_fails_strict() {
    let root = tree();
    edit(root.path(), TEMPLATE, "> [!IMPORTANT]", "> [!DANGER]");
    let line = template_line(root.path(), "[!DANGER]");
    let place = format!("{}:{line}:", root.path().join(TEMPLATE).display());
    assert_authoring_mistake(root.path(), "de", &place, "[!DANGER]");
}

#[test]
fn an_unclosed_strong_in_a_translation_is_a_warning_at_its_ftl_line() {
    let root = tree();
    let line = set_message(
        root.path(),
        &ftl("fr"),
        "finish-cleared",
        "Si vous décochez la case, la demande est **quand même terminée.",
    );
    let place = format!("{}:{line}:", root.path().join(ftl("fr")).display());
    assert_authoring_mistake(root.path(), "fr", &place, "**quand");
}

/// The zh-TW sentence and more bold and italic next to CJK punctuation.
const CJK: &[(&str, &str, &str)] = &[
    (
        "zh-TW",
        "checkbox-default",
        "核取方塊**「{ -checkbox-assign }」**預設為已選取。",
    ),
    (
        "zh-TW",
        "finish",
        "按一下**（{ -button-finish }）**，結束要求。",
    ),
    (
        "zh-TW",
        "finish-cleared",
        "請注意**『未指派』**、**完成！**然後*「再試」*。",
    ),
    ("zh-TW", "thumbprint", "指紋**ＳＨＡ－１**是唯一的**？**嗎"),
];

fn cjk_tree() -> tempfile::TempDir {
    let root = tree();
    for (locale, id, value) in CJK {
        set_message(root.path(), &ftl(locale), id, value);
    }
    root
}

#[test]
fn bold_next_to_chinese_punctuation_renders_in_every_format() {
    let root = cjk_tree();
    let help = |format: &str| {
        let out = at(
            root.path(),
            &[
                "--lang",
                "zh-TW",
                "help",
                KEYWORD,
                "--format",
                format,
                "--no-live",
            ],
        );
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        assert!(!stderr(&out).contains("**"), "{}", stderr(&out));
        stdout(&out)
    };
    let term = help("term");
    assert!(!term.contains("**") && !term.contains('*'), "{term}");
    assert!(term.contains("核取方塊「將此憑證指派給"), "{term}");
    let html = help("html");
    for strong in [
        "核取方塊<strong>「將此憑證指派給",
        "<strong>（完成）</strong>",
        "<strong>『未指派』</strong>",
        "<strong>完成！</strong>",
        "<em>「再試」</em>",
        "<strong>ＳＨＡ－１</strong>",
        "<strong>？</strong>",
    ] {
        assert!(html.contains(strong), "{strong}: {html}");
    }
    let md = help("md");
    assert!(md.contains("核取方塊<strong>「將此憑證指派給"), "{md}");
    assert!(md.contains("<strong>（完成）</strong>"), "{md}");
    assert!(md.contains("<em>「再試」</em>"), "{md}");
    let out_dir = root.path().join("out");
    let out = at(
        root.path(),
        &[
            "export",
            "--format",
            "md",
            "--out",
            out_dir.to_str().unwrap(),
            "--lang",
            "zh-TW",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let docfx =
        std::fs::read_to_string(out_dir.join("zh-TW/certificate-request-returned.md")).unwrap();
    assert!(
        docfx.contains("核取方塊<strong>「將此憑證指派給"),
        "{docfx}"
    );
    // Lint sees these as closed.
    let out = at(root.path(), &["lint"]);
    assert!(!stderr(&out).contains("**"), "{}", stderr(&out));
}

#[test]
fn japanese_and_korean_emphasis_next_to_punctuation_renders() {
    let root = tree();
    set_message(
        root.path(),
        &ftl("zh-TW"),
        "finish-cleared",
        "これは**「重要」**です。**이 별표는 (괄호)**이 문장",
    );
    let out = at(
        root.path(),
        &[
            "--lang",
            "zh-TW",
            "help",
            KEYWORD,
            "--format",
            "html",
            "--no-live",
        ],
    );
    let html = stdout(&out);
    assert!(
        html.contains("これは<strong>「重要」</strong>です"),
        "{html}"
    );
    assert!(
        html.contains("<strong>이 별표는 (괄호)</strong>이"),
        "{html}"
    );
}

#[test]
fn english_emphasis_is_unchanged_in_markdown_output() {
    let out = at(&repo(), &["help", KEYWORD, "--format", "md", "--no-live"]);
    let md = stdout(&out);
    assert!(md.contains("**Finish**"), "{md}");
    assert!(!md.contains("<strong>"), "{md}");
}

const HOSTILE: &str = "Read <span onclick=\"steal()\">this</span>, [the docs](javascript:alert(1)), \
<javascript:alert(2)>, ![x](data:image/png;base64,AAAA), [v](VBScript:msgbox(1)), \
<img src=x onerror=alert(3)>, <b>bold</b>, **strong** and [ok](https://example.org/a).";

const HOSTILE_BLOCK: &str = "<div onmouseover=\"x()\">Hi<script>alert(4)</script></div>";

/// Raw tags (`<` then a letter, up to `>`) in `md`.
fn raw_tags(md: &str) -> Vec<&str> {
    let mut tags = Vec::new();
    let mut rest = md;
    while let Some(open) = rest.find('<') {
        rest = &rest[open..];
        let end = rest.find('>').map_or(rest.len(), |e| e + 1);
        if rest[1..].starts_with(|c: char| c.is_ascii_alphabetic()) {
            tags.push(&rest[..end]);
        }
        rest = &rest[end.max(1)..];
    }
    tags
}

fn assert_neutralized(md: &str) {
    for tag in raw_tags(md) {
        assert!(
            !tag.to_ascii_lowercase().contains(" on") && !tag.contains("script"),
            "{tag} in {md}"
        );
    }
    for bad in [
        "<script",
        "](javascript:",
        "<javascript:",
        "](data:",
        "](VBScript:",
        "<img",
    ] {
        assert!(!md.contains(bad), "{bad} in {md}");
    }
    for good in [
        "<b>bold</b>",
        "**strong**",
        "[ok](https://example.org/a)",
        "<div>Hi</div>",
        "the docs",
    ] {
        assert!(md.contains(good), "{good} missing in {md}");
    }
}

#[test]
fn markdown_and_docfx_outputs_neutralize_scripts_handlers_and_script_links() {
    let root = tree();
    let line = set_message(root.path(), &ftl("es"), "thumbprint", HOSTILE);
    let block = set_message(root.path(), &ftl("es"), "finish-cleared", HOSTILE_BLOCK);
    let out = at(
        root.path(),
        &[
            "--lang",
            "es",
            "help",
            KEYWORD,
            "--format",
            "md",
            "--no-live",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_neutralized(&stdout(&out));
    let out_dir = root.path().join("out");
    let out = at(
        root.path(),
        &[
            "export",
            "--format",
            "md",
            "--out",
            out_dir.to_str().unwrap(),
            "--lang",
            "es",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_neutralized(
        &std::fs::read_to_string(out_dir.join("es/certificate-request-returned.md")).unwrap(),
    );
    // Lint warns about raw HTML at the translation's line.
    let out = at(root.path(), &["lint"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let file = root.path().join(ftl("es")).display().to_string();
    for line in [line, block] {
        let place = format!("{file}:{line}:");
        assert!(
            stderr(&out)
                .lines()
                .any(|l| l.starts_with(&place) && l.contains("warning") && l.contains("HTML")),
            "{place}: {}",
            stderr(&out)
        );
    }
}

/// A shipped zh-TW string: `**{ details-sha1 }**與**{ details-sha256 }**：`, whose
/// terms end in `)`. Standard CommonMark pairs its delimiters crosswise and bolds
/// "指紋 (SHA-1)**與**指紋 (SHA-256)" around a bold 與.
#[test]
fn shipped_zh_tw_thumbprint_fields_bold_each_name() {
    let expected = "<strong>指紋 (SHA-1)</strong>與<strong>指紋 (SHA-256)</strong>：";
    for format in ["html", "md"] {
        let out = at(
            &repo(),
            &[
                "--lang",
                "zh-TW",
                "help",
                "certificate-details",
                "--format",
                format,
            ],
        );
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        assert!(
            stdout(&out).contains(expected),
            "{format}: {}",
            stdout(&out)
        );
    }
}

// ---- markdown fixes ----

fn append(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    let mut all = std::fs::read_to_string(&path).unwrap();
    all.push_str(text);
    std::fs::write(&path, all).unwrap();
}

fn lines_at<'a>(err: &'a str, place: &str) -> Vec<&'a str> {
    err.lines().filter(|l| l.starts_with(place)).collect()
}

#[test]
fn container_markers_without_spaces_at_depth_10_5_are_refused() {
    // `>>>…` (no spaces) made each of the 10^5 nested quotes look at the rest
    // of its line: minutes. Also quotes and list items mixed without spaces.
    for prefix in [
        ">".repeat(DEPTH),
        ">- ".repeat(DEPTH / 3),
        ">1. ".repeat(DEPTH / 4),
    ] {
        let root = tree();
        append(
            root.path(),
            "content/trust-import.md",
            &format!("\n{prefix} x\n"),
        );
        let lines = std::fs::read_to_string(root.path().join("content/trust-import.md"))
            .unwrap()
            .lines()
            .count();
        let place = format!(
            "{}:{lines}:",
            root.path().join("content/trust-import.md").display()
        );
        for format in ["term", "md", "html"] {
            let out = at(
                root.path(),
                &["help", "trust-import", "--format", format, "--no-live"],
            );
            assert_eq!(code(&out), 2, "{}", stderr(&out));
            assert!(
                !lines_at(&stderr(&out), &place).is_empty(),
                "{}",
                stderr(&out)
            );
        }
        let out = at(root.path(), &["lint"]);
        assert_eq!(code(&out), 1, "{}", stderr(&out));
        assert!(
            !lines_at(&stderr(&out), &place).is_empty(),
            "{}",
            stderr(&out)
        );
        let out = at(root.path(), &["topics"]);
        assert_eq!(code(&out), 2, "{}", stderr(&out));
    }
    // The same in a message, where the slot starts the line.
    let root = tree();
    let file = "locales/fr/topics/trust-import.ftl";
    let line = set_message(root.path(), file, "intro", &">".repeat(DEPTH));
    let place = format!("{}:{line}:", root.path().join(file).display());
    let out = at(
        root.path(),
        &["--lang", "fr", "help", "trust-import", "--no-live"],
    );
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(
        !lines_at(&stderr(&out), &place).is_empty(),
        "{}",
        stderr(&out)
    );
    let out = at(root.path(), &["lint"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(
        !lines_at(&stderr(&out), &place).is_empty(),
        "{}",
        stderr(&out)
    );
}

#[test]
fn findings_are_located_where_the_text_is_written() {
    let root = tree();
    // A `**` after a term: the column is the `**` of the .ftl line, not of the
    // formatted text (the term's text is longer than its reference).
    let file = "locales/fr/topics/trust-import.ftl";
    let value = "{ -store-root } **contient les certificats racines.";
    let line = set_message(root.path(), file, "root-store", value);
    let col = "root-store = ".len() + value.find("**").unwrap() + 1;
    let strong = format!("{}:{line}:{col}:", root.path().join(file).display());
    // Raw HTML in a term: at the term's definition in ui.ftl, not in the
    // messages that use it.
    let ui = "locales/fr/ui.ftl";
    let term_line = set_message(
        root.path(),
        ui,
        "-button-finish",
        "<img src=x onerror=alert(1)>Terminer",
    );
    let html = format!(
        "{}:{term_line}:{}:",
        root.path().join(ui).display(),
        "-button-finish = ".len() + 1
    );
    // Template text after a filled slot: the template's column.
    edit(root.path(), TEMPLATE, "{{ finish }}", "{{ finish }} **open");
    let tline = template_line(root.path(), "{{ finish }} **open");
    let template = format!(
        "{}:{tline}:{}:",
        root.path().join(TEMPLATE).display(),
        "{{ finish }} ".len() + 1
    );
    let out = at(root.path(), &["lint"]);
    let err = stderr(&out);
    for place in [&strong, &html, &template] {
        assert_eq!(lines_at(&err, place).len(), 1, "{place}\n{err}");
    }
    // Nothing past the end of a line, and nothing in the messages using the term.
    assert!(
        !err.contains("certificate-request-returned.ftl:7:"),
        "{err}"
    );
    let out = at(root.path(), &["--json", "lint"]);
    let findings: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let at = |file: &str, line: usize| {
        findings
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["file"].as_str().unwrap().ends_with(file) && f["line"] == line)
            .map(|f| f["col"].as_u64().unwrap() as usize)
    };
    assert_eq!(at("fr/topics/trust-import.ftl", line), Some(col));
    assert_eq!(at("fr/ui.ftl", term_line), Some(18));
}

#[test]
fn alert_markers_shown_as_text_are_warnings_and_fail_strict() {
    let root = tree();
    let rel = "content/trust-import.md";
    let first = std::fs::read_to_string(root.path().join(rel))
        .unwrap()
        .lines()
        .count()
        + 2;
    append(
        root.path(),
        rel,
        "\n> [!DANGER] {{ intro }}\n\n>[!danger]\n> x\n\n> [!NOTE] text on the marker's line\n\n> [!Tip]\n> valid: names are case-insensitive\n",
    );
    let file = root.path().join(rel).display().to_string();
    let out = at(root.path(), &["lint"]);
    let err = stderr(&out);
    for (line, col) in [(first, 3), (first + 2, 2), (first + 5, 3)] {
        assert_eq!(
            lines_at(&err, &format!("{file}:{line}:{col}:")).len(),
            1,
            "{line}\n{err}"
        );
    }
    assert!(
        lines_at(&err, &format!("{file}:{}:", first + 7)).is_empty(),
        "{err}"
    );
    let out = at(root.path(), &["help", "trust-import", "--no-live"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let out = at(
        root.path(),
        &["help", "trust-import", "--strict", "--no-live"],
    );
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(stderr(&out).contains("--strict: 3 "), "{}", stderr(&out));
}

#[test]
fn raw_html_in_the_title_and_description_is_a_lint_warning() {
    let root = tree();
    let file = "locales/fr/topics/trust-import.ftl";
    let line = set_message(
        root.path(),
        file,
        "description",
        "<script>alert(1)</script> <img src=x onerror=alert(2)> Les deux magasins.",
    );
    let de = "locales/de/topics/trust-import.ftl";
    let title = set_message(
        root.path(),
        de,
        "title",
        "Einer <b>Zertifizierungsstelle</b> vertrauen",
    );
    let out = at(root.path(), &["lint"]);
    let err = stderr(&out);
    let description = format!("{}:{line}:15:", root.path().join(file).display());
    let title = format!("{}:{title}:15:", root.path().join(de).display());
    assert_eq!(lines_at(&err, &description).len(), 1, "{err}");
    assert_eq!(lines_at(&err, &title).len(), 1, "{err}");
}

#[test]
fn a_slot_in_a_code_span_shows_without_backslashes() {
    let root = tree();
    edit(
        root.path(),
        TEMPLATE,
        "{{ finish }}",
        "{{ finish }}\n\nSee `{{ code-slot }}` here, ``a ` {{ code-filled }}``, and {{ plain-slot }}.",
    );
    append(root.path(), &ftl("en"), "code-filled = a *b* <i>c</i>\n");
    let args = |format| ["help", KEYWORD, "--format", format, "--no-live"];
    let md = stdout(&at(root.path(), &args("md")));
    assert!(
        md.contains("See `{{ code-slot }}` here, ``a ` a *b* <i>c</i>``"),
        "{md}"
    );
    // Outside a code span the braces stay escaped, so Markdown shows them.
    assert!(md.contains("\\{\\{ plain-slot \\}\\}"), "{md}");
    let html = stdout(&at(root.path(), &args("html")));
    assert!(html.contains("<code>{{ code-slot }}</code>"), "{html}");
    // A filled slot's text shows literally as code.
    assert!(
        html.contains("<code>a ` a *b* &lt;i&gt;c&lt;/i&gt;</code>"),
        "{html}"
    );
    assert!(html.contains("and {{ plain-slot }}."), "{html}");
    let term = stdout(&at(root.path(), &args("term")));
    assert!(
        term.contains("{{ code-slot }}") && !term.contains('\\'),
        "{term}"
    );
}

#[test]
fn strict_counts_only_the_labels_a_format_shows() {
    // The page has an IMPORTANT alert: HTML and the terminal title it with
    // alert-important, Markdown keeps `> [!IMPORTANT]`.
    let root = tree();
    let ui = root.path().join("locales/fr/ui.ftl");
    let text = std::fs::read_to_string(&ui).unwrap();
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with("alert-important ="))
        .collect();
    std::fs::write(&ui, kept.join("\n") + "\n").unwrap();
    for (format, expected) in [("md", 0), ("html", 1), ("term", 1)] {
        let out = at(
            root.path(),
            &[
                "--lang",
                "fr",
                "help",
                KEYWORD,
                "--format",
                format,
                "--strict",
                "--no-live",
            ],
        );
        assert_eq!(code(&out), expected, "{format}: {}", stderr(&out));
    }
    let md = stdout(&at(
        root.path(),
        &[
            "--lang",
            "fr",
            "help",
            KEYWORD,
            "--format",
            "md",
            "--no-live",
        ],
    ));
    assert_eq!(front(&md, "fallback"), None, "{md}");
}

#[test]
fn strict_keeps_exit_2_for_broken_slots_and_counts_every_mistake() {
    let root = tree();
    edit(
        root.path(),
        TEMPLATE,
        "{{ finish }}",
        "A {{ }} B\n\n{{ two words }}\n\n{{ -store-root }}\n\n{{ live: nope }}\n\n{{ bdy }}",
    );
    let out = at(root.path(), &["help", KEYWORD, "--no-live"]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    let out = at(root.path(), &["help", KEYWORD, "--strict", "--no-live"]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("--strict: 5 authoring mistakes"),
        "{}",
        stderr(&out)
    );
    // Bad input also wins over a refused fallback.
    let ftl_fr = root.path().join(ftl("fr"));
    let kept: String = std::fs::read_to_string(&ftl_fr)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with("intro ="))
        .map(|l| format!("{l}\n"))
        .collect();
    // A syntax error: broken input that is no authoring mistake.
    std::fs::write(&ftl_fr, kept + "oops = {\n").unwrap();
    edit(root.path(), TEMPLATE, "A {{ }} B", "A B");
    edit(root.path(), TEMPLATE, "{{ two words }}", "");
    edit(root.path(), TEMPLATE, "{{ -store-root }}", "");
    edit(root.path(), TEMPLATE, "{{ bdy }}", "");
    edit(root.path(), TEMPLATE, "{{ live: nope }}", "");
    let out = at(
        root.path(),
        &["--lang", "fr", "help", KEYWORD, "--strict", "--no-live"],
    );
    assert_eq!(code(&out), 2, "{}", stderr(&out));
}
