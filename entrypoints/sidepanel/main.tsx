import { render } from 'preact';
import '@/components/theme.css';
import './panel.css';
import { App } from './App';
import { messagingSource } from './messaging-source';

render(<App source={messagingSource(window.location)} />, document.getElementById('app')!);
