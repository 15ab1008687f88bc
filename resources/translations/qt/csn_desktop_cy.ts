<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About csn-desktop</source>
        <translation>Ynghylch csn-desktop</translation>
    </message>
    <message>
        <source>&lt;b&gt;csn-desktop {version}&lt;/b&gt;&lt;br&gt;Smart-city standards self-assessment for UK councils and the City Standards Network.&lt;br&gt;Contains the list of UK local authorities © mySociety (CC BY 4.0). Built with Qt for Python (LGPL-3.0).</source>
        <translation>&lt;b&gt;csn-desktop {version}&lt;/b&gt;&lt;br&gt;Hunanasesiad o safonau dinasoedd clyfar ar gyfer cynghorau&apos;r DU a&apos;r City Standards Network.&lt;br&gt;Yn cynnwys y rhestr o awdurdodau lleol y DU © mySociety (CC BY 4.0). Wedi&apos;i adeiladu gyda Qt for Python (LGPL-3.0).</translation>
    </message>
    <message>
        <source>Third-party notices:</source>
        <translation>Hysbysiadau trydydd parti:</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>Hysbysiadau trydydd parti</translation>
    </message>
    <message>
        <source>The licences of Qt, the fonts, the council list and every library csn-desktop uses</source>
        <translation>Trwyddedau Qt, y ffontiau, y rhestr o gynghorau a phob llyfrgell y mae csn-desktop yn ei defnyddio</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>CSN self-assessment</source>
        <translation>Hunanasesiad CSN</translation>
    </message>
    <message>
        <source>csn-desktop cannot start</source>
        <translation>Ni all csn-desktop gychwyn</translation>
    </message>
</context>
<context>
    <name>AsideView</name>
    <message>
        <source>Assessments moved to the bin. Restore one to put it back; “Delete permanently” removes it and its answers for good (its history is kept).</source>
        <translation>Asesiadau sydd wedi&apos;u symud i&apos;r bin. Adferwch un i&apos;w roi yn ôl; mae “Dileu&apos;n barhaol” yn ei ddileu ef a&apos;i atebion am byth (cedwir ei hanes).</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Cyngor</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dilëwyd</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Adfer</translation>
    </message>
    <message>
        <source>&amp;Delete permanently…</source>
        <translation>&amp;Dileu&apos;n barhaol…</translation>
    </message>
    <message>
        <source>Archived assessments: kept, but not in the list of work in hand. Unarchive one to put it back in the list.</source>
        <translation>Asesiadau wedi&apos;u harchifo: wedi&apos;u cadw, ond nid yn y rhestr o waith ar y gweill. Dad-archifwch un i&apos;w roi yn ôl yn y rhestr.</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Wedi&apos;u harchifo</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <source>U&amp;narchive</source>
        <translation>&amp;Dad-archifo</translation>
    </message>
    <message>
        <source>The bin is empty.</source>
        <translation>Mae&apos;r bin yn wag.</translation>
    </message>
    <message>
        <source>Nothing is archived.</source>
        <translation>Nid oes dim wedi&apos;i archifo.</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Bin</translation>
    </message>
    <message>
        <source>Archived assessments</source>
        <translation>Asesiadau wedi&apos;u harchifo</translation>
    </message>
</context>
<context>
    <name>AssessmentListModel</name>
    <message>
        <source>Council</source>
        <translation>Cyngor</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Cadwyd ddiwethaf</translation>
    </message>
    <message>
        <source>{council} ({code})</source>
        <translation>{council} ({code})</translation>
    </message>
    <message>
        <source>unknown questionnaire version</source>
        <translation>fersiwn anhysbys o&apos;r holiadur</translation>
    </message>
    <message>
        <source>{percent} ({answered} of {required})</source>
        <translation>{percent} ({answered} o {required})</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Terfynol</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>Sections</source>
        <translation>Adrannau</translation>
    </message>
    <message>
        <source>Each section with the required answers given out of those required.</source>
        <translation>Pob adran, gyda nifer yr atebion gofynnol a roddwyd allan o&apos;r rhai gofynnol.</translation>
    </message>
    <message>
        <source>final — read-only</source>
        <translation>terfynol — darllen yn unig</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>drafft</translation>
    </message>
    <message>
        <source>&lt;h1&gt;{title}&lt;/h1&gt; &lt;p&gt;Status: {status}&lt;/p&gt;</source>
        <translation>&lt;h1&gt;{title}&lt;/h1&gt; &lt;p&gt;Statws: {status}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AssessmentState</name>
    <message>
        <source>{council} — {period}</source>
        <translation>{council} — {period}</translation>
    </message>
    <message>
        <source>Change an answer</source>
        <translation>Newid ateb</translation>
    </message>
    <message>
        <source>Reload an answer</source>
        <translation>Ail-lwytho ateb</translation>
    </message>
    <message>
        <source>Saved {time}, but it needs correcting: {problem}</source>
        <translation>Wedi&apos;i gadw am {time}, ond mae angen ei gywiro: {problem}</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Wedi&apos;i gadw am {time}</translation>
    </message>
</context>
<context>
    <name>AssessmentViewer</name>
    <message>
        <source>{council} — {period} (read-only)</source>
        <translation>{council} — {period} (darllen yn unig)</translation>
    </message>
    <message>
        <source>{council} ({code}), {period}, {status}. Read-only: only the answers given are listed.</source>
        <translation>{council} ({code}), {period}, {status}. Darllen yn unig: dim ond yr atebion a roddwyd sydd wedi&apos;u rhestru.</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>dim cod</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ateb</translation>
    </message>
    <message>
        <source>Answers of {council}, {period}</source>
        <translation>Atebion {council}, {period}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>No answers in this section.</source>
        <translation>Nid oes atebion yn yr adran hon.</translation>
    </message>
</context>
<context>
    <name>AudienceDialog</name>
    <message>
        <source>Who is the report for?</source>
        <translation>Ar gyfer pwy mae&apos;r adroddiad?</translation>
    </message>
    <message>
        <source>&amp;Publishable</source>
        <translation>&amp;Cyhoeddadwy</translation>
    </message>
    <message>
        <source>For anyone: aggregates only, no council named, figures about fewer than {minimum} councils withheld, gaps quoted only with the council&apos;s consent and without its name. The figures are those this window shows.</source>
        <translation>I unrhyw un: cyfansymiau yn unig, dim cyngor wedi&apos;i enwi, ffigurau am lai na {minimum} o gynghorau wedi&apos;u hatal, bylchau wedi&apos;u dyfynnu dim ond gyda chydsyniad y cyngor a heb ei enw. Y ffigurau yw&apos;r rhai a ddangosir yn y ffenestr hon.</translation>
    </message>
    <message>
        <source>&amp;Restricted, for the network&apos;s staff</source>
        <translation>C&amp;yfyngedig, ar gyfer staff y rhwydwaith</translation>
    </message>
    <message>
        <source>Names councils and gives every figure, per-council rows and every gap under its council. The file name ends in “{mark}” and every page and sheet says {mark}. Do not share it outside the network.</source>
        <translation>Mae&apos;n enwi cynghorau ac yn rhoi pob ffigur, rhesi fesul cyngor a phob bwlch o dan ei gyngor. Mae enw&apos;r ffeil yn gorffen gyda “{mark}” ac mae pob tudalen a dalen yn dweud {mark}. Peidiwch â&apos;i rhannu y tu allan i&apos;r rhwydwaith.</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Iaith yr adroddiad</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Iaith yr adroddiad:</translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation>&amp;Parhau…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Parhau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>BenchmarkLoaded</name>
    <message>
        <source>Peer benchmark</source>
        <translation>Meincnod cymheiriaid</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
</context>
<context>
    <name>BenchmarkLoading</name>
    <message>
        <source>Load &amp;peer benchmark…</source>
        <translation>Llwytho &amp;meincnod cymheiriaid…</translation>
    </message>
    <message>
        <source>Load the benchmark file the network publishes, to compare with peer councils.</source>
        <translation>Llwytho&apos;r ffeil meincnod y mae&apos;r rhwydwaith yn ei chyhoeddi, er mwyn cymharu â chynghorau sy&apos;n gymheiriaid.</translation>
    </message>
    <message>
        <source>Peer benchmark not loaded</source>
        <translation>Dim meincnod cymheiriaid wedi&apos;i lwytho</translation>
    </message>
</context>
<context>
    <name>BulkSetDialog</name>
    <message>
        <source>Set answers for the selected standards</source>
        <translation>Gosod atebion ar gyfer y safonau a ddewiswyd</translation>
    </message>
    <message>
        <source>Set the answers of the {rows} selected standards. Type the first letters of a choice to pick it; “Leave as it is” keeps each standard&apos;s own answer.</source>
        <translation>Gosodwch atebion y {rows} o safonau a ddewiswyd. Teipiwch lythrennau cyntaf dewis i&apos;w ddewis; mae “Gadael fel y mae” yn cadw ateb pob safon ei hun.</translation>
    </message>
    <message>
        <source>Set &amp;barriers to the ones ticked below</source>
        <translation>Gosod y &amp;rhwystrau i&apos;r rhai sydd wedi&apos;u ticio isod</translation>
    </message>
    <message>
        <source>Set answers</source>
        <translation>Gosod atebion</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>&amp;Defnydd:</translation>
    </message>
    <message>
        <source>&amp;Need:</source>
        <translation>&amp;Angen:</translation>
    </message>
    <message>
        <source>— Leave as it is —</source>
        <translation>— Gadael fel y mae —</translation>
    </message>
    <message>
        <source>Answers that will change: {count}.</source>
        <translation>Atebion a fydd yn newid: {count}.</translation>
    </message>
    <message>
        <source>Standards whose barriers are left as they are, because barriers apply only to a standard not used or partly used: {count}.</source>
        <translation>Safonau y mae eu rhwystrau&apos;n cael eu gadael fel y maen nhw, am fod rhwystrau&apos;n berthnasol dim ond i safon nad yw&apos;n cael ei defnyddio neu sy&apos;n cael ei defnyddio&apos;n rhannol: {count}.</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <source>Calendar</source>
        <translation>Calendr</translation>
    </message>
    <message>
        <source>Arrow keys move the day, Page Up and Page Down the month; Enter chooses.</source>
        <translation>Mae&apos;r bysellau saeth yn symud y diwrnod, a Page Up a Page Down y mis; mae Enter yn dewis.</translation>
    </message>
</context>
<context>
    <name>ChangeWatch</name>
    <message>
        <source>New submissions imported by others: {count} — shown</source>
        <translation>Cyflwyniadau newydd a fewnforiwyd gan eraill: {count} — wedi&apos;u dangos</translation>
    </message>
    <message>
        <source>Changes made by others — shown</source>
        <translation>Newidiadau a wnaed gan eraill — wedi&apos;u dangos</translation>
    </message>
</context>
<context>
    <name>CheckedDialog</name>
    <message>
        <source>⚠ {problem}</source>
        <translation>⚠ {problem}</translation>
    </message>
</context>
<context>
    <name>ChoiceButtonsEditor</name>
    <message>
        <source>Clear answer</source>
        <translation>Clirio&apos;r ateb</translation>
    </message>
    <message>
        <source>Clear the answer to: {question}</source>
        <translation>Clirio&apos;r ateb i: {question}</translation>
    </message>
</context>
<context>
    <name>ChooseBenchmark</name>
    <message>
        <source>Load peer benchmark</source>
        <translation>Llwytho meincnod cymheiriaid</translation>
    </message>
    <message>
        <source>Peer benchmark (*.json);;All files (*)</source>
        <translation>Meincnod cymheiriaid (*.json);;Pob ffeil (*)</translation>
    </message>
</context>
<context>
    <name>ChooseFolder</name>
    <message>
        <source>Import every submission in a folder</source>
        <translation>Mewnforio pob cyflwyniad mewn ffolder</translation>
    </message>
</context>
<context>
    <name>ChooseReportFile</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Llyfr gwaith Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the picture across councils</source>
        <translation>Allforio&apos;r darlun ar draws cynghorau</translation>
    </message>
