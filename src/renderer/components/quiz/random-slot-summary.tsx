import { useTranslation } from 'react-i18next';
import type { RandomFilter } from '../../hooks/use-random-match-counts';

/** Under a random slot's name: subcategories, required tags, and how many questions match. */
export const RandomSlotSummary = ({
  id,
  filter,
  count,
}: {
  id: string;
  filter: RandomFilter;
  count: number | null;
}) => {
  const { t } = useTranslation();
  const parts = [
    filter.includeSubcategories
      ? t('quizDesign.random.withSubcategories')
      : t('quizDesign.random.withoutSubcategories'),
    filter.tags.length > 0
      ? t('quizDesign.random.tagList', { tags: filter.tags.join(', ') })
      : null,
    count === null ? null : t('quizDesign.random.matching', { count }),
  ].filter((part) => part !== null);
  return (
    <span id={id} className={count === 0 ? 'quiz-slots__detail error-text' : 'quiz-slots__detail'}>
      {parts.join(' · ')}
    </span>
  );
};
