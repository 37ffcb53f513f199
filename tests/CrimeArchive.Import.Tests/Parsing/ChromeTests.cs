using CrimeArchive.Import.Parsing;
using static CrimeArchive.Import.Tests.Parsing.Texts;

namespace CrimeArchive.Import.Tests.Parsing;

public class ChromeTests
{
    [Theory]
    [InlineData("Both gangs can share the work of their hitmen, according to sources in the port prosecutor's office, and Los Grillos pay for it.")]
    [InlineData("Why did Los Zorzales attack Los Grillos? Leave aside the money: it was about the port of Paita.")]
    [InlineData("Did this arrest help the police break the Grillos' hold on the port?")]
    [InlineData("¿Por qué les interesa tanto a los carteles el puerto de Manzanillo?")]
    [InlineData("Did the help the state promised ever reach you?")]
    [InlineData("Customs agents found cocaine hidden in boxes of cookies bound for Spain, and the courier agreed to cooperate.")]
    public void Prose_that_shares_words_with_a_notice_or_a_reader_call_is_kept(string paragraph)
    {
        var doc = Parse(Lead, paragraph, Second);

        Assert.Equal([Lead, paragraph, Second], doc.Body.Select(b => b.Text));
    }

    [Theory]
    [InlineData("SEE ALSO: Honduras News and Profiles")]
    [InlineData("VEA TAMBIÉN: Perfil de Honduras")]
    [InlineData("[See InSight Crime's profile of the Valle family]")]
    [InlineData("Read more of our Honduras coverage >")]
    [InlineData("HondurasMap2")]
    [InlineData("3HomicideChart2012")]
    [InlineData("(Graphic courtesy of the Attorney General's Office)")]
    [InlineData("SHARETweet about this on TwitterShare on FacebookShare on LinkedIn")]
    [InlineData("Tags: Honduras, Valle family")]
    [InlineData("Print")]
    [InlineData("Read more: Honduras profile")]
    [InlineData("SEE ALSO Coverage of the Valle family")]
    [InlineData("¿Te resultó útil este contenido?")]
    [InlineData("¿Le sirvió esta nota?")]
    [InlineData("¿Te sirvió este contenido?Apóyanos con una donación mensual.")]
    [InlineData("¿Qué piensas? Haz clic aquí para enviar tus comentarios a InSight Crime.")]
    [InlineData("Apóyenos con una donación.DONAR¿Qué opina? Escríbanos sus comentarios.")]
    [InlineData("¿Le sirvió esta nota?Apóyenos con una donación.DONAR¿Qué opina? Escríbanos sus comentarios.")]
    [InlineData("What are your thoughts? Click here to send us your comments.")]
    [InlineData("¿Qué le pareció este reportaje? Pulse en este enlace y déjenos su comentario.")]
    [InlineData("Did this story leave you with questions? Leave a note for our editors below.")]
    [InlineData("¿Fue útil este contenido?")]
    [InlineData("¿Este artículo te resultó útil?")]
    [InlineData("Was this article useful?")]
    [InlineData("Send")]
    [InlineData("Enviar")]
    [InlineData("Enter your e-mail")]
    [InlineData("smuggling routes chart 2019")]
    [InlineData("Mail | Print | Share")]
    [InlineData("Comparta este perfil  |  Imprimir  |  Enviar por correo")]
    [InlineData("Share this: Twitter, Facebook, Email")]
    [InlineData("Comparta esta noticia")]
    [InlineData("Comparte este artículo con tus contactos")]
    [InlineData("Perfiles relacionados: Los Cóndores · Belice · Guatemala")]
    [InlineData("Related profiles: The Herons | Los Lobos | Haiti")]
    [InlineData("CrimeWatch | Profiles | Jamaica | Haiti | Caribbean")]
    [InlineData("We use cookies to improve your visit. Learn more | Accept")]
    [InlineData("Este sitio utiliza cookies propias y de terceros. Si continúa navegando, acepta su uso. Aceptar")]
    [InlineData("© 2021 CrimeWatch. All rights reserved.")]
    [InlineData("CrimeWatch © 2022 Todos los derechos reservados")]
    [InlineData("Newsletter: Get our weekly round-up on crime in the Andes. SUBSCRIBE")]
    [InlineData("Reciba nuestro boletín todos los viernes")]
    [InlineData("Get our monthly briefing on crime along the Pacific coast. Sign up")]
    [InlineData("CrimeWatch – Investigación y análisis del crimen organizado")]
    [InlineData("Comments are closed.")]
    [InlineData("Powered by TalkBoxPro")]
    [InlineData("« Previous: Police Raid a Prison in the North")]
    [InlineData("Read next: The Slow Decline of the Coastal Clans →")]
    [InlineData("Spotted an error? Write to our editors and we will correct it.")]
    [InlineData("Follow her on Twitter: @lena_t")]
    [InlineData("______")]
    [InlineData("Imprimir  Enviar por correo  Compartir")]
    [InlineData("Graffiti on a wall in Puerto Azul. Photo: courtesy of local reporters")]
    [InlineData("Apoye el periodismo independiente sobre el crimen organizado. DONAR AHORA")]
    [InlineData("Difundir Mastodon Bluesky Reddit")]
    [InlineData("COMPARTIRTuitear esto en RedBirdCompartir en FaceNet")]
    [InlineData("Difunde en:  Mastodon  Bluesky  Instagram")]
    [InlineData("Compartí esto:  WhatsApp  Threads")]
    [InlineData("Difundí:  Telegram  Bluesky")]
    [InlineData("Compártala:  Facebook  Telegram  Bluesky")]
    [InlineData("Share on Facebook, Reddit, WhatsApp")]
    [InlineData("OK")]
    [InlineData("Aceptar todo")]
    [InlineData("Topics: Arms Trafficking, Uruguay, Rivera")]
    [InlineData("Dossiers > Uruguay > Wendy Castañón Ibáñez")]
    [InlineData("Have the week's top crime stories sent straight to your email.Join")]
    [InlineData("Save this report (PDF)")]
    [InlineData("Volver a Perfiles de Uruguay")]
    [InlineData("Marines lead the suspect to a patrol boat after his capture (Photo: Navy press office)")]
    [InlineData("Citation: CrimeWatch, “The Delta Front (DF),” 3 May 2020.")]
    [InlineData("How to cite this profile: CrimeWatch, “Los Halcones,” updated March 2021.")]
    [InlineData("2. Cartels Clash for the Northern Ports — 3 MAR 2021")]
    [InlineData("Cookies help us and selected partners tailor ads and count visits.")]
    [InlineData("Los Halcones del Valle ›")]
    [InlineData("Reading us is free. Help us stay open. Give monthly →")]
    [InlineData("← Part 1: The Cocaine Ports")]
    [InlineData("Part 2 of 3: The River Wars")]
    [InlineData("Foto: cortesía de la alcaldía")]
    [InlineData("Never lose track of the story. Register today.")]
    [InlineData("Rosas (right) is led into court in handcuffs. Photo courtesy of the prosecutor's office")]
    [InlineData("Soldiers search a truck near the border in March 2021.Credit...Ana Ruiz for the Herald")]
    [InlineData("A police officer guards the port. Photograph: Juan Pérez for the Herald")]
    [InlineData("[1/3] Soldiers guard the wharf after the raid in Puerto Cortés")]
    [InlineData("The accused in a photograph released by the police on Monday. National Police/Handout via Wire")]
    [InlineData("Editor's note: This story was updated to correct the number of arrests, which was four, not five.")]
    [InlineData("Corrección (5 de junio de 2021): en este texto se corrigió la fecha de la audiencia.")]
    [InlineData("A version of this article appears in print on June 3, 2021, Section A, Page 8 of the New York edition.")]
    [InlineData("The views expressed in this piece are the author's own and do not necessarily reflect those of the institute.")]
    [InlineData("Te puede interesar: Capturan a dos policías en la frontera")]
    [InlineData("Save my name, email, and website in this browser for the next time I comment.")]
    [InlineData("March 9, 2021")]
    [InlineData("The views in this column are those of the author and no one else.")]
    [InlineData("Las opiniones expresadas en esta columna son responsabilidad del autor.")]
    [InlineData("¿Te interesa este tema? Recibe nuestro boletín semanal sobre seguridad.")]
    [InlineData("No pierda el hilo de la historia. Regístrese gratis.")]
    [InlineData("Did this explainer help you follow the fight over the ports?")]
    [InlineData("¿Le fue de ayuda este reportaje?")]
    [InlineData("Comparte esta nota¿Te sirvió esta información?")]
    [InlineData("Our pages rely on cookies. Staying on them means you agree to their use.")]
    public void Chrome_line_inside_the_body_is_dropped(string chrome)
    {
        var doc = Parse(Lead, chrome, Second);

        Assert.Equal([Lead, Second], doc.Body.Select(b => b.Text));
    }