</context>
<context>
    <name>ChooseSubmissions</name>
    <message>
        <source>Import submissions</source>
        <translation>Mewnforio cyflwyniadau</translation>
    </message>
    <message>
        <source>Submissions (*.xlsx *.ods);;All files (*)</source>
        <translation>Cyflwyniadau (*.xlsx *.ods);;Pob ffeil (*)</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>How you compare</source>
        <translation>Sut rydych chi&apos;n cymharu</translation>
    </message>
    <message>
        <source>Standards in use by theme, you and your peers</source>
        <translation>Safonau sy&apos;n cael eu defnyddio yn ôl thema: chi a&apos;ch cymheiriaid</translation>
    </message>
    <message>
        <source>&amp;Back to the assessment</source>
        <translation>&amp;Yn ôl i&apos;r asesiad</translation>
    </message>
    <message>
        <source>No peer benchmark is loaded for this council. Load a peer benchmark from File → Load peer benchmark… to see how your council compares with the UK, its nation and its authority type.</source>
        <translation>Nid oes meincnod cymheiriaid wedi&apos;i lwytho ar gyfer y cyngor hwn. Llwythwch feincnod cymheiriaid o Ffeil → Llwytho meincnod cymheiriaid… i weld sut mae eich cyngor yn cymharu â&apos;r DU, ei wlad a&apos;i fath o awdurdod.</translation>
    </message>
    <message>
        <source>For each theme, the share of the standards you answered that you use at least in part, beside the same share among councils of the UK, of your nation and of your authority type. Peer figures about too few councils are withheld.</source>
        <translation>Ar gyfer pob thema, cyfran y safonau a atebwyd gennych chi rydych chi&apos;n eu defnyddio o leiaf yn rhannol, wrth ochr yr un gyfran ymhlith cynghorau&apos;r DU, eich gwlad a&apos;ch math o awdurdod. Mae ffigurau cymheiriaid am rhy ychydig o gynghorau wedi&apos;u hatal.</translation>
    </message>
    <message>
        <source>Peer benchmark: {benchmark}.</source>
        <translation>Meincnod cymheiriaid: {benchmark}.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Your council</source>
        <translation>Eich cyngor</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>heb ei ateb</translation>
    </message>
    <message>
        <source>{share} ({in_use} of {answered})</source>
        <translation>{share} ({in_use} o {answered})</translation>
    </message>
    <message>
        <source>withheld (fewer than {minimum} councils)</source>
        <translation>wedi&apos;i atal (llai na {minimum} o gynghorau)</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Y Deyrnas Unedig</translation>
    </message>
    <message>
        <source>{name} (nation)</source>
        <translation>{name} (gwlad)</translation>
    </message>
    <message>
        <source>{name} (authority type)</source>
        <translation>{name} (math o awdurdod)</translation>
    </message>
    <message>
        <source>How you &amp;compare</source>
        <translation>&amp;Sut rydych chi&apos;n cymharu</translation>
    </message>
    <message>
        <source>Compare your council with the UK, its nation and its authority type.</source>
        <translation>Cymharu eich cyngor â&apos;r DU, ei wlad a&apos;i fath o awdurdod.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>CopyForwardDialog</name>
    <message>
        <source>Continue from a previous period</source>
        <translation>Parhau o gyfnod blaenorol</translation>
    </message>
    <message>
        <source>Previous assessment</source>
        <translation>Asesiad blaenorol</translation>
    </message>
    <message>
        <source>{council} — {period} ({status})</source>
        <translation>{council} — {period} ({status})</translation>
    </message>
    <message>
        <source>New period</source>
        <translation>Cyfnod newydd</translation>
    </message>
    <message>
        <source>Copy answers</source>
        <translation>Copïo atebion</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>&amp;Copy answers from:</source>
        <translation>&amp;Copïo atebion o:</translation>
    </message>
    <message>
        <source>&amp;New period:</source>
        <translation>Cyfnod &amp;newydd:</translation>
    </message>
    <message>
        <source>Choose the assessment to copy.</source>
        <translation>Dewiswch yr asesiad i&apos;w gopïo.</translation>
    </message>
</context>
<context>
    <name>CouncilType</name>
    <message>
        <source>city corporation</source>
        <translation>corfforaeth dinas</translation>
    </message>
    <message>
        <source>combined authority</source>
        <translation>awdurdod cyfun</translation>
    </message>
    <message>
        <source>county council</source>
        <translation>cyngor sir</translation>
    </message>
    <message>
        <source>London borough</source>
        <translation>bwrdeistref yn Llundain</translation>
    </message>
    <message>
        <source>metropolitan borough</source>
        <translation>bwrdeistref fetropolitan</translation>
    </message>
    <message>
        <source>district council</source>
        <translation>cyngor dosbarth</translation>
    </message>
    <message>
        <source>district</source>
        <translation>dosbarth</translation>
    </message>
    <message>
        <source>council area</source>
        <translation>ardal cyngor</translation>
    </message>
    <message>
        <source>Greater London Authority</source>
        <translation>Awdurdod Llundain Fwyaf</translation>
    </message>
    <message>
        <source>unitary authority</source>
        <translation>awdurdod unedol</translation>
    </message>
    <message>
        <source>principal council</source>
        <translation>prif gyngor</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong: {error}. The details are in {log}. Every answer shown as saved is safe.</source>
        <translation>Aeth rhywbeth o&apos;i le: {error}. Mae&apos;r manylion yn {log}. Mae pob ateb a ddangosir fel un wedi&apos;i gadw yn ddiogel.</translation>
    </message>
    <message>
        <source>Something went wrong: {error}. Every answer shown as saved is safe.</source>
        <translation>Aeth rhywbeth o&apos;i le: {error}. Mae pob ateb a ddangosir fel un wedi&apos;i gadw yn ddiogel.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Gwall annisgwyl</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/bbbb</translation>
    </message>
    <message>
        <source>Type a date such as 24/11/2026, or press F4 or Alt+Down for a calendar.</source>
        <translation>Teipiwch ddyddiad fel 24/11/2026, neu bwyswch F4 neu Alt+Down i gael calendr.</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendr…</translation>
    </message>
    <message>
        <source>Choose {question} from a calendar</source>
        <translation>Dewis {question} o galendr</translation>
    </message>
