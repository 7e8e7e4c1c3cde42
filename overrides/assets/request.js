/*
 * Gastles of snuffelstage aanvragen (sitegen/pages/requests.py). Without this script every page works with plain
 * links and a mail whose questions are still empty. With it:
 * - /aanvragen/ shows a form to choose a subregion and an offer; it opens that plain page;
 * - a subregion-and-offer page shows a form for the request's answers and writes them into every request mail
 *   link (mailto:, RFC 6068: percent-encoded UTF-8, line breaks as CRLF), as the engine's urls.mailto does.
 * No data leaves the page: the visitor's own mail program sends the mail.
 */
(function () {
  "use strict";

  function mailto(address, subject, body) {
    var crlf = body.replace(/\r\n|\r|\n/g, "\r\n");
    return "mailto:" + encodeURIComponent(address).replace(/%40/g, "@") +
      "?subject=" + strictEncode(subject) + "&body=" + strictEncode(crlf);
  }

  // encodeURIComponent leaves !'()* as they are; encode them too, as Python's quote(safe="") does.
  function strictEncode(text) {
    return encodeURIComponent(text).replace(/[!'()*]/g, function (c) {
      return "%" + c.charCodeAt(0).toString(16).toUpperCase();
    });
  }

  function chooser(form) {
    form.hidden = false;
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var region = form.elements.regio.value;
      var offer = form.elements.aanbod.value;
      window.location.href = form.getAttribute("data-base") + region + "/" + offer + "/";
    });
  }

  function requestForm(form) {
    var fields = Array.prototype.slice.call(form.querySelectorAll("input[data-label]"));
    var links = Array.prototype.slice.call(document.querySelectorAll("a[data-request-mail]"));
    function update() {
      var answers = fields.map(function (field) {
        return field.getAttribute("data-label") + ": " + field.value.replace(/[\r\n]+/g, " ").trim();
      });
      links.forEach(function (link) {
        var body = [
          link.getAttribute("data-greeting"), "", link.getAttribute("data-introduction"), ""
        ].concat(answers, ["", link.getAttribute("data-closing"), ""]).join("\n");
        link.href = mailto(link.getAttribute("data-address"), link.getAttribute("data-subject"), body);
      });
    }
    form.hidden = false;
    fields.forEach(function (field) { field.addEventListener("input", update); });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      update();
      if (links.length) { links[0].focus(); }
    });
    update();
  }

  Array.prototype.forEach.call(document.querySelectorAll("form[data-request-chooser]"), chooser);
  Array.prototype.forEach.call(document.querySelectorAll("form[data-request-form]"), requestForm);
})();
