/** Colour for the summary on stderr; none when NO_COLOR is set or stderr cannot show it. */
import { Chalk, supportsColorStderr, type ChalkInstance } from 'chalk';

export function stderrChalk(env: NodeJS.ProcessEnv = process.env): ChalkInstance {
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  return new Chalk({ level: noColor || !supportsColorStderr ? 0 : supportsColorStderr.level });
}
