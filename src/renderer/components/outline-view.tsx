import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Outline } from '../../shared/domain/outline';
import { useOutline } from '../hooks/use-outline';
import { useOutlineActions } from '../hooks/use-outline-actions';
import { AddSectionForm } from './add-section-form';
import { ConfirmDialog } from './confirm-dialog';
import { type MoveDirection, OutlineSection } from './outline-section';
import '../styles/outline.css';

interface OutlineViewProps {
  parcoursId: string;
  selectedActivityId: string | null;
  onSelectActivity: (id: string, options?: { created?: boolean }) => void;
}

type Section = Outline['sections'][number];

/** The sections of a parcours, in order, with their activities. */
export const OutlineView = ({
  parcoursId,
  selectedActivityId,
  onSelectActivity,
}: OutlineViewProps) => {
  const { t } = useTranslation();
  const outline = useOutline(parcoursId);
  const actions = useOutlineActions(parcoursId);
  const [focusRequest, setFocusRequest] = useState<{
    id: string;
    direction: MoveDirection;
    seq: number;
  } | null>(null);
  const [deleting, setDeleting] = useState<Section | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  if (outline.isPending) return <p role="status">{t('common.loading')}</p>;
  if (outline.isError)
    return (
      <p className="error-text" role="alert">
        {outline.error.message}
      </p>
    );
  const { parcours, sections } = outline.data;

  const move = (section: Section, index: number, direction: MoveDirection) => {
    const toIndex = direction === 'up' ? index - 1 : index + 1;
    if (toIndex < 0 || toIndex >= sections.length) return;
    setFocusRequest((previous) => ({ id: section.id, direction, seq: (previous?.seq ?? 0) + 1 }));
    actions.moveSection.mutate({ id: section.id, toIndex });
  };

  return (
    <section className="outline" aria-labelledby="outline-title">
      <h2 id="outline-title" ref={headingRef} tabIndex={-1} className="pane__title">
        {t('outline.title', { title: parcours.title })}
      </h2>
      <p className="outline__meta muted">
        {t('outline.meta', { shortName: parcours.shortName, hours: parcours.declaredHours })}
      </p>
      {sections.length === 0 && <p className="muted">{t('outline.empty')}</p>}
      <ol className="outline__sections">
        {sections.map((section, index) => (
          <OutlineSection
            key={section.id}
            section={section}
            index={index}
            count={sections.length}
            selectedActivityId={selectedActivityId}
            focusRequest={focusRequest?.id === section.id ? focusRequest : null}
            onRename={(title) => {
              actions.renameSection.mutate({ id: section.id, title });
            }}
            onMove={(direction) => {
              move(section, index, direction);
            }}
            onDelete={() => {
              setDeleting(section);
            }}
            onAddPage={() => {
              actions.createPage.mutate(
                { sectionId: section.id, title: t('outline.newPageTitle') },
                {
                  onSuccess: (activity) => {
                    onSelectActivity(activity.id, { created: true });
                  },
                },
              );
            }}
            onSelectActivity={onSelectActivity}
          />
        ))}
      </ol>
      <AddSectionForm
        pending={actions.createSection.isPending}
        onAdd={(title) => {
          actions.createSection.mutate(title);
        }}
      />
      {deleting && (
        <ConfirmDialog
          title={t('outline.deleteConfirmTitle')}
          message={t('outline.deleteConfirmMessage', {
            title: deleting.title,
            count: deleting.activities.length,
          })}
          confirmLabel={t('outline.delete')}
          danger
          onCancel={() => {
            setDeleting(null);
          }}
          onConfirm={() => {
            // The deleted section's button disappears: the outline heading takes the focus.
            actions.deleteSection.mutate(deleting.id, {
              onSettled: () => headingRef.current?.focus(),
            });
            setDeleting(null);
          }}
        />
      )}
    </section>
  );
};
