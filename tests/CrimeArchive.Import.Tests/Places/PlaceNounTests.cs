using CrimeArchive.Import.Extraction;
using CrimeArchive.Import.Extraction.Places;
using CrimeArchive.Import.Tests.Extraction;

namespace CrimeArchive.Import.Tests.Places;

/// <summary>Place nouns beside a name (one list for the scanner and the name rules), and the
/// shapes of names they mark.</summary>
public class PlaceNounTests
{
    [Theory]
    [InlineData("Migrants cross at the Arroyo Blanco crossing every night.", "Arroyo Blanco")]
    [InlineData("The gang also operates in the neighboring community of Loma Verde.", "Loma Verde")]
    [InlineData("Los migrantes llegaron a la ciudad fronteriza de Santa Elvira del Río.", "Santa Elvira del Río")]
    [InlineData("The gang is strongest in the parish of St. Jude, police said.", "St. Jude")]
    [InlineData("Sus hombres controlan Santa Inés el Alto desde 2019.", "Santa Inés el Alto")]
    [InlineData("Police raided a house in Beco do Lago on Monday.", "Beco do Lago")]
    [InlineData("A former mayor of San Telmo was arrested in March.", "San Telmo")]
    [InlineData("The Baz Tigre gang of Lomita recruits teenagers.", "Lomita")]
    // A county, its noun capitalized as part of the name; a place before "-based".
    [InlineData("Police linked nine deaths in Lomita County to the pills.", "Lomita County")]
    [InlineData("A Culiacán-based crew sells the pills across the border.", "Culiacán")]
    public void A_name_marked_by_a_place_noun_is_whole(string sentence, string place) =>
        Assert.Contains(place, PlaceFinder.Find(sentence).Select(m => m.Surface));

    [Theory]
    [InlineData("Area of operation: Tijuana, Rosarito Viejo and Tecate", "Rosarito Viejo")]
    [InlineData("Zonas de influencia: Cúcuta, Villa Tarra y Tibú", "Villa Tarra")]
    public void Every_name_a_place_label_lists_is_a_place(string line, string place) =>
        Assert.Contains(place, PlaceFinder.Find(line).Select(m => m.Surface));

    [Fact]
    public void A_factboxs_places_are_extracted_and_cited_where_they_stand()
    {
        const string text = "Los Tordos\n\nLos Tordos are a gang based in northern Mexico.\n\nLeader: Rubén Salas\nArea of operation: Tijuana, Rosarito Viejo and Tecate\n\nHistory\n\nLos Tordos emerged in 2012 in Tijuana.";
        var x = SourceTextExtractor.Extract(text);
        var rosarito = x.Entities.Single(e => e.Name == "Rosarito Viejo");
        Assert.Equal("Rosarito Viejo", text.Substring(rosarito.Mentions[0].Start, rosarito.Mentions[0].Length));
    }

    [Fact]
    public void A_factbox_value_under_its_place_label_gives_its_places_where_they_stand()
    {
        const string text = "Los Tordos\n\nLos Tordos are a gang based in northern Mexico.\n\nFounded\n\n2012\n\nArea of operation\n\nAlcornal, Rosarito Viejo and Tecate\n\nHistory\n\nLos Tordos emerged in 2012 in Tijuana.\n\nLeadership\n\nThe gang is led by Rubén Salas, a former police officer.";
        var x = SourceTextExtractor.Extract(text);
        var alcornal = x.Entities.Single(e => e.Name == "Alcornal");
        Assert.Equal("Alcornal", text.Substring(alcornal.Mentions[0].Start, alcornal.Mentions[0].Length));
    }

    [Fact]
    public void A_mayor_named_with_his_title_is_still_a_person()
    {
        var x = ExtractionHelper.Run("Mayor Ana Torres denied the charges, and the mayor, Luis Vega Prado, resigned.");
        Assert.Contains(x.People(), p => p.Name == "Ana Torres");
        Assert.Contains(x.People(), p => p.Name == "Luis Vega Prado");
        Assert.Empty(x.Places());
    }

    [Fact]
    public void A_neighbourhood_named_with_its_town_is_two_places()
    {
        var surfaces = PlaceFinder.Find("La banda opera en la colonia Lomas del Faro de Tijuana desde 2020.").Select(m => m.Surface).ToList();
        Assert.Contains("Lomas del Faro", surfaces);
        Assert.Contains("Tijuana", surfaces);
        Assert.DoesNotContain("Lomas del Faro de Tijuana", surfaces);
    }

    [Fact]
    public void A_name_after_a_place_noun_and_its_adjective_is_no_person()
    {
        var x = ExtractionHelper.RunSpanish("La banda vende droga en la ciudad fronteriza de Tecún Alvarado, según la policía.");
        Assert.Empty(x.People());
        Assert.Contains(x.Places(), p => p.Name == "Tecún Alvarado");
    }

    [Fact]
    public void A_hamlet_whose_name_opens_with_los_is_no_gang()
    {
        var x = ExtractionHelper.Run("The gang took over the nearby hamlet of Los Bancos de Mira in 2021.");
        Assert.Empty(x.Groups());
        Assert.Contains(x.Places(), p => p.Name == "Los Bancos de Mira");
    }

    [Theory]
    [InlineData("The riot began inside the Los Cerezos prison on Monday.")]
    [InlineData("Three guards were moved from la cárcel de Los Cerezos to Cartagena.")]
    public void A_prison_whose_name_opens_with_los_is_no_gang(string sentence)
    {
        var x = ExtractionHelper.Run(sentence);
        Assert.Empty(x.Groups());
        Assert.Contains(x.Places(), p => p.Name == "Los Cerezos");
    }

    [Fact]
    public void English_nouns_name_a_prison_after_it_not_before()
    {
        Assert.True(PlaceNouns.AfterName("prison"));
        Assert.True(PlaceNouns.BeforeOf("carcel"));
        Assert.True(PlaceNouns.IsPlural("municipios"));
        Assert.False(PlaceNouns.IsPlural("outskirts"));
    }

    [Fact]
    public void A_plural_gang_of_a_known_state_is_the_gang_in_that_state()
    {
        var x = ExtractionHelper.Run("The Toros of Sinaloa have fought the Mirlos of Puebla since 2019.");
        Assert.Contains(x.Groups(), g => g.Name == "Toros");
        Assert.Contains(x.Groups(), g => g.Name == "Mirlos");
        Assert.Contains(x.Places(), p => p.Name == "Sinaloa");
    }
}
