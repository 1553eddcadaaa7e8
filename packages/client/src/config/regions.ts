/** API host of each region. */
export const REGIONS: Record<string, string> = {
  ru: "https://backup.api.cloud.yandex.net",
  kz: "https://backup.api.yandexcloud.kz",
};

/**
 * The operations host of both regions: the API reference documents this one only (it publishes no separate one
 * for kz), so the client does not guess another. `operationsBaseUrl` overrides it.
 */
export const OPERATIONS_HOST = "https://operation.api.cloud.yandex.net";
