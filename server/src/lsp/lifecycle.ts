// The server's life cycle at the message level (LSP 3.17 "shutdown"): once `shutdown` has been
// received, every later request is answered with InvalidRequest and every notification but
// `exit` is dropped. The library itself answers them as usual, so the connection's message
// strategy turns such a request into `xxgk/afterShutdown`, whose handler refuses it.

import { Message, type MessageStrategy, type RequestMessage } from 'vscode-languageserver/node';

export const AFTER_SHUTDOWN = 'xxgk/afterShutdown';

export interface AfterShutdownParams { method: string }

export function lifecycleStrategy(): MessageStrategy {
  let shutdown = false;
  return {
    handleMessage(message, next) {
      if (Message.isRequest(message)) {
        if (shutdown) {
          const refused: RequestMessage = { jsonrpc: message.jsonrpc, id: message.id, method: AFTER_SHUTDOWN, params: { method: message.method } satisfies AfterShutdownParams };
          return next(refused);
        }
        if (message.method === 'shutdown') shutdown = true;
      } else if (shutdown && Message.isNotification(message) && message.method !== 'exit') return;
      next(message);
    },
  };
}
