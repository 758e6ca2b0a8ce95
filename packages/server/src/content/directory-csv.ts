// Reads a PRM's CSV export (one row per person, the partner's columns repeated on each row) into a
// directory input, reporting every bad cell by the row and column a spreadsheet shows.
import { IdSchema, LocaleSchema, MindError, SellerSchema, type DirectoryInput } from '@mindshare/core';

type PartnerInput = DirectoryInput['partners'][number];
type SellerInput = DirectoryInput['sellers'][number];
/** A problem with where it sits, so the error can list them in reading order. */
type Found = { row: number; index: number; path: string[]; message: string };
/** Records a problem at a row and a column's position (which orders them) and header (which names it). */
type Report = (row: number, index: number, column: string, message: string) => void;

/** The directory field each column can hold, by accepted header; the first one is named in messages. */
const COLUMNS = {
  partnerId: ['partner_id', 'partenaire_id', 'id_partenaire'],
  partnerName: ['partner_name', 'partenaire', 'nom_partenaire', 'nom_du_partenaire'],
  partnerRegion: ['partner_region', 'region_partenaire', 'partenaire_region'],
  sellerId: ['seller_id', 'id', 'vendeur_id', 'id_vendeur'],
  displayName: ['display_name', 'name', 'nom'],
  role: ['role'],
  region: ['region'],
  team: ['team', 'equipe'],
  locale: ['locale', 'langue'],
  timeZone: ['time_zone', 'fuseau', 'fuseau_horaire'],
  privacy: ['privacy', 'confidentialite'],
} as const;
type Column = keyof typeof COLUMNS;

const PERSON_COLUMNS: readonly Column[] = [
  'sellerId',
  'displayName',
  'role',
  'region',
  'team',
  'locale',
  'timeZone',
  'privacy',
];
const PARTNER_COLUMNS: readonly Column[] = ['partnerId', 'partnerName', 'partnerRegion'];
const ID_EXPECTED = 'an id of letters, digits and . _ : - starting with a letter or digit (e.g. "s-0042")';
const EXPECTED: Partial<Record<Column, string>> = {
  partnerId: 'the id of the partner company',
  sellerId: ID_EXPECTED,
  displayName: 'the name shown for this person (e.g. "Marie Dupont")',
  role: 'seller, coach or manager',
};
const SELLER_NEEDS_PARTNER =
  'a person with role seller needs the id of their partner company (only vendor-side coaches and managers may have none)';

/** What header matching ignores: case, accents, spaces, underscores and hyphens (`Rôle`, `ID Vendeur`). */
function headerKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_-]/g, '');
}

const COLUMN_BY_KEY = new Map<string, Column>(
  Object.entries(COLUMNS).flatMap(([column, names]) => names.map((name) => [headerKey(name), column as Column])),
);
const ROLES = new Map<string, SellerInput['role']>([
  ['seller', 'seller'],
  ['vendeur', 'seller'],
  ['vendeuse', 'seller'],
  ['coach', 'coach'],
  ['manager', 'manager'],
  ['responsable', 'manager'],
]);
const PRIVACY = new Map<string, NonNullable<SellerInput['privacy']>>([
  ['visible', 'visible'],
  ['optedout', 'opted-out'],
  ['masque', 'opted-out'],
  ['anonyme', 'opted-out'],
]);

/** The metric a `metric:<name>` (or `métrique:<name>`) header names, as written after the colon. */
function metricName(header: string): string | undefined {
  const colon = header.indexOf(':');
  if (colon < 0 || !['metric', 'metrique'].includes(headerKey(header.slice(0, colon)))) return undefined;
  return header.slice(colon + 1).trim();
}

/**
 * A figure as PRMs export it: `1250000.5`, or the French `1 250 000,50` (normal, no-break, narrow
 * or thin spaces between groups of three). A lone comma is read as a decimal comma, so `1,250` is
 * 1.25; mixed conventions (`1,250.50`) are refused rather than guessed.
 */
const NUMBER = /^[+-]?(?:\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3})+|\d+)(?:[.,]\d+)?(?:[eE][+-]?\d+)?$/;

