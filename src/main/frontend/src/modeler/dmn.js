import { CamundaPlatformModeler as DmnModeler } from 'camunda-dmn-js';
import { attachEditor, showProblem } from './editor-form';

const modeler = new DmnModeler({ container: '#editor-canvas' });

modeler.importXML(document.getElementById('model-source').value)
  .then(() => {
    // Open the decision table itself, which is what leads edit.
    const table = modeler.getViews().find((view) => view.type === 'decisionTable');
    return table ? modeler.open(table) : undefined;
  })
  .then(() => document.body.classList.add('lotus-editor-ready'))
  .catch((error) => showProblem(`The decision table could not be opened: ${error.message}`));

attachEditor('decision table editor', async () => (await modeler.saveXML({ format: true })).xml);

window.lotusEditor = modeler;
