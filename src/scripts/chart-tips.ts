/**
 * Progressive enhancement for chart tooltips. Charts carry Plot's `title` channel as SVG <title> elements (bars,
 * dots, tiles, and the transparent per-period columns of the area charts), which browsers already show on mouse
 * hover with no JavaScript. This moves each into `data-tip` and shows it in one styled box that also follows touch
 * and pen, and makes each chart with tooltips one tab stop whose arrow keys (Home, End) step through the targets
 * of the rendering on screen, outlining the current one; Escape hides the box. The SVG is hidden from assistive
 * technology (the figure's text alternative and data table carry the data), so the box is too.
 */
const TARGET = '[data-tip]';
const ACTIVE = 'chart-tip-active';
const OFFSET = 14;

function moveTitlesToData(): void {
  for (const title of document.querySelectorAll('.chart-svg svg title')) {
    title.parentElement?.setAttribute('data-tip', title.textContent ?? '');
    title.remove();
  }
}

function createTip(): HTMLDivElement {
  const tip = document.createElement('div');
  tip.setAttribute('aria-hidden', 'true');
  tip.className = 'chart-tip';
  tip.hidden = true;
  document.body.append(tip);
  return tip;
}

function place(tip: HTMLDivElement, x: number, y: number): void {
  const { width, height } = tip.getBoundingClientRect();
  const left = x + OFFSET + width > window.innerWidth ? x - OFFSET - width : x + OFFSET;
  const top = y + OFFSET + height > window.innerHeight ? y - OFFSET - height : y + OFFSET;
  tip.style.left = `${Math.max(4, left)}px`;
  tip.style.top = `${Math.max(4, top)}px`;
}

/**
 * The keyboard's tooltip targets of a chart: marks in the rendering on screen (a chart pair hides one of its two),
 * not shortened labels, whose full text their mark's tooltip already gives.
 */
function targetsOf(chart: Element): Element[] {
  return [...chart.querySelectorAll(TARGET)].filter((el) => el.tagName !== 'text' && el.getClientRects().length > 0);
}

/** Where a keyboard-shown tooltip goes: beside the middle of its target's top. */
function besideOf(target: Element): [number, number] {
  const box = target.getBoundingClientRect();
  return [box.left + box.width / 2, box.top + Math.min(box.height, 24)];
}

function enhanceTooltips(): void {
  moveTitlesToData();
  if (!document.querySelector(`.chart-svg ${TARGET}`)) return;
  const tip = createTip();
  let active: Element | null = null;
  const focused = () =>
    active?.closest('.chart-svg')?.closest('[tabindex="0"]')?.contains(document.activeElement) ?? false;
  const hide = (): void => {
    tip.hidden = true;
    active?.classList.remove(ACTIVE);
    active = null;
  };
  const show = (target: Element, [x, y]: [number, number]): void => {
    active?.classList.remove(ACTIVE);
    active = target;
    target.classList.add(ACTIVE);
    tip.textContent = target.getAttribute('data-tip');
    tip.hidden = false;
    place(tip, x, y);
  };
  const onPointer = (event: PointerEvent): void => {
    const target = event.target instanceof Element ? event.target.closest(`.chart-svg ${TARGET}`) : null;
    if (target) show(target, [event.clientX, event.clientY]);
    else if (active && !focused()) hide();
  };
  document.addEventListener('pointermove', onPointer, { passive: true });
  document.addEventListener('pointerdown', onPointer, { passive: true });
  // Scrolling moves the target: a keyboard-shown tooltip follows it, a pointer's hides.
  const onScroll = (): void => {
    if (active && focused()) place(tip, ...besideOf(active));
    else hide();
  };
  document.addEventListener('scroll', onScroll, { passive: true });
  for (const chart of document.querySelectorAll('.chart-svg')) {
    // A scrolling chart's box is already its tab stop; a chart hidden from assistive technology gets none.
    const host = chart.closest('.overflow-x-auto') ?? chart;
    if (host.closest('[aria-hidden="true"]') || !chart.querySelector(TARGET)) continue;
    enhanceKeyboard(chart, host, (target) => show(target, besideOf(target)), hide);
  }
}

/** One tab stop per chart: arrows step through its targets and show each one's tooltip next to it. */
function enhanceKeyboard(chart: Element, focusable: Element, show: (target: Element) => void, hide: () => void): void {
  focusable.setAttribute('tabindex', '0');
  let index = 0;
  const showAt = (next: number): void => {
    const targets = targetsOf(chart);
    index = Math.min(Math.max(next, 0), targets.length - 1);
    const target = targets[index];
    if (target) show(target);
  };
  const steps: Record<string, (i: number, last: number) => number> = {
    ArrowRight: (i) => i + 1,
    ArrowDown: (i) => i + 1,
    ArrowLeft: (i) => i - 1,
    ArrowUp: (i) => i - 1,
    Home: () => 0,
    End: (_, last) => last,
  };
  // A tap focuses the chart too, but shows the tapped mark itself: only keyboard focus shows the current one.
  focusable.addEventListener('focus', () => focusable.matches(':focus-visible') && showAt(index));
  focusable.addEventListener('blur', hide);
  focusable.addEventListener('keydown', (event) => {
    if (!(event instanceof KeyboardEvent)) return;
    if (event.key === 'Escape') return hide();
    const step = steps[event.key];
    if (!step) return;
    event.preventDefault();
    showAt(step(index, targetsOf(chart).length - 1));
  });
}

enhanceTooltips();
