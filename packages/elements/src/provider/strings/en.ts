import { termFormats } from '../../shared/i18n/term-formats.js';

const { plural } = termFormats('en');

/** English UI strings of the provider element (term keys start with `mindProvider`). */
export const providerEn = {
  mindProviderLoading: 'Loading Mindshare…',
  mindProviderBlocked:
    'Mindshare was updated, but another tab of this portal still runs the previous version. Close the other tabs of this portal: this page goes on by itself.',
  mindProviderFailed: 'Mindshare could not start.',
  mindProviderInvalidPack: 'The content pack is invalid',
  mindProviderInvalidDirectory: 'The directory is invalid',
  mindProviderProblems: (count: number) => `${count} ${plural(count, 'problem', 'problems')} found:`,
  mindProviderNetwork: (url: string) => `Could not download ${url}. Check the address and your connection.`,
  mindProviderNotJson: 'The file is not valid JSON.',
  mindProviderUnknownViewer: (viewer: string) =>
    `No one in the directory has the id “${viewer}”: check the viewer attribute, or add this person to the directory.`,
};
