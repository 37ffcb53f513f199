using CrimeArchive.Data;

namespace CrimeArchive.Benchmarks.Search;

/// <summary>One edition's fixed words: headers, sentence frames and titles. In a frame, <c>~</c> is
/// a run of Zipf-drawn words; <c>{G}</c>/<c>{R}</c> the text's group and its rival, <c>{P}</c>/<c>{Q}</c>
/// its people, <c>{C}</c> a city, <c>{N}</c> the country, <c>{Y}</c> a year; a Spanish <c>d</c> or
/// <c>a</c> before G or R contracts "de el" and "a el". Titles use the lower-case forms (names without
/// article). Names sit next to fixed words, never next to drawn ones: the words around a name
/// decide what the importer takes it for.</summary>
internal sealed record Phrasebook
{
    public required string Language { get; init; }
    public required string[] Openers { get; init; }
    public required string[] Leads { get; init; }
    public required string[] Frames { get; init; }
    public required string[] Titles { get; init; }
    public required string[] Verbs { get; init; }
    public required string[] Topics { get; init; }
    public required string[] Tags { get; init; }
    public required string[] Months { get; init; }
    public required string By { get; init; }
    public required string AnalysisHeading { get; init; }
    public required Dictionary<ArticleKind, (string Breadcrumb, string KindLine)> Sections { get; init; }

    public static readonly Phrasebook English = new()
    {
        Language = "en",
        Openers = ["The", "This", "However, the", "According to the", "Although the", "In {Y}, the", "Their", "Its", "Since {Y}, the",
            "For years, the", "Most of the", "Many of the", "After the", "During the", "Both", "Such"],
        Leads =
        [
            "Authorities in {N} arrested {P}, a suspected leader of {G}, in an operation in {C}, according to ~.",
            "Security forces killed {P} during ~ near {C}, officials said, in a blow to {G}.",
            "A war between {G} and {R} has left ~ dead in {C}, according to ~.",
            "Prosecutors in {N} charged {P} with ~ on behalf of {G}, ~.",
            "{G} is expanding ~ in {C}, where ~, according to ~.",
            "The extradition of {P} to the United States ~ {G}, ~.",
        ],
        Frames =
        [
            "{P} ~ for {G} ~ in {C}.", "The arrest of {P} ~.", "According to ~, {P} ~ against {R} ~.", "{G} ~ control of {C} ~.",
            "In {Y}, {G} ~ with {R} ~.", "Members of {G} ~ in {C}, {N}, ~.", "{P}, who ~, ~.",
            "Officials said {P} was extradited to the United States in {Y} ~.", "Both {G} and {R} ~.", "{Q} ~ alongside {P} ~.",
            "Police said {Q}, ~ of {G}, ~.", "In {C}, officials said {G} ~.",
        ],
        Titles =
        [
            "{g} Leader {Verb} in {C}", "Police in {N} Capture {nick}, Boss of the {g}", "{g} and {r} Fight for Control of {C}",
            "{Topic} Seizures Point to {g} Expansion in {N}", "Extradition of {full} Weakens {g}", "What the Fall of {nick} Means for {N}",
            "How the {g} Took Over {Topic} in {C}",
        ],
        Verbs = ["Captured", "Arrested", "Killed", "Extradited", "Sentenced", "Charged"],
        Topics = ["Cocaine", "Extortion", "Fuel Theft", "Illegal Mining", "Arms Trafficking", "Migrant Smuggling", "Money Laundering", "Fentanyl", "Kidnapping"],
        Tags = ["COCAINE", "EXTORTION", "HOMICIDES", "PRISONS", "MONEY LAUNDERING"],
        Months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"],
        By = "BY",
        AnalysisHeading = "InSight Crime Analysis",
        Sections = new()
        {
            [ArticleKind.Brief] = ("HomeNewsBrief", "BRIEF"),
            [ArticleKind.Analysis] = ("HomeNewsAnalysis", "ANALYSIS"),
            [ArticleKind.Investigation] = ("HomeInvestigations", "INVESTIGATIONS"),
        },
    };

    public static readonly Phrasebook Spanish = new()
    {
        Language = "es",
        Openers = ["El", "La", "Los", "Las", "Sin embargo, el", "Según la", "Aunque el", "En {Y}, la", "Desde {Y}, los",
            "Durante años, el", "Este", "Esta", "Tras la", "Además, el"],
        Leads =
        [
            "Las autoridades de {N} capturaron a {P}, presunto líder {dG}, en un operativo en {C}, según ~.",
            "Fuerzas de seguridad abatieron a {P}, uno de los jefes {dG}, durante ~ cerca de {C}, informaron funcionarios.",
            "La guerra entre {G} y {R} ha dejado ~ muertos en {C}, según ~.",
            "La fiscalía de {N} acusó a {P} de ~ para {G}, ~.",
            "{G} amplía ~ en {C}, donde ~, según ~.",
            "La extradición de {P} a Estados Unidos ~ {aG}, ~.",
        ],
        Frames =
        [
            "{P} ~ para {G} ~ en {C}.", "La captura de {P} ~.", "Según ~, {P} ~ contra {R} ~.", "{G} ~ el control de {C} ~.",
            "En {Y}, {G} ~ con {R} ~.", "Los miembros {dG} ~ en {C}, {N}, ~.", "{P}, quien ~, ~.",
            "Funcionarios dijeron que {P} fue extraditado a Estados Unidos en {Y} ~.", "Tanto {G} como {R} ~.", "{Q} ~ junto a {P} ~.",
            "La policía dijo que {Q}, ~ {dG}, ~.", "En {C}, ~ {G} ~.",
        ],
        Titles =
        [
            "Capturan en {C} a líder {dg}", "{g} y {r} se disputan el control de {C}", "Incautaciones de {topic} apuntan a expansión {dg} en {N}",
            "Extradición de {full} debilita {ag}", "Qué significa la caída de {nick} para {N}", "Cae en {C} alias {nick}, jefe {dg}",
        ],
        Verbs = [],
        Topics = ["cocaína", "extorsión", "robo de combustible", "minería ilegal", "tráfico de armas", "tráfico de migrantes", "lavado de dinero", "fentanilo", "secuestro"],
        Tags = ["COCAÍNA", "EXTORSIÓN", "HOMICIDIOS", "CÁRCELES", "LAVADO DE DINERO"],
        Months = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"],
        By = "POR",
        AnalysisHeading = "Análisis de InSight Crime",
        Sections = new()
        {
            [ArticleKind.Brief] = ("InicioNoticiasNoticias del Día", "NOTICIAS DEL DÍA"),
            [ArticleKind.Analysis] = ("InicioNoticiasAnálisis", "ANÁLISIS"),
            [ArticleKind.Investigation] = ("InicioInvestigaciones", "INVESTIGACIONES"),
        },
    };
}
