import type { TFunction } from 'i18next';
import type { Section } from '../../shared/domain/section';

/** When a section happens, as the timeline writes it: "Semaine 2", "J+3", or no date. */
export const formatPhase = (phase: Section['phase'], t: TFunction): string =>
  phase.kind === 'week'
    ? t('preview.phase.week', { week: phase.week })
    : phase.kind === 'offset'
      ? t('preview.phase.offset', { days: phase.days })
      : t('preview.phase.none');
