/**
 * Re-lints when files change on disk: a config file (`.infra-coach.yaml`, `.hadolint.yaml`,
 * `.kube-linter.yaml`, `.dclintrc`) re-resolves every file's configuration and re-lints all that
 * the Problems panel shows; a Dockerfile, manifest or Compose file that Lint Workspace read (and is
 * not open, where the editor's text wins) is re-read; a new one is added once Lint Workspace ran.
 */
import * as vscode from 'vscode';
import { CONFIG_FILE_NAMES } from '../core/configFiles/fileNames';
import type { DiagnosticsController } from './diagnostics';
import type { Settings } from './settings';
import { WORKSPACE_PATTERN } from './workspaceFiles';

/** Several events in a burst (a git checkout) cause one re-lint. */
const SETTLE_MS = 150;

export function registerWatchers(settings: Settings, diagnostics: DiagnosticsController): vscode.Disposable {
  // The names come apart from the config parsers, so watching them does not load the engine at activation.
  const configWatcher = vscode.workspace.createFileSystemWatcher(`**/{${CONFIG_FILE_NAMES.join(',')}}`);
  let configTimer: ReturnType<typeof setTimeout> | undefined;
  const configChanged = () => {
    clearTimeout(configTimer);
    configTimer = setTimeout(() => {
      settings.invalidate();
      void diagnostics.relintEverything();
    }, SETTLE_MS);
  };

  const fileWatcher = vscode.workspace.createFileSystemWatcher(WORKSPACE_PATTERN);
  const pending = new Set<string>();
  let fileTimer: ReturnType<typeof setTimeout> | undefined;
  const fileChanged = (uri: vscode.Uri, created: boolean) => {
    const key = uri.toString();
    // Before Lint Workspace ran, only open documents are shown; they follow their editor, not the disk.
    if (!diagnostics.workspaceFiles.has(key) && !(created && diagnostics.workspaceFiles.size > 0)) return;
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === key)) return;
    pending.add(key);
    clearTimeout(fileTimer);
    fileTimer = setTimeout(() => {
      const uris = [...pending].map((k) => vscode.Uri.parse(k));
      pending.clear();
      void diagnostics.batch(async () => {
        for (const u of uris) {
          const result = await diagnostics.lintFromDisk(u);
          if (result?.kind) diagnostics.workspaceFiles.add(u.toString());
        }
      });
    }, SETTLE_MS);
  };

  return vscode.Disposable.from(
    configWatcher,
    configWatcher.onDidCreate(configChanged),
    configWatcher.onDidChange(configChanged),
    configWatcher.onDidDelete(configChanged),
    fileWatcher,
    fileWatcher.onDidCreate((u) => fileChanged(u, true)),
    fileWatcher.onDidChange((u) => fileChanged(u, false)),
    fileWatcher.onDidDelete((u) => fileChanged(u, false)),
    { dispose: () => (clearTimeout(configTimer), clearTimeout(fileTimer)) },
  );
}
