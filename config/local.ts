/** The environment id the local emulator answers to; functions run locally see it as TCB_ENV. */
export const LOCAL_ENV_ID = 'local';
