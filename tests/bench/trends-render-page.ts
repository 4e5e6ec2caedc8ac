/**
 * What the trends-render bench runs inside the page. Times are the page's
 * `performance.now()`; "drawn" is stamped at the animation frame after the
 * one whose DOM first held a chart's final bars, so the layout and paint of
 * that frame are counted, for the console and the plain baseline alike.
 */

/** A chart's bars as the console draws them: a `<path>` per series, one rectangle (`M…z`) per bar in it. */
export const barSelector = '.bar-chart__bar';

export interface ChartDraw {
  id: string;
  /** On screen when the change began (scrolled to the top of the view). */
  aboveFold: boolean;
  /** When its bars last changed (null: unchanged, e.g. a people chart when only the buckets change). */
  drawnAt: number | null;
  bars: number;
}

export interface RenderPhase {
  /** When the page sent the `trends.get` this change asked. */
  askedAt: number;
  /** When its answer arrived (handed to the page's socket listener, before the app parses it). */
  answerAt: number;
  charts: ChartDraw[];
}

/**
 * Installed before the page's scripts: stamps every `trends.get` answer as
 * the socket hands it over (before the app parses it), and, armed before a
 * change, notes frame by frame which charts the page changed, until the view
 * is quiet: a chart is drawn at the frame after the last one that changed it.
 */
export const watchTrendsRender = `(() => {
  const barSelector = ${JSON.stringify(barSelector)};
  const answers = [];
  const sent = [];
  const asked = new Set();
  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (data) {
    if (typeof data === 'string' && data.includes('"method":"trends.get"')) {
      const id = /"id":(\\d+)/.exec(data);
      if (id) {
        asked.add(id[1]);
        sent.push(performance.now());
      }
    }
    return send.call(this, data);
  };
  const addEventListener = WebSocket.prototype.addEventListener;
  WebSocket.prototype.addEventListener = function (type, listener, options) {
    if (type !== 'message') return addEventListener.call(this, type, listener, options);
    return addEventListener.call(this, type, function (event) {
      if (typeof event.data === 'string') {
        const id = /^\\{"id":(\\d+)/.exec(event.data);
        if (id && asked.delete(id[1])) answers.push(performance.now());
      }
      return listener.call(this, event);
    }, options);
  };

  const figures = () => [...document.querySelectorAll('figure[data-testid^="trend-chart-"]')];
  const barsIn = (figure) => [...figure.querySelectorAll(barSelector)].reduce((sum, path) => sum + (path.getAttribute('d') || '').split('M').length - 1, 0);
  const chartOf = (node) => (node.nodeType === 1 ? node : node.parentElement)?.closest('figure[data-testid^="trend-chart-"]');
  let armed = null;
  window.__trendsRender = {
    arm() {
      for (let element = figures()[0]; element; element = element.parentElement) element.scrollTop = 0;
      window.scrollTo(0, 0);
      const charts = figures().map((figure) => {
        const box = figure.getBoundingClientRect();
        return { id: figure.dataset.testid.slice('trend-chart-'.length), aboveFold: box.top < innerHeight && box.bottom > 0, changedAt: null, stampNext: false };
      });
      const state = { answers: answers.length, sent: sent.length, lastMutation: performance.now(), touched: new Set(), charts, observer: null };
      // Which charts the page changed, from the mutation records alone: nothing is read back from the bars while they are drawn.
      state.observer = new MutationObserver((records) => {
        state.lastMutation = performance.now();
        for (const record of records) {
          const figure = chartOf(record.target);
          if (figure) state.touched.add(figure.dataset.testid.slice('trend-chart-'.length));
        }
      });
      state.observer.observe(document.querySelector('[data-testid="trends"]'), { subtree: true, childList: true, attributes: true, characterData: true });
      const frame = () => {
        if (armed !== state) return;
        for (const chart of state.charts) {
          if (chart.stampNext) {
            chart.changedAt = performance.now();
            chart.stampNext = false;
          }
          if (state.touched.has(chart.id)) chart.stampNext = true;
        }
        state.touched.clear();
        requestAnimationFrame(frame);
      };
      armed = state;
      requestAnimationFrame(frame);
    },
    /** Resolves once the answer came and nothing in the page changed for quietMs (after the last stamp). */
    settle(quietMs, timeoutMs) {
      const state = armed;
      const started = performance.now();
      return new Promise((resolve, reject) => {
        const check = () => {
          const now = performance.now();
          const answered = answers.length > state.answers;
          const stamping = state.charts.some((chart) => chart.stampNext) || state.touched.size > 0;
          if (answered && !stamping && now - state.lastMutation > quietMs && now - answers[answers.length - 1] > quietMs) {
            armed = null;
            state.observer.disconnect();
            resolve({
              askedAt: sent[state.sent],
              answerAt: answers[state.answers],
              charts: state.charts.map((chart) => ({
                id: chart.id,
                aboveFold: chart.aboveFold,
                drawnAt: chart.changedAt,
                bars: barsIn(document.querySelector('[data-testid="trend-chart-' + chart.id + '"]')),
              })),
            });
          } else if (now - started > timeoutMs) {
            armed = null;
            state.observer.disconnect();
            reject(new Error('the trends view did not settle within ' + timeoutMs + ' ms (answered: ' + answered + ')'));
          } else setTimeout(check, 50);
        };
        check();
      });
    },
  };
})();`;

/**
 * The floor: the same browser drawing the same number of bars as plain SVG
 * rectangles, one 210 px high SVG per chart, from data in hand; stamped as the
 * console is (the frame after the one that holds them). Runs in a blank page.
 */
export function drawPlainBars(barsPerChart: number[]): Promise<number> {
  const started = performance.now();
  const namespace = 'http://www.w3.org/2000/svg';
  for (const count of barsPerChart) {
    const svg = document.createElementNS(namespace, 'svg');
    svg.setAttribute('width', '600');
    svg.setAttribute('height', '210');
    const width = 560 / Math.max(1, count);
    for (let index = 0; index < count; index++) {
      const height = 20 + ((index * 37) % 180);
      const rect = document.createElementNS(namespace, 'rect');
      rect.setAttribute('x', String(20 + index * width));
      rect.setAttribute('y', String(210 - height));
      rect.setAttribute('width', String(width));
      rect.setAttribute('height', String(height));
      rect.setAttribute('fill', `hsl(${(index * 47) % 360} 60% 50%)`);
      svg.append(rect);
    }
    document.body.append(svg);
  }
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - started))));
}
