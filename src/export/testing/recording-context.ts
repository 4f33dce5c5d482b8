/**
 * A `Context2D` that records every call (with the style state at that moment) instead of drawing,
 * for node tests of the composition. Text width is approximated as 0.55 × font size per character.
 */
import type { Context2D } from '../context-2d';

export interface RecordedCall {
  method: string;
  args: unknown[];
  fillStyle: string;
  strokeStyle: string;
  font: string;
  /** Accumulated rotation (radians) from `rotate` calls, respecting save/restore. */
  rotation: number;
}

export class RecordingContext implements Context2D {
  fillStyle: string | CanvasGradient | CanvasPattern = '#000000';
  strokeStyle: string | CanvasGradient | CanvasPattern = '#000000';
  lineWidth = 1;
  font = '10px sans-serif';
  textAlign: CanvasTextAlign = 'start';
  textBaseline: CanvasTextBaseline = 'alphabetic';
  readonly calls: RecordedCall[] = [];
  private rotation = 0;
  private readonly stack: Array<
    Pick<RecordingContext, 'fillStyle' | 'strokeStyle' | 'lineWidth' | 'font'> & { rotation: number }
  > = [];

  private record(method: string, args: unknown[]): void {
    this.calls.push({
      method,
      args,
      fillStyle: String(this.fillStyle),
      strokeStyle: String(this.strokeStyle),
      font: this.font,
      rotation: this.rotation,
    });
  }

  /** The `fillText` calls' text, in order. */
  texts(): string[] {
    return this.calls.filter((call) => call.method === 'fillText').map((call) => String(call.args[0]));
  }

  save() {
    this.stack.push({
      fillStyle: this.fillStyle,
      strokeStyle: this.strokeStyle,
      lineWidth: this.lineWidth,
      font: this.font,
      rotation: this.rotation,
    });
    this.record('save', []);
  }
  restore() {
    const state = this.stack.pop();
    if (state) Object.assign(this, state);
    this.record('restore', []);
  }
  rotate(angle: number) {
    this.rotation += angle;
    this.record('rotate', [angle]);
  }
  translate(x: number, y: number) {
    this.record('translate', [x, y]);
  }
  scale(x: number, y: number) {
    this.record('scale', [x, y]);
  }
  beginPath() {
    this.record('beginPath', []);
  }
  closePath() {
    this.record('closePath', []);
  }
  moveTo(x: number, y: number) {
    this.record('moveTo', [x, y]);
  }
  lineTo(x: number, y: number) {
    this.record('lineTo', [x, y]);
  }
  arc(x: number, y: number, radius: number, start: number, end: number) {
    this.record('arc', [x, y, radius, start, end]);
  }
  rect(x: number, y: number, width: number, height: number) {
    this.record('rect', [x, y, width, height]);
  }
  fill() {
    this.record('fill', []);
  }
  stroke() {
    this.record('stroke', []);
  }
  fillRect(x: number, y: number, width: number, height: number) {
    this.record('fillRect', [x, y, width, height]);
  }
  strokeRect(x: number, y: number, width: number, height: number) {
    this.record('strokeRect', [x, y, width, height]);
  }
  setLineDash(segments: number[]) {
    this.record('setLineDash', [segments]);
  }
  fillText(text: string, x: number, y: number) {
    this.record('fillText', [text, x, y]);
  }
  measureText(text: string) {
    const size = Number(/(\d+(?:\.\d+)?)px/.exec(this.font)?.[1] ?? 10);
    return { width: text.length * size * 0.55 };
  }
  drawImage(image: CanvasImageSource, x: number, y: number, width: number, height: number) {
    this.record('drawImage', [image, x, y, width, height]);
  }
}
