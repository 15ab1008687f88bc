<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <source>%n imported submission(s) from other councils are in the Network window (Network → Network view…), not in this list.</source>
        <translation>
            <numerusform>%n imported submission from another council is in the Network window (Network → Network view…), not in this list.</numerusform>
            <numerusform>%n imported submissions from other councils are in the Network window (Network → Network view…), not in this list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <source>{answered} of %n required answers given.</source>
        <translation>
            <numerusform>{answered} of %n required answer given.</numerusform>
            <numerusform>{answered} of %n required answers given.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required answers are missing.</source>
        <translation>
            <numerusform>%n required answer is missing.</numerusform>
            <numerusform>%n required answers are missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers need correcting.</source>
        <translation>
            <numerusform>%n answer needs correcting.</numerusform>
            <numerusform>%n answers need correcting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionListModel</name>
    <message numerus="yes">
        <source>⚠ %n to fix</source>
        <translation>
            <numerusform>⚠ %n to fix</numerusform>
            <numerusform>⚠ %n to fix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{section}: {answered} of %n required answers given</source>
        <translation>
            <numerusform>{section}: {answered} of %n required answer given</numerusform>
            <numerusform>{section}: {answered} of %n required answers given</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) to fix.</source>
        <translation>
            <numerusform>%n answer to fix.</numerusform>
            <numerusform>%n answers to fix.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StandardsMatrixWidget</name>
    <message numerus="yes">
        <source>Showing {shown} of %n standards.</source>
        <translation>
            <numerusform>Showing {shown} of %n standard.</numerusform>
            <numerusform>Showing {shown} of %n standards.</numerusform>
        </translation>
    </message>
</context>
</TS>
