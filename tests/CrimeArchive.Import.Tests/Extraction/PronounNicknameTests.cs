namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>A nickname given to a pronoun, to a dropped Spanish subject or "under the nickname" is the
/// person last named, even when the nickname is shaped like a full name; a person's history may give
/// him several.</summary>
public class PronounNicknameTests
{
    [Theory]
    // A nickname shaped like a full name is no second person.
    [InlineData("Los Nutrias were founded in 2008 by Prisco Sabogal Bermeo, a former fish seller. In his youth he was known simply as \"Pisco Nutria.\"", "Pisco Nutria")]
    [InlineData("Los Tizones fueron fundados en 2008 por Prisco Sabogal Bermeo, un excomerciante. En su juventud lo apodaban \"Pisco Tizón\".", "Pisco Tizón")]
    // A nickname the person became, adopted or went under.
    [InlineData("Los Nutrias were founded in 2008 by Prisco Sabogal Bermeo, a former fish seller. He only became \"El Manco\" after a knife fight in 2012.", "El Manco")]
    [InlineData("Los Nutrias were founded in 2008 by Prisco Sabogal Bermeo, a former fish seller. As boss he adopted the more martial \"El Uno.\"", "El Uno")]
    [InlineData("Los Nutrias were founded in 2008 by Prisco Sabogal Bermeo, who had run errands for a smuggler under the nickname \"Piquito.\"", "Piquito")]
    [InlineData("Los Tizones fueron fundados en 2008 por Prisco Sabogal Bermeo, un excomerciante. Tras salir de prisión adoptó el alias de \"El Manco\".", "El Manco")]
    // "nicknamed him", an adverb inside "conocido … como", a fronted nickname before "the gang's new boss".
    [InlineData("Los Nutrias were founded in 2008 by Prisco Sabogal Bermeo, a former fish seller. Colleagues nicknamed him \"Pisquito\" for his size.", "Pisquito")]
    [InlineData("Los Tizones fueron fundados en 2008 por Prisco Sabogal Bermeo, conocido precisamente como \"el Pescador\".", "el Pescador")]
    [InlineData("Los Nutrias were founded in 2008 by Noriel Ansaldo. Prisco Sabogal Bermeo took over in 2020. Known in Barinas as \"Don Pisco,\" the gang's new boss keeps a low profile.", "Don Pisco")]
    public void The_nickname_is_the_persons(string text, string nickname)
    {
        var x = ExtractionHelper.Run(text);
        Assert.Contains(nickname, x.People().Named("Prisco Sabogal Bermeo").Aliases);
        Assert.DoesNotContain(x.People(), p => p.Name == nickname || p.Name == nickname.Replace("el ", "").Replace("El ", ""));
    }

    [Fact]
    public void A_group_working_under_another_name_gives_no_one_a_nickname()
    {
        var x = ExtractionHelper.Run("Prisco Sabogal Bermeo was arrested in May. Los Nutrias now operate under the name \"Los Nuevos.\"");
        Assert.DoesNotContain("Los Nuevos", x.People().Named("Prisco Sabogal Bermeo").Aliases);
    }

    [Fact]
    public void A_quoted_full_name_that_is_someone_else_stays_a_person()
    {
        var x = ExtractionHelper.Run("Los Nutrias were founded in 2008 by Prisco Sabogal Bermeo. He blamed the killing on \"Noriel Ansaldo Cuestas,\" a rival smuggler.");
        Assert.DoesNotContain("Noriel Ansaldo Cuestas", x.People().Named("Prisco Sabogal Bermeo").Aliases);
    }
}
