// The proofreading thread (a Web Worker): the whole article is read here, so
// reading a long one (some 400 ms for 100,000 characters the first time)
// never holds up typing or scrolling. Vite bundles it as its own file
// (`new Worker(new URL(…), import.meta.url)` in proof-client.ts); it loads from
// app:// because that scheme is registered standard and secure (electron/shell/protocol.ts).
import { createProofThread, type ProofReply, type ProofRequest } from './proof-thread';

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<ProofRequest>) => void) | null;
  postMessage(message: ProofReply): void;
};
const thread = createProofThread();
scope.onmessage = (event) => {
  const reply = thread.receive(event.data);
  if (reply) scope.postMessage(reply);
};
