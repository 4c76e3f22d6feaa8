import type { ModuleCodec } from '../mbz-module';
import { assignCodec } from './assign';
import { bookCodec } from './book';
import { choiceCodec } from './choice';
import { feedbackCodec } from './feedback';
import { foreignCodec } from './foreign';
import { forumCodec } from './forum';
import { glossaryCodec } from './glossary';
import { labelCodec } from './label';
import { logbookCodec } from './logbook';
import { pageCodec } from './page';
import { quizCodec } from './quiz';
import { resourceCodec } from './resource';
import { urlCodec } from './url';
import { virtualClassCodec } from './virtual-class';
import { wikiCodec } from './wiki';

/**
 * Every module codec. On import, a module is read by the codec its Atelier marker names, else
 * by the first codec of its module name (so `url` before `virtualClass`, which also writes a
 * `url`); a module with no codec is kept whole by `foreign`.
 */
export const ALL_CODECS: readonly ModuleCodec[] = [
  labelCodec,
  pageCodec,
  urlCodec,
  resourceCodec,
  bookCodec,
  forumCodec,
  quizCodec,
  feedbackCodec,
  wikiCodec,
  glossaryCodec,
  assignCodec,
  choiceCodec,
  virtualClassCodec,
  logbookCodec,
  foreignCodec,
] as ModuleCodec[];
