import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repositoryRoot } from '../web/web-root';
import { API_DOC_FILES, documentText, generateApiDocs } from './generate-api-docs';

/** `npm run docs:api`: writes docs/openapi.json and docs/asyncapi.json from the code. */
async function main(): Promise<void> {
  const documents = await generateApiDocs();
  for (const [kind, file] of Object.entries(API_DOC_FILES)) {
    writeFileSync(join(repositoryRoot(), file), documentText(documents[kind as keyof typeof API_DOC_FILES]));
    process.stdout.write(`wrote ${file}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
