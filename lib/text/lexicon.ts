/**
 * A small bilingual lexicon of the news domain this corpus covers (drugs, security, diplomacy),
 * used to put Spanish words and English synonyms on one pivot term. It is not a translator: words
 * it lacks fall back to their own stem, and figures and names carry across languages by themselves.
 * Keys are folded (lower case, no accents); inflections are covered because both sides are stemmed.
 */

/** English words that count as one concept; the first word names it. Keep groups narrow. */
// prettier-ignore
export const ENGLISH_SYNONYMS: readonly (readonly string[])[] = [
  // Event kinds of political news (after the CAMEO event codes), then things counted.
  ['invitation', 'invite', 'invited', 'inviting', 'invitations'],
  ['consultation', 'meeting', 'meet', 'met', 'meetings', 'encounter', 'summit', 'conversation', 'conversations', 'call',
    'calls', 'phone', 'talk', 'talks', 'talked', 'dialogue', 'discussion', 'discussions', 'discussed'],
  ['warning', 'warn', 'warned', 'warnings', 'threat', 'threats', 'threaten', 'threatened', 'threatening', 'consequences',
    'ultimatum'],
  ['allegation', 'allegations', 'allege', 'alleged', 'alleging', 'accusation', 'accusations', 'accuse', 'accused',
    'accusing', 'slander', 'slandered', 'implicate', 'implicated', 'implying', 'imply', 'implied', 'blame', 'blamed'],
  ['criticism', 'criticize', 'criticized', 'criticise', 'criticised', 'condemn', 'condemned', 'condemnation',
    'denounce', 'denounced', 'rebuke', 'rebuked', 'decry', 'decried'],
  ['denial', 'deny', 'denied', 'denies', 'rebuff', 'rebuffed', 'refute', 'refuted'],
  ['seizure', 'seizures', 'seize', 'seized', 'confiscate', 'confiscated', 'confiscation', 'confiscating', 'interdiction',
    'haul'],
  ['destroy', 'destroyed', 'destruction', 'dismantle', 'dismantled', 'dismantling', 'demolish', 'demolition',
    'demolitions'],
  ['production', 'produce', 'produced', 'producing', 'produces', 'manufacture', 'manufacturing', 'manufactured'],
  ['bombing', 'bombings', 'bombardment', 'bombardments', 'airstrike', 'airstrikes'],
  ['laboratory', 'laboratories', 'lab', 'labs'],
  ['killed', 'kill', 'killing', 'killings', 'dead', 'death', 'deaths'],
  ['vessel', 'vessels', 'boat', 'boats', 'ship', 'ships', 'speedboat', 'speedboats'],
  ['drug', 'drugs', 'narcotic', 'narcotics'],
  ['trafficking', 'traffic', 'trafficker', 'traffickers', 'smuggling', 'smuggler', 'smugglers'],
  ['tons', 'ton', 'tonnes', 'tonne'],
  ['military', 'army', 'armed', 'troops'],
];

