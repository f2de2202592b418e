// SummitryFormats: see DESIGN.md
