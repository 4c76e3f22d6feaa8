import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../shared/domain/activity';
import type { QuizSettings as QuizSettingsData } from '../../../shared/domain/quiz-settings';
import type { ActivitySave } from '../../hooks/use-activity-save';
import { parseNumberSetting } from '../../state/parse-setting';
import { SettingsSelectField } from './settings-select-field';
import { SettingsTextField } from './settings-text-field';
import { useQuizParcours } from '../../hooks/use-quiz-parcours';
import { useQuizSlots } from '../../hooks/use-quiz-slots';
import { OverallFeedbackEditor } from '../quiz/overall-feedback-editor';
import { QuizSlotsEditor } from '../quiz/quiz-slots-editor';
import { ReviewOptionsGrid } from '../quiz/review-options-grid';
import { QuizTryDialog } from '../try-it/quiz-try-dialog';

const PURPOSES = ['knowledge', 'positioning'] as const;
const METHODS = ['highest', 'average', 'first', 'last'] as const;
const BEHAVIOURS = [
  'deferredfeedback',
  'adaptive',
  'adaptivenopenalty',
  'interactive',
  'immediatefeedback',
  'deferredcbm',
  'immediatecbm',
] as const satisfies readonly QuizSettingsData['preferredBehaviour'][];
const parseAttempts = parseNumberSetting('attempts', { min: 0, max: 100, nullable: false });
const parsePass = parseNumberSetting('gradeToPass', {
  min: 0,
  max: 1000,
  nullable: true,
  integer: false,
});
const parseLimit = parseNumberSetting('timeLimitMinutes', { min: 0, max: 100_000, nullable: true });

/** A quiz's settings and questions (slots of the parcours's bank), and "try it". */
export const QuizSettings = ({
  activity,
  save,
}: {
  activity: Extract<Activity, { type: 'quiz' }>;
  save: ActivitySave;
}) => {
  const { t } = useTranslation();
  const parcoursId = useQuizParcours(activity.id);
  const slots = useQuizSlots(activity, save, parcoursId);
  const [trying, setTrying] = useState(false);
  return (
    <>
      {parcoursId !== null && <QuizSlotsEditor quiz={slots} parcoursId={parcoursId} />}
      {parcoursId !== null && (
        <button
          type="button"
          className="button--primary"
          disabled={activity.slots.length === 0}
          onClick={() => {
            setTrying(true);
          }}
        >
          {t('questions.try.open')}
        </button>
      )}
      {trying && parcoursId !== null && (
        <QuizTryDialog
          quiz={activity}
          parcoursId={parcoursId}
          onClose={() => {
            setTrying(false);
          }}
        />
      )}
      <SettingsSelectField
        label={t('outline.settings.purpose')}
        value={activity.purpose}
        options={PURPOSES.map((v) => ({ value: v, label: t(`outline.quizPurpose.${v}`) }))}
        onChange={(purpose) => {
          save.saveNow('purpose', { purpose });
        }}
      />
      <SettingsTextField
        field="attempts"
        label={t('outline.settings.attempts')}
        help={t('outline.settings.attemptsHelp')}
        type="number"
        short
        value={String(activity.attempts)}
        save={save}
        parse={parseAttempts}
      />
      <SettingsTextField
        field="gradeToPass"
        label={t('outline.settings.gradeToPass')}
        type="number"
        short
        value={activity.gradeToPass === null ? '' : String(activity.gradeToPass)}
        save={save}
        parse={parsePass}
      />
      <SettingsTextField
        field="timeLimitMinutes"
        label={t('outline.settings.timeLimit')}
        type="number"
        short
        value={activity.timeLimitMinutes === null ? '' : String(activity.timeLimitMinutes)}
        save={save}
        parse={parseLimit}
      />
      <SettingsSelectField
        label={t('outline.settings.gradeMethod')}
        value={activity.gradeMethod}
        options={METHODS.map((v) => ({ value: v, label: t(`outline.gradeMethod.${v}`) }))}
        onChange={(gradeMethod) => {
          save.saveNow('gradeMethod', { gradeMethod });
        }}
      />
      <SettingsSelectField
        label={t('questions.quiz.questionOrder')}
        value={activity.sections[0]?.shuffleQuestions === true ? 'shuffle' : 'asIs'}
        options={(['asIs', 'shuffle'] as const).map((v) => ({
          value: v,
          label: t(`questions.quiz.order.${v}`),
        }))}
        onChange={(order) => {
          const sections = activity.sections.map((section) => ({
            ...section,
            shuffleQuestions: order === 'shuffle',
          }));
          save.saveNow('sections', { sections });
        }}
      />
      <SettingsSelectField
        label={t('questions.quiz.behaviour')}
        value={activity.preferredBehaviour}
        options={BEHAVIOURS.map((v) => ({ value: v, label: t(`questions.quiz.behaviours.${v}`) }))}
        onChange={(preferredBehaviour) => {
          save.saveNow('preferredBehaviour', { preferredBehaviour });
        }}
      />
      <ReviewOptionsGrid
        value={activity.review}
        onChange={(review) => {
          save.saveNow('review', { review });
        }}
      />
      <OverallFeedbackEditor
        bands={activity.overallFeedback}
        onChange={(overallFeedback) => {
          save.saveLater('overallFeedback', { overallFeedback });
        }}
      />
    </>
  );
};
