import { ruleTester } from '../../ruleTester';
import { dockerfile } from './shellTestUtil';

const go = (run: string): string => dockerfile('FROM golang:1.22', run);

ruleTester('DL3062', 'dockerfile', {
  valid: [
    go('RUN go install golang.org/x/tools/gopls@v0.15.3'),
    { name: 'local packages', code: go('RUN go install ./... && go get . && go install /src/cmd/x') },
    { name: 'go run of a file (hadolint flags it)', code: go('RUN go run main.go') },
    { name: 'go run: only the first operand is a package', code: go('RUN go run ./cmd/gen input.txt') },
    { name: 'flag values', code: go('RUN go install -ldflags "-s -w" -tags netgo ./cmd/app') },
    { name: 'bare go install builds the module', code: go('RUN go install') },
    { name: 'go build is not checked', code: go('RUN go build -o /app .') },
    { name: 'go install tool takes go.mod\'s versions', code: go('RUN go install tool') },
    {
      name: 'go.mod bind-mounted: versions come from the module',
      code: go('RUN --mount=type=bind,source=go.mod,target=/app/go.mod go install google.golang.org/protobuf/cmd/protoc-gen-go'),
    },
    { name: 'go.mod copied earlier in the stage', code: dockerfile('FROM golang:1.22', 'WORKDIR /src', 'COPY go.mod go.sum ./', 'RUN go install github.com/x/y/cmd/z') },
  ],
  invalid: [
    {
      name: 'no version',
      code: go('RUN go install github.com/go-delve/delve/cmd/dlv'),
      errors: [{ line: 2, column: 16, endLine: 2, endColumn: 49, message: 'go install github.com/go-delve/delve/cmd/dlv@<version>' }],
      output: null,
    },
    {
      name: '@latest',
      code: go('RUN go install -v golang.org/x/tools/gopls@latest'),
      errors: [{ line: 2, column: 19, endColumn: 50, message: 'golang.org/x/tools/gopls@<version>' }],
    },
    {
      name: 'go get upgrades even inside a module; @latest is never pinned',
      code: dockerfile('FROM golang:1.22', 'COPY go.mod ./', 'RUN go get github.com/x/y && go install github.com/x/z@latest'),
      errors: [
        { line: 3, column: 12, endColumn: 26 },
        { line: 3, column: 41, endColumn: 62 },
      ],
    },
    {
      name: 'go get, go run',
      code: go('RUN go get -u github.com/x/y && go run github.com/x/gen@latest -out z'),
      errors: [
        { line: 2, column: 15, endColumn: 29 },
        { line: 2, column: 40, endColumn: 63 },
      ],
    },
  ],
});
