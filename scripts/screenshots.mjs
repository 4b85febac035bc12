#!/usr/bin/env node
/**
 * Takes the README's screenshots from the real host: a hover on the example Dockerfile, its quick
 * fix menu, and the infrastructure pyramid beside a Kubernetes manifest. Writes PNGs to
 * media/screenshots/. `npm run screenshots` builds first.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { startWorkbench } from '../test/host/codeServer.mjs';
import { ROOT } from '../test/host/install-host.mjs';
import { goToLineStartingWith, openFile, openWorkbench, runCommand, webviewFrame } from '../test/browser/ui.mjs';

const OUT = path.join(ROOT, 'media', 'screenshots');
const PAD = 12;

if (!existsSync(path.join(ROOT, 'dist/webview.js'))) {
  console.error('screenshots: build first (`npm run screenshots` does).');
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });

/** The smallest rectangle around the boxes, padded and kept inside the viewport. */
function around(viewport, ...boxes) {
  const x = Math.max(0, Math.min(...boxes.map((b) => b.x)) - PAD);
  const y = Math.max(0, Math.min(...boxes.map((b) => b.y)) - PAD);
  const right = Math.min(viewport.width, Math.max(...boxes.map((b) => b.x + b.width)) + PAD);
  const bottom = Math.min(viewport.height, Math.max(...boxes.map((b) => b.y + b.height)) + PAD);
  return { x, y, width: right - x, height: bottom - y };
}

const viewport = { width: 1280, height: 800 };
const wb = await startWorkbench({ viewport, settings: { 'editor.minimap.enabled': false, 'workbench.colorTheme': 'Default Dark Modern' } });
const { page } = wb;
let status = 0;
try {
  await openWorkbench(page, wb.url);
  await openFile(page, 'Dockerfile');

  // A hover on FROM: what the instruction does and what the image reference pins.
  const from = await goToLineStartingWith(page, 'FROM node');
  const fromBox = await from.boundingBox();
  await page.mouse.click(fromBox.x + 12, fromBox.y + fromBox.height / 2);
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  const hover = page.locator('.monaco-hover:visible').first();
  await hover.waitFor({ timeout: 30_000 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: path.join(OUT, 'hover.png'), clip: around(viewport, fromBox, await hover.boundingBox()) });
  await page.mouse.move(5, viewport.height - 5);
  await page.keyboard.press('Escape');

  // The quick fixes on MAINTAINER, opened from the keyboard as the walkthrough suggests.
  const maintainer = await goToLineStartingWith(page, 'MAINTAINER');
  const mBox = await maintainer.boundingBox();
  await page.mouse.click(mBox.x + 30, mBox.y + mBox.height / 2);
  // The light bulb is what a person sees and clicks; Ctrl+. opens the same menu.
  await page.locator('.lightBulbWidget, .codicon-light-bulb, .codicon-lightbulb-autofix').first().click({ timeout: 30_000 });
  const menu = page.locator('.action-widget').first();
  await menu.waitFor({ timeout: 30_000 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: path.join(OUT, 'quick-fix.png'), clip: around(viewport, mBox, await menu.boundingBox()) });
  await page.keyboard.press('Escape');

  // The pyramid beside a Kubernetes manifest, with the Kubernetes level open.
  await openFile(page, 'deployment.yml');
  await runCommand(page, 'Infra Coach: Show Infrastructure Pyramid');
  const frame = await webviewFrame(page, 'button.level.here[data-level="kubernetes"]');
  await frame.click('button.level[data-level="kubernetes"]');
  await frame.waitForSelector('#details h2');
  await page.waitForTimeout(500);
  await page.screenshot({ path: path.join(OUT, 'pyramid.png') });
  console.log(`screenshots: hover.png, quick-fix.png and pyramid.png in ${path.relative(ROOT, OUT)}/`);
} catch (error) {
  console.error(`screenshots: ${error.stack ?? error.message}`);
  await page.screenshot({ path: path.join(ROOT, 'test-results', 'screenshots-failure.png') }).catch(() => {});
  status = 1;
} finally {
  await wb.stop();
}
process.exit(status);