    [Theory]
    [InlineData("Ayúdanos a sostener el archivo más grande sobre el crimen en las Américas.")]
    [InlineData("Help us sustain the largest open archive on organized crime in the region.")]
    [InlineData("Did you find this report worthwhile? Let us know.")]
    [InlineData("¿Le sirvió esta nota? Escríbanos aquí con sus opiniones.")]
    [InlineData("Did this story help you?Yes / NoSHARE THIS STORYFacebookXTelegram")]
    [InlineData("Otras historias de la semana")]
    [InlineData("Was this useful?Back independent reporting on the drug trade.")]
    [InlineData("Did you find this helpful?Support independent reporting on the border.")]
    public void A_donation_plea_opens_the_footer(string line)
    {
        Assert.Equal(ChromeKind.Footer, ChromeFilter.Classify(line));
    }

    [Theory]
    [InlineData("Ayúdanos a entender: ¿quién manda hoy en el puerto?")]
    [InlineData("Haiti – a state held hostage by organized crime")]
    [InlineData("404 Kilos of Cocaine Seized in Tumaco")]
    [InlineData("The cell copied the content of official seals, according to sources in the prosecutor's office.")]
    [InlineData("Investigators said the network reproduced the articles of incorporation of a dozen firms to launder money.")]
    [InlineData("Who ordered the killing? Prosecutors say they do not know yet.")]
    public void A_subhead_like_a_notice_is_no_chrome(string line)
    {
        Assert.Equal(ChromeKind.None, ChromeFilter.Classify(line));
    }

