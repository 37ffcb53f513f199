using CrimeArchive.Data;

namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>Names a text writes once for several people or forms: a surname shared by a list of
/// brothers, a Portuguese name's inner surname, a nickname after a description, a group's name in
/// two languages, and siblings' surnames.</summary>
public class SharedNameTests
{
    [Theory]
    [InlineData("The gang is led by the brothers Marvin and Terrence Tavernier, police said.", "Marvin Tavernier", "Terrence Tavernier")]
    // A surname that is a given name too ("Pierre") still closes the list when nothing compounds with it.
    [InlineData("The crew is run by brothers Dwight and Kelvin Pierre from Laventille.", "Dwight Pierre", "Kelvin Pierre")]
    public void Brothers_listed_by_first_name_share_the_surname_after_the_last(string text, string first, string second)
    {
        var names = ExtractionHelper.Run(text).People().Select(p => p.Name).ToList();

        Assert.Contains(first, names);
        Assert.Contains(second, names);
    }

    [Fact]
    public void A_given_name_that_ends_compound_given_names_is_no_surname()
    {
        var x = ExtractionHelper.RunSpanish("La Fiscalía acusó a los hermanos Teodosio y Juan Pablo, cabecillas de Los Quilcasa.");

        Assert.DoesNotContain(x.People(), p => p.Name == "Teodosio Pablo");
    }

    [Fact]
    public void A_portuguese_names_surname_before_da_silva_alone_is_the_man()
    {
        var x = ExtractionHelper.Run("Police arrested Rogério Orimbo da Silva on a farm in Pará. Orimbo had run the Comando Palmital since 2016.");

        var man = x.People().Named("Rogério Orimbo da Silva");
        Assert.Contains("Orimbo", man.Aliases);
        Assert.Contains(x.Relationships, r => r.Subject.Name == man.Name && r.Type == RelationshipType.LeaderOf && r.Object.Name == "Comando Palmital");
    }

    [Theory]
    [InlineData("The network was founded by Anselmo Serrallo Ruiz, a cattle trader from Valle Rondeau known to his neighbors as \"Don Chemo.\"", "Anselmo Serrallo Ruiz", "Don Chemo")]
    [InlineData("El clan fue fundado por Anselmo Serrallo Ruiz, un comerciante de ganado de Valle Rondeau conocido como \"don Chemo\", en 1995.", "Anselmo Serrallo Ruiz", "don Chemo")]
    [InlineData("Police detained Anselmo Serrallo Ruiz, a 26-year-old known on the street as \"Grillo,\" in a house near the port.", "Anselmo Serrallo Ruiz", "Grillo")]
    [InlineData("The cell was run by Anselmo Serrallo Ruiz, a former officer of the state police known to his men as \"Comandante Chemo.\"", "Anselmo Serrallo Ruiz", "Comandante Chemo")]
    public void A_nickname_after_a_description_is_the_described_persons(string text, string person, string nickname)
    {
        var x = ExtractionHelper.Run(text);

        Assert.Contains(nickname, x.People().Named(person).Aliases);
    }

    [Fact]
    public void A_plural_nickname_after_a_hometown_is_no_persons()
    {
        var x = ExtractionHelper.Run("The route belongs to Anselmo Serrallo Ruiz, a trader from Valle Rondeau known as \"Los Grillos.\"");

        Assert.DoesNotContain("Los Grillos", x.People().Named("Anselmo Serrallo Ruiz").Aliases);
    }

    [Theory]
    [InlineData("Soldiers arrested the leader of the Sindicato de Cuitláhuac in Bolívar. The Cuitláhuac Syndicate controls the gold mines.", "Sindicato de Cuitláhuac", "Cuitláhuac Syndicate")]
    [InlineData("The Frente Guerrillero del Nororiente lost its commander on Sunday. The Northeastern Guerrilla Front had held the area since 2017.", "Frente Guerrillero del Nororiente", "Northeastern Guerrilla Front")]
    public void A_groups_names_in_two_languages_word_for_word_are_one_group(string text, string first, string second)
    {
        var group = ExtractionHelper.Run(text).Groups().Single(g => g.Aliases.Contains(first));

        Assert.Contains(second, group.Aliases);
    }

    [Fact]
    public void The_same_words_in_another_order_are_another_group()
    {
        var x = ExtractionHelper.Run("The Cartel del Norte del Ximbó fights the Cartel del Ximbó del Norte for the valley.");

        Assert.Equal(2, x.Groups().Count(g => g.Name.Contains("Ximbó", StringComparison.Ordinal)));
    }

    [Fact]
    public void His_brother_named_in_full_is_the_sibling_of_the_man_who_shares_his_surname()
    {
        var x = ExtractionHelper.Run("Police arrested Hernán Ximbó Ruiz in Caracas on Monday. Prosecutors say he paid Ovidio Rondeau Lugo to move the cargo. "
            + "His younger brother, Teodosio Rondeau Lugo, fled across the rooftops.");

        var siblings = x.Relationships.Where(r => r.Type == RelationshipType.SiblingOf).ToList();
        Assert.Contains(siblings, r => new[] { r.Subject.Name, r.Object.Name }.Order().SequenceEqual(["Ovidio Rondeau Lugo", "Teodosio Rondeau Lugo"]));
        Assert.DoesNotContain(siblings, r => r.Subject.Name == "Hernán Ximbó Ruiz" || r.Object.Name == "Hernán Ximbó Ruiz");
    }

