import { PassThrough } from 'node:stream';
import { readRawBody, type UploadRequest } from './raw-body';

function request(headers: Record<string, string> = {}): PassThrough & UploadRequest {
  return Object.assign(new PassThrough(), { headers }) as unknown as PassThrough & UploadRequest;
}

describe('readRawBody', () => {
  it('collects the bytes of every chunk', async () => {
    const req = request();
    const body = readRawBody(req, 10);
    req.write(Buffer.from([0, 1, 2]));
    req.end(Buffer.from('abc'));
    expect(await body).toEqual(Buffer.from([0, 1, 2, 0x61, 0x62, 0x63]));
  });

  it('refuses a declared length past the limit without reading', async () => {
    await expect(readRawBody(request({ 'content-length': '11' }), 10)).resolves.toBe('too-large');
  });

  it('stops collecting past the limit and drains the rest', async () => {
    const req = request();
    const body = readRawBody(req, 4);
    req.write('abc');
    req.write('def');
    await expect(body).resolves.toBe('too-large');
    req.end('ghi');
    await new Promise((resolve) => req.on('end', resolve));
  });

  it('fails with a client error when the upload is cut off', async () => {
    const req = request();
    const body = readRawBody(req, 10);
    req.write('ab');
    req.destroy();
    await expect(body).rejects.toMatchObject({ code: 'UPLOAD.INVALID', message: 'the upload was cut off' });
  });
});
