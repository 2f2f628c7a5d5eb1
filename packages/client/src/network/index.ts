export { Connection, type ConnectionOptions, type RequestOptions, type ResponseInfo } from './connection.js';
