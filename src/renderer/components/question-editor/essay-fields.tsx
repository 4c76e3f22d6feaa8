import { useTranslation } from 'react-i18next';
import type { QuestionOf } from '../../../shared/domain/question';
import { CheckField } from './check-field';
import { NumberField } from './number-field';
import { QuestionTextField } from './question-text-field';
import { SelectField } from './select-field';

type Q = QuestionOf<'essay'>;

/** How the participant answers an essay: format, required, box size, word limits, grader notes. */
export const EssayFields = ({
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
      <legend>{t('questions.editor.responseOptions')}</legend>
      <SelectField
        label={t('questions.editor.responseFormat')}
        value={q.responseFormat}
        options={(['editor', 'editorfilepicker', 'plain', 'monospaced', 'noinline'] as const).map(
          (v) => ({ value: v, label: t(`questions.responseFormat.${v}`) }),
        )}
        onChange={(responseFormat) => {
          onChange({ ...q, responseFormat });
        }}
      />
      <CheckField
        label={t('questions.editor.responseRequired')}
        checked={q.responseRequired}
        onChange={(responseRequired) => {
          onChange({ ...q, responseRequired });
        }}
      />
      <div className="question-editor__row">
        <NumberField
          label={t('questions.editor.responseFieldLines')}
          value={q.responseFieldLines}
          min={0}
          max={100}
          integer
          onChange={(lines) => {
            onChange({ ...q, responseFieldLines: lines ?? 15 });
          }}
        />
        <NumberField
          label={t('questions.editor.minWords')}
          value={q.minWordLimit}
          min={0}
          integer
          nullable
          onChange={(minWordLimit) => {
            onChange({ ...q, minWordLimit });
          }}
        />
        <NumberField
          label={t('questions.editor.maxWords')}
          value={q.maxWordLimit}
          min={0}
          integer
          nullable
          error={error}
          onChange={(maxWordLimit) => {
            onChange({ ...q, maxWordLimit });
          }}
        />
      </div>
      <QuestionTextField
        label={t('questions.editor.responseTemplate')}
        value={q.responseTemplate}
        onChange={(responseTemplate) => {
          onChange({ ...q, responseTemplate });
        }}
      />
      <QuestionTextField
        label={t('questions.editor.graderInfo')}
        value={q.graderInfo}
        onChange={(graderInfo) => {
          onChange({ ...q, graderInfo });
        }}
      />
    </fieldset>
  );
};
