import { z } from 'zod';
import type { MoodleSource } from '../../../shared/domain/moodle-source';
import type { XmlNode } from '../moodle-xml/xml-node';
import type { HtmlMemo, HtmlSource } from './moodle-html';
import type { MbzXmlFile } from './mbz-module';

const node = z.record(z.string(), z.unknown()) as unknown as z.ZodType<XmlNode>;
const htmlSource = z.object({
  html: z.string(),
  format: z.number().int().optional(),
  files: z.array(
    z.object({
      mediaId: z.string(),
      filePath: z.string(),
      fileName: z.string(),
      author: z.string().nullable().optional(),
      license: z.string().nullable().optional(),
    }),
  ),
}) satisfies z.ZodType<HtmlSource>;
const memo = z.record(z.string(), htmlSource) satisfies z.ZodType<HtmlMemo>;
const xmlFile = z.object({
  name: z.string(),
  root: z.string(),
  tree: node,
}) satisfies z.ZodType<MbzXmlFile>;

/** A role override kept from an imported module (the role by shortname, as restore maps it). */
const override = z.object({
  role: z.object({ shortname: z.string(), name: z.string(), archetype: z.string() }),
  capability: z.string(),
  permission: z.number(),
});
export type KeptOverride = z.infer<typeof override>;

/**
 * What the container keeps in an activity's `moodle` source (docs/mbz.md): the `module.xml`
 * and instance fields the model does not map, the folder's other files, role overrides, grade
 * items, and the imported HTML of its texts. Codecs may add keys of their own.
 */
const activitySource = z.looseObject({
  module: node.optional(),
  instance: node.optional(),
  files: z.array(xmlFile).optional(),
  overrides: z.array(override).optional(),
  gradeItems: z.array(node).optional(),
  html: memo.optional(),
});
export type ActivitySource = z.infer<typeof activitySource>;

/** What a section's `moodle` source keeps: unmapped `section.xml` fields, texts' HTML. */
const sectionSource = z.looseObject({
  section: node.optional(),
  /** The section had no name in Moodle: its default title is written back as no name. */
  unnamed: z.string().optional(),
  /** Atelier's meta line said the modality: it keeps saying it, even the default one. */
  modalityShown: z.boolean().optional(),
  html: memo.optional(),
});
export type SectionSource = z.infer<typeof sectionSource>;

/** What a parcours' `moodle` source keeps: the course record, course files, summary. */
const parcoursSource = z.looseObject({
  course: node.optional(),
  files: z.array(xmlFile).optional(),
  /** The part of the course summary that is not Atelier's block, with its files. */
  summary: htmlSource.optional(),
  /**
   * The fiche's values when a course without Atelier's block was imported (JSON): the export
   * adds no block while the parcours still says exactly that, so an unchanged course goes
   * back as it came (a reference course read "Durée : 3 h" under its own "6 h" otherwise).
   */
  noBlockAsOf: z.string().optional(),
});
export type ParcoursSource = z.infer<typeof parcoursSource>;

const parse = <T>(schema: z.ZodType<T>, source: MoodleSource): T =>
  schema.safeParse(source ?? {}).data ?? schema.parse({});

/** Typed views of `moodle` sources; what does not parse is ignored (written as new). */
export const mbzSource = {
  activity: (source: MoodleSource): ActivitySource => parse(activitySource, source),
  section: (source: MoodleSource): SectionSource => parse(sectionSource, source),
  parcours: (source: MoodleSource): ParcoursSource => parse(parcoursSource, source),
  /** A source as stored: JSON, without the keys left undefined. */
  store: (value: object): MoodleSource =>
    JSON.parse(JSON.stringify(value)) as Record<string, z.infer<ReturnType<typeof z.json>>>,
};
