/**
 * The movement figure: an exercise's `figure` drawn as inline SVG (see
 * README, "Movement figures"), and what moves it.
 *
 * The figure moves through its poses and back (ping-pong), by
 * requestAnimationFrame: each frame writes the interpolated pose (`between`)
 * into the drawing's attributes, which works alike in every engine and keeps
 * the angles' shorter way round. It runs only while the figure is connected,
 * on screen, not paused and not still: under `prefers-reduced-motion: reduce`
 * and in print it shows the key pose, and a figure of one pose starts
 * nothing. The first render (and the server's) draws the key pose, so a page
 * without JavaScript shows it too.
 *
 * Written as a closure rather than a class: its state then minifies to short
 * names (the renderer's budget is 2 kB gzip, scripts/sizes.mjs).
 */
import { html, isServer, nothing, svg, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Equipment, Figure } from '../../catalogue/schema';
import { between, joints, type Pose } from './pose';

type Point = readonly [number, number];

/** "x,y x,y …", to a tenth of a unit (a fifth of a pixel at the figure's widest): short attributes, the same drawing. */
const points = (list: readonly Point[]) => list.map((point) => point.map((v) => v.toFixed(1))).join(' ');

/**
 * The drawing's lines, in drawing order: far arm, far leg, trunk and neck, head, near leg, near arm. The head is
 * a line of no length, which its round caps draw as a circle of its stroke's width.
 */
function lines(pose: Pose): string[] {
  const j = joints(pose);
  return [j.farArm, j.farLeg, [j.hip, j.shoulder, j.head], [j.head, j.head], j.nearLeg, j.nearArm].map(points);
}

/** Equipment is drawn as the box it takes up; a mat and a bar (seen end on: a circle) have rounded ends. */
function equipment({ kind, x, y, w, h }: Equipment): TemplateResult {
  return svg`<rect class="figure__equipment" x=${x} y=${y} width=${w} height=${h} rx=${kind === 'mat' || kind === 'bar' ? Math.min(w, h) / 2 : 1}></rect>`;
}

/** The pose shown still: `key`, or the last. */
const keyIndex = (figure: Figure) => figure.key ?? figure.poses.length - 1;

/**
 * Where the figure is `ms` into its movement: at each pose a hold, then an eased move to the next, through the
 * poses and back. It starts at its key pose, where that pose's hold begins.
 */
export function poseAt({ poses, hold = 1, seconds = 1.5, key = poses.length - 1 }: Figure, ms: number): Pose {
  const n = poses.length - 1;
  const leg = hold + seconds;
  const s = ms / 1000 + key * leg;
  const step = Math.floor(s / leg) % (2 * n);
  const from = step < n ? step : 2 * n - step;
  const t = ((s % leg) - hold) / seconds;
  return t > 0 ? between(poses[from], poses[step < n ? from + 1 : from - 1], (1 - Math.cos(Math.PI * t)) / 2) : poses[from];
}

/** Writes a pose into a drawn figure. */
function draw(drawing: Element, pose: Pose): void {
  const values = lines(pose);
  drawing.querySelectorAll('polyline').forEach((line, i) => line.setAttribute('points', values[i]));
}

export interface FigureLabels {
  pauseFigure: string;
  playFigure: string;
}

/**
 * Moves one host's figure, and returns the function that renders it (the host
 * calls it from its own render). `prerendered`: the first render matches the
 * server's, which has no pause button; the button comes just after.
 */
export function figureMotion(host: ReactiveControllerHost & { renderRoot: ParentNode }, prerendered: boolean) {
  let figure: Figure | undefined;
  /** The figure now on the page, and its drawing. */
  let drawn: Figure | null | undefined;
  let drawing: Element | null = null;
  let ms = 0;
  let last = 0;
  let frame = 0;
  let visible = false;
  let paused = false;
  let live = !prerendered;
  let observer: IntersectionObserver | undefined;
  let media: MediaQueryList | undefined;

  /** More than one pose, in a browser, not under reduced motion or in print. */
  const moving = () => {
    if (isServer || !live || !figure || figure.poses.length < 2) return false;
    if (!media) {
      media = matchMedia('(prefers-reduced-motion: reduce), print');
      media.addEventListener('change', update);
    }
    return !media.matches;
  };
  const stop = () => {
    cancelAnimationFrame(frame);
    frame = last = 0;
  };
  const tick = (now: number) => {
    ms += now - (last || now);
    last = now;
    draw(drawing!, poseAt(drawn!, ms));
    frame = requestAnimationFrame(tick);
  };
  /** Runs the frames while the figure moves, is on screen and not paused; a figure that has gone still shows its key pose. */
  const sync = () => {
    if (!drawing || !drawn) return stop();
    const moves = moving();
    if (!moves && drawn.poses.length > 1) draw(drawing, drawn.poses[keyIndex(drawn)]);
    if (moves && visible && !paused) frame ||= requestAnimationFrame(tick);
    else stop();
  };
  const update = () => {
    host.requestUpdate();
    sync();
  };
  const toggle = () => {
    paused = !paused;
    update();
  };
  /** Watches whether a figure that can move is on screen: nothing is watched for one pose. */
  const watch = () => {
    observer?.disconnect();
    visible = false;
    stop();
    if (drawing && drawn && drawn.poses.length > 1) {
      observer ??= new IntersectionObserver((entries) => {
        visible = entries.at(-1)!.isIntersecting;
        sync();
      });
      observer.observe(drawing);
    }
  };

  host.addController({
    hostConnected: watch,
    hostDisconnected() {
      media?.removeEventListener('change', update);
      media = undefined;
      observer?.disconnect();
      visible = false;
      stop();
    },
    hostUpdated() {
      const found = host.renderRoot.querySelector('[part="figure"]');
      const now = found ? figure : null;
      if (found !== drawing || now !== drawn) {
        drawing = found;
        drawn = now;
        ms = 0;
        watch();
      }
      if (!live) {
        live = true;
        if (moving()) host.requestUpdate();
      }
      sync();
    },
  });

  return (shown: Figure, labels: FigureLabels): TemplateResult => {
    figure = shown;
    const [farArm, farLeg, trunk, head, nearLeg, nearArm] = lines(shown.poses[keyIndex(shown)]);
    // The box, the floor and the head's size (figure.styles.ts) are pose.ts's FIGURE_WIDTH, FIGURE_HEIGHT, FLOOR_Y
    // and LENGTHS.headRadius, written out: a binding each would cost bytes and work (the tests hold them to pose.ts).
    const line = (points: string, kind = 'near') => svg`<polyline class="figure__${kind}" points=${points}></polyline>`;
    return html`<div class="figure"><svg class="figure__drawing" part="figure" role="img" aria-label=${shown.alt} viewBox="0 0 160 120"><line class="figure__floor" x1="0" y1="112" x2="160" y2="112"></line>${shown.equipment?.map(equipment)}${line(farArm, 'far')}${line(farLeg, 'far')}${line(trunk)}${line(head, 'head')}${line(nearLeg)}${line(nearArm)}</svg>${
      moving()
        ? html`<button class="button button--secondary figure__toggle" type="button" @click=${toggle}><svg viewBox="0 0 4 4" aria-hidden="true"><path d=${paused ? 'M1 .5v3L3.6 2z' : 'M.8.5h.9v3H.8zm1.5 0h.9v3h-.9z'}></path></svg><span class="visually-hidden">${paused ? labels.playFigure : labels.pauseFigure}</span></button>`
        : nothing
    }</div>`;
  };
}
