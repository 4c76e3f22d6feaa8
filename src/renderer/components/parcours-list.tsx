import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParcoursSummary } from '../../shared/domain/project';
import { useCreateParcours } from '../hooks/use-create-parcours';
import { localizedMessage } from '../i18n/localized-message';
import { toAppErrorData } from '../state/to-app-error-data';
import { NewParcoursDialog } from './new-parcours-dialog';

interface ParcoursListProps {
  parcours: readonly ParcoursSummary[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** The project's parcours, and the dialog that adds one. */
export const ParcoursList = ({ parcours, selectedId, onSelect }: ParcoursListProps) => {
  const { t, i18n } = useTranslation();
  const create = useCreateParcours();
  const [creating, setCreating] = useState(false);
  return (
    <nav className="parcours-list" aria-labelledby="parcours-list-title">
      <h2 id="parcours-list-title" className="pane__title">
        {t('parcours.listTitle')}
      </h2>
      {parcours.length === 0 && <p className="muted">{t('parcours.empty')}</p>}
      <ul className="parcours-list__items">
        {parcours.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              className="parcours-list__item"
              aria-current={item.id === selectedId ? 'true' : undefined}
              onClick={() => {
                onSelect(item.id);
              }}
            >
              <span className="parcours-list__title">{item.title}</span>
              <span className="parcours-list__meta">
                {t('parcours.meta', { shortName: item.shortName, hours: item.declaredHours })}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button--primary"
        onClick={() => {
          create.reset();
          setCreating(true);
        }}
      >
        {t('parcours.new')}
      </button>
      {creating && (
        <NewParcoursDialog
          pending={create.isPending}
          error={
            create.error ? localizedMessage(toAppErrorData(create.error), i18n.language) : null
          }
          onClose={() => {
            create.reset();
            setCreating(false);
          }}
          onCreate={(input) => {
            create.mutate(input, {
              onSuccess: (created) => {
                setCreating(false);
                onSelect(created.id);
              },
            });
          }}
        />
      )}
    </nav>
  );
};
