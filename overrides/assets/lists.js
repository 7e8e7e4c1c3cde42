// Lists with filters (the agenda, the partners), from the markup of sitegen/templates/_filters.j2: the plain filter
// links become a form that filters the list in place and keeps the filter in the URL query; on the agenda, events are
// also marked past by the visitor's own date. All text comes from the page; without this script every page works as built.
(() => {
  "use strict";

  // Each list's parts are named after its block: `<block>-filters` (the links), `<block>-facet` (a facet's label),
  // `<block>-status` (the live region), `<block>-results` (the items, with a data attribute per facet, in <section>s).
  const BLOCKS = ["ib-agenda", "ib-partners"];
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

  const readFacets = (block, links) =>
    Array.from(links.querySelectorAll(`.${block}-facet[data-facet]`), (label) => {
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

  const field = (block, name, text, control) => {
    const wrapper = document.createElement("div");
    wrapper.className = "ib-filter-form__field";
    const label = document.createElement("label");
    control.id = `${block}-filter-${name}`;
    control.name = name;
    label.htmlFor = control.id;
    label.textContent = text;
    wrapper.append(label, control);
    return wrapper;
  };

  const buildForm = (block, links, facets) => {
    const form = document.createElement("form");
    form.className = `${block}-form ib-filter-form`;
    let textField = null;
    if (links.dataset.query) {
      textField = document.createElement("input");
      textField.type = "search";
      textField.autocomplete = "off";
      form.append(field(block, links.dataset.query, links.dataset.queryLabel || "", textField));
    }
    const selects = facets.map((facet) => {
      const select = document.createElement("select");
      select.add(new Option(facet.all, ""));
      for (const [value, text] of facet.options) select.add(new Option(text, value));
      form.append(field(block, facet.name, facet.label, select));
      return { facet, select };
    });
    const reset = document.createElement("button");
    reset.type = "button";
    reset.className = "md-button";
    reset.textContent = links.dataset.reset || "";
    form.append(reset);
    return { form, selects, textField, reset };
  };

  const matches = (item, chosen) =>
    chosen.every(({ facet, value }) => {
      const slugs = (item.getAttribute(`data-${facet.name}`) || "").split(" ");
      return slugs.includes(value) || (facet.wildcard !== null && slugs.includes(facet.wildcard));
    });

  // As the engine writes data-naam (render.search_key): letters and digits, single spaces.
  const normalise = (text) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

  const found = (item, textField, query) => !query || (item.getAttribute(`data-${textField.name}`) || "").includes(query);

  const countText = (status, count) => {
    if (count === 0) return status.dataset.none || "";
    if (count === 1) return status.dataset.one || "";
    return (status.dataset.many || "").replace("{n}", String(count));
  };

  const enhanceFilters = (block) => {
    const links = document.querySelector(`.${block}-filters`);
    const results = document.querySelector(`.${block}-results`);
    const status = document.querySelector(`.${block}-status`);
    if (!links || !results || !status) return;
    const facets = readFacets(block, links);
    const { form, selects, textField, reset } = buildForm(block, links, facets);
    const itemSelector = facets.map((facet) => `[data-${facet.name}]`).join("");
    const items = results.querySelectorAll(itemSelector);

    const apply = (announce) => {
      const chosen = selects.filter(({ select }) => select.value).map(({ facet, select }) => ({ facet, value: select.value }));
      const query = textField ? normalise(textField.value) : "";
      let count = 0;
      for (const item of items) {
        item.hidden = !(matches(item, chosen) && found(item, textField, query));
        if (!item.hidden) count += 1;
      }
      // Sections are only hidden while filtering, so an empty school year keeps its "no events" text.
      const filtering = chosen.length > 0 || query !== "";
      for (const section of results.querySelectorAll("section")) {
        section.hidden = filtering && !section.querySelector(`${itemSelector}:not([hidden])`);
      }
      const params = new URLSearchParams(window.location.search);
      const controls = [...selects.map(({ select }) => select), ...(textField ? [textField] : [])];
      for (const control of controls) {
        if (control.value.trim()) params.set(control.name, control.value);
        else params.delete(control.name);
      }
      const queryString = params.toString();
      const url = `${window.location.pathname}${queryString ? `?${queryString}` : ""}${window.location.hash}`;
      window.history.replaceState(window.history.state, "", url);
      if (announce || filtering) status.textContent = countText(status, count);
    };

    const params = new URLSearchParams(window.location.search);
    for (const { select } of selects) {
      const value = params.get(select.name);
      if (value && Array.from(select.options).some((option) => option.value === value)) select.value = value;
    }
    if (textField) textField.value = params.get(textField.name) || "";
    form.addEventListener("input", () => apply(true));
    form.addEventListener("change", () => apply(true));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      apply(true);
    });
    reset.addEventListener("click", () => {
      for (const { select } of selects) select.value = "";
      if (textField) textField.value = "";
      apply(true);
    });
    links.hidden = true;
    links.before(form);
    apply(false);
  };

  markPast();
  for (const block of BLOCKS) enhanceFilters(block);
})();
