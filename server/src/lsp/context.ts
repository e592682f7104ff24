// What every LSP feature module receives.

import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analyzer } from './analysis';
import type { ReviewStore } from './reviewed';

export interface ClientCaps {
  pullDiagnostics: boolean;
  refreshDiagnostics: boolean;
  configuration: boolean;
  documentChanges: boolean;
  codeActionResolve: boolean;
  relatedInformation: boolean;
  hierarchicalSymbols: boolean;
  watchedFilesDynamic: boolean;
  configurationDynamic: boolean;
}

export interface Ctx {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  analyzer: Analyzer;
  reviews: ReviewStore;
  caps: ClientCaps;
}
