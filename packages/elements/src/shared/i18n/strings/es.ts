import type { SharedTerms } from './en.js';

/** Textos de interfaz compartidos en español. Se cargan bajo demanda, nunca en el paquete principal. */
const sharedEs: SharedTerms = {
  mindLoading: 'Cargando…',
  mindRetry: 'Reintentar',
  mindErrorTitle: 'Se ha producido un error',
  mindErrorStorageFullTitle: 'El almacenamiento de este dispositivo está lleno',
  mindErrorStorageFull:
    'Su navegador ya no tiene espacio para guardar Mindshare. Libere espacio (elimine archivos o descargas que ya no necesite, o borre los datos de otros sitios) y vuelva a intentarlo. No se pierde nada de lo que ya guardó.',
  mindErrorStaleTitle: 'Esta página no está actualizada',
  mindErrorStale: 'Mindshare se ha actualizado en otra pestaña. Vuelva a cargar esta página para continuar.',
  mindReload: 'Volver a cargar la página',
  mindErrorNetworkTitle: 'No se puede conectar con Mindshare',
  mindErrorNetwork: 'Compruebe su conexión y vuelva a intentarlo. Las respuestas que ya dio se conservan.',
  mindErrorNetworkRetrying: 'Compruebe su conexión. Reintentando…',
  mindErrorUnavailableTitle: 'Mindshare no responde',
  mindErrorUnavailable: 'Vuelva a intentarlo en un momento.',
  mindErrorUnknownChallengeTitle: 'Reto no encontrado',
  mindErrorUnknownChallenge: (id: string) => `Este contenido no tiene ningún reto «${id}».`,
  mindPoints: (points: number) =>
    new Intl.PluralRules('es').select(points) === 'one' ? `${points} punto` : `${points} puntos`,
  mindQuizSubmit: 'Enviar',
  mindQuizTrue: 'Verdadero',
  mindQuizFalse: 'Falso',
  mindQuizChooseOne: 'Elija una respuesta.',
  mindQuizChooseSeveral: 'Elija todas las respuestas correctas.',
  mindQuizChoiceRight: 'Respuesta correcta',
  mindQuizChoiceWrong: 'Su elección: incorrecta',
  mindQuizOrderHint: 'Ordene los elementos, el primero arriba. Alt + flechas mueven el elemento seleccionado.',
  mindQuizMoveUp: (item) => `Subir «${item}»`,
  mindQuizMoveDown: (item) => `Bajar «${item}»`,
  mindQuizMoved: (item, position, count) => `«${item}» movido a la posición ${position} de ${count}`,
  mindQuizNumberLabel: 'Su respuesta',
  mindQuizNumberInvalid: 'Introduzca un número.',
  mindQuizConfidence: '¿Qué seguridad tiene?',
  mindQuizSure: 'Seguro',
  mindQuizNotSure: 'No estoy seguro',
  mindQuizCorrect: 'Respuesta correcta',
  mindQuizIncorrect: 'Respuesta incorrecta',
  mindQuizPartlyCorrect: 'Respuesta parcialmente correcta',
  mindQuizResources: 'Para saber más',
};

export default sharedEs;
