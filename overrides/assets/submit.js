/*
 * "Een activiteit aanmelden" (/activiteit-aanmelden/, sitegen/pages/submit_form.py): one event from the form to a file.
 *
 * The form's fields carry the model's dotted names (`location.city`); this script reads them into an event as the
 * strict YAML reader would hand it to the model, checks it with the validator generated from the published JSON
 * Schema (event-validator.js: Ajv's standalone code, no `new Function`, so it runs under the site's CSP) plus the
 * checks the schema cannot express (a day or hour that does not exist, the loader's checks across fields), and says
 * what `make check` would say: next to each field (its aria-describedby) and in a summary at the top, which gets the
 * focus. A valid event becomes the file for content/events/ (every value quoted), shown in a text box, with a
 * download link, a mailto: to the editors (RFC 6068) and GitHub's "new file" page filled in.
 */
(function () {
  "use strict";

  var form = document.getElementById("ib-submit");
  var dataElement = document.getElementById("ib-submit-data");
  var checker = window.IBEventValidator;
  if (!form || !dataElement || !checker || !window.crypto) return;

  var data = JSON.parse(dataElement.textContent);
  var summary = document.getElementById("ib-submit-summary");
  var result = document.getElementById("ib-submit-result");
  var noScript = document.getElementById("ib-submit-nojs");
  var MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
    "november", "december"];
  var DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
  var DAY_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})$/;
  var CLOCK = /^(\d{1,2}):(\d{2})$/;
  var uid = newUid();
  var downloadUrl = null;

  form.hidden = false;
  if (noScript) noScript.hidden = true;

  /* A fresh identity for this event (RFC 4122 version 4), made once per form. */
  function newUid() {
    if (window.crypto.randomUUID) return window.crypto.randomUUID();
    var bytes = window.crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 0x100).toString(16).slice(1); }).join("");
    return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join("-");
  }

  /* ---- Reading the form ---------------------------------------------------------------------------------- */

  function controls() {
    var seen = {};
    return Array.prototype.filter.call(form.elements, function (element) {
      if (!element.name || element.name === "body" || seen[element.name]) return false;
      seen[element.name] = true;
      return true;
    });
  }

  function valueOf(element) {
    if (element.type === "checkbox") {
      return Array.prototype.filter.call(form.querySelectorAll('input[name="' + element.name + '"]'), function (box) {
        return box.checked;
      }).map(function (box) { return box.value; });
    }
    if (element.hasAttribute("data-list")) {
      return element.value.split(",").map(function (part) { return part.trim(); }).filter(Boolean);
    }
    return element.value.trim();
  }

  function isEmpty(value) {
    return value === "" || value === undefined || value === null || (Array.isArray(value) && value.length === 0);
  }

  /* The event as an editor would write it: empty optional fields left out, a block (location) left out when all of
     it is empty, required fields kept even when empty so the check names them. `status: gepland` is the default. */
  function readEvent() {
    var event = { uid: uid };
    var required = {};
    controls().forEach(function (element) {
      var path = element.name.split(".");
      var value = valueOf(element);
      required[element.name] = element.hasAttribute("data-required");
      var target = event;
      for (var i = 0; i < path.length - 1; i++) {
        target = target[path[i]] = target[path[i]] || {};
      }
      target[path[path.length - 1]] = value;
    });
    prune(event, "", required);
    if (event.status === "gepland") delete event.status;
    return event;
  }

  function prune(object, prefix, required) {
    Object.keys(object).forEach(function (key) {
      var name = prefix + key;
      var value = object[key];
      if (value && typeof value === "object" && !Array.isArray(value)) {
        var filled = Object.keys(value).some(function (inner) { return !isEmpty(value[inner]); });
        if (!filled) { delete object[key]; return; }
        prune(value, name + ".", required);
      } else if (isEmpty(value) && !required[name]) {
        delete object[key];
      }
    });
  }

  /* What the schema sees: numbers as numbers when they are written as one (the YAML reader hands the model text,
     which the model turns into a number the same way). */
  function forSchema(event) {
    var copy = JSON.parse(JSON.stringify(event));
    form.querySelectorAll("[data-number]").forEach(function (element) {
      var path = element.name.split(".");
      var target = copy;
      for (var i = 0; i < path.length - 1 && target; i++) target = target[path[i]];
      var key = path[path.length - 1];
      if (target && typeof target[key] === "string" && /^-?\d+(\.\d+)?$/.test(target[key])) {
        target[key] = Number(target[key]);
      }
    });
    return copy;
  }

  /* ---- Checking ------------------------------------------------------------------------------------------ */

  function quoted(value) {
    var text = String(value);
    if (text.length > 80) text = text.slice(0, 77) + "...";
    return "'" + text + "'";
  }

  function fill(template, values) {
    return template.replace(/\{(value|start|day)\}/g, function (whole, name) {
      return values[name] === undefined ? whole : quoted(values[name]);
    });
  }

  function messageOf(field, kind, value) {
    var texts = checker.messages[field] || {};
    var template = texts[kind] || texts.invalid || texts.empty || "heeft een waarde die de controle niet accepteert.";
    return fill(template, { value: value, day: typeof value === "string" ? value.slice(0, 10) : value });
  }

  function at(object, path) {
    return path.reduce(function (node, part) { return node === undefined || node === null ? undefined : node[part]; }, object);
  }

  /* The schema's verdict, one problem per field: the most telling error of each (a pattern or a bound before the
     "not null" of an optional field's other branch). */
  function schemaProblems(event) {
    var instance = forSchema(event);
    if (checker.validate(instance)) return [];
    var best = {};
    var order = [];
    checker.validate.errors.forEach(function (error) {
      var parts = error.instancePath.split("/").slice(1);
      if (error.keyword === "required") parts.push(error.params.missingProperty);
      var value = at(event, parts);
      var field = parts.filter(function (part) { return !/^\d+$/.test(part); }).join(".");
      var rank = error.keyword === "anyOf" ? 3 : error.keyword === "type" ? 2 : 1;
      if (!best[field]) order.push(field);
      if (!best[field] || rank < best[field].rank) best[field] = { rank: rank, keyword: error.keyword, value: value };
    });
    // A block whose inner field is wrong also fails its "or leave it out" branch: the inner field says why.
    order = order.filter(function (field) {
      return !order.some(function (other) { return other.indexOf(field + ".") === 0; });
    });
    return order.map(function (field) {
      var found = best[field];
      var kind = isEmpty(found.value) || ["required", "minLength", "minItems"].indexOf(found.keyword) >= 0 ? "empty"
        : found.keyword === "maximum" ? "above" : found.keyword === "minimum" ? "below" : "invalid";
      return { field: field, message: messageOf(field, kind, found.value) };
    });
  }

  function realDay(year, month, day) {
    var date = new Date(Date.UTC(+year, +month - 1, +day));
    return date.getUTCFullYear() === +year && date.getUTCMonth() === +month - 1 && date.getUTCDate() === +day;
  }

  /* A day or hour that does not exist, which the schema's pattern lets through: "date", "time", "clock" or null. */
  function impossible(value) {
    var match = DAY.exec(value) || DAY_TIME.exec(value);
    if (match) {
      if (!realDay(match[1], match[2], match[3])) return "date";
      if (match[4] !== undefined && (+match[4] > 23 || +match[5] > 59)) return "time";
      return null;
    }
    match = CLOCK.exec(value);
    return match && (+match[1] > 23 || +match[2] > 59) ? "clock" : null;
  }

  function momentProblems(event, failed) {
    var problems = [];
    Object.keys(checker.messages).forEach(function (field) {
      var texts = checker.messages[field];
      if (failed[field] || !(texts.date || texts.time || texts.clock)) return;
      var value = at(event, field.split("."));
      var kind = typeof value === "string" ? impossible(value) : null;
      if (kind) problems.push({ field: field, message: messageOf(field, kind, value) });
    });
    return problems;
  }

  function pad(number) { return (number < 10 ? "0" : "") + number; }

  /* A moment as the check writes it back (sitegen/loading/checks.py `_written`). */
  function written(value) {
    var match = DAY_TIME.exec(value);
    if (match) return match[1] + "-" + match[2] + "-" + match[3] + " " + pad(+match[4]) + ":" + match[5];
    match = CLOCK.exec(value);
    return match ? pad(+match[1]) + ":" + match[2] : value;
  }

  /* The loader's checks across fields (sitegen/loading/checks.py); like there, only for an event the model took. */
  function crossProblems(event) {
    var texts = checker.checks;
    var problems = [];
    if (!event.location && !event.online) problems.push({ field: "location", message: texts.place });
    if (event.status === "verplaatst-naar-online" && !event.online) problems.push({ field: "online", message: texts.moved_online });
    if (event.location && isEmpty(event.location.lat) !== isEmpty(event.location.lon)) {
      problems.push({ field: "location", message: texts.lat_lon });
    }
    if (event.end) {
      var startIsDay = DAY.test(event.start);
      var endIsDay = DAY.test(event.end);
      var values = { value: written(event.end), start: written(event.start) };
      if (startIsDay && !endIsDay) {
        problems.push({ field: "end", message: fill(texts.end_has_time, values) });
      } else if (!startIsDay && endIsDay) {
        problems.push({ field: "end", message: fill(texts.end_is_day, values) });
      } else {
        var start = written(event.start);
        var end = CLOCK.test(event.end) ? start.slice(0, 10) + " " + written(event.end) : written(event.end);
        if (startIsDay ? end < start : end <= start) problems.push({ field: "end", message: fill(texts.end_too_early, values) });
      }
    }
    return problems;
  }

  /* Every problem `make check` would report about the event's fields, as {field, message}; also what the tests
     compare with the Python model (tests/browser/test_submit_browser.py). */
  function problemsOf(event) {
    var problems = schemaProblems(event);
    var failed = {};
    problems.forEach(function (problem) { failed[problem.field] = true; });
    problems = problems.concat(momentProblems(event, failed));
    return problems.length ? problems : crossProblems(event);
  }
  checker.problems = problemsOf;

  /* ---- Telling ------------------------------------------------------------------------------------------- */

  function boxOf(field) {
    return form.querySelector('[data-field="' + field + '"]') ||
      form.querySelector('[data-field="' + field.split(".")[0] + '"]');
  }

  function labelOf(box, field) {
    var label = box && box.querySelector("legend, label");
    return label ? label.textContent.replace(/ \(verplicht[^)]*\)$/, "") : field;
  }

  function sentence(text) {
    return /[.!?]$/.test(text) ? text : text + ".";
  }

  function clearProblems() {
    form.querySelectorAll(".ib-submit__error").forEach(function (element) { element.textContent = ""; });
    form.querySelectorAll("[aria-invalid]").forEach(function (element) { element.removeAttribute("aria-invalid"); });
    form.querySelectorAll(".ib-submit__field--invalid, .ib-submit__group--invalid").forEach(function (element) {
      element.classList.remove("ib-submit__field--invalid", "ib-submit__group--invalid");
    });
    summary.hidden = true;
    summary.textContent = "";
  }

  /* In the order of the form, so the summary reads like the page. */
  function inFormOrder(problems) {
    var boxes = Array.prototype.slice.call(form.querySelectorAll("[data-field]"));
    return problems.map(function (problem, index) {
      var position = boxes.indexOf(boxOf(problem.field));
      return { problem: problem, key: (position < 0 ? boxes.length : position) * 1000 + index };
    }).sort(function (a, b) { return a.key - b.key; }).map(function (entry) { return entry.problem; });
  }

  function showProblems(problems) {
    problems = inFormOrder(problems);
    var list = document.createElement("ul");
    problems.forEach(function (problem) {
      var box = boxOf(problem.field);
      var label = labelOf(box, problem.field);
      var text = sentence(label + " (veld '" + problem.field + "'): " + problem.message);
      var target = box && box.querySelector("input, select, textarea");
      if (box) {
        var error = box.querySelector(".ib-submit__error");
        error.textContent = error.textContent ? error.textContent + " " + sentence(problem.message) : sentence(label + ": " + problem.message);
        box.classList.add(box.tagName === "FIELDSET" ? "ib-submit__group--invalid" : "ib-submit__field--invalid");
        if (box.tagName !== "FIELDSET" && target) target.setAttribute("aria-invalid", "true");
      }
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = "#" + (target ? target.id : "ib-submit");
      link.textContent = text;
      link.addEventListener("click", function (click) {
        if (!target) return;
        click.preventDefault();
        target.focus();
      });
      item.appendChild(link);
      list.appendChild(item);
    });
    var heading = document.createElement("h2");
    heading.textContent = problems.length === 1 ? "Er is nog 1 ding om te verbeteren" : "Er zijn nog " + problems.length + " dingen om te verbeteren";
    var intro = document.createElement("p");
    intro.textContent = "De controle van de redactie zou dit melden. Kies een melding om naar het veld te gaan.";
    summary.appendChild(heading);
    summary.appendChild(intro);
    summary.appendChild(list);
    summary.hidden = false;
    summary.focus();
  }

  /* ---- The file ------------------------------------------------------------------------------------------ */

  function slugify(text) {
    return text.normalize("NFKD").replace(/[^\x00-\x7f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  }

  /* Title, month and year, as the guide asks (open-dag-heerhugowaard-november-2026); a name already taken gets -2. */
  function fileName(event) {
    var match = /^(\d{4})-(\d{2})/.exec(event.start);
    var year = match[1];
    var base = slugify(event.title).replace(new RegExp("-?" + year + "$"), "") || "activiteit";
    var name = base + "-" + MONTHS[+match[2] - 1] + "-" + year;
    var taken = data.taken || [];
    var candidate = name;
    for (var n = 2; taken.indexOf(candidate) >= 0; n++) candidate = name + "-" + n;
    return candidate + ".md";
  }

  function scalar(value) {
    return JSON.stringify(String(value));
  }

  /* The front matter with every value quoted, so the strict YAML reader reads each one as the text typed here. */
  function yamlLines(object, indent) {
    var lines = [];
    Object.keys(object).forEach(function (key) {
      var value = object[key];
      if (Array.isArray(value)) {
        lines.push(indent + key + ": [" + value.map(scalar).join(", ") + "]");
      } else if (value && typeof value === "object") {
        lines.push(indent + key + ":");
        lines = lines.concat(yamlLines(value, indent + "  "));
      } else {
        lines.push(indent + key + ": " + scalar(value));
      }
    });
    return lines;
  }

  function fileText(event) {
    var body = form.elements.namedItem("body").value.replace(/\r\n?/g, "\n").replace(/[ \t]+$/gm, "").trim();
    return ["---"].concat(yamlLines(event, "")).concat(["---"]).join("\n") + "\n" + (body ? body + "\n" : "");
  }

  /* RFC 6068: every character outside unreserved and the allowed delimiters percent-encoded, line breaks as %0D%0A. */
  function mailValue(text) {
    return encodeURIComponent(text.replace(/\r?\n/g, "\r\n"));
  }

  function mailto(address, subject, body) {
    var at = address.lastIndexOf("@");
    var to = encodeURIComponent(address.slice(0, at)) + "@" + encodeURIComponent(address.slice(at + 1));
    return "mailto:" + to + "?subject=" + mailValue(subject) + "&body=" + mailValue(body);
  }

  function showFile(event) {
    var name = fileName(event);
    var path = data.folder + "/" + name;
    var text = fileText(event);
    document.getElementById("ib-submit-filename").textContent = path;
    document.getElementById("ib-submit-file").value = text;
    if (downloadUrl) URL.revokeObjectURL(downloadUrl);
    downloadUrl = URL.createObjectURL(new Blob([text], { type: "text/markdown;charset=utf-8" }));
    var download = document.getElementById("ib-submit-download");
    download.href = downloadUrl;
    download.setAttribute("download", name);
    document.getElementById("ib-submit-address").textContent = data.address +
      (data.addressIsExample ? " (een voorbeeldadres: de redactie heeft nog geen eigen adres opgegeven)" : "");
    document.getElementById("ib-submit-mail").href = mailto(
      data.address,
      "Activiteit aangemeld via de site: " + event.title,
      "Hallo redactie,\n\nIk meld deze activiteit aan voor de agenda. Het bestand heet " + path + ".\n\n" + text
    );
    document.getElementById("ib-submit-github").href = data.newFileUrl + "?filename=" +
      encodeURIComponent(path).replace(/%2F/g, "/") + "&value=" + encodeURIComponent(text);
    result.hidden = false;
    document.getElementById("ib-submit-result-heading").focus();
  }

  form.addEventListener("submit", function (submit) {
    submit.preventDefault();
    clearProblems();
    var event = readEvent();
    var problems = problemsOf(event);
    if (problems.length) {
      result.hidden = true;
      showProblems(problems);
    } else {
      showFile(event);
    }
  });

  /* A change after the file was made: the file shown is no longer what the form says. */
  form.addEventListener("input", function () { result.hidden = true; });
  form.addEventListener("change", function () { result.hidden = true; });
})();
