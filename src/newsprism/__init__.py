"""newsprism: see one news story through many outlets."""
