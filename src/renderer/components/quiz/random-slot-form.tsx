import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionCategoryNode } from '../../../shared/domain/question-category-node';
import { type RandomFilter, useRandomMatchCounts } from '../../hooks/use-random-match-counts';
import { CheckField } from '../question-editor/check-field';

const MAX_TAGS = 20;

/**
 * "Ajouter une question aléatoire": a category, with or without its subcategories, and the
 * tags every drawn question must carry (among those the bank uses); the number of questions
 * that match is announced as the filter changes.
 */
export const RandomSlotForm = ({
  parcoursId,
  categories,
  tags,
  onAdd,
}: {
  parcoursId: string;
  categories: readonly QuestionCategoryNode[];
  tags: readonly string[];
  onAdd: (filter: RandomFilter) => void;
}) => {
  const { t } = useTranslation();
  const catId = useId();
  const [categoryId, setCategoryId] = useState('');
  const [includeSubcategories, setSubcategories] = useState(true);
  const [chosen, setChosen] = useState<string[]>([]);
  const filter = { categoryId, includeSubcategories, tags: chosen };
  const [count] = useRandomMatchCounts(parcoursId, categoryId === '' ? [] : [filter]);
  return (
    <fieldset className="question-editor__group random-slot">
      <legend>{t('questions.quiz.addRandom')}</legend>
      <div className="question-editor__row">
        <div className="field">
          <label htmlFor={catId}>{t('questions.quiz.randomCategory')}</label>
          <select
            id={catId}
            value={categoryId}
            onChange={(e) => {
              setCategoryId(e.target.value);
            }}
          >
            <option value="">{t('questions.player.choose')}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {'— '.repeat(c.depth)}
                {c.name} ({c.totalQuestionCount})
              </option>
            ))}
          </select>
        </div>
        <CheckField
          label={t('quizDesign.random.includeSubcategories')}
          checked={includeSubcategories}
          onChange={setSubcategories}
        />
      </div>
      <fieldset className="random-slot__tags">
        <legend>{t('quizDesign.random.tags')}</legend>
        {tags.length === 0 ? (
          <p className="muted">{t('quizDesign.random.noTags')}</p>
        ) : (
          <div className="random-slot__tag-list">
            {tags.map((tag) => {
              const checked = chosen.includes(tag);
              return (
                <label key={tag} className="choice">
                  <input
                    type="checkbox"
                    checked={checked}
                    disabled={!checked && chosen.length >= MAX_TAGS}
                    onChange={(event) => {
                      setChosen(
                        event.target.checked ? [...chosen, tag] : chosen.filter((c) => c !== tag),
                      );
                    }}
                  />
                  {tag}
                </label>
              );
            })}
          </div>
        )}
      </fieldset>
      <p role="status" className={count === 0 ? 'error-text' : 'field__help'}>
        {categoryId === '' || count === null ? '' : t('quizDesign.random.matching', { count })}
      </p>
      <div>
        <button
          type="button"
          disabled={categoryId === ''}
          onClick={() => {
            onAdd(filter);
          }}
        >
          {t('questions.quiz.addRandom')}
        </button>
      </div>
    </fieldset>
  );
};
