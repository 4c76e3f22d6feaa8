import { useTranslation } from 'react-i18next';
import type { ExportFormat } from '../../../shared/domain/exchange';
import type { MoodleTarget, useExchangeExportForm } from '../../hooks/use-exchange-export-form';
import { ExchangeChoiceField } from './exchange-choice-field';
import { ExchangePathField } from './exchange-path-field';

interface ExportFormProps {
  form: ReturnType<typeof useExchangeExportForm>;
  pending: boolean;
  browse: ((format: ExportFormat) => Promise<string | null>) | null;
  onSubmit: () => void;
  onCancel: () => void;
}

/** The destination field's label key for each format (its help is the same key + `Help`). */
const PATH_LABEL: Record<ExportFormat, string> = {
  mbz: 'exchange.export.pathMbz',
  folder: 'exchange.export.pathFolder',
  review: 'exchange.export.pathReview',
  'review-zip': 'exchange.export.pathReviewZip',
};

/**
 * What to write and where: a Moodle backup (version, compression), a parcours folder, or the
 * review package (one HTML file, or a zip with the media beside it).
 */
export const ExportForm = ({ form, pending, browse, onSubmit, onCancel }: ExportFormProps) => {
  const { t } = useTranslation();
  const mbz = form.format === 'mbz';
  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        if (form.valid && !pending) onSubmit();
      }}
    >
      <ExchangeChoiceField<ExportFormat>
        legend={t('exchange.export.format')}
        autoFocus
        value={form.format}
        onChange={form.setFormat}
        choices={[
          {
            value: 'mbz',
            label: t('exchange.format.mbz'),
            help: t('exchange.export.mbzHelp'),
          },
          {
            value: 'folder',
            label: t('exchange.format.folderForGit'),
            help: t('exchange.export.folderHelp'),
          },
          {
            value: 'review',
            label: t('exchange.format.review'),
            help: t('exchange.export.reviewHelp'),
          },
          {
            value: 'review-zip',
            label: t('exchange.format.reviewZip'),
            help: t('exchange.export.reviewZipHelp'),
          },
        ]}
      />
      {mbz && (
        <div className="exchange-form__mbz">
          <ExchangeChoiceField<MoodleTarget>
            legend={t('exchange.export.moodle')}
            value={form.moodle}
            onChange={form.setMoodle}
            choices={[
              { value: '4.1', label: t('exchange.export.moodle41') },
              { value: '4.5', label: t('exchange.export.moodle45') },
            ]}
          />
          <ExchangeChoiceField<'tar' | 'zip'>
            legend={t('exchange.export.compression')}
            value={form.zip ? 'zip' : 'tar'}
            onChange={(value) => {
              form.setZip(value === 'zip');
            }}
            choices={[
              { value: 'tar', label: t('exchange.export.tarGz') },
              { value: 'zip', label: t('exchange.export.zip') },
            ]}
          />
        </div>
      )}
      <ExchangePathField
        label={t(PATH_LABEL[form.format])}
        help={t(`${PATH_LABEL[form.format]}Help`)}
        value={form.path}
        onChange={form.setPath}
        browse={browse === null ? null : () => browse(form.format)}
      />
      <div className="modal__actions">
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button--primary" disabled={!form.valid || pending}>
          {t('exchange.export.submit')}
        </button>
      </div>
    </form>
  );
};
