import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { mbz } from '../../../src/main/formats/mbz/mbz-tree';
import { readMbz } from '../../../src/main/formats/mbz/read-mbz';
import type { XmlNode } from '../../../src/main/formats/moodle-xml/xml-node';
import type { ParcoursDocument } from '../../../src/main/formats/parcours-document';
import { atelierBlobPath, atelierDocument, atelierSha1 } from './support/atelier-document';
import { OWN_CODECS } from './support/available-codecs';
import { backupOnDisk } from './support/backup-on-disk';
import { checkReferences } from './support/backup-references';
import { backupFromBuild, backupFromDir, type BackupTree } from './support/backup-tree';
import { REF_45, write } from './support/read-reference';

const doc = atelierDocument();
const build = write(doc, OWN_CODECS, '4.5', atelierSha1);
const out = backupFromBuild(build);
const ref = backupFromDir(REF_45);
const dirs: string[] = [];
afterAll(() => {
  dirs.forEach((d) => {
    rmSync(d, { recursive: true, force: true });
  });
});

/** Every element path of a tree (attributes and values left out). */
const shape = (node: unknown, path = ''): string[] => {
  if (Array.isArray(node)) return [...new Set(node.flatMap((n) => shape(n, path)))];
  if (!mbz.isNode(node)) return [];
  return Object.entries(node)
    .filter(([k]) => !k.startsWith('@_') && k !== '#text')
    .flatMap(([k, v]) => [`${path}/${k}`, ...shape(v, `${path}/${k}`)]);
};
const shapeOf = (b: BackupTree, path: string): string[] => shape(b.xml.get(path)?.tree).sort();
const folderOf = (b: BackupTree, module: string, nth = 0): string => {
  const modules = [...b.xml.keys()].filter(
    (k) => k.startsWith(`activities/${module}_`) && k.endsWith('/module.xml'),
  );
  return modules[nth]?.slice(0, -'/module.xml'.length) ?? '';
};
const filesIn = (b: BackupTree, folder: string): string[] =>
  [...b.xml.keys()]
    .filter((k) => k.startsWith(`${folder}/`))
    .map((k) => k.slice(folder.length + 1))
    .sort();
const tree = (path: string): XmlNode => out.xml.get(path)?.tree ?? {};

