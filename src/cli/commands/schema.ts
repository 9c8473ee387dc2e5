import type { CommandModule } from './index.js';

export const registerSchema: CommandModule = (program) => {
  program
    .command('schema')
    .description('print the register JSON Schema (2020-12)')
    .option('--config', 'print the schema of plan-extract.config.yaml instead')
    .action(async (flags: { config?: boolean }) => {
      const { readFile } = await import('node:fs/promises');
      const { schemaPath } = await import('../../register/validate.js');
      const file = flags.config ? new URL('../../../schemas/plan-extract.config.schema.json', import.meta.url) : schemaPath();
      process.stdout.write(await readFile(file, 'utf8'));
    });
};
