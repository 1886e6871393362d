#!/usr/bin/env node
// `npm run bench`: how much the plugin adds to a lint run, and how fast `oauth-tokens fix`
// is compared with plain ESLint.
//
// Part 1 generates a deterministic corpus of realistic TypeScript files into .bench/corpus
// (mostly code without tokens, ~15 % auth code using the SDKs) and lints it with ESLint's
// Node API, (a) with the plugin's recommended config and (b) with the same config and no
// plugin rules. Each lint runs in a fresh Node process; the pairs run alternately and
// the median is reported, as wall and CPU time. The timed runs do not collect `stats`
// (its per-listener timers would only slow down side (a)); one more run with `stats: true`
// and `--cpu-prof` gives the plugin rules' share of lint time from ESLint's `stats`, which
// charges selector dispatch to no rule, and the share of CPU samples spent inside the
// plugin's code. The paired difference catches what both miss, but on a busy machine it
// is noisy: the spread of the baseline runs is printed next to it. Target: ≤ 5 %.
//
// Part 2 (when dist/src/cli/bin.js exists) times `oauth-tokens fix --dry` on a generated
// 5,000-file tree against `eslint` with no rules on the same tree. Target: ratio ≤ 0.5.
//
// It builds the package first (`npm run build`); pass --no-build to use dist/ as it is.
//
// Usage: node scripts/bench.mjs [--no-build] [--files 2000] [--cli-files 5000] [--runs 3]
//                               [--no-cli] [--all-rules] [--strict]
//   --all-rules  also measure rules built in dist/rules/ but not registered yet
//   --strict  exit 1 when a target is missed (the default is to report and exit 0)

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

import { generateCorpus } from './bench-corpus.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCH_DIR = path.join(ROOT, '.bench');
const CORPUS_DIR = path.join(BENCH_DIR, 'corpus');
const TREE_DIR = path.join(BENCH_DIR, 'tree');
const PROFILE_DIR = path.join(BENCH_DIR, 'profile');
const PLUGIN_ENTRY = path.join(ROOT, 'dist', 'src', 'index.js');
const RULES_DIR = path.join(ROOT, 'dist', 'rules');
const CLI_BIN = path.join(ROOT, 'dist', 'src', 'cli', 'bin.js');
const ESLINT_BIN = path.join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');
const SELF = fileURLToPath(import.meta.url);

const PLUGIN_SHARE_TARGET = 0.05;
const CLI_RATIO_TARGET = 0.5;
const CHILD_TIMEOUT_MS = 5 * 60 * 1000;

const { values: options } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    'no-cli': { type: 'boolean', default: false },
    'all-rules': { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    files: { type: 'string', default: '2000' },
    'cli-files': { type: 'string', default: '5000' },
    runs: { type: 'string', default: '3' },
    // Internal: one measured lint in a child process.
    'child-lint': { type: 'string' },
    'child-stats': { type: 'boolean', default: false },
    dir: { type: 'string' },
  },
});

// ---------------------------------------------------------------------------------------
// Child: one ESLint run, reported as one JSON line on stdout.

async function childLint(mode, dir, withStats) {
  const { ESLint } = await import('eslint');
  const { default: tsParser } = await import('@typescript-eslint/parser');
  // Both modes enable one trivial core rule: with no rule at all ESLint skips its traversal and
  // code-path analysis, and the comparison would charge that fixed cost to the plugin.
  const config = [
    { files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tsParser, sourceType: 'module' } },
    { rules: { 'no-debugger': 'error' } },
  ];
  let pluginRuleIds = [];
  if (mode === 'plugin') {
    const { default: plugin } = await import(pathToFileURL(PLUGIN_ENTRY).href);
    const rules = { ...plugin.configs.recommended.rules };
    const namespace = plugin.meta.namespace;
    let registered = plugin;
    if (options['all-rules']) {
      const extra = {};
      for (const file of readdirSync(RULES_DIR).filter((name) => name.endsWith('.js') && name !== 'index.js')) {
        const ruleName = file.slice(0, -'.js'.length);
        if (ruleName in plugin.rules) continue;
        extra[ruleName] = (await import(pathToFileURL(path.join(RULES_DIR, file)).href)).default;
        rules[`${namespace}/${ruleName}`] = 'error';
      }
      registered = { ...plugin, rules: { ...plugin.rules, ...extra } };
    }
    config.push({ plugins: { [namespace]: registered }, rules });
    pluginRuleIds = Object.keys(rules);
  }
  const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config, stats: withStats, cache: false });
  const start = performance.now();
  const results = await eslint.lintFiles(['.']);
  const lintMs = performance.now() - start;

  let parseMs = 0;
  let statsTotalMs = 0;
  let fatal = 0;
  const ruleMs = Object.fromEntries(pluginRuleIds.map((id) => [id, 0]));
  const findings = Object.fromEntries(pluginRuleIds.map((id) => [id, 0]));
  for (const result of results) {
    for (const pass of result.stats?.times.passes ?? []) {
      parseMs += pass.parse?.total ?? 0;
      statsTotalMs += pass.total ?? 0;
      for (const [ruleId, time] of Object.entries(pass.rules ?? {})) ruleMs[ruleId] = (ruleMs[ruleId] ?? 0) + time.total;
    }
    for (const message of result.messages) {
      if (message.fatal) fatal++;
      else if (message.ruleId && message.ruleId in findings) findings[message.ruleId]++;
    }
  }
  // CPU time of this whole process: less sensitive than wall time to other load on the machine.
  const cpu = process.cpuUsage();
  const cpuMs = (cpu.user + cpu.system) / 1000;
  process.stdout.write(`${JSON.stringify({ files: results.length, lintMs, cpuMs, parseMs, statsTotalMs, ruleMs, findings, fatal })}\n`);
}