function parseNumber(text: string): number | undefined {
  if (!NUMBER.test(text)) return undefined;
  const value = Number(text.replace(/[ \u00A0\u202F\u2009]/g, '').replace(',', '.'));
  // `-0` is written by no one on purpose; 0 keeps directories comparable.
  return Number.isFinite(value) ? value + 0 : undefined;
}

interface CsvRecord {
  /** The row a spreadsheet shows: a quoted value spanning lines is still one row. */
  row: number;
  /** The file line the row starts on, which differs from `row` after multi-line values. */
  line: number;
  fields: string[];
}

/**
 * RFC 4180 records: quoted fields may hold separators, `""` quotes and line breaks; CRLF, LF or CR.
 * Written here rather than taken from a CSV library because it is a few dozen lines and must know
 * each record's spreadsheet row and file line for the messages, which libraries do not all report.
 */
function readCsv(text: string, separator: string, limit = Infinity) {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStart = true; // nothing of this field read yet, so a quote here opens a quoted field
  let line = 1;
  let recordLine = 1;
  const endRecord = () => {
    fields.push(field);
    records.push({ row: records.length + 1, line: recordLine, fields });
    fields = [];
    field = '';
    fieldStart = true;
  };
  for (let i = 0; i < text.length && records.length < limit; i++) {
    const char = text.charAt(i);
    if (quoted) {
      if (char !== '"') {
        field += char;
        if (char === '\n' || (char === '\r' && text.charAt(i + 1) !== '\n')) line++;
      } else if (text.charAt(i + 1) === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (char === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
    } else if (char === separator) {
      fields.push(field);
      field = '';
      fieldStart = true;
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text.charAt(i + 1) === '\n') i++;
      endRecord();
      recordLine = ++line;
    } else {
      field += char;
      fieldStart = false;
    }
  }
  if (quoted) {
    const unclosed = { row: records.length + 1, line: recordLine, field: fields.length, fields: [...fields, field] };
    return { records, unclosed };
  }
  if (!fieldStart || fields.length > 0) endRecord(); // the last row has no line break
  return { records, unclosed: undefined };
}

/**
 * The separator that makes the most header cells known columns (French Excel writes `;`): counting
 * characters would be fooled by a header such as `metric:CA, en €` in a `;` file.
 */
function detectSeparator(text: string): string {
  let best = { separator: ',', known: -1, cells: -1 };
  for (const separator of [';', '\t', ',']) {
    const { records, unclosed } = readCsv(text, separator, 1);
    const cells = records[0]?.fields ?? unclosed?.fields ?? [];
    const known = cells.filter((cell) => COLUMN_BY_KEY.has(headerKey(cell)) || metricName(cell)).length;
    if (known > best.known || (known === best.known && cells.length > best.cells)) {
      best = { separator, known, cells: cells.length };
    }
  }
  return best.separator;
}

/** Where each directory field sits in the rows; `labels` are the headers as written, for paths. */
interface Layout {
  labels: string[];
  columns: Map<Column, number>;
  metrics: { name: string; index: number }[];
}

function readHeader(cells: string[], report: Report): Layout {
  const layout: Layout = { labels: cells.map((cell) => cell.trim()), columns: new Map(), metrics: [] };
  layout.labels.forEach((label, index) => {
    const metric = metricName(label);
    const column = metric === undefined ? COLUMN_BY_KEY.get(headerKey(label)) : undefined;
    let twin: number | undefined; // an earlier column holding the same field
    if (metric !== undefined) twin = layout.metrics.find((other) => other.name === metric)?.index;
    else if (column !== undefined) twin = layout.columns.get(column);
    if (metric === '') {
      report(1, index, label, 'a metric column needs a name, e.g. "metric:indirectRevenue"');
    } else if (twin !== undefined) {
      const what = metric === undefined ? `the ${COLUMNS[column as Column][0]}` : `metric "${metric}"`;
      const message = `this column and column "${layout.labels[twin]}" both hold ${what}; expected one column for it`;
      report(1, index, label, message);
    } else if (metric !== undefined) layout.metrics.push({ name: metric, index });
    else if (column) layout.columns.set(column, index);
    // Any other column (email, phone…) is not a directory field and is left alone.
  });
  const hasPartner = PARTNER_COLUMNS.some((column) => layout.columns.has(column)) || layout.metrics.length > 0;
  const required: Column[] = ['sellerId', 'displayName', 'role', ...(hasPartner ? PARTNER_COLUMNS.slice(0, 2) : [])];
  for (const column of required.filter((name) => !layout.columns.has(name))) {
    const [name, ...aliases] = COLUMNS[column];
    const why = PARTNER_COLUMNS.includes(column) ? ', needed because the file has partner columns' : '';
    const message = `missing the column ${name}${why}; expected a header ${name} (or ${aliases.join(', ')})`;
    report(1, layout.labels.length, name, message);
  }
  return layout;
}

interface Stated<T> {
  value: T;
  row: number;
}

/** A partner as its rows have stated it so far. */
interface PartnerDraft {
  id: string;
  row: number;
  name?: Stated<string>;
  region?: Stated<string>;
  metrics: Map<string, Stated<number>>;
}

/** One data row, read through the header: its cells by field and a way to report a bad one. */
interface RowCells {
  row: number;
  layout: Layout;
  cell(index: number | undefined): string | undefined;
  value(column: Column): string | undefined;
  problem(column: Column | number, message: string): void;
}

/**
 * Parses a PRM export (CSV) into a directory input (`{ partners, sellers }`), or throws.
 *
 * One row per person; the partner's columns (`partner_id`, `partner_name`, `partner_region`,
 * `metric:<name>`) are repeated on each of its people's rows and merged into one partner. A row
 * may leave a partner cell empty, but rows that state a value must agree. A row with partner
 * cells and no person cells lists a partner that has no people yet. Headers match whatever their
 * case, accents, spaces, underscores or hyphens, in English or French (`id_vendeur`, `nom`,
 * `rôle`, `équipe`, `langue`, `fuseau`, `métrique:CA`); other columns are ignored. The separator
 * (`,`, `;` or tab) is detected from the header; a UTF-8 BOM is dropped; empty cells are absent.
 * Every value is checked with the core's rules, so the result passes `parseDirectory`.
 *
 * @param text - the file's text.
 * @param source - the file's name, first in every problem's path (default `directory.csv`).
 * @throws {MindError} `MIND_INVALID_CONTENT` with every problem found, each with the path
 *   `[source, 'row N', 'column <header as written>']`, N counted as a spreadsheet does (the
 *   header is row 1, a quoted value spanning lines stays in one row).
 *
 * @example
 * ```ts
 * const directory = parseDirectoryCsv(await readFile('export.csv', 'utf8'), 'export.csv');
 * ```
 */
export function parseDirectoryCsv(text: string, source = 'directory.csv'): DirectoryInput {
  const found: Found[] = [];
  const report: Report = (row, index, column, message) =>
    found.push({ row, index, path: [source, `row ${row}`, `column ${column}`], message });
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const separator = detectSeparator(body);
  const { records, unclosed } = readCsv(body, separator);
  if (unclosed?.row === 1) {
    // Without a header there are no columns to check the rows against; the quote is the problem.
    report(1, unclosed.field, String(unclosed.field + 1), unclosedMessage(unclosed));
    throw invalidCsv(source, found);
  }
  const layout = readHeader(records[0]?.fields ?? [], report);
  const partners = new Map<string, PartnerDraft>();
  const sellers: SellerInput[] = [];
  const sellerRows = new Map<string, number>();
  let sellerWithoutPartnerColumn = false;

  for (const { row, fields } of records.slice(1)) {
    if (fields.every((field) => field.trim() === '')) continue; // a blank row, as spreadsheets leave
    const extra = fields.findIndex((field, index) => index >= layout.labels.length && field.trim() !== '');
    if (extra >= 0) {
      const quote = separator === '\t' ? 'a tab' : `"${separator}"`;
      const count = layout.labels.length;
      const message = `this row has ${fields.length} fields but the header has ${count}; expected at most ${count} (a value containing ${quote} must be in double quotes)`;
      report(row, extra, String(extra + 1), message);
      continue; // its values have shifted columns, so checking them would only add noise
    }
    const cell = (index: number | undefined) => (index === undefined ? undefined : fields[index]?.trim() || undefined);
    const cells: RowCells = {
      row,
      layout,
      cell,
      value: (column) => cell(layout.columns.get(column)),
      problem: (column, message) => {
        const index = typeof column === 'number' ? column : (layout.columns.get(column) ?? -1);
        report(row, index, layout.labels[index] ?? String(index + 1), message);
      },
    };
    const isPartner =
      PARTNER_COLUMNS.some((column) => cells.value(column) !== undefined) ||
      layout.metrics.some(({ index }) => cell(index) !== undefined);
    const partnerId = isPartner ? readPartner(cells, partners) : undefined;
    // A row naming only a partner lists a partner without people; any other row is a person.
    if (isPartner && PERSON_COLUMNS.every((column) => cells.value(column) === undefined)) continue;
    const seller = readSeller(cells, sellerRows);
    if (seller !== undefined) sellers.push(partnerId === undefined ? seller : { ...seller, partnerId });
    // The directory lets only vendor-side coaches and managers go without a partner. A partner
    // id that is absent from a row with partner cells, or not an id, was reported above.
    if (seller?.role !== 'seller' || partnerId !== undefined || isPartner) continue;
    if (!layout.columns.has('partnerId')) sellerWithoutPartnerColumn = true;
    else if (cells.value('partnerId') === undefined) cells.problem('partnerId', SELLER_NEEDS_PARTNER);
  }

  if (unclosed) {
    report(
      unclosed.row,
      unclosed.field,
      layout.labels[unclosed.field] ?? String(unclosed.field + 1),
      unclosedMessage(unclosed),
    );
  }
  if (sellerWithoutPartnerColumn) {
    const message = `missing the column partner_id, needed because ${SELLER_NEEDS_PARTNER}`;
    report(1, layout.labels.length, COLUMNS.partnerId[0], message);
  }
  const nameIndex = layout.columns.get('partnerName');
  for (const draft of partners.values()) {
    if (draft.name !== undefined || nameIndex === undefined) continue;
    const message = `partner "${draft.id}" has no name on any of its rows; expected its name in this column`;
    report(draft.row, nameIndex, layout.labels[nameIndex] ?? COLUMNS.partnerName[0], message);
  }
  if (found.length > 0) throw invalidCsv(source, found);

  return {
    partners: [...partners.values()].map((draft): PartnerInput => ({
      id: draft.id,
      name: draft.name?.value ?? '',
      ...(draft.region === undefined ? {} : { region: draft.region.value }),
      // fromEntries defines own properties, so a metric named "__proto__" stays a metric.
      metrics: Object.fromEntries([...draft.metrics].map(([name, stated]) => [name, stated.value])),
    })),
    sellers,
  };
}

function unclosedMessage({ row, line }: { row: number; line: number }): string {
  const start = line === row ? '' : ` (the row starts on line ${line} of the file)`;
  return `a quoted value opened in this row${start} is never closed, so the rest of the file was read into it; expected a closing " (a quote inside a quoted value is written "")`;
}

/**
 * Merges a row's partner cells into its partner's draft and returns the partner id, or reports
 * why it cannot (no id, not an id, a value that contradicts an earlier row).
 */
function readPartner({ row, layout, cell, value, problem }: RowCells, partners: Map<string, PartnerDraft>) {
  const metrics = layout.metrics.flatMap(({ name, index }) => {
    const text = cell(index);
    const number = text === undefined ? undefined : parseNumber(text);
    if (text !== undefined && number === undefined) {
      problem(index, `metric "${name}" is "${text}", not a number; expected a number such as 1250000 or 1 250 000,50`);
    }
    return number === undefined ? [] : [{ name, index, number }];
  });
  const id = value('partnerId');
  if (id === undefined) {
    // Without the column, its absence was reported once at the header.
    if (layout.columns.has('partnerId')) problem('partnerId', `missing the partner id; expected ${EXPECTED.partnerId}`);
    return undefined;
  }
  if (!IdSchema.safeParse(id).success) {
    problem('partnerId', `partner id "${id}" is not an id; expected ${ID_EXPECTED}`);
    return undefined;
  }
  const draft = partners.get(id) ?? { id, row, metrics: new Map<string, Stated<number>>() };
  partners.set(id, draft);
  for (const [key, column] of [
    ['name', 'partnerName'],
    ['region', 'partnerRegion'],
  ] as const) {
    const stated = value(column);
    const before = draft[key];
    if (stated === undefined) continue;
    if (before === undefined) draft[key] = { value: stated, row };
    else if (before.value !== stated) {
      const message = `partner "${id}" has ${key} "${before.value}" in row ${before.row} but "${stated}" here; expected the same ${key} on every row of a partner`;
      problem(column, message);
    }
  }
  for (const { name, index, number } of metrics) {
    const before = draft.metrics.get(name);
    if (before === undefined) draft.metrics.set(name, { value: number, row });
    else if (before.value !== number) {
      const message = `partner "${id}" has metric "${name}" = ${before.value} in row ${before.row} but ${number} here; expected the same metrics on every row of a partner`;
      problem(index, message);
    }
  }
  return id;
}

/**
 * A person's row as a seller (without `partnerId`), or undefined after reporting what is missing
 * or wrong. The optional cells are checked with the core's own rules so the result validates.
 */
function readSeller({ row, layout, value, problem }: RowCells, sellerRows: Map<string, number>) {
  const required: Partial<Record<Column, string>> = {};
  for (const column of ['sellerId', 'displayName', 'role'] as const) {
    const stated = value(column);
    if (stated !== undefined) required[column] = stated;
    else if (layout.columns.has(column)) {
      problem(column, `missing the ${COLUMNS[column][0]} of this person; expected ${EXPECTED[column]}`);
    }
  }
  const { sellerId: id, displayName, role: roleText } = required;
  if (id !== undefined && !IdSchema.safeParse(id).success) {
    problem('sellerId', `seller id "${id}" is not an id; expected ${ID_EXPECTED}`);
  } else if (id !== undefined && sellerRows.has(id)) {
    problem('sellerId', `seller id "${id}" is already in row ${sellerRows.get(id)}; expected each person on one row`);
  } else if (id !== undefined) sellerRows.set(id, row);
  const role = roleText === undefined ? undefined : ROLES.get(headerKey(roleText));
  if (roleText !== undefined && role === undefined) {
    problem('role', `unknown role "${roleText}"; expected seller, coach or manager (or vendeur, responsable)`);
  }

  const seller: Partial<SellerInput> = {};
  const region = value('region');
  const team = value('team');
  // PRMs often write Java-style locales (`fr_FR`); the language tag is `fr-FR`.
  const locale = value('locale')?.replace(/_/g, '-');
  const timeZone = value('timeZone');
  const privacyText = value('privacy');
  const privacy = privacyText === undefined ? undefined : PRIVACY.get(headerKey(privacyText));
  if (region !== undefined) seller.region = region;
  if (team !== undefined) seller.team = team;
  if (locale !== undefined && LocaleSchema.safeParse(locale).success) seller.locale = locale;
  else if (locale !== undefined) problem('locale', `"${locale}" is not a language tag; expected e.g. en, fr or fr-CA`);
  if (timeZone !== undefined && SellerSchema.shape.timeZone.safeParse(timeZone).success) seller.timeZone = timeZone;
  else if (timeZone !== undefined) {
    problem('timeZone', `"${timeZone}" is not a time zone; expected an IANA name such as Europe/Paris or UTC`);
  }
  if (privacy !== undefined) seller.privacy = privacy;
  else if (privacyText !== undefined) {
    problem('privacy', `unknown privacy "${privacyText}"; expected visible or opted-out (or masqué, anonyme)`);
  }
  if (id === undefined || displayName === undefined || role === undefined) return undefined;
  return { ...seller, id, displayName, role } satisfies SellerInput;
}

/** One error for the whole file: the count and the first few problems, all of them in `problems`. */
function invalidCsv(source: string, found: Found[]): MindError {
  const problems = found
    .sort((a, b) => a.row - b.row || a.index - b.index)
    .map(({ path, message }) => ({ path, message }));
  const shown = 3;
  const first = problems
    .slice(0, shown)
    .map(({ path, message }) => `${path.slice(1).join(', ')}: ${message}`)
    .join('; ');
  const more = problems.length > shown ? `; and ${problems.length - shown} more (see error.problems)` : '';
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return new MindError('MIND_INVALID_CONTENT', `${source} has ${count}: ${first}${more}.`, { problems });
}