    [Theory]
    [InlineData("The network was run by the brothers Marvin and Terrence Tavernier Lugo, known respectively as \"El Mayor\" and \"El Menor.\"", "Marvin Tavernier Lugo", "El Mayor", "Terrence Tavernier Lugo", "El Menor")]
    [InlineData("La banda fue fundada en 2010 por los hermanos Teodosio y Anselmo Rondeau Quilcasa, conocidos respectivamente como “Orejas” y “el Gemelo”.", "Teodosio Rondeau Quilcasa", "Orejas", "Anselmo Rondeau Quilcasa", "el Gemelo")]
    [InlineData("El grupo fue fundado por los hermanos Jhon Teodosio y Wilmer Anselmo Rondeau Lugo, alias “Pipo” y “Caliche”, respectivamente.", "Jhon Teodosio Rondeau Lugo", "Pipo", "Wilmer Anselmo Rondeau Lugo", "Caliche")]
    [InlineData("The group was created in 2012 by the brothers Teodosio and Anselmo Ximbó Lugo, alias \"Tronco\" and alias \"Pipo,\" in Cali.", "Teodosio Ximbó Lugo", "Tronco", "Anselmo Ximbó Lugo", "Pipo")]
    public void Brothers_listed_with_their_nicknames_in_order_get_one_each(string text, string first, string firstNickname, string second, string secondNickname)
    {
        var people = ExtractionHelper.Run(text).People();

        Assert.Contains(firstNickname, people.Named(first).Aliases);
        Assert.Contains(secondNickname, people.Named(second).Aliases);
        Assert.DoesNotContain(secondNickname, people.Named(first).Aliases);
    }

    [Theory]
    [InlineData("Soldiers arrested the leader of the Cartel de Guadalajara in Zapopan. The Cartel de Guadalupe controls the crossing at Reynosa.")]
    [InlineData("La Banda de las Lomas y la Banda de los Cerros se disputan el control de la venta de droga en Soacha.")]
    [InlineData("Members of the Patriot Front clashed with the Patriotic Front outside the courthouse in Caracas.")]
    public void Names_that_only_look_alike_or_mean_the_same_are_two_groups(string text) =>
        Assert.Equal(2, ExtractionHelper.Run(text).Groups().Count);

    [Theory]
    [InlineData("Dwayne Tavernier runs the Rebel Base gang. His half-brother, Kelvin Mitchell, is his second in command.")]
    [InlineData("Police arrested Ovidio Rondeau Lugo in Cali. His brother, Teodosio Rondeau-Lugo, fled.")]
    [InlineData("A gunman known as \"El Gringo\" leads Los Tigres in Tumaco. His brother, Kelvin Mitchell, was arrested on Friday.")]
    public void Siblings_the_text_states_stay_when_their_names_do_not_rule_it_out(string text) =>
        Assert.Contains(ExtractionHelper.Run(text).Relationships, r => r.Type == RelationshipType.SiblingOf);

    [Theory]
    [InlineData("Police arrested Ovidio Lugo Peña and Teodosio Ximbó Ruiz, known respectively as \"Tronco\" and \"Pipo,\" in Cali.")]
    [InlineData("Brothers Teodosio and Anselmo Ximbó Lugo, known respectively as \"Tronco\" and \"Pipo,\" were arrested in Cali.")]
    public void Nicknames_given_respectively_that_cannot_be_shared_out_go_to_no_one(string text) =>
        Assert.DoesNotContain(ExtractionHelper.Run(text).People(), p => p.Aliases.Contains("Tronco") && p.Aliases.Contains("Pipo"));

    [Fact]
    public void Brothers_whose_last_item_is_a_compound_english_name_share_no_surname()
    {
        var x = ExtractionHelper.Run("Police arrested the brothers Kevin and John Paul, both members of the Rebel Base gang.");

        Assert.DoesNotContain(x.People(), p => p.Name == "Kevin Paul");
    }

    [Fact]
    public void A_second_given_name_before_da_is_no_surname()
    {
        var x = ExtractionHelper.Run("Agents arrested Ana Maria da Conceição, who ran the money for Los Tigres. Her cousin Maria leads the Comando Palmital.");

        Assert.False(x.Has("Ana Maria da Conceição", RelationshipType.LeaderOf, "Comando Palmital"));
    }

    [Theory]
    [InlineData("El Ejército de Liberación Campesina opera en el Catatumbo. El Ejército detuvo a tres personas en Tibú.", "Ejército")]
    [InlineData("El Estado Mayor de los Frentes del Norte opera en el Catatumbo. El Estado no ha podido entrar a la zona.", "Estado")]
    public void The_states_army_is_no_short_form_of_a_group_that_borrowed_the_word(string text, string word)
    {
        var x = ExtractionHelper.RunSpanish(text);
        Assert.DoesNotContain(x.Groups(), g => g.Aliases.Contains(word) || g.Aliases.Contains("El " + word));
    }
}
