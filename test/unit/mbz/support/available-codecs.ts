import type { AnyModuleCodec } from '../../../../src/main/formats/mbz/mbz-module';
import { bookCodec } from '../../../../src/main/formats/mbz/modules/book';
import { labelCodec } from '../../../../src/main/formats/mbz/modules/label';
import { pageCodec } from '../../../../src/main/formats/mbz/modules/page';
import { resourceCodec } from '../../../../src/main/formats/mbz/modules/resource';
import { urlCodec } from '../../../../src/main/formats/mbz/modules/url';

/** The codecs this suite owns. */
export const OWN_CODECS: readonly AnyModuleCodec[] = [
  labelCodec,
  pageCodec,
  urlCodec,
  resourceCodec,
  bookCodec,
];

/** Other helpers' codecs, by file and export name: used when present, skipped (said) if not. */
const OTHERS: readonly [string, string][] = [
  ['forum', 'forumCodec'],
  ['quiz', 'quizCodec'],
  ['feedback', 'feedbackCodec'],
  ['wiki', 'wikiCodec'],
  ['glossary', 'glossaryCodec'],
  ['assign', 'assignCodec'],
  ['choice', 'choiceCodec'],
  ['virtual-class', 'virtualClassCodec'],
  ['logbook', 'logbookCodec'],
  ['foreign', 'foreignCodec'],
];

/** Every codec that loads, and why the others are skipped. */
export const loadCodecs = async (): Promise<{ codecs: AnyModuleCodec[]; skipped: string[] }> => {
  const codecs = [...OWN_CODECS];
  const skipped: string[] = [];
  for (const [file, name] of OTHERS) {
    try {
      const module = (await import(
        `../../../../src/main/formats/mbz/modules/${file}.ts`
      )) as Record<string, unknown>;
      const codec = module[name] as AnyModuleCodec | undefined;
      if (codec === undefined) skipped.push(`${file}: no export ${name}`);
      else codecs.push(codec);
    } catch (error) {
      skipped.push(
        `${file}: ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : 'not loadable'}`,
      );
    }
  }
  return { codecs, skipped };
};
