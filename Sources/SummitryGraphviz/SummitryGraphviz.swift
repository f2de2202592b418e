// SummitryGraphviz: see DESIGN.md
