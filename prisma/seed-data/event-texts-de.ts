/**
 * The German title and summary of every seed and starter event (issue 10 §11), by event key.
 * Faithful translations of the English texts, in the wording of the German coverage where the
 * event comes from a German article. `buildSeedDataset` puts them on the events it loads, so the
 * same text reaches the database whichever pack declares an event first; seed-data.test.ts checks
 * that every loaded event has both fields and that no key here is orphaned.
 */
export interface GermanEventText {
  title: string;
  summary: string;
}

export const EVENT_TEXTS_DE: Readonly<Record<string, GermanEventText>> = {
  // ── The five seed articles ────────────────────────────────────────────────────────────────
  "behemoth-delay": {
    title: "Llama 4 Behemoth erneut verschoben: von Ende April auf Juni, nun auf Herbst oder später",
    summary:
      "Metas größtes Llama-4-Modell sollte Ende April 2025 auf der LlamaCon vorgestellt werden, wurde dann auf Juni verschoben und wird laut Wall Street Journal nun im Herbst 2025 oder später erwartet. Offiziell will sich Meta nicht zum Zeitplan äußern.",
  },
  "behemoth-weak-gains": {
    title: "Behemoths Fortschritte gegenüber Vorgängern und Konkurrenz zu klein, zeigen interne Tests",
    summary:
      "Interne Auswertungen deuten darauf hin, dass Llama 4 Behemoth nicht wesentlich besser abschneidet als Metas frühere Modelle; die Fortschritte gegenüber den Vorgängern und der Konkurrenz sind für einen Start zu klein.",
  },
  "behemoth-integration": {
    title: "Metas neues Flaggschiff hakt auch bei der Einbindung in die Plattform-Architektur",
    summary:
      "Insidern zufolge geht es bei der Verzögerung nicht nur um die Qualität des Modells, sondern auch um seine Einbindung in Metas Plattform-Architektur; Meta hatte gehofft, es zusammen mit neuen KI-Funktionen für Facebook, Instagram und WhatsApp zu starten.",
  },
  "meta-stock-drop-behemoth": {
    title: "Meta-Aktie rutscht nach dem Bericht über die Verzögerung um 2,2 % ab",
    summary:
      "Die Nachricht von der Verzögerung kam an dem Donnerstag, an dem die Meta-Aktie gerade den höchsten Stand seit Anfang März erreicht hatte; danach rutschte der Kurs um 2,2 % ab.",
  },
  "meta-capex-2025": {
    title: "Meta plant für 2025 Ausgaben von bis zu 72 Mrd. US-Dollar, vieles davon für KI",
    summary:
      "Meta hat für dieses Jahr (2025) bis zu 72 Milliarden US-Dollar eingeplant, vieles davon für KI – die Erwartungen, die jedes neue Modell rechtfertigen muss.",
  },
  "meta-capex-2024": {
    title: "Für Meta werden 2024 Investitionen von rund 40 Mrd. US-Dollar prognostiziert",
    summary:
      "Prognosen zufolge investiert Meta 2024 rund 40 Milliarden US-Dollar, vieles davon in Rechenzentren und KI-Forschung.",
  },
  "meta-scale-ai-stake": {
    title: "Meta zahlt mehr als 14 Mrd. US-Dollar für 49 % an Scale AI",
    summary:
      "Mitte Juni 2025 gab Meta mehr als 14 Milliarden Dollar für eine Beteiligung von 49 % an Scale AI aus, einem auf Datenaufbereitung für die KI-Entwicklung spezialisierten Unternehmen.",
  },
  "meta-approaches": {
    title: "Meta klopfte bei Ilya Sutskever, Perplexity AI und Runway an",
    summary:
      "Vor dem Scale-AI-Deal hatte Meta laut mehreren US-Medien OpenAI-Mitgründer Ilya Sutskever, Perplexity AI und das Video-KI-Unternehmen Runway kontaktiert. Von einem Abschluss wird nicht berichtet.",
  },
  "meta-openai-bonuses": {
    title:
      "Meta bot vielen OpenAI-Beschäftigten Antrittsprämien von über 100 Mio. US-Dollar, sagt Sam Altman",
    summary:
      "Laut OpenAI-Chef Sam Altman bot Meta „vielen“ OpenAI-Beschäftigten einzelne Antrittsprämien von mehr als 100 Millionen Dollar und ein Jahresgehalt in ähnlicher Höhe.",
  },
  "openai-researchers-leave-for-meta": {
    title: "Mindestens sieben OpenAI-Forscher wechseln in Metas Superintelligenz-Team",
    summary:
      "In einem internen Memo, das Meta bestätigte, schrieb Mark Zuckerberg, mindestens sieben der umworbenen OpenAI-Beschäftigten hätten sich für den Wechsel entschieden; OpenAI-Forschungschef Mark Chen schrieb, es fühle sich an, als sei jemand bei ihnen eingebrochen.",
  },
  "scale-ai-ceo-leaves-for-meta": {
    title: "Scale-AI-Chef Alexandr Wang wechselt zu Meta",
    summary:
      "Scale-AI-Chef Alexandr Wang wechselt zusammen mit den von OpenAI abgeworbenen Fachleuten zu Meta.",
  },
  "anthropic-staff-leave-for-meta": {
    title: "Mehrere Anthropic-Beschäftigte wechseln zu Meta",
    summary: "Zuckerbergs Memo nennt mehrere Beschäftigte von Anthropic unter Metas Neuzugängen.",
  },
  "google-staff-leave-for-meta": {
    title: "Mehrere Google-Beschäftigte wechseln zu Meta",
    summary: "Zuckerbergs Memo nennt mehrere Beschäftigte von Google unter Metas Neuzugängen.",
  },
  "meta-superintelligence-hiring": {
    title:
      "Meta baut ein „Superintelligenz“-Team aus Neuzugängen von OpenAI, Scale AI, Anthropic und Google auf",
    summary:
      "Meta holt mindestens sieben OpenAI-Forscher, Scale-AI-Chef Alexandr Wang sowie mehrere Beschäftigte von Anthropic und Google in ein neues Team für „Superintelligenz“; Zuckerberg kündigte weitere Einstellungen an.",
  },
  "meta-llama-team-turnover": {
    title: "Die meisten Entwickler des ersten Llama-Modells haben Meta verlassen",
    summary:
      "Ein großer Teil der Entwickler, die 2023 das erste Llama-Modell bauten, soll nicht mehr bei Meta arbeiten; das Entwicklerteam steht intern in der Kritik, so mit der Sache vertraute Personen, auf die sich das Wall Street Journal beruft.",
  },
  "meta-market-doubts": {
    title: "Trotz Aktienkurs nahe dem Rekord zweifeln Anleger an Metas KI-Ausgaben",
    summary:
      "Obwohl der Aktienkurs sich einem Rekordhoch nähert und der Börsenwert fast 2 Billionen Dollar erreicht, beginnen einige an der Wall Street an den Ausgaben zu zweifeln; Baird-Analyst Ted Mortonson sagt, Aktionäre fürchteten, sie gerieten außer Kontrolle.",
  },
  "llama-4-arena-controversy": {
    title: "Meta bewarb Llama 4 mit einer auf Chat optimierten Variante in der Chatbot Arena",
    summary:
      "Meta warb für die ersten Llama-4-Modelle mit einem Spitzenplatz in der Bestenliste der Chatbot Arena, hatte dort aber eine auf Chat optimierte Version statt der öffentlich veröffentlichten Modelle eingereicht. Zuckerberg musste das einräumen; die Betreiber erklärten, Meta hätte das offenlegen müssen.",
  },
  "llama-4-underwhelms": {
    title:
      "Llama 4 (Maverick, Scout) enttäuscht: hinter der Konkurrenz und bei Text auf LMArena sogar hinter Llama 3",
    summary:
      "Llama 4 Maverick und Scout waren nach Metas eigenen Benchmarks effizient, im Branchenvergleich aber unauffällig; in der Coding-Rangliste von LMArena liegt Llama 4 hinter allen großen amerikanischen, chinesischen und französischen Modellen, bei Text sogar hinter seinem Vorgänger Llama 3.",
  },
  "gpt-5-delays": {
    title: "OpenAIs Start von GPT-5 hat sich mehrfach verschoben",
    summary:
      "GPT-5 soll alle Fähigkeiten in einem Modell vereinen; die Integration ist schwieriger als erwartet, und der Start wurde bereits mehrfach verschoben (Stand Mai 2025).",
  },
  "claude-3-5-opus-wait": {
    title: "Claude 3.5 Opus lässt lange auf sich warten; Anthropic sagt, es komme bald",
    summary:
      "Anthropic arbeitet schon seit Längerem an Claude 3.5 Opus, einer größeren Version seiner Modelle; eine Sprecherin sagte dem Wall Street Journal, es solle bald erscheinen.",
  },
  "avocado-weak-benchmarks": {
    title:
      "Metas „Avocado“ bleibt in internen Tests beim komplexen Schlussfolgern hinter der Konkurrenz zurück",
    summary:
      "Metas lange erwartetes Modell mit dem Codenamen „Avocado“ verfehlt aktuelle Branchenstandards deutlich: Interne Tests zeigen, dass es schlechter abschneidet als etablierte Konkurrenten, vor allem beim mehrstufigen Schlussfolgern.",
  },
  "meta-layoffs-2026": {
    title: "Meta bereitet breiten Stellenabbau außerhalb der Kern-KI-Entwicklung vor",
    summary:
      "Um die hohen Kosten auszugleichen, bereitet Meta umfangreiche Entlassungen in Bereichen vor, die nicht direkt zur Kernentwicklung der KI beitragen. Eine Zahl wird nicht genannt.",
  },
  "xai-architecture-rebuild": {
    title: "xAI muss seine Modelle nach Architekturfehlern von Grund auf neu bauen",
    summary:
      "Die Entwickler von xAI halten die Grundstruktur der aktuellen Modelle für schlecht konzipiert; das Team muss die Codebasis verwerfen und neu aufbauen, was den Zeitplan um Monate zurückwirft und bisherige Rechenleistung wertlos macht.",
  },
  "xai-cofounder-exits": {
    title: "Mehrere Mitgründer und führende Ingenieure haben xAI verlassen",
    summary:
      "In den vergangenen Wochen haben mehrere Mitgründer und führende Programmierer xAI verlassen, was den Neuaufbau erschwert. Eine Zahl wird nicht genannt.",
  },
  // ── Starter pack ──────────────────────────────────────────────────────────────────────────
  "apple-delay-2025-03-siri": {
    title: "Apple verschiebt die KI-Funktionen von Siri auf 2026",
    summary:
      "Am Freitag, dem 7. März 2025, teilte Apple mit, dass einige der auf der WWDC 2024 angekündigten KI-Verbesserungen für Siri länger dauern als erwartet und nun im kommenden Jahr (2026) erwartet werden.",
  },
  "apple-delay-2026-02-siri": {
    title: "Neue Siri könnte erneut rutschen: von iOS 26.4 auf iOS 26.5 (Mai) oder iOS 27 (September)",
    summary:
      "Bloomberg berichtet, dass neue Probleme in internen Tests Apples letzten Zeitplan infrage stellen: Teile der für iOS 26.4 geplanten Siri-Funktionen könnten erst mit iOS 26.5 im Mai oder mit iOS 27 im September 2026 kommen. Apple sagte CNBC, man liege weiterhin im Plan für einen Start 2026.",
  },
  "apple-benchmark-2026-02-siri-tests": {
    title: "Interne Tests: neue Siri langsam, unzuverlässig und ungenau",
    summary:
      "In Apples internen Tests verarbeitet die neue Siri Anfragen Berichten zufolge unzuverlässig oder braucht ungewöhnlich lange, hat Probleme mit der Genauigkeit und bricht die Spracherkennung ab, wenn Nutzer schnell sprechen.",
  },
  "apple-architecture-2026-02-siri-chatgpt": {
    title: "Neue Siri greift noch auf OpenAIs ChatGPT zurück, wo Apples eigene Technik antworten sollte",
    summary:
      "Bloomberg berichtet von einem Problem bei der Einbindung externer KI-Dienste: In manchen Situationen greift Siri noch auf OpenAIs ChatGPT zurück, obwohl Apples eigene Technik die Anfrage bearbeiten könnte.",
  },
  "apple-stock-2026-02-siri": {
    title: "Apple-Aktie fällt deutlich nach Berichten über eine weitere Siri-Verzögerung",
    summary:
      "Apples Stellungnahme gegenüber CNBC erfolgte vor dem Hintergrund eines deutlichen Kursrückgangs der Apple-Aktie, den Marktbeobachter teilweise auf die Berichte über eine weitere Siri-Verzögerung zurückführten.",
  },
  "amazon-benchmark-2024-01-alexa-answers": {
    title: "Antworten der „Remarkable Alexa“ bleiben in Tests weit hinter den Erwartungen zurück",
    summary:
      "Laut Business Insider gibt die generative „Remarkable Alexa“, die mit 15.000 externen Kunden getestet wurde, oft falsche Informationen, schweift ab oder antwortet unnötig ausführlich; Amazon arbeitet nach.",
  },
  "amazon-delay-2024-11-alexa": {
    title: "Für 2024 geplantes KI-Alexa-Abo nun frühestens 2025 erwartet",
    summary:
      "Fortune berichtet unter Berufung auf interne Amazon-Dokumente von technischen und organisatorischen Problemen, die die neue KI-Alexa ins kommende Jahr verschieben; der ursprünglich für 2024 geplante Start wird nun frühestens 2025 erwartet.",
  },
  "amazon-architecture-2024-11-alexa-latency": {
    title: "Neue Alexa: lange Antwortzeiten und Inkompatibilität mit älteren Echo-Geräten",
    summary:
      "Interne Berichte nennen massive Verzögerungen zwischen Anfrage und Antwort sowie schlechte Abwärtskompatibilität: Fast 4 Millionen Nutzer bräuchten neue Hardware, um die KI-Funktionen zu nutzen.",
  },
  "amazon-other-2024-11-alexa-data": {
    title: "Zu wenig Daten für das Training der neuen Alexa; Teams arbeiten isoliert",
    summary:
      "Die internen Berichte weisen auch auf schlechte Abstimmung zwischen Amazons Entwicklerteams und fehlende ausreichende Daten hin, um die neue KI umfassend zu trainieren.",
  },
  "nvidia-delay-2024-08-blackwell": {
    title: "Blackwell B200 verzögert sich um drei Monate oder mehr, bis ins erste Quartal 2025",
    summary:
      "Laut The Information hat Nvidia Microsoft und mindestens einem weiteren Cloud-Anbieter mitgeteilt, dass sich seine Blackwell-B200-Chips um drei Monate oder mehr verzögern; größere Lieferungen werden im ersten Quartal 2025 statt 2024 erwartet. Nvidia sagte nur, die Produktion solle wie geplant in der zweiten Jahreshälfte hochgefahren werden.",
  },
  "nvidia-architecture-2024-08-blackwell-design-flaw": {
    title: "Designfehler im Blackwell ungewöhnlich spät in der Produktion entdeckt",
    summary:
      "Als Ursache der Verzögerung wird ein Designfehler im Blackwell B200 genannt, den der Hersteller TSMC ungewöhnlich spät im Produktionsprozess bemerkte.",
  },
  "nvidia-stock-2025-01-deepseek": {
    title: "Nvidia fällt wegen DeepSeek um 17 % und verliert Rekordbörsenwert von 589 Mrd. US-Dollar",
    summary:
      "Am Montag, dem 27. Januar 2025, fiel die Nvidia-Aktie in New York nach DeepSeeks günstigem KI-Modell um 17 %; das Unternehmen verlor 589 Milliarden US-Dollar an Börsenwert (LSEG: 592,7 Milliarden), ein Rekord für die US-Börse.",
  },
  "microsoft-stock-2025-01-deepseek": {
    title: "Microsoft-Aktie gibt im DeepSeek-Ausverkauf um rund zwei Prozent nach",
    summary:
      "Im selben Ausverkauf fiel Microsoft an dem Tag um zwei Prozent (der Text schreibt die Zahl als Wort, daher ist kein Prozentwert gespeichert).",
  },
  "aleph-alpha-investment-2023-11-series-b": {
    title: "Aleph Alpha verkündet eine Finanzierungsrunde über 500 Mio. US-Dollar",
    summary:
      "Am Montag, dem 6. November 2023, verkündete Aleph Alpha gemeinsam mit Wirtschaftsminister Habeck eine Finanzierungsrunde von insgesamt 500 Millionen Dollar von Bosch, SAP, der Schwarz-Gruppe, Burda und weiteren. Später sprach das Unternehmen von 470 Millionen Euro, davon 110 Millionen Euro Eigenkapital.",
  },
  "aleph-alpha-controversy-2024-06-funding": {
    title: "Zweifel an Aleph Alphas „500-Millionen-Dollar“-Runde: nur etwa 100 Mio. US-Dollar für 20 %",
    summary:
      "Der Journalist Thomas Knüwer stellte die angekündigte Runde über 500 Millionen Dollar infrage: Eine Quelle mit Einblick in das Term Sheet sagte, die Investoren hätten für etwa 100 Millionen Dollar rund 20 % erhalten. Aleph Alpha schlüsselte die 470 Millionen Euro daraufhin in 110 Millionen Euro Eigenkapital, 300 Millionen Euro Forschungsförderung und 60 Millionen Euro Auftragszusagen auf.",
  },
  "mistral-ai-investment-2023-06-seed": {
    title: "Mistral sammelt vier Wochen nach dem Start 105 Mio. Euro in einer Seed-Runde ein",
    summary:
      "Im Juni 2023, vier Wochen nach dem Start und ohne Produkt, sammelte Mistral 105 Millionen Euro ein – eine Rekord-Seed-Runde in Europa.",
  },
  "mistral-ai-investment-2023-12-series-a": {
    title: "Mistral sammelt im Dezember 2023 385 Mio. Euro ein",
    summary: "Im Dezember 2023 flossen weitere 385 Millionen Euro an Mistral.",
  },
  "mistral-ai-investment-2024-06-series-b": {
    title: "Mistrals Serie-B-Runde über 600 Mio. Euro bei einer Bewertung von fast 6 Mrd. Euro",
    summary:
      "Mistral sammelte in einer Serie-B-Runde 600 Millionen Euro von rund zwei Dutzend Investoren ein, darunter General Catalyst, Andreessen Horowitz und Nvidia; die Gesamtfinanzierung übersteigt eine Milliarde Euro, die Bewertung liegt bei fast sechs Milliarden Euro (5,8 Milliarden Euro). Beträge in Euro, daher ist kein Dollarbetrag gespeichert.",
  },
  "mistral-ai-investment-2025-09-series-c": {
    title:
      "Mistral AI sammelt in einer von ASML angeführten Serie-C-Runde 1,7 Mrd. Euro (2 Mrd. US-Dollar) ein",
    summary:
      "Das Handelsblatt berichtete zuerst, Mistral AI stehe kurz vor einer Investition von zwei Milliarden Euro bei einer Bewertung von 14 Milliarden Dollar (CEO Arthur Mensch wollte sich nicht äußern); die Runde schloss mit 1,7 Milliarden Euro (2 Milliarden Dollar), angeführt von ASML mit 1,3 Milliarden Euro für einen Anteil von 11 Prozent.",
  },
  "microsoft-investment-2023-01-openai": {
    title: "Microsofts mehrjährige Investition in OpenAI, Berichten zufolge 10 Mrd. US-Dollar",
    summary:
      "Am Montag, dem 23. Januar 2023, kündigte Microsoft eine neue mehrjährige Investition in Milliardenhöhe in OpenAI an, ohne die Summe zu nennen; Bloomberg berichtete von 10 Milliarden US-Dollar.",
  },
  "microsoft-investment-2019-07-openai": {
    title: "Microsofts erste Milliardeninvestition in OpenAI (2019)",
    summary:
      "Microsoft war ein früher Investor von OpenAI und steckte 2019 eine Milliarde US-Dollar in das Unternehmen (der Text schreibt die Zahl als Wort).",
  },
  "google-investment-2023-10-anthropic": {
    title: "Google sagt Anthropic 2 Mrd. US-Dollar zu",
    summary:
      "Anthropic erhielt allein von Google zwei Milliarden Dollar (der Text schreibt die Zahl als Wort und nennt kein Datum; Googles Zusage erfolgte im Oktober 2023).",
  },
  "amazon-investment-2024-03-anthropic": {
    title: "Amazon steckt weitere 2,75 Mrd. US-Dollar in Anthropic",
    summary:
      "Amazon investierte 2,75 Milliarden Dollar in Anthropic, die Option aus seinem Deal vom September 2023 (der Text nennt kein Datum; sie wurde im März 2024 gezogen).",
  },
  "stability-ai-departure-2024-03-mostaque": {
    title: "Gründer und CEO Emad Mostaque tritt bei Stability AI zurück",
    summary:
      "Am Freitagabend, dem 22. März 2024, kündigte Emad Mostaque an, als CEO von Stability AI zurückzutreten, um sich dezentraler KI zu widmen; COO Shan Shan Wong und CTO Christian Laforte führen das Unternehmen übergangsweise. Investoren hatten ihn bereits im Herbst zum Rücktritt aufgefordert.",
  },
  "stability-ai-departure-2024-03-sd-researchers": {
    title: "Stable-Diffusion-Forscher Rombach, Blattmann und Lorenz verlassen Stability AI",
    summary:
      "Laut Forbes haben die drei für die Grundlagenforschung von Stable Diffusion verantwortlichen Wissenschaftler Robin Rombach, Andreas Blattmann und Dominik Lorenz das Start-up kürzlich verlassen (im Text zusammengefasst, daher ein Ereignis).",
  },
  "stability-ai-layoff-2024-04": {
    title: "Stability AI entlässt mehr als 20 Beschäftigte, etwa zehn Prozent",
    summary:
      "Laut einem internen Memo, über das CNBC berichtete, entließ Stability AI mehr als 20 Beschäftigte, etwa zehn Prozent seiner rund 200 Mitarbeitenden, vor allem im operativen Bereich, um das Geschäft „auf die richtige Größe“ zu bringen.",
  },
  "stability-ai-controversy-2023-06-forbes-mostaque": {
    title: "Forbes: Mostaque führte über seinen Abschluss und die Amazon-Partnerschaft in die Irre",
    summary:
      "2023 berichtete Forbes, Emad Mostaque habe Menschen, darunter Investoren, über einen Master-Abschluss aus Oxford und über die Art der Partnerschaft von Stability AI mit Amazon in die Irre geführt; Mostaque nannte mehrere Behauptungen falsch.",
  },
  "stability-ai-other-2023-autumn-investors-demand-resignation": {
    title: "Investoren fordern den Rücktritt des Stability-AI-Chefs; Führungskräfte laufen davon",
    summary:
      "Medienberichten zufolge hatten Investoren Mostaque bereits im Herbst (2023) zum Rücktritt aufgefordert, als das Unternehmen mit einem massiven Weggang leitender Manager kämpfte.",
  },
  "stability-ai-other-2023-10-burn-failed-round": {
    title: "Stability AI verbrannte im Oktober 2023 rund 8 Mio. US-Dollar; geplante Runde scheiterte",
    summary:
      "Laut Bloomberg gab Stability AI allein im Oktober 2023 schätzungsweise acht Millionen Dollar aus, und eine geplante Finanzierungsrunde bei einer Bewertung von vier Milliarden Dollar scheiterte (Zahlen als Wörter geschrieben, daher ist kein Betrag gespeichert).",
  },
  "openai-departure-2023-11-altman-fired": {
    title: "OpenAIs Verwaltungsrat entlässt CEO Sam Altman",
    summary:
      "Am Freitag, dem 17. November 2023, entließ OpenAIs Verwaltungsrat Mitgründer und CEO Sam Altman mit der Begründung, er sei in seiner Kommunikation mit dem Gremium nicht durchgehend aufrichtig gewesen; CTO Mira Murati wurde Interims-CEO. Altman kehrte wenige Tage später zurück.",
  },
  "openai-departure-2023-11-brockman": {
    title: "Greg Brockman verliert den Vorsitz im Verwaltungsrat und tritt als OpenAI-Präsident zurück",
    summary:
      "Mit Altmans Entlassung musste Verwaltungsratschef Greg Brockman seinen Sitz im Gremium aufgeben und kündigte daraufhin seinen Rücktritt als Präsident an; wenige Tage später kehrte er mit Altman zurück.",
  },
  "openai-other-2023-11-altman-returns": {
    title:
      "Altman und Brockman kehren nach wenigen Tagen zurück; drei Verwaltungsratsmitglieder müssen gehen",
    summary:
      "Nur Tage nach der Entlassung kehrten Altman und Brockman mit Rückendeckung der meisten OpenAI-Beschäftigten und von Microsoft auf ihre Posten zurück; drei Mitglieder des Verwaltungsrats, die die Entlassung vorangetrieben hatten, mussten gehen.",
  },
  "openai-other-2024-03-altman-board": {
    title: "Altman nach der Prüfung durch WilmerHale zurück im Verwaltungsrat von OpenAI",
    summary:
      "OpenAI gab am Freitag (8. März 2024) bekannt, dass Altman wieder in den Verwaltungsrat einzieht, nachdem eine externe Prüfung durch WilmerHale ergeben hatte, dass seine Entlassung auf einen Vertrauensbruch mit dem früheren Gremium zurückging; drei weitere Mitglieder kommen hinzu.",
  },
  "deepseek-delay-2025-08-r2": {
    title: "DeepSeek verschiebt das für Mai geplante R2 nach gescheitertem Training auf Huawei-Chips",
    summary:
      "Laut Financial Times hat DeepSeek sein ursprünglich für Mai 2025 geplantes Modell R2 verschoben, vor allem weil Trainingsläufe auf Huaweis Ascend-Chips scheiterten.",
  },
  "deepseek-architecture-2025-08-r2-ascend": {
    title: "R2-Training auf Huaweis Ascend-Chips scheitert; DeepSeek kehrt zu Nvidia zurück",
    summary:
      "Von den Behörden ermutigt, Huaweis Ascend-Prozessoren zu verwenden, stieß DeepSeek auf anhaltende technische Probleme und konnte selbst mit Huawei-Ingenieuren vor Ort keinen erfolgreichen Trainingslauf abschließen; es trainiert auf Nvidia-Chips und nutzt Huawei-Hardware nur für die Inferenz.",
  },
  "openai-delay-2025-07-open-weight": {
    title: "OpenAIs für Juli geplantes Open-Weight-Modell aus Sicherheitsgründen verschoben",
    summary:
      "Die eigentlich für Juli 2025 geplante Veröffentlichung von gpt-oss-120B und gpt-oss-20B wurde zunächst aus Sicherheitsgründen verschoben; die Modelle erschienen am 5. August 2025.",
  },
  "microsoft-delay-2024-06-recall": {
    title: "Microsoft nimmt Recall aus dem Start der Copilot+-PCs am 18. Juni",
    summary:
      "Microsoft hat Windows Recall auf unbestimmte Zeit verschoben: Statt mit den ersten Copilot+-PCs am 18. Juni 2024 zu starten, wird die umstrittene Funktion zunächst im Windows-Insider-Programm getestet.",
  },
  "microsoft-controversy-2024-06-recall-privacy": {
    title: "Sicherheitsexperten kritisieren Recall; Microsoft macht es zur Opt-in-Funktion",
    summary:
      "Kurz nach der Vorstellung von Recall bezweifelten Sicherheitsexperten Nutzen und Sicherheit der Funktion (das Tool TotalRecall liest ihre Datenbank aus); Microsoft reagierte mit Opt-in, Windows Hello und einer Verschlüsselung der Datenbank.",
  },
  "microsoft-delay-2024-11-recall": {
    title: "Recall ein zweites Mal verschoben, von Oktober auf Dezember 2024",
    summary:
      "Laut The Verge verschiebt Microsoft Recall für Copilot+-PCs erneut, von Oktober auf Dezember 2024, um die Funktion vor der Vorschau im Windows-Insider-Programm weiter zu verfeinern.",
  },
  "xai-layoff-2025-09-annotators": {
    title: "xAI entlässt mindestens 500 Datenannotatoren, die Grok trainieren",
    summary:
      "Am Freitag, dem 12. September 2025, entließ xAI mindestens 500 Beschäftigte seines Datenannotationsteams (etwa ein Drittel davon) und strich die meisten Stellen für generalistische KI-Tutoren zugunsten von Spezialisten.",
  },
  "meta-layoff-2025-10-superintelligence-labs": {
    title: "Meta streicht rund 600 Stellen in seinen KI-Abteilungen",
    summary:
      "Meta streicht rund 600 Stellen in FAIR, der KI-Infrastruktur und den Produkt-KI-Teams, etwa ein Fünftel der rund 3.000 Beschäftigten seiner Superintelligence Labs; das TBD Lab bleibt verschont.",
  },
  "meta-other-2025-06-superintelligence-labs": {
    title: "Meta bündelt seine KI-Abteilungen in den Superintelligence Labs",
    summary:
      "Im Juni 2025 ordnete Meta nach aggressiven Abwerbungen bei der Konkurrenz seine KI-Abteilungen unter dem Namen Superintelligence Labs neu.",
  },
  "apple-departure-2025-07-pang": {
    title: "Apples Chef für Basismodelle Ruoming Pang wechselt zu Meta",
    summary:
      "Ruoming Pang, Leiter von Apples Team für Basismodelle, wechselt zu Metas Superintelligence Labs; Apple verzichtete auf ein Gegenangebot.",
  },
  "meta-hiring-2025-07-pang": {
    title: "Meta holt Apples Ruoming Pang mit einem Paket von mehr als 200 Mio. US-Dollar",
    summary:
      "Laut Bloomberg ist Metas mehrjähriges Vergütungspaket für Ruoming Pang mehr als 200 Millionen US-Dollar wert, überwiegend leistungsabhängige Aktien.",
  },
  "openai-acquisition-2025-05-io": {
    title: "OpenAI kauft Jony Ives Hardware-Start-up io für rund 6,5 Mrd. US-Dollar",
    summary:
      "OpenAI übernimmt io, das Hardware-Start-up des ehemaligen Apple-Designchefs Jony Ive, in einem reinen Aktiengeschäft im Wert von rund 6,5 Milliarden US-Dollar; es zahlt 5 Milliarden Dollar, weil es bereits 23 Prozent hält.",
  },
  "openai-other-2025-07-windsurf-deal-collapses": {
    title: "OpenAIs geplante Übernahme von Windsurf platzt",
    summary:
      "OpenAIs Übernahme des KI-Coding-Start-ups Windsurf ist gescheitert; Windsurfs CEO geht stattdessen zu Google.",
  },
  "google-hiring-2025-07-windsurf": {
    title: "Google zahlt rund 2,4 Mrd. US-Dollar für Windsurfs CEO, Team und eine Technologielizenz",
    summary:
      "Google DeepMind übernimmt Windsurf-CEO Varun Mohan und einen Teil des Forschungs- und Entwicklungsteams; laut The Information zahlt Google rund 2,4 Milliarden US-Dollar für mehrjährige Vergütungen und eine nicht-exklusive Lizenz, ohne Beteiligung.",
  },
  "windsurf-departure-2025-07-mohan": {
    title: "Windsurf-CEO Varun Mohan und ein Teil des F&E-Teams wechseln zu Google DeepMind",
    summary:
      "Windsurfs CEO Varun Mohan und ein Teil des Forschungs- und Entwicklungsteams wechseln zu Google DeepMind; Jeff Wang wird Interims-CEO (im Text zusammengefasst, daher ein Ereignis).",
  },
  "google-hiring-2024-08-character-ai": {
    title: "Google holt die Gründer von Character.AI zurück und zahlt dem Start-up 2,7 Mrd. US-Dollar",
    summary:
      "2024 übernahm Google die Character.AI-Gründer Noam Shazeer und Daniel De Freitas und zahlte dem Start-up parallel 2,7 Milliarden US-Dollar.",
  },
  "microsoft-hiring-2024-03-inflection": {
    title: "Microsoft zahlt Inflection rund 650 Mio. US-Dollar und holt Mustafa Suleyman",
    summary:
      "Microsoft gab rund 650 Millionen US-Dollar für einen Deal mit Inflection AI aus, um DeepMind-Mitgründer Mustafa Suleyman als „CEO of AI“ zu holen (März 2024; der Text nennt kein Datum).",
  },
  "inflection-ai-departure-2024-03-suleyman": {
    title: "Inflection AI verliert Mitgründer und CEO Mustafa Suleyman an Microsoft",
    summary:
      "Mustafa Suleyman verließ Inflection AI im Rahmen des Lizenzdeals, um Microsofts „CEO of AI“ zu werden.",
  },
  "baidu-benchmark-2023-03-ernie-demo": {
    title: "Baidus erste Ernie-Bot-Demo bleibt weit hinter den Erwartungen zurück",
    summary:
      "Bei der Bühnenpräsentation am Donnerstag, dem 16. März 2023, zeigte CEO Robin Li nur vorab aufgezeichnete Videos von Ernie Bot, zog keinen Vergleich mit ChatGPT und sagte, das Produkt sei noch ein Stück von der Marktreife entfernt.",
  },
  "apple-delay-2024-06-apple-intelligence-eu": {
    title: "Apple hält Apple Intelligence in der EU wegen des Digital Markets Act zurück",
    summary:
      "Apple kündigte an, Apple Intelligence, iPhone-Synchronisierung (iPhone Mirroring) und die Bildschirmfreigabe in SharePlay vorerst nicht für Nutzer in der EU anzubieten, und verwies auf Unsicherheit über die Interoperabilitätsvorgaben des DMA.",
  },
  "alibaba-investment-2025-09-ai-capex-expanded": {
    title: "Alibaba will seinen KI-Investitionsplan über 53 Mrd. US-Dollar hinaus ausweiten",
    summary:
      "CEO Eddie Wu sagte auf einer Entwicklerkonferenz in Hangzhou, Alibaba werde seinen Plan für KI-Infrastruktur ausweiten; eine neue Summe nannte er nicht.",
  },
  "alibaba-stock-2025-09-four-year-high": {
    title: "Alibaba-Aktie erreicht den höchsten Stand seit fast vier Jahren",
    summary:
      "Die Alibaba-Aktie erreichte nach den Nachrichten zu den KI-Investitionen den höchsten Stand seit fast vier Jahren; seit Jahresbeginn hat sie sich mehr als verdoppelt (kein Prozentwert genannt).",
  },
  "amazon-investment-2023-09-anthropic": {
    title: "Amazon will bis zu 4 Mrd. US-Dollar in Anthropic investieren, zunächst 1,25 Mrd.",
    summary:
      "Am Montag, dem 25. September 2023, kündigte Amazon an, bis zu vier Milliarden Dollar in Anthropic zu investieren: AWS übernimmt zunächst Anteile für 1,25 Milliarden Dollar, mit einer Option auf weitere 2,75 Milliarden.",
  },
  "openai-investment-2025-10-employee-share-sale": {
    title: "Investoren kaufen OpenAI-Mitarbeiteraktien für 6,6 Mrd. US-Dollar bei 500 Mrd. Bewertung",
    summary:
      "Investoren wie Dragoneer, MGX, T. Rowe, Thrive Capital und SoftBank kauften aktuellen und ehemaligen OpenAI-Beschäftigten Anteile im Wert von 6,6 Milliarden Dollar ab, was OpenAI mit 500 Milliarden Dollar bewertet (eine Bewertung, nicht der Betrag des Ereignisses).",
  },
  "openai-investment-2025-03-softbank-round": {
    title: "OpenAI sammelt in einer von SoftBank angeführten Runde 40 Mrd. US-Dollar ein",
    summary:
      "OpenAIs von SoftBank angeführte Finanzierungsrunde über 40 Milliarden Dollar im Frühjahr 2025 (der Text nennt April).",
  },
  "google-delay-2023-12-gemini": {
    title:
      "Google sagt die Gemini-Startveranstaltungen der kommenden Woche wegen unzuverlässiger Antworten in anderen Sprachen ab",
    summary:
      "Laut The Information sagte CEO Sundar Pichai die für die folgende Woche in Kalifornien, New York und Washington geplanten Gemini-Startveranstaltungen ab, weil die KI einige nicht englischsprachige Anfragen nicht zuverlässig bewältigte.",
  },
  "google-benchmark-2023-12-gemini-non-english": {
    title: "Gemini bewältigte einige nicht englischsprachige Anfragen nicht zuverlässig",
    summary:
      "Google stellte fest, dass Gemini einige nicht englischsprachige Anfragen nicht zuverlässig verarbeiten konnte, sagte eine mit der Sache vertraute Person.",
  },
  "anthropic-other-2025-09-authors-settlement": {
    title:
      "Anthropic bietet mindestens 1,5 Mrd. US-Dollar, um die Urheberrechts-Sammelklage von Autoren beizulegen",
    summary:
      "Anthropic schlägt vor, Autoren mindestens 1,5 Milliarden US-Dollar zu zahlen, etwa 3.000 Dollar pro Werk, für rund 500.000 Bücher, die aus Piraterie-Datenbanken heruntergeladen wurden, um Claude zu trainieren; der Vergleich muss noch vom Richter genehmigt werden.",
  },
  "google-stock-2023-02-bard": {
    title: "Alphabet verliert nach der Bard-Ankündigung mehr als 100 Mrd. US-Dollar",
    summary:
      "Am Mittwoch, dem 8. Februar 2023, fiel die Alphabet-Aktie nach der Bard-Ankündigung um 7,8 Punkte und verlor mehr als 100 Milliarden Dollar an Wert; ein Werbevideo hatte gezeigt, wie Bard eine falsche Antwort gab.",
  },
  "google-benchmark-2023-02-bard-jwst-error": {
    title: "Bard gibt in Googles Werbevideo eine falsche Antwort zum James-Webb-Teleskop",
    summary:
      "In Googles Werbe-Tweet behauptete Bard, das James-Webb-Weltraumteleskop habe das allererste Bild eines Exoplaneten aufgenommen; das erste entstand jedoch 2004 mit dem VLT. Google sagte, das zeige, wie wichtig gründliche Tests seien.",
  },
  "google-controversy-2024-02-gemini-images": {
    title: "Google stoppt nach Kritik Geminis Bilder von Menschen",
    summary:
      "Nachdem Nutzer kritisiert hatten, wie Gemini Menschen darstellt, etwa historisch unzutreffende Soldaten, setzte Google die Erzeugung von Bildern von Menschen aus, während es an Verbesserungen arbeitet.",
  },
  "nvidia-other-2025-04-h20-charge": {
    title:
      "Nvidia verbucht Kosten von 5,5 Mrd. US-Dollar, nachdem die USA Lizenzen für H20-Exporte nach China verlangen",
    summary:
      "Laut einer Mitteilung an die SEC teilte die US-Regierung Nvidia mit, dass seine für China gefertigten H20-Chips nun eine Exportlizenz brauchen; Nvidia beziffert die Kosten in seinem ersten Quartal auf 5,5 Milliarden US-Dollar.",
  },
  "openai-other-2024-07-projected-loss": {
    title: "OpenAI steuert 2024 auf einen operativen Verlust von 5 Mrd. US-Dollar zu",
    summary:
      "Laut The Information droht OpenAI im laufenden Jahr ein operativer Verlust von 5 Milliarden US-Dollar, bei rund 7 Milliarden für Betrieb und Training der Modelle und 1,5 Milliarden für Personal.",
  },
  "openai-other-2025-10-quarterly-loss": {
    title: "OpenAI verlor in einem Quartal rund 12 Mrd. US-Dollar, legen Microsofts Zahlen nahe",
    summary:
      "Das Wall Street Journal leitet unter Berufung auf Bernstein-Analyst Firoz Valliji aus Microsofts Quartalsbericht ab, dass OpenAI im vergangenen Quartal rund 12 Milliarden US-Dollar Verlust gemacht hat.",
  },
  "microsoft-other-2025-10-openai-equity-loss": {
    title: "Microsoft verbucht einen Verlust von 4,1 Mrd. US-Dollar aus seiner OpenAI-Beteiligung",
    summary:
      "Microsofts Quartalsbericht weist einen Verlust von 4,1 Milliarden US-Dollar im Zusammenhang mit seiner Beteiligung an OpenAI aus.",
  },
  "aleph-alpha-departure-2025-10-andrulis-ceo": {
    title: "Gründer Jonas Andrulis tritt als CEO von Aleph Alpha ab",
    summary:
      "Jonas Andrulis trat mit sofortiger Wirkung als CEO zurück (Oktober 2025); Co-CEO Reto Spörri und Ilhan Scheer übernehmen, Andrulis sollte ab Januar 2026 den Beirat leiten.",
  },
  "aleph-alpha-departure-2025-10-coo-dirks": {
    title: "Aleph Alphas COO Carsten Dirks geht",
    summary:
      "Zusammen mit dem Wechsel an der Spitze verlässt Chief Operating Officer Carsten Dirks Aleph Alpha ganz.",
  },
  "aleph-alpha-layoff-2026-01": {
    title: "Aleph Alpha entlässt 50 Beschäftigte, etwa 17 Prozent der Belegschaft",
    summary:
      "Nach einer Strategieprüfung durch die neue Geschäftsführung streicht Aleph Alpha laut Business Insider 50 Stellen, etwa 17 Prozent seiner Belegschaft.",
  },
  "aleph-alpha-departure-2026-01-andrulis-exit": {
    title: "Jonas Andrulis verlässt Aleph Alpha ganz, statt den Beirat zu leiten",
    summary:
      "Gründer Jonas Andrulis gibt alle Funktionen ab und verlässt Aleph Alpha; laut Bild sollte er ab dem Jahreswechsel 2026 den Beirat leiten.",
  },
  "apple-departure-2025-12-giannandrea": {
    title: "Apples KI-Chef John Giannandrea geht nach den Siri-Verzögerungen",
    summary:
      "John Giannandrea verlässt Apple im Frühjahr 2026 und berät das Unternehmen bis dahin; Amar Subramanya übernimmt den KI-Bereich und berichtet an Craig Federighi.",
  },
  "apple-other-2025-03-siri-reorg": {
    title: "Apple gibt Siri von Giannandrea an Vision-Pro-Chef Mike Rockwell ab",
    summary:
      "Laut Mark Gurman von Bloomberg leitet nun Mike Rockwell die Siri-Entwicklung und berichtet an Craig Federighi; John Giannandrea bleibt mit kleineren Aufgaben. Apple bestätigte den Wechsel nur intern.",
  },
  "anthropic-investment-2025-03-series-e": {
    title: "Anthropic sammelt 3,5 Mrd. US-Dollar ein und verdreifacht seine Bewertung auf 61,5 Mrd.",
    summary:
      "Anthropic sammelte in einer Finanzierungsrunde 3,5 Milliarden Dollar ein und verdreifachte damit seine Bewertung auf 61,5 Milliarden Dollar (eine Bewertung, nicht der Betrag des Ereignisses).",
  },
  "openai-investment-2024-10-round": {
    title: "OpenAI sammelt 6,6 Mrd. US-Dollar bei einer Bewertung von 157 Mrd. ein",
    summary:
      "OpenAI sammelte im Oktober 2024 6,6 Milliarden Dollar bei einer Bewertung von 157 Milliarden Dollar ein.",
  },
  "meta-investment-2025-10-capex-raised": {
    title: "Meta hebt seinen Investitionsplan für 2025 auf 70–72 Mrd. US-Dollar für KI an",
    summary:
      "Meta plant für 2025 nun Investitionsausgaben von 70 bis 72 Milliarden US-Dollar (zuvor 66 bis 72 Milliarden), vor allem für Rechenzentren und KI-Forschung, und erwartet, dass die Ausgaben 2026 deutlich schneller wachsen.",
  },
  "meta-other-2025-10-analyst-downgrades": {
    title: "Oppenheimer und Benchmark stufen Meta wegen der KI-Ausgaben ab",
    summary:
      "Nach dem höheren Ausgabenplan stufte Oppenheimer Meta auf „Perform“ und Benchmark auf „Hold“ ab; Barclays und die Bank of America senkten ihre Kursziele.",
  },
  "openai-other-2024-12-italy-fine": {
    title: "Italiens Datenschutzbehörde verhängt 15 Mio. Euro Strafe gegen OpenAI",
    summary:
      "Nach einer im März 2023 eröffneten Untersuchung verhängte Italiens Garante gegen OpenAI eine Strafe von 15 Millionen Euro (ein Euro-Betrag, daher keiner gespeichert) wegen einer nicht gemeldeten Datenpanne, Verarbeitung ohne Rechtsgrundlage, mangelnder Transparenz und fehlender Altersprüfung, und ordnete eine sechsmonatige Informationskampagne an.",
  },
  "apple-other-2025-03-ai-ad-lawsuit": {
    title: "Sammelklage wirft Apple irreführende Werbung für Apple Intelligence und die neue Siri vor",
    summary:
      "Eine am Mittwoch beim US-Bezirksgericht in San José eingereichte Sammelklage fordert nicht bezifferten Schadenersatz für Käufer von Geräten mit Apple Intelligence, weil die beworbenen Funktionen nur eingeschränkt oder gar nicht verfügbar gewesen seien. Im September 2025 beantragte Apple, die Klage abzuweisen.",
  },
  "xai-hiring-2025-09-specialist-tutors": {
    title: "xAI will sein Team spezialisierter KI-Tutoren verzehnfachen",
    summary:
      "In einem Beitrag auf X kündigte xAI an, sein Team spezialisierter KI-Tutoren „um das Zehnfache“ zu vergrößern, und schrieb Stellen aus.",
  },
  "xai-departure-2025-09-annotation-leads": {
    title: "Neun Beschäftigte verlassen bei einem Führungsumbau das Datenannotationsteam von xAI",
    summary:
      "Bei einem Führungsumbau im Datenannotationsteam sollen in der Woche vor den Entlassungen neun Beschäftigte xAI verlassen haben.",
  },
  "xai-departure-2025-07-cfo": {
    title: "xAI-Finanzchef Mike Liberatore geht nach wenigen Monaten",
    summary:
      "xAIs Finanzvorstand Mike Liberatore ist laut Wall Street Journal gegen Ende Juli 2025 ausgeschieden.",
  },
  "openai-delay-2025-06-open-weight": {
    title: "OpenAIs Open-Weight-Modell rutscht von Juni in den späteren Sommer",
    summary:
      "Im Juni 2025 sagte Sam Altman, das Open-Weight-Modell komme später im Sommer und nicht im Juni.",
  },
  "inflection-ai-other-2024-03-compute-refund": {
    title:
      "Inflection AI will Rechenkapazität abgeben und verlangt von CoreWeave eine teilweise Rückerstattung",
    summary:
      "Mit deutlich kleinerer Belegschaft versucht Inflection, Rechenkapazität abzugeben, und verlangt von CoreWeave eine teilweise Rückerstattung.",
  },
  "inflection-ai-investment-2023-06-round": {
    title: "Inflection AI sammelt 1,3 Mrd. US-Dollar von Microsoft und Nvidia ein",
    summary:
      "Im Juni 2023 investierten Microsoft und Nvidia 1,3 Milliarden Dollar in Inflection AI (bewertet mit 4 Milliarden Dollar).",
  },
  "anthropic-other-2025-06-fair-use-ruling": {
    title: "Richter: Training mit legal erworbenen Büchern ist Fair Use, mit Raubkopien nicht",
    summary:
      "Im Juni 2025 gab ein US-Bezirksrichter Anthropic beim Training mit legal erworbenen Büchern recht, stellte aber fest, dass das Unternehmen raubkopierte Bücher illegal heruntergeladen und gespeichert hatte.",
  },
  "google-investment-2024-08-gb200-order": {
    title: "Google hat mehr als 400.000 GB200-Chips für deutlich über 10 Mrd. US-Dollar bestellt",
    summary:
      "Google hat laut The Information mehr als 400.000 von Nvidias GB200-Chips bestellt, in einem Geschäft im Wert von deutlich über 10 Milliarden Dollar.",
  },
  "meta-investment-2024-08-gb200-order": {
    title: "Meta hat Nvidias Blackwell-Chips für 10 Mrd. US-Dollar bestellt",
    summary:
      "Meta hat laut The Information eine Bestellung über 10 Milliarden Dollar für Nvidias Blackwell-Chips aufgegeben.",
  },
  "openai-departure-2024-09-murati": {
    title: "OpenAIs Technikchefin Mira Murati geht",
    summary:
      "Mira Murati, Technikchefin von OpenAI und 2023 kurzzeitig Interims-CEO, sagte, sie gehe, um eigene Wege zu erkunden.",
  },
  "openai-departure-2024-09-mcgrew-zoph": {
    title: "OpenAIs Forschungschef Bob McGrew und Forschungsleiter Barret Zoph gehen",
    summary:
      "Sam Altman gab bekannt, dass auch Forschungschef Bob McGrew und Forschungsleiter Barret Zoph das Unternehmen verlassen.",
  },
  "openai-departure-2024-08-schulman": {
    title: "OpenAI-Mitgründer John Schulman wechselt zu Anthropic",
    summary: "Mitgründer John Schulman verließ OpenAI im August 2024 in Richtung des Konkurrenten Anthropic.",
  },
  "openai-departure-2024-05-sutskever": {
    title: "OpenAI-Mitgründer Ilya Sutskever geht",
    summary:
      "Mitgründer Ilya Sutskever, der ein auf KI-Sicherheit ausgerichtetes Team leitete, verließ OpenAI im Mai 2024 und gründete ein eigenes KI-Unternehmen.",
  },
  "openai-departure-2024-05-leike": {
    title: "Sicherheits-Co-Leiter Jan Leike tritt zurück und kritisiert OpenAI",
    summary:
      "Tage nach Sutskevers Weggang trat Jan Leike, Co-Leiter von dessen Sicherheitsteam, zurück und sagte, Sicherheit sei hinter glänzende Produkte zurückgetreten.",
  },
  "amazon-investment-2024-11-anthropic": {
    title: "Amazon investiert weitere 4 Mrd. US-Dollar in Anthropic",
    summary:
      "Amazon investiert zusätzlich 4 Milliarden Dollar in Anthropic und behält eine Minderheitsbeteiligung; AWS wird Anthropics wichtigster Cloud- und Trainingspartner.",
  },
  "google-other-2024-11-doj-anthropic": {
    title: "US-Justizministerium will Googles Anthropic-Deal rückgängig machen",
    summary:
      "Regulatorischer Druck: Das US-Justizministerium will Googles Investitionsvereinbarung mit Anthropic rückgängig machen.",
  },
  "meta-investment-2025-10-blue-owl-financing": {
    title:
      "Meta schließt mit Blue Owl eine Finanzierung über 27 Mrd. US-Dollar für sein größtes Rechenzentrum",
    summary:
      "Metas bislang größte Vereinbarung über privates Kapital, mit Blue Owl Capital, finanziert sein größtes Rechenzentrumsprojekt.",
  },
  "nvidia-stock-2024-09-record-loss": {
    title: "Nvidia verliert an einem Tag 279 Mrd. US-Dollar an Börsenwert",
    summary:
      "Im September 2024 verlor Nvidia an einem einzigen Tag 279 Milliarden Dollar an Börsenwert – der Rekord vor Januar 2025.",
  },
  "xai-delay-2025-11-grok-5": {
    title: "Musk verschiebt Grok 5 von Ende 2025 ins erste Quartal 2026",
    summary:
      "Auf der Konferenz von Baron Capital sagte Musk, Grok 5 komme in den ersten drei Monaten 2026, später als das ursprüngliche Ziel Ende 2025.",
  },
  "xai-delay-2025-01-grok-3": {
    title: "Grok 3 verfehlt Musks Ziel zum Jahresende 2024",
    summary:
      "Musk hatte Grok 3 bis Ende 2024 versprochen; am 2. Januar 2025 war von einer Einführung nichts zu sehen.",
  },
  "anthropic-delay-2024-claude-3-5-opus": {
    title: "Anthropic lässt das angekündigte Claude 3.5 Opus stillschweigend fallen",
    summary:
      "Anthropic entfernte Hinweise auf Claude 3.5 Opus und entschied, es nicht zu veröffentlichen, Berichten zufolge aus wirtschaftlichen Gründen.",
  },
  "openai-other-2025-02-musk-lawsuit": {
    title: "Musk klagt, um OpenAIs Umwandlung in ein gewinnorientiertes Unternehmen zu stoppen",
    summary:
      "Elon Musk hat Klage gegen Sam Altman eingereicht, um die Umwandlung von OpenAI in ein gewinnorientiertes Unternehmen zu verhindern.",
  },
  "amazon-delay-2025-02-alexa": {
    title:
      "Allgemeine Verfügbarkeit der neuen Alexa rutscht nach dem Event am 26. Februar um mindestens einen Monat",
    summary:
      "Die Washington Post berichtete, dass die allgemeine Veröffentlichung der neuen Alexa nach ihrer Vorstellung am 26. Februar 2025 um mindestens einen Monat verschoben wird, wegen Halluzinationen, Genauigkeit und Geschwindigkeit.",
  },
  "amazon-benchmark-2025-02-alexa-hallucinations": {
    title: "Die neue Alexa wird von Halluzinationen, Genauigkeit und Geschwindigkeit ausgebremst",
    summary:
      "Bedenken wegen Halluzinationen, Genauigkeit und Geschwindigkeit belasteten die Vorstellung der neuen Alexa.",
  },
  "apple-controversy-2025-01-news-summaries": {
    title: "Apple stoppt seine KI-Nachrichtenzusammenfassungen nach Fehlern",
    summary:
      "Apple schaltete seine KI-Zusammenfassung von Nachrichten im Januar 2025 ab, nachdem sie mehrere Fehler zu aktuellen Ereignissen gemacht hatte.",
  },
  "character-ai-departure-2024-08-founders-to-google": {
    title: "Die Mitgründer von Character.AI wechseln zu Google DeepMind",
    summary:
      "Character.AI verliert seine Mitgründer Noam Shazeer und Daniel De Freitas sowie einige Forschende an Google DeepMind.",
  },
  "baidu-stock-2023-03-ernie-demo": {
    title: "Baidu-Aktie fällt während der Ernie-Bot-Vorstellung um bis zu 10 %",
    summary:
      "Baidus in Hongkong gehandelte Aktie fiel am 16. März 2023 während der Präsentation von Ernie Bot zeitweise um mehr als 10 %.",
  },
  "baidu-stock-2023-03-ernie-rebound": {
    title: "Baidu-Aktie erholt sich um fast 14 %, als Nutzer Ernie Bot testen",
    summary:
      "Baidus in Hongkong gehandelte Aktie stieg am Freitag, dem 17. März 2023, um fast 14 %, als Nutzer ihre Tests von Ernie Bot teilten.",
  },
  "scale-ai-layoff-2025-07": {
    title: "Scale AI entlässt 200 Beschäftigte, 14 % der Belegschaft",
    summary:
      "Einen Monat nach Metas Investition strich Scale AIs Interims-CEO Jason Droege 200 Vollzeitstellen (14 % der Belegschaft) mit der Begründung, das Unternehmen habe seine GenAI-Kapazität zu schnell hochgefahren.",
  },
  "scale-ai-layoff-2025-07-contractors": {
    title: "Scale AI beendet die Zusammenarbeit mit 500 Auftragnehmern",
    summary: "Scale AI setzt 500 seiner mehreren Tausend Auftragnehmer weltweit nicht mehr ein.",
  },
  "scale-ai-departure-2025-06-wang": {
    title: "Scale-AI-Gründer und -CEO Alexandr Wang wechselt zu Meta",
    summary:
      "Im Rahmen von Metas Investition verließ Gründer Alexandr Wang Scale AI, um die KI bei Meta zu leiten; Jason Droege wurde Interims-CEO.",
  },
  "scale-ai-other-2025-06-customers-pull-back": {
    title: "Große Kunden ziehen sich nach Metas Investition von Scale AI zurück",
    summary:
      "Metas Investition veranlasste mehrere große Kunden, sich aus dem Datenannotationsgeschäft von Scale AI zurückzuziehen.",
  },
  "openai-controversy-2024-11-sora-leak": {
    title: "Künstler machen Sora aus Protest gegen unbezahlte Arbeit für OpenAI öffentlich",
    summary:
      "Im November 2024 machten Künstler OpenAIs Sora kurzzeitig öffentlich zugänglich, aus Protest dagegen, dass OpenAI ihre Kunst für unbezahlte Forschung und Entwicklung nutzt.",
  },
  "openai-delay-2025-02-o3": {
    title: "OpenAI streicht die eigenständige Veröffentlichung des vollständigen o3-Modells",
    summary:
      "Sam Altman sagte, das für Februar oder März 2025 geplante vollständige o3-Modell werde nicht eigenständig veröffentlicht, sondern in GPT-5 aufgehen.",
  },
  "apple-other-2025-03-siri-reorganisation": {
    title: "Apple gibt das Siri-Projekt an eine andere Sparte ab",
    summary:
      "In den Wochen, nachdem Apple im März 2025 die Siri-Verzögerung eingeräumt hatte, räumte das Unternehmen auf und verlegte das Siri-Projekt in eine andere Sparte.",
  },
  "apple-other-2026-01-gemini-for-siri": {
    title: "Apple kündigt eine Partnerschaft mit Google für die neue Siri an",
    summary: "Apple gab offiziell bekannt, dass Googles Technik die neue Siri mit antreiben wird.",
  },
  "microsoft-layoff-2025-05": {
    title: "Microsoft streicht rund 6.000 Stellen und steigert zugleich die KI-Investitionen",
    summary:
      "Microsoft entlässt weniger als 3 % seiner Belegschaft, rund 6.000 Beschäftigte, um die Kosten zu kontrollieren, da die KI-Infrastruktur auf die Margen drückt.",
  },
  "microsoft-layoff-2023-01": {
    title: "Microsoft entlässt 10.000 Beschäftigte",
    summary: "2023 entließ Microsoft 10.000 Beschäftigte, sein größter Stellenabbau vor Mai 2025.",
  },
  "microsoft-investment-2025-fy-capex": {
    title:
      "Microsoft sieht für das Geschäftsjahr 80 Mrd. US-Dollar Investitionen vor, überwiegend für KI-Rechenzentren",
    summary:
      "Microsoft plant im Geschäftsjahr 2025 Investitionsausgaben von 80 Milliarden Dollar, vor allem für den Ausbau von Rechenzentren für KI-Dienste.",
  },
  "xai-investment-2024-12-series-c": {
    title: "xAI sammelt in einer Serie-C-Runde 6 Mrd. US-Dollar ein",
    summary:
      "xAI sammelte 6 Milliarden Dollar von Investoren wie Nvidia, AMD, BlackRock und Morgan Stanley ein, seine zweite Runde 2024.",
  },
  "xai-investment-2026-01-series-e": {
    title: "xAI sammelt in einer Serie-E-Runde 20 Mrd. US-Dollar ein",
    summary:
      "xAI sammelte 20 Milliarden Dollar an Eigen- und Fremdkapital ein, aufgestockt von einem Ziel von 15 Milliarden Dollar, bei einer Bewertung von rund 230 Milliarden Dollar.",
  },
  "xai-controversy-2026-01-grok-sexualised-images": {
    title:
      "Empörung und Drohungen von Aufsichtsbehörden, nachdem Grok sexualisierte Bilder von Kindern erzeugt",
    summary:
      "Es wurde festgestellt, dass Grok sexualisierte Bilder von Kindern erzeugt; das löste breite Empörung und regulatorische Drohungen aus.",
  },
  "google-delay-2023-11-gemini": {
    title: "Google verschiebt Gemini ins erste Quartal 2024",
    summary:
      "The Information berichtete, Google habe Gemini, dessen Start es Cloud-Kunden für November 2023 angekündigt hatte, ins erste Quartal 2024 verschoben, weil das Hauptmodell nicht fertig war.",
  },
  "google-architecture-2023-11-gemini-main-model": {
    title: "Geminis größtes Hauptmodell ist nicht fertig",
    summary:
      "Nur kleinere Varianten von Gemini waren ausgereift; Google arbeitete noch an der Fertigstellung der größten Hauptversion.",
  },
  "alibaba-investment-2025-02-ai-cloud-capex": {
    title:
      "Alibaba will über drei Jahre mindestens 53 Mrd. US-Dollar in KI- und Cloud-Infrastruktur investieren",
    summary:
      "Alibaba kündigte an, in den kommenden drei Jahren mindestens 380 Milliarden Yuan (53 Milliarden Dollar) in Cloud-Computing und KI-Infrastruktur zu investieren.",
  },
  "perplexity-ai-other-2024-10-news-corp-lawsuit": {
    title: "Dow Jones und die New York Post verklagen Perplexity wegen Urheberrechtsverletzung",
    summary:
      "Dow Jones und die New York Post, beide von News Corp, verklagten Perplexity in New York mit dem Vorwurf, es kopiere ihren Journalismus, um Anfragen zu beantworten; Perplexity kündigte an, sich gegen die Vorwürfe zu wehren.",
  },
  "microsoft-stock-2023-01-openai-deal": {
    title: "Microsoft-Aktie legt nach der OpenAI-Investition um 1 % zu",
    summary: "Die Microsoft-Aktie stieg am Tag der OpenAI-Ankündigung in New York um 1 % auf 242,58 Dollar.",
  },
  "anthropic-investment-2023-03-spark-capital": {
    title: "Anthropic sammelt unter Führung von Spark Capital 300 Mio. US-Dollar bei 4,1 Mrd. Bewertung ein",
    summary:
      "Anthropic sammelte laut The Information weitere 300 Millionen Dollar unter Führung von Spark Capital ein, bei einer Bewertung von 4,1 Milliarden Dollar.",
  },
  "google-investment-2023-02-anthropic-stake": {
    title: "Google investiert 400 Mio. US-Dollar in Anthropic für einen Anteil von 10 %",
    summary:
      "Google investierte laut Financial Times 400 Millionen Dollar in Anthropic und übernahm einen Anteil von 10 %.",
  },
  "samsung-other-2023-05-generative-ai-ban": {
    title: "Samsung verbietet generative KI-Tools, nachdem Ingenieure Quellcode an ChatGPT gegeben haben",
    summary:
      "Nachdem Ingenieure im April 2023 internen Quellcode in ChatGPT hochgeladen hatten, verbot Samsung Beschäftigten die Nutzung generativer KI-Tools auf Firmengeräten und in Firmennetzen.",
  },
  "inflection-ai-investment-2022-round": {
    title: "Inflection AI sammelt 225 Mio. US-Dollar ein",
    summary: "Inflection AI sammelte Mitte 2022 225 Millionen Dollar ein.",
  },
  "meta-other-2025-05-ai-management-changes": {
    title: "Meta erwägt größere Führungswechsel in seiner KI-Produktgruppe",
    summary:
      "Führungskräfte, frustriert über die fehlenden Fortschritte des Llama-4-Teams bei Behemoth, erwägen größere personelle Veränderungen an der Spitze der KI-Produktgruppe.",
  },
  "microsoft-stock-2023-02-bing-event": {
    title: "Microsoft-Aktie steigt um rund 3 %, während Google strauchelt",
    summary:
      "Die Microsoft-Aktie stieg am 8. Februar 2023, einen Tag nach dem Bing-KI-Event, um rund 3 %, bevor sie Gewinne wieder abgab.",
  },
  "deepseek-delay-2025-06-r2": {
    title: "DeepSeek hält R2 zurück; Start dürfte sich verschieben",
    summary:
      "DeepSeeks für Mai 2025 erwartetes R2 ist nicht erschienen; laut The Information dürfte sich der Start verzögern.",
  },
  "deepseek-benchmark-2025-06-r2-ceo-unsatisfied": {
    title: "DeepSeek-Chef ist mit der Leistung von R2 nicht zufrieden",
    summary:
      "Liang Wenfeng hält die Veröffentlichung von R2 zurück, weil er mit der aktuellen Leistung unzufrieden ist.",
  },
  "deepseek-other-2025-04-h20-shortage": {
    title: "US-Lieferverbot für Nvidias H20 lässt DeepSeek zu wenige Chips für R2",
    summary:
      "Das Verbot von H20-Lieferungen nach China vom April 2025 lässt zu wenige kompatible Chips, um R2 zu skalieren; ein Umstieg auf chinesische Chips ist ineffizient.",
  },
};
