import { useTranslation } from 'react-i18next';
import type { Question } from '../../../shared/domain/question';
import { TagInput } from '../indexation/tag-input';
import { NumberField } from './number-field';
import { QuestionTextField } from './question-text-field';
import { SelectField } from './select-field';
import { TextField } from './text-field';

/** Name, text, mark, penalty, general feedback, tags, status: what every question has. */
export const CommonFields = ({
  question,
  onChange,
  errorOf,
}: {
  question: Question;
  onChange: (question: Question) => void;
  errorOf: (field: string) => string | null;
}) => {
  const { t } = useTranslation();
  const graded = question.type !== 'description' && question.type !== 'multianswer';
  return (
    <fieldset className="question-editor__group">
      <legend>{t('questions.editor.general')}</legend>
      <TextField
        label={t('questions.editor.name')}
        value={question.name}
        error={errorOf('name')}
        onChange={(name) => {
          onChange({ ...question, name });
        }}
      />
      <QuestionTextField
        label={t('questions.editor.text')}
        value={question.text}
        rows={question.type === 'multianswer' ? 8 : 4}
        error={errorOf('text')}
        help={
          question.type === 'gapselect' || question.type === 'ddwtos'
            ? t('questions.editor.gapHelp')
            : question.type === 'multianswer'
              ? t('questions.editor.clozeHelp')
              : undefined
        }
        onChange={(text) => {
          onChange({ ...question, text });
        }}
      />
      {graded && (
        <div className="question-editor__row">
          <NumberField
            label={t('questions.editor.defaultMark')}
            value={question.defaultMark}
            min={0}
            max={10000}
            onChange={(mark) => {
              onChange({ ...question, defaultMark: mark ?? 0 });
            }}
          />
          <NumberField
            label={t('questions.editor.penalty')}
            help={t('questions.editor.penaltyHelp')}
            value={Math.round(question.penalty * 1000000) / 10000}
            min={0}
            max={100}
            onChange={(penalty) => {
              onChange({ ...question, penalty: (penalty ?? 0) / 100 });
            }}
          />
        </div>
      )}
      <QuestionTextField
        label={t('questions.editor.generalFeedback')}
        value={question.generalFeedback}
        onChange={(generalFeedback) => {
          onChange({ ...question, generalFeedback });
        }}
      />
      <TagInput
        label={t('questions.editor.tags')}
        values={question.tags}
        onChange={(tags) => {
          onChange({ ...question, tags });
        }}
      />
      <SelectField
        label={t('questions.editor.status')}
        value={question.status}
        options={(['ready', 'draft'] as const).map((v) => ({
          value: v,
          label: t(`questions.status.${v}`),
        }))}
        onChange={(status) => {
          onChange({ ...question, status });
        }}
      />
    </fieldset>
  );
};
