/**
 * News outlets and agencies that AI news credits ("according to The Information", "laut Reuters",
 * "told Bloomberg"). Known names let the extractor credit an outlet it meets in any sentence shape,
 * and keep outlets out of the lab lists. Names that are also everyday words ("Bild", "Zeit",
 * "Fortune") appear only in a form that is not ("Bild-Zeitung", "Die Zeit", "Fortune magazine"
 * is rare, so Fortune stays out).
 */
export interface KnownOutlet {
  /** as the outlet writes itself */
  name: string;
  aliases: string[];
  /** the name is also an everyday word or a person's name: credited only where a rule says "reports" */
  plainWord?: boolean;
}

export const OUTLETS: readonly KnownOutlet[] = [
  // agencies and wires
  { name: "Reuters", aliases: ["Nachrichtenagentur Reuters"] },
  { name: "Bloomberg", aliases: ["Bloomberg News", "Bloomberg Businessweek"] },
  { name: "Agence France-Presse (AFP)", aliases: ["AFP", "Agence France-Presse"] },
  { name: "Associated Press", plainWord: true, aliases: ["AP", "The Associated Press"] },
  { name: "dpa", aliases: ["Deutsche Presse-Agentur"] },
  { name: "Dow Jones Newswires", aliases: [] },
  // English-language business and tech press
  { name: "The Information", aliases: [] },
  { name: "The Wall Street Journal", aliases: ["Wall Street Journal", "WSJ"] },
  { name: "The New York Times", aliases: ["New York Times", "NYT"] },
  { name: "The Washington Post", aliases: ["Washington Post"] },
  { name: "Financial Times", aliases: ["The Financial Times", "FT"] },
  { name: "The Verge", aliases: [] },
  { name: "TechCrunch", aliases: [] },
  { name: "Wired", plainWord: true, aliases: [] },
  { name: "Business Insider", aliases: ["Insider Inc."] },
  { name: "Axios", aliases: [] },
  { name: "Semafor", aliases: [] },
  { name: "Forbes", aliases: [] },
  { name: "CNBC", aliases: [] },
  { name: "CNN", aliases: [] },
  { name: "BBC", aliases: ["BBC News"] },
  { name: "The Guardian", aliases: [] },
  { name: "The Economist", aliases: [] },
  { name: "Politico", aliases: [] },
  { name: "Platformer", aliases: [] },
  { name: "Engadget", aliases: [] },
  { name: "Ars Technica", aliases: [] },
  { name: "VentureBeat", aliases: [] },
  { name: "CNET", aliases: [] },
  { name: "ZDNet", aliases: [] },
  { name: "The Register", aliases: [] },
  { name: "Tom's Hardware", aliases: [] },
  { name: "9to5Mac", aliases: [] },
  { name: "MacRumors", aliases: [] },
  { name: "DigiTimes", aliases: [] },
  { name: "Nikkei", aliases: ["Nikkei Asia"] },
  { name: "South China Morning Post", aliases: ["SCMP"] },
  { name: "Caixin", aliases: [] },
  { name: "The Times", plainWord: true, aliases: [] },
  { name: "MarketWatch", aliases: [] },
  { name: "Barron's", aliases: [] },
  { name: "Yahoo Finance", aliases: [] },
  { name: "Fortune", plainWord: true, aliases: [] },
  // German-language press
  { name: "Handelsblatt", aliases: [] },
  { name: "Frankfurter Allgemeine Zeitung", aliases: ["FAZ", "F.A.Z.", "Frankfurter Allgemeine"] },
  { name: "Süddeutsche Zeitung", aliases: ["SZ"] },
  { name: "Der Spiegel", plainWord: true, aliases: ["Spiegel", "Spiegel Online"] },
  { name: "Die Zeit", aliases: ["Zeit Online"] },
  { name: "Die Welt", plainWord: true, aliases: ["Welt am Sonntag"] },
  { name: "Bild", plainWord: true, aliases: ["Bild-Zeitung", "Bild am Sonntag"] },
  { name: "Neue Zürcher Zeitung", aliases: ["NZZ"] },
  { name: "Der Standard", aliases: [] },
  { name: "Tagesspiegel", aliases: ["Der Tagesspiegel"] },
  { name: "heise online", plainWord: true, aliases: ["heise", "Heise"] },
  { name: "Golem.de", plainWord: true, aliases: ["Golem"] },
  { name: "t3n", aliases: [] },
  { name: "ComputerBase", aliases: [] },
  { name: "WirtschaftsWoche", aliases: ["Wirtschaftswoche", "WiWo"] },
  { name: "Manager Magazin", aliases: ["manager magazin"] },
  { name: "Börsen-Zeitung", aliases: [] },
  { name: "Tagesschau", aliases: ["tagesschau.de"] },
  { name: "ZDF", aliases: [] },
  { name: "n-tv", aliases: ["ntv"] },
];
