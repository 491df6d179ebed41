// A site's furniture read as text: the labels around an advertisement or a sponsored block, and the
// "continues below" lines, in English and Spanish. A whole line is furniture only when it is the
// label alone: "Advertisement" is, "The advertisement ran in 12 newspapers." is a sentence.
const LABEL = new RegExp(
  String.raw`^(?:` +
    [
      String.raw`(?:skip )?advert(?:isement)?s?`,
      String.raw`ads?`,
      String.raw`(?:sponsored|promoted|paid)(?: content| post| links?| stories)?`,
      String.raw`(?:the )?(?:story|article|text) continues (?:below|after)(?: (?:this|the))?(?: advert(?:isement)?| ad)?`,
      String.raw`continue reading(?: (?:below|the main story))?`,
      String.raw`scroll (?:down )?to continue(?: reading| with content)?`,
      String.raw`anuncios?|publicidad|contenido patrocinado|patrocinado|promocionado`,
      String.raw`(?:la )?(?:noticia|nota|historia) (?:contin[uú]a|sigue) (?:tras|despu[eé]s de|debajo de|bajo) (?:la |el )?(?:publicidad|anuncio)`,
      String.raw`(?:sigue|contin[uú]a) leyendo(?: debajo)?`,
    ].join('|') +
    String.raw`)\s*[.:…]*$`,
  'iu',
);

/** Whether a line is a site's furniture (an advertisement label, "Story continues below advertisement"). */
export function isSiteFurniture(line: string): boolean {
  return LABEL.test(line.trim());
}
