/// <reference types="node" />
// The PRM CSV import: real export shapes (French Excel, English, tab), every refusal with the row
// and column a spreadsheet shows, and a round trip through a test-only writer for any directory.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DirectorySchema, isMindError, parseDirectory, type DirectoryInput } from '@mindshare/core';
import { parseDirectoryCsv } from './directory-csv.js';

/** Every problem of a refused file as `row N, column X`, in the order the error lists them. */
function problemsOf(text: string): string[] {
  try {
    parseDirectoryCsv(text);
  } catch (error) {
    assert.ok(isMindError(error, 'MIND_INVALID_CONTENT'), `expected MIND_INVALID_CONTENT, got ${String(error)}`);
    for (const { path, message } of error.problems) {
      assert.equal(path[0], 'directory.csv');
      assert.ok(message.length > 0);
    }
    return error.problems.map(({ path }) => path.slice(1).join(', '));
  }
  return assert.fail('expected the file to be refused');
}

function assertValidDirectory(directory: DirectoryInput): void {
  assert.ok(DirectorySchema.safeParse(directory).success, 'the directory schema accepts the import');
  const checked = parseDirectory(directory);
  assert.ok(checked.ok, checked.ok ? '' : JSON.stringify(checked.errors));
}

describe('parseDirectoryCsv: exports as PRMs write them', () => {
  it('reads a French Excel export: BOM, ";", CRLF, quoted names, decimal commas, repeated partners', () => {
    const text =
      '\uFEFF' +
      [
        'ID Partenaire;Partenaire;Région partenaire;Métrique:CA indirect;métrique: vendeurs certifiés;ID_Vendeur;Nom;Rôle;Région;Équipe;Langue;Fuseau;Confidentialité;E-mail',
        'acme-fr;"Acme; Fils ""&"" Cie";Nord;1 250 000,50;4;s-001;"Dupont; Marie";vendeur;Lille;Équipe A;fr_FR;Europe/Paris;visible;marie@acme.fr',
        'acme-fr;"Acme; Fils ""&"" Cie";Nord;1\u202F250\u202F000,50;4;s-002;"Jean ""JP"" Martin";Responsable;;;fr;;masqué;',
        'bolt;Bolt SAS;;12\u00A0500,25;;s-003;"Léa\r\nRoux";coach;;;;UTC;anonyme;',
        ';;;;;m-001;Claire Vendor;manager;;;en;;;',
      ].join('\r\n') +
      '\r\n';

    const directory = parseDirectoryCsv(text);

    assert.deepEqual(directory, {
      partners: [
        {
          id: 'acme-fr',
          name: 'Acme; Fils "&" Cie',
          region: 'Nord',
          metrics: { 'CA indirect': 1250000.5, 'vendeurs certifiés': 4 },
        },
        { id: 'bolt', name: 'Bolt SAS', metrics: { 'CA indirect': 12500.25 } },
      ],
      sellers: [
        {
          id: 's-001',
          partnerId: 'acme-fr',
          displayName: 'Dupont; Marie',
          role: 'seller',
          region: 'Lille',
          team: 'Équipe A',
          locale: 'fr-FR',
          timeZone: 'Europe/Paris',
          privacy: 'visible',
        },
        {
          id: 's-002',
          partnerId: 'acme-fr',
          displayName: 'Jean "JP" Martin',
          role: 'manager',
          locale: 'fr',
          privacy: 'opted-out',
        },
        {
          id: 's-003',
          partnerId: 'bolt',
          displayName: 'Léa\r\nRoux',
          role: 'coach',
          timeZone: 'UTC',
          privacy: 'opted-out',
        },
        { id: 'm-001', displayName: 'Claire Vendor', role: 'manager', locale: 'en' },
      ],
    });
    assertValidDirectory(directory);
  });

  it('reads an English "," export with LF and headers in any case, spacing or punctuation', () => {
    const text = [
      'Partner ID,Partner Name,PARTNER-REGION,metric:certifiedSellers,Seller ID,Display Name,Role,Team',
      'p1,"Acme, Inc.",EMEA,4,s1,Ann,seller,Blue',
      'p1,"Acme, Inc.",EMEA,4,s2,Bob,COACH,',
      'p2,Bolt,,-2.5e3,,,,', // a partner whose people are not in the export yet
    ].join('\n');

    assert.deepEqual(parseDirectoryCsv(text), {
      partners: [
        { id: 'p1', name: 'Acme, Inc.', region: 'EMEA', metrics: { certifiedSellers: 4 } },
        { id: 'p2', name: 'Bolt', metrics: { certifiedSellers: -2500 } },
      ],
      sellers: [
        { id: 's1', partnerId: 'p1', displayName: 'Ann', role: 'seller', team: 'Blue' },
        { id: 's2', partnerId: 'p1', displayName: 'Bob', role: 'coach' },
      ],
    });
  });

  it('reads a tab-separated export and ignores columns that are not directory fields', () => {
    const text = 'id\tname\trole\temail\tphone\ns1\tAnn\tmanager\tann@example.com\t+33 1 23\n';
    assert.deepEqual(parseDirectoryCsv(text), {
      partners: [],
      sellers: [{ id: 's1', displayName: 'Ann', role: 'manager' }],
    });
  });

  it('merges a partner stated on some rows and left empty on others, and skips blank rows', () => {
    const text = [
      'partner_id;partner_name;metric:revenue;metric:seats;id;name;role',
      'p1;Acme;100;;s1;Ann;seller',
      ';;;;;;',
      'p1;;;3;s2;Bob;seller',
      '',
      'p1;Acme;100;3;s3;Cid;seller',
    ].join('\n');
    const directory = parseDirectoryCsv(text);
    assert.deepEqual(directory.partners, [{ id: 'p1', name: 'Acme', metrics: { revenue: 100, seats: 3 } }]);
    assert.deepEqual(
      directory.sellers.map((seller) => seller.partnerId),
      ['p1', 'p1', 'p1'],
    );
  });

  it('keeps a metric named "__proto__" as a metric, not as the prototype', () => {
    const { partners } = parseDirectoryCsv('partner_id,partner_name,metric:__proto__,id,name,role\np,P,7,s,S,seller');
    const metrics = partners[0]?.metrics ?? {};
    assert.equal(Object.getPrototypeOf(metrics), Object.prototype);
    assert.ok(Object.hasOwn(metrics, '__proto__'));
    assert.equal(metrics['__proto__'], 7);
  });

  it('accepts a header-only file as an empty directory', () => {
    assert.deepEqual(parseDirectoryCsv('seller_id;display_name;role\r\n'), { partners: [], sellers: [] });
  });
});