    [Fact]
    public void The_pitch_above_a_donate_button_is_footer()
    {
        var doc = Parse(Lead, Second, "Covering trafficking networks takes time and resources. Help fund us now.", "DONATE");

        Assert.Equal([Lead, Second], doc.Body.Select(b => b.Text));
    }

    [Theory]
    [InlineData("Return to Uruguay dossiers")]
    [InlineData("Subjects: Arms, Rivera")]
    [InlineData("Did this help?Yes / No")]
    public void Links_and_labels_after_the_last_paragraph_are_dropped(string line)
    {
        var doc = Parse(Lead, Second, line);

        Assert.Equal([Lead, Second], doc.Body.Select(b => b.Text));
    }

    [Fact]
    public void A_last_paragraph_cut_off_mid_sentence_is_kept()
    {
        const string cut = "The prosecutor said the two brothers had moved the cocaine through the port of";
        var doc = Parse(Lead, Second, cut);

        Assert.Equal([Lead, Second, cut], doc.Body.Select(b => b.Text));
    }

    [Fact]
    public void A_newsletter_promotion_in_mid_article_does_not_end_it()
    {
        var doc = Parse(Lead, "Newsletter: Get our weekly round-up on crime in the Andes. SUBSCRIBE", "The gang answered with a wave of killings.", Second);

        Assert.Equal([Lead, "The gang answered with a wave of killings.", Second], doc.Body.Select(b => b.Text));
    }

    [Fact]
    public void A_newsletter_box_after_the_article_is_dropped_with_its_heading_and_prompt()
    {
        var doc = Parse(Lead, Second, "Keep updated", "Sign up for our Friday bulletin on security in the region",
            "Receive our Friday digest on crime and politics in your mailbox.", "Enter your e-mail", "SUBSCRIBE");

        Assert.Equal([Lead, Second], doc.Body.Select(b => b.Text));
    }

