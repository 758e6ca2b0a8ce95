import type { ResponseEntry } from '@mindshare/core';
import { toCsv, type CsvCell } from '../shared/export/csv.js';
import { promptText, type ResponsesView } from './responses.views.js';

/**
 * The answers as CSV, column names in the element's language: times in ISO 8601 (UTC), which a
 * spreadsheet sorts, and the question's title and prompt as plain text.
 */
export function responsesCsv(view: ResponsesView, entries: readonly ResponseEntry[]): string {
  const { localize } = view;
  const iso = (at: number | undefined) => (at === undefined ? '' : new Date(at).toISOString());
  const columns: readonly (readonly [string, (entry: ResponseEntry) => CsvCell])[] = [
    [localize.term('mindResponsesDate'), (entry) => iso(entry.at)],
    [localize.term('mindResponsesSeller'), (entry) => entry.sellerName],
    [localize.term('mindResponsesPartner'), (entry) => entry.partnerName],
    [localize.term('mindResponsesTier'), (entry) => view.tier(entry)],
    [localize.term('mindResponsesQuestion'), (entry) => view.question(entry)],
    [localize.term('mindResponsesPrompt'), (entry) => promptText(view, entry)],
    [localize.term('mindResponsesAnswer'), (entry) => entry.text],
    [
      localize.term('mindResponsesHandled'),
      (entry) => localize.term(entry.handled ? 'mindResponsesYes' : 'mindResponsesNo'),
    ],
    [localize.term('mindResponsesHandledBy'), (entry) => entry.handledByName],
    [localize.term('mindResponsesHandledAt'), (entry) => iso(entry.handledAt)],
  ];
  return toCsv([columns.map(([name]) => name), ...entries.map((entry) => columns.map(([, cell]) => cell(entry)))]);
}
