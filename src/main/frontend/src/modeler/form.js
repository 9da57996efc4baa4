import { FormEditor } from '@bpmn-io/form-js-editor';
import { allowEditorStyles, attachEditor, markEditedOnChange, offerFullScreen, showProblem } from './editor-form';

allowEditorStyles();

const editor = new FormEditor({ container: document.getElementById('editor-canvas') });

try {
  editor.importSchema(JSON.parse(document.getElementById('model-source').value))
    .then(() => document.body.classList.add('lotus-editor-ready'))
    .catch((error) => showProblem(`The form could not be opened: ${error.message}`));
} catch (error) {
  showProblem(`The form could not be opened: ${error.message}`);
}

attachEditor('form editor', async () => JSON.stringify(editor.saveSchema(), null, 2));
markEditedOnChange((changed) => editor.on('changed', changed));
offerFullScreen(() => {});

window.lotusEditor = editor;
