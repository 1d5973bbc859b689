// The guide's words, read from content/ (the one source a clinic editor changes) with a TOML
// parser, so that the browser tests follow every edit there. Nothing here names a question, an
// option or a section: they are all looked up by the ids that content/questions.toml,
// content/rules.toml and content/<lang>/article.toml define.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'smol-toml';

// RELIEF_GUIDE_CONTENT: the edited copy of content/ that `cargo xtask test` builds to prove an
// editor's change breaks no test (xtask/src/content_check.rs).
const CONTENT = process.env.RELIEF_GUIDE_CONTENT || join(__dirname, '..', '..', '..', 'content');

function read(...path: string[]): Record<string, unknown> {
  return parse(readFileSync(join(CONTENT, ...path), 'utf8')) as Record<string, unknown>;
}

function memo<K, V>(load: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, load(key));
    return cache.get(key)!;
  };
}

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`content/ has no ${what}`);
  return value;
}

// --- Languages ---------------------------------------------------------------------------------

/** A language folder of content/ ("en", "es", …). */
export type Lang = string;

/** Every language of content/: English (the original) first, then the others by name. */
export const LANGS: readonly Lang[] = readdirSync(CONTENT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(CONTENT, entry.name, 'ui.toml')))
  .map((entry) => entry.name)
  .sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));

// --- Structure: content/questions.toml and content/rules.toml ---------------------------------

/** "question-id.option-id", as questions.toml and rules.toml write an answer. */
export type AnswerId = string;

export interface Option {
  id: string;
  code: string;
  exclusive?: boolean;
  out_of_scope?: boolean;
  note?: string;
}

export interface Question {
  id: string;
  code: string;
  choose: 'one' | 'many';
  ask_if_any?: AnswerId[];
  doctor_said?: boolean;
  option: Option[];
}

export interface Rule {
  section: string;
  when: AnswerId[];
  any?: AnswerId[];
  evidence: string;
  background?: boolean;
}

/** content/clinic.toml: the clinic's name, numbers and address. */
export const clinic = memo(() => read('clinic.toml') as Record<string, string>);

/** Fills the clinic's name, numbers and address into `template`, as the guide does. */
export function withClinic(template: string): string {
  const c = clinic(undefined);
  return fill(template, {
    emergency_number: c.emergency_number,
    urgent_line: c.urgent_line,
    urgent_line_name: c.urgent_line_name,
    clinic_name: c.name,
    phone: c.phone,
    website: c.website,
  });
}

/** content/sources.toml: the published sources the footer lists and links to. */
export interface Source {
  id: string;
  title: string;
  publisher: string;
  url: string;
}

const sourceList = memo(() => read('sources.toml').source as Source[]);

/** Every published source, as content/sources.toml lists them. */
export function sources(): readonly Source[] {
  return sourceList(undefined);
}

const structure = memo(() => read('questions.toml').question as Question[]);
const ruleList = memo(() => read('rules.toml').rule as Rule[]);

/** Every question, in the order the guide asks them. */
export function questions(): readonly Question[] {
  return structure(undefined);
}

/** Question ids in the order the guide asks them. */
export function questionIds(): string[] {
  return questions().map((q) => q.id);
}

export function question(questionId: string): Question {
  return need(
    questions().find((q) => q.id === questionId),
    `question "${questionId}" in questions.toml`,
  );
}

/** Splits "question-id.option-id" at its first dot. */
export function splitAnswer(answer: AnswerId): [questionId: string, optionId: string] {
  const dot = answer.indexOf('.');
  if (dot < 0) throw new Error(`"${answer}" is not "question-id.option-id"`);
  return [answer.slice(0, dot), answer.slice(dot + 1)];
}

export function optionOf(answer: AnswerId): Option {
  const [questionId, optionId] = splitAnswer(answer);
  return need(
    question(questionId).option.find((o) => o.id === optionId),
    `option "${answer}" in questions.toml`,
  );
}

