import { storage } from '#imports';
import { completeSettings, DEFAULT_SETTINGS, type Settings } from './site-rules';

// The reader's settings, shared by every part of the extension through extension storage. Changes
// apply at once: the background and the content scripts watch this item.

export * from './site-rules';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: { ...DEFAULT_SETTINGS },
});

export async function loadSettings(): Promise<Settings> {
  return completeSettings(await settingsItem.getValue());
}
