/**
 * The limits of the CloudBase environment the product deploys to, with where each number comes from
 * (../shared/CLOUDBASE.md gathers them; re-check on the platform's pages before relying on one: plans
 * change). The deploy plan checks every declaration against them before it changes anything
 * (scripts/deploy-limits.ts). `plan` names the package whose database quotas apply.
 */
export const cloudbaseLimits = {
  plan: '基础版 1 (basic)',
  functionsPerEnvironment: { max: 50, source: 'WeChat cloud development quota page ("云函数数量 50"); Tencent SCF quota page: 50 functions per namespace (cloud.tencent.com/document/product/583/11637)' },
  collectionsPerEnvironment: { max: 100, source: 'WeChat cloud development quota page' },
  indexesPerCollection: { max: 20, source: 'WeChat cloud development quota page' },
  triggersPerFunction: { max: 10, source: 'SCF quota page: same-type triggers per function 10' },
  memoryMb: { min: 64, max: 3072, step: 128, source: 'SCF quota page: 64 MB, then 128 MB to 3,072 MB in steps of 128 MB' },
  timeoutSeconds: { min: 1, max: 900, source: 'SCF quota page: 1–900 seconds' },
  codeBytesPerFunction: { max: 500 * 1024 * 1024, source: 'SCF quota page: code per function (version) before compression, layers included, 500 MB' },
  syncRequestBytes: { max: 6 * 1024 * 1024, source: 'SCF quota page: synchronous request event and response 6 MB each' },
} as const;
