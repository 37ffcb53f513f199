using CrimeArchive.Import.Parsing;
using static CrimeArchive.Import.Tests.Parsing.Texts;

namespace CrimeArchive.Import.Tests.Parsing;

public class ProfileParsingTests
{
    private static ParsedDocument ParseRaw(params string[] lines) => SourceTextParser.Parse(string.Join("\n", lines));

    private const string PersonLead =
        "Mario Alberto Ruiz Pena was a commander of the Valle family's armed wing in western Honduras until his arrest in 2016.";

    private const string GroupLead =
        "The Cachorros are a trafficking clan that moves cocaine across the Guatemalan border and launders its profits in cattle ranches.";

    [Fact]
    public void Profile_without_header_takes_the_leading_name_as_title()
    {
        var doc = Parse(PersonLead, "History", Second, "Criminal Activities", Third);

        Assert.Equal("Mario Alberto Ruiz Pena", doc.Title);
        Assert.True(doc.TitleDerived);
        Assert.Equal(DocumentKind.PersonProfile, doc.Kind);
    }

    [Fact]
    public void Profile_that_opens_with_its_factbox_keeps_the_factbox_and_names_its_subject()
    {
        var doc = Parse("DOB: 1971", "Group: Valle family", "Geographic Presence", "Copán, Ocotepeque", "Status: Captured",
            PersonLead, "History", Second, "Prospects", Third);

        Assert.Equal(DocumentKind.PersonProfile, doc.Kind);
        Assert.Equal("Mario Alberto Ruiz Pena", doc.Title);
        Assert.True(doc.TitleDerived);
        Assert.Equal([new("DOB", "1971"), new("Group", "Valle family"), new("Geographic Presence", "Copán, Ocotepeque"), new("Status", "Captured")],
            doc.Factbox);
        Assert.Equal([PersonLead], doc.Body.Select(b => b.Text));
    }

    [Theory]
    [InlineData("Los Garzos are a family-run gang from the coast of Oaxaca that moves cocaine for larger cartels.", DocumentKind.GroupProfile)]
    [InlineData("Los Garzos, also known as \"the Herons,\" are a family-run gang from the coast of Oaxaca.", DocumentKind.GroupProfile)]
    [InlineData("Herminio Garza Toledo is a trafficker who has run the Oaxaca coast for Los Garzos since 2009.", DocumentKind.PersonProfile)]
    [InlineData("Rosendo Alba Quiroz, apodado «El Tejón», es un narcotraficante que fundó la banda de Los Tejones en el puerto de Manta.", DocumentKind.PersonProfile)]
    [InlineData("Noemí Salas Prado, nicknamed \"La Garza,\" is a trafficker who founded the Herons gang of the Tegucigalpa hills.", DocumentKind.PersonProfile)]
    [InlineData("Anselmo Vidal Ruiz es un contrabandista venezolano que dirige el clan Vidal en el estado de Zulia.", DocumentKind.PersonProfile)]
    [InlineData("Los Vidal son una red de traficantes que mueve gasolina por la frontera de Zulia.", DocumentKind.GroupProfile)]
    [InlineData("Marisol Ochoa Trujillo, known as \"La Pinta,\" is a money launderer who has hidden the Cuenca gang's profits in car dealerships.", DocumentKind.PersonProfile)]
    [InlineData("La Familia Quintal, o Clan Quintal, es una estructura criminal que controla el paso de ganado por la frontera de Petén.", DocumentKind.GroupProfile)]
    [InlineData("Ruperto \"Chalo\" Mena is a Honduran gang leader who runs the Costa Norte clique from a prison in San Pedro Sula.", DocumentKind.PersonProfile)]
    public void A_bare_text_whose_lead_defines_its_subject_is_a_profile(string lead, DocumentKind kind)
    {
        var doc = Parse(lead, Second, Third);

        Assert.Equal(kind, doc.Kind);
    }

    [Fact]
    public void A_profile_headed_by_a_name_and_its_nickname_is_a_persons()
    {
        var doc = Parse("InicioPerfilesVenezuelaAnselmo Vidal Ruiz", "Venezuela", "Anselmo Vidal Ruiz, alias «El Cernícalo»", "",
            "Anselmo Vidal Ruiz heredó de su padre la red que mueve gasolina hacia Colombia.", "Historia", Second, "Actividades", Third);

        Assert.Equal(DocumentKind.PersonProfile, doc.Kind);
    }