describe('parseDirectoryCsv: refusals name the row and column', () => {
  it('refuses an unknown role', () => {
    assert.deepEqual(problemsOf('id;nom;Rôle\ns1;Marie;coach\ns2;Jean;chef'), ['row 3, column Rôle']);
  });

  it('refuses a metric that is not a number, including mixed decimal conventions', () => {
    const text = [
      'partner_id;partner_name;métrique:CA;id;nom;role',
      'p;P;12k€;s1;A;seller',
      'q;Q;1,250.50;s2;B;seller',
      'r;R;1.250.000;s3;C;seller',
      't;T;1 25 0;s4;D;seller',
    ].join('\n');
    assert.deepEqual(problemsOf(text), [
      'row 2, column métrique:CA',
      'row 3, column métrique:CA',
      'row 4, column métrique:CA',
      'row 5, column métrique:CA',
    ]);
  });

  it('refuses a file missing a required column, by its English name', () => {
    assert.deepEqual(problemsOf('nom;rôle\nMarie;vendeur'), ['row 1, column seller_id']);
    assert.deepEqual(problemsOf(''), ['row 1, column seller_id', 'row 1, column display_name', 'row 1, column role']);
  });

  it('requires the partner id and name columns once any partner column is present', () => {
    assert.deepEqual(problemsOf('partenaire;id;nom;role\nAcme;s1;Ann;seller'), ['row 1, column partner_id']);
    assert.deepEqual(problemsOf('metric:seats,partner_id,id,name,role\n3,p,s1,Ann,seller'), [
      'row 1, column partner_name',
    ]);
  });

  it('refuses a missing required value: seller id, display name, role, partner id, partner name', () => {
    const text = [
      'id_partenaire;partenaire;id;nom;rôle',
      ';;s1;;coach',
      ';;;Jean;coach',
      ';;s3;Léa;',
      ';Acme;s4;Ann;seller',
      'p5;;s5;Bob;seller',
    ].join('\n');
    assert.deepEqual(problemsOf(text), [
      'row 2, column nom',
      'row 3, column id',
      'row 4, column rôle',
      'row 5, column id_partenaire',
      'row 6, column partenaire',
    ]);
  });

  it('refuses a person with role seller and no partner: at the cell, or once without the column', () => {
    assert.deepEqual(problemsOf('id;nom;role\ns1;Ann;seller\ns2;Bob;vendeur\nm1;Max;manager'), [
      'row 1, column partner_id',
    ]);
    const text = 'partner_id;partner_name;id;nom;role\np;P;s1;Ann;seller\n;;s2;Bob;seller\n;;m1;Max;manager';
    assert.deepEqual(problemsOf(text), ['row 3, column partner_id']);
  });

  it('refuses the same partner id with a different name or different metrics on two rows', () => {
    const text = [
      'partner_id;Partenaire;metric:seats;id;name;role',
      'p1;Acme;4;s1;Ann;seller',
      'p1;ACME SA;4;s2;Bob;seller',
      'p1;Acme;5;s3;Cid;seller',
    ].join('\n');
    assert.deepEqual(problemsOf(text), ['row 3, column Partenaire', 'row 4, column metric:seats']);
  });

  it('refuses a seller id given twice, at the second row', () => {
    const text = 'id_vendeur;nom;role\ns1;Ann;coach\ns2;Bob;coach\ns1;Ann B.;manager';
    assert.deepEqual(problemsOf(text), ['row 4, column id_vendeur']);
  });

  it('refuses an unterminated quote at the row and column where it opens', () => {
    assert.deepEqual(problemsOf('id;Nom;role\ns1;Ann;coach\ns2;"Bob;coach\ns3;Cid;coach\n'), ['row 3, column Nom']);
    assert.deepEqual(problemsOf('id;"Nom;role\n'), ['row 1, column 2']);
  });

  it('refuses a row with more fields than the header, but not trailing empty ones', () => {
    assert.deepEqual(problemsOf('id;nom;role\ns1;Dupont; Marie;coach\ns2;Bob;coach;;'), ['row 2, column 4']);
  });

  it('counts rows as a spreadsheet does: a value spanning lines is one row', () => {
    const text = 'id;nom;role\r\ns1;"Ann\r\nde\r\nVries";coach\r\ns2;Bob;chef\r\n';
    assert.deepEqual(problemsOf(text), ['row 3, column role']);
  });

  it('refuses ids, language tags, time zones and privacy choices the directory would refuse', () => {
    const text = [
      'partner_id;partner_name;id;nom;role;langue;fuseau;privacy',
      '-p;P;s 1;Ann;seller;French;Paris;hidden',
    ].join('\n');
    assert.deepEqual(problemsOf(text), [
      'row 2, column partner_id',
      'row 2, column id',
      'row 2, column langue',
      'row 2, column fuseau',
      'row 2, column privacy',
    ]);
  });

  it('refuses two columns that hold the same field, and a metric column without a name', () => {
    assert.deepEqual(problemsOf('id;seller_id;nom;role;metric:;partner_id;partner_name\n'), [
      'row 1, column seller_id',
      'row 1, column metric:',
    ]);
  });

  it('collects every problem of the file in row order, with the source first in each path', () => {
    const text = [
      'partner_id;partner_name;metric:CA;id;nom;role',
      'p1;Acme;abc;s1;Ann;chef',
      'p1;Acme Corp;1;s1;;seller',
      'p2;Bolt;2;s2;Bob;seller;extra',
    ].join('\n');
    try {
      parseDirectoryCsv(text, 'export-mars.csv');
      assert.fail('expected the file to be refused');
    } catch (error) {
      assert.ok(isMindError(error, 'MIND_INVALID_CONTENT'));
      assert.deepEqual(
        error.problems.map(({ path }) => path),
        [
          ['export-mars.csv', 'row 2', 'column metric:CA'],
          ['export-mars.csv', 'row 2', 'column role'],
          ['export-mars.csv', 'row 3', 'column partner_name'],
          ['export-mars.csv', 'row 3', 'column id'],
          ['export-mars.csv', 'row 3', 'column nom'],
          ['export-mars.csv', 'row 4', 'column 7'],
        ],
      );
      // The summary a person reads first: how many, and where the first ones are.
      assert.match(error.message, /6 problems/);
      assert.match(error.message, /row 2, column metric:CA/);
    }
  });
});

