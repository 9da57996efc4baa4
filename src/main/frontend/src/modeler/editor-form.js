// The editor page is an ordinary form that posts the model: before it is sent, the editor's
// current content is written into the form's textarea. The buttons say what to do with it
// (save a draft, check, deploy), and the server answers with a page, as for any other form.
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

export function showProblem(message) {
  document.getElementById('editor-status').textContent = message;
}
