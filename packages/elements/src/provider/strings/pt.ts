import type { providerEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('pt');

/** Textos de interface em português do elemento provider: mesmas chaves e argumentos do inglês. */
const providerPt: typeof providerEn = {
  mindProviderLoading: 'Carregando o Mindshare…',
  mindProviderBlocked:
    'O Mindshare foi atualizado, mas outra aba deste portal ainda usa a versão anterior. Feche as outras abas deste portal: esta página continuará sozinha.',
  mindProviderFailed: 'Não foi possível iniciar o Mindshare.',
  mindProviderInvalidPack: 'O pacote de conteúdo é inválido',
  mindProviderInvalidDirectory: 'O diretório é inválido',
  mindProviderProblems: (count: number) =>
    `${number(count)} ${plural(count, 'problema encontrado', 'problemas encontrados')}:`,
  mindProviderNetwork: (url: string) => `Não foi possível baixar ${url}. Verifique o endereço e sua conexão.`,
  mindProviderNotJson: 'O arquivo não é um JSON válido.',
  mindProviderUnknownViewer: (viewer) =>
    `Ninguém no diretório tem o identificador “${viewer}”: verifique o atributo viewer ou adicione esta pessoa ao diretório.`,
};

export default providerPt;
