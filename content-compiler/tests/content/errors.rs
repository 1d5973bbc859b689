//! One mistake per test, each proven to be reported at the right file and line.

use std::path::PathBuf;

use content_compiler::ContentError;

use crate::copy::{
    At::{FirstLine, LineWith},
    ContentCopy, TREATMENT_RESULT_ASKED_IF, append, copy_english_to, expect_error, remove, replace,
    write,
};

/// Each row becomes a test: `name: [edits] => file, where, words the message contains;`
macro_rules! error_cases {
    ($($name:ident: [$($edit:expr),* $(,)?] => $file:expr, $at:expr, $message:expr;)*) => {
        $(
            #[test]
            fn $name() {
                expect_error(&[$($edit),*], $file, $at, $message);
            }
        )*
    };
}

/// A question that would be asked last, with `count` options.
fn question_with_options(id: &str, count: usize) -> String {
    let options: String = (0..count)
        .map(|option| format!("\n[[question.option]]\nid = \"o{option}\"\ncode = \"o{option}\"\n"))
        .collect();
    format!("\n[[question]]\nid = \"{id}\"\ncode = \"zz\"\nchoose = \"many\"\n{options}")
}

fn questions_file(count: usize) -> String {
    (0..count)
        .map(|question| {
            format!("[[question]]\nid = \"q{question}\"\ncode = \"q\"\nchoose = \"one\"\n\n[[question.option]]\nid = \"a\"\ncode = \"a\"\n\n")
        })
        .collect()
}

fn article_file(sections: usize) -> String {
    let sections: String = (0..sections)
        .map(|section| {
            format!("[[section]]\nid = \"s{section}\"\ntitle = \"S\"\ntext = \"S.\"\n\n")
        })
        .collect();
    format!("title = \"T\"\n\n{sections}")
}

/// Makes the warning-sign answers that are not an emergency on their own (and "None of these")
/// an emergency on their own too.
const EVERY_WARNING_SIGN_AN_EMERGENCY: &str = r#"
[[triage]]
level = "emergency"
when = ["warning-signs.fever"]
source = "nhs-back-pain"

[[triage]]
level = "emergency"
when = ["warning-signs.weight-loss"]
source = "nhs-back-pain"

[[triage]]
level = "emergency"
when = ["warning-signs.night-pain"]
source = "nhs-back-pain"

[[triage]]
level = "emergency"
when = ["warning-signs.worse-over-time"]
source = "nhs-back-pain"

[[triage]]
level = "emergency"
when = ["warning-signs.none"]
source = "nhs-back-pain"
"#;

