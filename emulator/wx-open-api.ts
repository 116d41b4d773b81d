import { answerGetUnlimited, WX_CODE_API } from './wx-code';

/**
 * WeChat open APIs (`callWxOpenApi`, e.g. subscribe messages) are recorded here, not sent, so tests
 * can read them back and a developer can see them at /dev/wx-messages. `wxacode.getUnlimited` is
 * recorded too and answered with a real image (emulator/wx-code.ts).
 */
export interface RecordedWxCall {
  at: string;
  apiName: string;
  requestData: unknown;
}

/** What WeChat answered: its JSON, or the bytes of an image (getUnlimited). */
export type WxAnswer = { json: Record<string, unknown> } | { image: Buffer };

export class WxOpenApiRecorder {
  private readonly calls: RecordedWxCall[] = [];
  private failures = 0;
  private failureCode = 0;

  /** Records the call and answers as WeChat would: an injected failure, an image, or `{ errcode: 0 }`. */
  async answer(apiName: string, requestData: unknown): Promise<WxAnswer> {
    this.calls.push({ at: new Date().toISOString(), apiName, requestData });
    if (this.failures > 0) {
      this.failures -= 1;
      return { json: { errcode: this.failureCode, errmsg: 'simulated failure' } };
    }
    if (apiName === WX_CODE_API) {
      const answered = await answerGetUnlimited(requestData);
      return 'image' in answered ? { image: answered.image } : { json: answered };
    }
    // The shape WeChat answers successful open-API calls with.
    return { json: { errcode: 0, errmsg: 'ok' } };
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

/**
 * The `wx.api` action's `data.responseData`, a string the SDK (`callWxOpenApi`) runs through
 * `JSON.parse` and hands back as `result`. JSON stays JSON. An image travels as a Node Buffer
 * serialised to JSON, `{"type":"Buffer","data":[137,80,78,71,…]}`, so `result` is that object and
 * `Buffer.from(result.data)` is the image, byte for byte. How real CloudBase encodes a binary answer
 * in this string is not measured here; the function's reader (cloudfunctions/domains/juniors/poster.ts) also
 * accepts a base64 string or a Buffer, and checks the image's own signature whatever the form.
 */
export function responseDataOf(answer: WxAnswer): string {
  return JSON.stringify('image' in answer ? answer.image : answer.json);
}
