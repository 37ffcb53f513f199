using CrimeArchive.Data;

namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>Nickname cues away from the usual "alias": dashes, "to his men … to prosecutors", a second naming without its verb, two fronted
/// participles, a dropped Spanish subject, signatures and "whom police identify by his nickname"; and the
/// readings they must not make.</summary>
public class NicknameCueTests
{
    [Theory]
    [InlineData("Leandro Bastidas Ochoa — \"Capataz\" — now runs the crew's boats.", "Capataz")]
    [InlineData("Leandro Bastidas Ochoa, \"El Tornillón\" to his men and \"the Screw\" to US prosecutors, built the ring.", "Screw")]
    [InlineData("Leandro Bastidas Ochoa leads Los Chorlitos. Known to his men as \"L-2\" and to dock workers as the \"Foreman,\" he has run the port since 2017.", "Foreman")]
    [InlineData("The ring is run by Leandro Bastidas Ochoa, whom police identify by his nickname \"Capataz.\"", "Capataz")]
    [InlineData("Leandro Bastidas Ochoa leads Los Chorlitos. Known as \"Capataz\" when he ran errands, he now signs his orders as \"Tornillón.\"", "Tornillón")]
    [InlineData("Leandro Bastidas Ochoa, alias \"Capataz\" (Foreman) and also known as \"Tornillón,\" runs a port crew.", "Tornillón")]
    [InlineData("Leandro Bastidas Ochoa leads Los Chorlitos. He entered the country with a false identity card in the name of \"Marcelo Ibáñez Rosas.\"", "Marcelo Ibáñez Rosas")]
    [InlineData("Police held the son, Leandro Bastidas Ochoa, whom the crew's gunmen call \"El Rubio\" and who now runs the boats.", "El Rubio")]
    [InlineData("Leandro Bastidas Ochoa, who had run the crew's boats since 2004 in the north, was known as \"Chuy\" to his neighbors.", "Chuy")]
    [InlineData("The crew is run by Leandro Bastidas Ochoa, known as \"Don Chuy\" and sometimes as \"El Viejo.\"", "El Viejo")]
    [InlineData("Leandro Bastidas Ochoa runs the crew. Also known as \"El Mono,\" he is one of the most wanted men in the country.", "El Mono")]
    [InlineData("Leandro Bastidas Ochoa runs the crew. \"El Mono,\" as he is known, is one of the most wanted men in the country.", "El Mono")]
    [InlineData("The Night Owls are led by Leandro Bastidas Ochoa, who is known as \"Lunita\" (Half-Moon) and is said to move often.", "Half-Moon")]
    [InlineData("The crew's money is handled by Leandro Bastidas Ochoa, known in the valley as \"the Accountant\" (El Contador).", "El Contador")]
    [InlineData("Leandro Bastidas Ochoa, popularly known as \"Tío Lando,\" heads the Bastidas clan.", "Tío Lando")]
    [InlineData("Leandro Bastidas Ochoa, called \"El Balta,\" remains the family's enforcer.", "El Balta")]
    [InlineData("Leandro Bastidas Ochoa runs the front. Born in the port in 1984, Bastidas is also called \"El Costeño\" for his accent.", "El Costeño")]
    [InlineData("The crew was founded by an inmate named Leandro Bastidas Ochoa. Better known as \"Niño Lando,\" he turned the prison into a base.", "Niño Lando")]
    [InlineData("The crew is led by Leandro Bastidas Ochoa, a 33-year-old known by two nicknames, \"Duende\" and \"Chato Lando,\" who fled in 2020.", "Chato Lando")]
    [InlineData("Police sought Leandro Bastidas Ochoa, whose nicknames include \"Lando Bomba\" and \"El Bombero\" (The Fireman).", "El Bombero")]
    [InlineData("The crew came under Leandro Bastidas Ochoa, whom his men call \"El Profe\" and the local press \"Maestro Lando,\" in 2015.", "Maestro Lando")]
    [InlineData("Leandro Bastidas Ochoa, nicknamed \"El Toro\" by the miners and \"Chuy\" by his own men, runs the crew.", "Chuy")]
    [InlineData("Leandro Bastidas Ochoa, known as \"Chuy\", \"Toro\" or \"the Bull\", runs the crew.", "Toro")]
    [InlineData("Leandro Bastidas Ochoa sold guns to the gangs. Known to his clients as \"Papa Lando\" (Gun Dad), he was arrested in Miami.", "Gun Dad")]
    public void The_nickname_is_the_persons(string text, string nickname) =>
        Assert.Contains(nickname, ExtractionHelper.Run(text).People().Named("Leandro Bastidas Ochoa").Aliases);

