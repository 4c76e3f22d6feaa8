import type { ExportFormat } from '../../shared/domain/exchange';
/**
 * What the host (Electron, the WebSocket host, the CLI) lends the core. The core never
 * imports Electron: native dialogs and the SQLite binding arrive here as arguments.
 */
export interface HostCapabilities {
  /** Native file dialogs; absent in the browser host and the CLI. */
  dialogs?: {
    openProject(): Promise<string | null>;
    saveProject(suggestedName: string): Promise<string | null>;
    /** Where to write an export: a .mbz file, or a folder for a parcours folder. */
    exportTarget(suggestedName: string, format: ExportFormat): Promise<string | null>;
    /** What to import: a .mbz file, or a parcours folder. */
    importSource(format: 'mbz' | 'folder'): Promise<string | null>;
  };
}

export interface AppContextOptions {
  /** Where the app keeps its own state (recent projects). Created when missing. */
  dataDir: string;
  /** The folder the studio proposes for new projects. */
  defaultProjectDir: string;
  /** Path to a better-sqlite3 addon built for the host's ABI (Electron); Node's when absent. */
  nativeBinding?: string | undefined;
  host?: HostCapabilities;
  /**
   * The shipped gabarits (`resources/templates`): the repository's folder for the CLI, the
   * browser host and tests, `app.getAppPath()/resources/templates` (unpackaged) or
   * `process.resourcesPath/templates` (packaged) for Electron. None when absent.
   */
  templatesDir?: string | undefined;
  /** Injected for tests of time-based behaviour (snapshots, coalescing). */
  now?: () => Date;
  /** Minutes between scheduled snapshots while edits happen; 0 turns them off. */
  snapshotIntervalMinutes?: number;
  /** Reported by `app.info` (the host passes package.json's version). */
  appVersion?: string;
  /**
   * The bundled job worker (`out/main/job-worker.js`) when the core runs from a build (Electron);
   * the sources' worker otherwise (CLI, tests, browser dev host run through tsx).
   */
  jobWorkerPath?: string | undefined;
  /**
   * Start a job worker right away and load the export and import code in it (the studio's
   * hosts), so the first export or import does not wait half a second for it. The CLI, which
   * runs one command, does not.
   */
  warmJobWorker?: boolean;
  /**
   * The built preview site (`out/preview`: `preview-site.js`, `preview-site.css`), which the
   * review package inlines. The repository's `out/preview` by default.
   */
  previewSiteDir?: string | undefined;
  /** Where the core reports its own bugs (failed output checks, handler crashes); stderr by default. */
  log?: (message: string, error: unknown) => void;
}
