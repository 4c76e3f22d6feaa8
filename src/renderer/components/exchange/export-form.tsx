import { useTranslation } from 'react-i18next';
import type { ExchangeFormat } from '../../../shared/domain/exchange';
import type { MoodleTarget, useExchangeExportForm } from '../../hooks/use-exchange-export-form';
import { ExchangeChoiceField } from './exchange-choice-field';
import { ExchangePathField } from './exchange-path-field';

interface ExportFormProps {
  form: ReturnType<typeof useExchangeExportForm>;
  pending: boolean;
  browse: ((format: ExchangeFormat) => Promise<string | null>) | null;
  onSubmit: () => void;
  onCancel: () => void;
}

/** What to write and where: a Moodle backup (version, compression) or a parcours folder. */
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
      <ExchangeChoiceField<ExchangeFormat>
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
        label={t(mbz ? 'exchange.export.pathMbz' : 'exchange.export.pathFolder')}
        help={t(mbz ? 'exchange.export.pathMbzHelp' : 'exchange.export.pathFolderHelp')}
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
