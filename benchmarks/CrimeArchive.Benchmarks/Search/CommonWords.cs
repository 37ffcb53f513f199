namespace CrimeArchive.Benchmarks.Search;

/// <summary>The real words at the head of each language's Zipf vocabulary: function words first,
/// roughly in order of frequency, then the topic words of crime reporting. Invented words fill the
/// long tail after them (<see cref="SearchVocabulary"/>).</summary>
internal static class CommonWords
{
    public static readonly string[] English =
    [
        "the", "of", "and", "to", "a", "in", "that", "is", "for", "was", "on", "with", "as", "by", "it", "his", "at", "from",
        "were", "are", "which", "this", "be", "has", "had", "have", "an", "their", "its", "not", "but", "or", "they", "he",
        "who", "been", "after", "also", "more", "one", "two", "than", "other", "into", "about", "over", "all", "during",
        "some", "would", "could", "such", "them", "there", "when", "while", "where", "since", "most", "many", "three",
        "against", "between", "under", "through", "both", "these", "those", "only", "each", "new", "former", "last", "first",
        "year", "years", "may", "said", "says", "however", "because", "can", "will", "before", "several", "any", "own",
        "according", "what", "how", "if", "so", "still", "even", "then", "now", "much", "her", "she", "we", "our", "did",
        "without", "until", "within", "across", "among", "often", "already", "just", "well", "where", "up", "out", "off",
        "police", "drug", "cocaine", "trafficking", "group", "criminal", "authorities", "violence", "government", "groups",
        "organized", "crime", "security", "country", "leader", "gang", "gangs", "members", "cartel", "prison", "officials",
        "traffickers", "routes", "border", "money", "extortion", "homicides", "president", "military", "forces", "control",
        "operation", "arrested", "captured", "extradited", "prosecutors", "investigation", "corruption", "territory",
        "war", "rival", "rivals", "faction", "factions", "alliance", "boss", "leaders", "killed", "murder", "port",
        "ports", "shipment", "shipments", "seized", "seizure", "tons", "kilos", "laundering", "kidnapping", "prisons",
        "inmates", "judge", "court", "charges", "indictment", "army", "navy", "officers", "mayor", "congress", "election",
        "mining", "illegal", "gold", "fuel", "theft", "weapons", "arms", "guns", "migrants", "smuggling", "human", "coast",
        "pacific", "caribbean", "jungle", "rural", "urban", "city", "town", "province", "state", "department", "region",
        "community", "communities", "residents", "victims", "families", "massacre", "attack", "attacks", "bodies",
        "clashes", "dissidents", "guerrilla", "paramilitary", "demobilization", "peace", "agreement", "negotiations",
        "surrender", "sentence", "sentenced", "report", "reports", "data", "figures", "intelligence", "sources", "local",
        "national", "international", "agency", "enforcement", "percent", "million", "billion", "dollars", "market",
        "production", "coca", "crops", "laboratories", "precursor", "chemicals", "fentanyl", "heroin", "marijuana",
        "methamphetamine", "synthetic", "airstrip", "aircraft", "submarine", "vessel", "boats", "containers", "banana",
        "shipping", "customs", "networks", "financing", "businesses", "merchants", "transport", "drivers", "payments",
        "threats", "hitmen", "assassination", "journalist", "journalists", "activists", "social", "political", "power",
        "economy", "families", "brothers", "allies", "structure", "cell", "cells", "network", "drug-trafficking",
    ];

    public static readonly string[] Spanish =
    [
        "de", "la", "que", "el", "en", "y", "a", "los", "se", "del", "las", "un", "por", "con", "no", "una", "su", "para",
        "es", "al", "lo", "como", "más", "o", "pero", "sus", "le", "ha", "sin", "sobre", "este", "ya", "entre", "cuando",
        "todo", "esta", "ser", "son", "dos", "también", "fue", "había", "era", "muy", "años", "hasta", "desde", "está",
        "porque", "han", "hay", "vez", "puede", "todos", "así", "ni", "parte", "tiene", "donde", "bien", "mismo", "ese",
        "ahora", "cada", "después", "otros", "aunque", "esa", "eso", "hace", "otra", "tan", "durante", "siempre", "tanto",
        "tres", "dijo", "sido", "gran", "país", "según", "menos", "año", "antes", "estado", "contra", "mientras", "tras",
        "cual", "estos", "estas", "les", "fueron", "habían", "podría", "sería", "mayor", "nuevo", "nueva", "primer",
        "policía", "cocaína", "droga", "drogas", "narcotráfico", "narcotraficantes", "cartel", "pandilla", "pandillas",
        "grupo", "grupos", "criminal", "criminales", "crimen", "organizado", "violencia", "homicidios", "asesinato",
        "asesinados", "capturado", "capturados", "extraditado", "fiscales", "fiscalía", "autoridades", "funcionarios",
        "militares", "ejército", "armada", "frontera", "puerto", "puertos", "ruta", "rutas", "cargamento", "cargamentos",
        "incautación", "incautaron", "toneladas", "kilos", "dinero", "lavado", "extorsión", "secuestro", "cárcel",
        "cárceles", "presos", "juez", "tribunal", "cargos", "acusación", "investigación", "operativo", "seguridad",
        "fuerzas", "líder", "líderes", "jefe", "facción", "facciones", "alianza", "rivales", "rival", "guerra",
        "territorio", "control", "corrupción", "agentes", "alcalde", "congreso", "presidente", "elecciones", "minería",
        "ilegal", "oro", "combustible", "robo", "armas", "migrantes", "contrabando", "tráfico", "costa", "pacífico",
        "caribe", "selva", "rural", "ciudad", "municipio", "provincia", "departamento", "región", "comunidad",
        "comunidades", "habitantes", "víctimas", "familias", "masacre", "ataque", "ataques", "cuerpos",
        "enfrentamientos", "disidencias", "guerrilla", "paramilitares", "desmovilización", "paz", "acuerdo",
        "negociaciones", "entrega", "condena", "condenado", "informe", "datos", "cifras", "análisis", "inteligencia",
        "fuentes", "local", "nacional", "internacional", "millones", "dólares", "mercado", "producción", "coca",
        "cultivos", "laboratorios", "precursores", "químicos", "fentanilo", "heroína", "marihuana", "metanfetamina",
        "sintéticas", "pista", "avioneta", "semisumergible", "embarcación", "lanchas", "contenedores", "banano", "aduana",
        "redes", "financiamiento", "negocios", "comerciantes", "transporte", "conductores", "pagos", "amenazas",
        "sicarios", "periodista", "periodistas", "activistas", "sociales", "político", "poder", "economía", "hermanos",
        "aliados", "estructura", "célula", "células", "red", "gobierno", "operación", "capturas", "detenidos",
    ];
}
