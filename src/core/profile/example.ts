/** The documented example profile (README, 下载示例文件), from the file the README quotes. */
import example from './example-profile.json' with { type: 'json' };

/** The example profile file's text: a county starts its own from it. */
export function exampleProfileText(): string {
  return `${JSON.stringify(example, null, 2)}\n`;
}
