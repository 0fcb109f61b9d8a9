// Wiring only: the popup lives in lib/ui/popup.
import { render } from 'preact';
import { PopupApp } from '@/lib/ui/popup/PopupApp';
import './style.css';

render(<PopupApp />, document.getElementById('app')!);
