// How each highlight looks. Each relation has its own underline style, so the cue does not rest on
// colour alone: wavy for diverges, solid for corroborates, dotted for related; `flash` briefly marks
// the sentence a card click scrolled to. The rules are added per painting under random names
// (highlights.ts), so they are kept here as declarations, not as a stylesheet with fixed names.

export const HIGHLIGHT_RULES = {
  diverges:
    'background-color: rgba(240, 68, 56, 0.16); text-decoration: underline wavy #d92d20; text-decoration-thickness: 1.5px;',
  corroborates:
    'background-color: rgba(18, 183, 106, 0.14); text-decoration: underline solid #039855; text-decoration-thickness: 2px;',
  related: 'text-decoration: underline dotted #667085; text-decoration-thickness: 2px;',
  flash: 'background-color: rgba(253, 176, 34, 0.55);',
} as const;
