import type { SharedEvidence } from '@/lib/match/types';

// What the two sentences share and the score, so a fact-checker can judge the link, not just trust it.

function Chips({ label, items }: { label: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <div class="why-row">
      <span class="why-label">{label}</span>
      <ul class="chips" aria-label={label}>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

export function WhyThisMatch({ shared, score }: { shared: SharedEvidence; score: number }) {
  const nothing = shared.words.length + shared.names.length + shared.figures.length === 0;
  return (
    <details class="why">
      <summary>Why this match</summary>
      <div class="why-body">
        <p class="why-score">
          Similarity score <strong data-score={score}>{score.toFixed(2)}</strong> of 1
        </p>
        <Chips label="Figures" items={shared.figures} />
        <Chips label="Names" items={shared.names} />
        <Chips label="Words" items={shared.words} />
        {nothing && <p>The sentences share no single word, name or figure; they were matched on phrasing.</p>}
      </div>
    </details>
  );
}
