import { repeatedInstructionRule } from './repeatedInstruction';

export const DL3012 = repeatedInstructionRule('DL3012', 'HEALTHCHECK', 'error', 'A container has one health check.');
