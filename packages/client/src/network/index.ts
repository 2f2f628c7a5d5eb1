export { ApiVersionTable, type VersionRange } from './api-versions.js';
export { Connection, type ConnectionOptions, type RequestOptions, type ResponseInfo } from './connection.js';
