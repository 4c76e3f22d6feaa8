import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { errorCodeSchema } from '../../../src/shared/contract/error-code';
import { methods } from '../../../src/shared/contract/methods';
import { createDispatcher } from '../../../src/main/core/dispatcher';
import { allHandlers } from '../../../src/main/core/handlers/all-handlers';
import type { HandlerContext, HandlerMap } from '../../../src/main/core/handlers/handler-types';
import { startCore, type CoreHarness } from '../../support/core/core-harness';

let core: CoreHarness | undefined;
afterEach(async () => {
  await core?.dispose();
  core = undefined;
});

const fakeContext = {} as HandlerContext;

describe('dispatcher', () => {
  it('refuses an unknown method with unknown_method', async () => {
    core = startCore();
    const result = await core.context.dispatch('project.explode', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    const proto = await core.context.dispatch('__proto__', {});
    expect(proto).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it.each([
    ['null', null],
    ['a string', 'hello'],
    ['an array', [1, 2]],
    ['a number', 42],
    ['a missing field', {}],
    ['an extra field', { path: '/tmp/x.atelier', evil: true }],
    ['a wrong type', { path: 12 }],
    ['an oversized string', { path: 'x'.repeat(5000) }],
  ])('refuses %s with invalid_input and the issues', async (_name, input) => {
    core = startCore();
    const result = await core.context.dispatch('project.open', input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.message).toMatch(/Données invalides/);
    expect(result.error.messageEn).toMatch(/Invalid input/);
    expect(Array.isArray(result.error.details?.['issues'])).toBe(true);
  });

  it('turns a handler exception into internal and logs it', async () => {
    const logged: string[] = [];
    const handlers: HandlerMap = {
      ...allHandlers,
      'app.info': () => {
        throw new TypeError('boom');
      },
    };
    const dispatch = createDispatcher(handlers, fakeContext, (message) => logged.push(message));
    const result = await dispatch('app.info', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(logged.join()).toMatch(/app.info/);
  });

  it('checks outputs: a handler returning the wrong shape gives internal', async () => {
    const logged: string[] = [];
    const handlers = {
      ...allHandlers,
      'app.info': () => ({ version: 1 }),
    } as unknown as HandlerMap;
    const dispatch = createDispatcher(handlers, fakeContext, (message) => logged.push(message));
    const result = await dispatch('app.info', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(logged.join()).toMatch(/does not match/);
  });

  it('keeps AppErrors as data (no_project without an open project)', async () => {
    core = startCore();
    const result = await core.context.dispatch('history.undo', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'no_project' } });
  });

  it('never throws for arbitrary JSON on any method (U4)', async () => {
    const harness = startCore();
    core = harness;
    // A generated `{ path: "a" }` is a valid project.create: keep such files in the temp folder.
    const cwd = process.cwd();
    process.chdir(harness.dir);
    const names = Object.keys(methods);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), fc.jsonValue(), async (method, input) => {
        const result = await harness.context.dispatch(method, input);
        if (!result.ok) expect(errorCodeSchema.safeParse(result.error.code).success).toBe(true);
      }),
      { numRuns: 300 },
    );
    process.chdir(cwd);
  });
});
