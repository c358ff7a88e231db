import { describe, expect, it } from 'vitest';
import { SHARE_HOSTS, shareLinks } from '../../src/core/share-links';

describe('share links for an assignment link', () => {
  const link = 'https://school.example/second-look/a/#1.pw.rl.20261204.9B.Do%20this%2E.3K7Q';

  it('put the whole link, fragment included, in one encoded parameter', () => {
    const links = shareLinks(link)!;
    expect(links.classroom).toBe(
      `https://classroom.google.com/share?url=${encodeURIComponent(link)}`,
    );
    expect(links.teams).toBe(`https://teams.microsoft.com/share?href=${encodeURIComponent(link)}`);
    expect(new URL(links.classroom).searchParams.get('url')).toBe(link);
    expect(new URL(links.teams).searchParams.get('href')).toBe(link);
    expect(new URL(links.teams).hash).toBe('');
  });

  it('point only to the two share hosts, over https', () => {
    for (const address of Object.values(shareLinks(link)!)) {
      const url = new URL(address);
      expect(url.protocol).toBe('https:');
      expect(SHARE_HOSTS).toContain(url.host);
    }
  });

  it.each(['', 'not a link', 'javascript:alert(1)', 'data:text/html,x', '/a/#1.pw'])(
    'give nothing for %j',
    (bad) => {
      expect(shareLinks(bad)).toBeNull();
    },
  );
});
