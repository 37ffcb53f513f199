using CrimeArchive.Import.Parsing;
using static CrimeArchive.Import.Tests.Parsing.Texts;

namespace CrimeArchive.Import.Tests.Parsing;

public class PageTypeTests
{
    [Fact]
    public void Tag_page_of_teasers_is_skipped()
    {
        var doc = SourceTextParser.Parse(string.Join("\n", "Investigation and Analysis of Organized Crime", "Home Tags Cachorros", "",
            "Cachorros", "", "Police guard a ranch in Copan", "", "Honduras Raids Clan Ranches",
            "", "Police raided a dozen ranches owned by the clan's front men in a sweep that...",
            "", "Clan Accountant Arrested in Miami", "", "The man kept the books of three trafficking families for more than...",
            "", "Guatemala Extradites Border Trafficker", "", "The trafficker moved cocaine through the Copan border crossing for..."));

        Assert.Equal(PageTypeDetector.ListingPage, doc.SkipReason);
    }

    [Fact]
    public void A_list_of_episodes_each_with_a_dated_row_is_skipped()
    {
        var doc = SourceTextParser.Parse(string.Join("\n", "Borderline Audio", "",
            "Our correspondents talk through the cases behind the week's reporting.", "",
            "Subscribe on: Podbay | Wavecast | RSS", "",
            "Episode 12 – The Salt Flats Smugglers", "41 min | 3 Feb 2020", "Two reporters retrace the route across the salt flats.", "Play episode", "",
            "Episode 11 – Prison Bosses of the Coast", "38 min | 27 Jan 2020", "How three inmates ran the port's rackets from their cells.", "Play episode", "",
            "Episode 10 – The Mayor and the Cartel", "45 min | 20 Jan 2020", "A town hall, a ledger and a missing million dollars.", "Play episode"));

        Assert.Equal(PageTypeDetector.ListingPage, doc.SkipReason);
    }

    [Fact]
    public void A_brief_over_a_list_of_dated_stories_is_not_skipped()
    {
        var doc = Parse(Lead, Second, "More from Honduras",
            "Clan Ranches Raided | 3 Feb 2020", "Accountant Arrested | 27 Jan 2020", "Trafficker Extradited | 20 Jan 2020");

        Assert.Null(doc.SkipReason);
    }

    [Fact]
    public void Teaser_listing_without_a_tag_header_is_skipped()
    {
        var doc = Parse("Honduras Raids Clan Ranches", "Police raided a dozen ranches owned by the clan's front men in a sweep that...",
            "Clan Accountant Arrested", "The man kept the books of three trafficking families for more than...",
            "Border Trafficker Extradited", "The trafficker moved cocaine through the Copan border crossing for...");

        Assert.Equal(PageTypeDetector.ListingPage, doc.SkipReason);
    }

    [Fact]
    public void Text_of_only_site_chrome_is_skipped()
    {
        var doc = Parse("share icon icon icon", "Was this content helpful?", "DONATE", "Related Content");

        Assert.Equal(PageTypeDetector.OnlyChrome, doc.SkipReason);
    }

    [Fact]
    public void A_sign_up_page_with_boxes_to_tick_is_skipped()
    {
        var doc = SourceTextParser.Parse(string.Join("\n", "Frontier Desk", "Home | Investigations | Profiles | About", "",
            "Únase a nuestras listas", "", "Reciba cada semana lo mejor de nuestra cobertura sobre el crimen en la región.", "",
            "[ ] Resumen semanal: lo más importante, cada viernes.", "[ ] Boletín Andino: Perú, Bolivia y Ecuador, dos veces al mes.", "",
            "Nombre", "", "Correo electrónico *", "", "SUSCRIBIRME", "", "© 2026 Frontier Desk"));

        Assert.Equal(PageTypeDetector.Newsletter, doc.SkipReason);
    }

