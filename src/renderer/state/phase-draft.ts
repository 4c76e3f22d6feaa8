import type { Section } from '../../shared/domain/section';

type Phase = Section['phase'];

export interface PhaseDraft {
  kind: Phase['kind'];
  value: string;
}

/** The phase typed by the author, or the key of the French reason it cannot be saved. */
export const parsePhase = (draft: PhaseDraft): { phase: Phase } | { error: string } => {
  if (draft.kind === 'none') return { phase: { kind: 'none' } };
  const n = Number(draft.value);
  const [min, max] = draft.kind === 'week' ? [1, 520] : [0, 3650];
  if (draft.value.trim() === '' || !Number.isInteger(n) || n < min || n > max)
    return {
      error: draft.kind === 'week' ? 'outline.phase.weekError' : 'outline.phase.offsetError',
    };
  return { phase: draft.kind === 'week' ? { kind: 'week', week: n } : { kind: 'offset', days: n } };
};

export const phaseDraft = (phase: Phase): PhaseDraft =>
  phase.kind === 'week'
    ? { kind: 'week', value: String(phase.week) }
    : phase.kind === 'offset'
      ? { kind: 'offset', value: String(phase.days) }
      : { kind: 'none', value: '' };
