import { render } from 'preact';
import '@/components/theme.css';
import '@/components/sources.css';
import './popup.css';
import { Popup } from './Popup';
import { localizeDocument } from '@/wording/i18n';

localizeDocument(document);
render(<Popup />, document.getElementById('app')!);
