import type { QuestionOf } from '../../../../shared/domain/question';
import type { XmlNode } from '../../moodle-xml/xml-node';
import { ddwtosFeedback } from './ddwtos-feedback';
import { writeAnswers } from './write-answers';
import { writeCombinedFeedback } from './write-combined-feedback';
import { plainText, type QuestionWriter } from './question-writer';

const html = (text: string) => ({ ...plainText(text), format: 'html' as const });

/** `plugin_qtype_match_question`: options, then one row per subquestion (empty text: distractor). */
export const writeMatch = (q: QuestionOf<'match'>, w: QuestionWriter): XmlNode => ({
  matchoptions: {
    '@_id': w.newId(),
    shuffleanswers: q.shuffleAnswers,
    ...writeCombinedFeedback(q.combinedFeedback, w),
    shownumcorrect: q.combinedFeedback.showNumCorrect,
  },
  matches: {
    match: q.subquestions.map((s) => {
      const id = w.newId();
      const text = w.text(s.text, 'qtype_match', 'subquestion', id);
      return {
        '@_id': id,
        questiontext: text.text,
        questiontextformat: text.format,
        answertext: s.answer,
      };
    }),
  },
});

/**
 * `plugin_qtype_gapselect_question` / `plugin_qtype_ddwtos_question`: the choices are answers
 * (HTML, fraction 0) whose feedback column holds the group (gapselect: the number; ddwtos:
 * PHP-serialized group and infinite flag), then the options row.
 */
export const writeGapChoices = (
  q: QuestionOf<'gapselect'> | QuestionOf<'ddwtos'>,
  w: QuestionWriter,
): XmlNode => {
  const { answers } = writeAnswers(
    q.choices.map((c) => ({
      text: html(c.text),
      fraction: 0,
      feedback: plainText(
        'infinite' in c ? ddwtosFeedback.write(c.group, c.infinite) : String(c.group),
      ),
      feedbackFormat: 0,
    })),
    w,
  );
  return {
    answers,
    [q.type]: {
      '@_id': w.newId(),
      shuffleanswers: q.shuffleAnswers,
      ...writeCombinedFeedback(q.combinedFeedback, w),
      shownumcorrect: q.combinedFeedback.showNumCorrect,
    },
  };
};
