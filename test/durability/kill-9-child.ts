/**
 * The process the kill-9 test murders. It opens the project, applies random edits of every
 * kind through the dispatcher and prints, for each, an `intent` line before dispatch and an
 * `ack` line once the dispatch resolved ok. Usage: kill-9-child <project> <dataDir>.
 */
import { createAppContext } from '../../src/main/core/app-context';
import { createInProcessTransport } from '../../src/main/core/in-process-transport';
import { createClient } from '../../src/shared/contract/create-client';
import type { Outline } from '../../src/shared/domain/outline';
import type { ChildLine, EntityClaim } from './kill-9-claims';

const [projectPath, dataDir] = process.argv.slice(2);
if (!projectPath || !dataDir) throw new Error('usage: kill-9-child <project> <dataDir>');

const say = (line: ChildLine): void => {
  process.stdout.write(`${JSON.stringify(line)}\n`);
};
const pick = <T>(items: readonly T[]): T | undefined =>
  items[Math.floor(Math.random() * items.length)];
const doc = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});
const token = () => Math.random().toString(36).slice(2, 10);

const context = createAppContext({
  dataDir,
  defaultProjectDir: dataDir,
  snapshotIntervalMinutes: 0,
});
const client = createClient(createInProcessTransport(context));

/** Runs one edit: intent, dispatch, ack. Claims about created ids come from the result. */
const step = async <T>(
  intent: EntityClaim[],
  run: () => Promise<T>,
  ack: (value: T) => EntityClaim[],
) => {
  say({ type: 'intent', claims: intent });
  const value = await run();
  say({ type: 'ack', claims: ack(value) });
  return value;
};

const editOnce = async (parcoursId: string, outline: Outline): Promise<void> => {
  const sections = outline.sections;
  const section = pick(sections);
  const activities = sections.flatMap((s) => s.activities.map((a) => ({ ...a, sectionId: s.id })));
  const activity = pick(activities);
  const roll = Math.random();
  // Keep the outline small so every round costs the same.
  if (section && sections.length > 12 && roll < 0.3) {
    await deleteSection(section);
  } else if (!section || roll < 0.15) {
    const title = `S ${token()}`;
    await step(
      [],
      () => client.invoke('section.create', { parcoursId, title }),
      (s) => [{ kind: 'section', id: s.id, exists: true, title }],
    );
  } else if (roll < 0.3) {
    const title = `P ${token()}`;
    await step(
      [],
      () => client.invoke('activity.create', { sectionId: section.id, type: 'page', title }),
      (a) => [{ kind: 'activity', id: a.id, exists: true, title, sectionId: section.id }],
    );
  } else if (roll < 0.45) {
    // Create, rename, undo, redo: each acknowledged step has a known effect.
    const first = `U ${token()}`;
    const second = `R ${token()}`;
    const created = await step(
      [],
      () => client.invoke('section.create', { parcoursId, title: first }),
      (s) => [{ kind: 'section', id: s.id, exists: true, title: first }],
    );
    const claim = (title: string): EntityClaim[] => [
      { kind: 'section', id: created.id, exists: true, title },
    ];
    await step(
      claim(second),
      () => client.invoke('section.update', { id: created.id, patch: { title: second } }),
      () => claim(second),
    );
    await step(
      claim(first),
      () => client.invoke('history.undo', {}),
      () => claim(first),
    );
    await step(
      claim(second),
      () => client.invoke('history.redo', {}),
      () => claim(second),
    );
  } else if (roll < 0.6 && activity) {
    const text = `texte ${token()}`;
    const claims: EntityClaim[] = [{ kind: 'activity', id: activity.id, exists: true, text }];
    await step(
      claims,
      () => client.invoke('activity.update', { id: activity.id, patch: { content: doc(text) } }),
      () => claims,
    );
  } else if (roll < 0.7) {
    const title = `T ${token()}`;
    const claims: EntityClaim[] = [{ kind: 'section', id: section.id, exists: true, title }];
    await step(
      claims,
      () => client.invoke('section.update', { id: section.id, patch: { title } }),
      () => claims,
    );
  } else if (roll < 0.8 && activity) {
    const target = pick(sections) ?? section;
    const claims: EntityClaim[] = [
      { kind: 'activity', id: activity.id, exists: true, sectionId: target.id },
    ];
    await step(
      claims,
      () => client.invoke('activity.move', { id: activity.id, sectionId: target.id, toIndex: 0 }),
      () => claims,
    );
  } else if (roll < 0.85) {
    await step(
      [],
      () => client.invoke('section.move', { id: section.id, toIndex: 0 }),
      () => [],
    );
  } else if (roll < 0.93 && activity) {
    const claims: EntityClaim[] = [{ kind: 'activity', id: activity.id, exists: false }];
    await step(
      claims,
      () => client.invoke('activity.delete', { id: activity.id }),
      () => claims,
    );
  } else if (sections.length > 3) {
    await deleteSection(section);
  }
};

const deleteSection = async (section: Outline['sections'][number]): Promise<void> => {
  const claims: EntityClaim[] = [
    { kind: 'section', id: section.id, exists: false },
    ...section.activities.map((a): EntityClaim => ({ kind: 'activity', id: a.id, exists: false })),
  ];
  await step(
    claims,
    () => client.invoke('section.delete', { id: section.id }),
    () => claims,
  );
};

const main = async (): Promise<void> => {
  const summary = await client.invoke('project.open', { path: projectPath });
  const parcoursId = summary.parcours[0]?.id;
  if (!parcoursId) throw new Error('the project has no parcours');
  say({ type: 'ready' });
  // Bounded so a child the parent forgets cannot grow the file forever.
  for (let i = 0; i < 2_000; i += 1) {
    await editOnce(parcoursId, await client.invoke('parcours.outline', { id: parcoursId }));
  }
  await context.close();
};

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
