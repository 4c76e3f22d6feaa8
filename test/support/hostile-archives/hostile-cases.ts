import type { HostileCase } from './hostile-case';
import { bombCases } from './cases-bombs';
import { damageCases } from './cases-damage';
import { linkCases } from './cases-links';
import { nameCases } from './cases-names';
import { pathCases } from './cases-paths';
import { xmlCases } from './cases-xml';

/** Every file of test/fixtures/hostile-archives, in README order. */
export const hostileCases: readonly HostileCase[] = [
  ...pathCases,
  ...linkCases,
  ...bombCases,
  ...damageCases,
  ...nameCases,
  ...xmlCases,
];
