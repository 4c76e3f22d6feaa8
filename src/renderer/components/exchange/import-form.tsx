import { useTranslation } from 'react-i18next';
import type { ExchangeFormat } from '../../../shared/domain/exchange';
import type { useExchangeImportForm } from '../../hooks/use-exchange-import-form';
import { ExchangeChoiceField } from './exchange-choice-field';
import { ExchangePathField } from './exchange-path-field';

interface ImportFormProps {
  form: ReturnType<typeof useExchangeImportForm>;
  pending: boolean;
  browse: ((format: ExchangeFormat) => Promise<string | null>) | null;
  onSubmit: () => void;
  onCancel: () => void;
}

/** What to read: a Moodle backup or a parcours folder, and its path. */
export const ImportForm = ({ form, pending, browse, onSubmit, onCancel }: ImportFormProps) => {
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
        legend={t('exchange.import.source')}
        autoFocus
        value={form.format}
        onChange={form.setFormat}
        choices={[
          { value: 'mbz', label: t('exchange.format.mbz'), help: t('exchange.import.mbzHelp') },
          {
            value: 'folder',
            label: t('exchange.format.folder'),
            help: t('exchange.import.folderHelp'),
          },
        ]}
      />
      <ExchangePathField
        label={t(mbz ? 'exchange.import.pathMbz' : 'exchange.import.pathFolder')}
        help={t('exchange.import.pathHelp')}
        value={form.path}
        onChange={form.setPath}
        browse={browse === null ? null : () => browse(form.format)}
      />
      <div className="modal__actions">
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button--primary" disabled={!form.valid || pending}>
          {t('exchange.import.submit')}
        </button>
      </div>
    </form>
  );
};
