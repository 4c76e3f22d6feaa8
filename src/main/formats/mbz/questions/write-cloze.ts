import type { QuestionOf } from '../../../../shared/domain/question';
import type { ClozePart } from '../../../../shared/domain/question-cloze-part';
import { parseClozeParts } from '../../../../shared/domain/question-cloze-parts';
import type { XmlNode } from '../../moodle-xml/xml-node';
import { php } from '../../gift/php-string';
import { mbzDecimal } from './mbz-number';
import { writeAnswers, type AnswerSpec } from './write-answers';
import { plainText, type QuestionWriter } from './question-writer';

/** One embedded part, stored by Moodle as a question of its own whose `parent` is the cloze. */
export interface ClozeChild {
  questionId: number;
  qtype: 'shortanswer' | 'numerical' | 'multichoice';
  /** The part exactly as written in the cloze text, `{1:SHORTANSWER:=cinq#Oui}`. */
  questiontext: string;
  defaultmark: number;
  plugin: XmlNode;
}

const LAYOUT = { dropdown: 0, vertical: 1, horizontal: 2, inline: 0 } as const;
const html = (text: string) => ({ ...plainText(text), format: 'html' as const });

/**
 * Moodle's multi-response fractions (`qtype_multianswer_extract_question`): positive grades
 * are shared so that they sum to 1; without any `%n%` weight a wrong choice cancels one right.
 */
const multiresponseFractions = (part: ClozePart, raw: string): number[] => {
  const body = raw.slice(raw.indexOf(':', raw.indexOf(':') + 1) + 1);
  const specific = /(^|~)%/.test(body);
  const total = part.answers.reduce((sum, a) => sum + Math.max(0, a.fraction), 0);
  return part.answers.map((a) => {
    if (total === 0) return a.fraction;
    if (a.fraction > 0) return a.fraction / total;
    return specific ? a.fraction : -1 / total;
  });
};

const childPlugin = (part: ClozePart, raw: string, w: QuestionWriter): XmlNode => {
  const specs: AnswerSpec[] = part.answers.map((a) => ({
    text:
      part.kind === 'multichoice' || part.kind === 'multiresponse'
        ? html(a.text)
        : plainText(a.text),
    fraction: a.fraction,
    feedback: html(a.feedback),
  }));
  if (part.kind === 'shortanswer') {
    const { answers } = writeAnswers(specs, w);
    return { answers, shortanswer: { '@_id': w.newId(), usecase: part.caseSensitive } };
  }
  if (part.kind === 'numerical') {
    const { answers, ids } = writeAnswers(specs, w);
    return {
      answers,
      numerical_units: {},
      numerical_options: {
        numerical_option: {
          '@_id': w.newId(),
          showunits: 3,
          unitsleft: 0,
          unitgradingtype: 0,
          unitpenalty: mbzDecimal(1, 7),
        },
      },
      numerical_records: {
        numerical_record: part.answers.map((a, i) => ({
          '@_id': w.newId(),
          answer: ids[i],
          tolerance: php.float(a.tolerance),
        })),
      },
    };
  }
  const fractions =
    part.kind === 'multiresponse'
      ? multiresponseFractions(part, raw)
      : specs.map((s) => s.fraction);
  const { answers } = writeAnswers(
    specs.map((s, i) => ({ ...s, fraction: fractions[i] ?? s.fraction })),
    w,
  );
  return {
    answers,
    multichoice: {
      '@_id': w.newId(),
      layout: LAYOUT[part.display],
      single: part.kind === 'multichoice',
      shuffleanswers: part.shuffle,
      correctfeedback: '',
      correctfeedbackformat: 1,
      partiallycorrectfeedback: '',
      partiallycorrectfeedbackformat: 1,
      incorrectfeedback: '',
      incorrectfeedbackformat: 1,
      answernumbering: '0',
      shownumcorrect: 0,
      showstandardinstruction: 0,
    },
  };
};

/**
 * A cloze as Moodle stores it (`qtype_multianswer::save_question`): the text with each part
 * replaced by `{#n}`, a `multianswer` row listing the child questions in order, and one child
 * question per part holding the part's own text and answers.
 */
export const writeCloze = (
  q: QuestionOf<'multianswer'>,
  w: QuestionWriter,
): { questiontext: string; plugin: XmlNode; children: ClozeChild[] } => {
  const source = q.text.text;
  const parts = parseClozeParts(source);
  let questiontext = '';
  let at = 0;
  const children = parts.map((part, i): ClozeChild => {
    const raw = source.slice(part.start, part.end);
    questiontext += `${source.slice(at, part.start)}{#${String(i + 1)}}`;
    at = part.end;
    const questionId = w.newId();
    return {
      questionId,
      qtype: part.kind === 'multiresponse' ? 'multichoice' : part.kind,
      questiontext: raw,
      defaultmark: part.weight,
      plugin: childPlugin(part, raw, { ...w, questionId }),
    };
  });
  questiontext += source.slice(at);
  return {
    questiontext,
    plugin: {
      answers: {},
      multianswer: {
        '@_id': w.newId(),
        question: w.questionId,
        sequence: children.map((c) => c.questionId).join(','),
      },
    },
    children,
  };
};