    [Fact]
    public void A_sign_up_page_whose_boxes_were_lost_but_asks_for_consent_over_its_fields_is_skipped()
    {
        var doc = SourceTextParser.Parse(string.Join("\n", "Frontier Desk", "Home | Investigations | Profiles | About", "",
            "Join our mailing lists", "", "Choose the newsletters you would like to get:", "",
            "The Week on the Border – our editors' pick of the week's reporting, every Friday.", "",
            "Andes Brief – mining, coca and prisons in Peru, Bolivia and Ecuador, twice a month.", "",
            "First name", "", "Last name", "", "Email", "", "Country", "",
            "I accept the privacy policy and the processing of my personal data.", "", "SUBSCRIBE", "", "© 2026 Frontier Desk"));

        Assert.Equal(PageTypeDetector.Newsletter, doc.SkipReason);
    }

    [Fact]
    public void A_short_brief_under_its_authors_name_over_a_newsletter_form_is_not_skipped()
    {
        var doc = SourceTextParser.Parse(string.Join("\n", "Navy Seizes Fishing Boat Off Tumaco", "",
            "COLOMBIA / 3 MAR 2026 BY ANA VELARDE", "", Lead, "", Second, "",
            "Get our weekly newsletter", "", "First name", "", "Email", "", "Country", "",
            "I accept the privacy policy.", "", "SUBSCRIBE"));

        Assert.Null(doc.SkipReason);
    }

    [Fact]
    public void An_unsigned_brief_over_a_newsletter_form_that_asks_for_consent_is_not_skipped()
    {
        var doc = SourceTextParser.Parse(string.Join("\n", "Navy Seizes Fishing Boat Off Tumaco", "", Lead, "", Second, "",
            "Get our weekly newsletter", "", "First name", "", "Email", "", "Country", "",
            "I accept the privacy policy.", "", "SUBSCRIBE"));

        Assert.Null(doc.SkipReason);
    }

    [Fact]
    public void A_brief_with_bulleted_points_over_its_sites_newsletter_box_is_not_skipped()
    {
        var doc = SourceTextParser.Parse(string.Join("\n", Lead, "", Second, "",
            "■ Police seized two boats and a warehouse.", "■ Three officers were suspended.", "",
            "Get our weekly newsletter", "", "Email *", "", "SUBSCRIBE"));

        Assert.Null(doc.SkipReason);
    }

    [Fact]
    public void Newsletter_is_skipped()
    {
        var doc = Parse("InSight Crime Weekly Newsletter", Lead, Second, "You are receiving this email because you subscribed. Unsubscribe");

        Assert.Equal(PageTypeDetector.Newsletter, doc.SkipReason);
    }

    [Fact]
    public void Mailing_without_the_word_newsletter_in_its_masthead_is_skipped()
    {
        var doc = Parse("Crime Desk Weekly", "Open this email in your browser", Lead, Second,
            "You get this email because you subscribed on our site.", "Update your preferences or unsubscribe.");

        Assert.Equal(PageTypeDetector.Newsletter, doc.SkipReason);
    }

    [Fact]
    public void A_mailing_that_greets_its_readers_and_has_one_mailing_line_is_skipped()
    {
        var doc = Parse("Border Desk", "Hello readers,", Lead, "Smugglers Move Fuel Across the Lake", "Read more >",
            "Unsubscribe");

        Assert.Equal(PageTypeDetector.Newsletter, doc.SkipReason);
    }

    [Fact]
    public void A_mailing_whose_one_footer_line_holds_two_mailing_cues_is_skipped()
    {
        var doc = Parse("Border Desk", Lead, "Smugglers Move Fuel Across the Lake", "Read more >",
            "You get this email because you signed up on our site. Unsubscribe");

        Assert.Equal(PageTypeDetector.Newsletter, doc.SkipReason);
    }

