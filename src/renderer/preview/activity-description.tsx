import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreviewActivity } from '../../shared/preview/preview-model';
import { AssignmentDescription } from './assignment-description';
import { ChoiceDescription } from './choice-description';
import { SafeHtml } from './safe-html';

type Described = Extract<
  PreviewActivity,
  { type: 'forum' | 'wiki' | 'glossary' | 'assignment' | 'choice' | 'logbook' }
>;

const Facts = ({ activity }: { activity: Described }) => {
  const { t } = useTranslation();
  switch (activity.type) {
    case 'forum':
      return (
        <>
          <p>
            <strong>{t(`preview.forum.type.${activity.forumType}`)}</strong>
          </p>
          <p>{t(`preview.forum.how.${activity.forumType}`)}</p>
        </>
      );
    case 'wiki':
      return (
        <>
          <p>{t('preview.wiki.mode', { mode: t(`preview.wiki.modeName.${activity.wikiMode}`) })}</p>
          <p>{t('preview.wiki.firstPage', { title: activity.firstPageTitle })}</p>
          <p>{t(`preview.wiki.how.${activity.wikiMode}`)}</p>
        </>
      );
    case 'glossary':
      return (
        <>
          <p>
            {t('preview.glossary.format', {
              format: t(`preview.glossary.formatName.${activity.displayFormat}`),
            })}
          </p>
          <p>
            {t(
              activity.participantsCanAdd
                ? 'preview.glossary.participantsAdd'
                : 'preview.glossary.trainersAdd',
            )}
          </p>
        </>
      );
    case 'assignment':
      return <AssignmentDescription assignment={activity} />;
    case 'choice':
      return <ChoiceDescription choice={activity} />;
    case 'logbook':
      return (
        <>
          <SafeHtml html={activity.promptsHtml ?? ''} className="pv-content pv-logbook" />
          <p>{t('preview.logbook.how')}</p>
        </>
      );
    default: {
      const unknown: never = activity;
      return unknown;
    }
  }
};

/**
 * An activity that lives on the platform with others (forum, wiki, glossary, assignment,
 * choice, logbook): described as the participant will meet it there.
 */
export const ActivityDescription = ({ activity }: { activity: Described }) => {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section className="pv-platform" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('preview.platform.title')}</h2>
      <Facts activity={activity} />
      <p className="pv-platform__note muted">{t('preview.platform.note')}</p>
    </section>
  );
};
