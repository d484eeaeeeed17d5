<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="nl_NL">
<context>
    <name>clients.client_dialog</name>
    <message numerus="yes">
        <location filename="../../ui/inburgeraars/inburgeraar_dialog.py" line="194"/>
        <source>%n velden kloppen niet</source>
        <translation>
            <numerusform>%n veld klopt niet</numerusform>
            <numerusform>%n velden kloppen niet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="239"/>
        <source>%n inburgeraars</source>
        <translation>
            <numerusform>%n inburgeraar</numerusform>
            <numerusform>%n inburgeraars</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pip.check_panel</name>
    <message numerus="yes">
        <location filename="../../ui/pip/check_panel.py" line="71"/>
        <source>&lt;b style=&apos;color:#b71c1c&apos;&gt;%n punten te verhelpen voor het vaststellen.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b style=&apos;color:#b71c1c&apos;&gt;%n punt te verhelpen voor het vaststellen.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b style=&apos;color:#b71c1c&apos;&gt;%n punten te verhelpen voor het vaststellen.&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pip.deadlines_panel</name>
    <message numerus="yes">
        <location filename="../../ui/pip/deadlines_panel.py" line="77"/>
        <source> weken</source>
        <translation>
            <numerusform> week</numerusform>
            <numerusform> weken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pip.termijnen</name>
    <message numerus="yes">
        <location filename="../../ui/pip/termijnen.py" line="265"/>
        <source>%n te laat</source>
        <translation>
            <numerusform>%n te laat</numerusform>
            <numerusform>%n te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pip/termijnen.py" line="267"/>
        <source>%n binnenkort</source>
        <translation>
            <numerusform>%n binnenkort</numerusform>
            <numerusform>%n binnenkort</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>security.accounts_box</name>
    <message numerus="yes">
        <location filename="../../ui/security/accounts_box.py" line="162"/>
        <source>%n back-ups opnieuw versleuteld.</source>
        <translation>
            <numerusform>%n back-up opnieuw versleuteld.</numerusform>
            <numerusform>%n back-ups opnieuw versleuteld.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/security/accounts_box.py" line="171"/>
        <source>%n back-ups konden niet opnieuw worden versleuteld; ze openen nog met oude wachtwoorden (zie OUDE-SLEUTEL.txt in hun map).</source>
        <translation>
            <numerusform>%n back-up kon niet opnieuw worden versleuteld; hij opent nog met oude wachtwoorden (zie OUDE-SLEUTEL.txt in zijn map).</numerusform>
            <numerusform>%n back-ups konden niet opnieuw worden versleuteld; ze openen nog met oude wachtwoorden (zie OUDE-SLEUTEL.txt in hun map).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>security.admin_view</name>
    <message numerus="yes">
        <location filename="../../ui/security/admin_settings.py" line="50"/>
        <location filename="../../ui/security/admin_settings.py" line="60"/>
        <source> jaar</source>
        <translation>
            <numerusform> jaar</numerusform>
            <numerusform> jaar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/security/admin_settings.py" line="70"/>
        <source> maanden</source>
        <translation>
            <numerusform> maand</numerusform>
            <numerusform> maanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/security/admin_retention.py" line="119"/>
        <location filename="../../ui/security/admin_retention.py" line="150"/>
        <source>%n dossiers</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/security/admin_retention.py" line="164"/>
        <source>%n dossiers verwijderen en het bestand opschonen…</source>
        <translation>
            <numerusform>%n dossier verwijderen en het bestand opschonen…</numerusform>
            <numerusform>%n dossiers verwijderen en het bestand opschonen…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sleutelpersonen.dialog</name>
    <message numerus="yes">
        <location filename="../../ui/sleutelpersonen/dialog.py" line="349"/>
        <source>Niet opgeslagen: %n velden kloppen nog niet.</source>
        <translation>
            <numerusform>Niet opgeslagen: %n veld klopt nog niet.</numerusform>
            <numerusform>Niet opgeslagen: %n velden kloppen nog niet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sleutelpersonen.view</name>
    <message numerus="yes">
        <location filename="../../ui/sleutelpersonen/view.py" line="121"/>
        <source>%n sleutelpersonen</source>
        <translation>
            <numerusform>%n sleutelpersoon</numerusform>
            <numerusform>%n sleutelpersonen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sleutelpersonen/view.py" line="205"/>
        <source>%n fouten in het bestand.</source>
        <translation>
            <numerusform>%n fout in het bestand.</numerusform>
            <numerusform>%n fouten in het bestand.</numerusform>
        </translation>
    </message>
</context>
</TS>
