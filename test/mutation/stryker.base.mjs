/**
 * Stryker settings shared by the mutated areas. Each area keeps its own incremental file, committed
 * next to this file, so that a rerun on a fresh clone tests only the mutants whose code or tests
 * changed; reports go to reports/mutation/<area>/ (HTML and JSON). The run fails below `minimumScore`
 * (percent); `scripts/check-mutation-survivors.ts` then compares the survivors with the area's list
 * of equivalent mutants, `<area>.equivalent.json`.
 */
export function strykerConfigFor(area, minimumScore) {
  return {
    packageManager: 'npm',
    testRunner: 'jest',
    jest: { projectType: 'custom', configFile: `test/mutation/jest.${area}.config.js`, enableFindRelatedTests: false },
    coverageAnalysis: 'perTest',
    mutate: [`lib/${area}/**/*.ts`, `!lib/${area}/**/index.ts`],
    ignorePatterns: ['cdk.out', 'cdktf.out', 'cdktf-hcl.out', 'dist', 'reports', 'coverage', '.swc'],
    incremental: true,
    incrementalFile: `test/mutation/${area}.incremental.json`,
    reporters: ['html', 'json', 'clear-text', 'progress'],
    htmlReporter: { fileName: `reports/mutation/${area}/mutation.html` },
    jsonReporter: { fileName: `reports/mutation/${area}/mutation.json` },
    thresholds: { high: minimumScore, low: minimumScore, break: minimumScore },
    concurrency: 2,
    timeoutMS: 20000,
    tempDirName: '.stryker-tmp',
    cleanTempDir: 'always',
  };
}
