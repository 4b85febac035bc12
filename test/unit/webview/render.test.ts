/**
 * The webview markup: the pyramid's order, ARIA and "you are here", the details and tables, and
 * escaping of everything that can come from a user's file or a page's Markdown.
 */
import * as assert from 'node:assert/strict';
import { CONCEPT_IDS } from '../../../src/core/knowledge/concepts';
import type { FileDescription } from '../../../src/core/knowledge/fileDescription';
import { LEVEL_IDS } from '../../../src/core/knowledge/levelIds';
import { escapeHtml, renderInline, renderMarkdown } from '../../../src/webview/markdown';
import { renderConcept, renderEcosystem, renderEquivalents, renderHere, renderLevelDetails, renderModelMatrix, renderPyramid } from '../../../src/webview/render';

const HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
const here: FileDescription = { kind: 'kubernetes', fileName: `${HOSTILE}.yaml`, level: 'kubernetes', place: 'Kubernetes: objects', kinds: [`Deploy${HOSTILE}`, 'Service'], parts: [] };

/** No tag or attribute that could run code or load something; escaped text is not markup and is skipped. */
function assertInert(html: string): void {
  const tags = [...html.matchAll(/<[a-z][^>]*>/gi)].map((m) => m[0]);
  assert.ok(tags.length > 0);
  for (const tag of tags) {
    assert.doesNotMatch(tag, /^<(?:script|img|iframe|object|embed|link|style|form|meta|base)\b/i, tag);
    assert.doesNotMatch(tag, /\son[a-z]+\s*=/i, tag);
    assert.doesNotMatch(tag, /\sstyle\s*=/i, tag);
    assert.doesNotMatch(tag, /\s(?:src|href|action)\s*=\s*"(?!#")/i, tag);
  }
  assert.doesNotMatch(html, /href="(?:javascript|command|https?):/i);
}

