#!/usr/bin/env bash
# Regenerates every icon file from the one source, coproduction-readiness.svg.
# The exported files are committed, so building the program or its installers needs no image tools;
# run this only after changing the SVG.
#   Debian/Ubuntu: apt-get install librsvg2-bin imagemagick icnsutils
set -euo pipefail
cd "$(dirname "$0")"
source_svg=coproduction-readiness.svg
window_icons=../../src/main/resources/org/coproduction/readiness/ui

for tool in rsvg-convert convert png2icns; do
  command -v "$tool" >/dev/null || { echo "export.sh: $tool is missing (apt-get install librsvg2-bin imagemagick icnsutils)" >&2; exit 1; }
done

mkdir -p png
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" "$source_svg" --output "png/icon-$size.png"
done

# Windows: one .ico holding the sizes Explorer, the taskbar and the Start menu ask for.
convert png/icon-16.png png/icon-24.png png/icon-32.png png/icon-48.png png/icon-64.png png/icon-256.png \
  coproduction-readiness.ico

# macOS: png2icns stores each size in its own ICNS slot (16, 32, 48, 128, 256, 512, 1024).
png2icns coproduction-readiness.icns png/icon-16.png png/icon-32.png png/icon-48.png png/icon-128.png \
  png/icon-256.png png/icon-512.png png/icon-1024.png >/dev/null

# Linux installers take a PNG; the window shows the 32, 64 and 256 pixel ones.
cp png/icon-256.png coproduction-readiness.png
for size in 32 64 256; do
  cp "png/icon-$size.png" "$window_icons/icon-$size.png"
done
echo "Exported $(ls png | wc -l) PNG sizes, coproduction-readiness.ico, coproduction-readiness.icns and the window icons."
