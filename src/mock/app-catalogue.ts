/**
 * The synthetic world's apps. Named rows are invented stand-ins in the style of the marketplace; the rest are
 * generated from word lists. A few names are hostile on purpose (markup, quotes, 200 characters, right-to-left
 * script, emoji) so the site's escaping and layout are tested by the demo data itself.
 * Row: name, subcategories (1-2, space-separated), launch date, relative weight, trend.
 */
import {
  APP_CATEGORIES,
  APP_TAXONOMY,
  type AppCategory,
  type AppSubcategory,
  isAppSubcategory,
} from '../lib/api/taxonomy.ts';
import { between, rngOf } from './prng.ts';

/** How an app's volume moves: steady growth, a late rise, a fade after an early peak, or a viral spike. */
export type AppTrend = 'steady' | 'rise' | 'fade' | 'spike';

export interface AppRow {
  readonly name: string;
  readonly subcategories: readonly AppSubcategory[];
  readonly launch: string;
  readonly weight: number;
  readonly trend: AppTrend;
}

type NamedRow = readonly [name: string, subcategories: string, launch: string, weight: number, trend: AppTrend];

const NAMED: readonly NamedRow[] = [
  ['Cline', 'ide-extension', '2024-07-10', 100, 'steady'],
  ['Roo Code', 'ide-extension', '2024-12-01', 70, 'steady'],
  ['Kilo Code', 'ide-extension cli-agent', '2025-03-20', 80, 'rise'],
  ['Continue', 'ide-extension', '2023-09-01', 20, 'fade'],
  ['Aider', 'cli-agent', '2023-08-01', 25, 'steady'],
  ['OpenHands', 'cloud-agent', '2024-09-15', 18, 'steady'],
  ['Goose', 'cli-agent personal-agent', '2025-01-28', 15, 'steady'],
  ['opencode', 'cli-agent', '2025-06-19', 45, 'rise'],
  ['Crush', 'cli-agent', '2025-07-30', 20, 'rise'],
  ['Codebuff', 'cli-agent', '2024-11-12', 10, 'fade'],
  ['Plandex', 'cli-agent', '2024-04-01', 6, 'fade'],
  ['Zed', 'programming-app', '2024-08-20', 20, 'steady'],
  ['Void', 'programming-app', '2025-01-15', 6, 'fade'],
  ['PearAI', 'programming-app', '2024-09-30', 5, 'fade'],
  ['Factory Droid', 'cloud-agent cli-agent', '2025-09-25', 35, 'rise'],
  ['SWE Runner', 'cloud-agent', '2025-02-10', 8, 'steady'],
  ['Blackbox Coder', 'ide-extension', '2024-06-01', 12, 'steady'],
  ['Dyad', 'native-app-builder', '2025-04-24', 12, 'rise'],
  ['Bolt Builder', 'native-app-builder', '2024-10-03', 18, 'fade'],
  ['AppForge Studio', 'native-app-builder', '2025-08-14', 10, 'spike'],
  ['Shipyard', 'native-app-builder cloud-agent', '2026-02-02', 12, 'rise'],
  ['NovelCrafter', 'creative-writing', '2023-11-01', 16, 'steady'],
  ['Sudowrite Lab', 'creative-writing', '2024-01-15', 10, 'steady'],
  ['Story Forge', 'creative-writing', '2024-09-01', 6, 'steady'],
  ['Plotline', 'creative-writing writing-assistant', '2025-05-05', 5, 'spike'],
  ['ComfyUI Bridge', 'image-gen', '2024-05-20', 8, 'steady'],
  ['Pixelwright', 'image-gen', '2025-03-01', 5, 'rise'],
  ['Reel Weaver', 'video-gen', '2025-06-10', 6, 'rise'],
  ['Clipsmith', 'video-gen', '2025-02-14', 4, 'steady'],
  ['Tonearm', 'audio-gen', '2025-04-01', 4, 'steady'],
  ['Podcast Pal', 'audio-gen writing-assistant', '2024-11-20', 3, 'fade'],
  ['SillyTavern', 'roleplay', '2023-05-01', 90, 'steady'],
  ['Janitor AI', 'roleplay', '2023-06-01', 95, 'fade'],
  ['Chub AI', 'roleplay', '2023-07-01', 40, 'steady'],
  ['Agnai', 'roleplay', '2023-06-15', 12, 'fade'],
  ['RisuAI', 'roleplay', '2023-10-01', 18, 'steady'],
  ['Xoul AI', 'roleplay', '2024-08-01', 14, 'spike'],
  ['Kindred Souls', 'roleplay', '2025-01-10', 10, 'rise'],
  ['AI Dungeon Classic', 'game roleplay', '2023-05-15', 14, 'steady'],
  ['Infinite Worlds', 'game', '2024-10-10', 8, 'rise'],
  ['Dungeon Scribe', 'game', '2025-03-15', 5, 'spike'],
  ['Open WebUI', 'general-chat', '2023-10-15', 45, 'steady'],
  ['LibreChat', 'general-chat', '2023-08-15', 20, 'steady'],
  ['LobeChat', 'general-chat', '2023-11-15', 18, 'steady'],
  ['TypingMind', 'general-chat', '2023-06-01', 14, 'fade'],
  ['Chatbox', 'general-chat', '2023-09-10', 16, 'steady'],
  ['Msty', 'general-chat', '2024-05-01', 8, 'steady'],
  ['Jan', 'general-chat', '2024-01-20', 7, 'steady'],
  ['AnythingLLM', 'general-chat personal-agent', '2024-03-01', 9, 'steady'],
  ['BoltAI', 'general-chat', '2024-02-01', 6, 'steady'],
  ['Page Assist', 'general-chat', '2024-04-15', 5, 'steady'],
  ['HARPA AI', 'personal-agent', '2023-12-01', 10, 'steady'],
  ['Lindy', 'personal-agent', '2024-06-10', 9, 'rise'],
  ['n8n Agents', 'personal-agent', '2024-09-01', 22, 'rise'],
  ['Khoj', 'personal-agent', '2024-02-15', 5, 'steady'],
  ['Open Interpreter', 'personal-agent cli-agent', '2023-09-05', 8, 'fade'],
  ['Obsidian Copilot', 'writing-assistant', '2024-01-05', 9, 'steady'],
  ['Immersive Translate', 'writing-assistant', '2023-07-01', 25, 'steady'],
  ['Mailcraft', 'writing-assistant', '2024-10-20', 5, 'steady'],
  ['Briefly', 'writing-assistant', '2025-04-12', 4, 'spike'],
  ['LexiBrief', 'legal', '2024-09-09', 4, 'steady'],
  ['CaseNote AI', 'legal', '2025-01-22', 3, 'rise'],
  ['Clause Check', 'legal', '2024-12-02', 3, 'steady'],
  ['Docket Assistant', 'legal writing-assistant', '2025-06-18', 2, 'spike'],
];

