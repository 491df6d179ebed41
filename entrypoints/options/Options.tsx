import { useEffect, useState } from 'preact/hooks';
import type { ReportMeta } from '@/lib/corpus/types';
import { BundledReports } from '@/components/BundledReports';
import { sendToBackground } from '@/messaging/protocol';
import { completeSettings, settingsItem, type RunMode, type Settings } from '@/messaging/settings';

// Where Crosscheck runs, whether related versions are shown, and the bundled reports. Every change is
// saved at once to extension storage, which the background and the pages watch.

const MODES: Array<[RunMode, string, string]> = [
  ['all', 'On every site', 'Article pages are compared as soon as they load.'],
  ['list', 'Only on the sites listed below', 'Other sites are left alone unless you ask.'],
  [
    'ask',
    'Only when I ask',
    'Use “Crosscheck this page” in the side panel, or select text and use the menu.',
  ],
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

  if (!settings) return <main class="options">Loading…</main>;

  const save = (next: Settings) => {
    setSettings(next);
    void settingsItem.setValue(next).then(() => {
      setSaved(true);
      setTimeout(() => setSaved(false), 1500);
    });
  };

  return (
    <main class="options">
      <h1>Crosscheck options</h1>
      <p class="hint">
        Crosscheck compares the article you read with <a href="#reports">the bundled reports</a>. Changes are
        saved and applied at once.
      </p>
      <fieldset>
        <legend>Where Crosscheck runs</legend>
        {MODES.map(([mode, label, hint]) => (
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
          Sites (one per line, e.g. <code>news.example.com</code>)
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
            Switched off from the toolbar: {settings.disabledSites.join(', ')}.{' '}
            <button
              type="button"
              class="link-button"
              onClick={() => save({ ...settings, disabledSites: [] })}
            >
              Switch back on everywhere
            </button>
          </p>
        )}
      </fieldset>
      <fieldset>
        <legend>What is shown</legend>
        <label class="option">
          <input
            type="checkbox"
            checked={settings.includeRelated}
            onChange={(e) =>
              save({ ...settings, includeRelated: (e.currentTarget as HTMLInputElement).checked })
            }
          />
          <span>
            Show “related” versions
            <small>
              Sentences on the same topic with nothing to compare; diverging and corroborating ones are always
              shown.
            </small>
          </span>
        </label>
      </fieldset>
      <p class="saved" role="status">
        {saved ? 'Saved' : ''}
      </p>
      <BundledReports reports={reports} />
      <p class="hint">
        Crosscheck works offline: the reports are bundled with the extension, nothing you read leaves your
        browser, and there is no analytics.
      </p>
    </main>
  );
}
