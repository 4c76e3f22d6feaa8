import { describe, expect, it } from 'vitest';
import { resolveParcours } from '../../../src/main/cli/resolve-parcours';
import { UsageError } from '../../../src/main/cli/usage-error';
import { AppError } from '../../../src/shared/contract/app-error';
import type { ParcoursSummary, ProjectSummary } from '../../../src/shared/domain/project';

const parcours = (number: number, shortName: string): ParcoursSummary => ({
  id: `id-${number}`,
  number,
  kind: 'parcours',
  title: shortName,
  shortName,
  declaredHours: 3,
  status: 'construction',
  version: '0.1',
  sectionCount: 0,
  activityCount: 0,
});

const project = (...list: ParcoursSummary[]): ProjectSummary => ({
  path: '/p.atelier',
  title: 'P',
  schemaVersion: 1,
  revision: 0,
  parcours: list,
  locationWarning: null,
});

describe('resolveParcours', () => {
  const two = project(parcours(1, 'alpha'), parcours(2, '42'));

  it('takes the only parcours when omitted', () => {
    expect(resolveParcours(project(parcours(1, 'alpha')), undefined).id).toBe('id-1');
  });

  it('asks for --parcours when several exist (usage error)', () => {
    expect(() => resolveParcours(two, undefined)).toThrow(UsageError);
  });

  it('reports an empty project as not found', () => {
    expect(() => resolveParcours(project(), undefined)).toThrow(AppError);
  });

  it('finds by number first, then by short name (case-insensitive)', () => {
    expect(resolveParcours(two, '2').id).toBe('id-2');
    expect(resolveParcours(two, 'ALPHA').id).toBe('id-1');
    expect(resolveParcours(project(parcours(1, '42')), '42').id).toBe('id-1');
  });

  it('refuses an unknown reference with not_found', () => {
    try {
      resolveParcours(two, '3');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('not_found');
    }
  });
});
