import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useOutlineController } from '../hooks/use-outline-controller';
import { localizedMessage } from '../i18n/localized-message';
import { toAppErrorData } from '../state/to-app-error-data';
import { AddSectionForm } from './add-section-form';
import { ExportParcoursButton } from './exchange/export-parcours-button';
import { PreviewButton } from './preview-pane/preview-button';
import { OutlineDialogs } from './outline/outline-dialogs';
import { OutlineList } from './outline/outline-list';
import { OutlineToolbar } from './outline/outline-toolbar';
import '../styles/outline.css';

interface OutlineViewProps {
  parcoursId: string;
  selectedActivityId: string | null;
  onSelectActivity: (id: string, options?: { created?: boolean }) => void;
}

/** The sections of a parcours, in order, with their activities. */
export const OutlineView = ({
  parcoursId,
  selectedActivityId,
  onSelectActivity,
}: OutlineViewProps) => {
  const { t, i18n } = useTranslation();
  const controller = useOutlineController(parcoursId, onSelectActivity);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { outline } = controller;

  if (outline.isPending) return <p role="status">{t('common.loading')}</p>;
  if (outline.isError)
    return (
      <p className="error-text" role="alert">
        {localizedMessage(toAppErrorData(outline.error), i18n.language)}
      </p>
    );
  const { parcours, sections } = outline.data;
  return (
    <section className="outline" aria-labelledby="outline-title">
      <h2 id="outline-title" ref={headingRef} tabIndex={-1} className="pane__title">
        {t('outline.title', { title: parcours.title })}
      </h2>
      <p className="outline__meta muted">
        {parcours.kind === 'template' && (
          <span className="template-tag">{t('outline.parcoursList.templateTag')}</span>
        )}{' '}
        {t('outline.meta', { shortName: parcours.shortName, hours: parcours.declaredHours })}{' '}
        <PreviewButton parcours={parcours} className="button--quiet button--small" />{' '}
        <ExportParcoursButton parcours={parcours} className="button--quiet button--small" />
      </p>
      <details className="outline__help">
        <summary>{t('outline.keyboardHelpTitle')}</summary>
        <p className="muted">{t('outline.keyboardHelp')}</p>
      </details>
      {sections.length === 0 ? (
        <p className="muted">{t('outline.empty')}</p>
      ) : (
        <>
          <OutlineToolbar controller={controller} />
          <OutlineList
            controller={controller}
            selectedActivityId={selectedActivityId}
            onSelectActivity={(id) => {
              onSelectActivity(id);
            }}
          />
        </>
      )}
      <AddSectionForm
        pending={controller.sectionActions.createSection.isPending}
        onAdd={(title) => {
          controller.sectionActions.createSection.mutate(title, {
            onSuccess: (section) => {
              controller.announcer.announce(
                t('outline.announce.sectionCreated', { title: section.title }),
              );
            },
          });
        }}
      />
      <p className="visually-hidden" aria-live="polite" data-testid="outline-announcer">
        {/* A no-break space on every other message: the same sentence twice is read twice. */}
        {controller.announcer.message.text}
        {controller.announcer.message.seq % 2 === 1 ? '\u00a0' : ''}
      </p>
      <OutlineDialogs
        controller={controller}
        parcoursId={parcoursId}
        onSectionDeleted={() => headingRef.current?.focus()}
      />
    </section>
  );
};