describe('a parcours made in Atelier, written for Moodle 4.5', () => {
  it('has every cross reference restore follows', () => {
    expect(checkReferences(out)).toEqual([]);
    expect(build.warnings).toEqual([]);
  });

  it('has the reference backup’s files and element structure', () => {
    const root = (b: BackupTree) => [...b.xml.keys()].filter((k) => !k.includes('/')).sort();
    expect(root(out)).toEqual(root(ref));
    expect(filesIn(out, 'course')).toEqual(filesIn(ref, 'course'));
    expect(
      shapeOf(out, 'course/course.xml').filter((p) => !p.startsWith('/customfields/')),
    ).toEqual(shapeOf(ref, 'course/course.xml'));
    expect(shapeOf(out, 'sections/section_1/section.xml')).toEqual(
      shapeOf(ref, 'sections/section_13/section.xml'),
    );
    for (const module of ['label', 'page', 'url', 'resource', 'book']) {
      const mine = folderOf(out, module);
      const theirs = folderOf(ref, module);
      expect(filesIn(out, mine), module).toEqual(filesIn(ref, theirs));
      for (const file of ['module.xml', `${module}.xml`]) {
        expect(shapeOf(out, `${mine}/${file}`), `${module}/${file}`).toEqual(
          shapeOf(ref, `${theirs}/${file}`),
        );
      }
    }
    for (const file of ['groups.xml', 'gradebook.xml', 'roles.xml', 'files.xml'])
      expect(shapeOf(out, file), file).toEqual(shapeOf(ref, file));
  });

  it('keeps trainer-only content from participants by Moodle’s own means', () => {
    const note = folderOf(out, 'label', 1);
    expect(mbz.str(tree(`${note}/module.xml`), 'visible')).toBe('0');
    expect(mbz.list(mbz.child(tree(`${note}/roles.xml`), 'role_overrides'), 'override')).toEqual(
      [],
    );
    const one = folderOf(out, 'label', 2);
    expect(mbz.str(tree(`${one}/module.xml`), 'visible')).toBe('0');
    const overrides = mbz.list(mbz.child(tree(`${one}/roles.xml`), 'role_overrides'), 'override');
    expect(
      overrides.map((o) => [
        mbz.str(o, 'roleid'),
        mbz.str(o, 'capability'),
        mbz.str(o, 'permission'),
      ]),
    ).toEqual([
      ['4', 'moodle/course:viewhiddenactivities', '-1'],
      ['1', 'moodle/course:viewhiddenactivities', '-1'],
    ]);
    const roles = mbz.list(tree('roles.xml'), 'role').map((r) => mbz.str(r, 'shortname'));
    expect(roles).toEqual(['manager', 'teacher', 'student']);
    const section = tree('sections/section_3/section.xml');
    expect(mbz.str(section, 'visible')).toBe('0');
    expect(mbz.str(section, 'summary')).toContain('Visible par : formateurs, tuteurs');
    // A hidden section's modules are hidden, their own state kept in visibleold.
    const consignes = tree(`${folderOf(out, 'page', 1)}/module.xml`);
    expect([mbz.str(consignes, 'visible'), mbz.str(consignes, 'visibleold')]).toEqual(['0', '1']);
  });

  it('says estimated times, modalities, phases and variants in a line a restore keeps', () => {
    const label = mbz.child(tree(`${folderOf(out, 'label', 1)}/label.xml`), 'label');
    expect(mbz.str(label, 'intro')).toMatch(
      /^<p class="atelier-meta" data-atelier-meta="v1;variant=note-formateurs"><small>Note aux formateurs<\/small><\/p>/,
    );
    const page = mbz.child(tree(`${folderOf(out, 'page')}/page.xml`), 'page');
    expect(mbz.str(page, 'intro')).toContain('<small>Durée estimée : 20 min</small>');
    expect(mbz.str(tree('sections/section_2/section.xml'), 'summary')).toContain(
      '<small>Jour 10 · En présentiel</small>',
    );
    const course = tree('course/course.xml');
    expect(mbz.str(course, 'idnumber')).toBe('atelier-parcours-1');
    expect(mbz.str(course, 'summary')).toContain(
      '<strong>Objectif :</strong> Concevoir une évaluation formative.',
    );
    expect(
      mbz
        .list(mbz.child(course, 'customfields'), 'customfield')
        .map((f) => mbz.str(f, 'shortname')),
    ).toContain('atelier_collection');
  });

  it('warns when a note for trainers is left visible to participants', () => {
    const open = atelierDocument();
    const note = open.sections[0]?.activities[1];
    if (note !== undefined) note.visibleTo = ['participant', 'formateur'];
    const warnings = write(open, OWN_CODECS, '4.5', atelierSha1).warnings;
    expect(warnings.map((w) => [w.where, w.messageEn])).toContainEqual([
      'Note aux formateurs',
      'Note for trainers visible to participants: check who it is meant for.',
    ]);
  });

  it('writes the same bytes for the same document', () => {
    expect(write(atelierDocument(), OWN_CODECS, '4.5', atelierSha1)).toEqual(build);
  });

  it('reads back the same parcours', async () => {
    const dir = backupOnDisk(build, atelierBlobPath);
    dirs.push(dir);
    let n = 0;
    const read = await readMbz(dir, {
      codecs: OWN_CODECS,
      newId: () => `r-${++n}`,
      hashFile: (p) => createHash('sha256').update(readFileSync(p)).digest('hex'),
    });
    expect(comparable(read.document)).toEqual(comparable(doc));
    expect(read.report.items.filter((i) => i.outcome !== 'mapped' || i.notes.length > 0)).toEqual(
      [],
    );
  });
});

/** A document without what an import makes anew (ids, sources, media metadata). */
const comparable = (d: ParcoursDocument) => ({
  parcours: { ...d.parcours, id: '', moodle: null },
  sections: d.sections.map(({ section, activities }) => ({
    section: { ...section, id: '', moodle: null },
    activities: activities.map((a) => ({
      ...a,
      id: '',
      moodle: null,
      ...(a.type === 'book' ? { chapters: a.chapters.map((c) => ({ ...c, id: '' })) } : {}),
    })),
  })),
  media: d.media.map((m) => m.id),
});