// A test-only writer: the inverse of the parser for any valid directory, in English or French.
interface Flavor {
  separator: ',' | ';' | '\t';
  eol: '\n' | '\r\n';
  bom: boolean;
  french: boolean;
  space: string;
}

type PartnerInput = DirectoryInput['partners'][number];
type SellerInput = DirectoryInput['sellers'][number];

const HEADERS = {
  english: ['partner_id', 'partner_name', 'partner_region', 'seller_id', 'display_name', 'role', 'region', 'team'],
  french: ['ID Partenaire', 'Nom partenaire', 'Région partenaire', 'ID Vendeur', 'Nom', 'Rôle', 'Région', 'Équipe'],
};
const MORE_HEADERS = {
  english: ['locale', 'time_zone', 'privacy'],
  french: ['Langue', 'Fuseau', 'Confidentialité'],
};
const FRENCH_ROLES = { seller: 'Vendeur', coach: 'coach', manager: 'Responsable' } as const;

function writeNumber(value: number, { french, space }: Flavor): string {
  if (!french) return String(value);
  const [mantissa = '', exponent] = String(value).split('e');
  const [whole = '', fraction] = mantissa.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, space);
  return grouped + (fraction === undefined ? '' : `,${fraction}`) + (exponent === undefined ? '' : `e${exponent}`);
}

