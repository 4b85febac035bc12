import { labelTypeRule } from './labelTypeRule';

export const DL3055 = labelTypeRule('DL3055', 'hash', 'Label is not a valid git hash');
