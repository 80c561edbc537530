/**
 * A syntax check of Excel formulas (English function names, A1 references, "," between arguments), so a plan
 * that would write a broken formula is refused before anything is written. It reads the formula once, left to
 * right, keeping a stack of open parentheses: no recursion, linear in the formula's length.
 */
import { portableFunctions } from "./formulaFunctions";

export type FormulaProblem =
  | { readonly kind: "syntax"; readonly at: number }
  | { readonly kind: "unknownFunction"; readonly name: string };

const errorLiterals = ["#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!"];
const numberPattern = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
// A sheet prefix ('My sheet'! or Sheet1!), then a cell/range/row/column reference or a name.
const sheetPrefix = /^(?:'(?:[^']|'')+'|[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*)!/;
const referencePattern =
  /^(?:\$?[A-Za-z]{1,3}\$?\d{1,7}(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?|\$?\d{1,7}:\$?\d{1,7}|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3})(?![\w(])/;
const namePattern = /^[A-Za-z_\\\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*/;
const binaryOperators = ["<>", "<=", ">=", "+", "-", "*", "/", "^", "&", "=", "<", ">"];

interface Scan {
  readonly text: string;
  at: number;
  expectOperand: boolean;
  /** One entry per open parenthesis: true for a function's argument list. */
  readonly stack: boolean[];
  /** The last token opened a function's list or was a "," in one: an empty argument may follow. */
  emptyArgumentAllowed: boolean;
}

/**
 * Null when `formula` (without its leading "=") is a well-formed Excel formula calling only portable functions;
 * otherwise where it breaks or which function is unknown.
 * @example checkFormula("SUM(B2:B9)*kaw_rate") //=> null
 * @example checkFormula("SUM(B2:B9") //=> { kind: "syntax", at: 9 }
 */
export function checkFormula(formula: string): FormulaProblem | null {
  const scan: Scan = { text: formula, at: 0, expectOperand: true, stack: [], emptyArgumentAllowed: false };
  while (scan.at < formula.length) {
    if (/\s/.test(formula.charAt(scan.at))) {
      scan.at += 1;
      continue;
    }
    const problem = scan.expectOperand ? operand(scan) : operator(scan);
    if (problem) return problem;
  }
  return scan.expectOperand || scan.stack.length > 0 ? { kind: "syntax", at: formula.length } : null;
}

/** Reads a formula as `checkFormula` does. */
export type FormulaCheck = (formula: string) => FormulaProblem | null;

/**
 * `checkFormula` that reads each distinct text once and answers again from memory: one validation run's checker
 * (generated sheets repeat the same formulas hundreds of times). Same answers as `checkFormula`.
 * @example const check = formulaChecker(); check("SUM(A1:A9)"); check("SUM(A1:A9)") //=> null, read once
 */
export function formulaChecker(): FormulaCheck {
  const seen = new Map<string, FormulaProblem | null>();
  return (formula) => {
    const known = seen.get(formula);
    if (known !== undefined) return known;
    const problem = checkFormula(formula);
    seen.set(formula, problem);
    return problem;
  };
}

function operand(scan: Scan): FormulaProblem | null {
  const rest = scan.text.slice(scan.at);
  const ch = rest.charAt(0);
  const allowEmpty = scan.emptyArgumentAllowed;
  scan.emptyArgumentAllowed = false;
  if (ch === "+" || ch === "-") return advance(scan, 1, true);
  if (ch === "(") {
    scan.stack.push(false);
    return advance(scan, 1, true);
  }
  if (allowEmpty && (ch === "," || ch === ")")) return operator(scan);
  if (ch === '"') return stringLiteral(scan);
  const error = errorLiterals.find((literal) => rest.toUpperCase().startsWith(literal));
  if (error) return advance(scan, error.length, false);
  const number = numberPattern.exec(rest);
  const rowRange = /^\$?\d{1,7}:/.test(rest);
  if (number && !rowRange && !/^[A-Za-z_(]/.test(rest.slice(number[0].length)))
    return advance(scan, number[0].length, false);
  return referenceOrName(scan, rest);
}

function referenceOrName(scan: Scan, rest: string): FormulaProblem | null {
  const prefix = sheetPrefix.exec(rest)?.[0] ?? "";
  const body = rest.slice(prefix.length);
  const reference = referencePattern.exec(body);
  if (reference) return advance(scan, prefix.length + reference[0].length, false);
  const name = namePattern.exec(body)?.[0];
  if (!name) return { kind: "syntax", at: scan.at };
  const after = scan.at + prefix.length + name.length;
  if (prefix === "" && scan.text.charAt(after) === "(") {
    const upper = name.toUpperCase().replace(/^_XLFN\./, "");
    if (!portableFunctions.has(upper)) return { kind: "unknownFunction", name };
    scan.stack.push(true);
    scan.at = after + 1;
    scan.emptyArgumentAllowed = true;
    return null;
  }
  return advance(scan, prefix.length + name.length, false);
}

function stringLiteral(scan: Scan): FormulaProblem | null {
  let i = scan.at + 1;
  for (;;) {
    const close = scan.text.indexOf('"', i);
    if (close < 0) return { kind: "syntax", at: scan.at };
    if (scan.text.charAt(close + 1) !== '"') return advance(scan, close + 1 - scan.at, false);
    i = close + 2;
  }
}

function operator(scan: Scan): FormulaProblem | null {
  const rest = scan.text.slice(scan.at);
  const ch = rest.charAt(0);
  if (ch === "%") return advance(scan, 1, false);
  if (ch === ")") {
    if (scan.stack.length === 0) return { kind: "syntax", at: scan.at };
    scan.stack.pop();
    return advance(scan, 1, false);
  }
  if (ch === ",") {
    if (scan.stack[scan.stack.length - 1] !== true) return { kind: "syntax", at: scan.at };
    advance(scan, 1, true);
    scan.emptyArgumentAllowed = true;
    return null;
  }
  const op = binaryOperators.find((candidate) => rest.startsWith(candidate));
  return op ? advance(scan, op.length, true) : { kind: "syntax", at: scan.at };
}

function advance(scan: Scan, length: number, expectOperand: boolean): null {
  scan.at += length;
  scan.expectOperand = expectOperand;
  return null;
}
