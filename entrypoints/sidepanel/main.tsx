import { render } from 'preact';
import '@/components/theme.css';
import '@/components/sources.css';
import './panel.css';
import { App } from './App';
import { messagingSource } from './messaging-source';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { localizeDocument } from '@/wording/i18n';
import { sendToContent } from '@/messaging/protocol';

localizeDocument(document);
const source = messagingSource(window.location);
// "Check again" after a rendering error: the tab's page is read anew and its fresh result replaces
// whatever could not be shown.
const recheck = async () => {
  const tabId = await source.initialTabId();
  if (tabId !== null) await sendToContent(tabId, 'recheck', {});
};
render(
  <ErrorBoundary onRecheck={recheck}>
    <App source={source} />
  </ErrorBoundary>,
  document.getElementById('app')!,
);
