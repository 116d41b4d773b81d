/**
 * WeChat open APIs (`callWxOpenApi`, e.g. subscribe messages) are recorded here, not sent, so tests
 * can read them back and a developer can see them at /dev/wx-messages.
 */
export interface RecordedWxCall {
  at: string;
  apiName: string;
  requestData: unknown;
}

export class WxOpenApiRecorder {
  private readonly calls: RecordedWxCall[] = [];
  private failures = 0;
  private failureCode = 0;

  record(apiName: string, requestData: unknown): Record<string, unknown> {
    this.calls.push({ at: new Date().toISOString(), apiName, requestData });
    if (this.failures > 0) {
      this.failures -= 1;
      return { errcode: this.failureCode, errmsg: 'simulated failure' };
    }
    // The shape WeChat answers successful open-API calls with.
    return { errcode: 0, errmsg: 'ok' };
  }

  /** The next `times` calls fail as WeChat reports failures (e.g. 43101: the user refused). */
  failNext(times: number, errcode = 43101): void {
    this.failures = times;
    this.failureCode = errcode;
  }

  list(): RecordedWxCall[] {
    return [...this.calls];
  }

  clear(): void {
    this.calls.length = 0;
  }
}
