// Wiring only: the page lives in lib/ui/options.
import { render } from 'preact';
import { OptionsApp } from '@/lib/ui/options/OptionsApp';
import './style.css';

render(<OptionsApp />, document.getElementById('app')!);
