import { useTranslation } from 'react-i18next';
import type { Role } from '../../shared/domain/role';
import { restrictedReaders } from './restricted-readers';

/**
 * Who sees an item that not every role sees, as Moodle marks what students cannot see. A page
 * holds only what its role sees, so a participant never meets the badge on a hidden item.
 */
export const AudienceBadge = ({ visibleTo }: { visibleTo: readonly Role[] }) => {
  const { t } = useTranslation();
  const readers = restrictedReaders(visibleTo);
  if (readers === null) return null;
  return (
    <span className="pv-badge pv-badge--audience">
      {readers.length === 0
        ? t('preview.audience.designersOnly')
        : t('preview.audience.only', {
            roles: readers.map((role) => t(`preview.audience.role.${role}`)).join(', '),
          })}
    </span>
  );
};
