"""Drawing kit for the sample illustrations (scripts/illustrations.py): one flat poster style, drawn with Pillow.

Modules, from the bottom up: `palette` (every colour), `canvas` (a 1600 x 1000 picture drawn at 2x and scaled
down, with a placement helper for things that can be moved, scaled and mirrored), `people`, `nature`, `buildings`,
`machines`, `site` (things on a building site), and `scenes` (one function per picture).
Nothing here is random: the same code always draws the same pixels.
"""
