#!/usr/bin/env node
// The CLI runs the TypeScript sources through tsx rather than a build, so `npx atelier`
// works right after `npm install` and always matches the checked-out core.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import(new URL('../src/main/cli/main.ts', import.meta.url).href);
process.exitCode = await runCli(process.argv.slice(2));
