import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { countClaims, divergeCount, summaryLine } from '@/wording/claim-summary';
import { t, type MessageKey } from '@/wording/i18n';
import { SiteSwitch } from '@/components/SiteSwitch';
import { sendToBackground, type TabResult } from '@/messaging/protocol';
import { loadSettings, settingsItem, siteDecision, siteOf, withSite } from '@/settings/settings';
import { openPanel } from '../background/open-panel';
import { AddPageButton } from './AddPageButton';

// The toolbar popup: the page's summary, "Open side panel", and the on/off switch for this site.

const STATUS_LINES: Record<TabResult['status'], MessageKey | null> = {
  pending: 'popupPending',
  article: null,
  'no-article': 'popupNoArticle',
  disabled: 'popupDisabled',
  asking: 'popupAsking',
  error: 'emptyErrorText',
  framed: 'popupFramed',
  'other-language': 'popupOtherLanguage',
};

function statusLine(status: TabResult['status']): string {
  const key = STATUS_LINES[status];
  return key ? t(key) : '';
}

/** The active tab, or the one named by `?tab=ID` (the popup opened in a tab of its own, as tests do). */
async function targetTab() {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return browser.tabs.get(Number(param));
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active;
}

function withDivergences(counts: ReturnType<typeof countClaims>): string {
  return counts.claims > 0
    ? `${summaryLine(counts)} · ${divergeCount(counts.diverges)}`
    : summaryLine(counts);
}

export function Popup() {
  const [tab, setTab] = useState<{ id: number; url: string | null } | null>(null);
  const [result, setResult] = useState<TabResult | null>(null);
  const [on, setOn] = useState<boolean | null>(null);
  const [added, setAdded] = useState<string | null>(null);

  useEffect(() => {
    void (async () => {
      const active = await targetTab();
      if (active?.id === undefined) return;
      setTab({ id: active.id, url: active.url ?? null });
      const [data, settings] = await Promise.all([
        sendToBackground('getTab', { tabId: active.id }),
        loadSettings(),
      ]);
      setResult(data.tab);
      setOn(active.url ? siteDecision(settings, active.url) !== 'disabled' : null);
    })();
  }, []);

  const site = siteOf(tab?.url);
  const line = !result
    ? t('loading')
    : result.page?.comparison.page.offStory
      ? t('offStoryTitle')
      : result.page
        ? withDivergences(countClaims(result.page.comparison))
        : statusLine(result.status);

  return (
    <main class="popup">
      <h1>{t('extName')}</h1>
      <p class="popup-summary" role="status">
        {line}
      </p>
      <button
        type="button"
        class="primary"
        disabled={!tab}
        onClick={() => tab && void openPanel(tab.id).then(() => window.close())}
      >
        {t('openSidePanel')}
      </button>
      {result?.status === 'article' && tab && <AddPageButton tabId={tab.id} done={added} onDone={setAdded} />}
      {site && on !== null && (
        <SiteSwitch
          site={site}
          on={on}
          onChange={async (value) => {
            setOn(value);
            await settingsItem.setValue(withSite(await loadSettings(), site, value));
          }}
        />
      )}
      <button
        type="button"
        class="link-button options-link"
        onClick={() => void browser.runtime.openOptionsPage()}
      >
        {t('optionsLink')}
      </button>
    </main>
  );
}
