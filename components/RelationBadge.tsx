import type { Relation } from '@/lib/match/types';

// The relation in words and a symbol, so it never depends on colour alone.
const LABELS: Record<Relation, { symbol: string; text: string }> = {
  diverges: { symbol: '≠', text: 'Diverges' },
  corroborates: { symbol: '=', text: 'Corroborates' },
  related: { symbol: '~', text: 'Related' },
};

export function relationLabel(relation: Relation): string {
  return LABELS[relation].text;
}

export function RelationBadge({ relation }: { relation: Relation }) {
  const { symbol, text } = LABELS[relation];
  return (
    <span class={`relation-badge relation-${relation}`}>
      <span aria-hidden="true" class="relation-symbol">
        {symbol}
      </span>
      {text}
    </span>
  );
}
