import { existsSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

/**
 * The image's HEALTHCHECK: `GET /readyz` on the connector, over HTTPS when its certificate and key are
 * files (as the connector decides), else HTTP. Exits 0 on 200, 1 otherwise, printing the answer.
 */
const env = process.env;
const tls = existsSync(env.FASTICERT ?? '') && existsSync(env.FASTIKEY ?? '');
const listen = env.FASTIIP ?? '0.0.0.0';
const host = listen === '0.0.0.0' ? '127.0.0.1' : listen === '::' ? '::1' : listen;
const options = {
  host,
  port: Number(env.FASTIPORT ?? 443),
  path: '/readyz',
  timeout: 4000,
  rejectUnauthorized: false,
};
const request = (tls ? httpsRequest : httpRequest)(options, (response) => {
  let body = '';
  response.on('data', (chunk: Buffer) => (body += chunk.toString()));
  response.on('end', () => {
    process.stdout.write(`${response.statusCode} ${body}\n`);
    process.exit(response.statusCode === 200 ? 0 : 1);
  });
});
request.on('timeout', () => request.destroy(new Error('no answer within 4 s')));
request.on('error', (error) => {
  process.stdout.write(`${error.message}\n`);
  process.exit(1);
});
request.end();
