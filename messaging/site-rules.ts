import { DEFAULT_COMPARE_OPTIONS } from '@/lib/match/defaults';

// Which sites Crosscheck runs on, as pure functions of the settings (tested in site-rules.test.ts).

/** Where Crosscheck runs by itself: on every site, on the listed sites, or only when asked. */
export type RunMode = 'all' | 'list' | 'ask';

export interface Settings {
  mode: RunMode;
  /** Host names Crosscheck runs on in `list` mode. */
  sites: string[];
  /** Host names the reader switched Crosscheck off for, whatever the mode. */
  disabledSites: string[];
  /** Whether `related` versions (same topic, nothing to compare) are shown. */
  includeRelated: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  mode: 'all',
  sites: [],
  disabledSites: [],
  // The same default as the `compare` command, so the panel and the command agree.
  includeRelated: DEFAULT_COMPARE_OPTIONS.includeRelated,
});

/** Fills in fields missing from stored settings (written by an older version, or edited by hand). */
export function completeSettings(stored: Partial<Settings> | null | undefined): Settings {
  const s = stored ?? {};
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return {
    mode: s.mode === 'list' || s.mode === 'ask' ? s.mode : 'all',
    sites: list(s.sites),
    disabledSites: list(s.disabledSites),
    includeRelated:
      typeof s.includeRelated === 'boolean' ? s.includeRelated : DEFAULT_SETTINGS.includeRelated,
  };
}

/** The host name a setting refers to, or null for pages that are not on a web site (files, about:). */
export function siteOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? hostname : null;
  } catch {
    return null;
  }
}

function listed(hosts: string[], host: string): boolean {
  return hosts.some((h) => host === h || host.endsWith(`.${h}`));
}

/** Whether Crosscheck runs by itself on a page: `run`, `disabled` (off for this site) or `asking`. */
export function siteDecision(settings: Settings, url: string): 'run' | 'disabled' | 'asking' {
  const host = siteOf(url);
  if (host === null) return 'disabled';
  if (listed(settings.disabledSites, host)) return 'disabled';
  if (settings.mode === 'all') return 'run';
  if (settings.mode === 'list') return listed(settings.sites, host) ? 'run' : 'disabled';
  return 'asking';
}

/** The settings after the reader switched Crosscheck on or off for one site (the popup's switch). */
export function withSite(settings: Settings, host: string, on: boolean): Settings {
  const disabledSites = settings.disabledSites.filter((h) => h !== host);
  if (!on) return { ...settings, disabledSites: [...disabledSites, host] };
  const sites =
    settings.mode === 'list' && !listed(settings.sites, host) ? [...settings.sites, host] : settings.sites;
  return { ...settings, disabledSites, sites };
}
