import { StyleModule } from 'style-mod';

// The editor page is an ordinary form that posts the model: before it is sent, the editor's
// current content is written into the form's textarea. The buttons say what to do with it
// (save a draft, check, deploy), and the server answers with a page, as for any other form.
//
// The form posts multipart/form-data, and the content goes as a file part (contentFile) where the
// browser allows it: a file may be up to 2 MB, and the server's upload limits apply to file parts,
// while form fields are held to much less. Without DataTransfer the textarea is sent as a field.
export function attachEditor(editorName, exportContent) {
  const form = document.getElementById('model-form');
  const source = document.getElementById('model-source');
  const status = document.getElementById('editor-status');
  status.textContent = '';
  let exporting = false;

  form.addEventListener('submit', async (event) => {
    if (exporting) {
      return;
    }
    event.preventDefault();
    exporting = true;
    try {
      source.value = await exportContent();
      sendAsFile(form, source);
      if (event.submitter && event.submitter.name) {
        const action = document.createElement('input');
        action.type = 'hidden';
        action.name = event.submitter.name;
        action.value = event.submitter.value;
        form.append(action);
      }
      form.submit();
    } catch (error) {
      exporting = false;
      status.textContent = `The ${editorName} could not save its content: ${error.message}`;
    }
  });
}

function sendAsFile(form, source) {
  try {
    const file = new DataTransfer();
    file.items.add(new File([source.value], 'content', { type: 'application/octet-stream' }));
    let input = form.querySelector('input[name=contentFile]');
    if (!input) {
      input = document.createElement('input');
      input.type = 'file';
      input.name = 'contentFile';
      input.hidden = true;
      form.append(input);
    }
    input.files = file.files;
    if (input.files.length === 1) {
      source.removeAttribute('name');
    }
  } catch (error) {
    // An older browser: the textarea is sent as it is.
  }
}

export function showProblem(message) {
  document.getElementById('editor-status').textContent = message;
}

// CodeMirror (in the decision table and form editors) writes its styles into one style element,
// which the page's Content-Security-Policy allows only with this request's nonce. Mounting first,
// with the nonce, makes that element carry it: CodeMirror's own styles then go into it.
export function allowEditorStyles() {
  const nonce = document.getElementById('maincontent').dataset.styleNonce;
  if (nonce) {
    StyleModule.mount(document, new StyleModule({}), { nonce });
  }
}

// Once the lead changes anything, the page says so: what it shows is no longer the version named.
export function markEditedOnChange(subscribe) {
  const caption = document.getElementById('editor-caption');
  subscribe(() => {
    if (caption) {
      caption.textContent = 'Your draft (not yet deployed)';
    }
  });
}

// The editor on the whole screen, and back; onResize lets a canvas take its new size.
export function offerFullScreen(onResize) {
  const frame = document.getElementById('editor-frame');
  const button = document.getElementById('editor-full-screen');
  if (!frame || !button) {
    return;
  }
  const set = (full) => {
    frame.classList.toggle('lotus-editor-frame--full', full);
    document.documentElement.classList.toggle('lotus-editor-full-screen', full);
    button.setAttribute('aria-pressed', String(full));
    button.textContent = full ? 'Leave full screen' : 'Full screen';
    onResize();
  };
  button.hidden = false;
  button.addEventListener('click', () => set(!frame.classList.contains('lotus-editor-frame--full')));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && frame.classList.contains('lotus-editor-frame--full')) {
      set(false);
    }
  });
}
