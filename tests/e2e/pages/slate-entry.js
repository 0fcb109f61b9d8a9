// A Slate editor in React 19 with a placeholder, as an EHR built on Slate would ship it.
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, Node } from 'slate';
import { Editable, Slate, withReact } from 'slate-react';

const initialValue = [{ type: 'paragraph', children: [{ text: '' }] }];

function NoteEditor() {
  const [editor] = useState(() => withReact(createEditor()));
  window.noteEditor = editor;
  window.noteText = () => editor.children.map((n) => Node.string(n)).join('\n');
  return h(
    Slate,
    { editor, initialValue },
    h(Editable, { placeholder: 'Type the treatment note…', 'aria-label': 'Daily note' }),
  );
}

createRoot(document.querySelector('#note')).render(h(NoteEditor));
window.editorReady = true;
