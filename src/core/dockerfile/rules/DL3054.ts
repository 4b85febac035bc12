import { labelTypeRule } from './labelTypeRule';

export const DL3054 = labelTypeRule('DL3054', 'spdx', 'Label is not a valid SPDX license identifier');
