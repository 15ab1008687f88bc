"""Writers of the PDF report and the Excel submission; they never touch the UI."""
