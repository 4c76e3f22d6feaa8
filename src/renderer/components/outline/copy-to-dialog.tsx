import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParcoursSummary } from '../../../shared/domain/project';
import { useOutline } from '../../hooks/use-outline';
import { ModalDialog } from '../modal-dialog';
import { SectionPositionFields } from './section-position-fields';

interface CopyToDialogProps {
  title: string;
  parcours: readonly ParcoursSummary[];
  currentParcoursId: string;
  /** Activities are copied into a section; a section is copied to the end of a parcours. */
  needsSection: boolean;
  pending: boolean;
  error: string | null;
  onCopy: (target: { parcoursId: string; sectionId: string | null }) => void;
  onClose: () => void;
}

/** "Copier vers un autre parcours": a parcours of the project, and a section of it when needed. */
export const CopyToDialog = ({
  title,
  parcours,
  currentParcoursId,
  needsSection,
  pending,
  error,
  onCopy,
  onClose,
}: CopyToDialogProps) => {
  const { t } = useTranslation();
  const parcoursField = useId();
  const others = parcours.filter((p) => p.id !== currentParcoursId);
  const [parcoursId, setParcoursId] = useState(others[0]?.id ?? currentParcoursId);
  const outline = useOutline(parcoursId);
  const sections = outline.data?.sections ?? [];
  const [chosenSection, setChosenSection] = useState<string | null>(null);
  const sectionId = sections.find((s) => s.id === chosenSection)?.id ?? sections[0]?.id ?? null;
  const ready = !needsSection || sectionId !== null;
  return (
    <ModalDialog title={title} onClose={onClose}>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          if (ready) onCopy({ parcoursId, sectionId });
        }}
      >
        <div className="field">
          <label htmlFor={parcoursField}>{t('outline.targetParcours')}</label>
          <select
            id={parcoursField}
            data-autofocus
            value={parcoursId}
            onChange={(event) => {
              setParcoursId(event.target.value);
              setChosenSection(null);
            }}
          >
            {parcours.map((p) => (
              <option key={p.id} value={p.id}>
                {p.id === currentParcoursId
                  ? t('outline.thisParcours', { title: p.title })
                  : p.title}
              </option>
            ))}
          </select>
        </div>
        {needsSection &&
          (sectionId === null ? (
            <p className="warning" role="status">
              {outline.isPending ? t('common.loading') : t('outline.targetHasNoSection')}
            </p>
          ) : (
            <SectionPositionFields
              sections={sections}
              sectionId={sectionId}
              onSection={setChosenSection}
              excluded={null}
              position={null}
              onPosition={() => undefined}
            />
          ))}
        {error !== null && (
          <p className="error-text" role="alert">
            {error}
          </p>
        )}
        <div className="modal__actions">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button--primary" disabled={!ready || pending}>
            {t('outline.copySubmit')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
};
