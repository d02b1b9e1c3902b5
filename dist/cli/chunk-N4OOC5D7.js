import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/shared/inert-text.ts
var BREAK = "\u200B";
var LINE_BREAK = /\r\n|\r|\n/;
var INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/gu;
var LOG_HIDDEN = /[\p{Cc}\p{Bidi_Control}\p{Zl}\p{Zp}]/gu;
var LEADING_RUN = /^[\p{White_Space}\p{Cf}\p{Default_Ignorable_Code_Point}]*/u;
var RAW_LEADING_RUN = /^[\p{White_Space}\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]*/u;
var SGR = {
  reset: "\x1B[0m",
  bold: "\x1B[1m",
  dim: "\x1B[2m",
  red: "\x1B[31m",
  green: "\x1B[32m",
  yellow: "\x1B[33m"
};
var SGR_OR_HIDDEN = /\u001b\[(?:0|1|2|31|32|33)m|[\p{Cc}\p{Bidi_Control}\p{Zl}\p{Zp}]/gu;
var LEADING_RUN_SGR = (
  // eslint-disable-next-line no-control-regex -- ESC is what these sequences start with
  /^(?:[\p{White_Space}\p{Cf}\p{Default_Ignorable_Code_Point}]|\u001b\[(?:0|1|2|31|32|33)m)*/u
);
function codePointEscape(character) {
  const code = character.codePointAt(0) ?? 0;
  const hex = code.toString(16).toUpperCase();
  return code > 65535 ? `\\u{${hex}}` : `\\u${hex.padStart(4, "0")}`;
}
function codePointName(character) {
  const code = character.codePointAt(0) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}
function showInvisible(text, show = codePointEscape) {
  return text.replace(INVISIBLE, show);
}
function cut(text, maxLength) {
  const characters = [...text];
  return characters.length > maxLength ? `${characters.slice(0, maxLength - 1).join("")}\u2026` : text;
}
function inertLine(line, keepSgr = false) {
  const shown = line.replace(
    keepSgr ? SGR_OR_HIDDEN : LOG_HIDDEN,
    (character) => character === "	" || character.length > 1 ? character : codePointEscape(character)
  );
  const lead = (keepSgr ? LEADING_RUN_SGR : LEADING_RUN).exec(shown)?.[0].length ?? 0;
  const rest = shown.slice(lead);
  const start = rest.startsWith("::") ? `:${BREAK}${rest.slice(1)}` : rest;
  return shown.slice(0, lead) + start.replace(/(##(?:vso)?)\[/gi, `$1${BREAK}[`);
}
function inertText(text, options = {}) {
  let lines = text.split(LINE_BREAK);
  if (options.fold) {
    const parts = lines.map((line) => line.trim()).filter((line) => line !== "");
    lines = [parts.join(" ")];
  }
  if (options.maxLength !== void 0) lines = cut(lines.join("\n"), options.maxLength).split("\n");
  return lines.map((line) => inertLine(line, options.keepSgr)).join("\n");
}
function quoteUntrusted(text, maxLength = 100) {
  return JSON.stringify(cut(text, maxLength)).replace(INVISIBLE, codePointEscape);
}
var NAMES_SHOWN = 5;
function quotedNames(names) {
  const unique = [...new Set(names)];
  const shown = unique.slice(0, NAMES_SHOWN).map((name) => name === null ? "(no name)" : quoteUntrusted(name, 60));
  return unique.length > NAMES_SHOWN ? `${shown.join(", ")}, \u2026` : shown.join(", ");
}
function inertStream(options = {}) {
  const inert = (text) => inertText(text, options);
  let carry = "";
  let afterCarriageReturn = false;
  return (chunk) => {
    if (chunk === "") return "";
    const text = afterCarriageReturn && chunk.startsWith("\n") ? chunk.slice(1) : chunk;
    afterCarriageReturn = chunk.endsWith("\r");
    const whole = carry + text;
    const before = inert(carry);
    const all = inert(whole);
    const output = all.startsWith(before) ? all.slice(before.length) : inert(text);
    const lastBreak = Math.max(whole.lastIndexOf("\n"), whole.lastIndexOf("\r"));
    carry = lastBreak >= 0 ? whole.slice(lastBreak + 1) : whole;
    const lead = RAW_LEADING_RUN.exec(carry)?.[0].length ?? 0;
    if (carry.length > 256 && carry.length - lead >= 2) carry = `x${carry.slice(-8)}`;
    return output;
  };
}

export {
  SGR,
  codePointName,
  showInvisible,
  cut,
  inertText,
  quoteUntrusted,
  quotedNames,
  inertStream
};
