import type { Question, QuestionOf } from '../../../shared/domain/question';
import type { QuestionText, QuestionTextFormat } from '../../../shared/domain/question-text';
import { giftEscape } from './gift-escape';
import { giftTextFormat } from './gift-text-format';
import { php } from './php-string';

const text = (value: QuestionText, base: QuestionTextFormat): string =>
  giftTextFormat.write(value.text, value.format, base);

const general = (q: Question, indent: string): string => {
  const out = text(q.generalFeedback, q.text.format);
  if (out === '') return '';
  return indent === '' ? `####${out}` : `${indent}####${out}\n`;
};

const head = (q: Question): string =>
  `::${giftEscape.write(q.name)}::${giftTextFormat.write(q.text.text, q.text.format, 'moodle_auto')}`;

const truefalse = (q: QuestionOf<'truefalse'>): string => {
  const f = q.text.format;
  const right = text(q.correctAnswer ? q.feedbackTrue : q.feedbackFalse, f);
  const wrong = text(q.correctAnswer ? q.feedbackFalse : q.feedbackTrue, f);
  let out = `${head(q)}{${q.correctAnswer ? 'TRUE' : 'FALSE'}`;
  if (wrong !== '') out += `#${wrong}`;
  else if (right !== '') out += '#';
  if (right !== '') out += `#${right}`;
  return `${out}${general(q, '')}}\n`;
};

const multichoice = (q: QuestionOf<'multichoice'>): string => {
  const f = q.text.format;
  const lines = q.answers.map((answer) => {
    const mark =
      answer.fraction === 1 && q.single
        ? '='
        : answer.fraction === 0
          ? '~'
          : `~%${php.float(answer.fraction * 100)}%`;
    const feedback = answer.feedback.text !== '' ? `#${text(answer.feedback, f)}` : '';
    return `\t${mark}${text(answer.text, f)}${feedback}\n`;
  });
  return `${head(q)}{\n${lines.join('')}${general(q, '\t')}}\n`;
};

const shortanswer = (q: QuestionOf<'shortanswer'>): string => {
  const lines = q.answers.map(
    (a) =>
      `\t=%${php.float(a.fraction * 100)}%${giftEscape.write(a.text)}#${text(a.feedback, q.text.format)}\n`,
  );
  return `${head(q)}{\n${lines.join('')}${general(q, '\t')}}\n`;
};

const numerical = (q: QuestionOf<'numerical'>): string => {
  const lines = q.answers.map((a) => {
    const feedback = text(a.feedback, q.text.format);
    if (a.value === '*' || a.value === '') return `\t~#${feedback}\n`;
    return `\t=%${php.float(a.fraction * 100)}%${a.value}:${php.float(a.tolerance)}#${feedback}\n`;
  });
  return `${head(q)}{#\n${lines.join('')}${general(q, '\t')}}\n`;
};

const match = (q: QuestionOf<'match'>): string => {
  const lines = q.subquestions.map(
    (s) => `\t=${text(s.text, q.text.format)} -> ${giftEscape.write(s.answer)}\n`,
  );
  return `${head(q)}{\n${lines.join('')}${general(q, '\t')}}\n`;
};

/**
 * One question as Moodle 4.5's GIFT writer writes it (without its comment lines), or null for
 * the types GIFT cannot express.
 */
export const writeGiftQuestion = (q: Question): string | null => {
  switch (q.type) {
    case 'description':
      return head(q);
    case 'essay':
      return `${head(q)}{${general(q, '')}}\n`;
    case 'truefalse':
      return truefalse(q);
    case 'multichoice':
      return multichoice(q);
    case 'shortanswer':
      return shortanswer(q);
    case 'numerical':
      return numerical(q);
    case 'match':
      return match(q);
    default:
      return null;
  }
};
