/** Where the CLI writes; tests and the real process pass different sinks. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}
