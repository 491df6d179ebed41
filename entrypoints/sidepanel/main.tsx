import { render } from 'preact';
import '@/components/theme.css';
import '@/components/sources.css';
import './panel.css';
import { App } from './App';
import { messagingSource } from './messaging-source';
import { localizeDocument } from '@/wording/i18n';

localizeDocument(document);
render(<App source={messagingSource(window.location)} />, document.getElementById('app')!);
