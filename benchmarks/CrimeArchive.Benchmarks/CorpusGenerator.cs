using System.Globalization;
using System.Text;

namespace CrimeArchive.Benchmarks;

/// <summary>Makes a deterministic corpus of texts in the seeds' shapes (full-header briefs, bare
/// briefs with an analysis section, person profiles with a factbox, chrome after the body) from
/// invented names, so that throughput is measured on text of the real size and density.</summary>
public sealed class CorpusGenerator(int seed = 42)
{
    private static readonly string[] FirstNames = ["Ramiro", "Hector", "Julio", "Andres", "Camilo", "Rosa", "Elena", "Wilmer", "Omar", "Dairo", "Fredy", "Luz", "Marlon", "Yesid", "Gustavo", "Nelson"];
    private static readonly string[] Surnames = ["Castaño", "Mejia", "Quintero", "Salgado", "Orozco", "Benitez", "Paredes", "Villalba", "Cuellar", "Rendon", "Montoya", "Arboleda", "Zuluaga", "Pineda", "Carvajal", "Galeano"];
    private static readonly string[] Nicknames = ["El Flaco", "La Gata", "Pajarito", "El Negro", "Cuchillo", "El Indio", "Mono", "Chucho", "El Mocho", "Zarco"];
    private static readonly string[] GroupStems = ["Halcones", "Pumas", "Costeños", "Paisas", "Lobos", "Caparros", "Pachenca", "Espartanos", "Shottas", "Tiguerones"];
    private static readonly string[] Places = ["Cali", "Medellin", "Tumaco", "Cucuta", "Guayaquil", "Esmeraldas", "Tegucigalpa", "San Pedro Sula", "Culiacan", "Tijuana", "Caracas", "Maracaibo", "Lima", "Callao"];
    private static readonly string[] Countries = ["Colombia", "Ecuador", "Honduras", "Mexico", "Venezuela", "Peru"];
    private static readonly string[] Months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

    private readonly Random random = new(seed);

    public IEnumerable<(string Name, string Text)> Generate(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var text = (i % 4) switch
            {
                0 => FullHeaderBrief(),
                1 => BareBrief(),
                2 => PersonProfile(),
                _ => FullHeaderBrief() + Footer(),
            };
            yield return ($"gen_{i:D5}.txt", text);
        }
    }

    private string Pick(string[] options) => options[random.Next(options.Length)];

    private string Person() => $"{Pick(FirstNames)} {Pick(Surnames)} {Pick(Surnames)}";

    private string Paragraphs(string boss, string nickname, string group, string rival, string place, string country)
    {
        var surname = boss.Split(' ')[1];
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"Authorities in {country} have arrested {boss}, alias \"{nickname},\" the leader of the {group}, in an operation in {place}, according to police.\n\n");
        builder.Append(CultureInfo.InvariantCulture, $"{surname} had been sought for three years for drug trafficking and extortion, and his group has fought a war against the rival {rival} for control of the ports.\n\n");
        builder.Append(CultureInfo.InvariantCulture, $"Prosecutors said his brother, {Pick(FirstNames)} {boss.Split(' ')[1]} {boss.Split(' ')[2]}, ran the group's finances from {Pick(Places)}.\n\n");
        builder.Append("InSight Crime Analysis\n\n");
        builder.Append(CultureInfo.InvariantCulture, $"The fall of {nickname} leaves the {group} without its founder at a time when the {rival} are pushing into {place}. ");
        builder.Append(CultureInfo.InvariantCulture, $"In {random.Next(2008, 2024)}, the group was allied with {Person()}, a former member of the {Pick(GroupStems)} Cartel.\n\n");
        builder.Append("Whether the group splits into factions will depend on who controls the routes to the coast and the money that moves along them.");
        return builder.ToString();
    }

    private string FullHeaderBrief()
    {
        var (boss, nick, group, rival, place, country) = Cast();
        var title = $"Police in {country} Capture Leader of the {group}";
        var date = $"{random.Next(1, 29)} {Pick(Months)} {random.Next(2010, 2024)}";
        return $"HomeNewsBrief{title}\nBRIEF\n\n{title}\n\n{country.ToUpperInvariant()} / {date} BY {Pick(FirstNames).ToUpperInvariant()} {Pick(Surnames).ToUpperInvariant()} EN\n\n"
            + Paragraphs(boss, nick, group, rival, place, country);
    }

    private string BareBrief()
    {
        var (boss, nick, group, rival, place, country) = Cast();
        return Paragraphs(boss, nick, group, rival, place, country);
    }

    private string PersonProfile()
    {
        var (boss, nick, group, rival, place, country) = Cast();
        return $"{boss}, alias \"{nick},\" is the leader of the {group} in {country}.\n\nHistory\n\n"
            + $"{boss.Split(' ')[1]} rose through the ranks of the {group} in {place} and fought the {rival} for the ports.\n\n"
            + $"{boss} Factbox\n\nDOB: March {random.Next(1, 28)}, {random.Next(1960, 1990)}\n\nGroup: {group}\n\nCriminal Activities: Drug trafficking, extortion\n\nStatus: {Pick(["Captured", "At large", "Extradited"])}\n\nArea of Operation: {place}\n\n"
            + $"Criminal Activities\n\nThe {group} moves cocaine through {place} and extorts merchants.\n\nGeography\n\nThe group operates in {place} and along the border with {Pick(Countries)}.";
    }

    private static string Footer() =>
        "\n\nshare icon icon icon\n\nWas this content helpful?\n\nDONATE\n\nWhat are your thoughts? Click here to send InSight Crime your comments.\n\nRelated Content\n\nMEXICO / 2 MAY 2022\n\nA new report describes how traffickers move cocaine through the ports of…";

    private (string Boss, string Nickname, string Group, string Rival, string Place, string Country) Cast()
    {
        var stem = Pick(GroupStems);
        var rival = Pick(GroupStems);
        return (Person(), Pick(Nicknames), random.Next(2) == 0 ? stem : $"{stem} gang", rival == stem ? "Urabeños" : rival, Pick(Places), Pick(Countries));
    }
}
