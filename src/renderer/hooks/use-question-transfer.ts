import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionImportResult } from '../../shared/domain/question-import-result';
import { localizedMessage } from '../i18n/localized-message';
import { EDIT_META } from '../state/create-query-client';
import { toAppErrorData } from '../state/to-app-error-data';
import { useClient } from './use-client';

export type QuestionFormat = 'gift' | 'moodle-xml';

/** `.xml` files are Moodle XML; everything else (`.gift`, `.txt`) is read as GIFT. */
const formatOf = (name: string): QuestionFormat =>
  name.toLowerCase().endsWith('.xml') ? 'moodle-xml' : 'gift';

/**
 * Import of a GIFT / Moodle XML file chosen by the author (read as text, sent to the core), with
 * its report; export of a category (or the whole bank) as a file the browser downloads.
 */
export const useQuestionTransfer = (parcoursId: string) => {
  const client = useClient();
  const queryClient = useQueryClient();
  const { i18n } = useTranslation();
  const [report, setReport] = useState<{ fileName: string; result: QuestionImportResult } | null>(
    null,
  );
  const [error, setError] = useState<string | null>(null);
  const importFile = useMutation({
    meta: EDIT_META,
    mutationFn: async ({ file, categoryId }: { file: File; categoryId?: string }) => {
      const content = await file.text();
      return client.invoke('question.import', {
        parcoursId,
        format: formatOf(file.name),
        content,
        ...(categoryId === undefined ? {} : { categoryId }),
      });
    },
    onSuccess: (result, { file }) => {
      setReport({ fileName: file.name, result });
    },
    onError: (e) => {
      setError(localizedMessage(toAppErrorData(e), i18n.language));
    },
    onSettled: () =>
      queryClient.invalidateQueries({
        predicate: (q) => String(q.queryKey[0]).startsWith('question'),
      }),
  });
  const exportFile = useMutation({
    mutationFn: async ({ format, categoryId }: { format: QuestionFormat; categoryId?: string }) => {
      const out = await client.invoke('question.export', {
        parcoursId,
        format,
        ...(categoryId === undefined ? {} : { categoryId }),
      });
      const blob = new Blob([out.content], {
        type: format === 'gift' ? 'text/plain' : 'application/xml',
      });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `questions.${format === 'gift' ? 'gift.txt' : 'xml'}`;
      link.click();
      setTimeout(() => {
        URL.revokeObjectURL(link.href);
      }, 0);
      return out.report;
    },
    onError: (e) => {
      setError(localizedMessage(toAppErrorData(e), i18n.language));
    },
  });
  return {
    report,
    closeReport: () => {
      setReport(null);
    },
    error,
    importFile: (file: File, categoryId?: string) => {
      setError(null);
      importFile.mutate(categoryId === undefined ? { file } : { file, categoryId });
    },
    importing: importFile.isPending,
    exportFile: (format: QuestionFormat, categoryId?: string) => {
      setError(null);
      exportFile.mutate(categoryId === undefined ? { format } : { format, categoryId });
    },
    exportReport: exportFile.data ?? null,
  };
};