    [Fact]
    public void A_newspaper_named_daily_whose_footer_offers_to_unsubscribe_is_no_mailing()
    {
        var doc = Parse("Harbour Daily", "Police Seize Rifles at the Wharf", Lead, Second, "Reciba nuestras noticias por correo. Puede darse de baja en cualquier momento.");

        Assert.Null(doc.SkipReason);
    }

    [Fact]
    public void An_article_whose_footer_offers_to_unsubscribe_is_no_mailing()
    {
        var doc = Parse(Lead, Second, "Sign up for our weekly brief. You can unsubscribe at any time.");

        Assert.Null(doc.SkipReason);
    }

    [Fact]
    public void Page_not_found_is_skipped()
    {
        var doc = SourceTextParser.Parse(string.Join("\n", "CrimeWatch – crimen organizado en las Américas", "Inicio  Noticias  Perfiles  Donar", "",
            "Error 404", "", "Página no encontrada", "", "Lo sentimos, la dirección que buscó no existe o fue cambiada de lugar.", "",
            "Vuelva a la portada o use el buscador.", "", "Lo más leído", "", "Capturan en Colombia al jefe de Los Robles",
            "", "Extraditan a un narco hondureño a Estados Unidos"));

        Assert.Equal(PageTypeDetector.ErrorPage, doc.SkipReason);
    }

    [Fact]
    public void A_headline_opening_with_404_is_no_error_page()
    {
        var doc = SourceTextParser.Parse(string.Join("\n", "404 Kilos of Cocaine Seized in Tumaco", "",
            "Colombian police seized 404 kilos of cocaine hidden in a fishing boat off the coast of Tumaco on Tuesday, the navy said."));

        Assert.Null(doc.SkipReason);
    }

    [Fact]
    public void A_page_about_the_site_itself_is_skipped()
    {
        var doc = SourceTextParser.Parse(string.Join("\n", "Home | Briefs | Profiles | Donate", "", "Quiénes somos", "",
            "Somos una fundación que investiga el crimen organizado en América Latina y publica reportajes y perfiles desde hace más de diez años.", "",
            "Nuestra misión", "", "Queremos informar el debate público sobre la seguridad con datos verificados y análisis independientes.", "",
            "Contacto", "", "Escríbanos a nuestro correo y le responderemos en dos días hábiles como máximo."));

        Assert.Equal(PageTypeDetector.SitePage, doc.SkipReason);
    }

    // The site's own sections under an article (a plea for support, how to reach the newsroom) close the
    // article; they do not make it a page about the site, date or no date.
    [Fact]
    public void A_headerless_article_above_the_sites_own_sections_is_not_skipped()
    {
        var doc = SourceTextParser.Parse(string.Join("\n",
            "Prosecutors in San Pedro Sula charged eleven members of a clique of the Barrio 18 with extorting bus drivers on four routes of the city.", "",
            "According to the indictment, the clique collected a weekly fee from each driver on the routes and burned two buses whose owners had refused to pay it last year.", "",
            "The clique's leader, who directed the collections by telephone from a prison cell in the city, was moved to a maximum-security jail after the raids on Tuesday.", "",
            "Support our work", "",
            "Independent reporting on organized crime takes time and money, and we depend on readers to pay for it every month.", "",
            "Contact us", "",
            "Write to our newsroom with tips, corrections or questions, and an editor will answer within two working days."));

        Assert.Null(doc.SkipReason);
    }

    // Two paragraphs of introduction above sections as long are still the site speaking of itself.
    [Fact]
    public void A_page_about_the_site_with_an_introduction_is_skipped()
    {
        const string Long = "We have spent ten years reporting on organized crime across the region, with reporters in six countries and editors who check every name, date and figure we publish.";
        var doc = SourceTextParser.Parse(string.Join("\n", "Ten years of reporting on crime", "", Long, "", Long, "",
            "Our mission", "", Long, "", "Our team", "", Long, "", "Contact us", "", Long));

        Assert.Equal(PageTypeDetector.SitePage, doc.SkipReason);
    }

