import { ALL_ROLES, type Role } from '../../../shared/domain/role';

/** The Moodle roles Atelier's roles become (DESIGN §2, docs/mbz.md). */
export const MOODLE_ROLE_OF: Readonly<Record<Role, string>> = {
  participant: 'student',
  formateur: 'editingteacher',
  tuteur: 'teacher',
  concepteur: 'manager',
};

/** Moodle's standard role ids and sort orders: a backup's `roles.xml` may use them as they are. */
export const STANDARD_ROLE_IDS: Readonly<Record<string, number>> = {
  manager: 1,
  coursecreator: 2,
  editingteacher: 3,
  teacher: 4,
  student: 5,
  guest: 6,
  user: 7,
  frontpage: 8,
};

/** What lets a role see a hidden activity; a PREVENT on it hides the activity from that role. */
export const VIEW_HIDDEN_ACTIVITIES = 'moodle/course:viewhiddenactivities';

/** How Moodle shows an item to Atelier's roles. */
export interface MoodleVisibility {
  /** `visible` 1 shows it to everyone; 0 to the roles that may view hidden items. */
  visible: boolean;
  /** Moodle roles (shortnames) to PREVENT from viewing it although hidden. */
  prevented: string[];
  /** False when Moodle cannot say exactly `visibleTo` (the meta line then keeps it). */
  exact: boolean;
}

const TRAINERS: readonly Role[] = ['formateur', 'tuteur', 'concepteur'];

/**
 * `visibleTo` in Moodle's terms. Participants seeing it: visible (trainers always see visible
 * items, so excluding a trainer role is not expressible). Participants not seeing it: hidden,
 * which teachers and managers still see; with `overrides` (activities have a context, sections
 * do not), each trainer role left out gets a PREVENT on `moodle/course:viewhiddenactivities`.
 */
export const moodleVisibility = (
  visibleTo: readonly Role[],
  overrides: boolean,
): MoodleVisibility => {
  if (visibleTo.includes('participant')) {
    return { visible: true, prevented: [], exact: ALL_ROLES.every((r) => visibleTo.includes(r)) };
  }
  const excluded = TRAINERS.filter((r) => !visibleTo.includes(r));
  return {
    visible: false,
    prevented: overrides ? excluded.map((r) => MOODLE_ROLE_OF[r]) : [],
    exact: overrides || excluded.length === 0,
  };
};

/**
 * The Atelier roles that see an item Moodle shows as `visible` with PREVENTs for `prevented`
 * roles; `declared` (the meta line's roles) wins when it gives the same Moodle state, so what
 * Moodle cannot say comes back as written.
 */
export const visibleToFrom = (
  visible: boolean,
  prevented: readonly string[],
  declared: readonly Role[] | undefined,
  overrides: boolean,
): Role[] => {
  const derived = visible
    ? [...ALL_ROLES]
    : TRAINERS.filter((r) => !prevented.includes(MOODLE_ROLE_OF[r]));
  if (declared === undefined) return derived;
  const again = moodleVisibility(declared, overrides);
  const trainerPrevents = TRAINERS.map((r) => MOODLE_ROLE_OF[r]).filter((r) =>
    prevented.includes(r),
  );
  const same =
    again.visible === visible &&
    (visible ||
      (again.prevented.length === trainerPrevents.length &&
        again.prevented.every((r) => trainerPrevents.includes(r))));
  return same ? ALL_ROLES.filter((r) => declared.includes(r)) : derived;
};
