import { describe, expect, it } from 'vitest';
import { activitySchema, type Activity } from '../../../../src/shared/domain/activity';
import { mbz } from '../../../../src/main/formats/mbz/mbz-tree';
import { choiceCodec } from '../../../../src/main/formats/mbz/modules/choice';
import { feedbackCodec } from '../../../../src/main/formats/mbz/modules/feedback';
import { forumCodec } from '../../../../src/main/formats/mbz/modules/forum';
import { glossaryCodec } from '../../../../src/main/formats/mbz/modules/glossary';
import { wikiCodec } from '../../../../src/main/formats/mbz/modules/wiki';
import { readActivity, readFolder, REFERENCES, writeActivity } from './codec-harness';

const make = <T extends Activity['type']>(type: T, fields: Record<string, unknown> = {}) =>
  activitySchema.parse({ id: 'x', title: 'Activité', type, ...fields }) as Extract<
    Activity,
    { type: T }
  >;

const REF = REFERENCES['4.5'];

describe('forum', () => {
  it('keeps a type the model reads as standard until the author changes it', () => {
    const folder = readFolder(REF, 'forum_17');
    const blog = { ...folder, instance: { ...folder.instance, type: 'blog' } };
    const { activity } = readActivity(forumCodec, blog);
    expect(activity.forumType).toBe('standard');
    expect(writeActivity(forumCodec, activity).instance['type']).toBe('blog');
    expect(writeActivity(forumCodec, { ...activity, forumType: 'news' }).instance['type']).toBe(
      'news',
    );
  });

  it('completes on one post, or on the imported rules', () => {
    const { instance, result } = writeActivity(
      forumCodec,
      make('forum', { completion: 'submitted' }),
    );
    expect([instance['completionposts'], result.moduleFields]).toEqual(['1', { completion: 2 }]);
    const folder = readFolder(REF, 'forum_27');
    const rules = {
      instance: { ...folder.instance, completiondiscussions: '2' },
      module: { ...folder.module, completion: '2' },
    };
    const { activity } = readActivity(forumCodec, { ...folder, ...rules });
    expect(activity.completion).toBe('submitted');
    const written = writeActivity(forumCodec, activity).instance;
    expect([written['completiondiscussions'], written['completionposts']]).toEqual(['2', '0']);
  });
});

describe('wiki', () => {
  it('writes a first page title Moodle requires, and completes on view', () => {
    const { instance, notes, result } = writeActivity(
      wikiCodec,
      make('wiki', { firstPageTitle: ' ', completion: 'submitted' }),
    );
    expect(instance['firstpagetitle']).toBe('Accueil');
    expect(notes).toHaveLength(1);
    expect(result.moduleFields).toEqual({ completion: 2, completionview: 1 });
  });
});

describe('glossary', () => {
  it('keeps its categories with fresh ids, and an unknown format', () => {
    const folder = readFolder(REF, 'glossary_26');
    const faq = { ...folder, instance: { ...folder.instance, displayformat: 'faq' } };
    const { activity } = readActivity(glossaryCodec, faq);
    expect(activity.displayFormat).toBe('dictionary');
    const { instance } = writeActivity(glossaryCodec, activity);
    expect(instance['displayformat']).toBe('faq');
    const category = mbz.child(mbz.child(instance, 'categories'), 'category');
    expect(category).toMatchObject({ name: 'Notions', usedynalink: '1', category_entries: '' });
    expect(category['@_id']).not.toBe('1');
  });

  it('lets participants add entries to a secondary glossary, completes on one entry', () => {
    const { instance } = writeActivity(
      glossaryCodec,
      make('glossary', {
        participantsCanAdd: true,
        completion: 'submitted',
        displayFormat: 'full',
      }),
    );
    expect([
      instance['mainglossary'],
      instance['completionentries'],
      instance['displayformat'],
    ]).toEqual(['0', '1', 'fullwithauthor']);
  });
});

