export declare const inlineTextEsbuild: { name: string; setup(build: unknown): void };
export declare function inlineTextVite(): { name: string; enforce: "pre"; resolveId(source: string, importer?: string): string | null; load(id: string): string | null };
