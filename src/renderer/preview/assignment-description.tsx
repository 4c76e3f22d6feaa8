import { useTranslation } from 'react-i18next';
import type { PreviewActivity } from '../../shared/preview/preview-model';
import { formatMark } from '../components/try-it/format-mark';

type Assignment = Extract<PreviewActivity, { type: 'assignment' }>;

/** What an assignment asks: how to hand it in, by when, and how it is graded. */
export const AssignmentDescription = ({ assignment: a }: { assignment: Assignment }) => {
  const { t, i18n } = useTranslation();
  const ways = [
    a.onlineText ? t('preview.assignment.onlineText') : null,
    a.fileSubmission ? t('preview.assignment.files', { count: a.maxFiles }) : null,
  ].filter((way) => way !== null);
  return (
    <dl className="pv-facts">
      <div>
        <dt>{t('preview.assignment.submission')}</dt>
        <dd>
          {ways.length === 0 ? t('preview.assignment.noSubmission') : ways.join(t('preview.and'))}
        </dd>
      </div>
      <div>
        <dt>{t('preview.assignment.due')}</dt>
        <dd>
          {a.dueOffsetDays === null
            ? t('preview.assignment.noDue')
            : t('preview.assignment.dueAfter', { count: a.dueOffsetDays })}
        </dd>
      </div>
      <div>
        <dt>{t('preview.assignment.grade')}</dt>
        <dd>
          {t('preview.assignment.outOf', { max: formatMark(a.maxGrade, i18n.language) })}
          {a.gradeToPass !== null &&
            ` · ${t('preview.assignment.toPass', { grade: formatMark(a.gradeToPass, i18n.language) })}`}
        </dd>
      </div>
    </dl>
  );
};