error_cases! {
    // 1. TOML syntax, misspelt keys, wrong types, missing keys and files.
    toml_syntax_error:
        [replace("questions.toml", r#"code = "p""#, "code = p")]
        => "questions.toml", LineWith("code = p"), "string values must be quoted";
    misspelt_key:
        [replace("questions.toml", "\ndoctor_said = true", "\ndoctor_says = true")]
        => "questions.toml", LineWith("doctor_says"), "unknown field `doctor_says`, expected one of";
    value_of_the_wrong_type:
        [replace("rules.toml", "when = [\"diagnoses.arthritis\"]", "when = [\"diagnoses.arthritis\"]\nbackground = \"yes\"")]
        => "rules.toml", LineWith(r#"background = "yes""#), r#"invalid type: string "yes", expected a boolean"#;
    missing_key_is_reported_at_its_table:
        [replace("questions.toml", "[[question]]\nid = \"where\"\ncode = \"p\"\n", "[[question]] # where\nid = \"where\"\n")]
        => "questions.toml", LineWith("[[question]] # where"), "missing field `code`";
    missing_table_is_reported_at_line_1:
        [write("en/ui.toml", "[translation]\nstatus = \"original\"\n\n[governance]\nwritten_by = \"Us\"\nlast_reviewed = \"2026-12-01\"\nnext_review = \"2027-06-01\"\nversion = \"2.0\"\n\n[notes]\nrecent-pain = \"Recent.\"\n")]
        => "en/ui.toml", FirstLine, "missing field `ui`";
    missing_file:
        [remove("en/article.toml")]
        => "en/article.toml", FirstLine, "this file is missing";
    missing_english_folder:
        [remove("en/ui.toml")]
        => "en/ui.toml", FirstLine, "this file is missing; the English words in content/en/ are the reference";

    // 2. Ids, codes and duplicates.
    question_id_not_lower_case:
        [replace("questions.toml", r#"id = "where""#, r#"id = "Where""#)]
        => "questions.toml", LineWith(r#"id = "Where""#), r#"question id "Where" is not allowed: use only lower-case letters (a-z), digits and "-""#;
    option_id_with_a_space:
        [replace("questions.toml", r#"id = "lower-back""#, r#"id = "lower back""#)]
        => "questions.toml", LineWith(r#"id = "lower back""#), r#"option id "lower back" is not allowed"#;
    section_id_not_lower_case:
        [replace("en/article.toml", r#"id = "benefits""#, r#"id = "Benefits""#)]
        => "en/article.toml", LineWith(r#"id = "Benefits""#), r#"section id "Benefits" is not allowed"#;
    note_id_not_lower_case:
        [replace("questions.toml", r#"note = "recent-pain""#, r#"note = "Recent""#)]
        => "questions.toml", LineWith(r#"note = "Recent""#), r#"note id "Recent" is not allowed"#;
    code_longer_than_3:
        [replace("questions.toml", r#"code = "lb""#, r#"code = "lbx1""#)]
        => "questions.toml", LineWith(r#"code = "lbx1""#), r#"option code "lbx1" is not allowed: use 1 to 3 lower-case letters (a-z) or digits"#;
    code_not_lower_case:
        [replace("questions.toml", r#"code = "dx""#, r#"code = "DX""#)]
        => "questions.toml", LineWith(r#"code = "DX""#), r#"question code "DX" is not allowed"#;
    duplicate_question_id:
        [replace("questions.toml", r#"id = "feel""#, r#"id = "where" # copy"#)]
        => "questions.toml", LineWith("# copy"), r#"question id "where" is already used on line"#;
    duplicate_question_code:
        [replace("questions.toml", r#"code = "f""#, r#"code = "p" # copy"#)]
        => "questions.toml", LineWith("# copy"), r#"question code "p" is already used on line"#;
    duplicate_option_id_in_a_question:
        [replace("questions.toml", r#"id = "burning""#, r#"id = "dull-ache" # copy"#)]
        => "questions.toml", LineWith("# copy"), r#"the options of question "feel" must each have a different one"#;
    duplicate_option_code_in_a_question:
        [replace("questions.toml", r#"code = "bu""#, r#"code = "da" # copy"#)]
        => "questions.toml", LineWith("# copy"), r#"option code "da" is already used on line"#;
    duplicate_section_id:
        [replace("en/article.toml", r#"id = "conclusion""#, r#"id = "benefits" # copy"#)]
        => "en/article.toml", LineWith("# copy"), r#"section id "benefits" is already used on line"#;

    // 3. Questions and options.
    choose_other_than_one_or_many:
        [replace("questions.toml", "code = \"d\"\nchoose = \"one\"", "code = \"d\"\nchoose = \"several\"")]
        => "questions.toml", LineWith(r#"choose = "several""#), r#"choose = "several" is not allowed: write "one""#;
    exclusive_option_in_a_choose_one_question:
        [replace("questions.toml", "id = \"over-a-year\"\ncode = \"y1\"", "id = \"over-a-year\"\ncode = \"y1\"\nexclusive = true")]
        => "questions.toml", LineWith(r#"id = "over-a-year""#), r#"option "over-a-year" of question "duration" has exclusive = true, but the question has choose = "one""#;
    urgent_is_no_longer_an_option_key:
        [replace("questions.toml", "id = \"other\"\ncode = \"ot\"", "id = \"other\"\ncode = \"ot\"\nurgent = true")]
        => "questions.toml", LineWith("urgent = true"), "unknown field `urgent`, expected one of `id`, `code`, `exclusive`, `out_of_scope`, `note`";
    more_than_32_options:
        [append("questions.toml", question_with_options("many-options", 33))]
        => "questions.toml", LineWith(r#"id = "many-options""#), r#"question "many-options" has 33 options; a question can have at most 32"#;
    question_without_options:
        [append("questions.toml", question_with_options("no-options", 0))]
        => "questions.toml", LineWith(r#"id = "no-options""#), r#"question "no-options" has no options"#;
    more_than_250_questions:
        [write("questions.toml", questions_file(251))]
        => "questions.toml", LineWith(r#"id = "q250""#), "there are 251 questions; the guide can have at most 250";
    more_than_250_sections:
        [write("en/article.toml", article_file(251))]
        => "en/article.toml", LineWith(r#"id = "s250""#), "there are 251 sections; the guide can have at most 250";

    // 4. Notes.
    note_missing_from_english:
        [replace("questions.toml", r#"note = "recent-pain""#, r#"note = "recent""#)]
        => "en/ui.toml", LineWith("[notes]"), r#"note "recent" is missing; option "under-3-months" of question "duration" in content/questions.toml shows it"#;
    note_missing_from_a_translation:
        [copy_english_to("es"), replace("es/ui.toml", "recent-pain = ", "recent-pains = ")]
        => "es/ui.toml", LineWith("[notes]"), r#"note "recent-pain" is missing"#;
    notes_table_missing:
        [replace("en/ui.toml", "[notes]\n", "")]
        => "en/ui.toml", FirstLine, r#"note "recent-pain" is missing"#;
    note_nobody_uses:
        [append("en/ui.toml", "old-note = \"Old.\"\n")]
        => "en/ui.toml", LineWith("old-note"), r#"note "old-note" is not used by any option in content/questions.toml or [[next_step]] in content/rules.toml; remove it, or name it with note = "old-note""#;

    // 5. ask_if_any, and questions that can never be asked.
    ask_if_any_unknown_question:
        [replace("questions.toml", r#""treatments.medicine","#, r#""treatment.medicine","#)]
        => "questions.toml", LineWith(r#""treatment.medicine""#), r#"ask_if_any: there is no question "treatment" (in "treatment.medicine")"#;
    ask_if_any_unknown_option:
        [replace("questions.toml", r#""treatments.medicine","#, r#""treatments.pills","#)]
        => "questions.toml", LineWith(r#""treatments.pills""#), r#"ask_if_any: question "treatments" has no option "pills" (in "treatments.pills"); its options are: medicine, "#;
    ask_if_any_without_an_option:
        [replace("questions.toml", r#""treatments.medicine","#, r#""treatments","#)]
        => "questions.toml", LineWith(r#""treatments","#), r#"ask_if_any: "treatments" is not an answer; write "question-id.option-id""#;
    ask_if_any_later_question:
        [replace("questions.toml", "code = \"p\"\nchoose = \"many\"", "code = \"p\"\nchoose = \"many\"\nask_if_any = [\"severity.mild\"]")]
        => "questions.toml", LineWith("severity.mild"), r#"ask_if_any: "severity.mild" is not an answer to an earlier question"#;
    question_asked_only_after_an_emergency_answer:
        [replace("questions.toml", TREATMENT_RESULT_ASKED_IF, r#"ask_if_any = ["warning-signs.chest-pain"]"#)]
        => "questions.toml", LineWith(r#"id = "treatment-result""#), r#"question "treatment-result" can never be asked: no answer in its ask_if_any can lead to it ("warning-signs.chest-pain" is an emergency warning sign (content/triage.toml), so the guide shows the emergency card instead)"#;
    question_asked_only_after_a_question_never_asked:
        [
            replace("questions.toml", TREATMENT_RESULT_ASKED_IF, r#"ask_if_any = ["warning-signs.chest-pain"]"#),
            append("questions.toml", "[[question]]\nid = \"after-result\"\ncode = \"ar\"\nchoose = \"one\"\nask_if_any = [\"treatment-result.helped-a-lot\"]\n"),
        ]
        => "questions.toml", LineWith(r#"id = "after-result""#), r#"question "after-result" can never be asked: no answer in its ask_if_any can lead to it (question "treatment-result" can never be asked)"#;
    question_after_one_whose_every_answer_is_an_emergency_on_its_own:
        [append("triage.toml", EVERY_WARNING_SIGN_AN_EMERGENCY)]
        => "questions.toml", LineWith(r#"id = "history""#), r#"question "history" can never be asked: every answer to the earlier question "warning-signs" is an emergency warning sign (content/triage.toml), so the guide always stops there"#;

    // 6. Rules.
    meets_names_something_that_is_not_a_condition:
        [replace("rules.toml", r#"meets = "diagnoses.failed-back-surgery""#, r#"meets = "treatments.back-surgery""#)]
        => "rules.toml", LineWith(r#"meets = "treatments.back-surgery""#), r#"meets = "treatments.back-surgery" is not a condition: it must be an answer of a question with doctor_said = true"#;
    rule_unknown_section:
        [replace("rules.toml", r#"section = "intrathecal-drug-delivery""#, r#"section = "intrathecal""#)]
        => "rules.toml", LineWith(r#"section = "intrathecal""#), r#"unknown section "intrathecal": the sections are the [[section]] ids in content/en/article.toml (introduction, "#;
    rule_with_empty_when:
        [replace("rules.toml", r#"when = ["diagnoses.arthritis"]"#, "when = []")]
        => "rules.toml", LineWith("when = []"), "when = [] is empty; list the answers";
    rule_unknown_question:
        [replace("rules.toml", r#"when = ["diagnoses.arthritis"]"#, r#"when = ["diagnosis.arthritis"]"#)]
        => "rules.toml", LineWith("diagnosis.arthritis"), r#"there is no question "diagnosis" (in "diagnosis.arthritis"); the question ids are in content/questions.toml"#;
    rule_unknown_option:
        [replace("rules.toml", r#"when = ["diagnoses.arthritis"]"#, r#"when = ["diagnoses.arthritus"]"#)]
        => "rules.toml", LineWith("diagnoses.arthritus"), r#"question "diagnoses" has no option "arthritus" (in "diagnoses.arthritus"); its options are: sciatica, "#;
    rule_on_an_answer_that_is_an_emergency_on_its_own:
        [replace("rules.toml", r#"when = ["diagnoses.arthritis"]"#, r#"when = ["warning-signs.numb-saddle"]"#)]
        => "rules.toml", LineWith("warning-signs.numb-saddle"), r#"this rule can never apply: "warning-signs.numb-saddle" is an emergency warning sign (content/triage.toml): choosing it shows the emergency card instead of any results"#;
    rule_on_two_answers_to_a_choose_one_question:
        [replace("rules.toml", r#"when = ["duration.over-a-year"]"#, r#"when = ["duration.over-a-year", "duration.3-to-12-months"]"#)]
        => "rules.toml", LineWith(r#"when = ["duration.over-a-year", "duration.3-to-12-months"]"#), r#"this rule can never apply: "duration.over-a-year" and "duration.3-to-12-months" are both answers to question "duration", which takes only one answer"#;
    rule_on_an_exclusive_answer_and_another:
        [replace("rules.toml", r#"when = ["feel.burning"]"#, r#"when = ["feel.burning", "feel.other"]"#)]
        => "rules.toml", LineWith("feel.other"), r#"this rule can never apply: "feel.other" means none of the other answers to question "feel", so it is never chosen together with "feel.burning""#;
    rule_on_a_question_never_asked:
        [replace("questions.toml", TREATMENT_RESULT_ASKED_IF, r#"ask_if_any = ["warning-signs.chest-pain"]"#)]
        => "rules.toml", LineWith(r#"when = ["treatment-result.not-helped"]"#), r#"this rule can never apply: question "treatment-result" can never be asked"#;
    evidence_not_in_the_section:
        [replace("rules.toml", "such as arthritis, nerve damage, injury, or inflammation", "such as arthritis and nerve damage")]
        => "rules.toml", LineWith("such as arthritis and nerve damage"), r#"the words "such as arthritis and nerve damage" are not in section "persistent-pain"; copy them exactly from content/en/article.toml"#;
    evidence_in_two_sentences:
        [replace("rules.toml", r#"evidence = "such as arthritis, nerve damage, injury, or inflammation""#, r#"evidence = "chronic pain""#)]
        => "rules.toml", LineWith(r#"evidence = "chronic pain""#), r#"the words "chronic pain" are in more than one sentence of section "persistent-pain" (sentences 1, 3)"#;
    evidence_empty:
        [replace("rules.toml", r#"evidence = "such as arthritis, nerve damage, injury, or inflammation""#, r#"evidence = """#)]
        => "rules.toml", LineWith(r#"evidence = """#), "evidence is empty";

    // 7. The article.
    part_of_unknown_section:
        [replace("en/article.toml", "id = \"nerve-blocks\"\npart_of = \"interventional-procedures\"", "id = \"nerve-blocks\"\npart_of = \"interventional-procedure\"")]
        => "en/article.toml", LineWith(r#"part_of = "interventional-procedure""#), r#"section "nerve-blocks" is part_of "interventional-procedure", but there is no section "interventional-procedure" above it"#;
    part_of_later_section:
        [replace("en/article.toml", "id = \"nerve-blocks\"\npart_of = \"interventional-procedures\"", "id = \"nerve-blocks\"\npart_of = \"benefits\"")]
        => "en/article.toml", LineWith(r#"part_of = "benefits""#), r#"section "nerve-blocks" is part_of "benefits", but there is no section "benefits" above it; part_of must name a section that comes earlier"#;
    part_of_a_section_that_is_part_of_another:
        [replace("en/article.toml", "id = \"epidural-steroid-injections\"\npart_of = \"interventional-procedures\"", "id = \"epidural-steroid-injections\"\npart_of = \"nerve-blocks\"")]
        => "en/article.toml", LineWith(r#"part_of = "nerve-blocks""#), r#"but section "nerve-blocks" is itself part of "interventional-procedures""#;
    article_title_empty:
        [replace("en/article.toml", "title = \"Targeted Relief: How Interventional Procedures Can Alleviate Persistent Pain\"\n\n[[section]]", "title = \"\"\n\n[[section]]")]
        => "en/article.toml", LineWith(r#"title = """#), "the article title is empty";
    section_title_empty:
        [replace("en/article.toml", r#"title = "Nerve Blocks""#, r#"title = """#)]
        => "en/article.toml", LineWith(r#"title = """#), r#"the title of section "nerve-blocks" is empty"#;
    section_without_text_or_items:
        [append("en/article.toml", "\n[[section]]\nid = \"empty-section\"\ntitle = \"Empty\"\n")]
        => "en/article.toml", LineWith(r#"id = "empty-section""#), r#"section "empty-section" has no text and no items"#;
    section_with_blank_text:
        [append("en/article.toml", "\n[[section]]\nid = \"blank\"\ntitle = \"Blank\"\ntext = \" \"\n")]
        => "en/article.toml", LineWith(r#"text = " ""#), r#"the text of section "blank" is empty"#;
    item_title_empty:
        [replace("en/article.toml", r#"title = "Minimally Invasive""#, r#"title = """#)]
        => "en/article.toml", LineWith(r#"title = """#), r#"the title of item 2 of section "benefits" is empty"#;
    item_text_with_a_space:
        [replace("en/article.toml", r#"text = "Most interventional"#, r#"text = " Most interventional"#)]
        => "en/article.toml", LineWith(r#"text = " Most"#), r#"the text of item 2 of section "benefits" " Most interventional"#;

    // 8. Translations: the same questions, options, keys, notes, placeholders and article shape.
    translation_misses_a_question:
        [copy_english_to("es"), replace("es/questions.toml", "[where]\n", "[were]\n"), replace("es/questions.toml", "[where.options]", "[were.options]")]
        => "es/questions.toml", FirstLine, r#"the words for question "where" are missing; add a [where] table"#;
    translation_has_an_unknown_question:
        [copy_english_to("es"), replace("es/questions.toml", "[where]\n", "[were]\n"), replace("es/questions.toml", "[where.options]", "[were.options]")]
        => "es/questions.toml", LineWith("[were]"), r#"there is no question "were" in content/questions.toml"#;
    translation_misses_an_option:
        [copy_english_to("es"), replace("es/questions.toml", "\none-leg = ", "\none-legs = ")]
        => "es/questions.toml", LineWith("[where.options]"), r#"question "where" has no words for option "one-leg"; add one-leg = "…" under [where.options]"#;
    translation_has_an_unknown_option:
        [copy_english_to("es"), replace("es/questions.toml", "\none-leg = ", "\none-legs = ")]
        => "es/questions.toml", LineWith("one-legs = "), r#"question "where" has no option "one-legs" in content/questions.toml"#;
    translation_question_empty:
        [copy_english_to("es"), replace("es/questions.toml", r#"question = "Where do you feel the pain?""#, r#"question = """#)]
        => "es/questions.toml", LineWith(r#"question = """#), "the question text of [where] is empty";
    translation_ui_key_missing:
        [copy_english_to("es"), replace("es/ui.toml", "back = \"Back\"\n", "")]
        => "es/ui.toml", LineWith("[ui]"), r#"ui key "back" is missing; add back = "…" under [ui]"#;
    translation_ui_key_unknown:
        [copy_english_to("es"), replace("es/ui.toml", "back = \"Back\"\n", "back = \"Atrás\"\nbakc = \"Atrás\"\n")]
        => "es/ui.toml", LineWith("bakc"), r#"ui key "bakc" is not in content/en/ui.toml"#;
    translation_placeholder_renamed:
        [copy_english_to("es"), replace("es/ui.toml", r#"progress = "Question {number}""#, r#"progress = "Pregunta {numero}""#)]
        => "es/ui.toml", LineWith("progress = "), r#"the text of ui key "progress" has {numero} but the English has {number}; keep the English {names}"#;
    translation_placeholder_left_out:
        [copy_english_to("es"), replace("es/ui.toml", r#"printed_on = "Printed on {date}""#, r#"printed_on = "Impreso""#)]
        => "es/ui.toml", LineWith("printed_on = "), r#"the text of ui key "printed_on" has no {placeholders} but the English has {date}"#;
    translation_misses_a_section:
        [copy_english_to("es"), replace("es/article.toml", r#"id = "conclusion""#, r#"id = "conclusions""#)]
        => "es/article.toml", FirstLine, r#"section "conclusion" is missing; the English article (content/en/article.toml) has it"#;
    translation_has_an_unknown_section:
        [copy_english_to("es"), replace("es/article.toml", r#"id = "conclusion""#, r#"id = "conclusions""#)]
        => "es/article.toml", LineWith(r#"id = "conclusions""#), r#"section "conclusions" is not in the English article"#;
    translation_sections_in_another_order:
        [
            copy_english_to("es"),
            replace("es/article.toml", r#"id = "nerve-blocks""#, r#"id = "swap""#),
            replace("es/article.toml", r#"id = "radiofrequency-ablation""#, r#"id = "nerve-blocks""#),
            replace("es/article.toml", r#"id = "swap""#, r#"id = "radiofrequency-ablation""#),
        ]
        => "es/article.toml", LineWith(r#"id = "radiofrequency-ablation""#), r#"section "radiofrequency-ablation" is not where the English article has it (the English has "nerve-blocks" here)"#;
    translation_part_of_differs:
        [copy_english_to("es"), replace("es/article.toml", "id = \"nerve-blocks\"\npart_of = \"interventional-procedures\"\n", "id = \"nerve-blocks\"\n")]
        => "es/article.toml", LineWith(r#"id = "nerve-blocks""#), r#"section "nerve-blocks" has no part_of but the English has part_of = "interventional-procedures""#;
    translation_has_more_sentences:
        [copy_english_to("es"), replace("es/article.toml", "or facet joint pain.", "or facet joint pain. Y más.")]
        => "es/article.toml", LineWith(r#"id = "nerve-blocks""#), r#"section "nerve-blocks" has 3 sentences but the English has 2"#;
    translation_has_more_paragraphs:
        [copy_english_to("es"), replace("es/article.toml", "to block pain signals. Nerve blocks can", "to block pain signals.\n\nNerve blocks can")]
        => "es/article.toml", LineWith(r#"id = "nerve-blocks""#), r#"section "nerve-blocks" has 2 paragraphs but the English has 1"#;
    translation_has_more_items:
        [copy_english_to("es"), replace("es/article.toml", "[[section]]\nid = \"conclusion\"", "[[section.item]]\ntitle = \"Más\"\ntext = \"Más.\"\n\n[[section]]\nid = \"conclusion\"")]
        => "es/article.toml", LineWith(r#"id = "benefits""#), r#"section "benefits" has 5 items but the English has 4"#;
    translation_article_is_checked_like_the_english:
        [copy_english_to("es"), replace("es/article.toml", r#"title = "Nerve Blocks""#, r#"title = """#)]
        => "es/article.toml", LineWith(r#"title = """#), r#"the title of section "nerve-blocks" is empty"#;

    // 9. Text: never empty (except a hint), never with spaces around it.
    ui_text_with_a_leading_space:
        [replace("en/ui.toml", r#"back = "Back""#, r#"back = " Back""#)]
        => "en/ui.toml", LineWith(r#"back = " Back""#), r#"the text of ui key "back" " Back" has a space at the start or end; remove it"#;
    ui_text_empty:
        [replace("en/ui.toml", r#"back = "Back""#, r#"back = """#)]
        => "en/ui.toml", LineWith(r#"back = """#), r#"the text of ui key "back" is empty"#;
    option_words_with_a_trailing_space:
        [replace("en/questions.toml", r#"neck = "Neck or upper back""#, r#"neck = "Neck or upper back ""#)]
        => "en/questions.toml", LineWith("neck = "), r#"the text of option "neck" in [where.options] "Neck or upper back " has a space"#;
    short_text_empty:
        [replace("en/questions.toml", r#"short = "How long""#, r#"short = """#)]
        => "en/questions.toml", LineWith(r#"short = """#), "the short text of [duration] is empty";
    hint_with_a_space:
        [replace("en/questions.toml", r#"hint = "Choose only what a doctor"#, r#"hint = " Choose only what a doctor"#)]
        => "en/questions.toml", LineWith(r#"hint = " Choose"#), "the hint of [diagnoses]";
    ui_key_that_is_not_a_name:
        [replace("en/ui.toml", r#"back = "Back""#, r#"go-back = "Back""#)]
        => "en/ui.toml", LineWith("go-back"), r#"ui key "go-back" is not allowed: use lower-case words joined by "_""#;
    ui_key_that_rust_reserves:
        [replace("en/ui.toml", r#"or = "or""#, r#"self = "or""#)]
        => "en/ui.toml", LineWith("self = "), r#"ui key "self" is not allowed"#;

    // 10. Translation status: every language says whether a clinician has checked its words.
    translation_table_missing:
        [replace("en/ui.toml", "[translation]\nstatus = \"original\"\n", "")]
        => "en/ui.toml", FirstLine, "missing field `translation`";
    translation_status_unknown:
        [replace("es/ui.toml", r#"status = "awaiting-review""#, r#"status = "draft""#)]
        => "es/ui.toml", LineWith(r#"status = "draft""#), r#"translation status "draft" is not allowed: write "awaiting-review" until a clinician has checked the words"#;
    english_that_is_not_the_original:
        [replace("en/ui.toml", r#"status = "original""#, r#"status = "awaiting-review""#)]
        => "en/ui.toml", LineWith(r#"status = "awaiting-review""#), r#"the English words are the original every translation is made from: write status = "original""#;
    translation_marked_as_the_original:
        [replace("es/ui.toml", r#"status = "awaiting-review""#, r#"status = "original""#)]
        => "es/ui.toml", LineWith(r#"status = "original""#), r#"is a translation: write status = "awaiting-review" until a clinician has checked it"#;
    translation_awaiting_review_without_a_note:
        [replace("es/ui.toml", "\nnote = \"", "\n# note = \"")]
        => "es/ui.toml", LineWith("[translation]"), "a translation awaiting review needs a note = \"…\" under [translation]";
    translation_note_empty:
        [copy_english_to("de"), replace("de/ui.toml", r#"note = "Not checked by a clinician yet.""#, r#"note = """#)]
        => "de/ui.toml", LineWith(r#"note = """#), "the translation note is empty";
    translation_note_after_review:
        [copy_english_to("de"), replace("de/ui.toml", r#"status = "awaiting-review""#, "status = \"reviewed\"\nreviewed_by = \"Dr A. Weber, 3 March 2025\"")]
        => "de/ui.toml", LineWith("note = \"Not checked by a clinician yet.\""), r#"the translation note is shown only while status = "awaiting-review"; remove it"#;
    reviewed_translation_without_reviewer:
        [copy_english_to("de"), replace("de/ui.toml", "status = \"awaiting-review\"\nnote = \"Not checked by a clinician yet.\"", r#"status = "reviewed""#)]
        => "de/ui.toml", LineWith("[translation]"), "a reviewed translation needs reviewed_by = \"…\" under [translation]: who checked it, and when";
    reviewer_of_a_translation_awaiting_review:
        [replace("es/ui.toml", r#"status = "awaiting-review""#, "status = \"awaiting-review\"\nreviewed_by = \"Dr X\"")]
        => "es/ui.toml", LineWith(r#"reviewed_by = "Dr X""#), r#"reviewed_by is only for status = "reviewed"; remove it"#;
}

#[test]
fn an_empty_hint_is_allowed() {
    let diagnoses_hint =
        "Choose only what a doctor has told you. If you are not sure, choose the last answer.";
    let content = ContentCopy::new(&[replace("en/questions.toml", diagnoses_hint, "")]);
    assert!(content.compile().is_ok());
}

#[test]
fn every_problem_is_reported_sorted_by_file_then_line() {
    let mistakes = [
        (
            "rules.toml",
            r#"section = "intrathecal-drug-delivery""#,
            r#"section = "intrathecal""#,
        ),
        ("questions.toml", r#"code = "dx""#, r#"code = "DX""#),
        ("questions.toml", r#"code = "p""#, r#"code = "P""#),
        ("en/ui.toml", r#"back = "Back""#, r#"back = " Back""#),
    ];
    let content = ContentCopy::new(&mistakes.map(|(file, from, to)| replace(file, from, to)));
    let errors = content.errors();

    let places: Vec<(PathBuf, usize)> = errors
        .iter()
        .map(|error| (error.file.clone(), error.line))
        .collect();
    assert!(places.is_sorted(), "{places:?}");
    for (file, _, mistake) in mistakes {
        let place = (content.dir.join(file), content.line_with(file, mistake));
        assert!(places.contains(&place), "{place:?} is not in {places:?}");
    }
}

#[test]
fn an_error_reads_file_colon_line_colon_message() {
    let error = ContentError {
        file: PathBuf::from("content/rules.toml"),
        line: 12,
        message: r#"unknown section "nerve-block""#.to_string(),
    };
    assert_eq!(
        error.to_string(),
        r#"content/rules.toml:12: unknown section "nerve-block""#
    );
}
