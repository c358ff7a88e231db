import { describe, expect, test } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint();

/** The rules ESLint reports for `code` as if it were the file at `filePath`. */
async function rulesFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = x;\n`, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('imports point down the layers only', { timeout: 30_000 }, () => {
  test.each([
    [
      'core may not use the ui',
      'src/core/fixture.ts',
      "import { useT as x } from '../ui/strings';",
    ],
    [
      'core may not use stores',
      'src/core/fixture.ts',
      "import { $progress as x } from '../stores/progress';",
    ],
    [
      'stores may not use the ui',
      'src/stores/fixture.ts',
      "import { useT as x } from '../ui/strings';",
    ],
    [
      'content may not use an island',
      'src/content/fixture.ts',
      "import x from '../modules/experts/Experts';",
    ],
    [
      'a module may not use another module’s island',
      'src/modules/red-flags/fixture.ts',
      "import x from '../experts/Experts';",
    ],
    [
      'a module may not use another module’s scoring',
      'src/modules/red-flags/fixture.ts',
      "import { verdicts as x } from '../experts/scoring';",
    ],
    [
      'class mode may not use another module’s island',
      'src/modules/class-mode/fixture.ts',
      "import x from '../statistics/Statistics';",
    ],
    [
      'pages may not touch stores directly',
      'src/pages/fixture.ts',
      "import { $progress as x } from '../stores/progress';",
    ],
  ])('%s', async (_, file, code) => {
    expect(await rulesFor(file, code)).toContain('boundaries/dependencies');
  });

  test.each([
    ['core may not import Astro', "import { getCollection as x } from 'astro:content';"],
    ['core may not import Node', "import { readFileSync as x } from 'node:fs';"],
    ['core may not import React', "import { useState as x } from 'react';"],
  ])('%s', async (_, code) => {
    expect(await rulesFor('src/core/fixture.ts', code)).toContain('no-restricted-imports');
  });

  test.each([
    [
      'a module uses core and the ui',
      'src/modules/red-flags/fixture.ts',
      "import { formatPlace as x } from '../../core/place';\nimport { useT } from '../../ui/strings';\nexport { useT };",
    ],
    [
      'a module uses its own files',
      'src/modules/red-flags/fixture.ts',
      "import { scoreMarks as x } from './scoring';",
    ],
    [
      'a module reads another module’s content schema',
      'src/modules/class-mode/fixture.ts',
      "import type { Figure as x } from '../statistics/schema';",
    ],
    [
      'class mode uses another module’s scoring',
      'src/modules/class-mode/fixture.ts',
      "import { verdicts as x } from '../experts/scoring';",
    ],
    [
      'content checks use a module schema',
      'src/content/fixture.ts',
      "import { expertCardSchema as x } from '../modules/experts/schema';",
    ],
  ])('%s is allowed', async (_, file, code) => {
    expect(await rulesFor(file, code)).toEqual([]);
  });
});
