import { parseClozeParts } from '../../../shared/domain/question-cloze-parts';
import type { QuestionTextFormat } from '../../../shared/domain/question-text';
import { xmlNode, type XmlFile, type XmlNode } from './xml-node';

const { str, num, bool, flag, list, child, attr, has } = xmlNode;
type OnFile = (file: XmlFile) => string;

const combined = (q: XmlNode, onFile: OnFile) => ({
  correct: xmlNode.text(q, 'correctfeedback', onFile),
  partiallyCorrect: xmlNode.text(q, 'partiallycorrectfeedback', onFile),
  incorrect: xmlNode.text(q, 'incorrectfeedback', onFile),
  showNumCorrect: flag(q, 'shownumcorrect'),
});

const answers = (q: XmlNode, onFile: OnFile, format: QuestionTextFormat = 'html') =>
  list(q, 'answer').map((a) => ({
    node: a,
    text: xmlNode.textOf(a, onFile, format),
    fraction: Number(attr(a, 'fraction') || '0') / 100,
    feedback: xmlNode.text(a, 'feedback', onFile),
  }));

const nullableInt = (q: XmlNode, name: string): number | null => {
  const value = str(q, name).trim();
  return value === '' ? null : Number.parseInt(value, 10);
};

const enumOrNull = (value: string): string | null =>
  value.trim() === '' ? null : value.trim().toUpperCase();

/** Reads the fields of one Moodle XML question type; null when the type is not modelled. */
export const readXmlQuestion = (
  type: string,
  q: XmlNode,
  onFile: OnFile,
): Record<string, unknown> | null => {
  switch (type) {
    case 'multichoice':
      return {
        type,
        single: bool(q, 'single', true),
        shuffleAnswers: bool(q, 'shuffleanswers', true),
        answerNumbering: str(q, 'answernumbering') || 'abc',
        showStandardInstruction: bool(q, 'showstandardinstruction'),
        combinedFeedback: combined(q, onFile),
        answers: answers(q, onFile).map(({ text, fraction, feedback }) => ({
          text,
          fraction,
          feedback,
        })),
      };
    case 'truefalse': {
      const all = answers(q, onFile, 'moodle_auto');
      const t = all.find((a) => a.text.text.trim() === 'true');
      const f = all.find((a) => a.text.text.trim() === 'false');
      return {
        type,
        correctAnswer: (t?.fraction ?? 0) === 1,
        feedbackTrue: t?.feedback,
        feedbackFalse: f?.feedback,
      };
    }
    case 'shortanswer':
      return {
        type,
        caseSensitive: bool(q, 'usecase'),
        answers: answers(q, onFile, 'moodle_auto').map(({ text, fraction, feedback }) => ({
          text: text.text,
          fraction,
          feedback,
        })),
      };
    case 'numerical':
      return {
        type,
        answers: answers(q, onFile, 'moodle_auto').map(({ node, text, fraction, feedback }) => ({
          value: text.text.trim() === '' ? '*' : text.text.trim(),
          tolerance: Math.abs(num(node, 'tolerance', 0)),
          fraction,
          feedback,
        })),
        units: list(child(q, 'units'), 'unit').map((u) => ({
          name: str(u, 'unit_name'),
          multiplier: num(u, 'multiplier', 1),
        })),
        unitGrading:
          (['none', 'response', 'question'] as const)[num(q, 'unitgradingtype', 0)] ?? 'none',
        unitPenalty: num(q, 'unitpenalty', 0.1),
        showUnits: (['text', 'radio', 'select', 'none'] as const)[num(q, 'showunits', 3)] ?? 'none',
        unitsLeft: bool(q, 'unitsleft'),
      };
    case 'matching':
      return {
        type: 'match',
        shuffleAnswers: bool(q, 'shuffleanswers', true),
        combinedFeedback: combined(q, onFile),
        subquestions: list(q, 'subquestion').map((s) => ({
          text: xmlNode.textOf(s, onFile),
          answer: str(child(s, 'answer'), 'text'),
        })),
      };
    case 'gapselect':
    case 'ddwtos':
      return {
        type,
        shuffleAnswers: bool(q, 'shuffleanswers', true),
        combinedFeedback: combined(q, onFile),
        choices: list(q, type === 'gapselect' ? 'selectoption' : 'dragbox').map((c) => ({
          text: str(c, 'text'),
          group: num(c, 'group', 1),
          ...(type === 'ddwtos' ? { infinite: has(c, 'infinite') } : {}),
        })),
      };
    case 'cloze':
      return { type: 'multianswer', parts: parseClozeParts(str(child(q, 'questiontext'), 'text')) };
    case 'essay':
      return {
        type,
        responseFormat: str(q, 'responseformat') || 'editor',
        responseRequired: bool(q, 'responserequired', true),
        responseFieldLines: num(q, 'responsefieldlines', 15),
        minWordLimit: nullableInt(q, 'minwordlimit'),
        maxWordLimit: nullableInt(q, 'maxwordlimit'),
        attachments: num(q, 'attachments', 0),
        attachmentsRequired: num(q, 'attachmentsrequired', 0),
        maxBytes: num(q, 'maxbytes', 0),
        fileTypesList: str(q, 'filetypeslist'),
        graderInfo: xmlNode.text(q, 'graderinfo', onFile),
        responseTemplate: xmlNode.text(q, 'responsetemplate', onFile),
      };
    case 'description':
      return { type };
    case 'ordering':
      return {
        type,
        layoutType: enumOrNull(str(q, 'layouttype')),
        selectType: enumOrNull(str(q, 'selecttype')),
        selectCount: num(q, 'selectcount', 0),
        gradingType: enumOrNull(str(q, 'gradingtype')),
        showGrading: enumOrNull(str(q, 'showgrading')),
        numberingStyle: str(q, 'numberingstyle') || 'none',
        combinedFeedback: combined(q, onFile),
        items: answers(q, onFile)
          .sort((a, b) => a.fraction - b.fraction)
          .map((a) => a.text),
      };
    default:
      return null;
  }
};
