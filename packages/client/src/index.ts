export * from './network/index.js';
export { CLIENT_SOFTWARE_NAME, CLIENT_SOFTWARE_VERSION } from './version.js';