    [Fact]
    public void A_profile_whose_byline_tag_is_a_group_and_whose_title_holds_a_nickname_is_a_persons()
    {
        var doc = Parse("HomeJamaicaRoy 'Tallboy' Pryce", "", "Roy 'Tallboy' Pryce", "", "RIVERTON CREW / 4 JUN 2019 BY JANE DOE EN", "",
            "Roy \"Tallboy\" Pryce grew up in Riverton and took over the crew's eastern wing after the death of its founder.",
            "History", Second, "Geography", Third);

        Assert.Equal(DocumentKind.PersonProfile, doc.Kind);
    }

    [Fact]
    public void A_headerless_group_profile_named_twice_in_its_lead_takes_the_first_name_as_title()
    {
        var doc = Parse("La Familia Quintal, o Clan Quintal, es una estructura criminal que controla el paso de ganado por la frontera de Petén.", Second, Third);

        Assert.Equal("La Familia Quintal", doc.Title);
        Assert.True(doc.TitleDerived);
    }

    [Fact]
    public void A_bare_text_whose_lead_gives_an_ordinary_job_stays_an_article()
    {
        var doc = Parse("Mateo Ruiz is a bus operator in Tegucigalpa who has paid Barrio 18 a war tax every week since 2019.", Second, Third);

        Assert.Equal(DocumentKind.Brief, doc.Kind);
    }

    [Fact]
    public void A_leading_organization_is_a_groups_profile()
    {
        var doc = Parse("Los Mancos es una organización líder en el tráfico de cocaína por la costa de Escuintla.", Second, Third);

        Assert.Equal(DocumentKind.GroupProfile, doc.Kind);
    }

    [Fact]
    public void A_bare_text_whose_lead_tells_what_happened_stays_an_article()
    {
        var doc = Parse("Police in Oaxaca arrested the leader of Los Garzos, a family-run gang, on Monday.", Second, Third);

        Assert.NotEqual(DocumentKind.GroupProfile, doc.Kind);
        Assert.NotEqual(DocumentKind.PersonProfile, doc.Kind);
    }

    [Fact]
    public void Section_headings_split_the_profile()
    {
        var doc = Parse(PersonLead, "History", Second, "Prospects", Third);

        Assert.Equal(["History", "Prospects"], doc.Sections.Select(s => s.Heading));
        Assert.Equal([PersonLead], doc.Body.Select(b => b.Text));
    }

