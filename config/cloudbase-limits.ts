/**
 * The limits of the CloudBase environment the product deploys to, with where each number comes from
 * (../shared/CLOUDBASE.md gathers them; re-check on the platform's pages before relying on one: plans
 * change). The deploy plan checks every declaration against them before it changes anything
 * (scripts/deploy-limits.ts). `plan` names the package whose database quotas apply.
 */
export const cloudbaseLimits = {
  plan: '基础版 1 (basic)',
  functionsPerEnvironment: {
    max: 50,
    source:
      'WeChat cloud development quota page ("云函数数量 50"); Tencent SCF quota page: 50 functions per namespace (cloud.tencent.com/document/product/583/11637)',
  },
  collectionsPerEnvironment: { max: 100, source: 'WeChat cloud development quota page' },
  indexesPerCollection: { max: 20, source: 'WeChat cloud development quota page' },
  triggersPerFunction: { max: 10, source: 'SCF quota page: same-type triggers per function 10' },
  memoryMb: { min: 64, max: 3072, step: 128, source: 'SCF quota page: 64 MB, then 128 MB to 3,072 MB in steps of 128 MB' },
  timeoutSeconds: { min: 1, max: 900, source: 'SCF quota page: 1–900 seconds' },
  codeBytesPerFunction: { max: 500 * 1024 * 1024, source: 'SCF quota page: code per function (version) before compression, layers included, 500 MB' },
  syncRequestBytes: { max: 6 * 1024 * 1024, source: 'SCF quota page: synchronous request event and response 6 MB each' },
  syncResponseBytes: { max: 6 * 1024 * 1024, source: 'SCF quota page: synchronous request event and response 6 MB each' },
} as const;

/**
 * What each CloudBase package buys per environment, smallest first: the database's reads and writes
 * a day, its connections, the functions' GB-seconds (and, where published, invocations) a month,
 * the price. The season-cost bench (scripts/bench-season-cost.ts) names the smallest that holds the
 * season with 30 % headroom. `null`: the package's figure is not in the tables found (do not read it
 * as unlimited — check the console before relying on such a plan).
 *
 * Sources: 基础版 1 is WeChat's quota page (developers.weixin.qq.com/miniprogram/dev/wxcloud/basis/
 * concepts/quota.html: reads 50,000/day, writes 30,000/day, QPS 30, connections 20, invocations
 * 200,000/month, 40,000 GBs/month — as ../shared/CLOUDBASE.md). The higher packages are the Tencent
 * CloudBase monthly packages as uniCloud's price page republishes them ("套餐内容…是由腾讯公司直接
 * 公布的"; github.com/dcloudio/unidocs-en docs/uniCloud/price.md, "腾讯云包月套餐" and "完整套餐列表");
 * its GB-seconds agree with the w3cschool mirror of WeChat's plan table (4万 / 20万 / 40万 / 150万).
 * That table has no QPS and no invocation column: only 基础版 1's are published. The same page says
 * how requests are billed: "只要调用接口就计算一次" — every database request counts once, even one
 * that reads or changes nothing.
 */
export interface CloudbasePlan {
  name: string;
  priceYuanPerMonth: number | null;
  readsPerDay: number;
  writesPerDay: number;
  /** database requests a second; only the basic plan's is published */
  qps: number | null;
  /** the functions' concurrent connections to the database */
  connections: number;
  gbSecondsPerMonth: number;
  invocationsPerMonth: number | null;
}

export const cloudbasePlans: readonly CloudbasePlan[] = [
  {
    name: '基础版 1',
    priceYuanPerMonth: null,
    readsPerDay: 50_000,
    writesPerDay: 30_000,
    qps: 30,
    connections: 20,
    gbSecondsPerMonth: 40_000,
    invocationsPerMonth: 200_000,
  },
  {
    name: '基础版 2',
    priceYuanPerMonth: 30,
    readsPerDay: 250_000,
    writesPerDay: 150_000,
    qps: null,
    connections: 50,
    gbSecondsPerMonth: 200_000,
    invocationsPerMonth: null,
  },
  {
    name: '专业版 1',
    priceYuanPerMonth: 104,
    readsPerDay: 500_000,
    writesPerDay: 300_000,
    qps: null,
    connections: 100,
    gbSecondsPerMonth: 400_000,
    invocationsPerMonth: null,
  },
  {
    name: '专业版 2',
    priceYuanPerMonth: 390,
    readsPerDay: 1_500_000,
    writesPerDay: 1_000_000,
    qps: null,
    connections: 200,
    gbSecondsPerMonth: 1_500_000,
    invocationsPerMonth: null,
  },
  {
    name: '旗舰版 1',
    priceYuanPerMonth: 860,
    readsPerDay: 5_000_000,
    writesPerDay: 3_000_000,
    qps: null,
    connections: 400,
    gbSecondsPerMonth: 4_000_000,
    invocationsPerMonth: null,
  },
];

/**
 * How a function's run is billed in GB-seconds: its configured memory × its run time. uniCloud's copy
 * of the CloudBase packages rounds the time up to steps of 100 ms ("运行时间以100ms为阶梯计算");
 * Tencent SCF's billing examples (cloud.tencent.com/document/product/583/12285) now bill the actual
 * run time. The bench takes the 100 ms steps: the larger bill, since which applies to CloudBase's
 * packages is not stated.
 */
export const functionBilling = {
  stepMs: 100,
  source: 'github.com/dcloudio/unidocs-en docs/uniCloud/price.md; cloud.tencent.com/document/product/583/12285',
} as const;
