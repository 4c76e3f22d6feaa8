import type { Question } from '../domain/question';
import type { QuestionResponse } from './question-response';
import { scoreChoice } from './score-choice';
import { scoreCloze } from './score-cloze';
import { scoreGaps } from './score-gaps';
import { scoreOrdering } from './score-ordering';
import type { ScoreResult } from './score-result';
import { scoreTyped } from './score-typed';

/**
 * Scores one response with Moodle's arithmetic for the question's type. Essays need a person;
 * descriptions and kept types carry no mark.
 */
export const scoreResponse = (question: Question, response: QuestionResponse): ScoreResult => {
  switch (question.type) {
    case 'multichoice':
      return scoreChoice.multichoice(question, response);
    case 'truefalse':
      return scoreChoice.truefalse(question, response);
    case 'shortanswer':
      return scoreTyped.shortanswer(question, response);
    case 'numerical':
      return scoreTyped.numerical(question, response);
    case 'match':
      return scoreGaps.match(question, response);
    case 'gapselect':
    case 'ddwtos':
      return scoreGaps.gaps(question, response);
    case 'multianswer':
      return scoreCloze(question, response);
    case 'ordering':
      return scoreOrdering(question, response);
    case 'essay':
      return {
        fraction: null,
        mark: null,
        state: 'needsgrading',
        feedback: { general: question.generalFeedback },
      };
    case 'description':
    case 'kept':
      return {
        fraction: null,
        mark: null,
        state: 'finished',
        feedback: { general: question.generalFeedback },
      };
  }
};
