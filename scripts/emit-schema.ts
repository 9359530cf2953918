import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildBareSchema, printSdl } from '../src/server/schema';

/** Writes the committed contract, schema.graphql, from the type-graphql resolvers. */
async function main() {
  const sdl = printSdl(await buildBareSchema());
  writeFileSync(path.resolve(__dirname, '../schema.graphql'), sdl);
  process.stdout.write(`schema.graphql written (${sdl.split('\n').length} lines)\n`);
}

void main();