// ---------------------------------------------------------------------------------------
// Parent

async function main() {
  console.log(`oauth-tokens bench · node ${process.version} · ${os.cpus().length} cpu · ${os.cpus()[0]?.model ?? ''}`.trim());
  build();
  const runs = Math.max(1, Number(options.runs));
  const missed = [];

  // Part 1 ------------------------------------------------------------------------------
  const corpus = timed(() => generateCorpus(CORPUS_DIR, { count: Number(options.files), seed: 20_251_125 }));
  console.log(
    `\ncorpus  ${rel(CORPUS_DIR)}: ${corpus.value.files} files, ${corpus.value.lines.toLocaleString('en')} lines ` +
      `(${pct(corpus.value.auth / corpus.value.files)} auth, ${pct(corpus.value.harmless / corpus.value.files)} harmless "token"/storage, ` +
      `rest plain) in ${seconds(corpus.ms)}`,
  );

  const withPlugin = [];
  const without = [];
  for (let run = 0; run < runs; run++) {
    // Alternate the order so that neither side always runs on a warmer machine.
    const order = run % 2 === 0 ? ['plugin', 'none'] : ['none', 'plugin'];
    for (const mode of order) {
      const measured = lintInChild(mode, CORPUS_DIR);
      (mode === 'plugin' ? withPlugin : without).push(measured);
      process.stdout.write(`  run ${run + 1}/${runs} ${mode === 'plugin' ? 'with plugin   ' : 'without plugin'} ${seconds(measured.wallMs)}\n`);
    }
  }

  // One more run, with `stats` and a CPU profile, to attribute time to the plugin's rules.
  const profiled = lintInChild('plugin', CORPUS_DIR, { stats: true, profileDir: PROFILE_DIR });
  const profileShare = pluginProfileShare(PROFILE_DIR);

  const wallPlugin = median(withPlugin.map((m) => m.wallMs));
  const wallNone = median(without.map((m) => m.wallMs));
  const pairedWallDiff = median(withPlugin.map((m, index) => m.wallMs - without[index].wallMs));
  const wallShare = pairedWallDiff / wallPlugin;
  const cpuPlugin = median(withPlugin.map((m) => m.cpuMs));
  const cpuNone = median(without.map((m) => m.cpuMs));
  const pairedCpuDiff = median(withPlugin.map((m, index) => m.cpuMs - without[index].cpuMs));
  const cpuShare = pairedCpuDiff / cpuPlugin;
  const cpuNoise = Math.max(...without.map((m) => m.cpuMs)) - Math.min(...without.map((m) => m.cpuMs));
  const ruleIds = Object.keys(profiled.ruleMs);
  const pluginRuleMs = ruleIds.reduce((sum, id) => sum + profiled.ruleMs[id], 0);
  const statsShare = pluginRuleMs / profiled.statsTotalMs;
  const files = profiled.files;

  console.log('\nPart 1: ESLint Node API, recommended config vs. no plugin rules (median of paired runs)');
  table(
    ['', 'with plugin', 'without', 'paired difference'],
    [
      ['process wall time', seconds(wallPlugin), seconds(wallNone), `${signedSeconds(pairedWallDiff)} (${pct(wallShare)} of total)`],
      ['process CPU time', seconds(cpuPlugin), seconds(cpuNone), `${signedSeconds(pairedCpuDiff)} (${pct(cpuShare)}; baseline spread ${seconds(cpuNoise)})`],
      ['files / parse errors', `${files} / ${profiled.fatal}`, `${without[0].files} / ${without[0].fatal}`, ''],
    ],
  );

  console.log(`\nPer rule (one run with stats: true; parse ${seconds(profiled.parseMs)} of ${seconds(profiled.statsTotalMs)} stats total)`);
  table(
    ['rule', 'total', 'per file', 'share', 'findings'],
    [
      ...ruleIds
        .map((id) => {
          const ms = profiled.ruleMs[id];
          return [id, `${ms.toFixed(1)} ms`, `${((ms * 1000) / files).toFixed(1)} µs`, pct(ms / profiled.statsTotalMs), String(profiled.findings[id])];
        })
        .sort((a, b) => Number.parseFloat(b[1]) - Number.parseFloat(a[1])),
      ['all plugin rules', `${pluginRuleMs.toFixed(1)} ms`, `${((pluginRuleMs * 1000) / files).toFixed(1)} µs`, pct(statsShare), ''],
    ],
  );

  // Verdict: the attributed shares must meet the target, and the paired CPU difference
  // must too unless it is smaller than the run-to-run spread of the baseline (a busy machine).
  const pairedOk = cpuShare <= PLUGIN_SHARE_TARGET || Math.abs(pairedCpuDiff) <= cpuNoise;
  const shareOk = statsShare <= PLUGIN_SHARE_TARGET && (profileShare ?? 0) <= PLUGIN_SHARE_TARGET && pairedOk;
  console.log(
    `\nplugin share of lint time: ${pct(statsShare)} (stats), ${profileShare === undefined ? 'n/a' : pct(profileShare)} (CPU profile samples in plugin code), ` +
      `${pct(cpuShare)} (paired CPU${cpuShare > PLUGIN_SHARE_TARGET && pairedOk ? ', within baseline spread' : ''}), ${pct(wallShare)} (paired wall); ` +
      `target ≤ ${pct(PLUGIN_SHARE_TARGET)}: ${shareOk ? 'met' : 'MISSED'}`,
  );
  console.log(`load average ${os.loadavg().map((load) => load.toFixed(1)).join(' ')} on ${os.cpus().length} cpu (paired numbers are only meaningful on an idle machine)`);
  if (!shareOk) missed.push('plugin share');

  // Part 2 ------------------------------------------------------------------------------
  if (options['no-cli']) {
    console.log('\nPart 2 skipped (--no-cli).');
  } else if (!existsSync(CLI_BIN)) {
    console.log(`\nPart 2 skipped: ${rel(CLI_BIN)} does not exist (the CLI is not built yet).`);
  } else {
    const ratio = benchCli(runs);
    if (ratio === undefined || ratio > CLI_RATIO_TARGET) missed.push('fix --dry ratio');
  }

  if (missed.length > 0) console.log(`\ntargets missed: ${missed.join(', ')}`);
  process.exitCode = options.strict && missed.length > 0 ? 1 : 0;
}

