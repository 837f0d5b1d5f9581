/**
 * Progressive enhancement of the Embed links and codes. An Embed link (`data-embed-dialog`) leads to the chart's
 * `/embed/<id>/code/` page; with JavaScript it opens that page's `#embed-code` section in a <dialog> instead
 * (fetched on first use, the same markup, so the dialog and the page never disagree). Copy buttons and the
 * live/frozen choice are hidden without JavaScript (every code shows, selectable) and shown here.
 */
const SECTION_ID = 'embed-code';
const VERSION_INPUT = 'input[name="embed-version"]';

/** Shows only the codes of the chosen version (live or frozen); codes without a version always show. */
function applyVersion(root: ParentNode): void {
  const checked = root.querySelector<HTMLInputElement>(`${VERSION_INPUT}:checked`);
  if (!checked) return;
  for (const el of root.querySelectorAll<HTMLElement>('[data-version]')) {
    el.hidden = el.dataset['version'] !== checked.value;
  }
}

/** Reveals the controls that need JavaScript inside `root`. */
function enhance(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-copy], [data-embed-versions]')) el.hidden = false;
  applyVersion(root);
}

/** Copies a code box's text, saying so next to the button; selects the text where the clipboard is refused. */
async function copy(button: HTMLButtonElement): Promise<void> {
  const box = document.getElementById(button.dataset['copy'] ?? '');
  const status = button.parentElement?.querySelector('[data-copy-status]');
  if (!(box instanceof HTMLTextAreaElement) || !status) return;
  try {
    await navigator.clipboard.writeText(box.value);
    status.textContent = 'Copied';
  } catch {
    box.select();
    status.textContent = 'Selected: press Ctrl+C (⌘C) to copy';
  }
  window.setTimeout(() => (status.textContent = ''), 3000);
}

let dialog: HTMLDialogElement | null = null;

/** The page's one Embed dialog, created on first use. */
function embedDialog(): HTMLDialogElement {
  if (dialog) return dialog;
  const created = document.createElement('dialog');
  created.setAttribute('aria-labelledby', `${SECTION_ID}-title`);
  created.className = [
    'm-auto max-h-[90vh] w-[min(44rem,calc(100vw-2rem))] overflow-y-auto rounded-lg border border-line',
    'bg-page p-4 text-ink shadow-xl backdrop:bg-black/50 sm:p-6',
  ].join(' ');
  const close = document.createElement('form');
  close.method = 'dialog';
  close.className = 'float-right';
  const button = document.createElement('button');
  button.className = 'rounded border border-line px-3 py-1 text-sm font-medium hover:bg-surface';
  button.textContent = 'Close';
  close.append(button);
  created.append(close, document.createElement('div'));
  // A click on the backdrop (the dialog box itself, outside its content) closes it.
  created.addEventListener('click', (event) => {
    if (event.target === created) created.close();
  });
  document.body.append(created);
  dialog = created;
  return created;
}

/** Fetches the codes page of an Embed link and shows its codes section in the dialog. */
async function openDialog(link: HTMLAnchorElement): Promise<void> {
  const response = await fetch(link.href);
  if (!response.ok) throw new Error(`embed codes: HTTP ${response.status} from ${link.href}`);
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const section = page.getElementById(SECTION_ID);
  if (!section) throw new Error(`embed codes: no #${SECTION_ID} in ${link.href}`);
  const target = embedDialog();
  target.lastElementChild?.replaceChildren(document.importNode(section, true));
  enhance(target);
  target.showModal();
}

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const link = target?.closest<HTMLAnchorElement>('a[data-embed-dialog]');
  const plainClick = event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
  if (link && plainClick && typeof HTMLDialogElement === 'function') {
    event.preventDefault();
    openDialog(link).catch(() => window.location.assign(link.href));
    return;
  }
  const button = target?.closest<HTMLButtonElement>('button[data-copy]');
  if (button) void copy(button);
});

document.addEventListener('change', (event) => {
  const input = event.target;
  if (input instanceof HTMLInputElement && input.matches(VERSION_INPUT)) {
    applyVersion(input.closest(`#${SECTION_ID}`) ?? document);
  }
});

enhance(document);
