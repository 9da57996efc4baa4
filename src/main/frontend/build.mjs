// Builds the browser assets into the Maven project's target/classes/static/assets/, which
// Spring Boot serves at /assets/. Run by Maven (generate-resources) or by hand: npm run build.
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const out = here('../../../target/classes/static/assets/');
const nhsuk = here('node_modules/nhsuk-frontend/dist/nhsuk/');
const bpmn = here('node_modules/bpmn-js/dist/assets/');

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });

// NHS.UK frontend's own stylesheet, without its @font-face rules: they load Frutiger from the
// assets.nhs.uk CDN, and no page of ours may call a third party. Text falls back to Arial.
const css = (await readFile(nhsuk + 'nhsuk-frontend.min.css', 'utf8'))
  .replace(/@font-face\{[^}]*\}/g, '')
  .replace(/\/\*# sourceMappingURL=.*?\*\//g, '');
const external = css.match(/url\(\s*["']?(https?:)?\/\/[^)]*\)/g);
if (external) {
  throw new Error(`nhsuk-frontend's CSS still refers to another site: ${external.join(', ')}`);
}
await writeFile(out + 'nhsuk.css', css);
// Its icons and favicons; the CSS refers to them as /assets/images/...
await cp(nhsuk + 'assets/', out, { recursive: true });

await cp(bpmn + 'diagram-js.css', out + 'diagram-js.css');
await cp(bpmn + 'bpmn-js.css', out + 'bpmn-js.css');

// The leads' editors: each distribution's own stylesheets and icon fonts, in a folder of its own.
await cp(here('node_modules/camunda-bpmn-js/dist/assets/'), out + 'editors/bpmn/', { recursive: true });
await cp(here('node_modules/camunda-dmn-js/dist/assets/'), out + 'editors/dmn/', { recursive: true });
await cp(here('node_modules/@bpmn-io/form-js-viewer/dist/assets/'), out + 'editors/form/', { recursive: true });
await cp(here('node_modules/@bpmn-io/form-js-editor/dist/assets/'), out + 'editors/form/', { recursive: true });

await build({
  entryPoints: {
    nhsuk: here('src/nhsuk.js'),
    'case-diagram': here('src/case-diagram.js'),
    'editors/bpmn-editor': here('src/modeler/bpmn.js'),
    'editors/dmn-editor': here('src/modeler/dmn.js'),
    'editors/form-editor': here('src/modeler/form.js'),
    app: here('src/app.css'),
  },
  outdir: out,
  bundle: true,
  format: 'iife',
  target: ['es2020'],
  minify: true,
  sourcemap: 'linked',
  logLevel: 'warning',
  // One copy of Preact: form-js's editor and viewer would otherwise each bring their own, and
  // hooks from one copy do not work inside components of the other.
  alias: { preact: here('node_modules/preact') },
});
