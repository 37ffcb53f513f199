using System.Diagnostics;
using CrimeArchive.Import.Extraction.Places;

namespace CrimeArchive.Import.Tests.Places;

public class GazetteerTests
{
    [Theory]
    [InlineData("Colombian", "Colombia")]
    [InlineData("Mexicans", "Mexico")]
    [InlineData("Honduran", "Honduras")]
    [InlineData("Ecuadorean", "Ecuador")]
    [InlineData("Ecuadorian", "Ecuador")]
    [InlineData("Venezuelan", "Venezuela")]
    [InlineData("Salvadoran", "El Salvador")]
    public void Demonyms_tell_their_country(string word, string country)
    {
        Assert.True(Gazetteer.Default.IsDemonym(word, out var found));
        Assert.Equal(country, found);
    }

    [Fact]
    public void A_place_name_is_not_a_demonym()
    {
        Assert.False(Gazetteer.Default.IsDemonym("Colombia", out _));
    }

    [Theory]
    [InlineData("Sucumbíos", "Sucumbios")]
    [InlineData("Tuluá", "TULUA")]
    [InlineData("Medellín", "medellin")]
    public void Lookup_ignores_accents_and_case(string withAccents, string plain)
    {
        var a = Gazetteer.Default.Lookup(withAccents);
        Assert.NotEmpty(a);
        Assert.Equal(a, Gazetteer.Default.Lookup(plain));
    }

    [Fact]
    public void Lookup_lists_the_country_before_places_of_the_same_name()
    {
        var entries = Gazetteer.Default.Lookup("Panamá");
        Assert.Equal(PlaceKind.Country, entries[0].Kind);
        Assert.Contains(entries, e => e.Kind == PlaceKind.Region);
    }

    [Fact]
    public void Unknown_names_give_no_candidates()
    {
        Assert.Empty(Gazetteer.Default.Lookup("Qwertyville"));
    }

    [Fact]
    public void Finding_places_is_fast()
    {
        _ = Gazetteer.Default;
        const string paragraph = "Authorities in Honduras said the brothers, who ran routes from Colon to Tegucigalpa, "
            + "had met US agents in the Bahamas before flying to Miami, while rivals in Guatemala waited.";
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 2_000; i++)
            PlaceFinder.Find(paragraph);
        Assert.True(watch.ElapsedMilliseconds < 1_000, $"2,000 paragraphs took {watch.ElapsedMilliseconds} ms");
    }
}
