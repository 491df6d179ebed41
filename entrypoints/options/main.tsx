import { render } from 'preact';
import '@/components/theme.css';
import '@/components/sources.css';
import './options.css';
import { Options } from './Options';
import { localizeDocument, t } from '@/wording/i18n';

localizeDocument(document, t('optionsTitle'));
render(<Options />, document.getElementById('app')!);
