import { describe, expect, it } from 'vitest';
import {
  completeSettings,
  DEFAULT_SETTINGS,
  siteDecision,
  siteOf,
  withSite,
  type Settings,
} from './site-rules';

const settings = (over: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...over });

describe('siteOf', () => {
  it.each([
    ['https://news.example.com/a/b?c', 'news.example.com'],
    ['http://127.0.0.1:8080/x', '127.0.0.1'],
    ['file:///home/me/a.html', null],
    ['chrome://extensions', null],
    ['not a url', null],
    [null, null],
  ])('reads the site of %s as %s', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });
});

describe('siteDecision', () => {
  it.each<[Partial<Settings>, string, ReturnType<typeof siteDecision>]>([
    [{}, 'https://a.com/x', 'run'],
    [{ disabledSites: ['a.com'] }, 'https://a.com/x', 'disabled'],
    [{ disabledSites: ['a.com'] }, 'https://www.a.com/x', 'disabled'],
    [{ disabledSites: ['a.com'] }, 'https://ba.com/x', 'run'],
    [{ mode: 'list', sites: ['a.com'] }, 'https://news.a.com/x', 'run'],
    [{ mode: 'list', sites: ['a.com'] }, 'https://b.com/x', 'disabled'],
    [{ mode: 'ask' }, 'https://a.com/x', 'asking'],
    [{ mode: 'ask', disabledSites: ['a.com'] }, 'https://a.com/x', 'disabled'],
    [{}, 'file:///x.html', 'disabled'],
  ])('with %j decides %s → %s', (over, url, expected) => {
    expect(siteDecision(settings(over), url)).toBe(expected);
  });
});

describe('withSite (the popup switch)', () => {
  it('switches a site off, then on again', () => {
    const off = withSite(settings({}), 'a.com', false);
    expect(siteDecision(off, 'https://a.com/x')).toBe('disabled');
    const on = withSite(off, 'a.com', true);
    expect(siteDecision(on, 'https://a.com/x')).toBe('run');
    expect(on.disabledSites).toEqual([]);
  });

  it('adds the site to the list when switched on in list mode', () => {
    const on = withSite(settings({ mode: 'list' }), 'a.com', true);
    expect(on.sites).toEqual(['a.com']);
    expect(siteDecision(on, 'https://a.com/x')).toBe('run');
  });
});

describe('completeSettings', () => {
  it.each([
    [null, DEFAULT_SETTINGS],
    [{ mode: 'bogus', sites: 'a.com', includeRelated: 'yes' }, DEFAULT_SETTINGS],
    [
      { mode: 'list', sites: ['a.com', 3] },
      { ...DEFAULT_SETTINGS, mode: 'list', sites: ['a.com'] },
    ],
  ])('fills in %j', (stored, expected) => {
    expect(completeSettings(stored as Partial<Settings>)).toEqual(expected);
  });
});
