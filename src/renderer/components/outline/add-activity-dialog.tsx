import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityType } from '../../../shared/domain/activity';
import { CREATABLE_ACTIVITY_TYPES } from '../../state/creatable-activity-types';
import { ModalDialog } from '../modal-dialog';

interface AddActivityDialogProps {
  sectionTitle: string;
  onChoose: (type: ActivityType) => void;
  onClose: () => void;
}

/** Moves the focus between the type buttons with the arrows, Home and End. */
const onArrows = (event: KeyboardEvent<HTMLUListElement>) => {
  const buttons = [...event.currentTarget.querySelectorAll('button')];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const steps: Record<string, number> = {
    ArrowDown: at + 1,
    ArrowRight: at + 1,
    ArrowUp: at - 1,
    ArrowLeft: at - 1,
    Home: 0,
    End: buttons.length - 1,
  };
  const next = steps[event.key];
  if (next === undefined) return;
  event.preventDefault();
  buttons[(next + buttons.length) % buttons.length]?.focus();
};

/** Every type an author can add, with its French name and what it is for: one press adds it. */
export const AddActivityDialog = ({ sectionTitle, onChoose, onClose }: AddActivityDialogProps) => {
  const { t } = useTranslation();
  return (
    <ModalDialog
      title={t('outline.addActivityTitle', { title: sectionTitle })}
      onClose={onClose}
      className="modal--wide"
    >
      <p className="muted">{t('outline.addActivityHelp')}</p>
      <ul className="type-picker" onKeyDown={onArrows}>
        {CREATABLE_ACTIVITY_TYPES.map((type, index) => (
          <li key={type}>
            <button
              type="button"
              className="type-picker__item"
              data-autofocus={index === 0 ? true : undefined}
              onClick={() => {
                onChoose(type);
              }}
            >
              <span className={`type-badge type-badge--${type}`}>
                {t(`outline.types.${type}.name`)}
              </span>
              <span className="type-picker__description">
                {t(`outline.types.${type}.description`)}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <div className="modal__actions">
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
};
