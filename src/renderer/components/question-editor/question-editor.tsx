import { useTranslation } from 'react-i18next';
import type { Question } from '../../../shared/domain/question';
import { ClozePreview } from './cloze-preview';
import { CombinedFeedbackFields } from './combined-feedback-fields';
import { CommonFields } from './common-fields';
import { DdwtosFields } from './ddwtos-fields';
import { EssayFields } from './essay-fields';
import { GapselectFields } from './gapselect-fields';
import { HintsFields } from './hints-fields';
import { MatchFields } from './match-fields';
import { MultichoiceFields } from './multichoice-fields';
import { NumericalFields } from './numerical-fields';
import { OrderingFields } from './ordering-fields';
import { ShortanswerFields } from './shortanswer-fields';
import { TruefalseFields } from './truefalse-fields';
import '../../styles/question-editor.css';

interface QuestionEditorProps {
  question: Question;
  onChange: (question: Question) => void;
  errorOf: (field: string) => string | null;
}

/** The fields of one type of question (the common ones are in `CommonFields`). */
const TypeFields = ({ question: q, onChange, errorOf }: QuestionEditorProps) => {
  const { t } = useTranslation();
  switch (q.type) {
    case 'multichoice':
      return <MultichoiceFields question={q} onChange={onChange} error={errorOf('answers')} />;
    case 'truefalse':
      return <TruefalseFields question={q} onChange={onChange} />;
    case 'shortanswer':
      return <ShortanswerFields question={q} onChange={onChange} error={errorOf('answers')} />;
    case 'numerical':
      return <NumericalFields question={q} onChange={onChange} errorOf={errorOf} />;
    case 'match':
      return <MatchFields question={q} onChange={onChange} error={errorOf('subquestions')} />;
    case 'gapselect':
      return <GapselectFields question={q} onChange={onChange} error={errorOf('choices')} />;
    case 'ddwtos':
      return <DdwtosFields question={q} onChange={onChange} error={errorOf('choices')} />;
    case 'ordering':
      return <OrderingFields question={q} onChange={onChange} errorOf={errorOf} />;
    case 'multianswer':
      return <ClozePreview question={q} />;
    case 'essay':
      return <EssayFields question={q} onChange={onChange} error={errorOf('maxWordLimit')} />;
    case 'description':
      return null;
    case 'kept':
      return <p className="muted">{t('questions.editor.notEditable')}</p>;
  }
};

/**
 * The editor of a bank question: what every question has, what its type has, combined feedback
 * and hints. It edits a draft; the bank saves it.
 */
export const QuestionEditor = ({ question, onChange, errorOf }: QuestionEditorProps) => (
  <div className="question-editor">
    <CommonFields question={question} onChange={onChange} errorOf={errorOf} />
    <TypeFields question={question} onChange={onChange} errorOf={errorOf} />
    {'combinedFeedback' in question && (
      <CombinedFeedbackFields
        value={question.combinedFeedback}
        onChange={(combinedFeedback) => {
          onChange({ ...question, combinedFeedback });
        }}
      />
    )}
    {question.type !== 'description' && question.type !== 'essay' && (
      <HintsFields
        hints={question.hints}
        onChange={(hints) => {
          onChange({ ...question, hints });
        }}
      />
    )}
  </div>
);
