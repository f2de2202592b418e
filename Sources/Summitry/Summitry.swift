// Summitry: see DESIGN.md
