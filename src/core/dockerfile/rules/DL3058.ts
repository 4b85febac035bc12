import { labelTypeRule } from './labelTypeRule';

export const DL3058 = labelTypeRule('DL3058', 'email', 'Label is not a valid email format');
