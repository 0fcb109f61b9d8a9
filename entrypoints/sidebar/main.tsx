// Wiring only: the sidebar page (framed by the top frame's overlay) lives in lib/ui/sidebar/page.tsx.
import { startSidebarPage } from '@/lib/ui/sidebar/page';
import './style.css';

startSidebarPage(document.getElementById('app') as HTMLElement);
