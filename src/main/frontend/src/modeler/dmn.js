import { CamundaPlatformModeler as DmnModeler } from 'camunda-dmn-js';
import { allowEditorStyles, attachEditor, markEditedOnChange, offerFullScreen, showProblem } from './editor-form';

allowEditorStyles();

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
// Each view (the diagram of decisions, a table) has its own command stack: listen to whichever is open.
markEditedOnChange((changed) => {
  const listen = () => {
    const viewer = modeler.getActiveViewer();
    if (viewer) {
      viewer.get('eventBus').on('commandStack.changed', changed);
    }
  };
  modeler.on('views.changed', listen);
  listen();
});
offerFullScreen(() => {
  const viewer = modeler.getActiveViewer();
  if (viewer && viewer.get('canvas', false)) {
    viewer.get('canvas').resized();
  }
});

window.lotusEditor = modeler;
