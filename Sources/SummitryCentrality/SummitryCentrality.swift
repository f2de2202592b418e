// SummitryCentrality: see DESIGN.md
