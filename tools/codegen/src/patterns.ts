/**
 * What the validators do with a schema's `pattern`: compile it as written when a backtracking
 * engine runs it in linear time; enforce it with a linear-time engine (RE2, as re2js) when it could
 * backtrack; normalise a pattern written for the non-Unicode grammar; drop, with a warning, what is
 * not an ECMAScript pattern at all (Ruby's `\A…\z`). `strict` (this repository's own spec) turns
 * every one of those findings into an error, so a slow or foreign pattern cannot slip in. Pure.
 */
import { RE2JS } from 're2js';
import { backtracking } from './redos.js';
import { compiles, normaliseForUnicode, patternPieces, usesForeignAnchors } from './regex.js';

/** The keyword of a pattern enforced by the linear-time engine: its value is the pattern as ECMAScript reads it (Ajv keyword added in ajv-schemas.ts, which compiles it with toRe2). */
export const LINEAR_PATTERN = 'linearPattern';

export interface PatternPlan {
  /** The keywords to put in the JSON Schema: `pattern`, or the linear-time keyword, or none (dropped). */
  readonly rule: Record<string, unknown>;
  readonly warning?: string;
  readonly error?: string;
}

/** ECMAScript's `\s`, spelled out for RE2 (whose `\s` is ASCII only). */
const WS = '\\t\\n\\v\\f\\r \\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}';

/**
 * The same language in RE2's syntax, or undefined when RE2 cannot say it (lookarounds,
 * backreferences, Unicode property names RE2 does not know).
 */
export function toRe2(pattern: string): string | undefined {
  if (!RE2_OF.has(pattern)) RE2_OF.set(pattern, translate(pattern));
  return RE2_OF.get(pattern);
}
const RE2_OF = new Map<string, string | undefined>();

function translate(pattern: string): string | undefined {
  let out = '';
  let skip = 0;
  for (const { text, at, inClass, negated } of patternPieces(pattern)) {
    if (at < skip) continue;
    const e = text[1] ?? '';
    if (text[0] === '\\') {
      const unicode = /^\\u\{([0-9a-fA-F]+)\}$|^\\u([0-9a-fA-F]{4})$/.exec(text);
      const property = /^\\([pP])\{(?:(?:Script|sc|General_Category|gc)=)?([A-Za-z_]+)\}$/.exec(text);
      if (unicode) out += `\\x{${unicode[1] ?? unicode[2]}}`;
      else if (property) out += `\\${property[1]}{${property[2]}}`;
      else if (e === 's') out += inClass ? WS : `[${WS}]`;
      else if (e === 'S') {
        if (inClass && negated) return undefined; // RE2's \S is wider: [^\S] would refuse what ECMAScript allows
        out += inClass ? '\\S' : `[^${WS}]`;
      } else if (e === 'b' && inClass) out += '\\x{8}';
      else if (e === '0') out += '\\x{0}';
      else if (e === 'c') out += `\\x{${((text.charCodeAt(2) || 0) % 32).toString(16)}}`;
      else if (/[1-9k]/.test(e))
        return undefined; // backreference
      else out += text;
    } else if (inClass) out += text;
    else if (text === '.') out += '[^\\n\\r\\x{2028}\\x{2029}]';
    else if (text === '(' && /^\(\?<?[=!]/.test(pattern.slice(at)))
      return undefined; // lookaround
    else if (text === '(' && pattern.startsWith('(?<', at)) {
      out += '(?P<';
      skip = at + 3;
    } else out += text;
  }
  try {
    RE2JS.compile(out);
    return out;
  } catch {
    return undefined;
  }
}

const VERDICTS = new Map<string, PatternPlan>();

/** The plan for one `pattern` value (memoised: specs repeat their patterns). */
export function planPattern(value: string, strict: boolean): PatternPlan {
  const key = `${strict ? 1 : 0}${value}`;
  let plan = VERDICTS.get(key);
  if (!plan) {
    plan = decide(value, strict);
    VERDICTS.set(key, plan);
  }
  return plan;
}

function decide(value: string, strict: boolean): PatternPlan {
  const shown = JSON.stringify(value);
  const finding = (message: string, rule: Record<string, unknown> = {}): PatternPlan =>
    strict ? { rule: {}, error: message } : { rule, warning: message };
  let source = value;
  let normalised: string | undefined;
  if (!compiles(value, 'u')) {
    if (usesForeignAnchors(value))
      return finding(
        `pattern ${shown} is not an ECMAScript regular expression (\\A and \\z are Ruby's anchors; ECMAScript reads them as the letters A and z), so it is not checked. Did you mean ^ and $?`,
      );
    normalised = normaliseForUnicode(value);
    if (normalised === undefined) {
      let reason = 'it does not compile';
      try {
        new RegExp(value, 'u');
      } catch (error) {
        reason = (error as Error).message;
      }
      return finding(`pattern ${shown} is not a valid regular expression (${reason}), so it is not checked`);
    }
    source = normalised;
  }
  const verdict = backtracking(source);
  const rewritten =
    normalised === undefined
      ? ''
      : ` It is read as ${JSON.stringify(normalised)}: its needless escapes or plain braces are invalid in the Unicode mode validators use.`;
  if (verdict.verdict === 'linear')
    return normalised === undefined
      ? { rule: { pattern: source } }
      : finding(`pattern ${shown} is rewritten for Unicode mode.${rewritten}`, { pattern: source });
  const slow = `pattern ${shown} can take ${verdict.verdict === 'unknown' ? 'more than linear' : verdict.verdict} time in a backtracking engine: ${verdict.reason}`;
  if (strict) return { rule: {}, error: `${slow}. Rewrite it so that no two repetitions can take the same text` };
  if (toRe2(source) === undefined)
    return { rule: {}, warning: `${slow}; the linear-time engine (RE2) cannot express it, so it is not checked.${rewritten}` };
  return {
    rule: { [LINEAR_PATTERN]: source },
    warning: `${slow}; it is checked with a linear-time engine (RE2) instead.${rewritten}`,
  };
}
