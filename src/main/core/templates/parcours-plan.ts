import type { Activity } from '../../../shared/domain/activity';
import type { Parcours } from '../../../shared/domain/parcours';
import type { Section } from '../../../shared/domain/section';

/** A whole parcours ready to be written in one edit: new ids everywhere, in outline order. */
export interface ParcoursPlan {
  parcours: Parcours;
  sections: { section: Section; activities: Activity[] }[];
}
