import { describe, expect, it } from 'vitest';
import {
  customFieldsXml,
  indexationFromCustomFields,
} from '../../../src/main/formats/mbz/course-custom-fields';
import {
  extractIndexationBlock,
  indexationBlockHtml,
  type IndexationBlock,
} from '../../../src/main/formats/mbz/course-indexation';
import { indexationSchema } from '../../../src/shared/domain/indexation';
import type { XmlNode } from '../../../src/main/formats/moodle-xml/xml-node';

const block: IndexationBlock = {
  declaredHours: 6,
  version: '1.2',
  status: 'valide',
  indexation: {
    ...indexationSchema.parse({}),
    objectif: 'Évaluer « pour » apprendre.\nDeuxième ligne & fin',
    collection: 'volet-distant',
    publics: ['Professeurs des écoles', 'PE, cycle 3'],
    motsCles: ['évaluation', 'rétroaction'],
    accompagnement: 'Tutorat 😀',
    auteurs: ['Équipe "A"'],
    tempsDistanceMinutes: 180,
    tempsPresenceMinutes: 180,
  },
};

describe('course indexation', () => {
  it('writes a readable block that reads back exactly, wherever it sits in the summary', () => {
    const html = indexationBlockHtml(block);
    expect(html).toContain('<p><strong>Durée :</strong> 6 h (3 h à distance, 3 h en présence)</p>');
    expect(html).toContain('<p><strong>Collection :</strong> Volet distant</p>');
    const { vignetteMediaId: _, ...indexation } = { ...block.indexation, vignetteMediaId: null };
    expect(extractIndexationBlock(`<p>Avant</p>${html}`)).toEqual({
      block: { ...block, indexation },
      html: '<p>Avant</p>',
    });
  });

  it('gives no block for a summary without one or with a damaged one', () => {
    expect(extractIndexationBlock('<p>Résumé</p>').block).toBeNull();
    expect(extractIndexationBlock('<div data-atelier-parcours="{x"></div>').block).toBeNull();
  });

  it('writes custom fields (4.5 with valuetrust) and reads them back, lists split on ", "', () => {
    const fields = customFieldsXml(block, '4.5', 1);
    expect(fields.map((f) => f['shortname'])).toContain('atelier_collection');
    expect(fields[0]).toMatchObject({
      '@_id': 1,
      shortname: 'atelier_objectif',
      type: 'textarea',
      valueformat: 1,
      valuetrust: 0,
    });
    expect(customFieldsXml(block, '4.1', 1)[0]).not.toHaveProperty('valuetrust');
    const read = indexationFromCustomFields(
      fields.map((f) => JSON.parse(JSON.stringify(f)) as XmlNode),
    );
    expect(read).toMatchObject({
      declaredHours: 6,
      version: '1.2',
      indexation: {
        objectif: 'Évaluer « pour » apprendre.\nDeuxième ligne & fin',
        collection: 'volet-distant',
        motsCles: ['évaluation', 'rétroaction'],
        publics: ['Professeurs des écoles', 'PE', 'cycle 3'],
        tempsDistanceMinutes: 180,
      },
    });
    expect(indexationFromCustomFields([{ shortname: 'other', value: 'x' }])).toBeNull();
  });
});