    // Headings in the first person plural ("What we do", "How we are funded") are the site's own sections too.
    [Fact]
    public void A_page_about_the_site_under_headings_that_say_we_is_skipped()
    {
        const string Long = "Our reporters and editors follow the trafficking networks of the region and check every name, date and figure we publish.";
        var doc = SourceTextParser.Parse(string.Join("\n", "Home | Briefs | Profiles | About", "", "The newsroom", "",
            "What we do", "", Long, "", "How we are funded", "", Long, "", "Get in touch", "", Long, "", "© 2031 The Newsroom. All rights reserved."));

        Assert.Equal(PageTypeDetector.SitePage, doc.SkipReason);
    }

    // "About us" over "Who we are" is the page's title over its first section: the long paragraphs under them are
    // no article above the site's sections, even where the site's terms of reuse close one of them.
    [Fact]
    public void A_page_about_the_site_under_a_title_and_a_first_heading_is_skipped()
    {
        const string Long = "The newsroom was set up in 2012 by reporters who had followed the drug trade for years, and we have since built a team in four countries that checks every name, date and figure before it goes out, so that readers, students and judges can rely on what we publish about the networks.";
        var doc = SourceTextParser.Parse(string.Join("\n", "Home | News | Profiles | About", "", "About Us", "", "Who We Are", "", Long, "", Long, "",
            "What We Do", "", "We report. Our reporters follow the trafficking networks of the region and the officials who protect them.", "",
            "We check. Every story is read by two editors. You may reproduce our articles for non-commercial use, with credit to the newsroom.", "",
            "Contact", "", "Write to us with tips or corrections and an editor will answer within two days.", "", "© 2031 The Newsroom. All rights reserved."));

        Assert.Equal(PageTypeDetector.SitePage, doc.SkipReason);
    }

    // Two links one under the other over a headerless article are a menu, not a title over a section.
    [Fact]
    public void A_menu_of_two_site_links_over_an_article_does_not_make_a_site_page()
    {
        var doc = SourceTextParser.Parse(string.Join("\n", "About us", "Donate",
            "Prosecutors in Loja charged nine members of a gang with extorting bus drivers on four of the city's routes over the past two years.", "",
            "According to the indictment, the gang collected a weekly fee from each driver and burned two buses whose owners had refused to pay.", "",
            "Support our work", "", "Independent reporting on organized crime takes time and money, and we depend on readers to pay for it."));

        Assert.Null(doc.SkipReason);
    }

    [Fact]
    public void A_sign_in_page_is_skipped()
    {
        var doc = SourceTextParser.Parse(string.Join("\n", "Home | Briefs | Profiles | Donate", "", "Log in", "", "Username *", "Password *", "Remember me",
            "Log in", "Lost your password?", "", "Register",
            "Create an account to save articles and receive our investigations on organized crime in the Americas every week."));

        Assert.Equal(PageTypeDetector.LoginPage, doc.SkipReason);
    }

    [Fact]
    public void An_event_page_with_its_programme_and_sign_up_form_is_skipped()
    {
        var doc = SourceTextParser.Parse(string.Join("\n", "InicioEventosPresentación: El contrabando en los lagos del norte", "EVENTOS",
            "Presentación: El contrabando en los lagos del norte", "", "Fecha: martes 3 de marzo de 2031", "Hora: 10:00 a 12:00 (hora de Valdemora)",
            "Lugar: Biblioteca del Puerto, Valdemora, y transmisión en vivo", "",
            "Acompáñenos en la presentación de nuestra nueva investigación sobre el contrabando en los lagos de Perú, Bolivia y Chile.", "",
            "Programa", "10:00 Registro", "10:30 Palabras de bienvenida", "11:00 Panel: ¿Quién gana con el comercio del lago?", "11:45 Preguntas del público", "",
            "Inscríbase aquí", "Nombre", "Apellido", "Correo electrónico", "Organización", "ENVIAR", "",
            "Los cupos son limitados. El evento se transmitirá por nuestras redes sociales."));

        Assert.Equal(PageTypeDetector.EventPage, doc.SkipReason);
    }

