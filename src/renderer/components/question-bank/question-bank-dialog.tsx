import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../../shared/domain/question';
import type { QuestionSummary } from '../../../shared/domain/question-summary';
import { useQuestionActions } from '../../hooks/use-question-actions';
import { useQuestionBank } from '../../hooks/use-question-bank';
import { useQuestionTransfer } from '../../hooks/use-question-transfer';
import { ConfirmDialog } from '../confirm-dialog';
import { ModalDialog } from '../modal-dialog';
import { newQuestion } from '../question-editor/new-question';
import { CategoryTree } from './category-tree';
import { ImportReportDialog } from './import-report-dialog';
import { NewQuestionForm } from './new-question-form';
import { QuestionEditPanel } from './question-edit-panel';
import { QuestionFilters } from './question-filters';
import { QuestionList } from './question-list';
import { TransferBar } from './transfer-bar';
import '../../styles/question-bank.css';

type Editing = { kind: 'edit'; id: string } | { kind: 'new'; question: Question } | null;

/** The question bank of a parcours: categories, filtered list, editor, import and export. */
export const QuestionBankDialog = ({
  parcoursId,
  onClose,
}: {
  parcoursId: string;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const bank = useQuestionBank(parcoursId);
  const actions = useQuestionActions(parcoursId);
  const transfer = useQuestionTransfer(parcoursId);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<QuestionSummary | null>(null);
  const categoryId = bank.filters.categoryId ?? bank.categories[0]?.id;
  const save = async (question: Question, isNew: boolean) => {
    if (isNew) {
      const { id: _id, categoryId: target, ...draft } = question;
      await actions.create.mutateAsync({ categoryId: target, question: draft });
    } else await actions.update.mutateAsync(question);
  };
  return (
    <ModalDialog title={t('questions.bank.title')} onClose={onClose} className="modal--bank">
      {actions.error !== null && (
        <p role="alert" className="error-text">
          {actions.error}
        </p>
      )}
      {editing !== null ? (
        <QuestionEditPanel
          key={editing.kind === 'edit' ? editing.id : 'new'}
          target={editing}
          save={save}
          onDone={() => {
            setEditing(null);
          }}
        />
      ) : (
        <div className="bank">
          <CategoryTree
            categories={bank.categories}
            selectedId={bank.filters.categoryId}
            onSelect={(id) => {
              const { categoryId: _old, ...rest } = bank.filters;
              bank.setFilters(id === undefined ? rest : { ...rest, categoryId: id });
            }}
            actions={actions}
          />
          <div className="bank__questions">
            <TransferBar transfer={transfer} categoryId={bank.filters.categoryId} />
            <NewQuestionForm
              disabled={categoryId === undefined}
              onCreate={(type) => {
                if (categoryId === undefined) return;
                setEditing({
                  kind: 'new',
                  question: newQuestion(type, { id: crypto.randomUUID(), categoryId }),
                });
              }}
            />
            {categoryId === undefined && <p className="muted">{t('questions.bank.noCategory')}</p>}
            <QuestionFilters filters={bank.filters} tags={bank.tags} onChange={bank.setFilters} />
            <QuestionList
              questions={bank.questions}
              onEdit={(id) => {
                setEditing({ kind: 'edit', id });
              }}
              onDuplicate={(id) => {
                actions.duplicate.mutate(id);
              }}
              onDelete={setDeleting}
            />
          </div>
        </div>
      )}
      <div className="modal__actions">
        <button type="button" onClick={onClose}>
          {t('questions.bank.close')}
        </button>
      </div>
      {deleting !== null && (
        <ConfirmDialog
          title={t('questions.bank.deleteTitle')}
          message={
            deleting.usedBy.length > 0
              ? t('questions.bank.deleteUsed', {
                  name: deleting.name,
                  count: deleting.usedBy.length,
                })
              : t('questions.bank.deleteMessage', { name: deleting.name })
          }
          confirmLabel={t('questions.bank.delete')}
          danger
          onCancel={() => {
            setDeleting(null);
          }}
          onConfirm={() => {
            actions.remove.mutate({ ids: [deleting.id], force: deleting.usedBy.length > 0 });
            setDeleting(null);
          }}
        />
      )}
      {transfer.report !== null && (
        <ImportReportDialog
          fileName={transfer.report.fileName}
          result={transfer.report.result}
          onClose={transfer.closeReport}
        />
      )}
    </ModalDialog>
  );
};
