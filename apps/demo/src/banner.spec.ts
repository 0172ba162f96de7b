import { DEMO_LOGINS, demoBanner } from './banner';

describe('demoBanner', () => {
  const banner = demoBanner('http://127.0.0.1:8080', 'the FreeSWITCH simulator');
  const lines = banner.trimEnd().split('\n');

  it('is a few lines between two rules, ending the output with a line break', () => {
    expect(lines.length).toBeLessThanOrEqual(10);
    expect(lines[0]).toMatch(/^─+$/);
    expect(lines.at(-1)).toBe(lines[0]);
    expect(banner.endsWith('\n')).toBe(true);
  });

  it('names the switch, the web address and every login of the demo data', () => {
    expect(banner).toContain('fscon demo on the FreeSWITCH simulator');
    expect(lines).toContain('  open       http://127.0.0.1:8080');
    for (const login of DEMO_LOGINS) {
      expect(banner).toMatch(new RegExp(`${login.name} +/ ${login.password} +\\(${login.context}\\)`));
    }
  });
});