</context>
<context>
    <name>DecisionsDialog</name>
    <message>
        <source>Decisions and withdrawn assessments</source>
        <translation>Penderfyniadau ac asesiadau wedi&apos;u tynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>Files the import could not put in order wait here until you choose which version counts. Withdrawn assessments are left out of the figures until you return them. Select a row and press Enter or Versions… to act on it.</source>
        <translation>Mae ffeiliau nad oedd y mewnforio&apos;n gallu eu rhoi mewn trefn yn aros yma nes i chi ddewis pa fersiwn sy&apos;n cyfrif. Mae asesiadau wedi&apos;u tynnu&apos;n ôl yn cael eu gadael allan o&apos;r ffigurau nes i chi eu dychwelyd. Dewiswch res a phwyso Enter neu Fersiynau… i weithredu arni.</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>Yn aros am benderfyniad</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Wedi&apos;u tynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>Fersiyna&amp;u…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>&amp;Waiting for a decision: {count}</source>
        <translation>&amp;Yn aros am benderfyniad: {count}</translation>
    </message>
    <message>
        <source>&amp;Waiting for a decision: none</source>
        <translation>&amp;Yn aros am benderfyniad: dim</translation>
    </message>
    <message>
        <source>W&amp;ithdrawn from the figures: {count}</source>
        <translation>Wedi&apos;u &amp;tynnu&apos;n ôl o&apos;r ffigurau: {count}</translation>
    </message>
    <message>
        <source>W&amp;ithdrawn from the figures: none</source>
        <translation>Wedi&apos;u &amp;tynnu&apos;n ôl o&apos;r ffigurau: dim</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>There is already an assessment for this period</source>
        <translation>Mae asesiad ar gyfer y cyfnod hwn yn bodoli&apos;n barod</translation>
    </message>
    <message>
        <source>Open the existing one</source>
        <translation>Agor yr un sy&apos;n bodoli</translation>
    </message>
    <message>
        <source>Create another anyway</source>
        <translation>Creu un arall beth bynnag</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Dewis y c&amp;yfan</translation>
    </message>
    <message>
        <source>typing</source>
        <translation>teipio</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Dadwneud {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Ailwneud {what}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Allforio</translation>
    </message>
    <message>
        <source>Export “{title}” as:</source>
        <translation>Allforio “{title}” fel:</translation>
    </message>
    <message>
        <source>Open an assessment to export its report or submission. Without one you can export the blank template:</source>
        <translation>Agorwch asesiad i allforio ei adroddiad neu ei gyflwyniad. Heb un, gallwch allforio&apos;r templed gwag:</translation>
    </message>
    <message>
        <source>&amp;PDF report</source>
        <translation>Adroddiad &amp;PDF</translation>
    </message>
    <message>
        <source>&amp;Excel submission</source>
        <translation>Cyflwyniad &amp;Excel</translation>
    </message>
    <message>
        <source>&amp;Blank Excel template</source>
        <translation>&amp;Templed Excel gwag</translation>
    </message>
    <message>
        <source>Language of the file</source>
        <translation>Iaith y ffeil</translation>
    </message>
    <message>
        <source>&amp;Language of the file:</source>
        <translation>&amp;Iaith y ffeil:</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Allforio…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>ExportDoneDialog</name>
    <message>
        <source>Export finished</source>
        <translation>Wedi gorffen allforio</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <source>&amp;Show in folder</source>
        <translation>&amp;Dangos yn y ffolder</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>ExportFileDialog</name>
    <message>
        <source>Export</source>
        <translation>Allforio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>ExportFileName</name>
    <message>
        <source>Smart-city standards self-assessment template</source>
        <translation>Templed hunanasesiad safonau dinasoedd clyfar</translation>
    </message>
    <message>
        <source>{council} {period} smart-city standards submission</source>
        <translation>{council} {period} cyflwyniad safonau dinasoedd clyfar</translation>
    </message>
    <message>
        <source>{council} {period} smart-city standards</source>
        <translation>{council} {period} safonau dinasoedd clyfar</translation>
    </message>
</context>
<context>
    <name>ExportKind</name>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Adroddiad PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Llyfr gwaith Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>A printable report for your leadership: summary, charts, gaps, every answer.</source>
        <translation>Adroddiad i&apos;w argraffu ar gyfer eich arweinwyr: crynodeb, siartiau, bylchau, pob ateb.</translation>
    </message>
    <message>
        <source>The workbook to send to the City Standards Network.</source>
        <translation>Y llyfr gwaith i&apos;w anfon at y City Standards Network.</translation>
    </message>
    <message>
        <source>The questionnaire as a blank workbook, for councils without this app.</source>
        <translation>Yr holiadur fel llyfr gwaith gwag, ar gyfer cynghorau heb yr ap hwn.</translation>
    </message>
    <message>
        <source>Writing the PDF report…</source>
        <translation>Yn ysgrifennu&apos;r adroddiad PDF…</translation>
    </message>
    <message>
        <source>The PDF report could not be exported</source>
        <translation>Nid oedd modd allforio&apos;r adroddiad PDF</translation>
    </message>
    <message>
        <source>Export the PDF report</source>
        <translation>Allforio&apos;r adroddiad PDF</translation>
    </message>
    <message>
        <source>The PDF report was saved as “{name}” in {folder}.</source>
        <translation>Cafodd yr adroddiad PDF ei gadw fel “{name}” yn {folder}.</translation>
    </message>
    <message>
        <source>Writing the Excel submission…</source>
        <translation>Yn ysgrifennu&apos;r cyflwyniad Excel…</translation>
    </message>
    <message>
        <source>The Excel submission could not be exported</source>
        <translation>Nid oedd modd allforio&apos;r cyflwyniad Excel</translation>
    </message>
    <message>
        <source>Export the Excel submission</source>
        <translation>Allforio&apos;r cyflwyniad Excel</translation>
    </message>
    <message>
        <source>The Excel submission was saved as “{name}” in {folder}.</source>
        <translation>Cafodd y cyflwyniad Excel ei gadw fel “{name}” yn {folder}.</translation>
    </message>
    <message>
        <source>Writing the blank Excel template…</source>
        <translation>Yn ysgrifennu&apos;r templed Excel gwag…</translation>
    </message>
    <message>
        <source>The blank Excel template could not be exported</source>
        <translation>Nid oedd modd allforio&apos;r templed Excel gwag</translation>
    </message>
    <message>
        <source>Export the blank Excel template</source>
        <translation>Allforio&apos;r templed Excel gwag</translation>
    </message>
    <message>
        <source>The blank Excel template was saved as “{name}” in {folder}.</source>
        <translation>Cafodd y templed Excel gwag ei gadw fel “{name}” yn {folder}.</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Yn allforio</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Yn canslo…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was changed.</source>
        <translation>Allforio wedi&apos;i ganslo; ni newidiwyd unrhyw ffeil.</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>Wedi allforio {path}</translation>
    </message>
    <message>
        <source>Some letters could not be printed</source>
        <translation>Nid oedd modd argraffu rhai llythrennau</translation>
    </message>
</context>
<context>
    <name>FigureTableModel</name>
    <message>
        <source>Not aware</source>
        <translation>Ddim yn ymwybodol</translation>
    </message>
    <message>
        <source>Aware, unused</source>
        <translation>Ymwybodol, heb ei defnyddio</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Cynllunio</translation>
    </message>
    <message>
        <source>Partly used</source>
        <translation>Defnydd rhannol</translation>
    </message>
    <message>
        <source>Fully used</source>
        <translation>Defnydd llawn</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Ardystiedig</translation>
    </message>
    <message>
        <source>Share of the councils answering: “{choice}”</source>
        <translation>Cyfran y cynghorau a atebodd: “{choice}”</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>The standard&apos;s reference</source>
        <translation>Cyfeirnod y safon</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Answering</source>
        <translation>Yn ateb</translation>
    </message>
    <message>
        <source>Councils that gave a use status for this standard</source>
        <translation>Cynghorau a roddodd statws defnydd ar gyfer y safon hon</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Safle</translation>
    </message>
    <message>
        <source>1 is the largest; equal figures share a rank; withheld figures have none and come last</source>
        <translation>1 yw&apos;r mwyaf; mae ffigurau cyfartal yn rhannu safle; nid oes safle gan ffigurau wedi&apos;u hatal ac maen nhw&apos;n dod yn olaf</translation>
    </message>
    <message>
        <source>Need, not using</source>
        <translation>Angen, heb ei defnyddio</translation>
    </message>
    <message>
        <source>Councils that need it (needed or essential) but do not use it</source>
        <translation>Cynghorau sydd ei hangen (angen neu hanfodol) ond nad ydynt yn ei defnyddio</translation>
    </message>
    <message>
        <source>% answering</source>
        <translation>% yn ateb</translation>
    </message>
    <message>
        <source>Those councils as a share of the councils that gave a use status for the standard</source>
        <translation>Y cynghorau hynny fel cyfran o&apos;r cynghorau a roddodd statws defnydd ar gyfer y safon</translation>
    </message>
    <message>
        <source>Barrier</source>
        <translation>Rhwystr</translation>
    </message>
    <message>
        <source>Councils</source>
        <translation>Cynghorau</translation>
    </message>
    <message>
        <source>Councils citing the barrier for at least one standard</source>
        <translation>Cynghorau sy&apos;n nodi&apos;r rhwystr ar gyfer o leiaf un safon</translation>
    </message>
    <message>
        <source>% of councils</source>
        <translation>% o&apos;r cynghorau</translation>
    </message>
    <message>
        <source>Share of the councils in this selection</source>
        <translation>Cyfran y cynghorau yn y detholiad hwn</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Cyfeiriadau</translation>
    </message>
    <message>
        <source>Times the barrier was cited, over all standards</source>
        <translation>Sawl gwaith y nodwyd y rhwystr, dros yr holl safonau</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Dewis</translation>
    </message>
    <message>
        <source>Councils choosing it</source>
        <translation>Cynghorau sy&apos;n ei ddewis</translation>
    </message>
    <message>
        <source>Share of the councils that answered the question</source>
        <translation>Cyfran y cynghorau a atebodd y cwestiwn</translation>
    </message>
    <message>
        <source>Councils that answered the question</source>
        <translation>Cynghorau a atebodd y cwestiwn</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Effaith</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <source>The service a council wants to deliver, quoted only with its consent and without its name, as the files quote it</source>
        <translation>Y gwasanaeth y mae cyngor am ei ddarparu, wedi&apos;i ddyfynnu dim ond gyda&apos;i gydsyniad a heb ei enw, fel y mae&apos;r ffeiliau&apos;n ei ddyfynnu</translation>
    </message>
    <message>
        <source>A standard should cover</source>
        <translation>Dylai safon gwmpasu</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Cyngor</translation>
    </message>
    <message>
        <source>GSS code</source>
        <translation>Cod GSS</translation>
    </message>
    <message>
        <source>Nation</source>
        <translation>Gwlad</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Rhanbarth</translation>
    </message>
    <message>
        <source>Authority type</source>
        <translation>Math o awdurdod</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Tarddiad</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Rhybudd</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>&amp;How to complete an assessment</source>
        <translation>&amp;Sut i lenwi asesiad</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <source>About this &amp;questionnaire</source>
        <translation>Ynghylch yr &amp;holiadur hwn</translation>
    </message>
</context>
<context>
    <name>HeatmapModel</name>
    <message>
        <source>{code} — {title}
{what}: {value}
Answering: {answering}</source>
        <translation>{code} — {title}
{what}: {value}
Yn ateb: {answering}</translation>
    </message>
</context>
<context>
    <name>HelpGuide</name>
    <message>
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <source>Choose File → New assessment… and type part of your council&apos;s name (its official or Welsh name, or its GSS code, work too); choose it from the list, then give the financial year and your name. The start page introduces the questionnaire: how long it takes and what happens to your answers.</source>
        <translation>Dewiswch Ffeil → Asesiad newydd… a theipiwch ran o enw eich cyngor (mae ei enw swyddogol neu ei enw Cymraeg, neu ei god GSS, yn gweithio hefyd); dewiswch ef o&apos;r rhestr, yna rhowch y flwyddyn ariannol a&apos;ch enw. Mae&apos;r dudalen gychwyn yn cyflwyno&apos;r holiadur: faint o amser mae&apos;n ei gymryd a beth sy&apos;n digwydd i&apos;ch atebion.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ateb</translation>
    </message>
    <message>
        <source>Work through the sections listed on the left, in any order and over as many sittings as you like (Ctrl+PgDown goes to the next section). Every answer is saved as soon as you give it: there is no Save button. Ask colleagues from planning, transport, IT or procurement to fill in the parts they know best on this computer.</source>
        <translation>Ewch drwy&apos;r adrannau a restrir ar y chwith, mewn unrhyw drefn a dros gynifer o sesiynau ag y mynnwch (mae Ctrl+PgDown yn mynd i&apos;r adran nesaf). Mae pob ateb yn cael ei gadw cyn gynted ag y byddwch yn ei roi: nid oes botwm Cadw. Gofynnwch i gydweithwyr ym maes cynllunio, trafnidiaeth, TG neu gaffael lenwi&apos;r rhannau maen nhw&apos;n eu gwybod orau ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygu</translation>
    </message>
    <message>
        <source>Assessment → Review (Ctrl+R) lists every required answer still missing and every answer that is not valid. Choose one to go straight to its question.</source>
        <translation>Mae Asesiad → Adolygu (Ctrl+R) yn rhestru pob ateb gofynnol sy&apos;n dal ar goll a phob ateb nad yw&apos;n ddilys. Dewiswch un i fynd yn syth at ei gwestiwn.</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>Cwblhau</translation>
    </message>
    <message>
        <source>When nothing required is missing and the sign-off is filled in, finalise it (Assessment → Finalise…). The assessment becomes read-only; Assessment → Reopen… lets you change it again, and asks why.</source>
        <translation>Pan nad oes dim byd gofynnol ar goll a bod y gymeradwyaeth wedi&apos;i llenwi, cwblhewch yr asesiad (Asesiad → Cwblhau…). Daw&apos;r asesiad yn ddarllen yn unig; mae Asesiad → Ailagor… yn gadael i chi ei newid eto, ac yn gofyn pam.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Allforio</translation>
    </message>
    <message>
        <source>Choose File → Export… (Ctrl+E). The Excel submission is the file for the City Standards Network; the PDF report, with charts and every answer, is for your leadership.</source>
        <translation>Dewiswch Ffeil → Allforio… (Ctrl+E). Y cyflwyniad Excel yw&apos;r ffeil ar gyfer y City Standards Network; mae&apos;r adroddiad PDF, gyda siartiau a phob ateb, ar gyfer eich arweinwyr.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Anfon</translation>
    </message>
    <message>
        <source>E-mail the Excel submission, as an attachment, to the City Standards Network at the address given in the invitation your council received. Do not change the file before sending it: the network checks it. Keep a copy with the PDF report.</source>
        <translation>Anfonwch y cyflwyniad Excel, fel atodiad e-bost, at y City Standards Network i&apos;r cyfeiriad a roddwyd yn y gwahoddiad a gafodd eich cyngor. Peidiwch â newid y ffeil cyn ei hanfon: mae&apos;r rhwydwaith yn ei gwirio. Cadwch gopi gyda&apos;r adroddiad PDF.</translation>
    </message>
    <message>
        <source>How to complete an assessment</source>
        <translation>Sut i lenwi asesiad</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>HomeKeeper</name>
    <message>
        <source>&amp;Rename assessment…</source>
        <translation>Ail&amp;enwi&apos;r asesiad…</translation>
    </message>
    <message>
        <source>Arch&amp;ive assessment</source>
        <translation>A&amp;rchifo&apos;r asesiad</translation>
    </message>
    <message>
        <source>&amp;Move assessment to bin</source>
        <translation>&amp;Symud yr asesiad i&apos;r bin</translation>
    </message>
    <message>
        <source>Move the selected assessment to the bin; it can be restored.</source>
        <translation>Symud yr asesiad a ddewiswyd i&apos;r bin; gellir ei adfer.</translation>
    </message>
    <message>
        <source>Moved “{title}” to the bin.</source>
        <translation>Symudwyd “{title}” i&apos;r bin.</translation>
    </message>
    <message>
        <source>Restored “{title}”.</source>
        <translation>Adferwyd “{title}”.</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Dileu&apos;n barhaol</translation>
    </message>
    <message>
        <source>Delete this assessment and all its answers for good? This cannot be undone. Its history (who did what, when) is kept.</source>
        <translation>Dileu&apos;r asesiad hwn a&apos;i holl atebion am byth? Nid oes modd dadwneud hyn. Bydd ei hanes (pwy wnaeth beth, a phryd) yn cael ei gadw.</translation>
    </message>
    <message>
        <source>Deleted “{title}” permanently.</source>
        <translation>Dilëwyd “{title}” yn barhaol.</translation>
    </message>
    <message>
        <source>Archived “{title}”. It is listed under Archived.</source>
        <translation>Archifwyd “{title}”. Mae wedi&apos;i restru o dan Wedi&apos;u harchifo.</translation>
    </message>
    <message>
        <source>“{title}” is back in the list.</source>
        <translation>Mae “{title}” yn ôl yn y rhestr.</translation>
    </message>
    <message>
        <source>Could not rename</source>
        <translation>Methu ailenwi</translation>
    </message>
    <message>
        <source>Renamed to “{title}”.</source>
        <translation>Ailenwyd yn “{title}”.</translation>
    </message>
    <message>
        <source>Could not change the list</source>
        <translation>Methu newid y rhestr</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Assessments on this computer</source>
        <translation>Asesiadau ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>Your council has no assessments of its own on this computer yet. Choose “New assessment” to start.</source>
        <translation>Nid oes gan eich cyngor asesiadau ei hun ar y cyfrifiadur hwn eto. Dewiswch “Asesiad newydd” i ddechrau.</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>Asesiad &amp;newydd…</translation>
    </message>
    <message>
        <source>&amp;Continue from a previous period…</source>
        <translation>&amp;Parhau o gyfnod blaenorol…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Dangos</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Asesiadau</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Wedi&apos;u harchifo</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Bin</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Assessments&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Asesiadau&lt;/h1&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n imported submission(s) from other councils are in the Network window (Network → Network view…), not in this list.</source>
        <translation>
            <numerusform>Mae %n o gyflwyniadau wedi&apos;u mewnforio gan gynghorau eraill yn ffenestr y Rhwydwaith (Rhwydwaith → Golwg ar y rhwydwaith…), nid yn y rhestr hon.</numerusform>
            <numerusform>Mae %n cyflwyniad wedi&apos;i fewnforio gan gyngor arall yn ffenestr y Rhwydwaith (Rhwydwaith → Golwg ar y rhwydwaith…), nid yn y rhestr hon.</numerusform>
            <numerusform>Mae %n o gyflwyniadau wedi&apos;u mewnforio gan gynghorau eraill yn ffenestr y Rhwydwaith (Rhwydwaith → Golwg ar y rhwydwaith…), nid yn y rhestr hon.</numerusform>
            <numerusform>Mae %n o gyflwyniadau wedi&apos;u mewnforio gan gynghorau eraill yn ffenestr y Rhwydwaith (Rhwydwaith → Golwg ar y rhwydwaith…), nid yn y rhestr hon.</numerusform>
            <numerusform>Mae %n o gyflwyniadau wedi&apos;u mewnforio gan gynghorau eraill yn ffenestr y Rhwydwaith (Rhwydwaith → Golwg ar y rhwydwaith…), nid yn y rhestr hon.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Ail&amp;enwi…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>A&amp;rchifo</translation>
    </message>
    <message>
        <source>Move to &amp;bin</source>
        <translation>Symud i&apos;r &amp;bin</translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <source>Import results</source>
        <translation>Canlyniadau&apos;r mewnforio</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Crynodeb o&apos;r mewnforio</translation>
    </message>
    <message>
        <source>Files imported</source>
        <translation>Ffeiliau a fewnforiwyd</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>Manylion y ffeil a ddewiswyd</translation>
    </message>
    <message>
        <source>Select a file to see everything about it.</source>
        <translation>Dewiswch ffeil i weld popeth amdani.</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>&amp;Penderfynu…</translation>
    </message>
    <message>
        <source>Choose which version of this council&apos;s assessment is counted</source>
        <translation>Dewis pa fersiwn o asesiad y cyngor hwn sy&apos;n cael ei chyfrif</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>Fersiyna&amp;u…</translation>
    </message>
    <message>
        <source>See every version of this council&apos;s assessment</source>
        <translation>Gweld pob fersiwn o asesiad y cyngor hwn</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Select a file to see its notes and details below. Files for the same council and period are marked in the last column.</source>
        <translation>Dewiswch ffeil i weld ei nodiadau a&apos;i manylion isod. Mae ffeiliau ar gyfer yr un cyngor a chyfnod wedi&apos;u marcio yn y golofn olaf.</translation>
    </message>
    <message>
        <source>A result in bold needs a decision: select the file and press Decide… to choose which version is counted.</source>
        <translation>Mae angen penderfyniad ar ganlyniad mewn print trwm: dewiswch y ffeil a phwyso Penderfynu… i ddewis pa fersiwn sy&apos;n cael ei chyfrif.</translation>
    </message>
    <message>
        <source>{outcome}: {message}</source>
        <translation>{outcome}: {message}</translation>
    </message>
    <message>
        <source>Where: {place}</source>
        <translation>Ble: {place}</translation>
    </message>
    <message>
        <source>What changed: {changes}</source>
        <translation>Beth newidiodd: {changes}</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Nodiadau:</translation>
    </message>
    <message>
        <source>Same council and period as: {files}</source>
        <translation>Yr un cyngor a chyfnod â: {files}</translation>
    </message>
</context>
<context>
    <name>ImportResultsModel</name>
    <message>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Cyngor</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Beth newidiodd</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Same council and period</source>
        <translation>Yr un cyngor a chyfnod</translation>
    </message>
    <message>
        <source>What the import did with the file; “flagged”: edited after export</source>
        <translation>Beth wnaeth y mewnforio gyda&apos;r ffeil; “wedi&apos;i nodi”: wedi&apos;i golygu ar ôl ei hallforio</translation>
    </message>
    <message>
        <source>Answers kept but not counted, or changed in the readable sheets</source>
        <translation>Atebion a gadwyd ond na chawsant eu cyfrif, neu a newidiwyd yn y dalenni darllenadwy</translation>
    </message>
    <message>
        <source>Other files of this import for the same council and period</source>
        <translation>Ffeiliau eraill yn y mewnforio hwn ar gyfer yr un cyngor a chyfnod</translation>
    </message>
    <message>
        <source>{outcome}, flagged</source>
        <translation>{outcome}, wedi&apos;i nodi</translation>
    </message>
    <message>
        <source> ({place})</source>
        <translation> ({place})</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message>
        <source>new</source>
        <translation>newydd</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>dyblyg</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>diwygiad</translation>
    </message>
    <message>
        <source>older version</source>
        <translation>fersiwn hŷn</translation>
    </message>
    <message>
        <source>needs a decision</source>
        <translation>angen penderfyniad</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>wedi&apos;i wrthod</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>wedi&apos;i hepgor</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>wedi&apos;i ganslo</translation>
    </message>
    <message>
        <source>submission</source>
        <translation>cyflwyniad</translation>
    </message>
    <message>
        <source>template</source>
        <translation>templed</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Follow the system</source>
        <translation>&amp;Dilyn y system</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>The language cannot be changed yet</source>
        <translation>Ni ellir newid yr iaith eto</translation>
    </message>
    <message>
        <source>Wait for the export to finish, then choose the language again.</source>
        <translation>Arhoswch i&apos;r allforio orffen, yna dewiswch yr iaith eto.</translation>
    </message>
</context>
<context>
    <name>LengthCounter</name>
    <message>
        <source>⚠ {length} / {limit} characters: too long</source>
        <translation>⚠ {length} / {limit} nod: rhy hir</translation>
    </message>
    <message>
        <source>{length} / {limit} characters</source>
        <translation>{length} / {limit} nod</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>City Standards Network — self-assessment</source>
        <translation>City Standards Network — hunanasesiad</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Statws cadw</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Nid oes modd agor y gronfa ddata</translation>
    </message>
    <message>
        <source>Bringing the progress of every assessment up to date…</source>
        <translation>Yn diweddaru cynnydd pob asesiad…</translation>
    </message>
    <message>
        <source>Could not start the assessment</source>
        <translation>Methu dechrau&apos;r asesiad</translation>
    </message>
    <message>
        <source>Could not copy the assessment</source>
        <translation>Methu copïo&apos;r asesiad</translation>
    </message>
    <message>
        <source>Could not open the assessment</source>
        <translation>Methu agor yr asesiad</translation>
    </message>
    <message>
        <source>{title} — City Standards Network self-assessment</source>
        <translation>{title} — hunanasesiad City Standards Network</translation>
    </message>
    <message>
        <source>All answers saved</source>
        <translation>Pob ateb wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>Methu cadw: {reason}</translation>
    </message>
    <message>
        <source>An answer could not be saved; it is marked beside its question.</source>
        <translation>Nid oedd modd cadw ateb; mae wedi&apos;i farcio wrth ymyl ei gwestiwn.</translation>
    </message>
</context>
<context>
    <name>MatrixDelegate</name>
    <message>
        <source>— Not answered —</source>
        <translation>— Heb ei ateb —</translation>
    </message>
    <message>
        <source>Space ticks or unticks a choice; Enter saves.</source>
        <translation>Mae Space yn ticio neu&apos;n dad-dicio dewis; mae Enter yn cadw.</translation>
    </message>
</context>
<context>
    <name>MatrixDetailPane</name>
    <message>
        <source>Details of the current standard</source>
        <translation>Manylion y safon gyfredol</translation>
    </message>
    <message>
        <source>Choose a standard in the table to see it in full.</source>
        <translation>Dewiswch safon yn y tabl i&apos;w gweld yn llawn.</translation>
    </message>
    <message>
        <source>✱ Required: it is in a theme you chose.</source>
        <translation>✱ Gofynnol: mae mewn thema a ddewisoch chi.</translation>
    </message>
    <message>
        <source>year not given</source>
        <translation>dim blwyddyn wedi&apos;i rhoi</translation>
    </message>
    <message>
        <source>{publisher}, {year} · Theme: {theme}</source>
        <translation>{publisher}, {year} · Thema: {theme}</translation>
    </message>
</context>
<context>
    <name>MatrixPeers</name>
    <message>
        <source>the United Kingdom</source>
        <translation>y Deyrnas Unedig</translation>
    </message>
    <message>
        <source>Peers: {group}</source>
        <translation>Cymheiriaid: {group}</translation>
    </message>
    <message>
        <source>The share of councils in {group} that use each standard at least in part, and that need it or find it essential. From the peer benchmark: {benchmark}.</source>
        <translation>Cyfran y cynghorau (grŵp: {group}) sy&apos;n defnyddio pob safon o leiaf yn rhannol, ac sydd ei hangen neu&apos;n ei hystyried yn hanfodol. O&apos;r meincnod cymheiriaid: {benchmark}.</translation>
    </message>
    <message>
        <source>not in the benchmark</source>
        <translation>dim yn y meincnod</translation>
    </message>
    <message>
        <source>Councils in {group} that use it: {use}; that need it: {need}.</source>
        <translation>Cynghorau (grŵp: {group}) sy&apos;n ei defnyddio: {use}; sydd ei hangen: {need}.</translation>
    </message>
    <message>
        <source>withheld (fewer than {minimum} councils)</source>
        <translation>wedi&apos;i atal (llai na {minimum} o gynghorau)</translation>
    </message>
    <message>
        <source>use withheld</source>
        <translation>defnydd wedi&apos;i atal</translation>
    </message>
    <message>
        <source>{share} use</source>
        <translation>defnydd {share}</translation>
    </message>
    <message>
        <source>need withheld</source>
        <translation>angen wedi&apos;i atal</translation>
    </message>
    <message>
        <source>{share} need</source>
        <translation>angen {share}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>Asesiad &amp;newydd…</translation>
    </message>
    <message>
        <source>&amp;Continue from a previous period…</source>
        <translation>&amp;Parhau o gyfnod blaenorol…</translation>
    </message>
    <message>
        <source>&amp;Open selected assessment</source>
        <translation>&amp;Agor yr asesiad a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Home (all assessments)</source>
        <translation>&amp;Hafan (pob asesiad)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>All&amp;forio…</translation>
    </message>
    <message>
        <source>Export the open assessment as a PDF report or an Excel submission.</source>
        <translation>Allforio&apos;r asesiad sydd ar agor fel adroddiad PDF neu gyflwyniad Excel.</translation>
    </message>
    <message>
        <source>Export blank Excel &amp;template…</source>
        <translation>Allforio &amp;templed Excel gwag…</translation>
    </message>
    <message>
        <source>Save the blank Excel workbook for a council that will answer in Excel, without the app.</source>
        <translation>Cadw&apos;r llyfr gwaith Excel gwag ar gyfer cyngor a fydd yn ateb yn Excel, heb yr ap.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>&amp;Find standard</source>
        <translation>Ch&amp;wilio am safon</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>&amp;Asesiad</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>&amp;Adran nesaf</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation>Adran &amp;flaenorol</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>Ad&amp;olygu</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation>&amp;Cwblhau…</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>A&amp;ilagor…</translation>
    </message>
    <message>
        <source>Settin&amp;gs</source>
        <translation>Gosod&amp;iadau</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>&amp;About csn-desktop</source>
        <translation>&amp;Ynghylch csn-desktop</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>an unexpected error ({kind}); details are in the log file</source>
        <translation>gwall annisgwyl ({kind}); mae&apos;r manylion yn y ffeil log</translation>
    </message>
</context>
<context>
    <name>MultiSelect</name>
    <message>
        <source>All</source>
        <translation>Pob un</translation>
    </message>
    <message>
        <source>{name} choices</source>
        <translation>Dewisiadau ar gyfer {name}</translation>
    </message>
    <message>
        <source>{count} {plural}</source>
        <extracomment>how many values are chosen, and what they are (&quot;2 regions&quot;).</extracomment>
        <translation>{count} {plural}</translation>
    </message>
    <message>
        <source>{name}: {values}</source>
        <translation>{name}: {values}</translation>
    </message>
    <message>
        <source>{name}: all</source>
        <translation>{name}: pob un</translation>
    </message>
</context>
<context>
    <name>NetworkFilters</name>
    <message>
        <source>&amp;Nation</source>
        <translation>Gwla&amp;d</translation>
    </message>
    <message>
        <source>nations</source>
        <translation>o wledydd</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>Rh&amp;anbarth</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>o ranbarthau</translation>
    </message>
    <message>
        <source>&amp;Authority type</source>
        <translation>&amp;Math o awdurdod</translation>
    </message>
    <message>
        <source>types</source>
        <translation>o fathau o awdurdod</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>Figures are about one period: the newest unless chosen</source>
        <translation>Mae&apos;r ffigurau&apos;n ymwneud ag un cyfnod: y mwyaf diweddar oni bai eich bod yn dewis un arall</translation>
    </message>
    <message>
        <source>Per&amp;iod:</source>
        <translation>C&amp;yfnod:</translation>
    </message>
    <message>
        <source>{filter}:</source>
        <translation>{filter}:</translation>
    </message>
    <message>
        <source>Include dra&amp;fts</source>
        <translation>Cynnwys dra&amp;fftiau</translation>
    </message>
    <message>
        <source>Count a council&apos;s draft when it has no final assessment for the period; every output then says so</source>
        <translation>Cyfrif drafft cyngor pan nad oes ganddo asesiad terfynol ar gyfer y cyfnod; bydd pob allbwn wedyn yn dweud hynny</translation>
    </message>
    <message>
        <source>Include ot&amp;her organisations</source>
        <translation>Cynnwys sefydliadau &amp;eraill</translation>
    </message>
    <message>
        <source>Count organisations that are not councils (no GSS code) as councils</source>
        <translation>Cyfrif sefydliadau nad ydynt yn gynghorau (dim cod GSS) fel cynghorau</translation>
    </message>
    <message>
        <source>Minimum group</source>
        <translation>Maint lleiaf grŵp</translation>
    </message>
    <message>
        <source>Figures about fewer councils than this are withheld, here and in the publishable files</source>
        <translation>Mae ffigurau am lai o gynghorau na hyn yn cael eu hatal, yma ac yn y ffeiliau cyhoeddadwy</translation>
    </message>
    <message>
        <source>&amp;Minimum group:</source>
        <translation>Maint &amp;lleiaf grŵp:</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>Clirio&apos;r &amp;hidlyddion</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clirio&apos;r hidlyddion</translation>
    </message>
</context>
<context>
    <name>NetworkHeader</name>
    <message>
        <source>Selection</source>
        <translation>Detholiad</translation>
    </message>
    <message>
        <source>Councils and response rate</source>
        <translation>Cynghorau a chyfradd ymateb</translation>
    </message>
    <message>
        <source>Councils by nation and authority type</source>
        <translation>Cynghorau fesul gwlad a math o awdurdod</translation>
    </message>
    <message>
        <source>What to know about these figures</source>
        <translation>Beth i&apos;w wybod am y ffigurau hyn</translation>
    </message>
    <message>
        <source>Loading the submissions…</source>
        <translation>Yn llwytho&apos;r cyflwyniadau…</translation>
    </message>
    <message>
        <source>Counted: {councils}. Response rate: {rate} (councils that exist in these places: {existing}).</source>
        <translation>Wedi&apos;u cyfrif: {councils}. Cyfradd ymateb: {rate} (cynghorau sy&apos;n bodoli yn y lleoedd hyn: {existing}).</translation>
    </message>
    <message>
        <source>By nation: {nations}.
By authority type: {types}.</source>
        <translation>Fesul gwlad: {nations}.
Fesul math o awdurdod: {types}.</translation>
    </message>
    <message>
        <source>{group}: {members}</source>
        <extracomment>a merged group and the groups it holds (&quot;Other types: County, …&quot;).</extracomment>
        <translation>{group}: {members}</translation>
    </message>
    <message>
        <source>{group}: {councils}</source>
        <extracomment>one nation or authority type and its councils (&quot;Wales: 12&quot;).</extracomment>
        <translation>{group}: {councils}</translation>
    </message>
    <message>
        <source>{group}: {councils} of {existing} ({rate})</source>
        <extracomment>a group, its councils counted, those that exist, the rate.</extracomment>
        <translation>{group}: {councils} o {existing} ({rate})</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>between the groups of a breakdown (&quot;England: 5 of 9; Wales: 7 of 22&quot;).</extracomment>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>NetworkMenu</name>
    <message>
        <source>Net&amp;work</source>
        <translation>Rh&amp;wydwaith</translation>
    </message>
    <message>
        <source>&amp;Network view…</source>
        <translation>&amp;Golwg ar y rhwydwaith…</translation>
    </message>
    <message>
        <source>&amp;Import submissions…</source>
        <translation>&amp;Mewnforio cyflwyniadau…</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>Mewnforio &amp;ffolder…</translation>
    </message>
</context>
<context>
    <name>NetworkRows</name>
    <message>
        <source>edited after export</source>
        <translation>wedi&apos;i olygu ar ôl ei allforio</translation>
    </message>
</context>
<context>
    <name>NetworkWindow</name>
    <message>
        <source>City Standards Network — the picture across councils</source>
        <translation>City Standards Network — y darlun ar draws cynghorau</translation>
    </message>
    <message>
        <source>Loading submissions</source>
        <translation>Yn llwytho cyflwyniadau</translation>
    </message>
    <message>
        <source>Drop submission files or folders here to import them.</source>
        <translation>Gollyngwch ffeiliau neu ffolderi cyflwyniadau yma i&apos;w mewnforio.</translation>
    </message>
    <message>
        <source>Views across councils</source>
        <translation>Golygon ar draws cynghorau</translation>
    </message>
    <message>
        <source>Standards by use status</source>
        <translation>Safonau fesul statws defnydd</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Galw</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Rhwystrau</translation>
    </message>
    <message>
        <source>About the gaps quoted</source>
        <translation>Ynghylch y bylchau a ddyfynnir</translation>
    </message>
    <message>
        <source>Gaps councils agreed to have quoted</source>
        <translation>Bylchau y cytunodd cynghorau iddynt gael eu dyfynnu</translation>
    </message>
    <message>
        <source>National priorities</source>
        <translation>Blaenoriaethau cenedlaethol</translation>
    </message>
    <message>
        <source>&amp;Standards × use</source>
        <translation>&amp;Safonau × defnydd</translation>
    </message>
    <message>
        <source>&amp;Demand</source>
        <translation>&amp;Galw</translation>
    </message>
    <message>
        <source>&amp;Barriers</source>
        <translation>&amp;Rhwystrau</translation>
    </message>
    <message>
        <source>&amp;Gaps</source>
        <translation>&amp;Bylchau</translation>
    </message>
    <message>
        <source>National &amp;priorities</source>
        <translation>Blaenoriaethau &amp;cenedlaethol</translation>
    </message>
    <message>
        <source>C&amp;ouncils</source>
        <translation>Cy&amp;nghorau</translation>
    </message>
    <message>
        <source>Councils</source>
        <translation>Cynghorau</translation>
    </message>
    <message>
        <source>Enter or double-click: the council&apos;s answers. Ctrl+Shift+V or the context menu: its versions</source>
        <translation>Enter neu glicio ddwywaith: atebion y cyngor. Ctrl+Shift+V neu&apos;r ddewislen cyd-destun: ei fersiynau</translation>
    </message>
    <message>
        <source>Open ans&amp;wers</source>
        <translation>Agor yr a&amp;tebion</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>Fersiyna&amp;u…</translation>
    </message>
    <message>
        <source>Versions…</source>
        <translation>Fersiynau…</translation>
    </message>
    <message>
        <source>Every file received for the council and period; choose which one counts</source>
        <translation>Pob ffeil a ddaeth i law ar gyfer y cyngor a&apos;r cyfnod; dewiswch pa un sy&apos;n cyfrif</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>&amp;Penderfynu…</translation>
    </message>
    <message>
        <source>Decide which versions count</source>
        <translation>Penderfynu pa fersiynau sy&apos;n cyfrif</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>Rh&amp;wydwaith</translation>
    </message>
    <message>
        <source>&amp;Import submissions…</source>
        <translation>&amp;Mewnforio cyflwyniadau…</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>Mewnforio &amp;ffolder…</translation>
    </message>
    <message>
        <source>Decisions and &amp;withdrawn…</source>
        <translation>Penderfyniadau a rhai wedi&apos;u &amp;tynnu&apos;n ôl…</translation>
    </message>
    <message>
        <source>Export &amp;workbook (.xlsx)…</source>
        <translation>Allforio &amp;llyfr gwaith (.xlsx)…</translation>
    </message>
    <message>
        <source>Export &amp;PDF summary…</source>
        <translation>Allforio crynodeb &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Ail-lwytho</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cau</translation>
    </message>
    <message>
        <source>Loading the submissions…</source>
        <translation>Yn llwytho&apos;r cyflwyniadau…</translation>
    </message>
    <message>
        <source>Submissions waiting for a decision: {count}. The import could not tell which file is newer; until you choose, the version counted stays as it was.</source>
        <translation>Cyflwyniadau sy&apos;n aros am benderfyniad: {count}. Nid oedd y mewnforio&apos;n gallu dweud pa ffeil sy&apos;n fwy diweddar; nes i chi ddewis, mae&apos;r fersiwn sy&apos;n cael ei chyfrif yn aros fel yr oedd.</translation>
    </message>
    <message>
        <source>Could not load the submissions</source>
        <translation>Methu llwytho&apos;r cyflwyniadau</translation>
    </message>
    <message>
        <source>Reading the period&apos;s submissions…</source>
        <translation>Yn darllen cyflwyniadau&apos;r cyfnod…</translation>
    </message>
    <message>
        <source>The gaps of councils that agreed to be quoted, without their names: what the publishable files quote. The Councils tab opens any council&apos;s own answers.</source>
        <translation>Bylchau&apos;r cynghorau a gytunodd i gael eu dyfynnu, heb eu henwau: yr hyn y mae&apos;r ffeiliau cyhoeddadwy yn ei ddyfynnu. Mae&apos;r tab Cynghorau yn agor atebion unrhyw gyngor ei hun.</translation>
    </message>
    <message>
        <source>None is quoted: this selection has too few councils.</source>
        <translation>Nid oes yr un wedi&apos;i ddyfynnu: mae gan y detholiad hwn ry ychydig o gynghorau.</translation>
    </message>
    <message>
        <source>None of the councils in this selection agreed to have a gap quoted.</source>
        <translation>Ni chytunodd yr un o&apos;r cynghorau yn y detholiad hwn i gael bwlch wedi&apos;i ddyfynnu.</translation>
    </message>
    <message>
        <source>Could not open the assessment</source>
        <translation>Methu agor yr asesiad</translation>
    </message>
    <message>
        <source>Importing submissions…</source>
        <translation>Yn mewnforio cyflwyniadau…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopio</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Yn mewnforio</translation>
    </message>
    <message>
        <source>Importing submissions</source>
        <translation>Yn mewnforio cyflwyniadau</translation>
    </message>
    <message>
        <source>Imported {done} of {total}: {file}</source>
        <translation>Wedi mewnforio {done} o {total}: {file}</translation>
    </message>
    <message>
        <source>The import stopped</source>
        <translation>Daeth y mewnforio i ben</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>Another organisation (not a council)…</source>
        <translation>Sefydliad arall (nid cyngor)…</translation>
    </message>
    <message>
        <source>{council} — {type}, {area} ({code})</source>
        <translation>{council} — {type}, {area} ({code})</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Asesiad newydd</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Cyngor</translation>
    </message>
    <message>
        <source>Type part of the council&apos;s name, official name, Welsh name or GSS code, then choose it from the list.</source>
        <translation>Teipiwch ran o enw&apos;r cyngor, ei enw swyddogol, ei enw Cymraeg neu ei god GSS, yna dewiswch ef o&apos;r rhestr.</translation>
    </message>
    <message>
        <source>Name of the organisation</source>
        <translation>Enw&apos;r sefydliad</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>A financial year such as 2026/27.</source>
        <translation>Blwyddyn ariannol fel 2026/27.</translation>
    </message>
    <message>
        <source>Respondent (optional)</source>
        <translation>Ymatebydd (dewisol)</translation>
    </message>
    <message>
        <source>Your name: saved as the answer to “Your name” in the first section.</source>
        <translation>Eich enw: wedi&apos;i gadw fel yr ateb i “Eich enw” yn yr adran gyntaf.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>&amp;Council:</source>
        <translation>&amp;Cyngor:</translation>
    </message>
    <message>
        <source>Organisation &amp;name:</source>
        <translation>&amp;Enw&apos;r sefydliad:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Cyf&amp;nod:</translation>
    </message>
    <message>
        <source>&amp;Respondent (optional):</source>
        <translation>&amp;Ymatebydd (dewisol):</translation>
    </message>
    <message>
        <source>Type the name of the organisation.</source>
        <translation>Teipiwch enw&apos;r sefydliad.</translation>
    </message>
    <message>
        <source>Choose a council from the list, or “Another organisation”.</source>
        <translation>Dewiswch gyngor o&apos;r rhestr, neu “Sefydliad arall”.</translation>
    </message>
</context>
<context>
    <name>NextStepDialog</name>
    <message>
        <source>Assessment finalised</source>
        <translation>Asesiad wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{title} is finalised.&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Next:&lt;/b&gt; export the Excel submission and send it to the City Standards Network, by e-mail to the address given in the invitation your council received. Send the file as it is: the network checks it.&lt;/p&gt;&lt;p&gt;Export the PDF report too, for your leadership.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mae {title} wedi&apos;i gwblhau.&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Nesaf:&lt;/b&gt; allforiwch y cyflwyniad Excel a&apos;i anfon at y City Standards Network, drwy e-bost i&apos;r cyfeiriad a roddwyd yn y gwahoddiad a gafodd eich cyngor. Anfonwch y ffeil fel y mae: mae&apos;r rhwydwaith yn ei gwirio.&lt;/p&gt;&lt;p&gt;Allforiwch yr adroddiad PDF hefyd, ar gyfer eich arweinwyr.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export the &amp;Excel submission…</source>
        <translation>Allforio&apos;r cyflwyniad &amp;Excel…</translation>
    </message>
    <message>
        <source>Export the &amp;PDF report…</source>
        <translation>Allforio&apos;r adroddiad &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Wedyn</translation>
    </message>
</context>
<context>
    <name>PastePreviewDialog</name>
    <message>
        <source>Paste into the standards matrix</source>
        <translation>Gludo i fatrics y safonau</translation>
    </message>
    <message>
        <source>Rows matched by the standard&apos;s code or title in the first column.</source>
        <translation>Rhesi wedi&apos;u paru yn ôl cod neu deitl y safon yn y golofn gyntaf.</translation>
    </message>
    <message>
        <source>Pasted straight into the cells, from the current cell.</source>
        <translation>Wedi&apos;u gludo&apos;n syth i&apos;r celloedd, o&apos;r gell gyfredol.</translation>
    </message>
    <message>
        <source>Answers that will change: {count}.</source>
        <translation>Atebion a fydd yn newid: {count}.</translation>
    </message>
    <message>
        <source>Lines or cells refused: {count}.</source>
        <translation>Llinellau neu gelloedd a wrthodwyd: {count}.</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Safon</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colofn</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nawr</translation>
    </message>
    <message>
        <source>After the paste</source>
        <translation>Ar ôl gludo</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(dim ateb)</translation>
    </message>
    <message>
        <source>Answers that will change</source>
        <translation>Atebion a fydd yn newid</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Llinell</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testun</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>Pam y cafodd ei wrthod</translation>
    </message>
    <message>
        <source>Lines and cells refused</source>
        <translation>Llinellau a chelloedd a wrthodwyd</translation>
    </message>
    <message>
        <source>&amp;Paste these answers</source>
        <translation>&amp;Gludo&apos;r atebion hyn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Will change:</source>
        <translation>Bydd yn newid:</translation>
    </message>
    <message>
        <source>Refused (nothing is stored for these):</source>
        <translation>Wedi&apos;u gwrthod (ni chaiff dim ei storio ar gyfer y rhain):</translation>
    </message>
</context>
<context>
    <name>QuestionField</name>
    <message>
        <source>Reload this answer</source>
        <translation>Ail-lwytho&apos;r ateb hwn</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt; (required) — personal data</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; (gofynnol) — data personol</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt; (required)</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; (gofynnol)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt; — personal data</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; — data personol</translation>
    </message>
    <message>
        <source>Saved as {address}</source>
        <translation>Wedi&apos;i gadw fel {address}</translation>
    </message>
    <message>
        <source>⚠ Not saved: {reason}</source>
        <translation>⚠ Heb ei gadw: {reason}</translation>
    </message>
    <message>
        <source>⚠ {problem}</source>
        <translation>⚠ {problem}</translation>
    </message>
    <message>
        <source>↺ Same as {period}</source>
        <translation>↺ Yr un fath â {period}</translation>
    </message>
    <message>
        <source>You had typed: {text} (Edit → Undo puts it back)</source>
        <translation>Roeddech chi wedi teipio: {text} (mae Golygu → Dadwneud yn ei roi yn ôl)</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename the assessment</source>
        <translation>Ailenwi&apos;r asesiad</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Ailenwi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Council:</source>
        <translation>Cyngor:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>C&amp;yfnod:</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen the assessment</source>
        <translation>Ailagor yr asesiad</translation>
    </message>
    <message>
        <source>This assessment is final. Say why it is being reopened; the reason is recorded in its history.</source>
        <translation>Mae&apos;r asesiad hwn yn derfynol. Dywedwch pam mae&apos;n cael ei ailagor; mae&apos;r rheswm yn cael ei gofnodi yn ei hanes.</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>Rheswm dros ailagor</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Ailagor</translation>
    </message>
</context>
<context>
    <name>RepeatGroupWidget</name>
    <message>
        <source>Add {item}</source>
        <translation>Ychwanegu {item}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Remove this {item}?</source>
        <translation>Tynnu&apos;r eitem hon ({item})?</translation>
    </message>
    <message>
        <source>Could not remove</source>
        <translation>Methu tynnu</translation>
    </message>
</context>
<context>
    <name>RepeatItemBox</name>
    <message>
        <source>{item} {number}</source>
        <translation>{item} {number}</translation>
    </message>
    <message>
        <source>Remove {item} {number}</source>
        <translation>Tynnu {item} {number}</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Writing the PDF summary…</source>
        <translation>Yn ysgrifennu&apos;r crynodeb PDF…</translation>
    </message>
    <message>
        <source>The PDF summary could not be exported</source>
        <translation>Nid oedd modd allforio&apos;r crynodeb PDF</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Yn ysgrifennu&apos;r llyfr gwaith…</translation>
    </message>
    <message>
        <source>The workbook could not be exported</source>
        <translation>Nid oedd modd allforio&apos;r llyfr gwaith</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Yn allforio</translation>
    </message>
</context>
<context>
    <name>ReportWritten</name>
    <message>
        <source>The report across councils was saved as “{name}” in {folder}.</source>
        <translation>Cafodd yr adroddiad ar draws cynghorau ei gadw fel “{name}” yn {folder}.</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>{where}: {reason}</source>
        <translation>{where}: {reason}</translation>
    </message>
    <message>
        <source>{where}: add at least one</source>
        <translation>{where}: ychwanegwch o leiaf un</translation>
    </message>
    <message>
        <source>{where}: not answered</source>
        <translation>{where}: heb ei ateb</translation>
    </message>
    <message>
        <source>Press Enter or double-click to go to this question.</source>
        <translation>Pwyswch Enter neu gliciwch ddwywaith i fynd i&apos;r cwestiwn hwn.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Started</source>
        <translation>Dechreuwyd</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Cwblhawyd</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Ailagorwyd</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>Rheswm dros ailagor</translation>
    </message>
    <message>
        <source>Answers copied forward</source>
        <translation>Atebion wedi&apos;u copïo ymlaen</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Allforiwyd</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Mewnforiwyd o</translation>
    </message>
    <message>
        <source>Received again (a duplicate)</source>
        <translation>Derbyniwyd eto (cyflwyniad dyblyg)</translation>
    </message>
    <message>
        <source>Replaced by a newer submission</source>
        <translation>Disodlwyd gan gyflwyniad mwy diweddar</translation>
    </message>
    <message>
        <source>Revised by a newer submission</source>
        <translation>Diwygiwyd gan gyflwyniad mwy diweddar</translation>
    </message>
    <message>
        <source>Waiting for the network&apos;s decision</source>
        <translation>Yn aros am benderfyniad y rhwydwaith</translation>
    </message>
    <message>
        <source>Made the current version</source>
        <translation>Gwnaed yn fersiwn gyfredol</translation>
    </message>
    <message>
        <source>Older version kept</source>
        <translation>Cadwyd fersiwn hŷn</translation>
    </message>
    <message>
        <source>Withdrawn from the figures</source>
        <translation>Tynnwyd yn ôl o&apos;r ffigurau</translation>
    </message>
    <message>
        <source>Returned to the figures</source>
        <translation>Dychwelwyd i&apos;r ffigurau</translation>
    </message>
    <message>
        <source>Answers saved</source>
        <translation>Atebion wedi&apos;u cadw</translation>
    </message>
    <message>
        <source>Started on this computer</source>
        <translation>Dechreuwyd ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>Started from an imported submission</source>
        <translation>Dechreuwyd o gyflwyniad a fewnforiwyd</translation>
    </message>
    <message>
        <source>Missing and invalid answers</source>
        <translation>Atebion coll ac annilys</translation>
    </message>
    <message>
        <source>Press Enter on an entry to go to its question.</source>
        <translation>Pwyswch Enter ar gofnod i fynd i&apos;w gwestiwn.</translation>
    </message>
    <message>
        <source>Fi&amp;nalise</source>
        <translation>&amp;Cwblhau</translation>
    </message>
    <message>
        <source>Finalise the assessment</source>
        <translation>Cwblhau&apos;r asesiad</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>&amp;Ailagor…</translation>
    </message>
    <message>
        <source>Reopen the assessment</source>
        <translation>Ailagor yr asesiad</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Review and finalise&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Adolygu a chwblhau&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hanes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This assessment is final and read-only. Reopen it to make changes.</source>
        <translation>Mae&apos;r asesiad hwn yn derfynol ac yn ddarllen yn unig. Ailagorwch ef i wneud newidiadau.</translation>
    </message>
    <message>
        <source>Everything required is answered. You can finalise the assessment.</source>
        <translation>Mae popeth gofynnol wedi&apos;i ateb. Gallwch gwblhau&apos;r asesiad.</translation>
    </message>
    <message numerus="yes">
        <source>{answered} of %n required answers given.</source>
        <translation>
            <numerusform>Rhoddwyd {answered} o&apos;r %n ateb gofynnol.</numerusform>
            <numerusform>Rhoddwyd {answered} o&apos;r %n ateb gofynnol.</numerusform>
            <numerusform>Rhoddwyd {answered} o&apos;r %n ateb gofynnol.</numerusform>
            <numerusform>Rhoddwyd {answered} o&apos;r %n ateb gofynnol.</numerusform>
            <numerusform>Rhoddwyd {answered} o&apos;r %n ateb gofynnol.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required answers are missing.</source>
        <translation>
            <numerusform>Mae %n o atebion gofynnol ar goll.</numerusform>
            <numerusform>Mae %n ateb gofynnol ar goll.</numerusform>
            <numerusform>Mae %n ateb gofynnol ar goll.</numerusform>
            <numerusform>Mae %n ateb gofynnol ar goll.</numerusform>
            <numerusform>Mae %n ateb gofynnol ar goll.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers need correcting.</source>
        <translation>
            <numerusform>Mae angen cywiro %n o atebion.</numerusform>
            <numerusform>Mae angen cywiro %n ateb.</numerusform>
            <numerusform>Mae angen cywiro %n ateb.</numerusform>
            <numerusform>Mae angen cywiro %n ateb.</numerusform>
            <numerusform>Mae angen cywiro %n ateb.</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Enter on an entry below to go to it.</source>
        <translation>Pwyswch Enter ar gofnod isod i fynd ato.</translation>
    </message>
    <message>
        <source>The history could not be read: {reason}</source>
        <translation>Nid oedd modd darllen yr hanes: {reason}</translation>
    </message>
    <message>
        <source>{when} — {what}: {detail}, by {who}</source>
        <translation>{when} — {what}: {detail}, gan {who}</translation>
    </message>
    <message>
        <source>{when} — {what}, by {who}</source>
        <translation>{when} — {what}, gan {who}</translation>
    </message>
    <message>
        <source>{period}, questionnaire version {version}</source>
        <translation>{period}, fersiwn {version} o&apos;r holiadur</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>Cwblhau</translation>
    </message>
    <message>
        <source>Finalise this assessment? It becomes read-only until it is reopened.</source>
        <translation>Cwblhau&apos;r asesiad hwn? Bydd yn ddarllen yn unig nes iddo gael ei ailagor.</translation>
    </message>
    <message>
        <source>Could not finalise</source>
        <translation>Methu cwblhau</translation>
    </message>
    <message>
        <source>Could not reopen</source>
        <translation>Methu ailagor</translation>
    </message>
</context>
<context>
    <name>SectionListModel</name>
    <message>
        <source>Review and finalise (final)</source>
        <translation>Adolygu a chwblhau (terfynol)</translation>
    </message>
    <message>
        <source>Review and finalise</source>
        <translation>Adolygu a chwblhau</translation>
    </message>
    <message>
        <source>{section}  (optional)</source>
        <translation>{section}  (dewisol)</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n to fix</source>
        <translation>
            <numerusform>⚠ %n i&apos;w cywiro</numerusform>
            <numerusform>⚠ %n i&apos;w gywiro</numerusform>
            <numerusform>⚠ %n i&apos;w cywiro</numerusform>
            <numerusform>⚠ %n i&apos;w cywiro</numerusform>
            <numerusform>⚠ %n i&apos;w cywiro</numerusform>
        </translation>
    </message>
    <message>
        <source>{section}: nothing required</source>
        <translation>{section}: dim byd gofynnol</translation>
    </message>
    <message numerus="yes">
        <source>{section}: {answered} of %n required answers given</source>
        <translation>
            <numerusform>{section}: rhoddwyd {answered} o&apos;r %n ateb gofynnol</numerusform>
            <numerusform>{section}: rhoddwyd {answered} o&apos;r %n ateb gofynnol</numerusform>
            <numerusform>{section}: rhoddwyd {answered} o&apos;r %n ateb gofynnol</numerusform>
            <numerusform>{section}: rhoddwyd {answered} o&apos;r %n ateb gofynnol</numerusform>
            <numerusform>{section}: rhoddwyd {answered} o&apos;r %n ateb gofynnol</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) to fix.</source>
        <translation>
            <numerusform>%n o atebion i&apos;w cywiro.</numerusform>
            <numerusform>%n ateb i&apos;w gywiro.</numerusform>
            <numerusform>%n ateb i&apos;w cywiro.</numerusform>
            <numerusform>%n ateb i&apos;w cywiro.</numerusform>
            <numerusform>%n ateb i&apos;w cywiro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Yn gyflawn.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Enter, F2</source>
        <translation>Enter, F2</translation>
    </message>
    <message>
        <source>Edit the cell, then keep the answer and move down</source>
        <translation>Golygu&apos;r gell, yna cadw&apos;r ateb a symud i lawr</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Next or previous cell, inside the table</source>
        <translation>Y gell nesaf neu flaenorol, yn y tabl</translation>
    </message>
    <message>
        <source>Ctrl+Tab</source>
        <translation>Ctrl+Tab</translation>
    </message>
    <message>
        <source>Leave the table</source>
        <translation>Gadael y tabl</translation>
    </message>
    <message>
        <source>Shift+click, Ctrl+click, Shift+arrows</source>
        <translation>Shift+clicio, Ctrl+clicio, Shift+saethau</translation>
    </message>
    <message>
        <source>Select several rows</source>
        <translation>Dewis sawl rhes</translation>
    </message>
    <message>
        <source>Ctrl+A</source>
        <translation>Ctrl+A</translation>
    </message>
    <message>
        <source>Select every row shown</source>
        <translation>Dewis pob rhes a ddangosir</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Set use, need or barriers for the selected rows</source>
        <translation>Gosod defnydd, angen neu rwystrau ar gyfer y rhesi a ddewiswyd</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>Copy the selected cells</source>
        <translation>Copïo&apos;r celloedd a ddewiswyd</translation>
    </message>
    <message>
        <source>Ctrl+V</source>
        <translation>Ctrl+V</translation>
    </message>
    <message>
        <source>Paste rows copied from Excel or LibreOffice</source>
        <translation>Gludo rhesi a gopïwyd o Excel neu LibreOffice</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Clear the selected cells</source>
        <translation>Clirio&apos;r celloedd a ddewiswyd</translation>
    </message>
    <message>
        <source>1–9</source>
        <translation>1–9</translation>
    </message>
    <message>
        <source>Pick that option and move right (barriers: tick or untick it)</source>
        <translation>Dewis yr opsiwn hwnnw a symud i&apos;r dde (rhwystrau: ei dicio neu ei ddad-dicio)</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Llythrennau</translation>
    </message>
    <message>
        <source>Choose an option by typing (“pu”: Partly used)</source>
        <translation>Dewis opsiwn drwy deipio (“dr”: Defnydd rhannol)</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+llythyren wedi&apos;i thanlinellu</translation>
    </message>
    <message>
        <source>Open that menu, or press that button</source>
        <translation>Agor y ddewislen honno, neu bwyso&apos;r botwm hwnnw</translation>
    </message>
    <message>
        <source>Next or previous field</source>
        <translation>Y maes nesaf neu flaenorol</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Gorchymyn</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Bysellau</translation>
    </message>
    <message>
        <source>In the standards table</source>
        <translation>Yn nhabl y safonau</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Unrhyw le</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>StaffSetting</name>
    <message>
        <source>This computer is used by network &amp;staff</source>
        <translation>Mae staff y &amp;rhwydwaith yn defnyddio&apos;r cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>Show the Network menu, for City Standards Network staff who import councils&apos; submissions. Council officers do not need it: they export and send their own.</source>
        <translation>Dangos y ddewislen Rhwydwaith, ar gyfer staff y City Standards Network sy&apos;n mewnforio cyflwyniadau cynghorau. Nid oes ei hangen ar swyddogion cynghorau: maen nhw&apos;n allforio ac yn anfon eu cyflwyniadau eu hunain.</translation>
    </message>
