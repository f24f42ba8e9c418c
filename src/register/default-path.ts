/** Where the Node register keeps its SQLite file unless TREDJELAND_DB says otherwise (under the working directory). */
export const defaultDbPath = '.tredjeland/register.db';