/** Exactly 200 characters: the site must wrap or truncate it without breaking a table. */
const LONG_NAME = 'Endless Storyteller Deluxe Edition '.repeat(6).slice(0, 200);

/** Names built to break naive HTML, SVG or CSV handling. */
const HOSTILE: readonly NamedRow[] = [
  ['<script>alert("x")</script> Bot', 'general-chat', '2024-06-01', 12, 'steady'],
  [`Quote "App" & 'Co'`, 'writing-assistant', '2024-08-01', 8, 'rise'],
  [LONG_NAME, 'game creative-writing', '2024-10-01', 7, 'steady'],
  ['مساعد الكتابة', 'writing-assistant', '2024-12-01', 6, 'rise'],
  ['🦄 Unicorn Chat ✨', 'roleplay', '2025-02-01', 9, 'spike'],
];

const FIRST_WORDS: Record<AppCategory, readonly string[]> = {
  coding: ['Code', 'Dev', 'Stack', 'Byte', 'Commit', 'Patch', 'Lint', 'Merge', 'Shell', 'Diff', 'Branch', 'Kernel'],
  creative: ['Muse', 'Story', 'Quill', 'Canvas', 'Pixel', 'Dream', 'Verse', 'Plot', 'Ink', 'Frame', 'Echo', 'Prism'],
  entertainment: ['Tavern', 'Dungeon', 'Persona', 'Hearth', 'Realm', 'Lore', 'Moon', 'Velvet', 'Rogue', 'Fable'],
  productivity: ['Brief', 'Task', 'Inbox', 'Note', 'Focus', 'Desk', 'Memo', 'Clerk', 'Atlas', 'Docs', 'Ledger'],
};
const SECOND_WORDS: Record<AppCategory, readonly string[]> = {
  coding: ['Pilot', 'Mate', 'Smith', 'Flow', 'Bot', 'Agent', 'Buddy', 'Lab', 'Kit', 'Hub', 'Runner', 'Crafter'],
  creative: ['Weaver', 'Studio', 'Forge', 'Craft', 'Loom', 'Works', 'Lab', 'Press', 'Canvas', 'Booth'],
  entertainment: ['Tales', 'Chat', 'Quest', 'Souls', 'Friends', 'Worlds', 'Party', 'Stories', 'Legends', 'Nights'],
  productivity: ['Assist', 'Mate', 'Pal', 'Flow', 'Genie', 'Copilot', 'Helper', 'Desk', 'Scribe', 'Butler'],
};

