/**
 * Progressive enhancement for chart tooltips. Charts carry Plot's `title` channel as SVG <title> elements, which
 * browsers already show on mouse hover with no JavaScript; this moves each into `data-tip` and shows it in one
 * styled box that also follows touch and pen. The SVG is hidden from assistive technology (the figure's text
 * alternative and data table carry the data), so the box is too.
 */
const TIP_SELECTOR = '.chart-svg [data-tip]';
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
  tip.className =
    'pointer-events-none fixed z-50 hidden max-w-72 rounded border border-line bg-page px-2 py-1 text-sm whitespace-pre-line text-ink shadow-lg';
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

function enhanceTooltips(): void {
  moveTitlesToData();
  if (!document.querySelector(TIP_SELECTOR)) return;
  const tip = createTip();
  const onPointer = (event: PointerEvent): void => {
    const target = event.target instanceof Element ? event.target.closest(TIP_SELECTOR) : null;
    const text = target?.getAttribute('data-tip');
    if (!text) {
      tip.classList.add('hidden');
      return;
    }
    tip.textContent = text;
    tip.classList.remove('hidden');
    place(tip, event.clientX, event.clientY);
  };
  document.addEventListener('pointermove', onPointer, { passive: true });
  document.addEventListener('pointerdown', onPointer, { passive: true });
  document.addEventListener('scroll', () => tip.classList.add('hidden'), { passive: true });
}

enhanceTooltips();
