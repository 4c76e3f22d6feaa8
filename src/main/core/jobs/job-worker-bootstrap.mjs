// Runs a job worker from the TypeScript sources (CLI, tests, browser dev host): workers do not
// inherit tsx's loader, so this registers it in the worker's thread first. The built app runs
// the bundled `job-worker.js` directly.
import { register } from 'tsx/esm/api';

register();
await import(new URL('./job-worker.ts', import.meta.url).href);
