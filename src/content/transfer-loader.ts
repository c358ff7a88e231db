/**
 * The loader behind the `transferPosts` collection (src/content.config.ts): the posts of the
 * transfer test, `content/transfer/posts.yaml`, validated field by field and then across posts
 * (src/content/checks/transfer.ts), so a mistake fails the build naming the file and the field.
 */
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { z } from 'astro/zod';
import type { Loader } from 'astro/loaders';
import { readYamlFile } from './case-files';
import { checkTransferPosts } from './checks/transfer';
import { ContentError, formatIssues } from './errors';
import { transferPostsFileSchema, type TransferPost } from '../modules/transfer/schema';

/**
 * Reads, validates and checks the posts. Errors name the file (relative to `root`) and the field
 * as `<index>.<field> (<id>)`, e.g. `13.explanation (acc-7): …`.
 */
export function readTransferPosts(file: string, root = process.cwd()): TransferPost[] {
  const shown = relative(root, file);
  const raw = readYamlFile(z.unknown(), file, root);
  const result = transferPostsFileSchema.safeParse(raw);
  if (!result.success) {
    const idAt = (i: unknown) => {
      const item = Array.isArray(raw) && typeof i === 'number' ? (raw[i] as unknown) : undefined;
      const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
      return typeof id === 'string' ? ` (${id})` : '';
    };
    throw new ContentError(
      shown,
      formatIssues(result.error.issues).map((line, k) => {
        const path = result.error.issues[k]?.path ?? [];
        if (path.length < 2) return line;
        const cut = line.indexOf(':');
        return `${line.slice(0, cut)}${idAt(path[0])}${line.slice(cut)}`;
      }),
    );
  }
  checkTransferPosts(result.data, shown);
  return result.data;
}

/**
 * Loads `content/transfer/posts.yaml`, one entry per post, keeping the file's order. A content
 * folder without it (a test fixture) loads no posts.
 */
export function transferPostsLoader(file: string): Loader {
  return {
    name: 'second-look-transfer-posts',
    load: async ({ store, parseData, watcher }) => {
      watcher?.add(file);
      store.clear();
      if (!existsSync(file)) return;
      for (const [order, post] of readTransferPosts(file).entries()) {
        store.set({
          id: post.id,
          data: await parseData({ id: post.id, data: { ...post, order } }),
        });
      }
    },
  };
}
