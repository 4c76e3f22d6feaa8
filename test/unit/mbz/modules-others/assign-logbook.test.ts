import { describe, expect, it } from 'vitest';
import { activitySchema, type Activity } from '../../../../src/shared/domain/activity';
import { assignCodec } from '../../../../src/main/formats/mbz/modules/assign';
import { logbookCodec } from '../../../../src/main/formats/mbz/modules/logbook';
import { mbz } from '../../../../src/main/formats/mbz/mbz-tree';
import {
  asWritten,
  moduleXml,
  readActivity,
  readFolder,
  REFERENCES,
  writeActivity,
} from './codec-harness';

type Assignment = Extract<Activity, { type: 'assignment' }>;
type Logbook = Extract<Activity, { type: 'logbook' }>;

const assignment = (fields: Partial<Assignment> = {}): Assignment =>
  activitySchema.parse({ id: 'a', title: 'Devoir', type: 'assignment', ...fields }) as Assignment;

const configs = (instance: Record<string, unknown>) =>
  Object.fromEntries(
    mbz
      .list(mbz.child(instance, 'plugin_configs'), 'plugin_config')
      .map((c) => [
        `${mbz.str(c, 'plugin')}/${mbz.str(c, 'subtype')}/${mbz.str(c, 'name')}`,
        mbz.text(c, 'value'),
      ]),
  );

const reread = (written: ReturnType<typeof writeActivity>, activity: Activity) =>
  readActivity(assignCodec, {
    instance: written.instance,
    module: moduleXml(activity, written.result.moduleFields),
    gradeItems: (written.result.gradeItems ?? []).map(asWritten),
    contextId: 900,
  }).activity;

describe('assignment', () => {
  it('writes no due date and carries the offset in the extras, before the records', () => {
    const { instance } = writeActivity(assignCodec, assignment({ dueOffsetDays: 14 }));
    expect(instance['duedate']).toBe('0');
    expect(instance['atelier']).toBe('{"dueOffsetDays":14}');
    const keys = Object.keys(instance);
    expect(keys.indexOf('atelier')).toBe(keys.indexOf('userflags') - 1);
  });

  it('keeps an imported due date while there is no offset, and drops it for an offset', () => {
    const { activity } = readActivity(assignCodec, readFolder(REFERENCES['4.5'], 'assign_28'));
    expect(writeActivity(assignCodec, activity).instance['duedate']).toBe('1760565540');
    const withOffset = { ...activity, dueOffsetDays: 3 };
    expect(writeActivity(assignCodec, withOffset).instance['duedate']).toBe('0');
    expect(reread(writeActivity(assignCodec, withOffset), withOffset).dueOffsetDays).toBe(3);
  });

  it('maps online text, files and their number to the submission plugins', () => {
    const { instance } = writeActivity(
      assignCodec,
      assignment({ onlineText: false, fileSubmission: true, maxFiles: 5 }),
    );
    expect(configs(instance)).toMatchObject({
      'onlinetext/assignsubmission/enabled': '0',
      'file/assignsubmission/enabled': '1',
      'file/assignsubmission/maxfilesubmissions': '5',
      'comments/assignfeedback/enabled': '1',
    });
  });

  it('grades through the grade item: maximum, grade to pass, none when not graded', () => {
    const graded = writeActivity(assignCodec, assignment({ maxGrade: 20, gradeToPass: 12 }));
    expect(graded.result.gradeItems?.map(asWritten)).toMatchObject([
      { itemmodule: 'assign', grademax: '20.00000', gradepass: '12.00000', gradetype: '1' },
    ]);
    expect(writeActivity(assignCodec, assignment({ maxGrade: 0 })).result.gradeItems).toEqual([]);
    const rounded = writeActivity(assignCodec, assignment({ maxGrade: 12.5 }));
    expect(rounded.instance['grade']).toBe('13');
    expect(rounded.notes).toHaveLength(1);
  });

  it('keeps a scale while the maximum grade is left as read', () => {
    const folder = readFolder(REFERENCES['4.5'], 'assign_28');
    const scaled = {
      ...folder,
      instance: { ...folder.instance, grade: '-3' },
      gradeItems: folder.gradeItems.map((i) => ({
        ...i,
        gradetype: '2',
        scaleid: '3',
        grademax: '4.00000',
      })),
    };
    const { activity } = readActivity(assignCodec, scaled);
    expect(activity.maxGrade).toBe(100);
    const { instance, result } = writeActivity(assignCodec, activity);
    expect(instance['grade']).toBe('-3');
    expect(result.gradeItems?.map(asWritten)).toMatchObject([
      { gradetype: '2', scaleid: '3', grademax: '4.00000' },
    ]);
    expect(writeActivity(assignCodec, { ...activity, maxGrade: 10 }).instance['grade']).toBe('10');
  });

  it('completes on submission, writes the empty grading.xml restore needs', () => {
    const { instance, result } = writeActivity(
      assignCodec,
      assignment({ completion: 'submitted' }),
    );
    expect(instance['completionsubmit']).toBe('1');
    expect(result.moduleFields).toEqual({ completion: 2 });
    expect(result.extraFiles).toEqual([{ name: 'grading.xml', root: 'areas', tree: {} }]);
    const kept = { files: [{ name: 'grading.xml', root: 'areas', tree: { area: {} } }] };
    expect(writeActivity(assignCodec, assignment({ moodle: kept })).result.extraFiles).toEqual([]);
  });

  it("writes each target's own defaults", () => {
    const v41 = writeActivity(assignCodec, assignment(), '4.1').instance;
    expect([v41['attemptreopenmethod'], v41['maxattempts'], 'markinganonymous' in v41]).toEqual([
      'none',
      '-1',
      false,
    ]);
    const v45 = writeActivity(assignCodec, assignment(), '4.5').instance;
    expect([v45['attemptreopenmethod'], v45['maxattempts'], v45['markinganonymous']]).toEqual([
      'untilpass',
      '1',
      '0',
    ]);
  });
});

