// Agenda pages: marks events past by the visitor's own date, and turns the filter links on /agenda/ into in-place
// filters kept in the URL query. All text comes from the page; without this script the page works as built.
(() => {
  "use strict";

  const EVENT = ".ib-agenda__event";

  const isoToday = () => {
    const now = new Date();
    const pad = (number) => String(number).padStart(2, "0");
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  };

  const markPast = () => {
    const today = isoToday();
    for (const item of document.querySelectorAll(`${EVENT}[data-end]`)) {
      const past = item.dataset.end < today;
      item.classList.toggle("ib-agenda__event--past", past);
      const label = item.querySelector(".ib-agenda__past");
      if (label) label.hidden = !past;
    }
  };

  const readFacets = (links) =>
    Array.from(links.querySelectorAll(".ib-agenda-facet[data-facet]"), (label) => {
      const list = label.nextElementSibling;
      return {
        name: label.dataset.facet,
        label: label.textContent.trim(),
        all: label.dataset.all || "",
        wildcard: label.dataset.wildcard || null,
        options: list
          ? Array.from(list.querySelectorAll("a[data-value]"), (link) => [link.dataset.value, link.textContent.trim()])
          : [],
      };
    });

  const buildForm = (facets, resetText) => {
    const form = document.createElement("form");
    form.className = "ib-agenda-form";
    const fields = facets.map((facet) => {
      const id = `ib-agenda-filter-${facet.name}`;
      const field = document.createElement("div");
      field.className = "ib-agenda-form__field";
      const label = document.createElement("label");
      label.htmlFor = id;
      label.textContent = facet.label;
      const select = document.createElement("select");
      select.id = id;
      select.name = facet.name;
      select.add(new Option(facet.all, ""));
      for (const [value, text] of facet.options) select.add(new Option(text, value));
      field.append(label, select);
      form.append(field);
      return { facet, select };
    });
    const reset = document.createElement("button");
    reset.type = "button";
    reset.className = "md-button";
    reset.textContent = resetText;
    form.append(reset);
    return { form, fields, reset };
  };

  const matches = (item, chosen) =>
    chosen.every(({ facet, value }) => {
      const slugs = (item.getAttribute(`data-${facet.name}`) || "").split(" ");
      return slugs.includes(value) || (facet.wildcard !== null && slugs.includes(facet.wildcard));
    });

  const countText = (status, count) => {
    if (count === 0) return status.dataset.none || "";
    if (count === 1) return status.dataset.one || "";
    return (status.dataset.many || "").replace("{n}", String(count));
  };

  const enhanceFilters = () => {
    const links = document.querySelector(".ib-agenda-filters");
    const results = document.querySelector(".ib-agenda-results");
    const status = document.querySelector(".ib-agenda-status");
    if (!links || !results || !status) return;
    const { form, fields, reset } = buildForm(readFacets(links), links.dataset.reset || "");

    const apply = (announce) => {
      const chosen = fields.filter(({ select }) => select.value).map(({ facet, select }) => ({ facet, value: select.value }));
      let count = 0;
      for (const item of results.querySelectorAll(EVENT)) {
        item.hidden = !matches(item, chosen);
        if (!item.hidden) count += 1;
      }
      // Months and years are only hidden while filtering, so an empty school year keeps its "no events" text.
      const filtering = chosen.length > 0;
      for (const section of results.querySelectorAll(".ib-agenda-month, .ib-agenda-year")) {
        section.hidden = filtering && !section.querySelector(`${EVENT}:not([hidden])`);
      }
      const params = new URLSearchParams(window.location.search);
      for (const { facet, select } of fields) {
        if (select.value) params.set(facet.name, select.value);
        else params.delete(facet.name);
      }
      const query = params.toString();
      const url = `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`;
      window.history.replaceState(window.history.state, "", url);
      if (announce || filtering) status.textContent = countText(status, count);
    };

    const params = new URLSearchParams(window.location.search);
    for (const { facet, select } of fields) {
      const value = params.get(facet.name);
      if (value && Array.from(select.options).some((option) => option.value === value)) select.value = value;
    }
    form.addEventListener("change", () => apply(true));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      apply(true);
    });
    reset.addEventListener("click", () => {
      for (const { select } of fields) select.value = "";
      apply(true);
    });
    links.hidden = true;
    links.before(form);
    apply(false);
  };

  markPast();
  enhanceFilters();
})();
