import { InvalidInputError } from '../../domain/errors';
import { decodeText } from '../../ingest/input';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeText', () => {
  const valid: [string, Uint8Array, string][] = [
    ['plain UTF-8', utf8('Den 25 oktober häktades ministrarna.'), 'Den 25 oktober häktades ministrarna.'],
    ['a byte-order mark is stripped', utf8('\uFEFFKerenski flydde.'), 'Kerenski flydde.'],
    ['tabs and CRLF line ends are text', utf8('Rad ett\t.\r\nRad två.\r\n'), 'Rad ett\t.\r\nRad två.\r\n'],
  ];
  test.each(valid)('%s', (_label, bytes, expected) => {
    expect(decodeText(bytes)).toBe(expected);
  });

  const invalid: [string, Uint8Array, RegExp][] = [
    ['empty', new Uint8Array(), /empty/],
    ['whitespace only', utf8('  \n\t \n'), /only whitespace/],
    ['NUL bytes (binary)', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]), /binary/],
    ['many control characters', utf8('ab\x01\x02\x03\x04cd\x05\x06ef\x07\x08'), /binary/],
    ['Latin-1 Swedish', new Uint8Array([...utf8('H'), 0xe4, ...utf8('r '), 0xe4, ...utf8('r det s'), 0xe5, ...utf8(' f'), 0xf6, ...utf8('rst.')]), /not valid UTF-8.*Latin-1.*iconv/],
  ];
  test.each(invalid)('%s is refused', (_label, bytes, message) => {
    expect(() => decodeText(bytes)).toThrow(InvalidInputError);
    expect(() => decodeText(bytes)).toThrow(message);
  });
});
