/**
 * The app marketplace taxonomy: the category groups and subcategories of `@openrouter/sdk`'s
 * `GetAppRankingsCategory` and `Subcategory` enums. The SDK does not say which subcategory belongs to which
 * group; this grouping is ours, for display and for the local Data API's consistency rule. The fetch asks for
 * subcategories without a `category`, since the API filters by `subcategory` alone.
 */
export const APP_TAXONOMY = {
  coding: ['cli-agent', 'ide-extension', 'cloud-agent', 'programming-app', 'native-app-builder'],
  creative: ['creative-writing', 'video-gen', 'image-gen', 'audio-gen'],
  entertainment: ['roleplay', 'game'],
  productivity: ['writing-assistant', 'general-chat', 'personal-agent', 'legal'],
} as const satisfies Record<string, readonly string[]>;

export type AppCategory = keyof typeof APP_TAXONOMY;
export type AppSubcategory = (typeof APP_TAXONOMY)[AppCategory][number];

/** Every category group, in display order. */
export const APP_CATEGORIES = Object.keys(APP_TAXONOMY) as AppCategory[];

/** Every subcategory, grouped in display order. */
export const APP_SUBCATEGORIES: readonly AppSubcategory[] = APP_CATEGORIES.flatMap((c) => APP_TAXONOMY[c]);

/** The group a subcategory is shown under: `categoryOf('cli-agent') === 'coding'`. */
export function categoryOf(subcategory: AppSubcategory): AppCategory {
  const found = APP_CATEGORIES.find((c) => (APP_TAXONOMY[c] as readonly string[]).includes(subcategory));
  if (!found) throw new Error(`taxonomy: subcategory ${subcategory} has no category`);
  return found;
}

/** Type guard: is `value` a known category group? */
export function isAppCategory(value: string): value is AppCategory {
  return Object.hasOwn(APP_TAXONOMY, value);
}

/** Type guard: is `value` a known subcategory? */
export function isAppSubcategory(value: string): value is AppSubcategory {
  return (APP_SUBCATEGORIES as readonly string[]).includes(value);
}
