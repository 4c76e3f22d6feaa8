import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Activity } from '../../../src/shared/domain/activity';
import { templateFileSchema, type TemplateFile } from '../../../src/shared/domain/template-file';
import { computeTimeBudget } from '../../../src/shared/domain/time-budget';
import {
  SHIPPED_TEMPLATES_DIR,
  startCore,
  type CoreHarness,
} from '../../support/core/core-harness';

let core: CoreHarness | undefined;
afterEach(async () => {
  await core?.dispose();
  core = undefined;
});

const shipped: TemplateFile[] = readdirSync(SHIPPED_TEMPLATES_DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) =>
    templateFileSchema.parse(JSON.parse(readFileSync(join(SHIPPED_TEMPLATES_DIR, name), 'utf8'))),
  );

const open = async (options: Parameters<typeof startCore>[0] = {}) => {
  core = startCore(options);
  await core.client.invoke('project.create', { path: join(core.dir, 'p.atelier') });
  return core;
};

describe('template.list', () => {
  it('lists the three shipped gabarits, by declared hours', async () => {
    const { client } = await open();
    const list = await client.invoke('template.list', {});
    expect(list.map((t) => [t.id, t.source, t.declaredHours])).toEqual([
      ['autoformation-3h', 'shipped', 3],
      ['classe-virtuelle-presentiel-6h', 'shipped', 6],
      ['parcours-hybride-9h', 'shipped', 9],
    ]);
    for (const t of list) expect(t.activityCount).toBeGreaterThan(5);
  });

  it('skips a bad file with a logged reason and keeps the good ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atelier-gabarits-'));
    try {
      copyFileSync(join(SHIPPED_TEMPLATES_DIR, 'autoformation-3h.json'), join(dir, 'ok.json'));
      writeFileSync(join(dir, 'broken.json'), '{ not json');
      writeFileSync(join(dir, 'wrong.json'), JSON.stringify({ format: 'autre' }));
      const bad = structuredClone(shipped[0]) as TemplateFile;
      bad.id = 'bad-activity';
      (bad.sections[0]?.activities[0] as Record<string, unknown>)['variant'] = 'inconnue';
      writeFileSync(join(dir, 'bad-activity.json'), JSON.stringify(bad));
      const logged: string[] = [];
      const { client } = await open({ templatesDir: dir, log: (message) => logged.push(message) });
      const list = await client.invoke('template.list', {});
      expect(list.map((t) => t.id)).toEqual(['autoformation-3h']);
      expect(logged.filter((m) => m.startsWith('gabarit skipped'))).toHaveLength(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lists none when the host gives no folder, or a missing one', async () => {
    const { client } = await open({ templatesDir: join(tmpdir(), 'atelier-absent-folder') });
    expect(await client.invoke('template.list', {})).toEqual([]);
  });
});

