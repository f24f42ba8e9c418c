export const openApiSwedish: Record<string, string> = {};
