/** API host and operations host of each region. */
export const REGIONS: Record<string, [string, string]> = {
  ru: ["https://backup.api.cloud.yandex.net", "https://operation.api.cloud.yandex.net"],
  kz: ["https://backup.api.yandexcloud.kz", "https://operation.api.yandexcloud.kz"],
};