function benchCli(runs) {
  const tree = timed(() => generateCorpus(TREE_DIR, { count: Number(options['cli-files']), seed: 5_000 }));
  // A repository of its own, so the .bench/ entry of our .gitignore does not hide it from the CLI.
  spawnSync('git', ['init', '--quiet'], { cwd: TREE_DIR });
  console.log(`\ntree    ${rel(TREE_DIR)}: ${tree.value.files} files, ${tree.value.lines.toLocaleString('en')} lines in ${seconds(tree.ms)}`);

  const fix = [process.execPath, [CLI_BIN, 'fix', '--dry', '.']];
  // ESLint with no rules still parses every file: the cost floor of any ESLint-based tool.
  const plain = [process.execPath, [ESLINT_BIN, '--no-config-lookup', '--parser', '@typescript-eslint/parser', '--ext', '.ts,.tsx', '.']];
  const fixTimes = [];
  const eslintTimes = [];
  let lastFix;
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? ['fix', 'eslint'] : ['eslint', 'fix'];
    for (const which of order) {
      const [command, args] = which === 'fix' ? fix : plain;
      const started = performance.now();
      const child = spawnSync(command, args, {
        cwd: TREE_DIR,
        encoding: 'utf8',
        maxBuffer: 1 << 30,
        timeout: CHILD_TIMEOUT_MS,
        env: { ...process.env, CI: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      });
      const ms = performance.now() - started;
      if (child.error || child.status === null || child.status >= 2) {
        console.log(`  ${which} failed (exit ${child.status ?? child.signal}): ${tail(child.stderr || child.stdout || String(child.error))}`);
        return undefined;
      }
      if (which === 'fix') lastFix = child;
      (which === 'fix' ? fixTimes : eslintTimes).push(ms);
      process.stdout.write(`  run ${run + 1}/${runs} ${which === 'fix' ? 'oauth-tokens fix --dry' : 'eslint (no rules)     '} ${seconds(ms)}\n`);
    }
  }
  const fixMs = median(fixTimes);
  const eslintMs = median(eslintTimes);
  const ratio = fixMs / eslintMs;
  const summary = `${lastFix.stdout}\n${lastFix.stderr}`
    .split('\n')
    .filter((line) => /scanned|skipped|rewrit|fixed|left|files?/i.test(line) && !/^[-+@ ]/.test(line))
    .slice(-4)
    .map((line) => line.trim());

  console.log('\nPart 2: oauth-tokens fix --dry vs. eslint with no rules (median wall time)');
  table(
    ['', 'fix --dry', 'eslint (no rules)', 'ratio'],
    [['wall time', seconds(fixMs), seconds(eslintMs), `${ratio.toFixed(2)} (target ≤ ${CLI_RATIO_TARGET}: ${ratio <= CLI_RATIO_TARGET ? 'met' : 'MISSED'})`]],
  );
  if (summary.length > 0) console.log(`  fix summary: ${summary.join(' | ')}`);
  return ratio;
}

