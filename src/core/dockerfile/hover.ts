import type { LanguageContext } from '../language';
import type { HoverResult, Position } from '../types';
import type { Dockerfile } from './model';

export function dockerfileHover(_model: Dockerfile, _position: Position, _context: LanguageContext): HoverResult | null {
  return null;
}
