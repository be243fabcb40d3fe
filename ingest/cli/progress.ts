/** A progress bar over articles on a terminal; silence elsewhere (logs, pipes, CI). */
import cliProgress from "cli-progress";

export interface Progress {
  /** Starts a phase ("reading", "writing") over `total` articles. */
  start(phase: string, total: number): void;
  /** One more article done; `label` names it. */
  tick(label: string): void;
  stop(): void;
}

const silent: Progress = { start() {}, tick() {}, stop() {} };

/** A bar on `stream` if it is a terminal, otherwise a progress that prints nothing. */
export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return silent;
  let bar: cliProgress.SingleBar | null = null;
  return {
    start(phase, total) {
      bar?.stop();
      bar = new cliProgress.SingleBar(
        {
          stream,
          format: `${phase.padEnd(8)} [{bar}] {value}/{total} {label}`,
          hideCursor: true,
          clearOnComplete: false,
          barsize: 30,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total, 0, { label: "" });
    },
    tick(label) {
      // Long paths would wrap and break the bar's redrawing.
      bar?.increment(1, { label: label.length > 40 ? `…${label.slice(-39)}` : label });
    },
    stop() {
      bar?.stop();
      bar = null;
    },
  };
}
