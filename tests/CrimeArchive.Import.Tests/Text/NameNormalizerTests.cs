using CrimeArchive.Data.Text;

namespace CrimeArchive.Import.Tests.Text;

/// <summary>The ASCII shortcut must give what the full Unicode path gives.</summary>
public class NameNormalizerTests
{
    [Theory]
    [InlineData("Los Zetas", "los zetas")]
    [InlineData("  Los \t Zetas\n", "los zetas")]
    [InlineData("`El Chapo`", "'el chapo'")]
    [InlineData("Álvaro  Uribe", "alvaro uribe")]
    [InlineData("“El Loco” Barrera", "\"el loco\" barrera")]
    [InlineData("Gaitanistas – AGC", "gaitanistas - agc")]
    [InlineData("", "")]
    public void Normalizes_case_spaces_quotes_and_accents(string text, string expected) =>
        Assert.Equal(expected, NameNormalizer.Normalize(text));

    [Fact]
    public void Returns_text_already_in_normal_form_without_copying_it()
    {
        var text = string.Concat("los ", "rastrojos");
        Assert.Same(text, NameNormalizer.Normalize(text));
    }

    [Fact]
    public void Ascii_and_unicode_inputs_that_differ_only_by_accents_agree()
    {
        Assert.Equal(NameNormalizer.Normalize("Cartel de Medellin  "), NameNormalizer.Normalize("Cártel de Medellín"));
    }
}
