import { initAll } from 'nhsuk-frontend';

// What NHS.UK's page template does in an inline script, done here so that pages need none.
document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');
initAll();
