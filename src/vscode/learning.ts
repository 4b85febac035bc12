/**
 * The learning commands: Show Infrastructure Pyramid, Explain Concept… and Explain Rule…, plus the
 * serializers that bring the learning panels back after a reload. Activation only registers them;
 * panels and their webview script are created on first use.
 *
 * Each command also accepts its target as an argument (a level, a concept id, a rule id), which
 * skips the quick pick: the walkthrough, other commands and the integration tests use that.
 */
import * as vscode from 'vscode';
import { CONCEPTS, isConceptId, type ConceptId } from '../core/knowledge/concepts';
import { isLevelId, LEVEL_TITLES, type LevelId } from '../core/knowledge/levelIds';
import { rules } from '../core/engine';
import { LearningPanel, VIEW_TYPES, type LearningActions, type Rendered } from './learningPanel';
import { openRuleDocs } from './ruleDocs';
import { insertSnippet } from './snippetInsert';

/** The walkthrough's first step: an unsaved copy of a Dockerfile with findings to hover and fix. */
export const OPEN_EXAMPLE_COMMAND = 'infraCoach.openExample';

async function openExample(extensionUri: vscode.Uri): Promise<vscode.TextDocument> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'media', 'walkthrough', 'Dockerfile'));
  const document = await vscode.workspace.openTextDocument({ language: 'dockerfile', content: new TextDecoder('utf-8').decode(bytes) });
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

export interface ConceptPickItem extends vscode.QuickPickItem {
  concept: ConceptId;
}

export interface RulePickItem extends vscode.QuickPickItem {
  rule: string;
}

/** The Explain Concept… quick pick, one item per concept, alphabetical. */
export function conceptPickItems(): ConceptPickItem[] {
  return CONCEPTS.map((c) => ({
    concept: c.id,
    label: c.title,
    description: [c.level ? LEVEL_TITLES[c.level] : 'Cloud', ...c.keywords].join(' \u00b7 '),
    detail: c.summary,
  })).sort((a, b) => a.label.localeCompare(b.label));
}

/** The Explain Rule… quick pick, one item per rule the engine knows, by id. */
export function rulePickItems(): RulePickItem[] {
  return rules()
    .map((r) => ({
      rule: r.id,
      label: r.id,
      description: r.title,
      detail: `${r.appliesTo === 'any' ? 'all files' : r.appliesTo} \u00b7 ${r.severity}${r.fixable ? ' \u00b7 fixable' : ''}${r.aliases.length ? ` \u00b7 also ${r.aliases.join(', ')}` : ''} \u2014 ${r.summary}`,
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

export function registerLearning(context: vscode.ExtensionContext): void {
  const extensionUri = context.extensionUri;

  const showPyramid = async (level?: LevelId): Promise<Rendered | undefined> => {
    const existing = LearningPanel.get('pyramid');
    existing?.expectRender();
    const panel = LearningPanel.show(extensionUri, 'pyramid', { view: 'pyramid', selected: level }, actions);
    if (existing) {
      if (level) panel.post({ type: 'selectLevel', level });
      else panel.postHere();
    }
    return panel.waitForRender((r) => r.view === 'pyramid' && (!level || r.id === level));
  };

  const explainConcept = async (concept: ConceptId): Promise<Rendered | undefined> => {
    const existing = LearningPanel.get('concept');
    existing?.expectRender();
    const panel = LearningPanel.show(extensionUri, 'concept', { view: 'concept', concept, history: [] }, actions);
    if (existing) panel.post({ type: 'showConcept', concept });
    return panel.waitForRender((r) => r.view === 'concept' && r.id === concept);
  };

  const actions: LearningActions = {
    explainConcept,
    showPyramid,
    insertSnippet: (snippet, target) => insertSnippet(extensionUri, snippet, target),
    explainFile: (uri) => vscode.commands.executeCommand('infraCoach.explainFile', uri),
  };

  LearningPanel.rememberEditor(vscode.window.activeTextEditor);
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor((editor) => LearningPanel.rememberEditor(editor)),
    vscode.commands.registerCommand('infraCoach.showPyramid', (level?: unknown) => showPyramid(isLevelId(level) ? level : undefined)),
    vscode.commands.registerCommand('infraCoach.explainConcept', async (concept?: unknown) => {
      if (isConceptId(concept)) return explainConcept(concept);
      const picked = await vscode.window.showQuickPick(conceptPickItems(), { title: 'Infra Coach: Explain Concept', placeHolder: 'Type a concept (pod, cold start, IaaS, Terraform…)', matchOnDescription: true, matchOnDetail: true });
      return picked ? explainConcept(picked.concept) : undefined;
    }),
    vscode.commands.registerCommand('infraCoach.explainRule', async (ruleId?: unknown) => {
      if (typeof ruleId === 'string' && ruleId) return openRuleDocs(extensionUri, ruleId);
      const picked = await vscode.window.showQuickPick(rulePickItems(), { title: 'Infra Coach: Explain Rule', placeHolder: 'Type a rule id (DL3008) or a word from its title', matchOnDescription: true, matchOnDetail: true });
      return picked ? openRuleDocs(extensionUri, picked.rule) : undefined;
    }),
    vscode.commands.registerCommand(OPEN_EXAMPLE_COMMAND, () => openExample(extensionUri)),
    vscode.window.registerWebviewPanelSerializer(VIEW_TYPES.pyramid, {
      deserializeWebviewPanel: async (panel, state) => {
        LearningPanel.revive(panel, 'pyramid', extensionUri, state, actions);
      },
    }),
    vscode.window.registerWebviewPanelSerializer(VIEW_TYPES.concept, {
      deserializeWebviewPanel: async (panel, state) => {
        LearningPanel.revive(panel, 'concept', extensionUri, state, actions);
      },
    }),
    { dispose: () => (['pyramid', 'concept'] as const).forEach((v) => LearningPanel.get(v)?.dispose()) },
  );
}