/** Total number of apps in the world. */
const APP_COUNT = 300;

const TRENDS: readonly AppTrend[] = ['steady', 'steady', 'steady', 'rise', 'fade', 'spike'];

function pick<T>(rng: () => number, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('app-catalogue: pick from an empty list');
  return item;
}

function toRow([name, subcategories, launch, weight, trend]: NamedRow): AppRow {
  const tags = subcategories.split(' ');
  if (!tags.every(isAppSubcategory))
    throw new Error(`app-catalogue: ${name} has an unknown subcategory in "${subcategories}"`);
  return { name, subcategories: tags, launch, weight, trend };
}

/** Generated apps, filling the world up to {@link APP_COUNT}; names unique, weights heavy-tailed. */
function generatedRows(count: number, taken: Set<string>): AppRow[] {
  const rng = rngOf('apps');
  const rows: AppRow[] = [];
  while (rows.length < count) {
    const category = pick(rng, APP_CATEGORIES);
    const subcategory = pick(rng, APP_TAXONOMY[category]);
    const suffix = rng() < 0.25 ? ' AI' : '';
    const name = `${pick(rng, FIRST_WORDS[category])}${pick(rng, SECOND_WORDS[category])}${suffix}`;
    const second = rng() < 0.3 ? pick(rng, APP_TAXONOMY[pick(rng, APP_CATEGORIES)]) : subcategory;
    if (taken.has(name)) continue;
    taken.add(name);
    const launchDay = Math.floor(between(rng, -550, 640));
    const launch = new Date(Date.UTC(2025, 0, 1 + launchDay)).toISOString().slice(0, 10);
    const weight = Math.min(30, 0.4 / Math.pow(1 - rng() * 0.97, 1.1));
    const subcategories = second === subcategory ? [subcategory] : [subcategory, second];
    rows.push({ name, subcategories, launch, weight, trend: pick(rng, TRENDS) });
  }
  return rows;
}

/** Every app row: named ones, hostile ones, then generated ones. */
export function appRows(): AppRow[] {
  const fixed = [...NAMED, ...HOSTILE].map(toRow);
  return [...fixed, ...generatedRows(APP_COUNT - fixed.length, new Set(fixed.map((row) => row.name)))];
}
