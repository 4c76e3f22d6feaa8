import type { Role } from '../../shared/domain/role';

/** The concepteur sees everything: what matters is who else does. */
const READERS: readonly Role[] = ['participant', 'formateur', 'tuteur'];

/**
 * The roles (concepteur aside) that see an item not every role sees, or null when every role
 * sees it.
 */
export const restrictedReaders = (visibleTo: readonly Role[]): Role[] | null => {
  const readers = READERS.filter((role) => visibleTo.includes(role));
  return readers.length === READERS.length ? null : readers;
};
