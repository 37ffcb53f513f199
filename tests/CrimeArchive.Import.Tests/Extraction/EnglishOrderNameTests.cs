namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>A Spanish name that opens with its kind is also kept in the order an English text writes it.</summary>
public class EnglishOrderNameTests
{
    [Theory]
    [InlineData("La fiscalía acusa al clan Berbeo de lavar dinero en la frontera.", "clan Berbeo", "Berbeo clan")]
    [InlineData("La familia Lozoya controla el puerto desde 2009, según la policía.", "familia Lozoya", "Lozoya family")]
    [InlineData("El Cártel de Berbeo perdió el control del puerto.", "Cártel de Berbeo", "Berbeo Cartel")]
    [InlineData("Los Hermanos Lozoya controlan las rutas del norte.", "Los Hermanos Lozoya", "Lozoya Brothers")]
    // A family's surname stays as written even when it is also a word: "clan Reyes" is no "Kings clan".
    [InlineData("La policía detuvo a tres miembros del clan Reyes en la frontera.", "clan Reyes", "Reyes clan")]
    public void A_kind_first_name_also_has_its_English_order(string sentence, string name, string english)
    {
        var x = ExtractionHelper.RunSpanish(sentence);
        var group = Assert.Single(x.Groups(), g => g.Aliases.Contains(name) || g.Name == name);
        Assert.Contains(english, group.Aliases);
    }

    [Theory]
    // A number is no name to move: "Frente 33" is the 33rd Front.
    [InlineData("El Frente 33 cobra extorsiones en la zona.", "Frente 33")]
    // A name of names and words ("Jalisco" and "Nueva Generación") has no one English order.
    [InlineData("El Cártel Jalisco Nueva Generación domina el puerto.", "Cártel Jalisco Nueva Generación")]
    // Words after another kind of outfit are its description, not a name: "Amplio" is broad, "Golfo" the gulf.
    [InlineData("El Frente Amplio condenó el ataque.", "Frente Amplio")]
    [InlineData("El Cártel del Golfo perdió el control del puerto.", "Cártel del Golfo")]
    // "de Los Soles": an article opens the rest.
    [InlineData("El Cártel de Los Soles compra armas en la frontera.", "Cártel de Los Soles")]
    public void Other_shapes_keep_only_their_own_forms(string sentence, string name)
    {
        var x = ExtractionHelper.RunSpanish(sentence);
        var group = Assert.Single(x.Groups(), g => g.Aliases.Contains(name) || g.Name == name);
        Assert.DoesNotContain(group.Aliases, a => a.EndsWith("Front", StringComparison.Ordinal) || a.EndsWith("Cartel", StringComparison.Ordinal));
    }
}
