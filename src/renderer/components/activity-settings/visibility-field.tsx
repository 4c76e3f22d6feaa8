import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ALL_ROLES, type Role } from '../../../shared/domain/role';
import { useImmediateValue } from '../../hooks/use-immediate-value';

interface VisibilityFieldProps {
  value: readonly Role[];
  onChange: (roles: Role[]) => void;
  /** "activity" or "section": the warning names what participants won't see. */
  subject: 'activity' | 'section';
}

/** "Visible par": the four roles; a warning when participants are left out (trainer-only content). */
export const VisibilityField = ({ value, onChange, subject }: VisibilityFieldProps) => {
  const { t } = useTranslation();
  const warningId = useId();
  const [shown, setShown] = useImmediateValue<readonly Role[]>(value);
  const hidden = !shown.includes('participant');
  return (
    <fieldset className="field" aria-describedby={hidden ? warningId : undefined}>
      <legend>{t('outline.visibility.legend')}</legend>
      <div className="choices">
        {ALL_ROLES.map((role) => (
          <label key={role} className="choice">
            <input
              type="checkbox"
              checked={shown.includes(role)}
              onChange={(event) => {
                const next = event.target.checked
                  ? ALL_ROLES.filter((r) => r === role || shown.includes(r))
                  : shown.filter((r) => r !== role);
                setShown(next);
                onChange(next);
              }}
            />
            {t(`outline.roles.${role}`)}
          </label>
        ))}
      </div>
      {hidden && (
        <p id={warningId} className="warning" role="status">
          {t(`outline.visibility.hiddenWarning.${subject}`)}
        </p>
      )}
    </fieldset>
  );
};
