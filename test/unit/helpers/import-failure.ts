// The error an import must end in: one ImportError (a clear message), never another exception.

import * as assert from 'node:assert/strict';
import { importBytes, ImportError } from '../../../server/src/import/import-entry';
import type { ImportFormat } from '../../../server/src/import/import-entry';

export async function importFailure(bytes: Uint8Array, format: ImportFormat): Promise<ImportError> {
  try {
    await importBytes(bytes, format);
  } catch (e) {
    assert.ok(e instanceof ImportError, String(e));
    return e;
  }
  assert.fail('no error');
}
