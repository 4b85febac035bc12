import type { ComposeModel } from './model';
export function explainCompose(_m: ComposeModel): string { return ''; }
