import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MoveTarget } from '../../hooks/use-activity-actions';
import type { OutlineSectionData } from '../../state/outline-rows';
import { ModalDialog } from '../modal-dialog';
import { SectionPositionFields } from './section-position-fields';

interface MoveToDialogProps {
  ids: readonly string[];
  sections: readonly OutlineSectionData[];
  onMove: (target: MoveTarget) => void;
  onClose: () => void;
}

/** "Déplacer vers…": a section of this parcours and a place in it, for one or many activities. */
export const MoveToDialog = ({ ids, sections, onMove, onClose }: MoveToDialogProps) => {
  const { t } = useTranslation();
  const moving = new Set(ids);
  const home = sections.find((s) => s.activities.some((a) => moving.has(a.id)));
  const [sectionId, setSectionId] = useState(home?.id ?? sections[0]?.id ?? '');
  const [position, setPosition] = useState<number | null>(null);
  const section = sections.find((s) => s.id === sectionId);
  return (
    <ModalDialog title={t('outline.moveDialogTitle', { count: ids.length })} onClose={onClose}>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!section) return;
          const rest = section.activities.filter((a) => !moving.has(a.id)).length;
          onMove({ sectionId, toIndex: position ?? rest });
        }}
      >
        <SectionPositionFields
          sections={sections}
          sectionId={sectionId}
          onSection={setSectionId}
          excluded={moving}
          position={position}
          onPosition={setPosition}
        />
        <div className="modal__actions">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button--primary">
            {t('outline.moveSubmit')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
};
