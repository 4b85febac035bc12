import { repeatedInstructionRule } from './repeatedInstruction';

export const DL4004 = repeatedInstructionRule('DL4004', 'ENTRYPOINT', 'error', 'An image has one entrypoint.');
