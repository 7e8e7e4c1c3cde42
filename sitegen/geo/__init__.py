"""The map: GeoJSON shapes and the SVG drawing of partners on them."""
