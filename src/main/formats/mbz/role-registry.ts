import { STANDARD_ROLE_IDS } from './role-visibility';

/** A role as the root `roles.xml` defines it; restore maps it by shortname, then archetype. */
export interface RoleDefinition {
  id: number;
  shortname: string;
  name: string;
  archetype: string;
}

/**
 * The roles a backup being written refers to (enrolments, overrides). Standard roles keep
 * Moodle's ids; others get ids from 100 in the order they are first used.
 */
export class RoleRegistry {
  readonly #roles = new Map<string, RoleDefinition>();
  #next = 100;

  /** The id of a role, registering it the first time. */
  use(shortname: string, name = '', archetype = shortname): number {
    const known = this.#roles.get(shortname);
    if (known !== undefined) return known.id;
    const standard = STANDARD_ROLE_IDS[shortname];
    const id = standard ?? this.#next++;
    this.#roles.set(shortname, {
      id,
      shortname,
      name,
      archetype: standard === undefined ? archetype : shortname,
    });
    return id;
  }

  /** Every role used, by id. */
  definitions(): RoleDefinition[] {
    return [...this.#roles.values()].sort((a, b) => a.id - b.id);
  }
}
