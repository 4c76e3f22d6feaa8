import { useTranslation } from 'react-i18next';
import { useCurrentProject } from '../../hooks/use-current-project';
import type { OutlineController } from '../../hooks/use-outline-controller';
import { localizedMessage } from '../../i18n/localized-message';
import { toAppErrorData } from '../../state/to-app-error-data';
import { ConfirmDialog } from '../confirm-dialog';
import { SectionSettingsDialog } from '../section-settings/section-settings-dialog';
import { AddActivityDialog } from './add-activity-dialog';
import { CopyToDialog } from './copy-to-dialog';
import { MoveToDialog } from './move-to-dialog';

/** The dialog the outline has open, if any: add, settings, move, copy, delete. */
export const OutlineDialogs = ({
  controller,
  parcoursId,
  onSectionDeleted,
}: {
  controller: OutlineController;
  parcoursId: string;
  onSectionDeleted: () => void;
}) => {
  const { t, i18n } = useTranslation();
  const project = useCurrentProject();
  const { dialog, closeDialog, sectionActions, activityActions, announcer } = controller;
  if (!dialog) return null;
  const parcours = project.data?.parcours ?? [];
  const errorOf = (error: unknown) =>
    error ? localizedMessage(toAppErrorData(error), i18n.language) : null;
  const parcoursTitle = (id: string) => parcours.find((p) => p.id === id)?.title ?? '';
  switch (dialog.kind) {
    case 'add-activity':
      return (
        <AddActivityDialog
          sectionTitle={dialog.section.title}
          onClose={closeDialog}
          onChoose={(type) => {
            closeDialog();
            controller.createActivity(dialog.section, type);
          }}
        />
      );
    case 'section-settings':
      return (
        <SectionSettingsDialog
          section={dialog.section}
          onClose={closeDialog}
          onSave={(patch) => {
            sectionActions.updateSection.mutate({ id: dialog.section.id, patch });
            closeDialog();
          }}
        />
      );
    case 'delete-section':
      return (
        <ConfirmDialog
          title={t('outline.deleteConfirmTitle')}
          message={t('outline.deleteConfirmMessage', {
            title: dialog.section.title,
            count: dialog.section.activities.length,
          })}
          confirmLabel={t('outline.delete')}
          danger
          onCancel={closeDialog}
          onConfirm={() => {
            sectionActions.deleteSection.mutate(dialog.section.id, { onSettled: onSectionDeleted });
            announcer.announce(
              t('outline.announce.sectionDeleted', { title: dialog.section.title }),
            );
            closeDialog();
          }}
        />
      );
    case 'delete-activities':
      return (
        <ConfirmDialog
          title={t('outline.deleteActivitiesTitle', { count: dialog.ids.length })}
          message={t('outline.deleteActivitiesMessage', { count: dialog.ids.length })}
          confirmLabel={t('outline.delete')}
          danger
          onCancel={closeDialog}
          onConfirm={() => {
            closeDialog();
            controller.removeActivities(dialog.ids);
          }}
        />
      );
    case 'move-activities':
      return (
        <MoveToDialog
          ids={dialog.ids}
          sections={controller.sections}
          onClose={closeDialog}
          onMove={(target) => {
            closeDialog();
            controller.moveActivities(dialog.ids, target);
          }}
        />
      );
    case 'copy-activities':
      return (
        <CopyToDialog
          title={t('outline.copyActivitiesTitle', { count: dialog.ids.length })}
          parcours={parcours}
          currentParcoursId={parcoursId}
          needsSection
          pending={activityActions.copyTo.isPending}
          error={errorOf(activityActions.copyTo.error)}
          onClose={closeDialog}
          onCopy={({ parcoursId: target, sectionId }) => {
            if (sectionId === null) return;
            activityActions.copyTo.mutate(
              { ids: dialog.ids, sectionId, parcoursId: target },
              {
                onSuccess: (copies) => {
                  closeDialog();
                  announcer.announce(
                    t('outline.announce.copied', {
                      count: copies.length,
                      parcours: parcoursTitle(target),
                    }),
                  );
                },
              },
            );
          }}
        />
      );
    case 'copy-section':
      return (
        <CopyToDialog
          title={t('outline.copySectionTitle', { title: dialog.section.title })}
          parcours={parcours}
          currentParcoursId={parcoursId}
          needsSection={false}
          pending={sectionActions.copySectionTo.isPending}
          error={errorOf(sectionActions.copySectionTo.error)}
          onClose={closeDialog}
          onCopy={({ parcoursId: target }) => {
            sectionActions.copySectionTo.mutate(
              { id: dialog.section.id, parcoursId: target },
              {
                onSuccess: () => {
                  closeDialog();
                  announcer.announce(
                    t('outline.announce.sectionCopied', {
                      title: dialog.section.title,
                      parcours: parcoursTitle(target),
                    }),
                  );
                },
              },
            );
          }}
        />
      );
  }
};
