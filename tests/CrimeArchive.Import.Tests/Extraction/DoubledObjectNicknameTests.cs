using CrimeArchive.Import.Parsing;

namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>Where a nickname goes when the sentence says whose it is by other means than standing next to
/// the name: a Spanish object doubled by its pronoun ("A Evaristo lo llaman …"), "este último" / "the
/// latter" after two names, a person profile's title line, and a group profile's factbox line for its leader.</summary>
public class DoubledObjectNicknameTests
{
    [Fact]
    public void A_name_after_a_before_the_pronoun_owns_the_nickname_and_so_does_each_y_a_name()
    {
        var x = ExtractionHelper.RunSpanish(
            "Los hermanos Evaristo y Ladislao Mondragón Ruelas manejan las bodegas del clan en Tumaco.",
            "A Evaristo lo llaman \"el Mayor\" y a Ladislao \"el Chico\", para distinguirlos.");
        Assert.Contains("el Mayor", x.People().Named("Evaristo Mondragón Ruelas").Aliases);
        Assert.Contains("el Chico", x.People().Named("Ladislao Mondragón Ruelas").Aliases);
        Assert.DoesNotContain("el Mayor", x.People().Named("Ladislao Mondragón Ruelas").Aliases);
    }

    [Fact]
    public void An_ordinal_doubled_by_the_pronoun_gives_the_last_named_no_nickname()
    {
        // "Al primero lo apodan": the first of the two, which the rules do not count; not the last one named.
        var x = ExtractionHelper.RunSpanish(
            "La banda la encabezan los hermanos Evaristo y Ladislao Mondragón Ruelas. Al primero lo apodan “Cuervo”; al segundo, “el Tejón”.");
        Assert.DoesNotContain("Cuervo", x.People().Named("Ladislao Mondragón Ruelas").Aliases);
    }

    [Fact]
    public void The_pronoun_alone_still_names_the_person_last_named()
    {
        var x = ExtractionHelper.RunSpanish("La policía detuvo a Macario Ibargüen Solís en Quibdó. Sus socios lo llaman “el Notario”.");
        Assert.Contains("el Notario", x.People().Named("Macario Ibargüen Solís").Aliases);
    }

    [Theory]
    [InlineData("La red la fundaron Fermín Lazcano Toro y Teófilo Lazcano Toro, este último conocido como \"El Cuervo\".")]
    [InlineData("The ring was founded by Fermín Lazcano Toro and Teófilo Lazcano Toro, the latter known as \"El Cuervo.\"")]
    public void The_latter_is_the_last_of_two_names(string text)
    {
        var x = text.StartsWith("La ") ? ExtractionHelper.RunSpanish(text) : ExtractionHelper.Run(text);
        Assert.Contains("El Cuervo", x.People().Named("Teófilo Lazcano Toro").Aliases);
        Assert.DoesNotContain("El Cuervo", x.People().Named("Fermín Lazcano Toro").Aliases);
    }

    [Fact]
    public void A_person_profiles_title_gives_the_nickname_it_carries()
    {
        var x = CrimeArchive.Import.Extraction.SourceTextExtractor.Extract("""
            HomeColombiaCasimiro Urrutia Bedoya, alias 'El Tapir'
            COLOMBIA

            Casimiro Urrutia Bedoya, alias 'El Tapir'

            3 MAR 2024 BY LUCÍA PARDO EN

            Casimiro Urrutia Bedoya is the head of finances of the Frente Costero, a dissident faction on the Pacific coast.

            History

            Urrutia was born in 1979 in Tumaco and joined the guerrilla as a teenager.
            """);
        Assert.Equal(DocumentKind.PersonProfile, x.Document.Kind);
        Assert.Contains("El Tapir", x.People().Named("Casimiro Urrutia Bedoya").Aliases);
    }

    [Fact]
    public void A_brief_title_is_not_read_for_nicknames()
    {
        var x = CrimeArchive.Import.Extraction.SourceTextExtractor.Extract("""
            HomeNewsBriefsCasimiro Urrutia Bedoya, alias 'El Tapir', Arrested in Tumaco
            BRIEF

            Casimiro Urrutia Bedoya, alias 'El Tapir', Arrested in Tumaco

            COLOMBIA / 3 MAR 2024 BY LUCÍA PARDO EN

            Police arrested Casimiro Urrutia Bedoya in Tumaco on Monday, accusing him of running the finances of a dissident faction.
            """);
        Assert.DoesNotContain("El Tapir", x.People().Named("Casimiro Urrutia Bedoya").Aliases);
    }

    // A group profile's factbox names its leader with his nickname: the label on a line of its own, on the
    // same line, or no label at all; the body calls him by his name alone.
    [Theory]
    [InlineData("Leader\n\nAnselmo Berrendo Cardozo, alias \"Don Chemo\"")]
    [InlineData("Leader: Anselmo Berrendo Cardozo, alias \"Don Chemo\"")]
    [InlineData("2009, Ocotal\n\nAnselmo Berrendo Cardozo, alias \"Don Chemo\"")]
    public void A_group_profiles_factbox_gives_its_leaders_nickname(string leaderLines)
    {
        var x = CrimeArchive.Import.Extraction.SourceTextExtractor.Extract($"""
            HomeHondurasBerrendo Clan
            HONDURAS

            Berrendo Clan

            The Berrendo Clan is a family network that moves cocaine through the cattle ranches of eastern Honduras.

            Berrendo Clan Factbox

            {leaderLines}

            Criminal Activities: Drug trafficking, cattle smuggling

            History

            The clan was founded by Anselmo Berrendo Cardozo, a rancher from Catacamas, in the late 2000s.
            """);
        Assert.Equal(DocumentKind.GroupProfile, x.Document.Kind);
        Assert.Contains("Don Chemo", x.People().Named("Anselmo Berrendo Cardozo").Aliases);
    }

    // A group profile under the site's navigation, its factbox naming no leader.
    private const string BerrendoClanProfile = """
            HONDURAS

            Berrendo Clan

            The Berrendo Clan is a family network that moves cocaine through the cattle ranches of eastern Honduras.

            Berrendo Clan Factbox

            Criminal Activities: Drug trafficking, cattle smuggling

            History

            The clan was founded by Anselmo Berrendo Cardozo, a rancher from Catacamas, in the late 2000s.
            """;

    [Fact]
    public void A_line_glued_to_the_sites_navigation_is_not_a_leader_line()
    {
        var x = CrimeArchive.Import.Extraction.SourceTextExtractor.Extract("HomeHondurasAnselmo Berrendo Cardozo, alias \"Don Chemo\"\n" + BerrendoClanProfile);
        Assert.DoesNotContain(x.People(), p => p.Aliases.Contains("Don Chemo"));
    }

    // A headline among the related stories under the body is no factbox line.
    [Fact]
    public void A_related_headline_with_an_alias_is_no_factbox_line()
    {
        var x = CrimeArchive.Import.Extraction.SourceTextExtractor.Extract("HomeHondurasBerrendo Clan\n" + BerrendoClanProfile + """


            Related Content

            Honduras Jails Marcos Nava, alias "El Flaco"
            """);
        Assert.DoesNotContain(x.People(), p => p.Name.StartsWith("Honduras", StringComparison.Ordinal) || p.Aliases.Contains("El Flaco"));
    }
}
