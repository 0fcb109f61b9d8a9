/** A one-line progress bar on stderr — only on a terminal, so pipes and CI logs stay clean. */

/** Returns a tick(done, total) that redraws the bar, and done() that clears it; no-ops off a TTY. */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): {
  tick: (done: number, total: number) => void;
  done: () => void;
} {
  if (!stream.isTTY) return { tick: () => {}, done: () => {} };
  const width = 30;
  return {
    tick(done, total) {
      const filled = total === 0 ? width : Math.round((done / total) * width);
      stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} notes`);
    },
    done() {
      stream.write(`\r${' '.repeat(width + 24)}\r`);
    },
  };
}
