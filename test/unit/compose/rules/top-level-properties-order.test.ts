import { ruleTester } from '../../ruleTester';

ruleTester('top-level-properties-order', 'compose', {
  valid: [
    'x-a: 1\nx-b: 2\nname: p\nservices: {}\nnetworks: {}\nvolumes: {}\nsecrets: {}\nconfigs: {}\n',
    { name: 'keys dclint does not list go last', code: 'name: p\nservices: {}\nmodels: {}\n' },
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    image: w:1\nvolumes:\n  data: {}\nname: shop\nx-common: &c\n  restart: always\n',
      errors: [
        { line: 6, column: 1, endColumn: 5, message: 'Top-level key "name" should come before "volumes"' },
        { line: 7, column: 1, message: '"x-common"' },
      ],
      output: 'x-common: &c\n  restart: always\nname: shop\nservices:\n  web:\n    image: w:1\nvolumes:\n  data: {}\n',
    },
  ],
});
