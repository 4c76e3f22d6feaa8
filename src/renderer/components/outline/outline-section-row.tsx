import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutlineController } from '../../hooks/use-outline-controller';
import type { OutlineRow } from '../../state/outline-rows';
import { SectionTitle } from '../section-title';
import { SectionMeta } from './section-meta';

type SectionRow = Extract<OutlineRow, { kind: 'section' }>;

/** A section's head: its title (rename inline), its modality and phase, and its tools. */
export const OutlineSectionRow = ({
  row,
  controller,
}: {
  row: SectionRow;
  controller: OutlineController;
}) => {
  const { t } = useTranslation();
  const { section, sectionIndex } = row;
  const title = section.title;
  const count = controller.sections.length;
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    if (event.target instanceof HTMLInputElement) return;
    event.preventDefault();
    controller.moveSection(section.id, sectionIndex + (event.key === 'ArrowUp' ? -1 : 1));
  };
  return (
    <div className="outline-section" onKeyDown={onKeyDown}>
      <div className="outline-section__head">
        <SectionTitle
          title={title}
          number={sectionIndex + 1}
          onRename={(next) => {
            controller.sectionActions.renameSection.mutate({ id: section.id, title: next });
          }}
        />
        <SectionMeta section={section} />
      </div>
      <div
        className="outline-section__tools"
        role="group"
        aria-label={t('outline.sectionTools', { title })}
      >
        <button
          type="button"
          className="button--quiet"
          aria-label={t('outline.addActivityNamed', { title })}
          onClick={() => {
            controller.openDialog({ kind: 'add-activity', section });
          }}
        >
          {t('outline.addActivity')}
        </button>
        <button
          type="button"
          className="button--quiet"
          aria-label={t('outline.sectionSettingsNamed', { title })}
          onClick={() => {
            controller.openDialog({ kind: 'section-settings', section });
          }}
        >
          {t('outline.sectionSettings')}
        </button>
        <button
          type="button"
          className="button--quiet"
          aria-label={t('outline.duplicateSectionNamed', { title })}
          onClick={() => {
            controller.sectionActions.duplicateSection.mutate(section.id, {
              onSuccess: (copy) => {
                controller.focus.requestFocus(`s:${copy.id}`);
                controller.announcer.announce(
                  t('outline.announce.duplicated', { title: copy.title }),
                );
              },
            });
          }}
        >
          {t('outline.duplicate')}
        </button>
        <button
          type="button"
          className="button--quiet"
          aria-label={t('outline.copySectionNamed', { title })}
          onClick={() => {
            controller.openDialog({ kind: 'copy-section', section });
          }}
        >
          {t('outline.copyTo')}
        </button>
        <button
          type="button"
          className="button--quiet"
          data-focus="move-up"
          disabled={sectionIndex === 0}
          aria-label={t('outline.moveUpNamed', { title })}
          aria-keyshortcuts="Alt+ArrowUp"
          onClick={() => {
            controller.moveSection(section.id, sectionIndex - 1, 'move-up');
          }}
        >
          ↑
        </button>
        <button
          type="button"
          className="button--quiet"
          data-focus="move-down"
          disabled={sectionIndex === count - 1}
          aria-label={t('outline.moveDownNamed', { title })}
          aria-keyshortcuts="Alt+ArrowDown"
          onClick={() => {
            controller.moveSection(section.id, sectionIndex + 1, 'move-down');
          }}
        >
          ↓
        </button>
        <button
          type="button"
          className="button--quiet button--danger-text"
          aria-label={t('outline.deleteNamed', { title })}
          onClick={() => {
            controller.openDialog({ kind: 'delete-section', section });
          }}
        >
          {t('outline.delete')}
        </button>
      </div>
    </div>
  );
};
