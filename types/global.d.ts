/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.svg';
declare module '*.css';
declare module '*.scss';

/** Injected by Taro's defineConstants (config/index.ts). */
declare const CLOUD_ENV_ID: string;

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV?: 'weapp' | 'h5';
    TARO_APP_CLOUD_ENV?: string;
    TARO_SOURCE_ROOT?: string;
    TARO_OUTPUT_ROOT?: string;
  }
}

interface Window {
  /** H5: the first page's call, started by client/index.html before the scripts run (services/cloud.ts takes it). */
  __firstCall?: { name: string; body: string; answer: Promise<unknown> };
}
