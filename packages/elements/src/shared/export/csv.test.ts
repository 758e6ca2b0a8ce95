import { expect } from '@open-wc/testing';
import { downloadCsv, toCsv } from './csv.js';

describe('toCsv', () => {
  it('writes a BOM, CRLF rows and quotes only the fields that need it', () => {
    const csv = toCsv([
      ['Partner', 'Amount'],
      ['Alpha, "the first"', 1234.5],
      ['Répartition\nsur deux lignes', null],
    ]);
    expect(csv.charCodeAt(0), 'no byte order mark').to.equal(0xfeff);
    expect(csv.slice(1)).to.equal(
      'Partner,Amount\r\n"Alpha, ""the first""",1234.5\r\n"Répartition\nsur deux lignes",\r\n',
    );
  });

  it('keeps a cell that looks like a formula from running in a spreadsheet', () => {
    const csv = toCsv([['=HYPERLINK("https://evil.example")', '+1', '-2', '@SUM(A1)', 'plain', -3]]);
    expect(csv.slice(1)).to.equal(`"'=HYPERLINK(""https://evil.example"")",'+1,'-2,'@SUM(A1),plain,-3\r\n`);
  });

  it('writes nothing for a number that is not finite', () => {
    expect(toCsv([[Number.NaN, Number.POSITIVE_INFINITY, 0]]).slice(1)).to.equal(',,0\r\n');
  });
});

describe('downloadCsv', () => {
  it('offers the file under its name, with the CSV as its content', async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const inside = document.createElement('button');
    root.append(inside);
    document.body.append(host);
    const clicked: { name: string; bytes: number[] }[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const entry = { name: this.download, bytes: [] as number[] };
      clicked.push(entry);
      void fetch(this.href)
        .then((response) => response.arrayBuffer())
        .then((buffer) => (entry.bytes = [...new Uint8Array(buffer)]));
    };
    try {
      downloadCsv('tiers.csv', toCsv([['a', 1]]), inside);
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      HTMLAnchorElement.prototype.click = click;
      host.remove();
    }
    expect(clicked.map((entry) => entry.name)).to.deep.equal(['tiers.csv']);
    // UTF-8 with its byte order mark (EF BB BF), then the row.
    expect(clicked[0]!.bytes).to.deep.equal([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('a,1\r\n')]);
    expect(root.querySelector('a'), 'the temporary link stayed').to.equal(null);
  });
});
