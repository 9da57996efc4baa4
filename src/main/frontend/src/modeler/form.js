import { FormEditor } from '@bpmn-io/form-js-editor';
import { attachEditor, showProblem } from './editor-form';

const editor = new FormEditor({ container: document.getElementById('editor-canvas') });

try {
  editor.importSchema(JSON.parse(document.getElementById('model-source').value))
    .then(() => document.body.classList.add('lotus-editor-ready'))
    .catch((error) => showProblem(`The form could not be opened: ${error.message}`));
} catch (error) {
  showProblem(`The form could not be opened: ${error.message}`);
}

attachEditor('form editor', async () => JSON.stringify(editor.saveSchema(), null, 2));

window.lotusEditor = editor;