/** Spanish words and their English pivot word. */
// prettier-ignore
export const SPANISH_TO_ENGLISH: Readonly<Record<string, string>> = {
  cocaina: 'cocaine', droga: 'drug', drogas: 'drug', narcotrafico: 'trafficking', narcotraficante: 'trafficking',
  narcotraficantes: 'trafficking', trafico: 'trafficking', contrabando: 'trafficking', estupefacientes: 'drug',
  laboratorio: 'laboratory', laboratorios: 'laboratory', cocina: 'laboratory', cocinas: 'laboratory',
  incautacion: 'seizure', incautaciones: 'seizure', incautada: 'seizure', incautado: 'seizure', incautadas: 'seizure',
  incautados: 'seizure', incauto: 'seizure', decomiso: 'seizure', decomisos: 'seizure', decomisada: 'seizure',
  tonelada: 'tons', toneladas: 'tons', kilo: 'kilogram', kilos: 'kilogram', kilogramos: 'kilogram',
  presidente: 'president', presidenta: 'president', mandatario: 'president', gobierno: 'government',
  invitacion: 'invitation', invito: 'invitation', invitar: 'invitation', invita: 'invitation', invitado: 'invitation',
  operacion: 'operation', operaciones: 'operation', operativo: 'operation', operativos: 'operation',
  bombardeo: 'bombing', bombardeos: 'bombing', ataque: 'attack', ataques: 'attack', atacar: 'attack',
  golpe: 'strike', golpes: 'strike', misil: 'missile', misiles: 'missile', buque: 'vessel', buques: 'vessel',
  lancha: 'vessel', lanchas: 'vessel', embarcacion: 'vessel', embarcaciones: 'vessel', barco: 'vessel', barcos: 'vessel',
  soberania: 'sovereignty', destruido: 'destroy', destruidos: 'destroy', destruyo: 'destroy', destruccion: 'destroy',
  destruir: 'destroy', desmantelado: 'destroy', desmantelados: 'destroy', desmantelar: 'destroy',
  militar: 'military', militares: 'military', ejercito: 'military', fuerzas: 'forces', armada: 'navy',
  amenaza: 'threat', amenazas: 'threat', amenazo: 'threat', advertencia: 'warning', advirtio: 'warning',
  acusacion: 'allegation', acusaciones: 'allegation', acuso: 'allegation', acusado: 'allegation',
  muertos: 'killed', muertes: 'killed', murieron: 'killed', mato: 'killed', asesinados: 'killed',
  record: 'record', historica: 'record', historico: 'record', mayor: 'largest', mas: 'more',
  reunion: 'meeting', encuentro: 'meeting', llamada: 'call', conversacion: 'conversation', telefonica: 'phone',
  casa: 'house', blanca: 'white', honor: 'honor', gran: 'great', visita: 'visit', visitar: 'visit',
  ministro: 'minister', canciller: 'minister', exterior: 'foreign', exteriores: 'foreign', relaciones: 'relations',
  produccion: 'production', produce: 'production', producir: 'production', fabricas: 'factories', fabrica: 'factories',
  cultivos: 'crops', coca: 'coca', hectareas: 'hectares', dosis: 'doses', millones: 'million', mil: 'thousand',
  guerra: 'war', paz: 'peace', dialogo: 'dialogue', tensiones: 'tensions', tension: 'tensions',
  cooperacion: 'cooperation', financiera: 'financial', financieras: 'financial', redes: 'networks',
  hostil: 'hostile', desinformado: 'misinformed', amnistia: 'amnesty', sanciones: 'sanctions', sancionado: 'sanctions',
  visado: 'visa', visa: 'visa', vehiculos: 'vehicles', armas: 'weapons', armados: 'armed', grupos: 'groups',
  terrestres: 'ground', tierra: 'ground', combates: 'battles', combate: 'battles', aereos: 'aerial',
  caribe: 'caribbean', pacifico: 'pacific', venezolano: 'venezuelan', venezolanas: 'venezuelan', aguas: 'waters',
  colombiano: 'colombian', colombiana: 'colombian', estadounidense: 'american', estadounidenses: 'american',
  eeuu: 'us', ee: 'us', uu: 'us', estados: 'states', unidos: 'united', casa_blanca: 'white', onu: 'un', dea: 'dea', soberano: 'sovereignty', criminal: 'criminal',
  politica: 'policy', antidrogas: 'drug', antinarcoticos: 'drug', minutos: 'minutes', hora: 'hour', horas: 'hours',
  semana: 'week', mes: 'month', meses: 'months', incautaron: 'seizure', destruyeron: 'destroy', origen: 'originated',
  procedente: 'originated', originaria: 'originated', sobrevivientes: 'survivors', crimen: 'crime',
  declaracion: 'declaration', publicacion: 'post', mensaje: 'message', redes_sociales: 'social',
};
