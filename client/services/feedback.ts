import Taro from '@tarojs/taro';
import type { AppError } from '../../shared/result';

/** Tells the person, in the server's own Chinese words, that what they asked for did not happen. */
export function tellFailure(title: string, error: AppError): void {
  void Taro.showModal({ title, content: error.message, showCancel: false });
}
