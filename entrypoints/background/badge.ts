import { browser } from '#imports';
import type { TabResult } from '@/messaging/protocol';
import { badgeTooltip, countClaims } from '@/wording/claim-summary';
import { t } from '@/wording/i18n';

// The toolbar badge counts the page's diverging claims; the tooltip gives every count.

const action =
  browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

export async function showBadge(result: TabResult): Promise<void> {
  const { tabId } = result;
  try {
    if (!result.page) {
      await action.setBadgeText({ tabId, text: '' });
      await action.setTitle({ tabId, title: t('extName') });
      return;
    }
    const counts = countClaims(result.page.comparison);
    await action.setBadgeBackgroundColor({ tabId, color: counts.diverges > 0 ? '#b42318' : '#475467' });
    await action.setBadgeText({ tabId, text: counts.diverges > 0 ? String(counts.diverges) : '' });
    await action.setTitle({ tabId, title: badgeTooltip(counts) });
  } catch {
    // The tab closed meanwhile.
  }
}
