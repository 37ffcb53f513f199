using CrimeArchive.Import.Extraction.Entities;

namespace CrimeArchive.Import.Tests.Extraction;

public class SentenceSplitterTests
{
    [Fact]
    public void Abbreviations_and_initials_do_not_end_a_sentence()
    {
        var text = "Gen. Marta R. Ibarguen met U.S. officials in Quito. She left on Monday.";
        var sentences = SentenceSplitter.Split(text, 0);
        Assert.Equal(2, sentences.Count);
        Assert.Equal("Gen. Marta R. Ibarguen met U.S. officials in Quito.", sentences[0].Text);
    }

    [Fact]
    public void A_glued_sentence_is_split_without_changing_the_text()
    {
        var text = "The boat was found near ColonThe crew had fled.";
        var sentences = SentenceSplitter.Split(text, 100);
        Assert.Equal(2, sentences.Count);
        Assert.Equal("The crew had fled.", sentences[1].Text);
        Assert.Equal(100 + text.IndexOf("The crew", StringComparison.Ordinal), sentences[1].Start);
    }

    [Theory]
    [InlineData("Police raided a house near the port.Two men were arrested.", "Two men were arrested.")]
    [InlineData("Las lanchas salieron del muelle.Los agentes las siguieron.", "Los agentes las siguieron.")]
    public void A_stop_with_no_space_after_it_still_ends_a_sentence(string text, string second)
    {
        var sentences = SentenceSplitter.Split(text, 0);
        Assert.Equal(2, sentences.Count);
        Assert.Equal(second, sentences[1].Text);
    }

    [Theory]
    [InlineData("Officials of the U.S.Treasury met in Quito.")]
    [InlineData("He sent the file to the site InsightCrime.Org on Monday.")]
    public void A_stop_inside_an_abbreviation_or_a_short_word_is_no_end(string text)
    {
        Assert.Single(SentenceSplitter.Split(text, 0));
    }

    [Fact]
    public void Names_with_inner_capitals_are_not_split()
    {
        var sentences = SentenceSplitter.Split("Officials met Ana McAllister in Lima.", 0);
        Assert.Single(sentences);
    }

    [Fact]
    public void A_quote_closing_a_sentence_stays_with_it()
    {
        var sentences = SentenceSplitter.Split("He said \"we will win.\" Nobody believed him.", 0);
        Assert.Equal("He said \"we will win.\"", sentences[0].Text);
    }
}