    [Theory]
    [InlineData("chart of the network")]
    [InlineData("Paraguay timber seizures graph 2016-2021")]
    [InlineData("homicides per hundred thousand people in the three coastal provinces since the truce")]
    public void Alt_text_glued_to_a_paragraph_is_cut_after_the_full_stop(string alt)
    {
        var doc = Parse(Lead, "Two of the men named in the indictment remain at large." + alt, Second);

        Assert.Equal("Two of the men named in the indictment remain at large.", doc.Body[1].Text);
    }

    [Theory]
    [InlineData("Two of the men named in the indictment remain at large.\"Photo: National Police (PN)", "Two of the men named in the indictment remain at large.\"")]
    [InlineData("Dos de los hombres siguen prófugos en la frontera.(Foto: Ejército)", "Dos de los hombres siguen prófugos en la frontera.")]
    public void A_photo_credit_glued_after_the_full_stop_is_cut(string paragraph, string kept)
    {
        var doc = Parse(Lead, paragraph, Second);

        Assert.Equal(kept, doc.Body[1].Text);
    }

    [Theory]
    [InlineData("Sign up for our weekly digest… SUBSCRIBE")]
    [InlineData("CrimeWatch is a nonprofit organization dedicated to the study of organized crime in the Americas.")]
    [InlineData("Content licensed under Creative Commons Attribution-NonCommercial 4.0, 2018")]
    [InlineData("Le animamos a difundir nuestras notas sin fines de lucro, siempre que mencione la fuente con un enlace al texto original.")]
    [InlineData("You are welcome to republish our stories for free, provided you credit CrimeWatch and link back to the original.")]
    [InlineData("Readers may share our work for non-commercial ends, as long as they credit the site and link back.")]
    [InlineData("Writer bio: Jonas Whitfield covers the southern Andes for the site from Cuenca.")]
    [InlineData("About the author: Rosa Ibáñez reports on the border from Tacna.")]
    [InlineData("Sobre el autor: Tomás Ruiz es periodista y vive en Tegucigalpa desde 2010.")]
    public void A_site_blurb_after_the_article_starts_the_footer(string blurb)
    {
        var doc = Parse(Lead, Second, blurb, "Our team", "Contact");

        Assert.Equal([Lead, Second], doc.Body.Select(b => b.Text));
    }

    [Theory]
    [InlineData("Comentarios (2)")]
    [InlineData("Deja una respuesta")]
    [InlineData("Leave a reply")]
    [InlineData("Related articles:")]
    public void A_comment_section_or_related_list_ends_the_article(string label)
    {
        var doc = Parse(Lead, Second, label, "Marta R. — 3 abril, 2019 a las 10:05", "¿Y quién controla ahora el puerto?", "Responder");

        Assert.Equal([Lead, Second], doc.Body.Select(b => b.Text));
    }

    [Theory]
    [InlineData("Like this:")]
    [InlineData("Loading...")]
    [InlineData("Facebook Telegram WhatsApp Correo")]
    [InlineData("Share this article:FacebookRedditNewsletter sign-up")]
    public void A_share_widgets_leftovers_are_dropped(string line)
    {
        var doc = Parse(Lead, line, Second);

        Assert.Equal([Lead, Second], doc.Body.Select(b => b.Text));
    }

    [Fact]
    public void A_newsletter_pitch_above_its_email_field_is_dropped()
    {
        var doc = Parse(Lead, "Don't fall behind: get our Tuesday digest in your inbox.", "Email address", Second);

        Assert.Equal([Lead, Second], doc.Body.Select(b => b.Text));
    }

    [Fact]
    public void An_author_box_ends_the_article()
    {
        var doc = Parse(Lead, Second, "About the authors",
            "Lena Torvik covers the Andes from Quito and has reported on the cocaine trade for ten years, mostly for regional outlets.");

        Assert.Equal([Lead, Second], doc.Body.Select(b => b.Text));
    }

