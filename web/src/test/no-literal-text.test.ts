import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Catches words written straight into components: JSX text, and string literals in
 * the attributes a user reads or hears. Everything a user sees goes through react-intl.
 */
const USER_FACING_ATTRIBUTES = new Set(['label', 'title', 'placeholder', 'description', 'aria-label', 'alt', 'nothingFoundMessage', 'noRecordsText', 'error']);
/** Text that is not language: punctuation, arrows, separators. */
const NOT_WORDS = /^[\s\p{P}\p{S}\d]*$/u;

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return tsxFiles(full);
    return full.endsWith('.tsx') && !full.endsWith('.test.tsx') ? [full] : [];
  });
}

export function literalTexts(source: string, fileName = 'x.tsx'): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && !NOT_WORDS.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && USER_FACING_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      const init = node.initializer;
      const literal = ts.isStringLiteral(init) ? init : ts.isJsxExpression(init) && init.expression && ts.isStringLiteral(init.expression) ? init.expression : null;
      if (literal && !NOT_WORDS.test(literal.text)) found.push(`${node.name.getText()}="${literal.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('no untranslated text in components', () => {
  it('finds literal text when there is some (the check itself works)', () => {
    expect(literalTexts('const A = () => <Button title="Save">Save now</Button>;')).toEqual(['title="Save"', 'Save now']);
    expect(literalTexts('const A = () => <Text>{intl.formatMessage(m.x)} · {" "}</Text>;')).toEqual([]);
  });

  it('every screen and component says its words through react-intl', () => {
    const root = path.resolve(import.meta.dirname, '..');
    const offenders = tsxFiles(root).flatMap((file) => literalTexts(readFileSync(file, 'utf8'), file).map((text) => `${path.relative(root, file)}: ${text}`));
    expect(offenders).toEqual([]);
  });
});
