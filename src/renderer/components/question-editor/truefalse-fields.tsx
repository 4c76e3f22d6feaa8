import { useTranslation } from 'react-i18next';
import type { QuestionOf } from '../../../shared/domain/question';
import { QuestionTextField } from './question-text-field';
import { SelectField } from './select-field';

type Q = QuestionOf<'truefalse'>;

/** The right answer and the feedback shown for each answer. */
export const TruefalseFields = ({
  question: q,
  onChange,
}: {
  question: Q;
  onChange: (q: Q) => void;
}) => {
  const { t } = useTranslation();
  return (
    <fieldset className="question-editor__group">
      <legend>{t('questions.editor.answers')}</legend>
      <SelectField
        label={t('questions.editor.correctAnswer')}
        value={q.correctAnswer ? 'true' : 'false'}
        options={[
          { value: 'true', label: t('questions.true') },
          { value: 'false', label: t('questions.false') },
        ]}
        onChange={(v) => {
          onChange({ ...q, correctAnswer: v === 'true' });
        }}
      />
      <QuestionTextField
        label={t('questions.editor.feedbackTrue')}
        value={q.feedbackTrue}
        rows={2}
        onChange={(feedbackTrue) => {
          onChange({ ...q, feedbackTrue });
        }}
      />
      <QuestionTextField
        label={t('questions.editor.feedbackFalse')}
        value={q.feedbackFalse}
        rows={2}
        onChange={(feedbackFalse) => {
          onChange({ ...q, feedbackFalse });
        }}
      />
    </fieldset>
  );
};
