import { useTranslation } from 'react-i18next';
import type { QuizSettings } from '../../../shared/domain/quiz-settings';
import { ListItemTools } from '../activity-settings/list-item-tools';
import { moveItem } from '../question-editor/move-item';
import { NumberField } from '../question-editor/number-field';
import { QuestionTextField } from '../question-editor/question-text-field';

type Bands = QuizSettings['overallFeedback'];

/** Overall feedback by grade band: each text applies from its grade boundary up to the next. */
export const OverallFeedbackEditor = ({
  bands,
  onChange,
}: {
  bands: Bands;
  onChange: (bands: Bands) => void;
}) => {
  const { t } = useTranslation();
  return (
    <fieldset className="question-editor__group">
      <legend>{t('questions.quiz.overallFeedback')}</legend>
      <ol className="question-editor__list">
        {bands.map((band, i) => {
          const name = t('questions.quiz.bandN', { n: i + 1 });
          const set = (patch: Partial<Bands[number]>) => {
            onChange(bands.map((b, j) => (j === i ? { ...b, ...patch } : b)));
          };
          return (
            <li key={i} className="question-editor__item">
              <NumberField
                label={t('questions.quiz.bandFrom', { name })}
                value={band.minGradePercent}
                min={0}
                max={100}
                onChange={(v) => {
                  set({ minGradePercent: v ?? 0 });
                }}
              />
              <QuestionTextField
                label={t('questions.quiz.bandText', { name })}
                value={band.text}
                rows={2}
                onChange={(text) => {
                  set({ text });
                }}
              />
              <ListItemTools
                name={name}
                index={i}
                count={bands.length}
                onMove={(to) => {
                  onChange(moveItem(bands, i, to));
                }}
                onRemove={() => {
                  onChange(bands.filter((_, j) => j !== i));
                }}
              />
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        onClick={() => {
          onChange([
            ...bands,
            { minGradePercent: 0, text: { format: 'html', text: '', files: [] } },
          ]);
        }}
      >
        {t('questions.quiz.addBand')}
      </button>
    </fieldset>
  );
};
