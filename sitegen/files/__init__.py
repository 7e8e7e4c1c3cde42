"""Files beside the pages, from the model: iCalendar and Atom feeds, open data, JSON schemas, the CMS config, images."""
