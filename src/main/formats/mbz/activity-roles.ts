import type { XmlNode } from '../moodle-xml/xml-node';
import type { MbzXmlFile } from './mbz-module';
import type { KeptOverride } from './mbz-source';
import type { MbzWriteState } from './mbz-write-state';
import { VIEW_HIDDEN_ACTIVITIES } from './role-visibility';

/** PREVENT, as `role_capabilities.permission` stores it. */
const PREVENT = -1;

/**
 * An activity's `roles.xml`: a PREVENT on `moodle/course:viewhiddenactivities` for each Moodle
 * role that must not see the hidden activity, then the overrides its source kept. Returns the
 * file and the role ids to list in the inforef (restore drops overrides of roles no inforef
 * names, README §14.4).
 */
export const activityRoles = (
  prevented: readonly string[],
  kept: readonly KeptOverride[],
  state: MbzWriteState,
): { file: MbzXmlFile; roleIds: number[] } => {
  const overrides: XmlNode[] = [];
  const roleIds = new Set<number>();
  const add = (roleid: number, capability: string, permission: number): void => {
    roleIds.add(roleid);
    overrides.push({
      '@_id': state.ids.next('override'),
      roleid,
      capability,
      permission,
      timemodified: state.time,
      modifierid: 2,
    });
  };
  for (const shortname of prevented)
    add(state.roles.use(shortname), VIEW_HIDDEN_ACTIVITIES, PREVENT);
  for (const o of kept) {
    add(
      state.roles.use(o.role.shortname, o.role.name, o.role.archetype),
      o.capability,
      o.permission,
    );
  }
  return {
    file: {
      name: 'roles.xml',
      root: 'roles',
      tree: {
        role_overrides: overrides.length === 0 ? {} : { override: overrides },
        role_assignments: {},
      },
    },
    roleIds: [...roleIds].sort((a, b) => a - b),
  };
};
