/**
 * The GitHub Actions workflows, read as GitHub reads them: what publishes the site, in what
 * order, after which checks, with which permissions. (GitHub Actions cannot run here; every
 * command they run is tested where it is written.)
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
  'continue-on-error'?: boolean;
  'timeout-minutes'?: number;
}
interface Job {
  needs?: string | string[];
  if?: string;
  uses?: string;
  with?: Record<string, unknown>;
  permissions?: Record<string, string>;
  env?: Record<string, string>;
  steps?: Step[];
  'timeout-minutes'?: number;
  'continue-on-error'?: boolean;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, Job>;
}

const read = (name: string) => yaml.load(readFileSync(`.github/workflows/${name}`, 'utf8')) as Workflow;
const deploy = read('deploy.yml');
const ci = read('ci.yml');
const needs = (job: Job) => [job.needs ?? []].flat();
const runs = (job: Job) => (job.steps ?? []).map((step) => step.run ?? step.uses ?? '');

describe('deploy.yml', () => {
  it('runs one at a time and never cancels a deploy under way, so an older build cannot land over a newer one', () => {
    expect(deploy.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
  });

  it('deploys only what the build job built, once the checks of ci.yml passed', () => {
    const { deploy: job, checks, build } = deploy.jobs;
    expect(needs(job!)).toEqual(expect.arrayContaining(['build', 'checks']));
    expect(checks!.uses).toBe('./.github/workflows/ci.yml');
    expect(job!.if).toContain("needs.build.result == 'success'");
    expect(job!.if).toContain("github.ref == 'refs/heads/main'");
    expect(job!.if).toContain("needs.checks.result == 'success'");
    expect(runs(build!)).toEqual(expect.arrayContaining(['npm ci', 'npm run build', 'actions/upload-pages-artifact@v3']));
  });

  it('builds an hourly run only when an article came out since the live site was built', () => {
    const { checked, checks, build } = deploy.jobs;
    const due = checked!.steps!.find((step) => step.run?.includes('scripts/due.ts'));
    expect(due?.if).toBeDefined();
    expect(checked!.steps![0]!.if).toBe("github.event_name == 'schedule'");
    expect(needs(build!)).toContain('checked');
    expect(build!.if).toBe("needs.checked.outputs.due != 'false'");
    expect(checks!.if).toContain("needs.checked.outputs.due != 'false'");
    // A step that fails leaves `due` unset: the run checks and builds, as if it could not tell.
    for (const step of checked!.steps!) expect(step['continue-on-error'], step.run ?? step.uses).toBe(true);
  });

  it('runs hourly, and by hand, which always builds: README tells editors to run it so to publish at a set minute, as GitHub starts hourly runs late', () => {
    // At minute 2, as deploy.yml's comment and README "Deploy" say: an article dated on the hour is due at the next run.
    expect(deploy.on['schedule']).toEqual([{ cron: '2 * * * *' }]);
    expect(readFileSync('README.md', 'utf8').replace(/\s+/g, ' ')).toContain('minute 2 of each hour');
    expect(deploy.on).toHaveProperty('workflow_dispatch');
    // Only a scheduled run asks whether anything is due; any other run leaves `due` unset, and builds.
    const { checked, build } = deploy.jobs;
    for (const step of checked!.steps!) expect(step.if, step.run ?? step.uses).toMatch(/github\.event_name == 'schedule'|steps\.runs\.outputs\.since != ''/);
    expect(build!.if).toBe("needs.checked.outputs.due != 'false'");
  });

  it('gives the rights to publish to the deploy job alone', () => {
    expect(deploy.permissions).toEqual({ contents: 'read' });
    for (const [name, job] of Object.entries(deploy.jobs)) {
      const rights = job.permissions ?? {};
      if (name === 'deploy') expect(rights).toEqual({ pages: 'write', 'id-token': 'write' });
      else expect(Object.values(rights)).not.toContain('write');
    }
  });

  it('lets no Baidu push step stop the deploy or fail the run', () => {
    const build = deploy.jobs['build']!;
    for (const step of build.steps!.filter((s) => s.run?.includes('baidu-push') || s.with?.['name'] === 'baidu-push')) {
      expect(step['continue-on-error']).toBe(true);
    }
    expect(deploy.jobs['baidu-push']!['continue-on-error']).toBe(true);
  });

  it('shows the Baidu token only to the step that sends', () => {
    const holders: string[] = [];
    for (const [name, job] of Object.entries(deploy.jobs)) {
      for (const [key, value] of Object.entries(job.env ?? {})) if (/^\$\{\{\s*secrets\.BAIDU_PUSH_TOKEN\s*\}\}$/.test(value)) holders.push(`${name}.env.${key}`);
      for (const step of job.steps ?? []) {
        for (const value of Object.values(step.env ?? {})) if (value.includes('secrets.BAIDU_PUSH_TOKEN')) holders.push(`${name}: ${step.run}`);
      }
    }
    expect(holders).toEqual(['baidu-push: npm run baidu-push -- send baidu-push.txt']);
  });

  it('keeps the pictures between runs, saved again only when what the cache holds changed', () => {
    const steps = deploy.jobs['build']!.steps!;
    const restore = steps.find((s) => s.uses?.startsWith('actions/cache/restore'));
    const save = steps.find((s) => s.uses?.startsWith('actions/cache/save'));
    // Where Astro keeps the pictures it made: the build's cacheDir (scripts/build-site.ts), assets/.
    expect(restore?.with?.['path']).toBe('.build/dist-cache/assets');
    expect(save?.with?.['path']).toBe('.build/dist-cache/assets');
    const order = (step: Step | undefined) => steps.indexOf(step!);
    expect(order(restore)).toBeLessThan(order(steps.find((s) => s.run === 'npm run build')));
    expect(order(save)).toBeGreaterThan(order(steps.find((s) => s.run === 'npm run build')));
    // Keyed by what the build left in the cache, not by the sources: a picture first made by an
    // hourly run (a scheduled article's) is kept too.
    expect(save?.if).toContain('cache-matched-key');
    expect(steps.some((s) => s.uses?.startsWith('actions/cache@'))).toBe(false);
  });

  // A first build encodes every picture of the archive, hours for a large one: cut off with its
  // job, it saved nothing, and every hour's build started again from none, never to finish.
  it('keeps the pictures a build stopped short made, all but those of its last minute, so the next build goes on from them', () => {
    const job = deploy.jobs['build']!;
    const steps = job.steps!;
    const build = steps.find((s) => s.run === 'npm run build')!;
    expect(build['timeout-minutes']).toBeLessThanOrEqual(job['timeout-minutes']! - 15);
    const after = steps.slice(steps.indexOf(build) + 1);
    const cleanup = after.find((s) => s.if === 'failure()');
    expect(cleanup?.run).toMatch(/^find \.build\/dist-cache\/assets -type f -mmin -1 -delete\b/);
    const made = after.find((s) => s.id === 'made')!;
    const save = after.find((s) => s.uses?.startsWith('actions/cache/save'))!;
    expect(after.indexOf(cleanup!)).toBeLessThan(after.indexOf(made));
    for (const step of [made, save]) expect(step.if).toMatch(/^\$\{\{ !cancelled\(\) /);
    // Nothing of a failed build is published.
    for (const step of after.filter((s) => s !== cleanup && s !== made && s !== save)) expect(step.if ?? '').not.toMatch(/always\(\)|failure\(\)|cancelled\(\)/);
  });

  it('stops a job that hangs long before GitHub would (six hours, holding every later deploy)', () => {
    for (const [name, job] of Object.entries(deploy.jobs)) {
      // The build alone may take long: the first one encodes every picture of the archive.
      if (!job.uses) expect(job['timeout-minutes'], name).toBeLessThanOrEqual(name === 'build' ? 120 : 30);
    }
  });

  it('runs on Node 24 with npm ci', () => {
    for (const job of Object.values(deploy.jobs)) {
      for (const step of job.steps ?? []) {
        if (step.uses?.startsWith('actions/setup-node')) expect(step.with?.['node-version']).toBe(24);
        expect(step.run ?? '').not.toMatch(/npm (install|i)\b/);
      }
    }
  });
});

describe('ci.yml', () => {
  it('runs on pull requests and when deploy.yml calls it', () => {
    expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['pull_request', 'workflow_call']));
  });

  it('cancels superseded checks of a pull request only, never those of a deploy', () => {
    expect(ci.concurrency?.group).toContain("github.event_name == 'pull_request' && github.ref || github.run_id");
  });

  it('checks the content, the types, the tests and the build', () => {
    const all = Object.values(ci.jobs).flatMap(runs);
    expect(all).toEqual(expect.arrayContaining(['npm run check:content', 'npm run check', 'npm test', 'npm run build']));
  });

  it('writes nothing to the repository and stops a job that hangs', () => {
    expect(ci.permissions).toEqual({ contents: 'read' });
    for (const [name, job] of Object.entries(ci.jobs)) expect(job['timeout-minutes'], name).toBeLessThanOrEqual(30);
  });
});
