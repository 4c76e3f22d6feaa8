import { useTranslation } from 'react-i18next';
import type { QuestionCombinedFeedback } from '../../../shared/domain/question-combined-feedback';
import { CheckField } from './check-field';
import { QuestionTextField } from './question-text-field';

/** Feedback for any correct, partially correct and incorrect response. */
export const CombinedFeedbackFields = ({
  value,
  onChange,
}: {
  value: QuestionCombinedFeedback;
  onChange: (value: QuestionCombinedFeedback) => void;
}) => {
  const { t } = useTranslation();
  return (
    <fieldset className="question-editor__group">
      <legend>{t('questions.editor.combinedFeedback')}</legend>
      {(['correct', 'partiallyCorrect', 'incorrect'] as const).map((key) => (
        <QuestionTextField
          key={key}
          label={t(`questions.editor.combined.${key}`)}
          value={value[key]}
          rows={2}
          onChange={(text) => {
            onChange({ ...value, [key]: text });
          }}
        />
      ))}
      <CheckField
        label={t('questions.editor.showNumCorrect')}
        checked={value.showNumCorrect}
        onChange={(showNumCorrect) => {
          onChange({ ...value, showNumCorrect });
        }}
      />
    </fieldset>
  );
};
