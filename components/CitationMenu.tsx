import type { CitationStyle } from '@/wording/cite-as';
import type { CslItem } from '@/wording/citation-item';
import { t, uiLanguage } from '@/wording/i18n';

// "Cite": a menu of citation styles for one source (a version's report, or the page being read).
// Choosing a style copies the citation. The styles' engine is large: it is loaded on first use.

/** Style names are proper names, the same in every language. */
const STYLES: Array<[CitationStyle, string]> = [
  ['apa', 'APA'],
  ['mla', 'MLA'],
  ['chicago', 'Chicago'],
  ['bibtex', 'BibTeX'],
  ['ris', 'RIS'],
  ['csl-json', 'CSL-JSON'],
];

interface Props {
  /** Built when a style is chosen, so the access date is the day of the copy. */
  item: () => CslItem;
  onCopy: (text: string) => void;
  /** What is cited, for screen readers: "Cite News.az". */
  label: string;
}

export function CitationMenu({ item, onCopy, label }: Props) {
  const cite = async (style: CitationStyle, menu: HTMLDetailsElement | null) => {
    const { citeAs } = await import('@/wording/cite-as');
    onCopy(await citeAs(item(), style, uiLanguage()));
    if (menu) menu.open = false;
  };
  return (
    <details class="cite-menu" data-cite-menu>
      <summary aria-label={label}>{t('citeMenu')}</summary>
      <ul class="cite-styles" aria-label={t('citeStylesLabel')}>
        {STYLES.map(([style, name]) => (
          <li key={style}>
            <button
              type="button"
              data-cite-style={style}
              onClick={(e) => void cite(style, e.currentTarget.closest('details'))}
            >
              {name}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
