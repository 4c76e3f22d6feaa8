/**
 * What the kill-9 child says about the project after each acknowledged edit. The parent keeps
 * the union of all claims as the expected state and checks it after every SIGKILL.
 */
export interface EntityClaim {
  kind: 'section' | 'activity';
  id: string;
  exists: boolean;
  title?: string;
  text?: string;
  sectionId?: string;
}

/** One line of the child's stdout. `intent` precedes a dispatch, `ack` follows its success. */
export type ChildLine =
  | { type: 'ready' }
  | { type: 'intent'; claims: EntityClaim[] }
  | { type: 'ack'; claims: EntityClaim[] };
