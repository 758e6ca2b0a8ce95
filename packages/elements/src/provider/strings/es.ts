import type { providerEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { plural } = termFormats('es');

/** Textos de interfaz en español del elemento provider: mismas claves y mismos argumentos que en inglés. */
const providerEs: typeof providerEn = {
  mindProviderLoading: 'Cargando Mindshare…',
  mindProviderBlocked:
    'Mindshare se ha actualizado, pero otra pestaña de este portal sigue usando la versión anterior. Cierre las demás pestañas de este portal: esta página continuará por sí sola.',
  mindProviderFailed: 'No se pudo iniciar Mindshare.',
  mindProviderInvalidPack: 'El paquete de contenido no es válido',
  mindProviderInvalidDirectory: 'El directorio no es válido',
  mindProviderProblems: (count: number) =>
    `${plural(count, `Se ha encontrado ${count} problema`, `Se han encontrado ${count} problemas`)}:`,
  mindProviderNetwork: (url: string) => `No se pudo descargar ${url}. Compruebe la dirección y su conexión.`,
  mindProviderNotJson: 'El archivo no es un JSON válido.',
  mindProviderUnknownViewer: (viewer) =>
    `Nadie en el directorio tiene el identificador «${viewer}»: compruebe el atributo viewer o añada a esta persona al directorio.`,
};

export default providerEs;