    [Fact]
    public void A_webinar_page_with_its_speakers_and_a_register_button_is_skipped()
    {
        var doc = SourceTextParser.Parse(string.Join("\n", "Home | Briefs | Investigations | Events", "",
            "ONLINE TALK | 14 OCT 2031 | 4:00 PM", "", "Gold, Mercury and the River Crews",
            "Our researchers walk through two years of reporting on the dredges that work the rivers between Varela and Porto Fino, and answer questions from the audience.", "",
            "Speakers: Ana Kovac, field researcher; Tomas Rhee, data editor", "", "REGISTER", "Add to calendar", "",
            "Past events", "Prison gangs after the pandemic (recording available)", "The border economy in numbers (slides available)"));

        Assert.Equal(PageTypeDetector.EventPage, doc.SkipReason);
    }

    [Fact]
    public void A_brief_reporting_a_livestreamed_hearing_is_not_skipped()
    {
        var doc = SourceTextParser.Parse(string.Join("\n", "HomeNewsBriefJudge Hears Dredge Case Online", "BRIEF", "", "Judge Hears Dredge Case Online", "",
            "PERU / 14 OCT 2031 BY ANA KOVAC EN", "",
            "A judge in Varela heard the case against three dredge owners in a virtual session on 14 Oct at 4:00 PM, after the defence asked to keep the men in prison.", "",
            "Speakers at the hearing included the prosecutor and two lawyers for the owners, who said the dredges belonged to a cooperative and not to the Tejo crew.", "",
            "Register for our newsletter", "REGISTER"));

        Assert.Null(doc.SkipReason);
    }

    [Fact]
    public void A_short_brief_under_a_menu_of_events_with_a_newsletter_box_is_not_skipped()
    {
        var doc = SourceTextParser.Parse(string.Join("\n", "Home Events Investigations Analysis About", "", "Police Seize Cocaine in Tumaco", "",
            "Colombian police seized 404 kilos of cocaine hidden in a fishing boat off the coast of Tumaco on Tuesday, the navy said.", "",
            "The boat belonged to a network that works for the Clan del Golfo, according to prosecutors in the port city.", "",
            "Get our newsletter", "Name", "Email", "Country", "SUBSCRIBE"));

        Assert.Null(doc.SkipReason);
    }

    [Fact]
    public void A_brief_about_an_event_with_its_time_and_place_is_not_skipped()
    {
        var doc = SourceTextParser.Parse(string.Join("\n", "Police Seize Cocaine Before Tumaco Summit", "",
            "Colombian police seized 404 kilos of cocaine hidden in a fishing boat off the coast of Tumaco on Tuesday, two days before a regional security summit in the port.", "",
            "Date: 5 May 2031", "Place: Tumaco", "",
            "The boat belonged to a network that works for the Clan del Golfo, according to prosecutors in the port city, who said the crew had sailed from Ecuador.", "",
            "The summit will bring together ministers from Colombia, Ecuador and Peru to discuss maritime trafficking routes along the Pacific coast this week."));

        Assert.Null(doc.SkipReason);
    }

    [Fact]
    public void An_article_with_site_links_in_its_footer_is_not_skipped()
    {
        var doc = SourceTextParser.Parse(string.Join("\n", "Police Seize Cocaine in Tumaco", "",
            "Colombian police seized 404 kilos of cocaine hidden in a fishing boat off the coast of Tumaco on Tuesday, the navy said.", "",
            "The boat belonged to a network that works for the Clan del Golfo, according to prosecutors in the port city.", "",
            "About us", "", "Contact", "", "Privacy policy"));

        Assert.Null(doc.SkipReason);
    }

