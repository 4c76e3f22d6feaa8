/**
 * What is checked on an entry's bytes while they stream, before they are written: limits,
 * sizes and checksums. Either function may throw to refuse the entry.
 */
export interface StreamChecks {
  readonly onChunk?: (chunk: Buffer) => void;
  readonly onEnd?: () => void;
}