// ---------------------------------------------------------------------------------------
// Helpers

function build() {
  if (options['no-build']) {
    if (!existsSync(PLUGIN_ENTRY)) fail(`${rel(PLUGIN_ENTRY)} is missing: run \`npm run build\` or drop --no-build.`);
    return;
  }
  const started = performance.now();
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', 'build', '--silent'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) {
    // tsc still emits on type errors; measure what was emitted, but say so.
    if (!existsSync(PLUGIN_ENTRY)) fail(`npm run build failed:\n${tail(result.stdout + result.stderr, 20)}`);
    console.log(`warning: npm run build reported errors; benchmarking the emitted dist/ anyway:\n${tail(result.stdout + result.stderr, 5)}`);
  }
  console.log(`build   npm run build in ${seconds(performance.now() - started)}`);
}

function lintInChild(mode, dir, { stats = false, profileDir } = {}) {
  const nodeArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  const started = performance.now();
  const child = spawnSync(process.execPath, [...nodeArgs, SELF, '--child-lint', mode, '--dir', dir, ...(stats ? ['--child-stats'] : [])], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    timeout: CHILD_TIMEOUT_MS,
  });
  const wallMs = performance.now() - started;
  if (child.status !== 0) fail(`lint (${mode}) failed with exit ${child.status ?? child.signal}:\n${tail(child.stderr || child.stdout, 20)}`);
  return { ...JSON.parse(child.stdout.trim().split('\n').at(-1)), wallMs };
}

/**
 * Share of the CPU profile's samples whose stack contains a frame from the plugin's built
 * code (dist/), i.e. time inside rules and analysis including what they call.
 */
function pluginProfileShare(profileDir) {
  const file = existsSync(profileDir) ? readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile')) : undefined;
  if (!file) return undefined;
  const profile = JSON.parse(readFileSync(path.join(profileDir, file), 'utf8'));
  const distUrl = pathToFileURL(path.join(ROOT, 'dist')).href + '/';
  const parentOf = new Map();
  const isPlugin = new Map();
  for (const node of profile.nodes) {
    isPlugin.set(node.id, node.callFrame.url.startsWith(distUrl));
    for (const child of node.children ?? []) parentOf.set(child, node.id);
  }
  const inPlugin = new Map();
  const underPlugin = (id) => {
    if (!inPlugin.has(id)) inPlugin.set(id, isPlugin.get(id) || (parentOf.has(id) && underPlugin(parentOf.get(id))));
    return inPlugin.get(id);
  };
  let total = 0;
  let plugin = 0;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    total += delta;
    if (underPlugin(id)) plugin += delta;
  });
  return total > 0 ? plugin / total : undefined;
}

function timed(fn) {
  const started = performance.now();
  const value = fn();
  return { value, ms: performance.now() - started };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function table(header, rows) {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => String(row[column]).length)));
  const line = (cells) => `  ${cells.map((cell, column) => String(cell).padEnd(widths[column])).join('  ').trimEnd()}`;
  console.log(line(header));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  for (const row of rows) console.log(line(row));
}

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const signedSeconds = (ms) => `${ms >= 0 ? '+' : '−'}${(Math.abs(ms) / 1000).toFixed(2)} s`;
const pct = (ratio) => `${(ratio * 100).toFixed(1)} %`;
const rel = (target) => path.relative(ROOT, target) || '.';
const tail = (text, lines = 3) => String(text).trim().split('\n').slice(-lines).join('\n');

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

// Entry point, last so that every helper above is initialised.
if (options['child-lint']) {
  await childLint(options['child-lint'], options.dir, options['child-stats']);
} else {
  await main();
}
