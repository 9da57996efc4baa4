import Modeler from 'camunda-bpmn-js/lib/camunda-platform/Modeler';
import { allowEditorStyles, attachEditor, markEditedOnChange, offerFullScreen, showProblem } from './editor-form';

allowEditorStyles();

const modeler = new Modeler({
  container: '#editor-canvas',
  propertiesPanel: { parent: '#editor-properties' },
});

// Fits the diagram into the part of the canvas nothing covers: right of the palette, left of the
// minimap's button, never larger than life.
function fitBesideTheTools() {
  const canvas = modeler.get('canvas');
  const container = canvas.getContainer();
  const palette = container.querySelector('.djs-palette');
  const box = container.getBoundingClientRect();
  const left = (palette ? palette.getBoundingClientRect().right - box.left : 0) + 24;
  const right = 56;
  const top = 24;
  const bottom = 24;
  canvas.resized();
  const { width, height } = canvas.getSize();
  const inner = canvas.viewbox().inner;
  if (!inner.width || !inner.height) {
    return;
  }
  const scale = Math.min((width - left - right) / inner.width, (height - top - bottom) / inner.height, 1);
  canvas.viewbox({ x: inner.x - left / scale, y: inner.y - top / scale, width: width / scale, height: height / scale });
}

modeler.importXML(document.getElementById('model-source').value)
  .then(fitBesideTheTools)
  .then(() => document.body.classList.add('lotus-editor-ready'))
  .catch((error) => showProblem(`The diagram could not be opened: ${error.message}`));

attachEditor('diagram editor', async () => (await modeler.saveXML({ format: true })).xml);
markEditedOnChange((changed) => modeler.on('commandStack.changed', changed));
offerFullScreen(() => modeler.get('canvas').resized());

// For the browser tests, which drive the editor as a lead would.
window.lotusEditor = modeler;
