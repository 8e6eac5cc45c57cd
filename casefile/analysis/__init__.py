"""analysis: questions over stored records (claims, positions, figure checks). Seam for later work."""
