// Lists with filters (the agenda, the partners, the programmes), from the markup of sitegen/templates/_filters.j2: the plain filter
// links become a form that filters the list in place and keeps the filter in the URL query. On the agenda
// (templates/agenda_parts.md.j2) the visitor's own date re-decides what is past: a card whose last day has gone by
// moves from the coming events to the folded past ones. On an event page (templates/event.md.j2) the same date shows
// "afgelopen" and takes away the sign-up. All text comes from the page; without this script every page works as built.
(() => {
  "use strict";

  // Each list's parts are named after its block: `<block>-filters` (the links), `<block>-facet` (a facet's label),
  // `<block>-status` (the live region), `<block>-results` (the items, with a data attribute per facet, in <section>s).
  const BLOCKS = ["ib-agenda", "ib-partners", "ib-programmes"];
  const EVENT = ".ib-agenda__event";
  const PAST = "ib-agenda__event--past";
  // The facet that holds an event's type: its card may explain the type (`.ib-card__explain[data-type]`).
  const TYPE_FACET = "soort";

  const isoToday = () => {
    const now = new Date();
    const pad = (number) => String(number).padStart(2, "0");
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  };

  const ended = (element, today) => element.dataset.end < today;

  // An event page: parts that show only once the event has ended (data-ended="show") or only until then ("hide").
  const decideEventPage = (today) => {
    for (const part of document.querySelectorAll("[data-end][data-ended]")) {
      part.hidden = part.dataset.ended === "show" ? !ended(part, today) : ended(part, today);
    }
  };

  // The agenda's lists: what is coming in calendar order, what is past newest first (data-order is calendar order).
  const agenda = (() => {
    const upcoming = document.querySelector(".ib-agenda-upcoming");
    const pastList = document.querySelector(".ib-agenda-past__list");
    const past = pastList ? pastList.closest("details") : null;
    const empty = document.querySelector(".ib-agenda-empty");
    const count = document.querySelector(".ib-agenda-past__count");
    const explanations = Array.from(document.querySelectorAll(".ib-card__explain[data-type]"));
    const order = (item) => Number(item.dataset.order);

    const arrange = (today) => {
      const items = Array.from(document.querySelectorAll(`${EVENT}[data-end]`));
      for (const item of items) item.classList.toggle(PAST, ended(item, today));
      if (!upcoming || !pastList) return;
      const listed = items.filter((item) => item.parentElement === upcoming || item.parentElement === pastList);
      upcoming.append(...listed.filter((item) => !item.classList.contains(PAST)).sort((a, b) => order(a) - order(b)));
      pastList.append(...listed.filter((item) => item.classList.contains(PAST)).sort((a, b) => order(b) - order(a)));
    };

    const shown = (list) => (list ? Array.from(list.children).filter((item) => !item.hidden) : []);

    // After arranging or filtering: the empty text, the folded past block and its count, and each type explained
    // on the first card of that type that is shown.
    const refresh = () => {
      if (empty && upcoming) empty.hidden = shown(upcoming).length > 0;
      if (past) {
        const pastShown = shown(pastList).length;
        past.hidden = pastShown === 0;
        if (count) count.textContent = `(${pastShown})`;
      }
      for (const explanation of explanations) {
        const type = explanation.dataset.type;
        const first = Array.from(document.querySelectorAll(EVENT)).find(
          (item) => !item.hidden && (item.getAttribute(`data-${TYPE_FACET}`) || "").split(" ").includes(type),
        );
        const text = first && first.querySelector(".ib-card__text");
        if (text && explanation.parentElement !== text) text.append(explanation);
      }
    };

    // Only the coming events count as found: the past ones are folded away.
    const counts = (item) => !item.matches(EVENT) || !item.classList.contains(PAST);

    return { arrange, refresh, counts };
  })();

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

  // Links elsewhere on the page that choose a value of a facet (`data-facet`, `data-value`), such as "Bij mij in de
  // buurt": with the form they choose in place, and the results get the focus.
  const connectChoices = (block, links, selects, apply) => {
    for (const link of document.querySelectorAll("a[data-facet][data-value]")) {
      if (links.contains(link)) continue;
      const target = selects.find(({ facet }) => facet.name === link.dataset.facet);
      if (!target || !Array.from(target.select.options).some((option) => option.value === link.dataset.value)) continue;
      link.addEventListener("click", (event) => {
        event.preventDefault();
        target.select.value = link.dataset.value;
        apply(true);
        const chooser = link.closest("details");
        if (chooser) chooser.open = false;
        const filters = links.closest("details");
        if (filters) filters.open = true;
        // The count and the first results in view, the focus on the results' heading.
        const status = document.querySelector(`.${block}-status`);
        if (status) status.scrollIntoView({ block: "start" });
        const heading = document.querySelector(`.${block}-results [tabindex="-1"]`);
        if (heading) heading.focus({ preventScroll: true });
      });
    }
  };

  const enhanceFilters = (block, afterApply, counts) => {
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
        if (!item.hidden && counts(item)) count += 1;
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
      afterApply();
      return filtering;
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
    connectChoices(block, links, selects, apply);
    const filtering = apply(false);
    // Folded filters open when the address already chooses one, so the visitor sees why the list is shorter.
    const folded = links.closest("details");
    if (folded && filtering) folded.open = true;
  };

  const today = isoToday();
  decideEventPage(today);
  agenda.arrange(today);
  agenda.refresh();
  for (const block of BLOCKS) {
    if (block === "ib-agenda") enhanceFilters(block, agenda.refresh, agenda.counts);
    else enhanceFilters(block, () => {}, () => true);
  }
})();