describe('choice', () => {
  it('gives each option a fresh id and keeps an option’s answer limit by place', () => {
    const folder = readFolder(REF, 'choice_30');
    const options = mbz.child(folder.instance, 'options');
    const limited = mbz
      .list(options, 'option')
      .map((o, i) => (i === 1 ? { ...o, maxanswers: '5' } : o));
    const { activity } = readActivity(choiceCodec, {
      ...folder,
      instance: { ...folder.instance, options: { option: limited } },
    });
    const { instance } = writeActivity(choiceCodec, {
      ...activity,
      options: [...activity.options, 'Jeudi'],
    });
    const written = mbz.list(mbz.child(instance, 'options'), 'option');
    expect(written.map((o) => [mbz.str(o, 'text'), mbz.str(o, 'maxanswers')])).toEqual([
      ['Mercredi 8 octobre', '0'],
      ['Mercredi 15 octobre', '5'],
      ['Mercredi 22 octobre', '0'],
      ['Jeudi', '0'],
    ]);
    expect(new Set(written.map((o) => mbz.attr(o, 'id'))).size).toBe(4);
    expect(writeActivity(choiceCodec, make('choice')).instance['options']).toBe('');
  });
});

describe('feedback', () => {
  it('carries the purpose in the extras, before the items', () => {
    const { instance } = writeActivity(
      feedbackCodec,
      make('feedback', { purpose: 'final-survey' }),
    );
    expect(instance['atelier']).toBe('{"purpose":"final-survey"}');
    const keys = Object.keys(instance);
    expect(keys.indexOf('atelier')).toBe(keys.indexOf('items') - 1);
    expect('atelier' in writeActivity(feedbackCodec, make('feedback')).instance).toBe(false);
  });

  it('points a condition at the Moodle id of the item it depends on', () => {
    const items = [
      { id: 'q1', type: 'multichoice', options: ['oui', 'non'] },
      { id: 'q2', type: 'textarea', dependItemId: 'q1', dependValue: 'oui' },
      { id: 'q3', type: 'textarea', dependItemId: 'gone', dependValue: 'oui' },
    ];
    const { instance } = writeActivity(feedbackCodec, make('feedback', { items }));
    const written = mbz.list(mbz.child(instance, 'items'), 'item');
    expect(written.map((i) => mbz.str(i, 'dependitem'))).toEqual([
      '0',
      mbz.attr(written[0] ?? {}, 'id'),
      '0',
    ]);
    expect(written.map((i) => mbz.str(i, 'position'))).toEqual(['1', '2', '3']);
  });

  it('replaces what Moodle cannot store in an option, and says so', () => {
    const items = [{ id: 'q1', type: 'multichoice', name: 'Q', options: ['a|b', 'c\nd'] }];
    const { instance, notes } = writeActivity(feedbackCodec, make('feedback', { items }));
    expect(mbz.str(mbz.child(mbz.child(instance, 'items'), 'item'), 'presentation')).toBe(
      'r>>>>>a/b|c d',
    );
    expect(notes).toHaveLength(1);
  });

  it('reports an item type the model does not have (captcha) and the conditions on it', () => {
    const folder = readFolder(REF, 'feedback_29');
    const items = mbz.list(mbz.child(folder.instance, 'items'), 'item');
    const captcha = { ...items[0], '@_id': '99', typ: 'captcha', presentation: '', position: '0' };
    const depending = { ...items[1], dependitem: '99', dependvalue: 'x' };
    const instance = {
      ...folder.instance,
      items: { item: [captcha, depending, ...items.slice(2)] },
    };
    const { activity, notes } = readActivity(feedbackCodec, { ...folder, instance });
    expect(activity.items).toHaveLength(8);
    expect(activity.items[0]?.dependItemId).toBeNull();
    expect(notes).toEqual(['Feedback item "captcha" is not supported: it is not imported.']);
  });
});
