/**
 * The two learning webview panels: the infrastructure pyramid and the concept pages. One panel of
 * each kind at a time (a second request reveals it), restored after a reload by the serializers,
 * and fed "you are here" from the active editor while the pyramid is open.
 */
import * as vscode from 'vscode';
import type { ConceptId } from '../core/knowledge/concepts';
import { describeFile } from '../core/knowledge/describeFile';
import type { FileDescription } from '../core/knowledge/fileDescription';
import type { LevelId } from '../core/knowledge/levelIds';
import type { SnippetId } from '../core/knowledge/snippetRefs';
import { parseLearningState, parseWebviewMessage, type HostMessage, type LearningState, type LearningView } from '../webview/protocol';
import { fileNameOf, isCandidate } from './documents';
import { makeNonce, webviewHtml } from './webviewHtml';

export const VIEW_TYPES: Record<LearningView, string> = { pyramid: 'infraCoach.pyramid', concept: 'infraCoach.concept' };

const TITLES: Record<LearningView, string> = { pyramid: 'Infrastructure Pyramid', concept: 'Infra Coach Concept' };

/** What a view showed once it rendered: returned by the commands, so callers (and tests) see the outcome. */
export interface Rendered {
  view: LearningView;
  id: string;
  heading: string;
}

/** What the panels ask of the rest of the extension. */
export interface LearningActions {
  explainConcept(concept: ConceptId): unknown;
  showPyramid(level?: LevelId): unknown;
  insertSnippet(snippet: SnippetId, target: vscode.TextEditor | undefined): unknown;
  explainFile(uri: vscode.Uri | undefined): unknown;
}

const RENDER_TIMEOUT_MS = 15_000;
const EDIT_DEBOUNCE_MS = 300;

export class LearningPanel implements vscode.Disposable {
  private static readonly open = new Map<LearningView, LearningPanel>();
  /** The last text editor the user worked in; the webview itself takes focus from it. */
  private static lastEditor: vscode.TextEditor | undefined;

  private readonly disposables: vscode.Disposable[] = [];
  private waiters: { match: (r: Rendered) => boolean; resolve: (r: Rendered | undefined) => void }[] = [];
  private editTimer: ReturnType<typeof setTimeout> | undefined;
  private lastRendered: Rendered | undefined;

  static get(view: LearningView): LearningPanel | undefined {
    return LearningPanel.open.get(view);
  }

  static rememberEditor(editor: vscode.TextEditor | undefined): void {
    if (editor && editor.document.uri.scheme !== 'output') LearningPanel.lastEditor = editor;
  }

  static get activeTextEditor(): vscode.TextEditor | undefined {
    const last = LearningPanel.lastEditor;
    if (last && !last.document.isClosed) return last;
    return vscode.window.activeTextEditor;
  }

