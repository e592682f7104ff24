// The preview's UI strings, English source text translated by the l10n bundles
// (l10n/bundle.l10n.*.json). `t` is vscode.l10n.t in the extension and a lookup in tests.
// Table labels and chart labels are the official Chinese wording and are not translated.

export type Translate = (message: string) => string;

export function previewStrings(t: Translate) {
  return {
    error: t('Errors'),
    warning: t('Warnings'),
    information: t('Information'),
    hint: t('Hints'),
    government: t('People’s government'),
    department: t('Government department'),
    unknown: t('Issuer not recognised'),
    year: t('Year {0}'),
    noTitle: t('Title not found'),
    published: t('Published {0}'),
    tableMissing: t('This table was not found in the report.'),
    missingColumns: t('Missing columns: {0}'),
    layout: t('Layout: {0}'),
    unreadable: t('Unreadable'),
    missing: t('Missing'),
    uncertain: t('Uncertain reading, not checked'),
    blank: t('Blank in the report, not checked'),
    source: t('Source text: {0}'),
    origin: t('In the original file: {0}'),
    printedLabel: t('Printed as: {0}'),
    rowMissing: t('Row not found in the report'),
    categoryValues: t('This category row carries numbers, which the format does not allow: {0}'),
    terms: t('{0} cells'),
    chartResults: t('Results of requests (total column)'),
    chartApplicants: t('New requests by type of applicant'),
    exportCsv: t('Export CSV'),
    exportXlsx: t('Export Excel'),
    copyMarkdown: t('Copy as Markdown'),
    problems: t('Problems'),
    noProblems: t('No problems found.'),
    line: t('Line {0}'),
    clickHint: t('Click a cell to select it in the editor.'),
    'layout.tab': t('tab-separated'),
    'layout.pipe': t('pipe-separated'),
    'layout.space': t('space-aligned'),
    'layout.cell-per-line': t('one cell per line'),
    'layout.markdown': t('markdown table'),
    'layout.mixed': t('mixed'),
  };
}

export type PreviewStrings = ReturnType<typeof previewStrings>;

/** Replaces `{0}`, `{1}` … as vscode.l10n.t does. */
export function format(template: string, ...args: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (m, i) => (Number(i) < args.length ? String(args[Number(i)]) : m));
}
