import { repeatedInstructionRule } from './repeatedInstruction';

export const DL4003 = repeatedInstructionRule('DL4003', 'CMD', 'warning', 'An image has one default command.');
