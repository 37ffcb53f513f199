namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>A group's other names given by a secondary construction: a dash aside, a gloss with its
/// language, a clause saying what the group is called, a description that names it.</summary>
public class SecondaryNameTests
{
    [Theory]
    [InlineData("The Halcones Cartel — called by dealers in Santa Clotilde just \"Los del Molino\" — lacks an heir.", "Halcones Cartel", "Los del Molino")]
    [InlineData("The Halcones Cartel, called by dealers in Santa Clotilde just \"Los del Molino,\" lacks an heir.", "Halcones Cartel", "Los del Molino")]
    [InlineData("The alliance, called Kòd Lakay (\"Home Cord\" in Creole), unites five gangs in Port-au-Prince.", "Kòd Lakay", "Home Cord")]
    [InlineData("Los Hermanos del Cedro control the wharf. Now the trial of the Cedar Brothers, as the gang is called in French-language outlets, reveals its ties to customs agents.",
        "Los Hermanos del Cedro", "Cedar Brothers")]
    [InlineData("The Delta Cartel, formally named Cártel del Delta Unido (CDU), controls the port of Manzanillo.", "Delta Cartel", "Cártel del Delta Unido")]
    [InlineData("El Cártel del Delta, oficialmente denominado Cártel del Delta Unido, controla el puerto de Manzanillo.", "Cártel del Delta", "Cártel del Delta Unido")]
    [InlineData("Police say the broker helps run the Quay Ring (Anillo del Muelle – ADM), which ships cocaine from Manta.", "Quay Ring", "Anillo del Muelle")]
    [InlineData("The second bloc, which calls itself the Varela Legacy (Legado Varela), answers to the old commander.", "Varela Legacy", "Legado Varela")]
    [InlineData("Los Coyotes del Sur control the river crossings. Before 2010 it was known simply as Los del Puente, prosecutors say.", "Los Coyotes del Sur", "Los del Puente")]
    [InlineData("La banda Los Tucanes controla el puerto de Tumbes. Antes se le conocía como Los del Muelle, según la policía.", "Los Tucanes", "Los del Muelle")]
    [InlineData("A courier of the Reef Owls (Los Búhos del Arrecife) was arrested. The Búhos started out as a cell of a larger gang.", "Los Búhos del Arrecife", "Búhos")]
    [InlineData("Los Cuervos is the name investigators give to the Salcedo clan, a family outfit from Tumbes.", "Salcedo clan", "Los Cuervos")]
    [InlineData("Los Pumas es el nombre que la fiscalía da al clan Arriaga, una red familiar de Tumbes.", "clan Arriaga", "Los Pumas")]
    [InlineData("A Los Tlacuaches también se les conoce como \"los Díaz\", por la familia de Ramón Díaz Ortega.", "Los Tlacuaches", "Díaz")]
    [InlineData("Detuvieron a uno de los fundadores del Tren del Sur, una banda que hasta 2019 se conocía como Los Costeños y que hoy cobra extorsiones.", "Tren del Sur", "Los Costeños")]
    [InlineData("Its main enemy is the Delta Clan (Clan del Delta), known in court papers as the Delta Self-Defense Forces and, until a few years ago, as the Deltanos.", "Delta Clan", "Deltanos")]
    [InlineData("El Clan del Delta es el mayor grupo armado del país. Las autoridades también lo llaman Clan Pérez, por el apellido de sus jefes.", "Clan del Delta", "Clan Pérez")]
    [InlineData("El operativo dejó sin cabeza a Los Mineritos, que sus propios integrantes rebautizaron en 2020 como Organización Guayana Libre.", "Los Mineritos", "Organización Guayana Libre")]
    [InlineData("He leads the Pacific Coast Self-Defense Forces (Autodefensas de la Costa Pacífica – ACP), an armed group that the National Police refers to in its reports as the \"Clan del Pacífico.\"", "Pacific Coast Self-Defense Forces", "Clan del Pacífico")]
    [InlineData("Few people were fooled by the Northern Patriotic Front. Until 2018, the same men called themselves Los Galleros.", "Northern Patriotic Front", "Los Galleros")]
    [InlineData("The mayor took bribes from the Orellana Búcaro clan, a family network known in eastern Guatemala as Los Búcaros.", "Orellana Búcaro clan", "Los Búcaros")]
    [InlineData("Los Caracoles, a gang also called the Snails, control the port of Tela.", "Los Caracoles", "Snails")]
    [InlineData("La banda Los Zorros, también llamada La Zorrera, opera en Tumbes.", "Los Zorros", "Zorrera")]
    [InlineData("Police say the Cartel del Valle, or simply the Valley Boys, controls the border.", "Cartel del Valle", "Valley Boys")]
    [InlineData("El grupo Los Zorros, también llamado La Zorrera, opera en Tumbes.", "Los Zorros", "Zorrera")]
    public void The_other_name_goes_to_the_group(string text, string group, string alias)
    {
        var x = ExtractionHelper.Run(text);

        Assert.Contains(alias, x.Groups().Named(group).Aliases);
        Assert.DoesNotContain(x.People(), p => p.Name == group || p.Name == alias);
    }

    [Fact]
    public void A_language_named_in_a_gloss_is_no_place()
    {
        var x = ExtractionHelper.Run("The alliance, called Kòd Lakay (\"Home Cord\" in Creole), is covered in French-language outlets.");

        Assert.DoesNotContain(x.Places(), p => p.Name is "Creole" or "French-language");
    }

    [Fact]
    public void A_family_organization_given_as_another_name_keeps_its_noun_and_leaves_the_surname_to_the_founder()
    {
        var x = ExtractionHelper.Run("For years the Costa Cartel (a.k.a. the Ibarra Leal organization) ran the port. Its founder, Julio Ibarra Leal, died in 2015.",
            "Ibarra Leal spent heavily on campaigns.");

        Assert.Contains("Ibarra Leal organization", x.Groups().Named("Costa Cartel").Aliases);
        Assert.Contains("Ibarra Leal", x.People().Named("Julio Ibarra Leal").Aliases);
    }

    [Fact]
    public void A_name_a_described_combo_went_by_is_a_group()
    {
        var x = ExtractionHelper.RunSpanish("El combo, que hasta 2019 se hacía llamar Combo de La Ladera, surgió en Medellín.");

        Assert.Contains(x.Groups(), g => g.Name == "Combo de La Ladera");
        Assert.Empty(x.People());
    }
}
