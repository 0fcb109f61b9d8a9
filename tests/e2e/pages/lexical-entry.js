// A vanilla Lexical plain-text editor (no React), as an EHR built on Lexical would ship it.
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { registerPlainText } from '@lexical/plain-text';
import { $getRoot, createEditor } from 'lexical';

const editor = createEditor({ namespace: 'note', onError: (e) => console.error(e) });
editor.setRootElement(document.querySelector('#note'));
registerPlainText(editor);
registerHistory(editor, createEmptyHistoryState(), 300);
window.noteEditor = editor;
window.noteText = () => editor.getEditorState().read(() => $getRoot().getTextContent());
window.editorReady = true;
