import type { Activity } from '../../../shared/domain/activity';
import type { ActivitySave } from '../../hooks/use-activity-save';
import { AssignmentSettings } from './assignment-settings';
import { BookSettings } from './book-settings';
import { ChoiceSettings } from './choice-settings';
import { FeedbackSettings } from './feedback-settings';
import { FileSettings } from './file-settings';
import { ForumSettings } from './forum-settings';
import { GlossarySettings } from './glossary-settings';
import { LabelSettings } from './label-settings';
import { LogbookSettings } from './logbook-settings';
import { QuizSettings } from './quiz-settings';
import { UrlSettings } from './url-settings';
import { VirtualClassSettings } from './virtual-class-settings';
import { WikiSettings } from './wiki-settings';

/** The settings only one type has. Pages keep their full editor; foreign modules are kept whole. */
export const TypeSettings = ({ activity, save }: { activity: Activity; save: ActivitySave }) => {
  switch (activity.type) {
    case 'label':
      return <LabelSettings activity={activity} save={save} />;
    case 'url':
      return <UrlSettings activity={activity} save={save} />;
    case 'file':
      return <FileSettings activity={activity} save={save} />;
    case 'forum':
      return <ForumSettings activity={activity} save={save} />;
    case 'quiz':
      return <QuizSettings activity={activity} save={save} />;
    case 'feedback':
      return <FeedbackSettings activity={activity} save={save} />;
    case 'wiki':
      return <WikiSettings activity={activity} save={save} />;
    case 'glossary':
      return <GlossarySettings activity={activity} save={save} />;
    case 'assignment':
      return <AssignmentSettings activity={activity} save={save} />;
    case 'virtualClass':
      return <VirtualClassSettings activity={activity} save={save} />;
    case 'logbook':
      return <LogbookSettings activity={activity} save={save} />;
    case 'choice':
      return <ChoiceSettings activity={activity} save={save} />;
    case 'book':
      return <BookSettings activity={activity} save={save} />;
    case 'page':
    case 'foreign':
      return null;
  }
};
