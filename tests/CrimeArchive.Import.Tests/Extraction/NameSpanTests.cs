using CrimeArchive.Import.Extraction.Entities;

namespace CrimeArchive.Import.Tests.Extraction;

public class NameSpanTests
{
    private static NameSpan FirstSpan(Sentence sentence) =>
        NameCandidateFinder.Spans(sentence, NameCandidateFinder.Words(sentence))[0];

    [Fact]
    public void A_span_reads_its_text_from_the_sentence()
    {
        var sentence = new Sentence("Police in Ladera Baja arrested Nerio Talavera Quiscal on Monday.", 120);
        var span = NameCandidateFinder.Spans(sentence, NameCandidateFinder.Words(sentence)).Single(s => s.Surface.StartsWith("Nerio", StringComparison.Ordinal));
        Assert.Equal("Nerio Talavera Quiscal", span.Surface);
        Assert.Equal("Talavera Quiscal", span.Slice(1, 2).Surface);
        Assert.Equal("Nerio", span.Slice(0, 1).Surface);
    }

    [Fact]
    public void Reading_its_text_leaves_a_span_equal_to_its_twin()
    {
        var sentence = new Sentence("Nerio Talavera fled.", 0);
        var words = NameCandidateFinder.Words(sentence);
        var read = FirstSpan(sentence);
        var unread = new NameSpan(sentence, read.Words, read.Index);
        _ = read.Surface;
        Assert.Equal(unread, read);
        Assert.Equal(unread.GetHashCode(), read.GetHashCode());
        Assert.NotEqual(new NameSpan(sentence, words, 1), read);
    }

    [Fact]
    public void A_copy_with_other_words_cuts_its_own_text()
    {
        var sentence = new Sentence("Nerio Talavera met Olotillo Urquiola.", 40);
        var words = NameCandidateFinder.Words(sentence);
        var first = FirstSpan(sentence);
        Assert.Equal("Nerio Talavera", first.Surface);
        var other = first with { Words = new WordRange(words, 3, 2), Index = 3 };
        Assert.Equal("Olotillo Urquiola", other.Surface);
    }
}
