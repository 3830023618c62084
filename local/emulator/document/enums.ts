/**
 * The enums of DocumentApp (values are enum objects that print as their name, as in Apps Script).
 * https://developers.google.com/apps-script/reference/document/document-app#properties
 */
import { makeEnum } from "../spreadsheet/enums";
import { ALIGNMENTS, GLYPHS, HEADINGS } from "./model";

/** https://developers.google.com/apps-script/reference/document/paragraph-heading */
export const ParagraphHeading = makeEnum("DocumentApp.ParagraphHeading", HEADINGS);
/** https://developers.google.com/apps-script/reference/document/glyph-type */
export const GlyphType = makeEnum("DocumentApp.GlyphType", GLYPHS);
/** https://developers.google.com/apps-script/reference/document/horizontal-alignment */
export const HorizontalAlignment = makeEnum("DocumentApp.HorizontalAlignment", ALIGNMENTS);
/** https://developers.google.com/apps-script/reference/document/vertical-alignment */
export const VerticalAlignment = makeEnum("DocumentApp.VerticalAlignment", ["BOTTOM", "CENTER", "TOP"]);
/** https://developers.google.com/apps-script/reference/document/text-alignment */
export const TextAlignment = makeEnum("DocumentApp.TextAlignment", ["NORMAL", "SUPERSCRIPT", "SUBSCRIPT"]);

/** https://developers.google.com/apps-script/reference/document/element-type */
export const ElementType = makeEnum("DocumentApp.ElementType", [
  "BODY_SECTION",
  "COMMENT_SECTION",
  "DATE",
  "DOCUMENT",
  "EQUATION",
  "EQUATION_FUNCTION",
  "EQUATION_FUNCTION_ARGUMENT_SEPARATOR",
  "EQUATION_SYMBOL",
  "FOOTER_SECTION",
  "FOOTNOTE",
  "FOOTNOTE_SECTION",
  "HEADER_SECTION",
  "HORIZONTAL_RULE",
  "INLINE_DRAWING",
  "INLINE_IMAGE",
  "LIST_ITEM",
  "PAGE_BREAK",
  "PARAGRAPH",
  "PERSON",
  "RICH_LINK",
  "TABLE",
  "TABLE_CELL",
  "TABLE_OF_CONTENTS",
  "TABLE_ROW",
  "TEXT",
  "UNSUPPORTED",
]);
export type ElementTypeName = keyof typeof ElementType;

/**
 * Attribute: the keys of getAttributes()/setAttributes() objects. A script writes
 * `style[DocumentApp.Attribute.BOLD] = true`, so the key is the enum's name.
 * https://developers.google.com/apps-script/reference/document/attribute
 */
export const Attribute = makeEnum("DocumentApp.Attribute", [
  "BACKGROUND_COLOR",
  "BOLD",
  "BORDER_COLOR",
  "BORDER_WIDTH",
  "CODE",
  "FONT_FAMILY",
  "FONT_SIZE",
  "FOREGROUND_COLOR",
  "HEADING",
  "HEIGHT",
  "HORIZONTAL_ALIGNMENT",
  "INDENT_END",
  "INDENT_FIRST_LINE",
  "INDENT_START",
  "ITALIC",
  "GLYPH_TYPE",
  "LEFT_TO_RIGHT",
  "LINE_SPACING",
  "LINK_URL",
  "LIST_ID",
  "MARGIN_BOTTOM",
  "MARGIN_LEFT",
  "MARGIN_RIGHT",
  "MARGIN_TOP",
  "NESTING_LEVEL",
  "MINIMUM_HEIGHT",
  "PADDING_BOTTOM",
  "PADDING_LEFT",
  "PADDING_RIGHT",
  "PADDING_TOP",
  "PAGE_HEIGHT",
  "PAGE_WIDTH",
  "SPACING_AFTER",
  "SPACING_BEFORE",
  "STRIKETHROUGH",
  "UNDERLINE",
  "VERTICAL_ALIGNMENT",
  "WIDTH",
]);