describe('webview render', () => {
  it('draws the six levels with your code on top and physical servers at the bottom', () => {
    const html = renderPyramid(undefined, undefined);
    const order = [...html.matchAll(/data-level="([a-z]+)"/g)].map((m) => m[1]);
    assert.deepEqual(order, [...LEVEL_IDS].reverse());
    assert.match(html, /<ol class="pyramid" aria-label="[^"]+">/);
    assert.equal((html.match(/<button type="button" class="level/g) ?? []).length, 6);
    assert.match(html, /aria-label="Level 1 of 6: Physical servers\./);
    assertInert(html);
  });

  it('marks the level of the active file as "you are here" and the selected one as expanded', () => {
    const html = renderPyramid('vm', here);
    const k8s = /<button[^>]*data-level="kubernetes"[^>]*>/.exec(html)?.[0] ?? '';
    assert.match(k8s, /class="level level-kubernetes here"/);
    assert.match(k8s, /aria-current="location"/);
    assert.match(k8s, /You are here\./);
    assert.match(html, /You are here<\/span>/);
    const vm = /<button[^>]*data-level="vm"[^>]*>/.exec(html)?.[0] ?? '';
    assert.match(vm, /selected/);
    assert.match(vm, /aria-expanded="true"/);
    assert.equal((html.match(/aria-current/g) ?? []).length, 1);
  });

  it('escapes the file name and kinds in the "you are here" card', () => {
    const html = renderHere(here);
    assert.ok(html.includes(escapeHtml(`${HOSTILE}.yaml`)));
    assert.ok(html.includes('Deploy&lt;img'));
    assertInert(html);
    assert.match(renderHere(null), /Open a Dockerfile/);
    assert.match(renderHere({ ...here, kind: 'compose', kinds: [], parts: ['web', 'db'] }), /Services:.*<code>web<\/code>, <code>db<\/code>/);
  });

  it('opens a level with its facts, concept actions and snippets', () => {
    const html = renderLevelDetails('kubernetes');
    assert.match(html, /<h2 id="details-title" tabindex="-1">Kubernetes<\/h2>/);
    for (const heading of ['Pros', 'Cons', 'You manage', 'The provider manages', 'Learn more', 'Try it']) assert.ok(html.includes(`<h3>${heading}</h3>`), heading);
    for (const fact of ['Typical size', 'Start time', 'Isolation', 'Best for']) assert.ok(html.includes(`<dt>${fact}</dt>`), fact);
    assert.match(html, /data-action="concept" data-concept="deployment"/);
    assert.match(html, /data-action="snippet" data-snippet="k8s-deployment-service"/);
    assert.doesNotMatch(renderLevelDetails('metal'), /Try it/);
    assert.match(renderLevelDetails(undefined), /press Enter/);
    for (const id of LEVEL_IDS) assertInert(renderLevelDetails(id));
  });

  it('renders the who-manages-what matrix and the cloud tables with headers', () => {
    const matrix = renderModelMatrix();
    assert.match(matrix, /<th scope="col">IaaS<\/th><th scope="col">PaaS<\/th><th scope="col">FaaS<\/th><th scope="col">SaaS<\/th>/);
    assert.match(matrix, /<caption>/);
    const os = /<tr><th scope="row">Operating system<\/th>(.*?)<\/tr>/.exec(matrix)?.[1] ?? '';
    assert.equal(os, '<td class="you">You</td><td class="you">You</td><td class="provider">Provider</td><td class="provider">Provider</td><td class="provider">Provider</td>');
    assert.match(renderEquivalents(), /<th scope="row">Managed Kubernetes<\/th><td>EKS<\/td><td>AKS<\/td><td>GKE<\/td>/);
    assert.match(renderEcosystem(), /Terraform/);
    for (const html of [matrix, renderEquivalents(), renderEcosystem()]) assertInert(html);
  });

  it('renders every concept page inert, with a focusable title and working links', () => {
    for (const id of CONCEPT_IDS) {
      const html = renderConcept(id, true);
      assert.match(html, new RegExp(`<h1 id="${id}-title" tabindex="-1">`));
      assert.match(html, /data-action="back"/);
      assertInert(html);
      for (const m of html.matchAll(/data-concept="([^"]+)"/g)) assert.ok((CONCEPT_IDS as readonly string[]).includes(m[1]), `${id} links to ${m[1]}`);
    }
    assert.doesNotMatch(renderConcept('node', false), /data-action="back"/);
  });
});

describe('webview markdown', () => {
  it('renders headings, lists, tables, code and inline markup', () => {
    const html = renderMarkdown('# Title\n\nSome **bold** and *soft* `code`.\n\n- one\n- two\n\n| A | B |\n| --- | --- |\n| x | y |\n\n```yaml\nkind: Pod\n```\n');
    assert.equal(
      html,
      [
        '<h1 id="title">Title</h1>',
        '<p>Some <strong>bold</strong> and <em>soft</em> <code>code</code>.</p>',
        '<ul><li>one</li><li>two</li></ul>',
        '<div class="table-wrap"><table><thead><tr><th scope="col">A</th><th scope="col">B</th></tr></thead><tbody><tr><th scope="row">x</th><td>y</td></tr></tbody></table></div>',
        '<pre data-language="yaml"><code>kind: Pod</code></pre>',
      ].join('\n'),
    );
  });

  it('shows raw HTML as text and never makes remote or command links', () => {
    const html = renderMarkdown(`${HOSTILE}\n\n[click](command:workbench.action.terminal.new) [site](https://evil.example/x?a=1&b=2) [js](javascript:alert(1)) ![pixel](https://tracker.example/p.png)\n\n\`\`\`\n${HOSTILE}\n\`\`\``);
    assertInert(html);
    assert.ok(html.includes('&lt;script&gt;alert(2)&lt;/script&gt;'));
    assert.ok(html.includes('click (command:workbench.action.terminal.new)'));
    assert.ok(html.includes('https://evil.example/x?a=1&amp;b=2'));
  });

  it('turns concept links into in-page actions only for real concepts', () => {
    assert.equal(renderInline('[pods](concept:container-vs-pod)'), '<a href="#" class="concept-link" data-action="concept" data-concept="container-vs-pod">pods</a>');
    assert.equal(renderInline('[x](concept:nope" onclick="alert(1))'), '[x](concept:nope&quot; onclick=&quot;alert(1))');
    assert.equal(renderInline('`<b>` **<i>**'), '<code>&lt;b&gt;</code> <strong>&lt;i&gt;</strong>');
  });

  it('escapes every HTML-significant character', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