</context>
<context>
    <name>StandardsMatrixModel</name>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Keys: {keys}; or type the first letters of its words.</source>
        <translation>Bysellau: {keys}; neu deipiwch lythrennau cyntaf ei eiriau.</translation>
    </message>
    <message>
        <source>Digit keys tick or untick: {keys}.</source>
        <translation>Mae bysellau rhif yn ticio neu&apos;n dad-dicio: {keys}.</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>heb ei ofyn</translation>
    </message>
    <message>
        <source>{code} (required)</source>
        <translation>{code} (gofynnol)</translation>
    </message>
    <message>
        <source>{text}
↺ Same as {period}</source>
        <translation>{text}
↺ Yr un fath â {period}</translation>
    </message>
    <message>
        <source>{text}, same as {period}</source>
        <translation>{text}, yr un fath â {period}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Heb ei gadw: {reason}</translation>
    </message>
</context>
<context>
    <name>StandardsMatrixWidget</name>
    <message>
        <source>Code or title, for example 37120</source>
        <translation>Cod neu deitl, er enghraifft 37120</translation>
    </message>
    <message>
        <source>Search standards by code or title</source>
        <translation>Chwilio am safonau yn ôl cod neu deitl</translation>
    </message>
    <message>
        <source>Filter by theme</source>
        <translation>Hidlo yn ôl thema</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Pob thema</translation>
    </message>
    <message>
        <source>Filter by use status</source>
        <translation>Hidlo yn ôl statws defnydd</translation>
    </message>
    <message>
        <source>Filter by need</source>
        <translation>Hidlo yn ôl angen</translation>
    </message>
    <message>
        <source>Only standards in my themes</source>
        <translation>Dim ond safonau yn fy themâu</translation>
    </message>
    <message>
        <source>Show only standards in the themes you chose</source>
        <translation>Dangos dim ond safonau yn y themâu a ddewisoch chi</translation>
    </message>
    <message>
        <source>Enter or F2 edits a cell and Enter saves and moves down; Tab moves right. Digits 1 to 9 pick a choice; letters pick by the first letters of its words. Shift or Ctrl with arrows selects rows; Ctrl+D sets answers for them; Delete clears; Ctrl+V pastes from a spreadsheet.</source>
        <translation>Mae Enter neu F2 yn golygu cell ac mae Enter yn cadw ac yn symud i lawr; mae Tab yn symud i&apos;r dde. Mae&apos;r digidau 1 i 9 yn dewis opsiwn; mae llythrennau&apos;n dewis yn ôl llythrennau cyntaf ei eiriau. Mae Shift neu Ctrl gyda saethau&apos;n dewis rhesi; mae Ctrl+D yn gosod atebion ar eu cyfer; mae Delete yn clirio; mae Ctrl+V yn gludo o daenlen.</translation>
    </message>
    <message>
        <source>Set use, need or barriers for the selected rows…</source>
        <translation>Gosod defnydd, angen neu rwystrau ar gyfer y rhesi a ddewiswyd…</translation>
    </message>
    <message>
        <source>Select all shown rows</source>
        <translation>Dewis pob rhes a ddangosir</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copïo</translation>
    </message>
    <message>
        <source>Paste from a spreadsheet…</source>
        <translation>Gludo o daenlen…</translation>
    </message>
    <message>
        <source>Clear the selected cells</source>
        <translation>Clirio&apos;r celloedd a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>C&amp;hwilio:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>&amp;Use status:</source>
        <translation>Statws &amp;defnydd:</translation>
    </message>
    <message>
        <source>Nee&amp;d:</source>
        <translation>Ange&amp;n:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Unrhyw un</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Heb ei ateb eto</translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %n standards.</source>
        <translation>
            <numerusform>Yn dangos {shown} o&apos;r %n safon.</numerusform>
            <numerusform>Yn dangos {shown} o&apos;r %n safon.</numerusform>
            <numerusform>Yn dangos {shown} o&apos;r %n safon.</numerusform>
            <numerusform>Yn dangos {shown} o&apos;r %n safon.</numerusform>
            <numerusform>Yn dangos {shown} o&apos;r %n safon.</numerusform>
        </translation>
    </message>
    <message>
        <source>No standard is required yet: choose your themes in “Strategy and governance”.</source>
        <translation>Nid oes safon yn ofynnol eto: dewiswch eich themâu yn “Strategaeth a llywodraethu”.</translation>
    </message>
    <message>
        <source>{mark} marks a required standard (one in your themes). Required standards answered: {done} of {required}.</source>
        <translation>Mae {mark} yn dynodi safon ofynnol (un yn eich themâu). Safonau gofynnol a atebwyd: {done} o {required}.</translation>
    </message>
    <message>
        <source>{mark} marks an answer unchanged since {period}.</source>
        <translation>Mae {mark} yn dynodi ateb sydd heb newid ers {period}.</translation>
    </message>
    <message>
        <source>Set answers for the selected standards</source>
        <translation>Gosod atebion ar gyfer y safonau a ddewiswyd</translation>
    </message>
    <message>
        <source>⚠ Nothing was saved: {reason}</source>
        <translation>⚠ Ni chadwyd dim byd: {reason}</translation>
    </message>
    <message>
        <source>Clear answers</source>
        <translation>Clirio atebion</translation>
    </message>
    <message>
        <source>Paste answers</source>
        <translation>Gludo atebion</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start page</source>
        <translation>Tudalen gychwyn</translation>
    </message>
    <message>
        <source>About this questionnaire</source>
        <translation>Ynghylch yr holiadur hwn</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Dechrau</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <source>&amp;Start: {section}</source>
        <translation>&amp;Dechrau: {section}</translation>
    </message>
    <message>
        <source>&amp;Go to {section}</source>
        <translation>&amp;Mynd i {section}</translation>
    </message>
    <message>
        <source>&lt;p&gt;Respondent: &lt;b&gt;{name}&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ymatebydd: &lt;b&gt;{name}&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{title}&lt;/h2&gt;{respondent}{introduction}&lt;h3&gt;The sections&lt;/h3&gt;&lt;ol&gt;{sections}&lt;/ol&gt;&lt;h3&gt;How saving works&lt;/h3&gt;&lt;p&gt;Every answer is saved on this computer as soon as you give it: there is no Save button. You can stop at any time, close the app and come back later; colleagues can fill in the parts they know best. An answer that cannot be saved (too long, or not valid) is marked beside its question.&lt;/p&gt;&lt;h3&gt;What happens to your answers&lt;/h3&gt;&lt;p&gt;Your answers stay on this computer until you export them. When every required answer is given, finalise the assessment on the Review page, then export the Excel submission (File → Export…) and send it to the City Standards Network; export the PDF report for your leadership. Help → How to complete an assessment shows each step.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;{title}&lt;/h2&gt;{respondent}{introduction}&lt;h3&gt;Yr adrannau&lt;/h3&gt;&lt;ol&gt;{sections}&lt;/ol&gt;&lt;h3&gt;Sut mae cadw&apos;n gweithio&lt;/h3&gt;&lt;p&gt;Mae pob ateb yn cael ei gadw ar y cyfrifiadur hwn cyn gynted ag y byddwch yn ei roi: nid oes botwm Cadw. Gallwch stopio unrhyw bryd, cau&apos;r ap a dod yn ôl yn nes ymlaen; gall cydweithwyr lenwi&apos;r rhannau maen nhw&apos;n eu gwybod orau. Mae ateb nad oes modd ei gadw (rhy hir, neu ddim yn ddilys) wedi&apos;i farcio wrth ymyl ei gwestiwn.&lt;/p&gt;&lt;h3&gt;Beth sy&apos;n digwydd i&apos;ch atebion&lt;/h3&gt;&lt;p&gt;Mae eich atebion yn aros ar y cyfrifiadur hwn nes i chi eu hallforio. Pan fydd pob ateb gofynnol wedi&apos;i roi, cwblhewch yr asesiad ar y dudalen Adolygu, yna allforiwch y cyflwyniad Excel (Ffeil → Allforio…) a&apos;i anfon at y City Standards Network; allforiwch yr adroddiad PDF ar gyfer eich arweinwyr. Mae Cymorth → Sut i lenwi asesiad yn dangos pob cam.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Starting</name>
    <message>
        <source>Opening the database…</source>
        <translation>Yn agor y gronfa ddata…</translation>
    </message>
