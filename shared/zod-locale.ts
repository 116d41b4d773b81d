import { z } from 'zod';

/** zod's own messages (for checks without a message of ours) in Chinese, on both sides. */
z.config(z.locales.zhCN());
