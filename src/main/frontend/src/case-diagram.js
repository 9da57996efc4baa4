import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';

// Draws a case's pathway diagram into every element with data-bpmn-url, marking the steps
// listed in data-current-steps and data-completed-steps (element ids, comma-separated).
// The element's own content is the text fallback: it stays if anything here fails, and stays
// for screen readers (visually hidden) once the diagram is drawn.
document.querySelectorAll('[data-bpmn-url]').forEach((element) => {
  showDiagram(element).catch((error) => console.warn('Could not show the diagram', error));
});

async function showDiagram(element) {
  const url = new URL(element.dataset.bpmnUrl, document.baseURI);
  if (url.origin !== window.location.origin) {
    throw new Error(`Diagram ${url} is not on this site`);
  }
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/xml, text/xml' } });
  if (!response.ok) {
    throw new Error(`${response.status} fetching ${url}`);
  }
  const xml = await response.text();

  const canvasElement = document.createElement('div');
  canvasElement.className = 'lotus-case-diagram__canvas';
  canvasElement.setAttribute('aria-hidden', 'true');
  element.append(canvasElement);
  const viewer = new NavigatedViewer({ container: canvasElement });
  try {
    await viewer.importXML(xml);
  } catch (error) {
    viewer.destroy();
    canvasElement.remove();
    throw error;
  }

  const fallback = document.createElement('div');
  fallback.className = 'nhsuk-u-visually-hidden';
  fallback.append(...[...element.childNodes].filter((node) => node !== canvasElement));
  element.prepend(fallback);
  element.classList.add('lotus-case-diagram--drawn');

  const canvas = viewer.get('canvas');
  const elements = viewer.get('elementRegistry');
  mark(element.dataset.completedSteps, 'completed-step');
  mark(element.dataset.currentSteps, 'current-step');
  canvas.zoom('fit-viewport', 'auto');

  function mark(ids, marker) {
    (ids || '').split(',').map((id) => id.trim())
      .filter((id) => id && elements.get(id))
      .forEach((id) => canvas.addMarker(id, marker));
  }
}
