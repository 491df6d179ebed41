import type { Relation } from '@/lib';
import { t, type MessageKey } from '@/wording/i18n';

// The relation in words and a symbol, so it never depends on colour alone.
const LABELS: Record<Relation, { symbol: string; text: MessageKey }> = {
  diverges: { symbol: '≠', text: 'relationDiverges' },
  corroborates: { symbol: '=', text: 'relationCorroborates' },
  related: { symbol: '~', text: 'relationRelated' },
  possible: { symbol: '?', text: 'relationPossible' },
};

export function relationLabel(relation: Relation): string {
  return t(LABELS[relation].text);
}

export function RelationBadge({ relation }: { relation: Relation }) {
  const { symbol } = LABELS[relation];
  return (
    <span class={`relation-badge relation-${relation}`}>
      <span aria-hidden="true" class="relation-symbol">
        {symbol}
      </span>
      {relationLabel(relation)}
    </span>
  );
}
