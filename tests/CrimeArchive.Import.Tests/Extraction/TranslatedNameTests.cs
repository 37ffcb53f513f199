using CrimeArchive.Import.Extraction.Entities;

namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>A group's Spanish name and its English one, each used on its own, are one group when the
/// dictionary puts the one into the other.</summary>
public class TranslatedNameTests
{
    [Fact]
    public void A_Spanish_name_and_its_word_for_word_English_are_one_group()
    {
        var x = ExtractionHelper.Run(
            "The Cártel de las Gaviotas moves cocaine through the northern ports.",
            "Police say the Seagulls Cartel also pays the harbour guards.");
        var group = Assert.Single(x.Groups());
        Assert.Contains("Seagulls Cartel", group.Aliases);
    }

    [Fact]
    public void A_one_word_Spanish_name_and_its_English_plural_are_one_group()
    {
        var x = ExtractionHelper.Run(
            "Los Tejedores, a gang from the river towns, took over the market in 2019.",
            "Rivals say the Weavers now tax every boat on the river.");
        Assert.Single(x.Groups(), g => g.Aliases.Contains("Weavers") && g.Aliases.Contains("Los Tejedores"));
    }

    // Whatever its head noun, an English name given with its Spanish form and their acronym is an outfit's where
    // the sentence speaks of armed groups; a state body's is not.
    [Theory]
    [InlineData("The Tapir Front is a unit of the former-FARC network called the Eastern Joint Board (Junta Conjunta Oriental – JCO).", "Eastern Joint Board")]
    [InlineData("Its chief enemy is the Southern General Staff (Estado Mayor del Sur – EMS), the largest of the dissident blocs.", "Southern General Staff")]
    public void An_English_name_with_its_Spanish_form_and_acronym_is_a_group(string text, string name)
    {
        var group = Assert.Single(ExtractionHelper.Run(text).Groups(), g => g.Name == name);
        Assert.Equal(3, group.Aliases.Count);
    }

    // A plan or a system given so, in a sentence about fronts, opens its Spanish form with no outfit's noun.
    [Fact]
    public void A_scheme_with_its_Spanish_form_and_acronym_is_no_group()
    {
        var x = ExtractionHelper.Run("The Early Warning Scheme (Sistema de Alertas Tempranas – SAT) flagged the dissident fronts on the river.");
        Assert.DoesNotContain(x.Groups(), g => g.Aliases.Contains("SAT"));
    }

    [Fact]
    public void Names_that_translate_to_different_words_stay_apart()
    {
        var x = ExtractionHelper.Run(
            "The Cártel de las Gaviotas fights the Carpenters Cartel for the port.");
        Assert.Equal(2, x.Groups().Count);
    }

    [Fact]
    public void An_English_name_is_never_read_as_Spanish()
    {
        // "red" is Spanish for a network: the English name keeps its colour and is no "Comando de la Red".
        var x = ExtractionHelper.Run(
            "The Red Command sells weapons to the Network Command, its old partner.");
        Assert.Equal(2, x.Groups().Count);
    }

    [Theory]
    // Said in one sentence, the two names are two groups, whatever the dictionary says.
    [InlineData("Los Tejedores, a clan from the river towns, supplied cocaine to the Weavers, a street gang.")]
    // A family's surname after "Los" is no plural noun to translate: "Los Castillo" is not "the Castles".
    [InlineData("Los Castillo, a family clan from the border, smuggle cattle. The Castles, a street gang, sell their cocaine.")]
    // An English name with a word that is also Spanish is not read as Spanish.
    [InlineData("The Costa Rica Crew fought over the harbour. The Rich Coast Gang lost three men.")]
    public void Names_the_dictionary_could_join_but_the_text_keeps_apart_stay_two(string text)
    {
        var x = ExtractionHelper.Run(text);
        Assert.Equal(2, x.Groups().Count);
    }

    [Fact]
    public void A_name_the_dictionary_does_not_know_is_matched_as_written()
    {
        var x = ExtractionHelper.Run(
            "La Banda del Berbeo robbed a jeweller in the port.",
            "Police say the Berbeo Gang also steals cars.");
        Assert.Single(x.Groups());
    }

    [Theory]
    [InlineData("gaviotas", "seagull")]
    [InlineData("tejedores", "weaver")]
    [InlineData("carpintera", "carpenter")]
    public void Spanish_plurals_and_feminines_are_looked_up_by_their_lemma(string spanish, string english) =>
        Assert.Contains(english, SpanishEnglish.Of(spanish));

    [Theory]
    [InlineData("weavers", "weaver")]
    [InlineData("cities", "city")]
    [InlineData("cross", "cross")]
    [InlineData("foxes", "fox")]
    [InlineData("wolves", "wolf")]
    [InlineData("thieves", "thief")]
    public void English_words_are_compared_in_the_singular(string word, string singular) =>
        Assert.Equal(singular, SpanishEnglish.Singular(word));

    [Fact]
    public void The_English_after_or_closing_the_sentence_is_the_groups_when_it_renders_the_name()
    {
        var x = ExtractionHelper.Run("The outfit calls itself the Hermandad del Cerro Ralo (HCR), or Brotherhood of the Ralo Hill. It was founded in 2012.");
        Assert.Single(x.Entities, e => e.Kind == CrimeArchive.Data.EntityKind.Group);
        Assert.Contains("Brotherhood of the Ralo Hill", x.Entities.Single(e => e.Kind == CrimeArchive.Data.EntityKind.Group).Aliases);
    }

    [Fact]
    public void A_group_after_or_that_renders_nothing_is_a_group_of_its_own()
    {
        var x = ExtractionHelper.Run("The port is held by the Hermandad del Cerro Ralo, or Los Trípoles.");
        Assert.Equal(2, x.Entities.Count(e => e.Kind == CrimeArchive.Data.EntityKind.Group));
    }
}
