/**
 * Driving the VS Code workbench in the browser the way a person does: open a file with Quick Open,
 * run a command from the palette, find a webview's content frame. Shared by the browser tests and
 * scripts/screenshots.mjs.
 */

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

/** Loads the workbench and waits until the extension is active in it. */
export async function openWorkbench(page, url) {
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 90_000 });
  await page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
  // The explorer lists the workspace once the remote file system is up.
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 90_000 });
}

async function quickInput(page) {
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  return input;
}

/** Runs a palette command by its full title, e.g. "Infra Coach: Show Infrastructure Pyramid". */
export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = await quickInput(page);
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ timeout: 30_000 });
  await input.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 15_000 });
}

/** Opens a workspace file in the first editor group with Quick Open, and waits for its editor. */
export async function openFile(page, name) {
  await page.keyboard.press(`${MOD}+1`);
  await page.keyboard.press(`${MOD}+P`);
  const input = await quickInput(page);
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 30_000 });
  await input.press('Enter');
  await page.locator(`.tabs-container .tab.active[aria-label^="${name}"]`).first().waitFor({ timeout: 30_000 });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: 30_000 });
}

/** The frame of the webview whose document matches `selector`, polled until it appears. */
export async function webviewFrame(page, selector, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      try {
        if (await frame.$(selector)) return frame;
      } catch {
        // The frame navigated or was detached while we looked; try the next one.
      }
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`no webview frame showed ${selector} within ${timeoutMs / 1000} s`);
}

/** Places the cursor at the start of the first editor line that starts with `text`. */
export async function goToLineStartingWith(page, text) {
  const lines = page.locator('.editor-instance .monaco-editor .view-lines .view-line');
  const line = lines.filter({ hasText: text }).first();
  await line.waitFor({ timeout: 30_000 });
  return line;
}
