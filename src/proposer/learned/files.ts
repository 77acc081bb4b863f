/** The file names of a model directory (no imports, so callers need not load TensorFlow.js). */
export const MANIFEST_FILE = 'manifest.json';
export const WEIGHTS_FILE = 'weights.bin';