function writeCsv(directory: DirectoryInput, flavor: Flavor): string {
  const language = flavor.french ? 'french' : 'english';
  const metricNames = [...new Set(directory.partners.flatMap((partner) => Object.keys(partner.metrics)))];
  const prefix = flavor.french ? 'métrique:' : 'metric:';
  const partnerCells = (partner: PartnerInput | undefined) => [
    partner?.id ?? '',
    partner?.name ?? '',
    partner?.region ?? '',
    ...metricNames.map((name) => {
      const value = partner && Object.hasOwn(partner.metrics, name) ? partner.metrics[name] : undefined;
      return value === undefined ? '' : writeNumber(value, flavor);
    }),
  ];
  const personCells = (seller: SellerInput | undefined) => [
    seller?.id ?? '',
    seller?.displayName ?? '',
    seller === undefined ? '' : flavor.french ? FRENCH_ROLES[seller.role] : seller.role,
    seller?.region ?? '',
    seller?.team ?? '',
    seller?.locale ?? '',
    seller?.timeZone ?? '',
    seller?.privacy === 'opted-out' && flavor.french ? 'masqué' : (seller?.privacy ?? ''),
  ];
  const partnersById = new Map(directory.partners.map((partner) => [partner.id, partner]));
  const withPeople = new Set(directory.sellers.map((seller) => seller.partnerId));
  const [partnerHeaders, personHeaders] = [HEADERS[language].slice(0, 3), HEADERS[language].slice(3)];
  const rows = [
    [...partnerHeaders, ...metricNames.map((name) => prefix + name), ...personHeaders, ...MORE_HEADERS[language]],
    ...directory.sellers.map((seller) => [
      ...partnerCells(seller.partnerId === undefined ? undefined : partnersById.get(seller.partnerId)),
      ...personCells(seller),
    ]),
    ...directory.partners
      .filter((partner) => !withPeople.has(partner.id))
      .map((partner) => [...partnerCells(partner), ...personCells(undefined)]),
  ];
  const quote = (cell: string) =>
    /[\r\n"]/.test(cell) || cell.includes(flavor.separator) ? `"${cell.replace(/"/g, '""')}"` : cell;
  const body = rows.map((row) => row.map(quote).join(flavor.separator)).join(flavor.eol) + flavor.eol;
  return (flavor.bom ? '\uFEFF' : '') + body;
}

// Names may hold anything a PRM lets people type, CSV's own characters most of all; cells are
// trimmed on import, so generated names have no surrounding whitespace.
const tricky = fc.constantFrom('"', ';', ',', '\t', '\n', '\r', '\r\n', ' ', '\u00A0', 'é', 'ß', '😀', 'a', 'Z', ':');
const text = fc
  .oneof(fc.string({ unit: 'binary', minLength: 1 }), fc.string({ unit: tricky, minLength: 1 }))
  .filter((value) => value.length > 0 && value.trim() === value);
const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,24}$/);
const metricValue = fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => value + 0);

const directoryArbitrary: fc.Arbitrary<DirectoryInput> = fc
  .uniqueArray(text, { maxLength: 3 })
  .chain((metricNames) =>
    fc.record({
      partners: fc.uniqueArray(
        fc.record(
          {
            id,
            name: text,
            region: text,
            metrics: fc
              .tuple(...metricNames.map(() => fc.option(metricValue, { nil: undefined })))
              .map((values) =>
                Object.fromEntries(
                  metricNames.flatMap((name, i) => (values[i] === undefined ? [] : [[name, values[i]]])),
                ),
              ),
          },
          { requiredKeys: ['id', 'name', 'metrics'], noNullPrototype: true },
        ),
        { selector: (partner) => partner.id, maxLength: 4 },
      ),
      sellers: fc.uniqueArray(
        fc.record(
          {
            id,
            displayName: text,
            role: fc.constantFrom('seller', 'coach', 'manager'),
            region: text,
            team: text,
            locale: fc.constantFrom('en', 'fr', 'fr-CA', 'pt-BR'),
            timeZone: fc.constantFrom('UTC', 'Europe/Paris', 'America/Argentina/Buenos_Aires'),
            privacy: fc.constantFrom('visible', 'opted-out'),
            partner: fc.nat(),
          },
          { requiredKeys: ['id', 'displayName', 'role'], noNullPrototype: true },
        ),
        { selector: (seller) => seller.id, maxLength: 6 },
      ),
    }),
  )
  .map(({ partners, sellers }) => ({
    partners,
    sellers: sellers.map(({ partner, ...seller }): SellerInput => {
      // Only vendor-side coaches and managers may go without a partner.
      const pick = seller.role === 'seller' ? (partner ?? 0) : partner;
      const partnerId = pick === undefined ? undefined : partners[pick % partners.length]?.id;
      if (partnerId !== undefined) return { ...seller, partnerId };
      return seller.role === 'seller' ? { ...seller, role: 'coach' } : seller;
    }),
  }));

const flavorArbitrary: fc.Arbitrary<Flavor> = fc.record({
  separator: fc.constantFrom(',', ';', '\t'),
  eol: fc.constantFrom('\n', '\r\n'),
  bom: fc.boolean(),
  french: fc.boolean(),
  space: fc.constantFrom(' ', '\u00A0', '\u202F', '\u2009'),
});

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe('parseDirectoryCsv: round trip', () => {
  it('gives back any directory written as CSV, in any flavor, and the result validates', () => {
    fc.assert(
      fc.property(directoryArbitrary, flavorArbitrary, (directory, flavor) => {
        const parsed = parseDirectoryCsv(writeCsv(directory, flavor));
        // Partners come back in the order the rows first name them; their order carries no meaning.
        assert.deepEqual(
          { ...parsed, partners: [...parsed.partners].sort(byId) },
          { ...directory, partners: [...directory.partners].sort(byId) },
        );
        assertValidDirectory(parsed);
      }),
    );
  });
});
