/**
 * The learning webview's script (bundled into dist/webview.js as a browser IIFE). It draws the
 * pyramid or a concept page from the bundled knowledge, keeps its state with getState/setState so
 * a reload restores it, and talks to the extension only through the validated protocol.
 */
import { conceptSummary, isConceptId, type ConceptId } from '../core/knowledge/concepts';
import { LEVEL_TITLES, isLevelId, type LevelId } from '../core/knowledge/levelIds';
import { isSnippetId } from '../core/knowledge/snippetRefs';
import { parseHostMessage, parseLearningState, type ConceptState, type LearningState, type PyramidState, type WebviewMessage } from './protocol';
import { renderConcept, renderEcosystem, renderEquivalents, renderHere, renderLevelDetails, renderModelMatrix, renderPyramid } from './render';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: LearningState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const api = acquireVsCodeApi();
const app = document.getElementById('app') as HTMLElement;
const initial = parseLearningState(safeJson(document.body.dataset.initialState), { view: 'pyramid' });
let state: LearningState = parseLearningState(api.getState(), initial);

function safeJson(text: string | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function save(next: LearningState): void {
  state = next;
  api.setState(state);
}

function renderPyramidView(focusLevel?: LevelId): void {
  const s = state as PyramidState;
  app.innerHTML =
    `<div class="layout">` +
    `<section class="col-main" aria-labelledby="page-title">` +
    `<h1 id="page-title">The infrastructure pyramid</h1>` +
    `<section class="here-card" id="here" aria-label="You are here" aria-live="polite">${renderHere(s.here)}</section>` +
    `<div id="pyramid">${renderPyramid(s.selected, s.here)}</div>` +
    `<section id="details" class="details" aria-live="polite" aria-label="Level details">${renderLevelDetails(s.selected)}</section>` +
    `</section>` +
    `<aside class="col-side" aria-label="Cloud models and tools">${renderModelMatrix()}${renderEquivalents()}${renderEcosystem()}</aside>` +
    `</div>`;
  if (focusLevel) app.querySelector<HTMLButtonElement>(`button.level[data-level="${focusLevel}"]`)?.focus();
  api.postMessage({ type: 'rendered', view: 'pyramid', id: s.selected ?? '', heading: s.here ? `You are here: ${LEVEL_TITLES[s.here.level]}` : 'The infrastructure pyramid' });
}

function renderConceptView(focusHeading: boolean): void {
  const s = state as ConceptState;
  app.innerHTML = renderConcept(s.concept, s.history.length > 0);
  const heading = app.querySelector<HTMLElement>('h1');
  if (focusHeading) heading?.focus();
  document.title = conceptSummary(s.concept)?.title ?? 'Concept';
  api.postMessage({ type: 'rendered', view: 'concept', id: s.concept, heading: heading?.textContent ?? '' });
}

function render(focus?: { level?: LevelId; heading?: boolean }): void {
  if (state.view === 'pyramid') renderPyramidView(focus?.level);
  else renderConceptView(focus?.heading ?? false);
}

/** Opens a level's details; focus stays on the pyramid when the level itself was pressed, else moves to the details. */
function selectLevel(level: LevelId, keepFocus: boolean): void {
  if (state.view !== 'pyramid') return;
  save({ ...state, selected: level });
  render({ level: keepFocus ? level : undefined });
  if (!keepFocus) document.getElementById('details-title')?.focus();
}

function openConcept(concept: ConceptId): void {
  if (state.view === 'concept') {
    if (state.concept === concept) return;
    save({ view: 'concept', concept, history: [...state.history, state.concept].slice(-30) });
    render({ heading: true });
  } else {
    api.postMessage({ type: 'explainConcept', concept });
  }
}

app.addEventListener('click', (event) => {
  const target = (event.target as Element | null)?.closest<HTMLElement>('[data-action]');
  if (!target) return;
  event.preventDefault();
  const { action, level, concept, snippet } = target.dataset;
  switch (action) {
    case 'level':
      if (isLevelId(level)) selectLevel(level, target.classList.contains('level'));
      break;
    case 'concept':
      if (isConceptId(concept)) openConcept(concept);
      break;
    case 'snippet':
      if (isSnippetId(snippet)) api.postMessage({ type: 'insertSnippet', snippet });
      break;
    case 'explain-file':
      api.postMessage({ type: 'explainFile' });
      break;
    case 'pyramid':
      api.postMessage(isLevelId(level) ? { type: 'showPyramid', level } : { type: 'showPyramid' });
      break;
    case 'back':
      if (state.view === 'concept' && state.history.length) {
        const history = [...state.history];
        const previous = history.pop() as ConceptId;
        save({ view: 'concept', concept: previous, history });
        render({ heading: true });
      }
      break;
  }
});

/** Arrow keys, Home and End move between pyramid levels; Enter and Space press the focused one. */
app.addEventListener('keydown', (event) => {
  const current = (event.target as Element | null)?.closest<HTMLButtonElement>('button.level');
  if (!current) return;
  const levels = [...app.querySelectorAll<HTMLButtonElement>('button.level')];
  const index = levels.indexOf(current);
  let next: number | undefined;
  if (event.key === 'ArrowUp') next = Math.max(0, index - 1);
  else if (event.key === 'ArrowDown') next = Math.min(levels.length - 1, index + 1);
  else if (event.key === 'Home') next = 0;
  else if (event.key === 'End') next = levels.length - 1;
  if (next === undefined) return;
  event.preventDefault();
  levels[next].focus();
});

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = parseHostMessage(event.data);
  if (!message) return;
  switch (message.type) {
    case 'here':
      if (state.view !== 'pyramid') return;
      save({ ...state, here: message.file });
      {
        const focused = (document.activeElement as HTMLElement | null)?.dataset.level;
        render({ level: isLevelId(focused) && document.activeElement?.classList.contains('level') ? focused : undefined });
      }
      break;
    case 'selectLevel':
      if (state.view !== 'pyramid') return;
      save({ ...state, selected: message.level });
      render({ level: message.level });
      break;
    case 'showConcept':
      if (state.view === 'concept') {
        if (state.concept !== message.concept) save({ view: 'concept', concept: message.concept, history: [...state.history, state.concept].slice(-30) });
        render({ heading: true });
      }
      break;
  }
});

save(state);
render();
api.postMessage({ type: 'ready' });
