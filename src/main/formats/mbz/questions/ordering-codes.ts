import type { QuestionOf } from '../../../../shared/domain/question';

type Ordering = QuestionOf<'ordering'>;
type Layout = NonNullable<Ordering['layoutType']>;
type Select = NonNullable<Ordering['selectType']>;
type Grading = NonNullable<Ordering['gradingType']>;

const LAYOUT: Record<Layout, number> = { VERTICAL: 0, HORIZONTAL: 1 };
const SELECT: Record<Select, number> = { ALL: 0, RANDOM: 1, CONTIGUOUS: 2 };
const GRADING: Record<Grading, number> = {
  ALL_OR_NOTHING: -1,
  ABSOLUTE_POSITION: 0,
  RELATIVE_NEXT_EXCLUDE_LAST: 1,
  RELATIVE_NEXT_INCLUDE_LAST: 2,
  RELATIVE_ONE_PREVIOUS_AND_NEXT: 3,
  RELATIVE_ALL_PREVIOUS_AND_NEXT: 4,
  LONGEST_ORDERED_SUBSET: 5,
  LONGEST_CONTIGUOUS_SUBSET: 6,
};

const invert = <K extends string>(map: Record<K, number>): Map<number, K> =>
  new Map(Object.entries<number>(map).map(([k, v]) => [v, k as K]));

/**
 * The ordering options as `qtype_ordering_options` stores them (integers, see
 * `qtype_ordering_question`). A null option of the model (Moodle 4.5+ wrote it empty in Moodle
 * XML) needs a value in a backup: the model's defaults (vertical, all items,
 * relative-next-excluding-last, show grading), which are what the reference question that
 * Moodle exported empty really held. Moodle's XML importer would pick "random" selection for
 * an empty value (`set_options_for_import`), not what the author chose.
 */
export const orderingCodes = {
  write: (q: Ordering) => ({
    layouttype: q.layoutType === null ? 0 : LAYOUT[q.layoutType],
    selecttype: q.selectType === null ? 0 : SELECT[q.selectType],
    gradingtype: q.gradingType === null ? 1 : GRADING[q.gradingType],
    showgrading: q.showGrading === 'HIDE' ? 0 : 1,
  }),
  /** The model's options, or null when a value has no model equivalent (RELATIVE_TO_CORRECT…). */
  read: (codes: { layout: number; select: number; grading: number; showGrading: number }) => {
    const layoutType = invert(LAYOUT).get(codes.layout);
    const selectType = invert(SELECT).get(codes.select);
    const gradingType = invert(GRADING).get(codes.grading);
    if (layoutType === undefined || selectType === undefined || gradingType === undefined)
      return null;
    return {
      layoutType,
      selectType,
      gradingType,
      showGrading: codes.showGrading === 0 ? ('HIDE' as const) : ('SHOW' as const),
    };
  },
};
