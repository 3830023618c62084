/** Data validations and conditional formats: the emulator's model <-> exceljs, both ways. */
import type { ConditionalFormattingRule, DataValidation, Fill, Font, Style } from "exceljs";
import type {
  ConditionalFormatRuleData,
  DataValidationData,
  MergeData,
} from "../../emulator/spreadsheet/model";
import { fromExcelRef, hexOf, quote, toArgb, toExcelRef, unquote } from "./mapping";

// ---------------------------------------------------------------------------------------------------
// Data validations. A list is the quoted "a,b,c" (values cannot contain commas); a range is an
// absolute reference; a checkbox is the list TRUE,FALSE (cells hold booleans), or of its custom
// checked/unchecked values (which read back as a plain list). strict = errorStyle "stop"; not strict =
// "warning". "other" validations and the drop-down arrow setting are not written (exceljs has no
// showDropDown), nor are lists longer than Excel's 255 characters (Excel would call the file corrupt).
// Other xlsx validations read as kind "other" with the matching DataValidationCriteria name, if any.

const CHECKBOX_LIST = '"TRUE,FALSE"';
const NUMBER_CRITERIA: Record<string, string> = {
  between: "NUMBER_BETWEEN",
  notBetween: "NUMBER_NOT_BETWEEN",
  equal: "NUMBER_EQUAL_TO",
  notEqual: "NUMBER_NOT_EQUAL_TO",
  greaterThan: "NUMBER_GREATER_THAN",
  lessThan: "NUMBER_LESS_THAN",
  greaterThanOrEqual: "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  lessThanOrEqual: "NUMBER_LESS_THAN_OR_EQUAL_TO",
};
/** xlsx validation type -> operator -> DataValidationCriteria. */
const OTHER_CRITERIA: Record<string, Record<string, string>> = {
  whole: NUMBER_CRITERIA,
  decimal: NUMBER_CRITERIA,
  date: {
    between: "DATE_BETWEEN",
    notBetween: "DATE_NOT_BETWEEN",
    equal: "DATE_EQUAL_TO",
    greaterThan: "DATE_AFTER",
    lessThan: "DATE_BEFORE",
    greaterThanOrEqual: "DATE_ON_OR_AFTER",
    lessThanOrEqual: "DATE_ON_OR_BEFORE",
  },
  custom: { between: "CUSTOM_FORMULA" },
};

function checkboxList(dv: DataValidationData): string {
  if (dv.checkedValue === undefined) return CHECKBOX_LIST;
  return quote([dv.checkedValue, dv.uncheckedValue].filter((v) => v !== undefined).join(","));
}

export function toExcelValidation(dv: DataValidationData): DataValidation | null {
  const formula =
    dv.kind === "list"
      ? quote((dv.values ?? []).join(","))
      : dv.kind === "range" && dv.range
        ? toExcelRef(dv.range)
        : dv.kind === "checkbox"
          ? checkboxList(dv)
          : null;
  if (formula === null || (dv.kind === "list" && formula.length > 257)) return null;
  return {
    type: "list",
    formulae: [formula],
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: dv.strict ? "stop" : "warning",
    ...(dv.helpText ? { showInputMessage: true, prompt: dv.helpText } : {}),
  };
}

export function fromExcelValidation(x: DataValidation): DataValidationData {
  const dv: DataValidationData = {
    kind: "other",
    strict: x.showErrorMessage === true && (x.errorStyle ?? "stop") === "stop",
  };
  if (x.prompt) dv.helpText = x.prompt;
  const formula = String(x.formulae?.[0] ?? "");
  if (x.type !== "list") {
    const criteria = OTHER_CRITERIA[x.type]?.[x.operator ?? "between"]; // custom: no operator
    if (criteria) dv.criteria = criteria;
    return dv;
  }
  if (!formula) return dv;
  const list = unquote(formula);
  if (formula === CHECKBOX_LIST) dv.kind = "checkbox";
  else if (list !== null) Object.assign(dv, { kind: "list", values: list.split(",") });
  else Object.assign(dv, { kind: "range", range: fromExcelRef(formula) });
  return dv;
}

// ---------------------------------------------------------------------------------------------------
// Conditional formats. TEXT_EQUAL_TO is Excel's "cell value equal to" rule; TEXT_CONTAINS is written
// as the expression Excel's containsText rule evaluates, because exceljs 4.4 writes containsText rules
// without their text/operator attributes (reported not to apply in Excel, exceljs#1318). Reading
// accepts both forms; other rule types are not read.

const CONTAINS_FORMULA = /^NOT\(ISERROR\(SEARCH\(("(?:[^"]|"")*"),\s*\$?[A-Z]+\$?\d+\)\)\)$/i;

export function toExcelRule(
  rule: ConditionalFormatRuleData,
  topLeft: string,
  priority: number,
): ConditionalFormattingRule | null {
  const text = quote(rule.condition.values[0] ?? "");
  const { background, fontColor, bold } = rule.format;
  const font: Partial<Font> = {
    ...(bold ? { bold: true } : {}),
    ...(fontColor ? { color: { argb: toArgb(fontColor) } } : {}),
  };
  const style: Partial<Style> = {
    ...(background
      ? { fill: { type: "pattern", pattern: "solid", bgColor: { argb: toArgb(background) } } }
      : {}),
    ...(Object.keys(font).length ? { font } : {}),
  };
  switch (rule.condition.type) {
    case "TEXT_EQUAL_TO":
      return { type: "cellIs", operator: "equal", formulae: [text], style, priority };
    case "TEXT_CONTAINS":
      return { type: "expression", formulae: [`NOT(ISERROR(SEARCH(${text},${topLeft})))`], style, priority };
    default:
      return null;
  }
}

export function fromExcelRule(
  rule: ConditionalFormattingRule,
  ranges: MergeData[],
): ConditionalFormatRuleData | null {
  const formula = "formulae" in rule ? String(rule.formulae?.[0] ?? "") : "";
  const text =
    rule.type === "cellIs" && rule.operator === "equal"
      ? ["TEXT_EQUAL_TO", unquote(formula)]
      : (rule.type === "containsText" || rule.type === "expression") && CONTAINS_FORMULA.test(formula)
        ? ["TEXT_CONTAINS", unquote(CONTAINS_FORMULA.exec(formula)![1]!)]
        : null;
  if (!text || text[1] === null) return null;
  const fill = rule.style?.fill as
    | (Fill & { bgColor?: { argb?: string }; fgColor?: { argb?: string } })
    | undefined;
  const format: ConditionalFormatRuleData["format"] = {};
  const background = hexOf(fill?.bgColor) ?? hexOf(fill?.fgColor);
  const fontColor = hexOf(rule.style?.font?.color);
  if (background) format.background = background;
  if (fontColor) format.fontColor = fontColor;
  if (rule.style?.font?.bold) format.bold = true;
  return { ranges, condition: { type: text[0]!, values: [text[1]!] }, format };
}