describe('logbook', () => {
  const prompts = {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Qu’avez-vous appris ?' }] }],
  };
  const logbook = (fields: Partial<Logbook> = {}): Logbook =>
    activitySchema.parse({
      id: 'l',
      title: 'Carnet de bord',
      type: 'logbook',
      prompts,
      ...fields,
    }) as Logbook;

  it('is an ungraded assignment with online text only, the prompts as its instructions', () => {
    const { instance, result } = writeActivity(logbookCodec, logbook({ completion: 'submitted' }));
    expect(instance).toMatchObject({
      grade: '0',
      submissiondrafts: '0',
      activity: '<p>Qu’avez-vous appris ?</p>',
      activityformat: '1',
      completionsubmit: '1',
    });
    expect(configs(instance)).toMatchObject({
      'onlinetext/assignsubmission/enabled': '1',
      'file/assignsubmission/enabled': '0',
    });
    expect(result.gradeItems).toEqual([]);
  });

  it('reads its prompts back, and an assignment kept as a logbook keeps its settings', () => {
    const written = writeActivity(logbookCodec, logbook());
    const back = readActivity(logbookCodec, {
      instance: written.instance,
      module: moduleXml(logbook(), written.result.moduleFields),
      gradeItems: [],
      contextId: 900,
    }).activity;
    expect(back.prompts).toEqual(prompts);
    const { activity } = readActivity(logbookCodec, readFolder(REFERENCES['4.5'], 'assign_28'));
    expect(activity.prompts).toBeNull();
    const { instance } = writeActivity(logbookCodec, activity);
    expect(configs(instance)).toMatchObject({
      'file/assignsubmission/enabled': '1',
      'file/assignsubmission/maxfilesubmissions': '2',
    });
    expect(instance['grade']).toBe('0');
  });
});