    [Theory]
    [InlineData("Leandro Bastidas Ochoa dirige Los Chorlitos. Conocido por los pescadores como \"Capataz\" y por la policía como \"El Tornillón\", fundó la banda en 2012.", "El Tornillón")]
    [InlineData("Leandro Bastidas Ochoa dirige Los Chorlitos. Ya como jefe, empezó a firmar como \"Tornillón\".", "Tornillón")]
    [InlineData("Leandro Bastidas Ochoa dirige Los Chorlitos. Apodado también «el Capataz» por sus escoltas, fundó la banda en 2012.", "el Capataz")]
    [InlineData("Leandro Bastidas Ochoa dirige Los Chorlitos. Apodado también ‘el Capataz’ por sus escoltas, fundó la banda en 2012.", "el Capataz")]
    [InlineData("Leandro Bastidas Ochoa dirige el brazo armado de la banda. Conocido también como \"Pájaro Gris\", se fugó en 2023 de la cárcel.", "Pájaro Gris")]
    public void A_spanish_nickname_with_no_subject_is_the_person_last_named(string text, string nickname) =>
        Assert.Contains(nickname, ExtractionHelper.RunSpanish(text).People().Named("Leandro Bastidas Ochoa").Aliases);

    [Theory]
    [InlineData("Leandro Bastidas Ochoa, a quien los mineros llaman \"El Negro\" y sus hombres \"Papá Lando\", dirige Los Chorlitos.", "Papá Lando")]
    [InlineData("Los Chorlitos están dirigidos por Leandro Bastidas Ochoa, al que en el puerto llaman \"Escorpión\" y, a sus espaldas, \"Cara de Niño\".", "Cara de Niño")]
    public void A_second_spanish_naming_that_leaves_out_its_verb_is_the_same_persons(string text, string nickname) =>
        Assert.Contains(nickname, ExtractionHelper.RunSpanish(text).People().Named("Leandro Bastidas Ochoa").Aliases);

    [Theory]
    [InlineData("Leandro Bastidas Ochoa fue detenido el lunes. Conocida como \"La Perla del Sur\", es el principal puerto de la región.", "La Perla del Sur")]
    [InlineData("Leandro Bastidas Ochoa fue detenido el lunes. La empresa empezó a firmar como \"Transportes del Sur\" en 2019.", "Transportes del Sur")]
    [InlineData("A Bastidas le dicen \"Usted miente\" cada vez que declara.", "Usted miente")]
    [InlineData("Leandro Bastidas Ochoa dirige Los Chorlitos. Conocida como \"La Ruta del Sol\", se construyó en 1990.", "La Ruta del Sol")]
    public void A_spanish_clause_about_something_else_gives_no_nickname(string text, string notNickname)
    {
        var x = ExtractionHelper.RunSpanish(text);
        Assert.DoesNotContain(x.People(), p => p.Name != notNickname && p.Aliases.Contains(notNickname));
    }

    [Theory]
    [InlineData("Police arrested Leandro Bastidas Ochoa, whom prosecutors identify as Los Chorlitos' accountant, on Monday.", "Los Chorlitos")]
    [InlineData("Leandro Bastidas Ochoa runs a haulage firm. He signed the lease as \"General Manager\" in 2019.", "General Manager")]
    [InlineData("Leandro Bastidas Ochoa called \"El Gordo\" a traitor in a recorded message.", "El Gordo")]
    [InlineData("The crew came under Leandro Bastidas Ochoa, whom his men call \"El Profe,\" and his deputy \"Tito\" in 2015.", "Tito")]
    [InlineData("Police arrested Leandro Bastidas Ochoa, whom his men call \"El Profe,\" and Ramiro \"Tito\" Vela.", "Tito")]
    public void An_identification_or_a_signature_that_is_no_nickname_gives_none(string text, string notNickname) =>
        Assert.DoesNotContain(notNickname, ExtractionHelper.Run(text).People().Named("Leandro Bastidas Ochoa").Aliases);

    [Fact]
    public void A_nationality_known_by_a_nickname_is_a_person() =>
        Assert.Contains(ExtractionHelper.Run("Police are hunting a Peruvian known as \"Don Lucho,\" who runs the crew's boats.").People(), p => p.Name == "Don Lucho");

    [Fact]
    public void An_everyday_surname_after_a_given_name_and_a_quoted_nickname_closes_the_name()
    {
        var x = ExtractionHelper.Run("The killings began after the Reef Lions' leader, Dalton \"Spanner\" Young, was shot outside a bar.");
        Assert.Contains("Spanner", x.People().Named("Dalton Young").Aliases);
        Assert.True(x.Has("Dalton Young", RelationshipType.LeaderOf, "Reef Lions"));
    }

    [Fact]
    public void A_kinsman_named_after_the_naming_is_someone_else()
    {
        var x = ExtractionHelper.Run("The crew came under Leandro Bastidas Ochoa, whom his men call \"El Profe\" and his brother \"Tito,\" in 2015.");
        Assert.DoesNotContain("Tito", x.People().Named("Leandro Bastidas Ochoa").Aliases);
    }

    [Fact]
    public void A_person_named_like_the_nickname_elsewhere_in_the_text_is_someone_else()
    {
        var x = ExtractionHelper.Run("Pablo Escobar was killed in Medellín in 1993. Leandro Bastidas Ochoa runs the port. Better known as \"Pablo Escobar,\" he copied the Colombian.");
        Assert.Contains(x.People(), p => p.Name == "Pablo Escobar");
    }
}
