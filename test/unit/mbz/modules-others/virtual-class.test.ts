import { describe, expect, it } from 'vitest';
import { activitySchema, type Activity } from '../../../../src/shared/domain/activity';
import { virtualClassCodec } from '../../../../src/main/formats/mbz/modules/virtual-class';
import {
  virtualClassParagraph,
  withoutVirtualClassParagraph,
} from '../../../../src/main/formats/mbz/modules/shared/virtual-class-text';
import { moduleXml, readActivity, readFolder, REFERENCES, writeActivity } from './codec-harness';

type VirtualClass = Extract<Activity, { type: 'virtualClass' }>;

const virtualClass = (fields: Record<string, unknown> = {}): VirtualClass =>
  activitySchema.parse({
    id: 'v',
    title: 'Classe virtuelle 1',
    type: 'virtualClass',
    ...fields,
  }) as VirtualClass;

const text = (html: string): string => html.replace(/<[^>]+>/g, '');

describe('the schedule written for participants', () => {
  it.each([
    [
      { kind: 'date', at: '2026-03-12T14:00:00+01:00' },
      60,
      'Classe virtuelle : jeudi 12 mars 2026 à 14 h 00 (UTC+01:00), durée 1 h.',
    ],
    [
      { kind: 'date', at: '2026-10-05T08:30:00Z' },
      90,
      'Classe virtuelle : lundi 5 octobre 2026 à 08 h 30 (UTC), durée 1 h 30.',
    ],
    [
      { kind: 'offset', days: 3, time: '17:00' },
      45,
      'Classe virtuelle : J+3 de la session à 17 h 00, durée 45 min.',
    ],
    [{ kind: 'unplanned' }, 0, 'Classe virtuelle : date à venir, durée non précisée.'],
  ] as const)('%o, %i min', (schedule, minutes, expected) => {
    expect(text(virtualClassParagraph(schedule, minutes))).toBe(expected);
  });

  it('is taken off the description it ends, and only there', () => {
    const paragraph = virtualClassParagraph({ kind: 'unplanned' }, 60);
    expect(withoutVirtualClassParagraph(`<p>Intro</p>${paragraph}`)).toBe('<p>Intro</p>');
    expect(withoutVirtualClassParagraph(`${paragraph}<p>Après</p>`)).toBe(
      `${paragraph}<p>Après</p>`,
    );
  });
});

describe('a virtual class as a url', () => {
  it('links to the room in a new window, the schedule in its description, shown on the course page', () => {
    const activity = virtualClass({
      link: 'https://classe.example.org/salle-1',
      schedule: { kind: 'offset', days: 2, time: '10:00' },
      durationMinutes: 90,
      intro: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Préparez vos questions.' }] },
        ],
      },
    });
    const { instance, result } = writeActivity(virtualClassCodec, activity);
    expect(instance).toMatchObject({
      externalurl: 'https://classe.example.org/salle-1',
      display: '3',
      displayoptions: 'a:0:{}',
      parameters: 'a:0:{}',
      atelier: '{"durationMinutes":90,"schedule":{"days":2,"kind":"offset","time":"10:00"}}',
    });
    expect(text(String(instance['intro']))).toBe(
      'Préparez vos questions.Classe virtuelle : J+2 de la session à 10 h 00, durée 1 h 30.',
    );
    expect(result.moduleFields).toEqual({ showdescription: 1 });
    const back = readActivity(virtualClassCodec, {
      instance,
      module: moduleXml(activity, result.moduleFields),
      gradeItems: [],
      contextId: 900,
    }).activity;
    expect([back.intro, back.schedule, back.durationMinutes, back.link]).toEqual([
      activity.intro,
      activity.schedule,
      90,
      activity.link,
    ]);
  });

  it('reads a url without schedule as unplanned, and keeps an address that is not a web link', () => {
    const folder = readFolder(REFERENCES['4.5'], 'url_18');
    const odd = { ...folder, instance: { ...folder.instance, externalurl: 'salle-virtuelle' } };
    const { activity, notes } = readActivity(virtualClassCodec, odd);
    expect([activity.schedule, activity.durationMinutes, activity.link]).toEqual([
      { kind: 'unplanned' },
      60,
      null,
    ]);
    expect(notes).toHaveLength(1);
    expect(writeActivity(virtualClassCodec, activity).instance['externalurl']).toBe(
      'salle-virtuelle',
    );
    const { activity: linked } = readActivity(virtualClassCodec, folder);
    expect(
      writeActivity(virtualClassCodec, { ...linked, link: null }).instance['externalurl'],
    ).toBe('');
  });
});
