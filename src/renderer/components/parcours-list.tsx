import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParcoursSummary } from '../../shared/domain/project';
import { useCreateParcours } from '../hooks/use-create-parcours';
import { useUpdateParcours } from '../hooks/use-update-parcours';
import { localizedMessage } from '../i18n/localized-message';
import { toAppErrorData } from '../state/to-app-error-data';
import { ExportParcoursButton } from './exchange/export-parcours-button';
import { ImportParcoursButton } from './exchange/import-parcours-button';
import { NewParcoursDialog } from './new-parcours-dialog';
import { EditParcoursDialog } from './outline/edit-parcours-dialog';

interface ParcoursListProps {
  parcours: readonly ParcoursSummary[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/**
 * The project's parcours (gabarits tagged), their edit, gabarit and export actions, and
 * "Nouveau parcours" and "Importer un parcours…".
 */
export const ParcoursList = ({ parcours, selectedId, onSelect }: ParcoursListProps) => {
  const { t, i18n } = useTranslation();
  const create = useCreateParcours();
  const update = useUpdateParcours();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<ParcoursSummary | null>(null);
  const errorOf = (error: unknown) =>
    error ? localizedMessage(toAppErrorData(error), i18n.language) : null;
  return (
    <nav className="parcours-list" aria-labelledby="parcours-list-title">
      <h2 id="parcours-list-title" className="pane__title">
        {t('parcours.listTitle')}
      </h2>
      {parcours.length === 0 && <p className="muted">{t('parcours.empty')}</p>}
      <ul className="parcours-list__items">
        {parcours.map((item) => {
          const template = item.kind === 'template';
          return (
            <li key={item.id} className="parcours-list__entry">
              <button
                type="button"
                className="parcours-list__item"
                aria-current={item.id === selectedId ? 'true' : undefined}
                onClick={() => {
                  onSelect(item.id);
                }}
              >
                <span className="parcours-list__title">
                  {item.title}
                  {template && (
                    <span className="template-tag">{t('outline.parcoursList.templateTag')}</span>
                  )}
                </span>
                <span className="parcours-list__meta">
                  {t('outline.parcoursList.meta', {
                    shortName: item.shortName,
                    hours: item.declaredHours,
                    count: item.activityCount,
                  })}
                </span>
              </button>
              <div className="parcours-list__tools">
                <button
                  type="button"
                  className="button--quiet button--small"
                  aria-label={t('outline.parcoursList.editNamed', { title: item.title })}
                  onClick={() => {
                    update.reset();
                    setEditing(item);
                  }}
                >
                  {t('outline.parcoursList.edit')}
                </button>
                <button
                  type="button"
                  className="button--quiet button--small"
                  aria-label={t(
                    template
                      ? 'outline.parcoursList.unmarkTemplateNamed'
                      : 'outline.parcoursList.markTemplateNamed',
                    { title: item.title },
                  )}
                  onClick={() => {
                    update.mutate({
                      id: item.id,
                      patch: { kind: template ? 'parcours' : 'template' },
                    });
                  }}
                >
                  {t(
                    template
                      ? 'outline.parcoursList.unmarkTemplate'
                      : 'outline.parcoursList.markTemplate',
                  )}
                </button>
                <ExportParcoursButton
                  parcours={item}
                  compact
                  className="button--quiet button--small"
                />
              </div>
            </li>
          );
        })}
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
      <ImportParcoursButton onOpenParcours={onSelect} />
      {creating && (
        <NewParcoursDialog
          pending={create.isPending}
          error={errorOf(create.error)}
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
      {editing && (
        <EditParcoursDialog
          parcours={editing}
          pending={update.isPending}
          error={errorOf(update.error)}
          onClose={() => {
            setEditing(null);
          }}
          onSave={(patch) => {
            update.mutate(
              { id: editing.id, patch },
              {
                onSuccess: () => {
                  setEditing(null);
                },
              },
            );
          }}
        />
      )}
    </nav>
  );
};
