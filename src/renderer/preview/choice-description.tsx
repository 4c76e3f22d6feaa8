import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreviewActivity } from '../../shared/preview/preview-model';

type Choice = Extract<PreviewActivity, { type: 'choice' }>;

/** A choice's options, as a form the participant will answer on the platform (disabled here). */
export const ChoiceDescription = ({ choice }: { choice: Choice }) => {
  const { t } = useTranslation();
  const name = useId();
  return (
    <>
      <form
        className="pv-choice"
        onSubmit={(event) => {
          event.preventDefault();
        }}
      >
        <fieldset disabled>
          <legend>{t('preview.choice.options')}</legend>
          {choice.options.length === 0 && <p className="muted">{t('preview.choice.none')}</p>}
          {choice.options.map((option, i) => (
            <label key={i} className="choice">
              <input type={choice.allowMultiple ? 'checkbox' : 'radio'} name={name} />
              {option}
            </label>
          ))}
        </fieldset>
      </form>
      <p>
        {t(choice.allowMultiple ? 'preview.choice.multiple' : 'preview.choice.single')}{' '}
        {t(choice.allowUpdate ? 'preview.choice.update' : 'preview.choice.final')}
      </p>
    </>
  );
};
