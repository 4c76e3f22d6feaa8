import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { questionTypeSchema } from '../../../shared/domain/question-summary';
import type { QuestionFilters as Filters } from '../../hooks/use-question-bank';
import { CheckField } from '../question-editor/check-field';

/** Search, type, tag and "with subcategories" filters of the bank's list. */
export const QuestionFilters = ({
  filters,
  tags,
  onChange,
}: {
  filters: Filters;
  tags: string[];
  onChange: (filters: Filters) => void;
}) => {
  const { t } = useTranslation();
  const searchId = useId();
  const typeId = useId();
  const tagId = useId();
  return (
    <div className="bank-filters" role="search">
      <div className="field">
        <label htmlFor={searchId}>{t('questions.bank.search')}</label>
        <input
          id={searchId}
          type="search"
          value={filters.search}
          onChange={(event) => {
            onChange({ ...filters, search: event.target.value });
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={typeId}>{t('questions.bank.typeFilter')}</label>
        <select
          id={typeId}
          value={filters.type ?? ''}
          onChange={(event) => {
            const parsed = questionTypeSchema.safeParse(event.target.value);
            const { type: _old, ...rest } = filters;
            onChange(parsed.success ? { ...rest, type: parsed.data } : rest);
          }}
        >
          <option value="">{t('questions.bank.allTypes')}</option>
          {questionTypeSchema.options.map((type) => (
            <option key={type} value={type}>
              {t(`questions.types.${type}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={tagId}>{t('questions.bank.tagFilter')}</label>
        <select
          id={tagId}
          value={filters.tags[0] ?? ''}
          onChange={(event) => {
            onChange({ ...filters, tags: event.target.value === '' ? [] : [event.target.value] });
          }}
        >
          <option value="">{t('questions.bank.allTags')}</option>
          {tags.map((tag) => (
            <option key={tag}>{tag}</option>
          ))}
        </select>
      </div>
      <CheckField
        label={t('questions.bank.includeSubcategories')}
        checked={filters.includeSubcategories}
        onChange={(includeSubcategories) => {
          onChange({ ...filters, includeSubcategories });
        }}
      />
    </div>
  );
};
