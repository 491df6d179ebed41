/**
 * Function words of English and Spanish, folded (lower case, no accents). They carry no claim, so
 * they are neither indexed nor counted as shared words. Reporting verbs ("said", "dijo") are here
 * too: every news sentence has one.
 */
// prettier-ignore
export const STOPWORDS: ReadonlySet<string> = new Set([
  // English
  'a', 'about', 'above', 'after', 'again', 'against', 'all', 'also', 'am', 'an', 'and', 'any', 'are', 'as', 'at',
  'be', 'because', 'been', 'before', 'being', 'below', 'between', 'both', 'but', 'by', 'can', 'could', 'did', 'do',
  'does', 'doing', 'down', 'during', 'each', 'either', 'even', 'ever', 'few', 'for', 'from', 'further', 'had', 'has', 'have',
  'having', 'he', 'her', 'here', 'hers', 'herself', 'him', 'himself', 'his', 'how', 'however', 'i', 'if', 'in', 'into',
  'is', 'it', 'its', 'itself', 'just', 'let', 'may', 'me', 'might', 'more', 'most', 'much', 'must', 'my', 'myself', 'neither', 'nor',
  'of', 'off', 'on', 'once', 'only', 'onto', 'or', 'other', 'ought', 'our', 'ours', 'ourselves', 'out', 'over', 'own', 'per',
  'same', 'shall', 'she', 'should', 'so', 'some', 'such', 'than', 'that', 'the', 'their', 'theirs', 'them',
  'themselves', 'then', 'there', 'these', 'they', 'this', 'those', 'through', 'thus', 'to', 'too', 'toward', 'towards', 'under',
  'until', 'up', 'upon', 'us', 'very', 'via', 'was', 'we', 'were', 'what', 'when', 'where', 'which', 'while', 'who',
  'whom', 'whose', 'why', 'will', 'with', 'within', 'without', 'would', 'you', 'your', 'yours', 'yourself', 'yet',
  'said', 'says', 'say', 'saying', 'told', 'tell', 'according', 'added', 'adding', 'stated', 'stating', 'noted', 'noting',
  'reported', 'reports', 'reporting', 'wrote', 'writes', 'mr', 'mrs', 'ms', 'dr', 'oh', 'ok', 'okay', 'whether', 'instead',
  'since', 'among', 'amid', 'around', 'across', 'along', 'already', 'still', 'now', 'well', 'many', 'several', 'another',
  'least', 'recently', 'recent', 'new', 'one', 'ones', 'get', 'got', 'make', 'made', 'making', 'come', 'came', 'go', 'going', 'went',
  'like', 'time', 'times', 'way', 'year', 'years', 'day', 'days', 'today', 'yesterday', 'week', 'really', 'that\'s', 'it\'s',
  // Spanish
  'a', 'al', 'algo', 'algun', 'alguna', 'algunas', 'alguno', 'algunos', 'ante', 'antes', 'aqui', 'asi', 'aun', 'bajo',
  'cada', 'casi', 'como', 'con', 'contra', 'cual', 'cuales', 'cuando', 'de', 'del', 'desde', 'donde', 'dos', 'durante',
  'e', 'el', 'ella', 'ellas', 'ello', 'ellos', 'en', 'entre', 'era', 'eran', 'es', 'esa', 'esas', 'ese', 'eso', 'esos',
  'esta', 'estaba', 'estado', 'estan', 'estar', 'estas', 'este', 'esto', 'estos', 'fue', 'fueron', 'ha', 'habia',
  'han', 'hasta', 'hay', 'la', 'las', 'le', 'les', 'lo', 'los', 'mas', 'me', 'mi', 'mis', 'mismo', 'muy', 'nada', 'ni',
  'no', 'nos', 'nosotros', 'nuestra', 'nuestro', 'o', 'os', 'otra', 'otras', 'otro', 'otros', 'para', 'pero', 'poco',
  'por', 'porque', 'que', 'quien', 'quienes', 'se', 'sea', 'segun', 'ser', 'si', 'sido', 'siempre', 'sin', 'sino',
  'sobre', 'son', 'su', 'sus', 'tambien', 'tan', 'tanto', 'te', 'tiene', 'tienen', 'todo', 'todos', 'tras', 'tu', 'un',
  'una', 'uno', 'unos', 'unas', 'y', 'ya', 'yo', 'dijo', 'afirmo', 'aseguro', 'senalo', 'indico', 'agrego', 'explico',
  'anadio', 'segun', 'sr', 'sra', 'hace', 'puede', 'pueden', 'ser', 'haber', 'sido', 'este', 'ano', 'anos', 'dia', 'dias', 'hoy',
]);
