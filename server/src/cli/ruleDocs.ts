// What is generated from the rule registry (core/registry.ts) into files people edit by hand:
// the README's rule tables (between `<!-- rules:GROUP -->` markers) and the `xxgk.rules` setting's
// JSON schema in package.json. `npm run docs:rules` writes both (scripts/rules.js); a unit test
// fails when either disagrees with the registry.

import type { CodeGroup } from '../core/codes';
import { codeInfo, codesIn, type RuleCode } from '../core/registry';

const LEVELS = ['error', 'warning', 'information', 'hint', 'off'];

/** Severity as the README shows it: the default first, then the others a rule may give. */
function severityText(code: RuleCode): string {
  const info = codeInfo(code);
  return [info.severity, ...(info.also ?? [])].join(' / ');
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** The markdown table of one group of codes. */
function ruleTable(group: CodeGroup): string {
  const rows = codesIn(group).map(code => {
    const info = codeInfo(code);
    return `| <a id="rule-${code}"></a>\`${code}\` | ${severityText(code)} | ${info.fixable ? 'yes' : ''} | ${cell(info.zh)} | ${cell(info.en)} | ${cell(info.example ?? '')} | ${info.spec ?? ''} |`;
  });
  return ['| code | severity | fix | 说明 | what | example | spec |', '|---|---|---|---|---|---|---|', ...rows].join('\n');
}

/** `readme` with the text between each pair of group markers replaced by that group's table. */
export function withRuleTables(readme: string): string {
  return readme.replace(/(<!-- rules:([a-z]+) -->\n)[\s\S]*?(\n<!-- \/rules:\2 -->)/g,
    (_all, start: string, group: string, end: string) => start + ruleTable(group as CodeGroup) + end);
}

/** The `xxgk.rules` setting: one property per code (for completion), any level for each. */
export function rulesSettingSchema(): object {
  const properties: Record<string, object> = {};
  for (const group of ['arithmetic', 'tables', 'structure', 'narrative', 'notices'] as CodeGroup[]) {
    for (const code of codesIn(group)) {
      const info = codeInfo(code);
      properties[code] = { type: 'string', enum: LEVELS, markdownDescription: `${info.zh} — ${info.en} (default: \`${info.severity}\`)` };
    }
  }
  return {
    type: 'object',
    scope: 'resource',
    default: {},
    properties,
    additionalProperties: { type: 'string', enum: LEVELS },
    markdownDescription: '%config.rules%',
  };
}