    [Fact]
    public void The_authors_biography_at_the_end_is_dropped_without_a_heading()
    {
        var doc = SourceTextParser.Parse(string.Join("\n", "Police Seize a Cocaine Sub Near Tumaco", "Written by Lena Torvik | March 4, 2021", "", Lead, "", Second, "",
            "Lena Torvik", "", "Lena Torvik covers the Andes from Quito and has reported on the cocaine trade for ten years, mostly for regional outlets."));

        Assert.Equal([Lead, Second], doc.Body.Select(b => b.Text));
    }

    [Fact]
    public void A_newsletter_box_in_mid_article_goes_with_its_pitch()
    {
        var doc = Parse(Lead, "NEWSLETTER", "The week's investigations in your inbox every Friday, free of charge.", Second);

        Assert.Equal([Lead, Second], doc.Body.Select(b => b.Text));
    }

    [Fact]
    public void A_capitalized_alt_text_naming_a_map_is_cut_after_the_full_stop()
    {
        var doc = Parse(Lead, "Two of the men named in the indictment remain at large.RVX Sierra Norte map", Second);

        Assert.Equal("Two of the men named in the indictment remain at large.", doc.Body[1].Text);
    }

    [Theory]
    [InlineData("Most Read")]
    [InlineData("Lo más leído")]
    [InlineData("Te puede interesar")]
    public void A_most_read_box_after_the_article_is_dropped_with_its_headlines(string label)
    {
        var doc = Parse(Lead, Second, label, "Ecuador Prison Riot Leaves Forty Dead", "Gold Mines Fuel a New Gang War in the South",
            "Sign up for our newsletter to get the latest investigations", "© 2024 All rights reserved");

        Assert.Equal([Lead, Second], doc.Body.Select(b => b.Text));
    }

    [Fact]
    public void Words_glued_after_a_full_stop_past_fifteen_are_kept_as_prose()
    {
        const string paragraph = "Two of the men named in the indictment remain at large.the rest of this long run of words was "
            + "kept because no picture's alt text goes on for as long as this one does";
        var doc = Parse(Lead, paragraph, Second);

        Assert.Equal(paragraph, doc.Body[1].Text);
    }

    [Fact]
    public void Alt_text_glued_to_a_pointer_in_parentheses_is_cut_after_it()
    {
        var doc = Parse(Lead, "Seizures at the two ports fell by half after the raids (see chart below)seizures by port and year chart", Second);

        Assert.Equal("Seizures at the two ports fell by half after the raids (see chart below)", doc.Body[1].Text);
    }

    [Theory]
    [InlineData("More than forty people have died in the port since the truce ended (see the graph below).", "killings puerto lindo 2017 2020 chart")]
    [InlineData("La mayoría de las víctimas eran jóvenes (ver el mapa).", "mapa de rutas río bermejo 2019")]
    [InlineData("El fiscal llamó al caso «una advertencia».", "mapa de rutas del norte")]
    [InlineData("The route was first used by smugglers in the 1990s.", "harbour night flights chart")]
    public void Alt_text_glued_after_a_stop_behind_a_parenthesis_or_quote_is_cut(string sentence, string alt)
    {
        var doc = Parse(Lead, sentence + alt, Second);

        Assert.Equal(sentence, doc.Body[1].Text);
    }

    [Fact]
    public void An_initial_before_a_stop_glued_to_a_lower_case_word_is_no_alt_text()
    {
        const string sentence = "The shipment was seized by U.S.based agents in the port.";
        var doc = Parse(Lead, sentence, Second);

        Assert.Equal(sentence, doc.Body[1].Text);
    }

    [Fact]
    public void Footer_with_lost_line_breaks_does_not_reach_the_body()
    {
        var doc = SourceTextParser.Parse(string.Join("\n", Lead, Second,
            "Was this content helpful?",
            "We want to sustain Latin America’s largest organized crime database, but in order to do so, we need resources.",
            "DONATEWhat are your thoughts? Click here to send InSight Crime your comments.",
            "DONATELatest News",
            "Related Content",
            "A judge in Tegucigalpa freed three men accused of laundering money for the…"));

        Assert.Equal([Lead, Second], doc.Body.Select(b => b.Text));
    }

