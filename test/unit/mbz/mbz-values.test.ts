import { describe, expect, it } from 'vitest';
import { remapAvailability } from '../../../src/main/formats/mbz/availability';
import { parsePluginfileUrl, pluginfileUrl } from '../../../src/main/formats/mbz/pluginfile-url';
import { phpSerialize, phpUnserializeFlat } from '../../../src/main/formats/mbz/php-serialized';
import { textAsHtml } from '../../../src/main/formats/mbz/moodle-text-format';

describe('pluginfile-url', () => {
  it('encodes each segment as PHP rawurlencode does', () => {
    expect(pluginfileUrl('/', 'schéma-démarche.png')).toBe(
      '@@PLUGINFILE@@/sch%C3%A9ma-d%C3%A9marche.png',
    );
    expect(pluginfileUrl('/sous dossier/', "l'image (1)!.png")).toBe(
      '@@PLUGINFILE@@/sous%20dossier/l%27image%20%281%29%21.png',
    );
  });

  it('decodes paths and refuses what is not a file of the area', () => {
    expect(parsePluginfileUrl('@@PLUGINFILE@@/a/b/sch%C3%A9ma.png?time=1')).toEqual({
      filePath: '/a/b/',
      fileName: 'schéma.png',
    });
    expect(parsePluginfileUrl('@@PLUGINFILE@@/../x.png')).toBeNull();
    expect(parsePluginfileUrl('@@PLUGINFILE@@/%E0')).toBeNull();
    expect(parsePluginfileUrl('https://x.fr/a.png')).toBeNull();
  });
});

describe('php-serialized', () => {
  it('writes byte lengths of UTF-8 strings and reads the reference display options', () => {
    expect(phpSerialize({ printintro: 0, printlastmodified: 1 })).toBe(
      'a:2:{s:10:"printintro";i:0;s:17:"printlastmodified";i:1;}',
    );
    expect(phpSerialize({ titre: 'Réservé' })).toBe('a:1:{s:5:"titre";s:9:"Réservé";}');
    expect(
      phpUnserializeFlat('a:3:{s:10:"printintro";i:0;s:8:"showsize";i:1;s:8:"showtype";i:1;}'),
    ).toEqual({
      printintro: 0,
      showsize: 1,
      showtype: 1,
    });
    expect(phpUnserializeFlat('a:1:{s:5:"titre";s:9:"Réservé";}')).toEqual({ titre: 'Réservé' });
    expect(phpUnserializeFlat('a:1:{s:5:"titre";s:7:"Réservé";}')).toBeNull();
    expect(phpUnserializeFlat('O:8:"stdClass":0:{}')).toBeNull();
  });
});

describe('availability', () => {
  const json =
    '{"op":"&","showc":[true,true],"c":[{"type":"completion","cm":23,"e":1},{"type":"date","d":">=","t":1757887200}]}';

  it('maps completion cmids both ways and keeps the other conditions', () => {
    const ids = remapAvailability(
      json,
      (cm) => (cm === 23 ? 'quiz-id' : undefined),
      () => undefined,
    );
    expect(ids).toBe(
      '{"op":"&","showc":[true,true],"c":[{"type":"completion","cm":"quiz-id","e":1},{"type":"date","d":">=","t":1757887200}]}',
    );
    expect(
      remapAvailability(
        ids,
        (cm) => (cm === 'quiz-id' ? 8 : undefined),
        () => undefined,
      ),
    ).toBe(json.replace('23', '8'));
  });

  it('drops a condition on a missing activity with its showc, and reports it', () => {
    const lost: string[] = [];
    expect(
      remapAvailability(
        json,
        () => undefined,
        (w) => lost.push(w),
      ),
    ).toBe('{"op":"&","showc":[true],"c":[{"type":"date","d":">=","t":1757887200}]}');
    expect(lost).toEqual(['completion cm 23']);
    expect(
      remapAvailability(
        '{"op":"&","c":[{"type":"completion","cm":1}]}',
        () => undefined,
        () => undefined,
      ),
    ).toBeNull();
    expect(
      remapAvailability(
        null,
        () => 1,
        () => undefined,
      ),
    ).toBeNull();
  });
});

describe('moodle-text-format', () => {
  it('turns Moodle, plain and Markdown texts into escaped HTML paragraphs', () => {
    expect(textAsHtml('<p>ok</p>', 1)).toBe('<p>ok</p>');
    expect(textAsHtml('Test url 2', 0)).toBe('<p>Test url 2</p>');
    expect(textAsHtml('a < b\nc\n\nd', 2)).toBe('<p>a &lt; b<br>c</p><p>d</p>');
    expect(textAsHtml('<b>gras</b>', 0)).toBe('<b>gras</b>');
  });
});
