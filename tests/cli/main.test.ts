import { describe, expect, it } from 'vitest';

import { HELP } from '../../src/cli/main.js';
import plugin from '../../src/index.js';
import { createTempDirectory, runCli } from './helpers.js';

describe('oauth-tokens', () => {
  it('prints help and the version', async () => {
    const cwd = createTempDirectory();
    expect(await runCli(cwd, ['--help'])).toEqual({ code: 0, stdout: HELP, stderr: '' });
    expect(await runCli(cwd, ['--version'])).toEqual({ code: 0, stdout: `${plugin.meta.version}\n`, stderr: '' });
    expect((await runCli(cwd, [])).code).toBe(2);
    expect((await runCli(cwd, ['check', '--help'])).stdout).toMatch(/^Usage: oauth-tokens check/);
    expect((await runCli(cwd, ['fix', '-h'])).stdout).toMatch(/^Usage: oauth-tokens fix/);
  });

  it('lists every rule and codemod with a docs link, one line each', async () => {
    const { code, stdout } = await runCli(createTempDirectory(), ['list']);
    expect(code).toBe(0);
    for (const name of Object.keys(plugin.rules)) {
      expect(stdout).toMatch(new RegExp(`^ {2}oauth-tokens/${name} .+/docs/rules/${name}\\.md$`, 'm'));
    }
    expect(stdout).toMatch(/^ {2}id-token-to-access-token {2}\[safe, fixes oauth-tokens\/no-id-token-as-bearer\] .+\/docs\/codemods\/id-token-to-access-token\.md$/m);
  });

  it('reports an unknown command on stderr with exit code 2', async () => {
    const run = await runCli(createTempDirectory(), ['lint']);
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'oauth-tokens: Unknown command "lint". Run "oauth-tokens --help".\n' });
  });
});
