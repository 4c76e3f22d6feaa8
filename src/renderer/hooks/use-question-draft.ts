import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../shared/domain/question';
import { parseClozeParts } from '../../shared/domain/question-cloze-parts';
import {
  type QuestionProblem,
  validateQuestion,
} from '../components/question-editor/validate-question';
import { queryKeys } from '../state/query-keys';
import { useClient } from './use-client';

/** A cloze's parts and mark follow its text (the text is canonical). */
const derive = (q: Question): Question => {
  if (q.type !== 'multianswer') return q;
  const parts = parseClozeParts(q.text.text);
  return { ...q, parts, defaultMark: parts.reduce((sum, p) => sum + p.weight, 0) };
};

/**
 * The draft of a question being edited: loaded (or given when new), changed field by field,
 * checked on save; problems are shown after the first save attempt.
 */
export const useQuestionDraft = (
  target: { kind: 'edit'; id: string } | { kind: 'new'; question: Question },
  save: (question: Question, isNew: boolean) => Promise<unknown>,
) => {
  const client = useClient();
  const { t } = useTranslation();
  const loaded = useQuery({
    queryKey: queryKeys.question(target.kind === 'edit' ? target.id : 'new'),
    queryFn: () =>
      target.kind === 'edit' ? client.invoke('question.get', { id: target.id }) : null,
    enabled: target.kind === 'edit',
  });
  const [edited, setDraft] = useState<Question | null>(
    target.kind === 'new' ? target.question : null,
  );
  const draft = edited ?? loaded.data ?? null;
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const problems: QuestionProblem[] = draft === null || !tried ? [] : validateQuestion(draft);
  const messageOf = (p: QuestionProblem) => t(p.key, p.values);
  return {
    draft,
    problems: problems.map((p) => ({ field: p.field, message: messageOf(p) })),
    errorOf: (field: string): string | null => {
      const found = problems.find((p) => p.field === field);
      return found ? messageOf(found) : null;
    },
    change: (question: Question) => {
      setDraft(derive(question));
    },
    saving,
    /** Resolves true when saved; false when the draft has problems (now shown). */
    submit: async (): Promise<boolean> => {
      if (draft === null) return false;
      setTried(true);
      if (validateQuestion(draft).length > 0) return false;
      setSaving(true);
      try {
        await save(derive(draft), target.kind === 'new');
        return true;
      } catch {
        return false;
      } finally {
        setSaving(false);
      }
    },
  };
};
