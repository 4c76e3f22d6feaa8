import type { MbzFolder } from './mbz-folder';
import type { RoleOfId } from './read-activity-folder';
import { mbz } from './mbz-tree';

/** The roles of the root `roles.xml`, by id (overrides name their role by id). */
export const readRoles = (folder: MbzFolder): RoleOfId => {
  const roles = new Map(
    mbz.list(folder.xml('roles.xml', 'roles_definition') ?? {}, 'role').map((r) => [
      mbz.id(r),
      {
        shortname: mbz.str(r, 'shortname'),
        name: mbz.str(r, 'name'),
        archetype: mbz.str(r, 'archetype'),
      },
    ]),
  );
  return (id) => roles.get(id);
};
