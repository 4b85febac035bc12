/**
 * The pyramid webview as a person sees it in the real workbench: it renders (screenshot kept),
 * "you are here" follows the active editor, a level opens by click and by keyboard, the page
 * keeps its state across a reload, and the webview requests nothing beyond the host.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { openFile, runCommand, webviewFrame } from './ui.mjs';

const ctx = () => globalThis.infraCoachBrowser;
const PYRAMID = 'ol.pyramid';

async function pyramidFrame() {
  return webviewFrame(ctx().page, PYRAMID);
}

async function hereLevel(frame) {
  return frame.$eval('button.level.here', (b) => b.dataset.level).catch(() => undefined);
}

async function waitForHere(frame, level, timeoutMs = 30_000) {
  await frame.waitForSelector(`button.level.here[data-level="${level}"]`, { timeout: timeoutMs });
}

describe('Infrastructure pyramid in the browser', () => {
  let frame;

  before(async () => {
    const { page } = ctx();
    await openFile(page, 'Dockerfile');
    await runCommand(page, 'Infra Coach: Show Infrastructure Pyramid');
    frame = await pyramidFrame();
  });

  it('renders six levels, the tables beside them, and a strict CSP', async () => {
    const { page, results } = ctx();
    const titles = await frame.$$eval('button.level .level-title', (els) => els.map((e) => e.textContent));
    assert.deepEqual(titles, ['Your code', 'Serverless', 'Kubernetes', 'Containers', 'Virtual machines', 'Physical servers']);
    assert.ok(await frame.$('table.matrix'), 'the who-manages-what matrix');
    assert.ok(await frame.$('table.equivalents'), 'the AWS/Azure/GCP table');
    const csp = await frame.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.getAttribute('content'));
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-[A-Za-z0-9+/=]+'/);
    const inlineHandlers = await frame.$$eval('*', (els) => els.filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).length);
    assert.equal(inlineHandlers, 0);
    const bg = await frame.$eval('body', (b) => getComputedStyle(b).getPropertyValue('--vscode-editor-background').trim());
    assert.ok(bg, 'the theme variables reach the webview');
    await page.screenshot({ path: path.join(results, 'pyramid.png') });
  });

  it('marks the Dockerfile as containers', async () => {
    await waitForHere(frame, 'containers');
    const card = await frame.$eval('#here', (e) => e.textContent);
    assert.match(card, /Dockerfile/);
    assert.match(card, /image/);
  });

  it('follows the active editor to a Kubernetes manifest and lists its kinds', async () => {
    await openFile(ctx().page, 'deployment.yml');
    frame = await pyramidFrame();
    await waitForHere(frame, 'kubernetes');
    const card = await frame.$eval('#here', (e) => e.textContent);
    assert.match(card, /deployment\.yml/);
    assert.match(card, /Deployment/);
    assert.match(card, /Service/);
  });

  it('follows the active editor to a Compose file', async () => {
    await openFile(ctx().page, 'compose.yaml');
    frame = await pyramidFrame();
    await waitForHere(frame, 'containers');
    const card = await frame.$eval('#here', (e) => e.textContent);
    assert.match(card, /several containers on one host/);
    assert.match(card, /web/);
    assert.equal(await hereLevel(frame), 'containers');
  });

  it('opens a level by click', async () => {
    await frame.click('button.level[data-level="vm"]');
    await frame.waitForSelector('#details h2:has-text("Virtual machines")');
    assert.equal(await frame.$eval('button.level[data-level="vm"]', (b) => b.getAttribute('aria-expanded')), 'true');
    assert.ok(await frame.$('#details [data-action="concept"][data-concept="virtual-machine"]'));
  });

  it('opens a level by keyboard: arrows move, Enter opens', async () => {
    await frame.focus('button.level[data-level="serverless"]');
    await frame.press('button.level[data-level="serverless"]', 'ArrowDown');
    const focused = await frame.evaluate(() => document.activeElement?.dataset.level);
    assert.equal(focused, 'kubernetes');
    await ctx().page.keyboard.press('Enter');
    await frame.waitForSelector('#details h2:has-text("Kubernetes")');
    assert.ok(await frame.$('#details [data-action="snippet"][data-snippet="k8s-deployment-service"]'));
  });

  it('keeps the selected level across a window reload', async () => {
    const { page } = ctx();
    // The workbench saves editor and webview state when it shuts down, as a window reload does.
    const reloaded = page.waitForEvent('framenavigated', { predicate: (f) => f === page.mainFrame(), timeout: 60_000 });
    await runCommand(page, 'Developer: Reload Window');
    await reloaded;
    await page.waitForLoadState('domcontentloaded');
    await page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
    frame = await webviewFrame(page, 'button.level.selected', 90_000);
    assert.equal(await frame.$eval('button.level.selected', (b) => b.dataset.level), 'kubernetes');
  });

  it('inserts a level\'s snippet into a new editor, which then becomes "you are here"', async () => {
    const { page } = ctx();
    await frame.click('#details [data-action="snippet"][data-snippet="k8s-deployment-service"]');
    await page.locator('.editor-instance .view-lines', { hasText: 'kind: Deployment' }).first().waitFor({ timeout: 30_000 });
    frame = await pyramidFrame();
    await waitForHere(frame, 'kubernetes');
    const card = await frame.$eval('#here', (e) => e.textContent);
    assert.match(card, /Untitled/);
    assert.match(card, /Deployment/);
  });

  it('opens a concept page from a level, follows its links and goes back', async () => {
    const { page, results } = ctx();
    await frame.click('#details [data-action="concept"][data-concept="deployment"]');
    const concept = await webviewFrame(page, 'article.concept-page h1#deployment-title');
    await concept.click('article.concept-page a[data-concept="service"]');
    await concept.waitForSelector('h1#service-title');
    assert.equal(await concept.evaluate(() => document.activeElement?.id), 'service-title', 'focus moves to the new page title');
    await concept.click('[data-action="back"]');
    await concept.waitForSelector('h1#deployment-title');
    await page.screenshot({ path: path.join(results, 'concept.png') });
  });

  // The workbench itself may query the extension gallery; what is ours to police is the webview.
  it('makes no network request from the webview beyond the host and its resources', async () => {
    const { requests, origin } = ctx();
    const fromWebviews = requests.filter((r) => /webview|vscode-resource|vscode-cdn/.test(r.frameUrl) || /vscode-resource|vscode-cdn/.test(r.url));
    assert.ok(fromWebviews.length > 0, 'the webview loaded its script and stylesheet');
    const allowed = (url) => url.startsWith(origin + '/') || /^https:\/\/[^/]+\.vscode-resource\.vscode-cdn\.net\//.test(url) || /^(data|blob):/.test(url);
    assert.deepEqual(
      fromWebviews.map((r) => r.url).filter((u) => !allowed(u)),
      [],
    );
  });
});