describe('parcours.createFromTemplate (shipped)', () => {
  it.each(shipped.map((t) => [t.id, t] as const))(
    '%s: budget equals the declared hours, indexation and settings arrive',
    async (_id, file) => {
      const { client } = await open();
      const summary = await client.invoke('parcours.createFromTemplate', {
        templateId: file.id,
        source: 'shipped',
      });
      expect(summary).toMatchObject({
        kind: 'parcours',
        status: 'construction',
        version: '0.1',
        title: file.parcours.title,
        shortName: file.parcours.shortName,
        declaredHours: file.parcours.declaredHours,
        sectionCount: file.sections.length,
      });
      const outline = await client.invoke('parcours.outline', { id: summary.id });
      const budget = computeTimeBudget(outline);
      expect(budget.totalMinutes).toBe(file.parcours.declaredHours * 60);
      expect(budget.unestimated).toBe(0);
      expect(budget.distanceMinutes).toBe(file.parcours.indexation?.tempsDistanceMinutes);
      expect(budget.presenceMinutes).toBe(file.parcours.indexation?.tempsPresenceMinutes);
      expect(outline.parcours.indexation.collection).toBe(file.parcours.indexation?.collection);
      // Every activity keeps the settings written in the file.
      const entries = file.sections.flatMap((s) => s.activities);
      const ids = outline.sections.flatMap((s) => s.activities.map((a) => a.id));
      expect(ids).toHaveLength(entries.length);
      for (const [i, entry] of entries.entries()) {
        const activity: Activity = await client.invoke('activity.get', { id: ids[i] ?? '' });
        const { introHtml, contentHtml, promptsHtml, ...settings } = entry;
        expect(activity).toMatchObject(settings);
        if (introHtml) expect(activity.intro?.content.length).toBeGreaterThan(0);
        if (contentHtml && 'content' in activity) {
          expect(JSON.stringify(activity.content)).not.toMatch(/\[(Image|Contenu)/);
        }
        if (promptsHtml && activity.type === 'logbook') expect(activity.prompts).not.toBeNull();
        // The final declarative questionnaire comes with required questions, so its "submitted"
        // completion can be reached once published.
        if (activity.type === 'feedback' && activity.purpose === 'final-survey') {
          expect(activity.items.filter((item) => item.required).length).toBeGreaterThan(0);
        }
      }
      expect(outline.sections[0]?.summary?.content.length).toBeGreaterThan(0);
    },
  );

  it('keeps headings and lists of the HTML as editor nodes', async () => {
    const { client } = await open();
    const summary = await client.invoke('parcours.createFromTemplate', {
      templateId: 'autoformation-3h',
      source: 'shipped',
    });
    const outline = await client.invoke('parcours.outline', { id: summary.id });
    const [first, second] = outline.sections[0]?.activities ?? [];
    const label = await client.invoke('activity.get', { id: first?.id ?? '' });
    expect(JSON.stringify(label)).toContain('"type":"heading"');
    const list = await client.invoke('activity.get', { id: second?.id ?? '' });
    expect(JSON.stringify(list)).toContain('"type":"bulletList"');
  });

  it('makes the default short name unique, takes a given title and short name, refuses a taken one', async () => {
    const { client } = await open();
    const input = { templateId: 'autoformation-3h', source: 'shipped' } as const;
    const first = await client.invoke('parcours.createFromTemplate', input);
    const second = await client.invoke('parcours.createFromTemplate', input);
    const third = await client.invoke('parcours.createFromTemplate', input);
    expect([first.shortName, second.shortName, third.shortName]).toEqual([
      'autoformation-3h',
      'autoformation-3h-2',
      'autoformation-3h-3',
    ]);
    const named = await client.invoke('parcours.createFromTemplate', {
      ...input,
      title: 'Lire au CP',
      shortName: 'LECT-CP',
    });
    expect(named).toMatchObject({ title: 'Lire au CP', shortName: 'LECT-CP' });
    const taken = await client.call('parcours.createFromTemplate', {
      ...input,
      shortName: 'LECT-CP',
    });
    expect(taken).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const unknown = await client.call('parcours.createFromTemplate', {
      templateId: 'nope',
      source: 'shipped',
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await client.invoke('history.undo', {});
    expect((await client.invoke('project.current', {}))?.parcours).toHaveLength(3);
  });
});

describe('parcours.createFromTemplate (project gabarit)', () => {
  it('lists project gabarits and deep-copies one with new ids', async () => {
    const { client } = await open();
    const base = await client.invoke('parcours.createFromTemplate', {
      templateId: 'parcours-hybride-9h',
      source: 'shipped',
    });
    await client.invoke('parcours.update', {
      id: base.id,
      patch: { kind: 'template', title: 'Notre gabarit' },
    });
    const list = await client.invoke('template.list', {});
    expect(list.at(-1)).toMatchObject({ id: base.id, source: 'project', name: 'Notre gabarit' });
    const copy = await client.invoke('parcours.createFromTemplate', {
      templateId: base.id,
      source: 'project',
    });
    expect(copy).toMatchObject({
      kind: 'parcours',
      title: 'Notre gabarit',
      shortName: `${base.shortName}-2`,
      sectionCount: base.sectionCount,
      activityCount: base.activityCount,
    });
    const a = await client.invoke('parcours.outline', { id: base.id });
    const b = await client.invoke('parcours.outline', { id: copy.id });
    const idsA = new Set(a.sections.flatMap((s) => [s.id, ...s.activities.map((x) => x.id)]));
    for (const s of b.sections) {
      expect(idsA.has(s.id)).toBe(false);
      for (const x of s.activities) expect(idsA.has(x.id)).toBe(false);
    }
    expect(computeTimeBudget(b).totalMinutes).toBe(9 * 60);
    const notTemplate = await client.call('parcours.createFromTemplate', {
      templateId: copy.id,
      source: 'project',
    });
    expect(notTemplate).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
