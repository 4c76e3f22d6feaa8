import type { QuestionHint } from '../../../../shared/domain/question-hint';
import type { XmlNode } from '../../moodle-xml/xml-node';
import { mbzDecimal } from './mbz-number';
import type { MbzText, QuestionWriter } from './question-writer';

/** The fields of one `<question>` element (README §8), the type's plugin elements apart. */
export interface QuestionElementSpec {
  parent: number;
  name: string;
  questiontext: MbzText;
  generalfeedback: MbzText;
  defaultmark: number;
  penalty: number;
  qtype: string;
  stamp: string;
  time: number;
  /** `plugin_*` elements in order: the type's, then (kept questions) any other stored one. */
  plugins: [string, XmlNode][];
  hints: readonly QuestionHint[];
  tags: readonly string[];
  /** The tag id of a tag name, the same for the whole backup. */
  tagId: (name: string) => number;
}

/** Empty when Moodle has no row, as it writes them for a question without comments or fields. */
const QBANK_SHELLS: [string, XmlNode][] = [
  ['plugin_qbank_comment_question', { comments: '' }],
  ['plugin_qbank_customfields_question', { customfields: '' }],
];

/** Moodle's tag name: the raw name lower-cased (`core_tag_tag::normalize`). */
const tagName = (raw: string): string => raw.toLowerCase();

/**
 * A `<question id=…>` element as Moodle 4.x writes it: the question row, the type's plugin
 * element, the qbank comment and custom-field shells, hints (files in `question/hint`, keyed by
 * the hint id) and tags (in the category's context). Creator and modifier are user 2, as in
 * the reference backup (users are not in a users=0 backup; restore maps them to the restorer).
 */
export const writeQuestionElement = (spec: QuestionElementSpec, w: QuestionWriter): XmlNode => {
  const plugins = new Map(spec.plugins);
  for (const [name, shell] of QBANK_SHELLS) if (!plugins.has(name)) plugins.set(name, shell);
  return {
    '@_id': w.questionId,
    parent: spec.parent,
    name: spec.name,
    questiontext: spec.questiontext.text,
    questiontextformat: spec.questiontext.format,
    generalfeedback: spec.generalfeedback.text,
    generalfeedbackformat: spec.generalfeedback.format,
    defaultmark: mbzDecimal(spec.defaultmark, 7),
    penalty: mbzDecimal(spec.penalty, 7),
    qtype: spec.qtype,
    length: spec.qtype === 'description' ? 0 : 1,
    stamp: spec.stamp,
    timecreated: spec.time,
    timemodified: spec.time,
    createdby: 2,
    modifiedby: 2,
    ...Object.fromEntries(plugins),
    question_hints: {
      question_hint: spec.hints.map((h) => {
        const id = w.newId();
        const text = w.text(h.text, 'question', 'hint', id);
        return {
          '@_id': id,
          hint: text.text,
          hintformat: text.format,
          shownumcorrect: h.showNumCorrect,
          clearwrong: h.clearWrong,
          options: null,
        };
      }),
    },
    tags: {
      tag: spec.tags.map((raw) => ({
        '@_id': spec.tagId(tagName(raw)),
        '@_contextid': w.contextId,
        name: tagName(raw),
        rawname: raw,
      })),
    },
  };
};
