/*!
 * Ketenwijzer chatwidget — één regel op elke pagina:
 *   <script src="https://HOST/widget.js" data-title="Ketenwijzer" data-colour="#154273"
 *           data-position="right" data-language="nl" defer></script>
 * Vraagt de server om een API-sleutel voor de chat, zet die dan in data-api-key="…"
 * (een publieke sleutel: hij staat in de pagina; gebruik hier nooit een beheersleutel).
 * Voorbeeldvragen in de lege chat: data-examples='["Vraag 1", "Vraag 2"]' of
 * data-examples="Vraag 1|Vraag 2" (leeg = geen voorbeelden; zonder attribuut de standaardvragen).
 * Geen framework, geen CDN. Alles staat in een Shadow DOM, zodat de CSS van de pagina
 * de widget niet raakt. Tekst van de server wordt altijd als tekst ingevoegd (DOM-knopen en
 * textContent, nooit als HTML): antwoorden en passages worden zelf als Markdown ontleed.
 */
