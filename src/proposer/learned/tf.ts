/**
 * TensorFlow.js, started once per process on the WebAssembly backend (several times faster
 * than the pure-JS one); when wasm cannot start, the pure-JS `cpu` backend is used and a notice
 * says so. In Node the wasm binary loads from node_modules, so this works offline.
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';

let ready: Promise<string> | undefined;

/** Starts TensorFlow.js (once) and resolves to the backend's name, `wasm` or `cpu`. */
export function startTf(notice: (line: string) => void = (line) => void process.stderr.write(`${line}\n`)): Promise<string> {
  ready ??= (async () => {
    try {
      if (await tf.setBackend('wasm')) {
        await tf.ready();
        return 'wasm';
      }
    } catch (cause) {
      notice(`learned proposer: WebAssembly backend unavailable (${(cause as Error).message}); using the slower cpu backend`);
    }
    await tf.setBackend('cpu');
    await tf.ready();
    return 'cpu';
  })();
  return ready;
}

export { tf };
