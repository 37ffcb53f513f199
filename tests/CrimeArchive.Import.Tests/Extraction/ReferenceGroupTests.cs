namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>Names reporting gives one well-known group side by side, which no words of the names tie together.</summary>
public class ReferenceGroupTests
{
    [Fact]
    public void Two_names_of_one_well_known_group_are_one_group()
    {
        var x = ExtractionHelper.Run("The Clan del Golfo controls the Urabá coast, prosecutors said. The Urabeños pay fishermen to carry cocaine to Panama.");

        Assert.Contains("Urabeños", Assert.Single(x.Groups()).Aliases);
    }

    [Fact]
    public void Groups_that_share_words_but_are_not_one_stay_apart()
    {
        var x = ExtractionHelper.Run("The Clan del Golfo sells cocaine to the Gulf Cartel in Tamaulipas, police said.");

        Assert.Equal(2, x.Groups().Count);
    }
}
