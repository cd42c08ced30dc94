// `mediate-check -` typed at a terminal would otherwise wait in silence.

/** The line to print on standard error before reading standard input, if a person is typing it. */
export function stdinNotice(stdinIsTerminal: boolean, platform: NodeJS.Platform = process.platform): string | undefined {
  if (!stdinIsTerminal) return undefined;
  const end = platform === 'win32' ? 'Ctrl-Z then Enter' : 'Ctrl-D';
  return `reading a meeting from standard input; end with ${end}`;
}
