import type { QuestionOf } from '../../../../shared/domain/question';
import type { XmlNode } from '../../moodle-xml/xml-node';
import { php } from '../../gift/php-string';
import { mbzDecimal } from './mbz-number';
import { writeAnswers } from './write-answers';
import { plainText, type QuestionWriter } from './question-writer';

const UNIT_GRADING = { none: 0, response: 1, question: 2 } as const;
const SHOW_UNITS = { text: 0, radio: 1, select: 2, none: 3 } as const;

/** `plugin_qtype_shortanswer_question`: answers (format 0, as Moodle stores them) and `usecase`. */
export const writeShortanswer = (q: QuestionOf<'shortanswer'>, w: QuestionWriter): XmlNode => {
  const { answers } = writeAnswers(
    q.answers.map((a) => ({ ...a, text: plainText(a.text), answerFormat: 0 })),
    w,
  );
  return { answers, shortanswer: { '@_id': w.newId(), usecase: q.caseSensitive } };
};

/**
 * `plugin_qtype_numerical_question`: answers, units, unit options, then one record per answer
 * with its tolerance (README §8), in Moodle's element order.
 */
export const writeNumerical = (q: QuestionOf<'numerical'>, w: QuestionWriter): XmlNode => {
  const { answers, ids } = writeAnswers(
    q.answers.map((a) => ({ ...a, text: plainText(a.value), answerFormat: 0 })),
    w,
  );
  return {
    answers,
    numerical_units: {
      numerical_unit: q.units.map((u) => ({
        '@_id': w.newId(),
        multiplier: php.float(u.multiplier),
        unit: u.name,
      })),
    },
    numerical_options: {
      numerical_option: {
        '@_id': w.newId(),
        showunits: SHOW_UNITS[q.showUnits],
        unitsleft: q.unitsLeft,
        unitgradingtype: UNIT_GRADING[q.unitGrading],
        unitpenalty: mbzDecimal(q.unitPenalty, 7),
      },
    },
    numerical_records: {
      numerical_record: q.answers.map((a, i) => ({
        '@_id': w.newId(),
        answer: ids[i],
        tolerance: php.float(a.tolerance),
      })),
    },
  };
};
