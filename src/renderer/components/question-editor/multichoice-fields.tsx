import { useTranslation } from 'react-i18next';
import type { QuestionOf } from '../../../shared/domain/question';
import { answerNumberingSchema } from '../../../shared/domain/question-choice-types';
import { AnswerList } from './answer-list';
import { CheckField } from './check-field';
import { FractionSelect } from './fraction-select';
import { QuestionTextField } from './question-text-field';
import { SelectField } from './select-field';

type Q = QuestionOf<'multichoice'>;
const html = { format: 'html' as const, text: '', files: [] };

/** One or several answers, each with a grade from Moodle's list and its own feedback. */
export const MultichoiceFields = ({
  question: q,
  onChange,
  error,
}: {
  question: Q;
  onChange: (q: Q) => void;
  error: string | null;
}) => {
  const { t } = useTranslation();
  return (
    <fieldset className="question-editor__group">
      <legend>{t('questions.editor.answers')}</legend>
      <div className="question-editor__row">
        <SelectField
          label={t('questions.editor.single')}
          value={q.single ? 'single' : 'multi'}
          options={[
            { value: 'single', label: t('questions.editor.singleOne') },
            { value: 'multi', label: t('questions.editor.singleMany') },
          ]}
          onChange={(v) => {
            onChange({ ...q, single: v === 'single' });
          }}
        />
        <SelectField
          label={t('questions.editor.numbering')}
          value={q.answerNumbering}
          options={answerNumberingSchema.options.map((v) => ({
            value: v,
            label: t(`questions.numbering.${v}`),
          }))}
          onChange={(answerNumbering) => {
            onChange({ ...q, answerNumbering });
          }}
        />
      </div>
      <CheckField
        label={t('questions.editor.shuffle')}
        checked={q.shuffleAnswers}
        onChange={(shuffleAnswers) => {
          onChange({ ...q, shuffleAnswers });
        }}
      />
      <CheckField
        label={t('questions.editor.standardInstruction')}
        checked={q.showStandardInstruction}
        onChange={(showStandardInstruction) => {
          onChange({ ...q, showStandardInstruction });
        }}
      />
      {error !== null && <p className="error-text">{error}</p>}
      <AnswerList
        answers={q.answers}
        onChange={(answers) => {
          onChange({ ...q, answers });
        }}
        newAnswer={() => ({ text: html, fraction: 0, feedback: html })}
        renderFields={(answer, set, name) => (
          <>
            <QuestionTextField
              label={name}
              value={answer.text}
              rows={2}
              onChange={(text) => {
                set({ text });
              }}
            />
            <FractionSelect
              label={t('questions.editor.gradeOf', { name })}
              value={answer.fraction}
              onChange={(fraction) => {
                set({ fraction });
              }}
            />
            <QuestionTextField
              label={t('questions.editor.feedbackOf', { name })}
              value={answer.feedback}
              rows={1}
              onChange={(feedback) => {
                set({ feedback });
              }}
            />
          </>
        )}
      />
    </fieldset>
  );
};
