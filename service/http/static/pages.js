// What the viewer (/) and the dashboard (/dashboard) share: the language switch, the stored
// key's name, safe links and small DOM helpers. Loaded before each page's own script; both are
// classic scripts, so these names are globals that the page scripts must not declare again.
"use strict";

const LANGUAGE_STORAGE_KEY = "kutip-language"; // one choice for both pages (localStorage)
const KEY_STORAGE_KEY = "kutip-api-key"; // this tab only (sessionStorage): set by the dashboard, read by both
const SAFE_LINK = /^https?:\/\//i; // only http and https addresses become links

// A message of `messages[language]` (English where missing), with {name} placeholders filled in.
function translate(messages, language, key, values) {
  const text = (messages[language] || messages.en)[key] || messages.en[key] || key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (values && name in values ? String(values[name]) : ""));
}

// The language remembered from either page, else the browser's ("id…" reads Indonesian).
function chosenLanguage(messages) {
  let stored = null;
  try {
    stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch (_) {
    // storage can be off (private windows): the browser's language decides
  }
  if (stored && messages[stored]) return stored;
  return (navigator.language || "en").toLowerCase().startsWith("id") ? "id" : "en";
}

function otherLanguage(language) {
  return language === "en" ? "id" : "en";
}

function rememberLanguage(language) {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch (_) {
    // not remembered, still switched
  }
}

// The language button names the other language, in that language.
function labelLanguageButton(button, language, translateKey) {
  button.textContent = translateKey("language_button");
  button.lang = otherLanguage(language);
  button.setAttribute("aria-label", translateKey("language_button_label"));
}

function byId(id) {
  return document.getElementById(id);
}

// A setting the server filled into the page's <meta name=…> values.
function pageSetting(name) {
  const meta = document.querySelector(`meta[name="${name}"]`);
  return meta ? meta.getAttribute("content") : null;
}

function cell(className, ...children) {
  const td = document.createElement("td");
  if (className) td.className = className;
  td.append(...children);
  return td;
}

// The first `limit` characters of a quote, with an ellipsis where it was cut.
function excerptOf(text, limit) {
  return text.length > limit ? `${text.slice(0, limit).trimEnd()}…` : text;
}
