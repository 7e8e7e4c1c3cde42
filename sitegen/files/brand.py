"""The network's look as a stylesheet: the colours of data/site.yml as the theme's CSS variables."""

from __future__ import annotations

from sitegen.model.references import BrandSettings

BRAND_CSS = "assets/brand.css"


def brand_css(brand: BrandSettings) -> bytes:
    """Material's colour variables from the brand; the values are validated `#rrggbb` colours, so nothing else."""
    return f"""/* Made by sitegen from brand in data/site.yml: change the colours there, not here. */
:root,
[data-md-color-scheme="default"] {{
  --md-primary-fg-color: {brand.primary};
  --md-primary-fg-color--light: {brand.primary};
  --md-primary-fg-color--dark: {brand.primary_dark};
  --md-primary-bg-color: #ffffff;
  --md-primary-bg-color--light: #ffffffe6;
  --md-accent-fg-color: {brand.accent};
  --md-accent-fg-color--transparent: {brand.accent}1a;
  --md-accent-bg-color: #ffffff;
  --md-typeset-a-color: {brand.primary};
  --md-footer-bg-color: {brand.primary_dark};
  --md-footer-bg-color--dark: {brand.primary_dark};
  --ib-brand-primary: {brand.primary};
  --ib-brand-dark: {brand.primary_dark};
  --ib-brand-accent: {brand.accent};
}}
""".encode()
