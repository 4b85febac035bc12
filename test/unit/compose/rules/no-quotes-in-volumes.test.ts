import { ruleTester } from '../../ruleTester';

ruleTester('no-quotes-in-volumes', 'compose', {
  valid: [
    'services:\n  db:\n    volumes:\n      - data:/var/lib/data\n      - ./conf:/etc/conf:ro\n',
    { name: 'long syntax is not a quoted entry', code: "services:\n  db:\n    volumes:\n      - type: bind\n        source: './x'\n        target: /x\n" },
  ],
  invalid: [
    {
      code: 'services:\n  db:\n    volumes:\n      - "data:/var/lib/data"\n      - \'./conf:/etc/conf:ro\'\n',
      errors: [
        { line: 4, column: 9, endColumn: 29, message: 'is quoted' },
        { line: 5, column: 9, endColumn: 30 },
      ],
      output: 'services:\n  db:\n    volumes:\n      - data:/var/lib/data\n      - ./conf:/etc/conf:ro\n',
    },
    {
      name: 'no fix when the text needs its quotes',
      code: "services:\n  db:\n    volumes:\n      - './my dir #1:/data'\n",
      errors: [{ line: 4, column: 9 }],
      output: null,
    },
  ],
});
