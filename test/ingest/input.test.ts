import iconv from 'iconv-lite';
import { InvalidInputError } from '../../domain/errors';
import { decodeText } from '../../ingest/input';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const latin1 = (text: string): Uint8Array => iconv.encode(text, 'latin1');
const windows1252 = (text: string): Uint8Array => iconv.encode(text, 'win1252');

describe('decodeText', () => {
  const valid: [string, Uint8Array, string][] = [
    ['plain UTF-8', utf8('Den 25 oktober häktades ministrarna.'), 'Den 25 oktober häktades ministrarna.'],
    ['a byte-order mark is stripped', utf8('\uFEFFKerenski flydde.'), 'Kerenski flydde.'],
    ['tabs and CRLF line ends are text', utf8('Rad ett\t.\r\nRad två.\r\n'), 'Rad ett\t.\r\nRad två.\r\n'],
    ['Latin-1 Swedish', latin1('Här är det så första gången; Kerenski flydde från Vinterpalatset.'), 'Här är det så första gången; Kerenski flydde från Vinterpalatset.'],
    ['Windows-1252 quotes and dashes', windows1252('He said \u201cno\u201d \u2014 and the Soviet\u2019s answer came.'), 'He said \u201cno\u201d \u2014 and the Soviet\u2019s answer came.'],
  ];
  test.each(valid)('%s', (_label, bytes, expected) => {
    expect(decodeText(bytes)).toBe(expected);
  });

  const invalid: [string, Uint8Array, RegExp][] = [
    ['empty', new Uint8Array(), /empty/],
    ['whitespace only', utf8('  \n\t \n'), /only whitespace/],
    ['NUL bytes (binary)', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]), /binary/],
    ['many control characters', utf8('ab\x01\x02\x03\x04cd\x05\x06ef\x07\x08'), /binary/],
    ['Shift_JIS', iconv.encode('これは日本語のテキストです。東京で会議が開かれた。', 'shift_jis'), /not valid UTF-8; it looks like Shift_JIS.*iconv/],
    ['KOI8-R, guessed without confidence', iconv.encode('Это русский текст о революции в Петрограде в октябре.', 'koi8-r'), /not valid UTF-8; it looks like KOI8-R, but not with confidence \(22%\)/],
  ];
  test.each(invalid)('%s is refused', (_label, bytes, message) => {
    expect(() => decodeText(bytes)).toThrow(InvalidInputError);
    expect(() => decodeText(bytes)).toThrow(message);
  });
});
