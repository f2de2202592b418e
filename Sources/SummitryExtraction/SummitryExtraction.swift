// SummitryExtraction: see DESIGN.md
