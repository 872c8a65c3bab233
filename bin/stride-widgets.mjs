#!/usr/bin/env node
// The `stride-widgets` command line. Each command is one module in
// ./commands/ (see render.mjs for the shape); add a command by adding its
// module and a line to COMMANDS.
import { parseArgs } from 'node:util';
import { UsageError } from './commands/errors.mjs';

// A reader that stops early (`stride-widgets init | head`) closes the pipe: that ends the output, it is no failure.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const COMMANDS = {
  render: { summary: 'pre-render the stride-* elements of an HTML page', load: () => import('./commands/render.mjs') },
  validate: { summary: 'check a clinic catalogue as the browser does', load: () => import('./commands/validate.mjs') },
  init: { summary: 'write a starter clinic catalogue', load: () => import('./commands/init.mjs') },
};

const HELP = `Usage: stride-widgets <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, { summary }]) => `  ${name.padEnd(10)}${summary}`)
  .join('\n')}

Run "stride-widgets <command> --help" for a command's options.`;

async function main(argv) {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (!Object.hasOwn(COMMANDS, name)) {
    throw new UsageError(`unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(', ')})`);
  }
  const command = await COMMANDS[name].load();
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    // parseArgs says e.g. "Unknown option '--x'. To specify a positional argument starting with a '-', …": keep the first sentence.
    throw new UsageError(`${name}: ${error.message.split('. ')[0].replace(/\.$/, '')}`);
  }
  if (parsed.values.help) {
    process.stdout.write(`${command.help}\n`);
    return 0;
  }
  return command.run(parsed);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`stride-widgets: ${error.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`stride-widgets: ${error?.stack ?? error}\n`);
    process.exitCode = 1;
  }
}
