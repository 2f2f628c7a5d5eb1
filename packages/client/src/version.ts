/** Reported to brokers in ApiVersions (KIP-511) so operators can see which clients connect. */
export const CLIENT_SOFTWARE_NAME = 'kafka-aio';
/** Kept equal to package.json's version by a unit test. */
export const CLIENT_SOFTWARE_VERSION = '0.1.0';
