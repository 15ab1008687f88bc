<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About csn-desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;csn-desktop {version}&lt;/b&gt;&lt;br&gt;Smart-city standards self-assessment for UK councils and the City Standards Network.&lt;br&gt;Contains the list of UK local authorities © mySociety (CC BY 4.0). Built with Qt for Python (LGPL-3.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party notices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The licences of Qt, the fonts, the council list and every library csn-desktop uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>CSN self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csn-desktop cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsideView</name>
    <message>
        <source>Assessments moved to the bin. Restore one to put it back; “Delete permanently” removes it and its answers for good (its history is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete permanently…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived assessments: kept, but not in the list of work in hand. Unarchive one to put it back in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;narchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bin is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived assessments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentListModel</name>
    <message>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{council} ({code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown questionnaire version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} ({answered} of {required})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each section with the required answers given out of those required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final — read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h1&gt;{title}&lt;/h1&gt; &lt;p&gt;Status: {status}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentState</name>
    <message>
        <source>{council} — {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {time}, but it needs correcting: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentViewer</name>
    <message>
        <source>{council} — {period} (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{council} ({code}), {period}, {status}. Read-only: only the answers given are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers of {council}, {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers in this section.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudienceDialog</name>
    <message>
        <source>Who is the report for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publishable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For anyone: aggregates only, no council named, figures about fewer than {minimum} councils withheld, gaps quoted only with the council&apos;s consent and without its name. The figures are those this window shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restricted, for the network&apos;s staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names councils and gives every figure, per-council rows and every gap under its council. The file name ends in “{mark}” and every page and sheet says {mark}. Do not share it outside the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchmarkLoaded</name>
    <message>
        <source>Peer benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchmarkLoading</name>
    <message>
        <source>Load &amp;peer benchmark…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the benchmark file the network publishes, to compare with peer councils.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer benchmark not loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkSetDialog</name>
    <message>
        <source>Set answers for the selected standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the answers of the {rows} selected standards. Type the first letters of a choice to pick it; “Leave as it is” keeps each standard&apos;s own answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;barriers to the ones ticked below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Need:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Leave as it is —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers that will change: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards whose barriers are left as they are, because barriers apply only to a standard not used or partly used: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys move the day, Page Up and Page Down the month; Enter chooses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeWatch</name>
    <message>
        <source>New submissions imported by others: {count} — shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made by others — shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckedDialog</name>
    <message>
        <source>⚠ {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceButtonsEditor</name>
    <message>
        <source>Clear answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the answer to: {question}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChooseBenchmark</name>
    <message>
        <source>Load peer benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer benchmark (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChooseFolder</name>
    <message>
        <source>Import every submission in a folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChooseReportFile</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the picture across councils</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChooseSubmissions</name>
    <message>
        <source>Import submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submissions (*.xlsx *.ods);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>How you compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards in use by theme, you and your peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No peer benchmark is loaded for this council. Load a peer benchmark from File → Load peer benchmark… to see how your council compares with the UK, its nation and its authority type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each theme, the share of the standards you answered that you use at least in part, beside the same share among councils of the UK, of your nation and of your authority type. Peer figures about too few councils are withheld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer benchmark: {benchmark}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} ({in_use} of {answered})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withheld (fewer than {minimum} councils)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (nation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (authority type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you &amp;compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare your council with the UK, its nation and its authority type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyForwardDialog</name>
    <message>
        <source>Continue from a previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{council} — {period} ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy answers from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the assessment to copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouncilType</name>
    <message>
        <source>city corporation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>combined authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>county council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>London borough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metropolitan borough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>district council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>council area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greater London Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unitary authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>principal council</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong: {error}. The details are in {log}. Every answer shown as saved is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {error}. Every answer shown as saved is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a date such as 24/11/2026, or press F4 or Alt+Down for a calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose {question} from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionsDialog</name>
    <message>
        <source>Decisions and withdrawn assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files the import could not put in order wait here until you choose which version counts. Withdrawn assessments are left out of the figures until you return them. Select a row and press Enter or Versions… to act on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waiting for a decision: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waiting for a decision: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ithdrawn from the figures: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ithdrawn from the figures: none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>There is already an assessment for this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the existing one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create another anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export “{title}” as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an assessment to export its report or submission. Without one you can export the blank template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Excel submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blank Excel template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDoneDialog</name>
    <message>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFileDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFileName</name>
    <message>
        <source>Smart-city standards self-assessment template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{council} {period} smart-city standards submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{council} {period} smart-city standards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportKind</name>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A printable report for your leadership: summary, charts, gaps, every answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook to send to the City Standards Network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaire as a blank workbook, for councils without this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF report could not be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF report was saved as “{name}” in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the Excel submission…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Excel submission could not be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Excel submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Excel submission was saved as “{name}” in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the blank Excel template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blank Excel template could not be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the blank Excel template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blank Excel template was saved as “{name}” in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some letters could not be printed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureTableModel</name>
    <message>
        <source>Not aware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aware, unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the councils answering: “{choice}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Councils that gave a use status for this standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need, not using</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Councils that need it (needed or essential) but do not use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 is the largest; equal figures share a rank; withheld figures have none and come last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those councils as a share of the councils that gave a use status for the standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Councils citing the barrier for at least one standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the councils in this selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times the barrier was cited, over all standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Councils choosing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the councils that answered the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Councils that answered the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service a council wants to deliver, quoted only with its consent and without its name, as the files quote it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A standard should cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GSS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>&amp;How to complete an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this &amp;questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatmapModel</name>
    <message>
        <source>{code} — {title}
{what}: {value}
Answering: {answering}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpGuide</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose File → New assessment… and type part of your council&apos;s name (its official or Welsh name, or its GSS code, work too); choose it from the list, then give the financial year and your name. The start page introduces the questionnaire: how long it takes and what happens to your answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work through the sections listed on the left, in any order and over as many sittings as you like (Ctrl+PgDown goes to the next section). Every answer is saved as soon as you give it: there is no Save button. Ask colleagues from planning, transport, IT or procurement to fill in the parts they know best on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment → Review (Ctrl+R) lists every required answer still missing and every answer that is not valid. Choose one to go straight to its question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When nothing required is missing and the sign-off is filled in, finalise it (Assessment → Finalise…). The assessment becomes read-only; Assessment → Reopen… lets you change it again, and asks why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose File → Export… (Ctrl+E). The Excel submission is the file for the City Standards Network; the PDF report, with charts and every answer, is for your leadership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail the Excel submission, as an attachment, to the City Standards Network at the address given in the invitation your council received. Do not change the file before sending it: the network checks it. Keep a copy with the PDF report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to complete an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeKeeper</name>
    <message>
        <source>&amp;Rename assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arch&amp;ive assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move assessment to bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected assessment to the bin; it can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved “{title}” to the bin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this assessment and all its answers for good? This cannot be undone. Its history (who did what, when) is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “{title}” permanently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived “{title}”. It is listed under Archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is back in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed to “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Assessments on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your council has no assessments of its own on this computer yet. Choose “New assessment” to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue from a previous period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h1&gt;Assessments&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n imported submission(s) from other councils are in the Network window (Network → Network view…), not in this list.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;bin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <source>Import results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a file to see everything about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which version of this council&apos;s assessment is counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See every version of this council&apos;s assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a file to see its notes and details below. Files for the same council and period are marked in the last column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A result in bold needs a decision: select the file and press Decide… to choose which version is counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{outcome}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed: {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same council and period as: {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportResultsModel</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same council and period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import did with the file; “flagged”: edited after export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers kept but not counted, or changed in the readable sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other files of this import for the same council and period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{outcome}, flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({place})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>older version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>The language cannot be changed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the export to finish, then choose the language again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LengthCounter</name>
    <message>
        <source>⚠ {length} / {limit} characters: too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{length} / {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>City Standards Network — self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bringing the progress of every assessment up to date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — City Standards Network self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All answers saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer could not be saved; it is marked beside its question.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixDelegate</name>
    <message>
        <source>— Not answered —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks or unticks a choice; Enter saves.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixDetailPane</name>
    <message>
        <source>Details of the current standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a standard in the table to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✱ Required: it is in a theme you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{publisher}, {year} · Theme: {theme}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixPeers</name>
    <message>
        <source>the United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peers: {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of councils in {group} that use each standard at least in part, and that need it or find it essential. From the peer benchmark: {benchmark}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Councils in {group} that use it: {use}; that need it: {need}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withheld (fewer than {minimum} councils)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>need withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} need</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue from a previous period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open selected assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home (all assessments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the open assessment as a PDF report or an Excel submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export blank Excel &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the blank Excel workbook for a council that will answer in Excel, without the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settin&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About csn-desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>an unexpected error ({kind}); details are in the log file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MultiSelect</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} {plural}</source>
        <extracomment>how many values are chosen, and what they are (&quot;2 regions&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkFilters</name>
    <message>
        <source>&amp;Nation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authority type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures are about one period: the newest unless chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per&amp;iod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{filter}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include dra&amp;fts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count a council&apos;s draft when it has no final assessment for the period; every output then says so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include ot&amp;her organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count organisations that are not councils (no GSS code) as councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures about fewer councils than this are withheld, here and in the publishable files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minimum group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkHeader</name>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Councils and response rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Councils by nation and authority type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to know about these figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the submissions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted: {councils}. Response rate: {rate} (councils that exist in these places: {existing}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By nation: {nations}.
By authority type: {types}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group}: {members}</source>
        <extracomment>a merged group and the groups it holds (&quot;Other types: County, …&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group}: {councils}</source>
        <extracomment>one nation or authority type and its councils (&quot;Wales: 12&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group}: {councils} of {existing} ({rate})</source>
        <extracomment>a group, its councils counted, those that exist, the rate.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>between the groups of a breakdown (&quot;England: 5 of 9; Wales: 7 of 22&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkMenu</name>
    <message>
        <source>Net&amp;work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import submissions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkRows</name>
    <message>
        <source>edited after export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkWindow</name>
    <message>
        <source>City Standards Network — the picture across councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop submission files or folders here to import them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views across councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards by use status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Standards × use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the gaps quoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps councils agreed to have quoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National &amp;priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ouncils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click: the council&apos;s answers. Ctrl+Shift+V or the context menu: its versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open ans&amp;wers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every file received for the council and period; choose which one counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide which versions count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import submissions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions and &amp;withdrawn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;workbook (.xlsx)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the submissions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submissions waiting for a decision: {count}. The import could not tell which file is newer; until you choose, the version counted stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the period&apos;s submissions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gaps of councils that agreed to be quoted, without their names: what the publishable files quote. The Councils tab opens any council&apos;s own answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None is quoted: this selection has too few councils.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the councils in this selection agreed to have a gap quoted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing submissions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {done} of {total}: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>Another organisation (not a council)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{council} — {type}, {area} ({code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of the council&apos;s name, official name, Welsh name or GSS code, then choose it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A financial year such as 2026/27.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondent (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name: saved as the answer to “Your name” in the first section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Council:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Respondent (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a council from the list, or “Another organisation”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextStepDialog</name>
    <message>
        <source>Assessment finalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;{title} is finalised.&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Next:&lt;/b&gt; export the Excel submission and send it to the City Standards Network, by e-mail to the address given in the invitation your council received. Send the file as it is: the network checks it.&lt;/p&gt;&lt;p&gt;Export the PDF report too, for your leadership.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the &amp;Excel submission…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the &amp;PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PastePreviewDialog</name>
    <message>
        <source>Paste into the standards matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows matched by the standard&apos;s code or title in the first column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted straight into the cells, from the current cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers that will change: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines or cells refused: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers that will change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines and cells refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste these answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused (nothing is stored for these):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionField</name>
    <message>
        <source>Reload this answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt; (required) — personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt; (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt; — personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↺ Same as {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You had typed: {text} (Edit → Undo puts it back)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment is final. Say why it is being reopened; the reason is recorded in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepeatGroupWidget</name>
    <message>
        <source>Add {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this {item}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepeatItemBox</name>
    <message>
        <source>{item} {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {item} {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Writing the PDF summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF summary could not be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook could not be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWritten</name>
    <message>
        <source>The report across councils was saved as “{name}” in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>{where}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: add at least one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click to go to this question.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers copied forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing and invalid answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter on an entry to go to its question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received again (a duplicate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by a newer submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revised by a newer submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the network&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made the current version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older version kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn from the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started from an imported submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;nalise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalise the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Review and finalise&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment is final and read-only. Reopen it to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{answered} of %n required answers given.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{when} — {what}: {detail}, by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} — {what}, by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{period}, questionnaire version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything required is answered. You can finalise the assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n required answers are missing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers need correcting.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Press Enter on an entry below to go to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalise this assessment? It becomes read-only until it is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finalise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reopen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionListModel</name>
    <message>
        <source>Review and finalise (final)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and finalise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{section}  (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n to fix</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{section}: nothing required</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{section}: {answered} of %n required answers given</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) to fix.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Enter, F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the cell, then keep the answer and move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next or previous cell, inside the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+click, Ctrl+click, Shift+arrows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select several rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select every row shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set use, need or barriers for the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste rows copied from Excel or LibreOffice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the selected cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick that option and move right (barriers: tick or untick it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an option by typing (“pu”: Partly used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open that menu, or press that button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next or previous field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the standards table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffSetting</name>
    <message>
        <source>This computer is used by network &amp;staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Network menu, for City Standards Network staff who import councils&apos; submissions. Council officers do not need it: they export and send their own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandardsMatrixModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: {keys}; or type the first letters of its words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digit keys tick or untick: {keys}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}
↺ Same as {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}, same as {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandardsMatrixWidget</name>
    <message>
        <source>Code or title, for example 37120</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search standards by code or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by use status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only standards in my themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only standards in the themes you chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or F2 edits a cell and Enter saves and moves down; Tab moves right. Digits 1 to 9 pick a choice; letters pick by the first letters of its words. Shift or Ctrl with arrows selects rows; Ctrl+D sets answers for them; Delete clears; Ctrl+V pastes from a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set use, need or barriers for the selected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all shown rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste from a spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the selected cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nee&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No standard is required yet: choose your themes in “Strategy and governance”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} marks a required standard (one in your themes). Required standards answered: {done} of {required}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} marks an answer unchanged since {period}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set answers for the selected standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Nothing was saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %n standards.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start: {section}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to {section}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Respondent: &lt;b&gt;{name}&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;{title}&lt;/h2&gt;{respondent}{introduction}&lt;h3&gt;The sections&lt;/h3&gt;&lt;ol&gt;{sections}&lt;/ol&gt;&lt;h3&gt;How saving works&lt;/h3&gt;&lt;p&gt;Every answer is saved on this computer as soon as you give it: there is no Save button. You can stop at any time, close the app and come back later; colleagues can fill in the parts they know best. An answer that cannot be saved (too long, or not valid) is marked beside its question.&lt;/p&gt;&lt;h3&gt;What happens to your answers&lt;/h3&gt;&lt;p&gt;Your answers stay on this computer until you export them. When every required answer is given, finalise the assessment on the Review page, then export the Excel submission (File → Export…) and send it to the City Standards Network; export the PDF report for your leadership. Help → How to complete an assessment shows each step.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Starting</name>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemedTable</name>
    <message>
        <source>{table}: theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search code or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{table}: search code or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsavedDialog</name>
    <message>
        <source>These answers could not be saved (marked “⚠ Not saved”):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some answers are not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their text is kept on this computer either way, and shown again when you open this assessment, but it is not part of the answers until you correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every file received for this council and period is kept as a version. Only the current version (✓) is counted in the figures. When the import could not tell which file is newer, the version waits for your decision: make it current, or keep the current one. Withdrawing leaves the council out of the figures for this period; nothing is deleted, and you can return it to the figures. Every step is recorded in the assessment&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State of this assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the selected version in the figures instead of the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep current version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected version stays an older version; the current one keeps counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw from figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this council out of the figures for this period (kept, reversible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return to figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count this council in the figures again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{council}, {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions — {council}, {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions kept: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a decision: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn from the figures on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn from the figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted in the figures.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version counted in the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out of the figures by staff (kept, and can be returned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trustworthy way to tell which file is newer: staff choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its answers were changed after export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers stored for this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column}: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw from the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} will be left out of every figure and export. Every version is kept, and you can return it to the figures at any time. Say why; the reason is recorded in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for withdrawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YesNoEditor</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <source>That could not be done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
