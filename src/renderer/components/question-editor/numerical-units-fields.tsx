import { useTranslation } from 'react-i18next';
import type { QuestionOf } from '../../../shared/domain/question';
import { ListItemTools } from '../activity-settings/list-item-tools';
import { CheckField } from './check-field';
import { moveItem } from './move-item';
import { NumberField } from './number-field';
import { SelectField } from './select-field';
import { TextField } from './text-field';

type Q = QuestionOf<'numerical'>;

/** Units with their multiplier (1 for the main unit), how they are asked and graded. */
export const NumericalUnitsFields = ({
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
      <legend>{t('questions.editor.units')}</legend>
      <div className="question-editor__row">
        <SelectField
          label={t('questions.editor.showUnits')}
          value={q.showUnits}
          options={(['none', 'text', 'radio', 'select'] as const).map((v) => ({
            value: v,
            label: t(`questions.showUnits.${v}`),
          }))}
          onChange={(showUnits) => {
            onChange({ ...q, showUnits });
          }}
        />
        <SelectField
          label={t('questions.editor.unitGrading')}
          value={q.unitGrading}
          options={(['none', 'response', 'question'] as const).map((v) => ({
            value: v,
            label: t(`questions.unitGrading.${v}`),
          }))}
          onChange={(unitGrading) => {
            onChange({ ...q, unitGrading });
          }}
        />
        <NumberField
          label={t('questions.editor.unitPenalty')}
          value={q.unitPenalty}
          min={0}
          max={1}
          onChange={(unitPenalty) => {
            onChange({ ...q, unitPenalty: unitPenalty ?? 0 });
          }}
        />
      </div>
      <CheckField
        label={t('questions.editor.unitsLeft')}
        checked={q.unitsLeft}
        onChange={(unitsLeft) => {
          onChange({ ...q, unitsLeft });
        }}
      />
      {error !== null && <p className="error-text">{error}</p>}
      <ol className="question-editor__list">
        {q.units.map((unit, i) => {
          const name = t('questions.editor.unitN', { n: i + 1 });
          const set = (patch: Partial<Q['units'][number]>) => {
            onChange({ ...q, units: q.units.map((u, j) => (j === i ? { ...u, ...patch } : u)) });
          };
          return (
            <li key={i} className="question-editor__item question-editor__row">
              <TextField
                label={name}
                short
                value={unit.name}
                onChange={(v) => {
                  set({ name: v });
                }}
              />
              <NumberField
                label={t('questions.editor.multiplierOf', { name })}
                value={unit.multiplier}
                min={0.0000000001}
                onChange={(multiplier) => {
                  set({ multiplier: multiplier ?? 1 });
                }}
              />
              <ListItemTools
                name={name}
                index={i}
                count={q.units.length}
                onMove={(to) => {
                  onChange({ ...q, units: moveItem(q.units, i, to) });
                }}
                onRemove={() => {
                  onChange({ ...q, units: q.units.filter((_, j) => j !== i) });
                }}
              />
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        onClick={() => {
          onChange({
            ...q,
            units: [...q.units, { name: '', multiplier: q.units.length === 0 ? 1 : 1000 }],
          });
        }}
      >
        {t('questions.editor.addUnit')}
      </button>
    </fieldset>
  );
};
