import { MEDIA_CHUNK_BYTES } from '../../../shared/domain/media';
import type { StagedBlob } from '../jobs/job-protocol';
import type { ProjectSession } from '../project-session';
import { mediaChunkWriter, type MediaChunkWriter } from './store-staged-media';

/** Chunks written per turn of the event loop: about 10 ms, so edits are answered in between. */
const CHUNKS_PER_TURN = 8;

/** Stores an import's media bytes ahead of its payload; see `createMediaPrestore`. */
export interface MediaPrestore {
  /** Queues a staged file's bytes. */
  offer(blob: StagedBlob): void;
  /** Writes nothing more: the import's own edit writes whatever is still missing. */
  stop(): void;
  /**
   * Deletes the bytes it stored that no medium (nor the undo journal) references — the
   * import failed or was cancelled, or a file of the backup was no medium: call once the job
   * has ended.
   */
  release(): void;
}

/**
 * While an import's worker is still inflating and reading a backup, the core's thread writes
 * the bytes of the files it has finished into `media_chunks`, a few chunks per turn of the
 * event loop. They are rows no medium references yet: the import's edit then finds them
 * complete (`hasChunks`) and only adds the media rows. Those writes run with
 * `synchronous=NORMAL` — no fsync each — because nothing is acknowledged on them: the
 * import's own commit (`synchronous=FULL`) syncs the WAL, earlier frames included, before
 * the import is reported done. Bytes left unreferenced are deleted by `release`, or, after a
 * crash, by the garbage collection every open runs.
 */
export const createMediaPrestore = (
  session: ProjectSession,
  isOpen: () => boolean,
  log: (message: string, error: unknown) => void,
): MediaPrestore => {
  const queue: StagedBlob[] = [];
  let writer: MediaChunkWriter | null = null;
  let scheduled = false;
  let stopped = false;
  /** The media ids whose bytes it started writing. */
  const written = new Set<string>();

  /** After a failed turn: out of any transaction left open, and back to `synchronous=FULL`. */
  const restoreFullSync = (): void => {
    const { db } = session;
    if (db.inTransaction) db.exec('ROLLBACK');
    db.pragma('synchronous = FULL');
  };

  const closeWriter = (): void => {
    writer?.close();
    writer = null;
  };

  /** The next blob that still needs writing, its writer open; null when the queue is empty. */
  const nextWriter = (): MediaChunkWriter | null => {
    const { media } = session.repos;
    for (let blob = queue.shift(); blob; blob = queue.shift()) {
      if (media.hasChunks(blob.sha256, blob.sizeBytes, MEDIA_CHUNK_BYTES)) continue;
      // Bytes of an earlier import stopped half-way, not yet collected.
      media.deleteChunks(blob.sha256);
      written.add(blob.sha256);
      return mediaChunkWriter(session, blob.sha256, blob.path, blob.sizeBytes);
    }
    return null;
  };

  const turn = (): void => {
    scheduled = false;
    if (stopped || !isOpen()) {
      closeWriter();
      return;
    }
    const { db } = session;
    try {
      db.pragma('synchronous = NORMAL');
      try {
        db.transaction(() => {
          writer ??= nextWriter();
          if (!writer) return;
          if (writer.step(CHUNKS_PER_TURN)) closeWriter();
        })();
      } finally {
        db.pragma('synchronous = FULL');
      }
    } catch (error) {
      // Never fatal: the import writes the bytes itself. But edits must be FULL again.
      log('media prestore stopped', error);
      stopped = true;
      closeWriter();
      restoreFullSync();
      return;
    }
    if (writer || queue.length > 0) schedule();
  };

  const schedule = (): void => {
    if (scheduled || stopped) return;
    scheduled = true;
    setImmediate(turn);
  };

  return {
    offer(blob) {
      if (stopped) return;
      queue.push(blob);
      schedule();
    },
    stop() {
      stopped = true;
      queue.length = 0;
      closeWriter();
    },
    release() {
      this.stop();
      if (written.size === 0 || !isOpen()) return;
      try {
        // Only its own: another import running may have stored bytes it has not used yet.
        session.repos.media.collectGarbage([...written]);
      } catch (error) {
        log('media prestore: collecting unreferenced bytes failed', error);
      }
    },
  };
};