    [Fact]
    public void Related_content_teasers_and_the_about_footer_are_cut()
    {
        var doc = Parse(Lead, "InSight Crime Analysis", Second, "share icon icon icon", "Was this content helpful?", "DONATE",
            "We encourage readers to copy and distribute our work for non-commercial purposes, with attribution to InSight Crime in the byline.",
            "Related Content", "GUATEMALA / 4 FEB 2022", "Prosecutors say a mayor took bribes from a trafficking ring on the coast…",
            "About InSight Crime", "THE ORGANIZATION", "Our Coverage Is Cited Widely", "2 JUN 2023",
            "Our reporting on prisons in Honduras has been cited by many regional news outlets in the past month.");

        Assert.Equal([Lead], doc.Body.Select(b => b.Text));
        Assert.Equal([Second], doc.Analysis.Select(b => b.Text));
    }

    [Fact]
    public void Photo_caption_inside_the_body_is_dropped()
    {
        var doc = Parse(Lead, "Soldiers guard a burned truck near the border", Second);

        Assert.Equal([Lead, Second], doc.Body.Select(b => b.Text));
    }

    [Fact]
    public void Analysis_heading_splits_body_from_analysis()
    {
        var doc = Parse(Lead, Second, "InSight Crime Analysis", Third);

        Assert.Equal(2, doc.Body.Count);
        Assert.Equal([Third], doc.Analysis.Select(b => b.Text));
    }

    [Fact]
    public void Spanish_analysis_heading_splits_the_analysis()
    {
        var doc = Parse(Lead, "Análisis de InSight Crime", Third);

        Assert.Equal([Third], doc.Analysis.Select(b => b.Text));
    }

    [Fact]
    public void Teasers_after_the_footer_are_dropped_even_without_a_related_content_heading()
    {
        var doc = Parse(Lead, Second, "Was this content helpful?", "GUATEMALA / 12 MAY 2014",
            "Prosecutors say a port official in Puerto Barrios took bribes from a trafficking cell for at least three years running.",
            "A judge in the capital has freed three men accused of laundering money for the clan through a chain of…");

        Assert.Equal([Lead, Second], doc.Body.Select(b => b.Text));
    }

    [Fact]
    public void Footer_glued_to_the_last_paragraph_is_cut_off()
    {
        var doc = Parse(Lead, Second + "Was this content helpful?DONATE", "Related Content",
            "A judge in the capital has freed three men accused of laundering money for the clan through a chain of…");

        Assert.Equal([Lead, Second], doc.Body.Select(b => b.Text));
    }

    [Theory]
    [InlineData("Apóyenos con una donación.DONAR¿Qué opina? Escríbanos sus comentarios.")]
    // Markers written outside ASCII alone, with none of the ASCII ones.
    [InlineData("¿Te sirvió esta nota?")]
    [InlineData("Apóyanos con una donación mensual.")]
    public void Spanish_footer_glued_to_the_last_paragraph_is_cut_off(string footer)
    {
        var doc = Parse(Lead, Second + footer);

        Assert.Equal([Lead, Second], doc.Body.Select(b => b.Text));
    }

    [Fact]
    public void List_items_inside_the_body_are_kept()
    {
        var doc = Parse(Lead, "The report lists three findings:", "- Homicides rose by a fifth", "- Two clans split", Second);

        Assert.Equal(5, doc.Body.Count);
    }

    [Fact]
    public void Sentence_opening_with_see_also_words_is_kept()
    {
        var line = "See also how the clan paid off the police in Copan, according to a prosecutor who worked on the case.";
        var doc = Parse(Lead, line, Second);

        Assert.Contains(line, doc.Body.Select(b => b.Text));
    }

    [Theory]
    [InlineData("Know more about this gang? Write to our investigations desk.")]
    [InlineData("¿Tiene información sobre esta red? Escríbanos.")]
    public void A_request_for_tips_is_chrome(string line)
    {
        Assert.Equal(ChromeKind.Line, ChromeFilter.Classify(line));
    }

    [Theory]
    [InlineData("Subscribe to our weekly briefRelated Content")]
    [InlineData("Share this profileRelated Content")]
    public void Chrome_glued_to_the_related_box_closes_the_article(string line)
    {
        Assert.Equal(ChromeKind.End, ChromeFilter.Classify(line));
    }
}
