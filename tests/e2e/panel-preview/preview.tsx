import { render } from 'preact';
import { App } from '@/entrypoints/sidepanel/App';
import type { PanelListener, PanelSource } from '@/entrypoints/sidepanel/panel-source';
import { fullReport, panelData } from './fixture-data';

// The side panel with a mock of the background: renders fixture data so the UI can be looked at and
// screenshotted without building the extension (tests/e2e/panel-preview/render-preview.ts).

const listeners = new Set<PanelListener>();
const mock: PanelSource = {
  pinned: true,
  initialTabId: async () => 1,
  getTab: async () => panelData,
  getReport: async () => fullReport,
  showOnPage: async () => true,
  compareSelection: async () => panelData.tab,
  runNow: async () => undefined,
  copy: async () => undefined,
  judge: async () => undefined,
  subscribe(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

render(<App source={mock} />, document.getElementById('app')!);
