import { describe, expect, it } from 'vitest';
import { moodleVisibility, visibleToFrom } from '../../../src/main/formats/mbz/role-visibility';
import { ALL_ROLES, type Role } from '../../../src/shared/domain/role';

describe('role-visibility', () => {
  it('shows to everyone what participants see', () => {
    expect(moodleVisibility(ALL_ROLES, true)).toEqual({
      visible: true,
      prevented: [],
      exact: true,
    });
    expect(moodleVisibility(['participant'], true)).toEqual({
      visible: true,
      prevented: [],
      exact: false,
    });
  });

  it('hides trainer-only content, and PREVENTs the trainer roles left out where overrides exist', () => {
    expect(moodleVisibility(['formateur', 'tuteur', 'concepteur'], true)).toEqual({
      visible: false,
      prevented: [],
      exact: true,
    });
    expect(moodleVisibility(['formateur'], true)).toEqual({
      visible: false,
      prevented: ['teacher', 'manager'],
      exact: true,
    });
    expect(moodleVisibility(['formateur'], false)).toEqual({
      visible: false,
      prevented: [],
      exact: false,
    });
  });

  it.each<Role[]>([
    [...ALL_ROLES],
    ['formateur', 'tuteur', 'concepteur'],
    ['formateur'],
    ['tuteur', 'concepteur'],
    [],
  ])('reads back %j from what it writes (activity)', (...roles) => {
    const v = moodleVisibility(roles, true);
    expect(visibleToFrom(v.visible, v.prevented, v.exact ? undefined : roles, true)).toEqual(roles);
  });

  it('takes the declared roles only when Moodle still says the same', () => {
    expect(visibleToFrom(false, [], ['formateur'], false)).toEqual(['formateur']);
    // Made visible in Moodle since: Moodle wins.
    expect(visibleToFrom(true, [], ['formateur'], false)).toEqual([...ALL_ROLES]);
  });
});
