import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';

// Draws a case's pathway diagram into every element with data-bpmn-url, marking the steps
// listed in data-current-steps and data-completed-steps (element ids, comma-separated).
// The element's own content is the text fallback: it stays if anything here fails, and stays
// for screen readers (visually hidden) once the diagram is drawn.
//
// Readable first: the whole pathway fitted into the page's width drew labels about 6 px high, so
// the diagram is never shown smaller than READABLE (labels 12 px or more on screen), centred on the
// current step; buttons zoom in and out, show the whole pathway, and open it full screen.
document.querySelectorAll('[data-bpmn-url]').forEach((element) => {
  showDiagram(element).catch((error) => console.warn('Could not show the diagram', error));
});

// bpmn-js draws its smallest labels (events, gateways, flows) at 11 px: at this scale they are 12 px.
const READABLE = 12 / 11;

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
  element.append(canvasElement);
  const viewer = new NavigatedViewer({ container: canvasElement });
  try {
    await viewer.importXML(xml);
  } catch (error) {
    viewer.destroy();
    canvasElement.remove();
    throw error;
  }

  // The drawing is for eyes (the page lists the steps in words): hidden from screen readers, and out
  // of the Tab order though still clickable, so a keyboard never lands on something unannounced.
  // bpmn.io's own link beside it (its licence keeps it there) stays a link like any other.
  canvasElement.querySelectorAll('svg').forEach((svg) => {
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('tabindex', '-1');
  });

  const fallback = document.createElement('div');
  fallback.className = 'nhsuk-u-visually-hidden';
  fallback.append(...[...element.childNodes].filter((node) => node !== canvasElement));
  element.prepend(fallback);
  element.classList.add('lotus-case-diagram--drawn');

  const canvas = viewer.get('canvas');
  const elements = viewer.get('elementRegistry');
  mark(element.dataset.completedSteps, 'completed-step');
  mark(element.dataset.currentSteps, 'current-step');
  readable();
  element.prepend(controls());

  /** Fitted to the width when that is readable; otherwise readable, centred on the current step. */
  function readable() {
    const fitted = canvas.zoom('fit-viewport', 'auto');
    if (fitted < READABLE) {
      canvas.zoom(READABLE);
      const current = (element.dataset.currentSteps || '').split(',').map((id) => elements.get(id.trim())).find(Boolean);
      if (current) {
        canvas.scrollToElement(current);
      }
    }
  }

  function controls() {
    const bar = document.createElement('div');
    bar.className = 'lotus-case-diagram__controls';
    const button = (label, action) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'nhsuk-button nhsuk-button--secondary lotus-small-button';
      b.textContent = label;
      b.addEventListener('click', action);
      bar.append(b);
      return b;
    };
    button('Zoom in', () => canvas.zoom(canvas.zoom() * 1.25));
    button('Zoom out', () => canvas.zoom(Math.max(canvas.zoom() / 1.25, 0.2)));
    button('Show the whole pathway', () => canvas.zoom('fit-viewport', 'auto'));
    const full = button('Full screen', () => {
      const on = element.classList.toggle('lotus-case-diagram--full');
      full.textContent = on ? 'Close full screen' : 'Full screen';
      full.setAttribute('aria-pressed', String(on));
      canvas.resized();
      readable();
    });
    full.setAttribute('aria-pressed', 'false');
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && element.classList.contains('lotus-case-diagram--full')) {
        full.click();
      }
    });
    return bar;
  }

  function mark(ids, marker) {
    (ids || '').split(',').map((id) => id.trim())
      .filter((id) => id && elements.get(id))
      .forEach((id) => canvas.addMarker(id, marker));
  }
}