</context>
<context>
    <name>ThemedTable</name>
    <message>
        <source>{table}: theme</source>
        <translation>{table}: thema</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Pob thema</translation>
    </message>
    <message>
        <source>Search code or title</source>
        <translation>Chwilio cod neu deitl</translation>
    </message>
    <message>
        <source>{table}: search code or title</source>
        <translation>{table}: chwilio cod neu deitl</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>C&amp;hwilio:</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Dadwneud</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Diystyru</translation>
    </message>
</context>
<context>
    <name>UnsavedDialog</name>
    <message>
        <source>These answers could not be saved (marked “⚠ Not saved”):</source>
        <translation>Nid oedd modd cadw&apos;r atebion hyn (wedi&apos;u marcio “⚠ Heb ei gadw”):</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… a {count} arall</translation>
    </message>
    <message>
        <source>Some answers are not saved</source>
        <translation>Mae rhai atebion heb eu cadw</translation>
    </message>
    <message>
        <source>Their text is kept on this computer either way, and shown again when you open this assessment, but it is not part of the answers until you correct it.</source>
        <translation>Mae eu testun yn cael ei gadw ar y cyfrifiadur hwn beth bynnag, ac yn cael ei ddangos eto pan fyddwch yn agor yr asesiad hwn, ond nid yw&apos;n rhan o&apos;r atebion nes i chi ei gywiro.</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Parhau i olygu</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Cau beth bynnag</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Versions</source>
        <translation>Fersiynau</translation>
    </message>
    <message>
        <source>Every file received for this council and period is kept as a version. Only the current version (✓) is counted in the figures. When the import could not tell which file is newer, the version waits for your decision: make it current, or keep the current one. Withdrawing leaves the council out of the figures for this period; nothing is deleted, and you can return it to the figures. Every step is recorded in the assessment&apos;s history.</source>
        <translation>Mae pob ffeil a ddaeth i law ar gyfer y cyngor a&apos;r cyfnod hwn yn cael ei chadw fel fersiwn. Dim ond y fersiwn gyfredol (✓) sy&apos;n cael ei chyfrif yn y ffigurau. Pan nad oedd y mewnforio&apos;n gallu dweud pa ffeil sy&apos;n fwy diweddar, mae&apos;r fersiwn yn aros am eich penderfyniad: ei gwneud yn gyfredol, neu gadw&apos;r un gyfredol. Mae tynnu&apos;n ôl yn gadael y cyngor allan o&apos;r ffigurau ar gyfer y cyfnod hwn; ni chaiff dim ei ddileu, a gallwch ei ddychwelyd i&apos;r ffigurau. Mae pob cam yn cael ei gofnodi yn hanes yr asesiad.</translation>
    </message>
    <message>
        <source>State of this assessment</source>
        <translation>Cyflwr yr asesiad hwn</translation>
    </message>
    <message>
        <source>&amp;Make current</source>
        <translation>&amp;Gwneud yn gyfredol</translation>
    </message>
    <message>
        <source>Count the selected version in the figures instead of the current one</source>
        <translation>Cyfrif y fersiwn a ddewiswyd yn y ffigurau yn lle&apos;r un gyfredol</translation>
    </message>
    <message>
        <source>&amp;Keep current version</source>
        <translation>&amp;Cadw&apos;r fersiwn gyfredol</translation>
    </message>
    <message>
        <source>The selected version stays an older version; the current one keeps counting</source>
        <translation>Mae&apos;r fersiwn a ddewiswyd yn aros yn fersiwn hŷn; mae&apos;r un gyfredol yn dal i gyfrif</translation>
    </message>
    <message>
        <source>&amp;Withdraw from figures…</source>
        <translation>&amp;Tynnu&apos;n ôl o&apos;r ffigurau…</translation>
    </message>
    <message>
        <source>Leave this council out of the figures for this period (kept, reversible)</source>
        <translation>Gadael y cyngor hwn allan o&apos;r ffigurau ar gyfer y cyfnod hwn (wedi&apos;i gadw, gellir ei wrthdroi)</translation>
    </message>
    <message>
        <source>&amp;Return to figures</source>
        <translation>&amp;Dychwelyd i&apos;r ffigurau</translation>
    </message>
    <message>
        <source>Count this council in the figures again</source>
        <translation>Cyfrif y cyngor hwn yn y ffigurau eto</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Beth a wnaed</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>No versions</source>
        <translation>Dim fersiynau</translation>
    </message>
    <message>
        <source>{council}, {period}</source>
        <translation>{council}, {period}</translation>
    </message>
    <message>
        <source>Versions — {council}, {period}</source>
        <translation>Fersiynau — {council}, {period}</translation>
    </message>
    <message>
        <source>Versions kept: {count}.</source>
        <translation>Fersiynau a gadwyd: {count}.</translation>
    </message>
    <message>
        <source>Waiting for a decision: {count}.</source>
        <translation>Yn aros am benderfyniad: {count}.</translation>
    </message>
    <message>
        <source>Withdrawn from the figures on {date}.</source>
        <translation>Tynnwyd yn ôl o&apos;r ffigurau ar {date}.</translation>
    </message>
    <message>
        <source>Withdrawn from the figures.</source>
        <translation>Tynnwyd yn ôl o&apos;r ffigurau.</translation>
    </message>
    <message>
        <source>Counted in the figures.</source>
        <translation>Wedi&apos;i gyfrif yn y ffigurau.</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <source>Council</source>
        <translation>Cyngor</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation>Dyddiad mewnforio</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Canlyniad y mewnforio</translation>
    </message>
    <message>
        <source>What the import said</source>
        <translation>Beth ddywedodd y mewnforio</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Cyfredol</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Tynnwyd yn ôl</translation>
    </message>
    <message>
        <source>Needs a decision</source>
        <translation>Angen penderfyniad</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Wedi&apos;i nodi</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Atebion</translation>
    </message>
    <message>
        <source>The version counted in the figures</source>
        <translation>Y fersiwn sy&apos;n cael ei chyfrif yn y ffigurau</translation>
    </message>
    <message>
        <source>Left out of the figures by staff (kept, and can be returned)</source>
        <translation>Wedi&apos;i adael allan o&apos;r ffigurau gan staff (wedi&apos;i gadw, a gellir ei ddychwelyd)</translation>
    </message>
    <message>
        <source>No trustworthy way to tell which file is newer: staff choose</source>
        <translation>Dim ffordd ddibynadwy o ddweud pa ffeil sy&apos;n fwy diweddar: staff sy&apos;n dewis</translation>
    </message>
    <message>
        <source>Its answers were changed after export</source>
        <translation>Newidiwyd ei hatebion ar ôl ei hallforio</translation>
    </message>
    <message>
        <source>Answers stored for this version</source>
        <translation>Atebion a storiwyd ar gyfer y fersiwn hon</translation>
    </message>
    <message>
        <source>made here</source>
        <translation>gwnaed yma</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ie</translation>
    </message>
    <message>
        <source>no</source>
        <translation>na</translation>
    </message>
    <message>
        <source>{column}: {answer}</source>
        <translation>{column}: {answer}</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw from the figures</source>
        <translation>Tynnu&apos;n ôl o&apos;r ffigurau</translation>
    </message>
    <message>
        <source>{what} will be left out of every figure and export. Every version is kept, and you can return it to the figures at any time. Say why; the reason is recorded in its history.</source>
        <translation>Bydd {what} yn cael ei adael allan o bob ffigur ac allforiad. Mae pob fersiwn yn cael ei chadw, a gallwch ei ddychwelyd i&apos;r ffigurau unrhyw bryd. Dywedwch pam; mae&apos;r rheswm yn cael ei gofnodi yn ei hanes.</translation>
    </message>
    <message>
        <source>Reason for withdrawing</source>
        <translation>Rheswm dros dynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Tynnu&apos;n ôl</translation>
    </message>
</context>
<context>
    <name>YesNoEditor</name>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <source>That could not be done</source>
        <translation>Nid oedd modd gwneud hynny</translation>
    </message>
</context>
</TS>
