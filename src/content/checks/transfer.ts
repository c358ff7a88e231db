/**
 * Checks across the posts of the transfer test (`content/transfer/posts.yaml`): each form is a
 * full, matched test (6 accurate + 6 made-up posts at positions 1–12, in the same order of truth
 * as every other form), ids are unique, an accurate post says where it was checked, a made-up
 * post names its techniques, and a "record" or "latest" claim carries its date. Problems name
 * the field as `<index>.<field> (<id>)`, the index being the post's place in the file.
 */
import {
  ACCURATE_PER_FORM,
  POSTS_PER_FORM,
  transferForms,
  type TransferPost,
} from '../../modules/transfer/schema';
import { ContentError } from '../errors';

/** A claim that is only true as of a date: it needs an `asOf` line. */
const DATE_SENSITIVE = /\b(record|records|latest|ever)\b/i;

/** Every problem across the posts, as `<index>.<field> (<id>): message` lines; none when fine. */
export function transferProblems(posts: readonly TransferPost[]): string[] {
  const problems: string[] = [];
  const at = (i: number, field: string, message: string) => {
    const post = posts[i];
    problems.push(`${i}.${field}${post ? ` (${post.id})` : ''}: ${message}`);
  };

  const firstIndex = new Map<string, number>();
  posts.forEach((post, i) => {
    const earlier = firstIndex.get(post.id);
    if (earlier !== undefined) at(i, 'id', `duplicate id "${post.id}" (also post ${earlier})`);
    else firstIndex.set(post.id, i);

    if (post.accurate && post.sourcePages.length === 0)
      at(i, 'sourcePages', 'an accurate post needs at least one source address');
    if (!post.accurate && (post.techniques?.length ?? 0) === 0)
      at(i, 'techniques', 'a made-up post names at least one technique');
    if (!post.asOf && (DATE_SENSITIVE.test(post.text) || DATE_SENSITIVE.test(post.explanation)))
      at(i, 'asOf', 'a "record", "ever" or "latest" claim needs the date it holds as of');
  });

  const truthOrders = new Map<string, string>();
  for (const form of transferForms) {
    const inForm = posts.map((post, i) => ({ post, i })).filter(({ post }) => post.form === form);
    if (inForm.length === 0) continue;
    const accurate = inForm.filter(({ post }) => post.accurate).length;
    const madeUp = inForm.length - accurate;
    const last = inForm[inForm.length - 1]?.i ?? 0;
    if (accurate !== ACCURATE_PER_FORM || madeUp !== POSTS_PER_FORM - ACCURATE_PER_FORM)
      at(
        last,
        'accurate',
        `form ${form} has ${accurate} accurate and ${madeUp} made-up posts; ` +
          `it needs ${ACCURATE_PER_FORM} + ${POSTS_PER_FORM - ACCURATE_PER_FORM}`,
      );
    const byPosition = new Map<number, number>();
    for (const { post, i } of inForm) {
      const other = byPosition.get(post.position);
      if (other !== undefined)
        at(i, 'position', `form ${form} already has position ${post.position} (post ${other})`);
      else byPosition.set(post.position, i);
    }
    const missing = Array.from({ length: POSTS_PER_FORM }, (_, k) => k + 1).filter(
      (p) => !byPosition.has(p),
    );
    if (missing.length > 0)
      at(last, 'position', `form ${form} has no post at position ${missing.join(', ')}`);
    else
      truthOrders.set(
        form,
        Array.from({ length: POSTS_PER_FORM }, (_, k) => {
          const i = byPosition.get(k + 1) ?? 0;
          return posts[i]?.accurate ? '✔' : '✘';
        }).join(''),
      );
  }
  const [reference, ...others] = [...truthOrders.entries()];
  if (reference)
    for (const [form, order] of others)
      if (order !== reference[1]) {
        const first = posts.findIndex((p) => p.form === form);
        at(
          first,
          'accurate',
          `form ${form}'s order of accurate (✔) and made-up (✘) posts ${order} differs from ` +
            `form ${reference[0]}'s ${reference[1]}`,
        );
      }
  return problems;
}

/** Throws a {@link ContentError} naming `file` and each field when {@link transferProblems} finds any. */
export function checkTransferPosts(posts: readonly TransferPost[], file: string): void {
  const problems = transferProblems(posts);
  if (problems.length > 0) throw new ContentError(file, problems);
}

/**
 * Addresses (and sites to check) that none of `referenceTexts` contains: the lesson states no
 * address that is not in the fact sheets (`../shared/TRANSFER.md`, `../shared/FACTS.md`). The
 * unit tests pass those files in; the build does not read outside the repository.
 */
export function unknownAddressProblems(
  posts: readonly TransferPost[],
  referenceTexts: readonly string[],
): string[] {
  const known = (s: string) => referenceTexts.some((text) => text.includes(s));
  const problems: string[] = [];
  posts.forEach((post, i) => {
    post.sourcePages.forEach((source, k) => {
      if (!known(source.url))
        problems.push(
          `${i}.sourcePages.${k}.url (${post.id}): "${source.url}" is not in the fact sheets`,
        );
    });
    post.whereToCheck.forEach((where, k) => {
      if (where.site && !known(where.site))
        problems.push(
          `${i}.whereToCheck.${k}.site (${post.id}): "${where.site}" is not in the fact sheets`,
        );
    });
  });
  return problems;
}

/** Throws a {@link ContentError} naming `file` and each field when an address is not in `referenceTexts`. */
export function checkTransferAddresses(
  posts: readonly TransferPost[],
  referenceTexts: readonly string[],
  file: string,
): void {
  const problems = unknownAddressProblems(posts, referenceTexts);
  if (problems.length > 0) throw new ContentError(file, problems);
}
