import type { MbzFolder } from './mbz-folder';
import type { MbzReportBuilder } from './mbz-report';
import { mbz } from './mbz-tree';

/**
 * Reports the parts of a course backup Atelier does not import: course blocks, groups and
 * groupings, course completion criteria, badges, competencies. Nothing of them is kept.
 */
export const reportUnimported = (folder: MbzFolder, report: MbzReportBuilder): void => {
  const blocks = folder.list('course/blocks');
  if (blocks.length > 0) {
    report
      .item('block', 'course/blocks', blocks.join(', '))
      .done('refused', 'Blocs du cours non repris par Atelier.', 'Course blocks are not imported.');
  }
  const parts: [string, string, string, string, string][] = [
    [
      'groups.xml',
      'groups',
      'Groupes',
      'Groupes et groupements non repris.',
      'Groups and groupings are not imported.',
    ],
    [
      'completion.xml',
      'course_completion',
      'Achèvement du cours',
      'Critères d’achèvement du cours non repris.',
      'Course completion criteria are not imported.',
    ],
    ['badges.xml', 'badges', 'Badges', 'Badges non repris.', 'Badges are not imported.'],
  ];
  for (const [file, root, title, fr, en] of parts) {
    const tree = folder.xml(file, root);
    const content =
      file === 'groups.xml'
        ? mbz.list(tree ?? {}, 'group').length +
            mbz.list(mbz.child(tree ?? {}, 'groupings'), 'grouping').length >
          0
        : mbz.hasContent(tree);
    if (content) report.item('backup', file, title).done('refused', fr, en);
  }
};
