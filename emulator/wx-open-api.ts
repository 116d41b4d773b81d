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

  record(apiName: string, requestData: unknown): Record<string, unknown> {
    this.calls.push({ at: new Date().toISOString(), apiName, requestData });
    // The shape WeChat answers successful open-API calls with.
    return { errcode: 0, errmsg: 'ok' };
  }

  list(): RecordedWxCall[] {
    return [...this.calls];
  }

  clear(): void {
    this.calls.length = 0;
  }
}
