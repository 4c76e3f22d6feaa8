import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhaseDraft } from '../../state/phase-draft';

/** "Quand": no phase, a week of the parcours, or a number of days after its start. */
export const PhaseField = ({
  draft,
  error,
  onChange,
}: {
  draft: PhaseDraft;
  error: string | null;
  onChange: (draft: PhaseDraft) => void;
}) => {
  const { t } = useTranslation();
  const name = useId();
  const numberId = useId();
  const errorId = useId();
  return (
    <fieldset className="field">
      <legend>{t('outline.phase.legend')}</legend>
      <div className="choices">
        {(['none', 'week', 'offset'] as const).map((kind) => (
          <label key={kind} className="choice">
            <input
              type="radio"
              name={name}
              checked={draft.kind === kind}
              onChange={() => {
                onChange({
                  kind,
                  value: kind === 'week' && draft.value === '' ? '1' : draft.value,
                });
              }}
            />
            {t(`outline.phase.${kind}`)}
          </label>
        ))}
      </div>
      {draft.kind !== 'none' && (
        <div className="field">
          <label htmlFor={numberId}>
            {t(draft.kind === 'week' ? 'outline.phase.weekNumber' : 'outline.phase.offsetDays')}
          </label>
          <input
            id={numberId}
            type="number"
            className="input--short"
            min={draft.kind === 'week' ? 1 : 0}
            value={draft.value}
            aria-invalid={error !== null}
            aria-describedby={error !== null ? errorId : undefined}
            onChange={(event) => {
              onChange({ ...draft, value: event.target.value });
            }}
          />
          {error !== null && (
            <p id={errorId} className="error-text">
              {t(error)}
            </p>
          )}
        </div>
      )}
    </fieldset>
  );
};
