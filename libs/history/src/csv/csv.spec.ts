import { csvCell, toCsv } from './csv';

describe('CSV', () => {
  it('quotes cells with quotes, commas or line breaks, doubling the quotes (RFC 4180)', () => {
    expect(['plain', 'a,b', 'say "hi"', 'two\r\nlines', 'x\ny'].map(csvCell)).toEqual([
      'plain',
      '"a,b"',
      '"say ""hi"""',
      '"two\r\nlines"',
      '"x\ny"',
    ]);
  });

  it('puts a quote mark before a text a spreadsheet would run as a formula', () => {
    expect(['=1+1', '+49 30', '-2', '@SUM(A1)', '=HYPERLINK("x")'].map(csvCell)).toEqual([
      "'=1+1",
      "'+49 30",
      "'-2",
      "'@SUM(A1)",
      `"'=HYPERLINK(""x"")"`,
    ]);
  });

  it('writes numbers as they are and null as an empty cell', () => {
    expect([csvCell(-3), csvCell(0), csvCell(null)]).toEqual(['-3', '0', '']);
  });

  it('starts with the header row and ends every line with CRLF', () => {
    const rows = [{ a: 'x', b: 1 }];
    expect(
      toCsv<(typeof rows)[number]>(
        [
          ['a', (r) => r.a],
          ['b', (r) => r.b],
        ],
        rows,
      ),
    ).toBe('a,b\r\nx,1\r\n');
  });
});
