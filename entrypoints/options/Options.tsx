import { useEffect, useState } from 'preact/hooks';
import type { ReportMeta } from '@/lib';
import { BundledReports } from '@/components/BundledReports';
import { DecisionsList } from './DecisionsList';
import { SourcesSection } from './SourcesSection';
import { sendToBackground } from '@/messaging/protocol';
import { completeSettings, settingsItem, type RunMode, type Settings } from '@/settings/settings';
import { t, tParts } from '@/wording/i18n';

// Where Crosscheck runs, whether related versions are shown, the reader's decisions on matches, and
// the bundled reports. Every change is
// saved at once to extension storage, which the background and the pages watch.

const modes = (): Array<[RunMode, string, string]> => [
  ['all', t('modeAll'), t('modeAllHint')],
  ['list', t('modeList'), t('modeListHint')],
  ['ask', t('modeAsk'), t('modeAskHint', t('crosscheckPage'))],
];

const parseSites = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((s) =>
      s
        .trim()
        .toLowerCase()
        .replace(/^https?:\/\//, '')
        .replace(/\/.*$/, ''),
    )
    .filter(Boolean);

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [sitesText, setSitesText] = useState('');
  const [reports, setReports] = useState<ReportMeta[] | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void settingsItem.getValue().then((v) => {
      const s = completeSettings(v);
      setSettings(s);
      setSitesText(s.sites.join('\n'));
    });
    void sendToBackground('listReports', {}).then(setReports, () => setReports([]));
  }, []);

  if (!settings) return <main class="options">{t('loading')}</main>;

  const save = (next: Settings) => {
    setSettings(next);
    void settingsItem.setValue(next).then(() => {
      setSaved(true);
      setTimeout(() => setSaved(false), 1500);
    });
  };

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <p class="hint">{tParts('optionsIntro', <a href="#reports">{t('optionsIntroLink')}</a>)}</p>
      <fieldset>
        <legend>{t('optionsWhere')}</legend>
        {modes().map(([mode, label, hint]) => (
          <label key={mode} class="option">
            <input
              type="radio"
              name="mode"
              value={mode}
              checked={settings.mode === mode}
              onChange={() => save({ ...settings, mode })}
            />
            <span>
              {label}
              <small>{hint}</small>
            </span>
          </label>
        ))}
        <label class="sites">
          {tParts('sitesLabel', <code>news.example.com</code>)}
          <textarea
            rows={4}
            value={sitesText}
            disabled={settings.mode !== 'list'}
            onInput={(e) => setSitesText((e.currentTarget as HTMLTextAreaElement).value)}
            onBlur={() => save({ ...settings, sites: parseSites(sitesText) })}
          />
        </label>
        {settings.disabledSites.length > 0 && (
          <p class="hint">
            {t('switchedOff', settings.disabledSites.join(', '))}{' '}
            <button
              type="button"
              class="link-button"
              onClick={() => save({ ...settings, disabledSites: [] })}
            >
              {t('switchBackOn')}
            </button>
          </p>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('optionsShown')}</legend>
        <label class="option">
          <input
            type="checkbox"
            checked={settings.includeRelated}
            onChange={(e) =>
              save({ ...settings, includeRelated: (e.currentTarget as HTMLInputElement).checked })
            }
          />
          <span>
            {t('showRelated')}
            <small>{t('showRelatedHint')}</small>
          </span>
        </label>
      </fieldset>
      <p class="saved" role="status">
        {saved ? t('saved') : ''}
      </p>
      <DecisionsList reports={reports} />
      <SourcesSection bundledCount={reports?.length ?? 0} />
      <BundledReports reports={reports} />
      <p class="hint">{t('offlineNote')}</p>
    </main>
  );
}
