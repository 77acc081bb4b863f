/**
 * Whole-file writes that a crash cannot leave half done: write a temporary file next to the
 * target, sync it, then rename it over the target (rename is atomic within one file system).
 */
import { mkdir, open, rename } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Replaces `path` by `text` atomically; a reader sees the old file or the new one, never a mix. */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.tmp-${process.pid}`;
  const handle = await open(temporary, 'w');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, path);
}