    [Fact]
    public void Article_is_not_skipped()
    {
        Assert.Null(Parse(Lead, Second, Third).SkipReason);
    }

    [Fact]
    public void Text_cut_off_mid_sentence_is_kept_with_a_warning()
    {
        var doc = Parse(Lead, Second, "Prosecutors say the clan moved cocaine from the Guatemalan border to the");

        Assert.Equal(3, doc.Body.Count);
        Assert.Contains(doc.Warnings, w => w.Contains("cut off", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_ending_in_an_ellipsis_is_warned_about()
    {
        var doc = Parse(Lead, Second, "Prosecutors say the clan moved cocaine from the Guatemalan border to the coast for…");

        Assert.Contains(doc.Warnings, w => w.Contains("cut off", StringComparison.Ordinal));
    }

    [Fact]
    public void Complete_text_has_no_cut_off_warning()
    {
        Assert.Empty(Parse(Lead, Second).Warnings);
    }

    [Fact]
    public void Article_followed_by_footer_teasers_is_not_skipped()
    {
        var doc = Parse(Lead, Second, "Was this content helpful?", "DONATE", "A judge freed three men accused of laundering…",
            "Police seized two tons of cocaine in a port in…", "The army says it has found a new airstrip near…");

        Assert.Null(doc.SkipReason);
    }
    [Fact]
    public void An_undated_article_under_a_menu_of_site_links_is_not_skipped()
    {
        var doc = SourceTextParser.Parse(string.Join("\n", "Home", "About us", "Contact", "Donate", "Search", "",
            "Police Seize Cocaine in Tumaco", "",
            "Colombian police seized 404 kilos of cocaine hidden in a fishing boat off the coast of Tumaco on Tuesday, the navy said.", "",
            "The boat belonged to a network that works for the Clan del Golfo, according to prosecutors in the port city.", "",
            "Who we are", "Our team", "Privacy policy"));

        Assert.Null(doc.SkipReason);
    }

    [Fact]
    public void An_article_under_sign_in_links_is_not_skipped()
    {
        var doc = SourceTextParser.Parse(string.Join("\n", "Log in", "Register", "Sign in", "", "Police Seize Cocaine in Tumaco", "",
            "Colombian police seized 404 kilos of cocaine hidden in a fishing boat off the coast of Tumaco on Tuesday, the navy said.", "",
            "The boat belonged to a network that works for the Clan del Golfo, according to prosecutors in the port city."));

        Assert.Null(doc.SkipReason);
    }

    [Fact]
    public void A_donation_page_with_its_tiers_is_a_page_about_the_site()
    {
        var doc = SourceTextParser.Parse(string.Join("\n", "Support our work", "",
            "Independent reporting on organized crime takes time, travel and lawyers, and we rely on readers to pay for it.", "",
            "Donate", "", "Ten dollars a month", "", "A monthly gift keeps a reporter in the field for a day and pays for the records we request.", "",
            "Support us", "", "One-off gift", "Any amount you choose helps us keep our archive of profiles free for everyone to read."));

        Assert.Equal(PageTypeDetector.SitePage, doc.SkipReason);
    }
    [Fact]
    public void A_paginated_index_of_teasers_with_read_more_links_is_a_listing_page()
    {
        var doc = SourceTextParser.Parse(string.Join("\n", "Home » Stories » Shorts", "", "Quick Reads", "", "Page 5 of 97", "",
            "Coast Guard Seizes Fishing Boat Off Atalaya", "NICARAGUA / 9 MAR 2015", "Officers boarded the vessel after a chase and found... Read more", "",
            "Belize Arrests Two in Arms Smuggling Case", "BELIZE / 8 MAR 2015", "Prosecutors say the weapons were bought in... Read more", "",
            "‹ Back  1 2 3 4 5 … 97  Forward ›"));

        Assert.Equal(PageTypeDetector.ListingPage, doc.SkipReason);
    }
}
