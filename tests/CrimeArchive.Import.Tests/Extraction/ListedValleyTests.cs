namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>A valley named after the rivers it lists, with its acronym after it, is one place.</summary>
public class ListedValleyTests
{
    [Theory]
    [InlineData(false, "Most of the coca is grown in the Jobito, Sapote and Ucumari River Valley (VJSU), police said.",
        "Jobito, Sapote and Ucumari River Valley")]
    [InlineData(true, "Los laboratorios están en el Valle de los Ríos Jobito, Sapote y Ucumari (VJSU), según la policía.",
        "Valle de los Ríos Jobito, Sapote y Ucumari")]
    public void The_listed_valley_is_one_place_with_its_acronym(bool spanish, string sentence, string valley)
    {
        var x = spanish ? ExtractionHelper.RunSpanish(sentence) : ExtractionHelper.Run(sentence);

        var place = Assert.Single(x.Places(), p => p.Name == valley);
        Assert.Contains("VJSU", place.Aliases);
        Assert.DoesNotContain(x.Places(), p => p.Name is "Sapote" or "Ucumari" or "Ucumari River");
    }

    // The acronym must take the listed names' initials in order, and the name's head must be a valley or a basin.
    [Theory]
    [InlineData("The firm Tabares, Lupiáñez and Ochoa Partners (TLOP) paid the bribes.")]
    [InlineData("Boats cross the Jobito, Sapote and Ucumari River Valley (ABCD) every night.")]
    [InlineData("La Comisión de los Ríos Jobito, Sapote y Ucumari (CRJSU) denunció la tala.")]
    public void A_list_before_an_acronym_that_names_no_valley_stays_a_list(string sentence) =>
        Assert.DoesNotContain(ExtractionHelper.Run(sentence).Places(), p => p.Name.Contains(',', StringComparison.Ordinal));
}
