import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feedbackItemSchema, type FeedbackItem } from '../../../../src/shared/domain/feedback-item';
import { feedbackPresentation } from '../../../../src/main/formats/mbz/modules/shared/feedback-presentation';
import {
  feedbackItemXml,
  readFeedbackItem,
} from '../../../../src/main/formats/mbz/modules/shared/feedback-item-xml';
import { mbz } from '../../../../src/main/formats/mbz/mbz-tree';
import { asWritten, readFolder, REFERENCES } from './codec-harness';
import { feedbackItemArbitrary } from './feedback-item-arbitrary';

const item = (fields: Record<string, unknown>): FeedbackItem =>
  feedbackItemSchema.parse({ id: 'i', ...fields });

describe('feedback presentations', () => {
  it.each([
    [{ type: 'info', info: 'responsetime' }, '1', ''],
    [{ type: 'info', info: 'course' }, '2', ''],
    [{ type: 'info', info: 'category' }, '3', ''],
    [{ type: 'label', html: '<p>Partie 1</p>' }, '<p>Partie 1</p>', ''],
    [{ type: 'pagebreak' }, '', ''],
    [{ type: 'multichoice', display: 'radio', options: ['a', 'b'] }, 'r>>>>>a|b', ''],
    [
      { type: 'multichoice', display: 'radio', options: ['a'], horizontal: true },
      'r>>>>>a<<<<<1',
      '',
    ],
    [
      { type: 'multichoice', display: 'checkbox', options: ['a', 'b'], hideNoSelect: true },
      'c>>>>>a|b',
      'h',
    ],
    [
      {
        type: 'multichoice',
        display: 'dropdown',
        options: ['a'],
        ignoreEmpty: true,
        hideNoSelect: true,
      },
      'd>>>>>a',
      'ih',
    ],
    [
      {
        type: 'multichoicerated',
        display: 'radio',
        options: [
          { value: 0, text: 'non' },
          { value: 2, text: 'oui' },
        ],
      },
      'r>>>>>0####non|2####oui',
      '',
    ],
    [
      { type: 'multichoicerated', display: 'dropdown', options: [{ value: -1, text: 'x' }] },
      'd>>>>>-1####x',
      '',
    ],
    [{ type: 'numeric', min: 0, max: 10 }, '0|10', ''],
    [{ type: 'numeric', min: null, max: 2.5 }, '-|2.5', ''],
    [{ type: 'numeric' }, '-|-', ''],
    [{ type: 'textfield', size: 30, maxLength: 255 }, '30|255', ''],
    [{ type: 'textarea', width: 40, height: 5 }, '40|5', ''],
  ])('%o is written %s', (fields, presentation, options) => {
    expect(feedbackPresentation(item(fields))).toEqual({ presentation, options });
  });

  it('reads the reference items and writes their presentations back byte for byte (4.5, 4.1)', () => {
    for (const [dir, folder] of [
      [REFERENCES['4.5'], 'feedback_29'],
      [REFERENCES['4.1'], 'feedback_31'],
    ] as const) {
      const items = mbz.list(mbz.child(readFolder(dir, folder).instance, 'items'), 'item');
      expect(items).toHaveLength(9);
      for (const node of items) {
        const read = readFeedbackItem(node, 'x');
        if (read === null) throw new Error(`unread ${mbz.str(node, 'typ')}`);
        const written = asWritten(
          feedbackItemXml(read.item, mbz.id(node), mbz.int(node, 'position'), read.dependItem),
        );
        expect(written).toEqual(node);
      }
    }
  });

  it('reads an older rated option (value/text) and tells unknown types apart', () => {
    const rated = readFeedbackItem(
      { typ: 'multichoicerated', presentation: 'r>>>>>1/oui|0/non', options: '' },
      'x',
    );
    expect(rated?.item).toMatchObject({
      options: [
        { value: 1, text: 'oui' },
        { value: 0, text: 'non' },
      ],
    });
    expect(readFeedbackItem({ typ: 'captcha', presentation: '' }, 'x')).toBeNull();
  });

  it('every item type round-trips through its element (fast-check)', () => {
    fc.assert(
      fc.property(feedbackItemArbitrary, fc.integer({ min: 0, max: 50 }), (generated, depend) => {
        const written = asWritten(feedbackItemXml(generated, 12, 3, depend));
        const read = readFeedbackItem(written, generated.id);
        expect(read).toEqual({ item: { ...generated, dependItemId: null }, dependItem: depend });
      }),
      { numRuns: 300 },
    );
  });
});
