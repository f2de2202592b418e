// SummitryModel: see DESIGN.md
