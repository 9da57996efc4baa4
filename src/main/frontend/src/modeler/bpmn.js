import Modeler from 'camunda-bpmn-js/lib/camunda-platform/Modeler';
import { attachEditor, showProblem } from './editor-form';

const modeler = new Modeler({
  container: '#editor-canvas',
  propertiesPanel: { parent: '#editor-properties' },
});

modeler.importXML(document.getElementById('model-source').value)
  .then(() => modeler.get('canvas').zoom('fit-viewport'))
  .then(() => document.body.classList.add('lotus-editor-ready'))
  .catch((error) => showProblem(`The diagram could not be opened: ${error.message}`));

attachEditor('diagram editor', async () => (await modeler.saveXML({ format: true })).xml);

// For the browser tests, which drive the editor as a lead would.
window.lotusEditor = modeler;
