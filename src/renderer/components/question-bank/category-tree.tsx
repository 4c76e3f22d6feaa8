import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionCategoryNode } from '../../../shared/domain/question-category-node';
import type { useQuestionActions } from '../../hooks/use-question-actions';
import { CategoryNameForm } from './category-name-form';

interface CategoryTreeProps {
  categories: QuestionCategoryNode[];
  selectedId: string | undefined;
  onSelect: (id: string | undefined) => void;
  actions: ReturnType<typeof useQuestionActions>;
}

/** The bank's categories, nested, with their counts; new, rename, delete, new subcategory. */
export const CategoryTree = ({ categories, selectedId, onSelect, actions }: CategoryTreeProps) => {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<{ mode: 'new' | 'rename'; id: string | null } | null>(
    null,
  );
  const total = categories.reduce((sum, c) => sum + c.questionCount, 0);
  return (
    <nav className="bank-categories" aria-label={t('questions.bank.categories')}>
      <h3>{t('questions.bank.categories')}</h3>
      <ul className="bank-categories__list">
        <li>
          <button
            type="button"
            className="bank-categories__name"
            aria-pressed={selectedId === undefined}
            onClick={() => {
              onSelect(undefined);
            }}
          >
            {t('questions.bank.allCategories', { count: total })}
          </button>
        </li>
        {categories.map((category) => (
          <li key={category.id} style={{ paddingLeft: `${category.depth * 1.1}rem` }}>
            {editing?.mode === 'rename' && editing.id === category.id ? (
              <CategoryNameForm
                label={t('questions.bank.renameLabel', { name: category.name })}
                initial={category.name}
                onCancel={() => {
                  setEditing(null);
                }}
                onSubmit={(name) => {
                  actions.updateCategory.mutate({ id: category.id, patch: { name } });
                  setEditing(null);
                }}
              />
            ) : (
              <div className="bank-categories__row">
                <button
                  type="button"
                  className="bank-categories__name"
                  aria-pressed={selectedId === category.id}
                  onClick={() => {
                    onSelect(category.id);
                  }}
                >
                  {category.name} <span className="muted">({category.totalQuestionCount})</span>
                </button>
                <button
                  type="button"
                  className="button--quiet"
                  aria-label={t('questions.bank.renameNamed', { name: category.name })}
                  onClick={() => {
                    setEditing({ mode: 'rename', id: category.id });
                  }}
                >
                  {t('questions.bank.rename')}
                </button>
                <button
                  type="button"
                  className="button--quiet"
                  aria-label={t('questions.bank.subcategoryNamed', { name: category.name })}
                  onClick={() => {
                    setEditing({ mode: 'new', id: category.id });
                  }}
                >
                  {t('questions.bank.subcategory')}
                </button>
                <button
                  type="button"
                  className="button--quiet button--danger-text"
                  aria-label={t('questions.bank.deleteCategoryNamed', { name: category.name })}
                  onClick={() => {
                    actions.deleteCategory.mutate(category.id);
                    if (selectedId === category.id) onSelect(undefined);
                  }}
                >
                  {t('questions.bank.delete')}
                </button>
              </div>
            )}
            {editing?.mode === 'new' && editing.id === category.id && (
              <CategoryNameForm
                label={t('questions.bank.newSubcategoryOf', { name: category.name })}
                initial=""
                onCancel={() => {
                  setEditing(null);
                }}
                onSubmit={(name) => {
                  actions.createCategory.mutate({ parentId: category.id, name });
                  setEditing(null);
                }}
              />
            )}
          </li>
        ))}
      </ul>
      {editing?.mode === 'new' && editing.id === null ? (
        <CategoryNameForm
          label={t('questions.bank.newCategory')}
          initial=""
          onCancel={() => {
            setEditing(null);
          }}
          onSubmit={(name) => {
            actions.createCategory.mutate({ parentId: null, name });
            setEditing(null);
          }}
        />
      ) : (
        <button
          type="button"
          onClick={() => {
            setEditing({ mode: 'new', id: null });
          }}
        >
          {t('questions.bank.addCategory')}
        </button>
      )}
    </nav>
  );
};
