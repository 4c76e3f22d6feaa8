import type { HostileCase, HostileExpectation } from './hostile-case';
import { gzip, rawTar } from './raw-tar';
import { rawZip } from './raw-zip';

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
const BODY = '<moodle_backup><information><name>x.mbz</name></information></moodle_backup>';
const LAUGHS = `<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  ${Array.from({ length: 9 }, (_, index) => `<!ENTITY lol${String(index + 1)} "${`&lol${index === 0 ? '' : String(index)};`.repeat(10)}">`).join('\n  ')}
]>
<moodle_backup><information><name>&lol9;</name></information></moodle_backup>`;

const inTgz = (xml: string) => () =>
  gzip(
    rawTar([
      { path: 'moodle_backup.xml', data: xml },
      { path: 'files.xml', data: `${DECLARATION}<files></files>` },
    ]),
  );
const inZip = (xml: string) => () =>
  rawZip([
    { name: 'moodle_backup.xml', data: xml },
    { name: 'files.xml', data: `${DECLARATION}<files></files>` },
  ]);

const xmlCase = (
  file: string,
  expect: Extract<HostileExpectation, { xml: unknown }>,
  description: string,
  build: () => Buffer,
): HostileCase => ({ file, description, expect, build });

/** Valid archives whose moodle_backup.xml attacks the XML parser. */
export const xmlCases: readonly HostileCase[] = [
  xmlCase(
    'xml-doctype.mbz',
    { xml: 'forbidden' },
    'moodle_backup.xml with a bare DOCTYPE',
    inTgz(`${DECLARATION}<!DOCTYPE moodle_backup>\n${BODY}`),
  ),
  xmlCase(
    'xml-billion-laughs.mbz',
    { xml: 'forbidden' },
    'moodle_backup.xml with nested internal entities (billion laughs, 10^9 "lol")',
    inTgz(`${DECLARATION}${LAUGHS}`),
  ),
  xmlCase(
    'xml-billion-laughs-zip.mbz',
    { xml: 'forbidden' },
    'the billion laughs in a zip',
    inZip(`${DECLARATION}${LAUGHS}`),
  ),
  xmlCase(
    'xml-xxe-file.mbz',
    { xml: 'forbidden' },
    'moodle_backup.xml with an external entity on file:///etc/passwd (XXE)',
    inTgz(
      `${DECLARATION}<!DOCTYPE m [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<moodle_backup><information><name>&xxe;</name></information></moodle_backup>`,
    ),
  ),
  xmlCase(
    'xml-xxe-parameter.mbz',
    { xml: 'forbidden' },
    'moodle_backup.xml with an external parameter entity (out-of-band XXE)',
    inZip(
      `${DECLARATION}<!DOCTYPE m [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;]>\n${BODY}`,
    ),
  ),
  xmlCase(
    'xml-entity-lowercase.mbz',
    { xml: 'forbidden' },
    'moodle_backup.xml with a lowercase `<!doctype` and `<!entity`',
    inTgz(`${DECLARATION}<!doctype m [<!entity e "x">]>\n${BODY}`),
  ),
  xmlCase(
    'xml-declaration-twice.mbz',
    { xml: 'malformed' },
    'moodle_backup.xml declaring itself twice',
    inTgz(`${DECLARATION}${DECLARATION}${BODY}`),
  ),
  xmlCase(
    'xml-declaration-late.mbz',
    { xml: 'malformed' },
    'moodle_backup.xml whose declaration comes after a comment (not where Moodle sniffs it)',
    inTgz(`<!-- x -->${DECLARATION}${BODY}`),
  ),
  xmlCase(
    'xml-declaration-encoding-lie.mbz',
    { xml: 'either' },
    'moodle_backup.xml declaring UTF-16 while written in UTF-8 (parseMbzXml reads it as UTF-8 today)',
    inTgz(`<?xml version="1.0" encoding="UTF-16"?>\n${BODY}`),
  ),
  xmlCase(
    'xml-malformed.mbz',
    { xml: 'malformed' },
    'moodle_backup.xml with an unclosed element',
    inZip(`${DECLARATION}<moodle_backup><information>`),
  ),
];
