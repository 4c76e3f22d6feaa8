import type { XmlNode } from '../../moodle-xml/xml-node';
import type { TextIn } from './bank-text-in';
import { mbzNode } from './mbz-node';
import { readAnswers } from './read-answers';

const UNIT_GRADING = ['none', 'response', 'question'] as const;
const SHOW_UNITS = ['text', 'radio', 'select', 'none'] as const;

/** A short answer question: answers as plain strings and `usecase`. */
export const readShortanswer = (plugin: XmlNode, _questionId: number, textIn: TextIn) => ({
  type: 'shortanswer',
  caseSensitive: mbzNode.bool(mbzNode.child(plugin, 'shortanswer'), 'usecase'),
  answers: readAnswers(plugin, textIn).map((a) => ({
    text: a.text.text,
    fraction: a.fraction,
    feedback: a.feedback,
  })),
});

/** A numerical question: answers with their tolerance record, units and unit options. */
export const readNumerical = (plugin: XmlNode, _questionId: number, textIn: TextIn) => {
  const tolerance = new Map(
    mbzNode
      .list(mbzNode.child(plugin, 'numerical_records'), 'numerical_record')
      .map((r) => [mbzNode.intOrNull(r, 'answer'), Math.abs(mbzNode.num(r, 'tolerance', 0))]),
  );
  const options = mbzNode.child(mbzNode.child(plugin, 'numerical_options'), 'numerical_option');
  return {
    type: 'numerical',
    answers: readAnswers(plugin, textIn).map((a) => ({
      value: a.text.text.trim() === '' ? '*' : a.text.text.trim(),
      tolerance: tolerance.get(a.id) ?? 0,
      fraction: a.fraction,
      feedback: a.feedback,
    })),
    units: mbzNode.list(mbzNode.child(plugin, 'numerical_units'), 'numerical_unit').map((u) => ({
      name: mbzNode.str(u, 'unit'),
      multiplier: mbzNode.num(u, 'multiplier', 1),
    })),
    unitGrading: UNIT_GRADING[mbzNode.num(options, 'unitgradingtype', 0)] ?? 'none',
    unitPenalty: mbzNode.num(options, 'unitpenalty', 0.1),
    showUnits: SHOW_UNITS[mbzNode.num(options, 'showunits', 3)] ?? 'none',
    unitsLeft: mbzNode.bool(options, 'unitsleft'),
  };
};