    [Fact]
    public void Labelled_factbox_lines_fill_the_factbox_and_make_a_person_profile()
    {
        var doc = Parse(PersonLead, "History", Second, "Mario Ruiz Factbox", "DOB: May 2, 1970", "Group: Valle family",
            "Status: Captured", Third);

        Assert.Equal(DocumentKind.PersonProfile, doc.Kind);
        Assert.Equal([new("DOB", "May 2, 1970"), new("Group", "Valle family"), new("Status", "Captured")], doc.Factbox);
        Assert.Equal([Second, Third], doc.Sections[0].Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Label_on_one_line_and_value_on_the_next_are_paired()
    {
        var doc = Parse(GroupLead, "Cachorros Factbox", "Leader", "Hector Ramirez", "Founded", "1998", "Size", "About 300 members",
            "History", Second);

        Assert.Equal([new("Leader", "Hector Ramirez"), new("Founded", "1998"), new("Size", "About 300 members")], doc.Factbox);
        Assert.Equal(DocumentKind.GroupProfile, doc.Kind);
    }

    [Fact]
    public void A_date_under_its_label_is_the_label_s_value()
    {
        var doc = ParseRaw(PersonLead, "", "DOB", "", "March 3, 1980", "", "Group", "", "Valle family", "", "History", "", Second, "", "Prospects", "", Third);

        Assert.Equal([new("DOB", "March 3, 1980"), new("Group", "Valle family")], doc.Factbox);
    }

    [Fact]
    public void A_title_with_its_initials_under_a_breadcrumb_without_them_is_kept_whole()
    {
        var doc = Parse("Home / Profiles / Cachorros del Valle", "Cachorros del Valle (CDV)", GroupLead, "History", Second, "Leadership", Third);

        Assert.Equal("Cachorros del Valle (CDV)", doc.Title);
    }

    [Fact]
    public void Values_without_a_label_are_not_guessed_into_fields()
    {
        var doc = Parse(GroupLead, "Cachorros Factbox", "Leader: Hector Ramirez", "1998, Copan", "300 members", "History", Second);

        Assert.Equal([new("Leader", "Hector Ramirez")], doc.Factbox);
        Assert.DoesNotContain("1998, Copan", AllText(doc));
        Assert.Contains(doc.Warnings, w => w.Contains("without a label", StringComparison.Ordinal));
    }

    [Fact]
    public void Country_factbox_after_the_group_factbox_goes_to_the_country()
    {
        var doc = Parse(GroupLead, "Cachorros Factbox", "Leader: Hector Ramirez", "Founded: 1998",
            "Honduras Factbox", "Homicide rate (2022): 38 per 100,000", "Main criminal groups: Cachorros, MS13", "History", Second);

        Assert.Equal(["Leader", "Founded"], doc.Factbox.Select(f => f.Key));
        Assert.Equal(["Homicide rate (2022)", "Main criminal groups"], doc.CountryFactbox.Select(f => f.Key));
    }

    [Fact]
    public void Profile_breadcrumb_gives_the_country_it_is_filed_under()
    {
        var doc = Parse("HomeHondurasCachorros", "HONDURAS", GroupLead, "History", Second, "Leadership", Third);

        Assert.Equal("Honduras", doc.Country);
        Assert.Equal("Cachorros", doc.Title);
        Assert.Equal(DocumentKind.GroupProfile, doc.Kind);
    }

    [Fact]
    public void Spanish_factbox_heading_and_labels_are_read()
    {
        var doc = Parse("Mario Alberto Ruiz Pena fue un comandante del brazo armado de la familia Valle en el occidente de Honduras.",
            "Historia", "Ruiz Pena creció en una familia de ganaderos y se unió al clan cuando era adolescente, según la policía.",
            "Datos Mario Ruiz", "Fecha de nacimiento: 2 de mayo de 1970", "Grupo: Familia Valle");

        Assert.Equal(DocumentKind.PersonProfile, doc.Kind);
        Assert.Equal(["Fecha de nacimiento", "Grupo"], doc.Factbox.Select(f => f.Key));
        Assert.Equal("es", doc.Language);
    }

    [Fact]
    public void Profile_title_line_with_an_alias_is_kept_whole_and_names_the_subject_by_the_name_alone()
    {
        var doc = Parse("HomeHondurasMario Alberto Ruiz Pena", "HONDURAS", "Mario Alberto Ruiz Pena, alias ‘El Gordo’",
            PersonLead, "History", Second, "Prospects", Third);

        Assert.Equal("Mario Alberto Ruiz Pena, alias ‘El Gordo’", doc.Title);
        Assert.Equal("Mario Alberto Ruiz Pena", TitleDeriver.ProfileName(doc.Title!));
        Assert.False(doc.TitleDerived);
    }

    [Fact]
    public void Group_profile_is_told_by_a_plural_group_word_in_the_lead()
    {
        var doc = Parse("Los Cachorros is one of the two largest trafficking clans in western Honduras, with cells in three departments.",
            "History", Second, "Leadership", Third);

        Assert.Equal(DocumentKind.GroupProfile, doc.Kind);
        Assert.Equal("Los Cachorros", doc.Title);
    }

    [Fact]
    public void Person_profile_is_told_by_a_plural_person_word_in_the_lead()
    {
        var doc = Parse("Mario Ruiz Pena is one of the most wanted drug traffickers in Honduras, with a price of $5 million on his head.",
            "History", Second, "Leadership", Third);

        Assert.Equal(DocumentKind.PersonProfile, doc.Kind);
    }

    [Fact]
    public void Share_buttons_after_the_lead_do_not_hide_the_sections()
    {
        var doc = Parse(PersonLead, "share icon icon icon", "History", Second, "Prospects", Third);

        Assert.Equal(["History", "Prospects"], doc.Sections.Select(s => s.Heading));
    }

    [Theory]
    [InlineData("Renzo Tapia Huertas, known on the northern docks as \"Loro,\" commands the port crews.", "Renzo Tapia Huertas")]
    [InlineData("Los Muelleros, whom the police call the port cartel, move cocaine through Paita.", "Los Muelleros")]
    [InlineData("El Comando Fronterizo del Sur (CFS) es una organización armada que opera en Putumayo.", "Comando Fronterizo del Sur")]
    [InlineData("La Familia Serrana es una red de contrabando.", "La Familia Serrana")]
    public void A_headerless_profile_is_titled_by_its_subject(string lead, string title)
    {
        Assert.Equal(title, TitleDeriver.ProfileSubject(lead));
    }
}
