import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from '@asyncapi/parser';
import { LIVE_EVENT_SCHEMAS, LIVE_REQUEST_SCHEMAS } from '@fscon/contracts';
import { repositoryRoot } from '../../web/web-root';
import type { ApiDocument } from '../api-document';
import { API_DOC_FILES, documentText, generateApiDocs, REGENERATE_COMMAND } from '../generate-api-docs';

describe('the AsyncAPI document of /api/live', () => {
  let document: ApiDocument;

  beforeAll(async () => {
    document = (await generateApiDocs()).asyncapi;
  });

  it('is valid AsyncAPI 3 for the AsyncAPI parser, without a warning', async () => {
    const { document: parsed, diagnostics } = await new Parser().parse(documentText(document));
    expect(diagnostics.map(({ message, path }) => `${path.join('.')}: ${message}`)).toEqual([]);
    expect(parsed?.version()).toBe('3.1.0');
    const channel = parsed!.channels().get('live')!;
    expect(channel.address()).toBe('/api/live');
    expect(channel.messages().length).toBe(
      Object.keys(LIVE_REQUEST_SCHEMAS).length + Object.keys(LIVE_EVENT_SCHEMAS).length + 3,
    );
  });

  it(`is the one committed in ${API_DOC_FILES.asyncapi}`, () => {
    const file = join(repositoryRoot(), API_DOC_FILES.asyncapi);
    const committed = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (committed !== documentText(document)) {
      throw new Error(
        `${API_DOC_FILES.asyncapi} differs from what libs/contracts generates: run \`${REGENERATE_COMMAND}\` and commit the result`,
      );
    }
  });
});