  /** Shows the panel of this kind, creating it in the given state when none is open. */
  static show(extensionUri: vscode.Uri, view: LearningView, state: LearningState, actions: LearningActions): LearningPanel {
    const existing = LearningPanel.open.get(view);
    if (existing) {
      existing.panel.reveal(undefined, false);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(VIEW_TYPES[view], TITLES[view], { viewColumn: view === 'pyramid' ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active, preserveFocus: false }, LearningPanel.options(extensionUri));
    return new LearningPanel(panel, view, extensionUri, state, actions);
  }

  /** Rebuilds a panel VS Code kept across a reload, from the state the webview saved. */
  static revive(panel: vscode.WebviewPanel, view: LearningView, extensionUri: vscode.Uri, saved: unknown, actions: LearningActions): LearningPanel {
    LearningPanel.open.get(view)?.dispose();
    panel.webview.options = LearningPanel.options(extensionUri);
    const fallback: LearningState = view === 'pyramid' ? { view: 'pyramid' } : { view: 'concept', concept: 'container', history: [] };
    const state = parseLearningState(saved, fallback);
    return new LearningPanel(panel, view, extensionUri, state.view === view ? state : fallback, actions);
  }

  static options(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return {
      enableScripts: true,
      enableCommandUris: false,
      enableForms: false,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media'), vscode.Uri.joinPath(extensionUri, 'dist')],
    };
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    readonly view: LearningView,
    private readonly extensionUri: vscode.Uri,
    state: LearningState,
    private readonly actions: LearningActions,
  ) {
    LearningPanel.open.set(view, this);
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'pyramid.svg');
    if (view === 'pyramid' && state.view === 'pyramid') state = { ...state, here: this.describeActive() };
    this.setHtml(state);
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((raw: unknown) => this.receive(raw)),
    );
    if (view === 'pyramid') {
      this.disposables.push(
        vscode.window.onDidChangeActiveTextEditor((editor) => {
          if (editor) this.postHere();
          else if (vscode.window.visibleTextEditors.length === 0) this.post({ type: 'here', file: null });
        }),
        vscode.workspace.onDidChangeTextDocument((event) => {
          if (event.document !== LearningPanel.activeTextEditor?.document) return;
          clearTimeout(this.editTimer);
          this.editTimer = setTimeout(() => this.postHere(), EDIT_DEBOUNCE_MS);
        }),
        vscode.workspace.onDidCloseTextDocument((document) => {
          if (LearningPanel.lastEditor?.document === document) {
            LearningPanel.lastEditor = undefined;
            this.postHere();
          }
        }),
      );
    }
  }

  private setHtml(state: LearningState): void {
    const webview = this.panel.webview;
    const resource = (...parts: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, ...parts)).toString();
    webview.html = webviewHtml({
      cspSource: webview.cspSource,
      nonce: makeNonce(),
      scriptUri: resource('dist', 'webview.js'),
      styleUri: resource('media', 'learning.css'),
      title: TITLES[this.view],
      view: this.view,
      state,
    });
  }

  /** The "you are here" facts of the last active editor, or null when it is no file we read. */
  describeActive(): FileDescription | null {
    const editor = LearningPanel.activeTextEditor;
    if (!editor || !isCandidate(editor.document)) return null;
    try {
      return describeFile(editor.document.getText(), fileNameOf(editor.document.uri), editor.document.languageId) ?? null;
    } catch {
      // A half-typed file the parser cannot describe: show no level rather than a stale one.
      return null;
    }
  }

  postHere(): void {
    this.post({ type: 'here', file: this.describeActive() });
  }

  post(message: HostMessage): void {
    void this.panel.webview.postMessage(message);
  }

  /** Resolves when the webview reports a render that `match` accepts (or the last one did), undefined on timeout. */
  waitForRender(match: (r: Rendered) => boolean): Promise<Rendered | undefined> {
    if (this.lastRendered && match(this.lastRendered)) return Promise.resolve(this.lastRendered);
    return new Promise((resolve) => {
      const waiter = { match, resolve };
      this.waiters.push(waiter);
      setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        resolve(undefined);
      }, RENDER_TIMEOUT_MS);
    });
  }

  /** Forgets the last render, so the next waitForRender waits for a new one. */
  expectRender(): void {
    this.lastRendered = undefined;
  }

  private receive(raw: unknown): void {
    const message = parseWebviewMessage(raw);
    if (!message) return; // Not a message this view sends: ignored, never acted on.
    switch (message.type) {
      case 'ready':
        if (this.view === 'pyramid') this.postHere();
        break;
      case 'rendered': {
        const rendered: Rendered = { view: message.view, id: message.id, heading: message.heading };
        this.lastRendered = rendered;
        if (this.view === 'concept') this.panel.title = message.heading || TITLES.concept;
        const done = this.waiters.filter((w) => w.match(rendered));
        this.waiters = this.waiters.filter((w) => !done.includes(w));
        for (const w of done) w.resolve(rendered);
        break;
      }
      case 'explainConcept':
        void this.actions.explainConcept(message.concept);
        break;
      case 'showPyramid':
        void this.actions.showPyramid(message.level);
        break;
      case 'insertSnippet':
        void this.actions.insertSnippet(message.snippet, LearningPanel.activeTextEditor);
        break;
      case 'explainFile':
        void this.actions.explainFile(LearningPanel.activeTextEditor?.document.uri);
        break;
    }
  }

  dispose(): void {
    if (LearningPanel.open.get(this.view) === this) LearningPanel.open.delete(this.view);
    clearTimeout(this.editTimer);
    for (const w of this.waiters) w.resolve(undefined);
    this.waiters = [];
    this.panel.dispose();
    while (this.disposables.length) this.disposables.pop()?.dispose();
  }
}
