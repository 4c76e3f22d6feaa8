import type { ClozePart } from './question-cloze-part';

const CODES: Record<string, Pick<ClozePart, 'kind' | 'caseSensitive' | 'display' | 'shuffle'>> = {};
const define = (
  codes: string[],
  part: Pick<ClozePart, 'kind' | 'caseSensitive' | 'display' | 'shuffle'>,
) => {
  for (const code of codes) CODES[code] = part;
};
define(['SHORTANSWER', 'SA', 'MW'], {
  kind: 'shortanswer',
  caseSensitive: false,
  display: 'inline',
  shuffle: false,
});
define(['SHORTANSWER_C', 'SAC', 'MWC'], {
  kind: 'shortanswer',
  caseSensitive: true,
  display: 'inline',
  shuffle: false,
});
define(['NUMERICAL', 'NM'], {
  kind: 'numerical',
  caseSensitive: false,
  display: 'inline',
  shuffle: false,
});
for (const [codes, display, shuffle] of [
  [['MULTICHOICE', 'MC'], 'dropdown', false],
  [['MULTICHOICE_S', 'MCS'], 'dropdown', true],
  [['MULTICHOICE_V', 'MCV'], 'vertical', false],
  [['MULTICHOICE_VS', 'MCVS'], 'vertical', true],
  [['MULTICHOICE_H', 'MCH'], 'horizontal', false],
  [['MULTICHOICE_HS', 'MCHS'], 'horizontal', true],
] as const) {
  define([...codes], { kind: 'multichoice', caseSensitive: false, display, shuffle });
}
for (const [codes, display, shuffle] of [
  [['MULTIRESPONSE', 'MR'], 'vertical', false],
  [['MULTIRESPONSE_S', 'MRS'], 'vertical', true],
  [['MULTIRESPONSE_H', 'MRH'], 'horizontal', false],
  [['MULTIRESPONSE_HS', 'MRHS'], 'horizontal', true],
] as const) {
  define([...codes], { kind: 'multiresponse', caseSensitive: false, display, shuffle });
}

const PART = /\{(\d*):([A-Z_]+):((?:\\.|[^\\}])*)\}/g;
const unescape = (text: string): string => text.replace(/\\([\\~}#/"{])/g, '$1');

const answersOf = (body: string, numerical: boolean): ClozePart['answers'] =>
  body.split(/(?<!\\)~/).map((raw) => {
    let rest = raw;
    let fraction = 0;
    const weight = /^%(-?\d+(?:\.\d+)?)%/.exec(rest);
    if (rest.startsWith('=')) {
      fraction = 1;
      rest = rest.slice(1);
    } else if (weight?.[1] !== undefined) {
      fraction = Number(weight[1]) / 100;
      rest = rest.slice(weight[0].length);
    }
    const hash = rest.search(/(?<!\\)#/);
    const text = unescape(hash < 0 ? rest : rest.slice(0, hash)).trim();
    const feedback = hash < 0 ? '' : unescape(rest.slice(hash + 1));
    const colon = numerical ? text.indexOf(':') : -1;
    return {
      text: colon > 0 ? text.slice(0, colon).trim() : text,
      fraction,
      feedback,
      tolerance: colon > 0 ? Math.abs(Number(text.slice(colon + 1))) || 0 : 0,
    };
  });

/**
 * The embedded parts of a cloze text (`{1:SHORTANSWER:=cinq#Oui~*#Non}`), as Moodle's
 * multianswer reads them. An unknown code is not a part and stays text, as in Moodle.
 */
export const parseClozeParts = (text: string): ClozePart[] =>
  [...text.matchAll(PART)].flatMap((match) => {
    const code = match[2] ?? '';
    const definition = CODES[code];
    if (!definition) return [];
    return [
      {
        code,
        ...definition,
        weight: match[1] === '' || match[1] === undefined ? 1 : Number(match[1]),
        answers: answersOf(match[3] ?? '', definition.kind === 'numerical'),
        start: match.index,
        end: match.index + match[0].length,
      },
    ];
  });
