// Never compiled. The tsconfig.json of server/src/core, client/src/common and the webview map
// `vscode` (the engine also `vscode-*`) here, outside their projects' files, so a file of theirs
// that imports the editor or LSP API fails `tsc -b` with TS6307 naming this file: module
// resolution would otherwise find @types/vscode. Editor code belongs in client/src, LSP code in
// server/src/lsp.
export {};
