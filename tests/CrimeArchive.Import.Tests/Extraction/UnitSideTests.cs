using CrimeArchive.Data;

namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>A side of a war or a clash that is a unit of a larger group: the unit is the side, the
/// words about it (its parent, its acronym, a description between commas) are passed over to find the
/// other side, and the unit belongs to the group the description names, not to any other.</summary>
public class UnitSideTests
{
    [Fact]
    public void The_unit_named_is_the_side_of_a_war_not_its_parent()
    {
        var x = ExtractionHelper.Run("Police blamed the deaths on the war between the Bloque Cenizo of the Milicias del Páramo (MDP) and Los Gavilanes, a gang formed by deserters.");
        Assert.True(x.Has("Bloque Cenizo", RelationshipType.RivalOf, "Los Gavilanes"));
        Assert.False(x.Has("Milicias del Páramo", RelationshipType.RivalOf, "Los Gavilanes"));
    }

    [Fact]
    public void Spanish_clash_joins_two_described_sides_with_con()
    {
        var x = ExtractionHelper.RunSpanish("Los combates enfrentan al Frente Teodoro Lusa, una estructura de las Milicias del Páramo (MDP) dirigida por Hilario Mesa Quintana, "
            + "alias “Guadaña”, con el Frente Amaranto, una subestructura del Bloque Cenizo.");
        Assert.True(x.Has("Frente Teodoro Lusa", RelationshipType.RivalOf, "Frente Amaranto"));
        Assert.True(x.Has("Hilario Mesa Quintana", RelationshipType.LeaderOf, "Frente Teodoro Lusa"));
        Assert.True(x.Has("Frente Amaranto", RelationshipType.MemberOf, "Bloque Cenizo"));
        Assert.False(x.Has("Frente Amaranto", RelationshipType.MemberOf, "Milicias del Páramo"));
    }

    [Fact]
    public void Pits_passes_over_a_description_of_the_first_side()
    {
        var x = ExtractionHelper.Run("The feud pits the Frente Amaranto, a unit of the Milicias del Páramo (MDP) led by Hilario Mesa Quintana, against the Columna Ismael Durán.");
        Assert.True(x.Has("Frente Amaranto", RelationshipType.RivalOf, "Columna Ismael Durán"));
    }

    [Theory]
    [InlineData("Su principal enemigo son las Milicias del Páramo, cuyo Frente Amaranto le disputa desde hace años los ríos.")]
    [InlineData("The main threat is the Milicias del Páramo, whose Frente Amaranto has pushed into the valley.")]
    public void A_unit_named_after_whose_belongs_to_the_group_before_it(string sentence)
    {
        var x = sentence.StartsWith("Su ", StringComparison.Ordinal) ? ExtractionHelper.RunSpanish(sentence) : ExtractionHelper.Run(sentence);
        Assert.True(x.Has("Frente Amaranto", RelationshipType.MemberOf, "Milicias del Páramo"));
    }

    [Fact]
    public void A_name_right_after_clica_is_a_group_even_when_it_looks_like_a_persons()
    {
        var x = ExtractionHelper.RunSpanish("La policía detuvo a Crispín Ojeda, señalado como cabecilla de la clica Orientales Locos Búhos, una de las estructuras más antiguas de la Mara Búho 22 (MB22).");
        Assert.True(x.Has("Crispín Ojeda", RelationshipType.LeaderOf, "Orientales Locos Búhos"));
        Assert.True(x.Has("Orientales Locos Búhos", RelationshipType.MemberOf, "Mara Búho 22"));
    }
}
