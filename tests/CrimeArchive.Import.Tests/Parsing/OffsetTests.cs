using CrimeArchive.Import.Parsing;

namespace CrimeArchive.Import.Tests.Parsing;

public class OffsetTests
{
    public static TheoryData<string> Files() => [.. SampleTexts.Files().Select(f => Path.GetFileName(f))];

    [Fact]
    public void Seed_texts_are_found()
    {
        Assert.NotEmpty(SampleTexts.Files());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_block_starts_at_its_offset_in_the_source(string file)
    {
        var path = SampleTexts.Files().Single(f => Path.GetFileName(f) == file);
        var source = SourceDecoder.Decode(File.ReadAllBytes(path)).Text!;
        var doc = SourceTextParser.Parse(source);

        foreach (var block in doc.AllBlocks)
            Assert.Equal(block.Text, source.Substring(block.Start, block.Text.Length));
    }

    [Fact]
    public void Blocks_cut_after_glued_alt_text_keep_their_offset()
    {
        var source = "HomeNewsBriefA Title\n\nBRIEF\n\nA Title\n\nThe brothers were placed on the Kingpin list by the Treasury in 2013.kingpin designation chart\n\nThey deny every charge against them and say they will fight extradition in court.";
        var doc = SourceTextParser.Parse(source);

        var block = doc.Body[0];
        Assert.EndsWith("2013.", block.Text);
        Assert.Equal(block.Text, source.Substring(block.Start, block.Text.Length));
    }
}