/** The answer ids of a question's options, in the order it shows them. */
export function answerIds(questionId: string): AnswerId[] {
  return question(questionId).option.map((o) => `${questionId}.${o.id}`);
}

/** Whether an answer is something a doctor told the patient (its question's `doctor_said`). */
export function isDoctorSaid(answer: AnswerId): boolean {
  return question(splitAnswer(answer)[0]).doctor_said === true;
}

/**
 * The questions the guide asks, in order, once `answers` are given: a question with
 * `ask_if_any` only when one of those answers is among them.
 */
export function askedQuestionIds(answers: readonly AnswerId[]): string[] {
  return questions()
    .filter((q) => !q.ask_if_any || q.ask_if_any.some((a) => answers.includes(a)))
    .map((q) => q.id);
}

/** Every rule of rules.toml, in order. */
export function rules(): readonly Rule[] {
  return ruleList(undefined);
}

/** The rule that shows `section` for exactly these answers: its `when`, and those of its `any`. */
export function ruleFor(section: string, answers: readonly AnswerId[]): Rule {
  const same = (rule: Rule) =>
    rule.when.every((a) => answers.includes(a)) &&
    answers.every((a) => rule.when.includes(a) || (rule.any ?? []).includes(a));
  return need(
    rules().find((r) => r.section === section && same(r)),
    `rule for section "${section}" when [${answers.join(', ')}] in rules.toml`,
  );
}

/** The evidence words of the rules for `section`, each once. */
export function evidence(section: string): string[] {
  return [...new Set(rules().filter((r) => r.section === section).map((r) => r.evidence))];
}

// --- Words: content/<lang>/{ui,questions,article}.toml ----------------------------------------

export interface QuestionText {
  question: string;
  short: string;
  hint: string;
  options: Record<string, string>;
}

export interface Section {
  id: string;
  title: string;
  text: string;
  item: { title: string; text: string }[];
  part_of?: string;
}

interface Words {
  ui: Record<string, string>;
  notes: Record<string, string>;
  translation: Record<string, string>;
  governance: Record<string, string>;
  questions: Record<string, QuestionText>;
  sections: Section[];
}

const words = memo((lang: Lang): Words => {
  const ui = read(lang, 'ui.toml');
  const article = read(lang, 'article.toml');
  return {
    ui: ui.ui as Record<string, string>,
    notes: (ui.notes ?? {}) as Record<string, string>,
    translation: ui.translation as Record<string, string>,
    governance: ui.governance as Record<string, string>,
    questions: read(lang, 'questions.toml') as unknown as Record<string, QuestionText>,
    sections: (article.section as Section[]).map((s) => ({ ...s, text: s.text ?? '', item: s.item ?? [] })),
  };
});

/** The [ui] table of content/<lang>/ui.toml: `ui(lang).start_button`. Unknown keys throw. */
export function ui(lang: Lang = 'en'): Record<string, string> {
  const table = words(lang).ui;
  return new Proxy(table, {
    get: (target, key) => need(typeof key === 'string' ? target[key] : undefined, `${String(key)} in ${lang}/ui.toml`),
  });
}

/** A note of content/<lang>/ui.toml [notes], by the id an option's `note` gives. */
export function note(lang: Lang, noteId: string): string {
  return need(words(lang).notes[noteId], `note "${noteId}" in ${lang}/ui.toml`);
}

/** The [translation] table: `status`, and the `note` every page shows while awaiting review. */
export function translation(lang: Lang): Record<string, string> {
  return words(lang).translation;
}

/** `[governance]` of content/<lang>/ui.toml: who wrote and checked the words, and when. */
export function governance(lang: Lang): Record<string, string> {
  return words(lang).governance;
}

function questionWords(lang: Lang, questionId: string): QuestionText {
  return need(words(lang).questions[questionId], `[${questionId}] in ${lang}/questions.toml`);
}

/** The question as its page's <h1> shows it. */
export function questionText(lang: Lang, questionId: string): string {
  return questionWords(lang, questionId).question;
}

