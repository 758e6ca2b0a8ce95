/** English UI strings of the provider element (term keys start with `mindProvider`). */
export const providerEn = {} as const;
