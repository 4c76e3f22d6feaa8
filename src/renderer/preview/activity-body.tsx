import { useTranslation } from 'react-i18next';
import type { PreviewActivity, PreviewModel } from '../../shared/preview/preview-model';
import { ActivityDescription } from './activity-description';
import { BookView } from './book-view';
import { FeedbackView } from './feedback-view';
import { FileView } from './file-view';
import { QuizView } from './quiz-view';
import { SafeHtml } from './safe-html';
import { VirtualClassView } from './virtual-class-view';

/**
 * What the participant does on an activity's page, by type: reads it, takes it, fills it in,
 * or, for what happens on the platform with others, what they will meet there.
 */
export const ActivityBody = ({
  activity,
  model,
  part,
  onCompleted,
}: {
  activity: PreviewActivity;
  model: PreviewModel;
  part: string | null;
  /** The activity's completion rule is met (a quiz submitted or passed, a form sent). */
  onCompleted: () => void;
}) => {
  const { t } = useTranslation();
  switch (activity.type) {
    case 'page':
    case 'label':
      return <SafeHtml html={activity.contentHtml ?? ''} className="pv-content pv-page__content" />;
    case 'book':
      return <BookView book={activity} part={part} />;
    case 'url':
      return activity.url === null ? (
        <p className="muted">{t('preview.url.none')}</p>
      ) : (
        <p className="pv-link-out">
          <a href={activity.url} target="_blank" rel="noopener noreferrer">
            {activity.url}
            <span className="pv-visually-hidden"> {t('preview.newTab')}</span>
          </a>
        </p>
      );
    case 'file':
      return <FileView file={activity} media={model.media} />;
    case 'quiz':
      return <QuizView quiz={activity} model={model} onCompleted={onCompleted} />;
    case 'feedback':
      return <FeedbackView feedback={activity} parcours={model.parcours} onSent={onCompleted} />;
    case 'virtualClass':
      return <VirtualClassView activity={activity} />;
    case 'foreign':
      return <p>{t('preview.foreign', { module: activity.moduleName })}</p>;
    case 'forum':
    case 'wiki':
    case 'glossary':
    case 'assignment':
    case 'choice':
    case 'logbook':
      return <ActivityDescription activity={activity} />;
    default: {
      const unknown: never = activity;
      return unknown;
    }
  }
};