/** The question's few words on "Check your answers". */
export function shortName(lang: Lang, questionId: string): string {
  return questionWords(lang, questionId).short;
}

export function hint(lang: Lang, questionId: string): string {
  return questionWords(lang, questionId).hint;
}

/** The label of an answer option: optionLabel('en', 'where.leg'). */
export function optionLabel(lang: Lang, answer: AnswerId): string {
  const [questionId, optionId] = splitAnswer(answer);
  return need(questionWords(lang, questionId).options[optionId], `option ${answer} in ${lang}/questions.toml`);
}

/** Every section of the article, in order. */
export function sections(lang: Lang): readonly Section[] {
  return words(lang).sections;
}

export function section(lang: Lang, sectionId: string): Section {
  return need(
    sections(lang).find((s) => s.id === sectionId),
    `section "${sectionId}" in ${lang}/article.toml`,
  );
}

export function sectionTitles(lang: Lang): string[] {
  return sections(lang).map((s) => s.title);
}

// --- Text as the app shows it -------------------------------------------------------------------

/**
 * Fills `{name}` placeholders from `values`, as the app does (src/content fill): an unknown
 * name, or a brace that is never closed, is kept as written.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{([^{}]*)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** The document title of a page whose heading (or progress and question) is `page`. */
export function pageTitle(lang: Lang, page: string): string {
  return fill(ui(lang).page_title, { page });
}

/** "Question 3". */
export function progress(lang: Lang, number: number): string {
  return fill(ui(lang).progress, { number });
}

/**
 * The title of question `questionId` once `answers` are given (they decide which questions
 * come before it), with the error prefix when Continue was pressed with nothing chosen.
 */
export function questionTitle(lang: Lang, questionId: string, answers: readonly AnswerId[] = [], error = false): string {
  const asked = askedQuestionIds(answers);
  const index = asked.indexOf(questionId);
  if (index < 0) throw new Error(`"${questionId}" is not asked after [${answers.join(', ')}]`);
  const heading = `${progress(lang, index + 1)} – ${questionText(lang, questionId)}`;
  return pageTitle(lang, error ? `${ui(lang).error_prefix} ${heading}` : heading);
}

/** Quotes and brackets that may close a sentence after its full stop. */
const CLOSERS = ['”', '"', '’', "'", ')'];

/** The sentences of a section's text, as the app cuts them (content-compiler/src/text.rs). */
export function sentences(text: string): string[] {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .join(' '),
    )
    .filter(Boolean);
  const found: string[] = [];
  for (const paragraph of paragraphs) {
    const chars = [...paragraph];
    let current = '';
    for (let i = 0; i < chars.length; i++) {
      current += chars[i];
      if (!'.?!'.includes(chars[i])) continue;
      if (i + 1 < chars.length && CLOSERS.includes(chars[i + 1])) current += chars[++i];
      const next = chars[i + 1];
      if (next === undefined || /\s/.test(next)) {
        found.push(current.trim());
        current = '';
      }
    }
    if (current.trim()) found.push(current.trim());
  }
  return found;
}

/**
 * The sentence a rule quotes in `lang`: the one at the place where the English section's
 * sentence holding the rule's evidence words is (translations keep the sentences in order).
 */
export function quotedSentence(lang: Lang, rule: Rule): string {
  const english = sentences(section('en', rule.section).text);
  const index = english.findIndex((s) => s.includes(rule.evidence));
  if (index < 0) throw new Error(`no sentence of "${rule.section}" holds "${rule.evidence}"`);
  return need(sentences(section(lang, rule.section).text)[index], `sentence ${index} of ${lang} "${rule.section}"`);
}

/** "You told us a doctor said you have: …." or "You told us: …; …." for these answers. */
export function reasonText(lang: Lang, answers: readonly AnswerId[]): string {
  const template = answers.some(isDoctorSaid) ? ui(lang).reason_doctor : ui(lang).reason_answer;
  return fill(template, { answer: answers.map((a) => optionLabel(lang, a)).join('; ') });
}
