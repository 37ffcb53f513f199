using CrimeArchive.Import.Parsing;
using static CrimeArchive.Import.Tests.Parsing.Texts;

namespace CrimeArchive.Import.Tests.Parsing;

/// <summary>Chrome told by the lines around it: lines closed in by chrome, appeals over a button or a
/// list, captions over their credit, teasers beside their dateline, the author's biography.</summary>
public class ChromeNeighbourTests
{
    private static ParsedDocument ParseRaw(params string[] lines) => SourceTextParser.Parse(string.Join("\n", lines));

    [Fact]
    public void A_line_between_two_chrome_lines_is_chrome()
    {
        var doc = ParseRaw(Lead, "", Second, "", "Mail | Print | Share",
            "This series was paid for by a grant from a Nordic trust. The views in it are the site's own.",
            "© 2024 CrimeWatch. All rights reserved.");

        Assert.Equal([Lead, Second], doc.Body.Select(b => b.Text));
    }

    [Fact]
    public void A_line_between_chrome_and_the_end_of_the_file_is_chrome()
    {
        var doc = ParseRaw(Lead, "", Second, "", "Mail | Print | Share", "Questions about this story go to our standards desk.");

        Assert.Equal([Lead, Second], doc.Body.Select(b => b.Text));
    }

    [Theory]
    [InlineData("Nothing on this site sits behind a paywall, and gifts from readers are what keep it that way.", "CHIP IN")]
    [InlineData("Con tu ayuda seguimos investigando el crimen organizado en la región, sin muros de pago y sin fines de lucro.", "Haz tu aporte")]
    [InlineData("Somos un medio sin fines de lucro y con su donación seguimos publicando.", "APOYE NUESTRO TRABAJO")]
    [InlineData("Su aporte nos deja seguir en los puertos y las cárceles donde nadie más pregunta.", "DONE AQUÍ")]
    [InlineData("Our reporting is free to read. Keep it that way with a gift of any size.", "SUPPORT OUR WORK")]
    public void An_appeal_set_apart_between_a_feedback_question_and_its_button_is_chrome(string appeal, string button)
    {
        var doc = ParseRaw(Lead, "", Second, "", "¿Te resultó útil este perfil?", "", appeal, "", button, "", "Compartí esto:  WhatsApp  Threads");

        Assert.Equal([Lead, Second], doc.Body.Select(b => b.Text));
    }

    [Fact]
    public void A_closing_paragraph_that_thanks_readers_for_their_help_is_kept()
    {
        const string closing = "With your help, a local priest said, the families of the missing fishermen could finally bury their dead.";
        var doc = ParseRaw(Lead, "", Second, "", closing);

        Assert.Equal([Lead, Second, closing], doc.Body.Select(b => b.Text));
    }

    [Theory]
    [InlineData("Keep this archive of the drug trade open to every reader at no cost.")]
    [InlineData("Help us make these profiles better. Send corrections to the desk.")]
    [InlineData("Every comment waits for an editor before it goes up, so yours may take a day.")]
    [InlineData("¿Sabe algo más de este grupo? Escríbanos.")]
    public void A_note_to_the_reader_set_apart_after_the_last_paragraph_is_chrome(string note)
    {
        var doc = ParseRaw(Lead, "", Second, "", "Share:  f  x  in", "", note, "", "DONATE NOWMore on Honduras", "", "Ecuador Prison Riot Leaves Forty Dead");

        Assert.Equal([Lead, Second], doc.Body.Select(b => b.Text));
    }

    [Theory]
    [InlineData("Photo: Archive", "The police chief told us the search for the brothers would go on.")]
    [InlineData("Advertisement", "“You do what they say or you leave,” one resident said.")]
    [InlineData("Las extorsiones", "El grupo también cobra a los productores de plátanos de la región.")]
    public void A_short_last_paragraph_after_a_caption_or_a_heading_is_kept(string above, string last)
    {
        var doc = ParseRaw(Lead, "", Second, "", above, "", last, "", "Share:  f  x  in");

        Assert.Equal(last, doc.Body.Select(b => b.Text).Last());
    }

    [Fact]
    public void A_paragraph_followed_by_chrome_without_a_blank_line_is_kept()
    {
        var doc = ParseRaw(Lead, "", Second, "Mail | Print | Share", "", Third);

        Assert.Equal([Lead, Second, Third], doc.Body.Select(b => b.Text));
    }

    [Fact]
    public void A_long_paragraph_between_chrome_lines_is_kept()
    {
        var doc = ParseRaw(Lead, "", "Mail | Print | Share", Second + " " + Third, "Tags: Honduras, Valle family");

        Assert.Contains(Second + " " + Third, doc.Body.Select(b => b.Text));
    }

    [Theory]
    [InlineData("Reporting from the border costs money. Help us keep going.", "You might also like")]
    [InlineData("¿Conoce detalles de este caso? Envíenos un mensaje cifrado.", "Te recomendamos")]
    [InlineData("Respalde nuestras investigaciones con un aporte.", "Donar ahora →")]
    [InlineData("Enjoyed this? Quality reporting isn't cheap. Chip in today.", "GIVE")]
    public void An_appeal_to_the_reader_over_a_button_or_a_list_is_chrome(string appeal, string below)
    {
        var doc = ParseRaw(Lead, "", Second, "", appeal, below, "Ecuador Prison Riot Leaves Forty Dead");

        Assert.Equal([Lead, Second], doc.Body.Select(b => b.Text));
    }

    [Theory]
    [InlineData("Like our reporting? Join the weekly newsletter.")]
    [InlineData("Help fund our reporting — chip in today.")]
    [InlineData("Apoya el periodismo independiente: dona hoy.")]
    [InlineData("¿Te gusta lo que lees? Suscríbete a nuestro boletín.")]
    public void A_call_to_sign_up_or_give_between_paragraphs_is_chrome(string call)
    {
        var doc = ParseRaw(Lead, "", call, "", Second, "", Third);

        Assert.Equal([Lead, Second, Third], doc.Body.Select(b => b.Text));
    }

    [Theory]
    [InlineData("\"Join us or die,\" read the graffiti the gang left on the wall.")]
    [InlineData("Support for the gang has waned in the port since the arrests of last year.")]
    public void A_sentence_of_the_story_that_looks_like_a_call_is_kept(string line)
    {
        var doc = ParseRaw(Lead, "", line, "", Second);

        Assert.Equal([Lead, line, Second], doc.Body.Select(b => b.Text));
    }

    [Theory]
    [InlineData("Related:", "- Border Crews Widen Their Reach", "- How Pills Travel Inside Coffee Sacks")]
    [InlineData("Lee también:", "• Las rutas del puerto", "• El clan que compró un pueblo")]
    [InlineData("Lee también", "El clan que compró un pueblo", "Las lanchas del estuario, en la mira de la fiscalía")]
    public void A_box_of_links_under_its_label_in_the_text_is_chrome(string label, string first, string second)
    {
        var doc = ParseRaw(Lead, "", label, first, second, "", Second);

        Assert.Equal([Lead, Second], doc.Body.Select(b => b.Text));
    }

    [Fact]
    public void A_later_headline_of_a_links_box_may_hold_a_comma()
    {
        var doc = ParseRaw(Lead, "", Second, "", "Lee también", "El clan que compró un pueblo", "Las lanchas del estuario, en la mira de la fiscalía",
            "", "Usamos cookies para mejorar su experiencia. Aceptar");

        Assert.Equal([Lead, Second], doc.Body.Select(b => b.Text));
    }

    [Fact]
    public void A_closing_paragraph_over_a_list_that_asks_nothing_of_the_reader_is_kept()
    {
        const string last = "Su hermano, según la fiscalía, sigue prófugo y controla las rutas del sur desde entonces.";
        var doc = ParseRaw(Lead, "", Second, "", last, "Te recomendamos", "Ecuador Prison Riot Leaves Forty Dead");

        Assert.Equal([Lead, Second, last], doc.Body.Select(b => b.Text));
    }

    [Fact]
    public void An_appeal_glued_to_a_donation_button_goes_whole()
    {
        var doc = Parse(Lead, Second, "Our journalism is free for every reader.Apóyenos con una donación.DONAR");

        Assert.Equal([Lead, Second], doc.Body.Select(b => b.Text));
    }

    [Fact]
    public void A_caption_over_its_credit_line_is_dropped()
    {
        var doc = ParseRaw(Lead, "", "Vecinos del barrio durante la vigilia en la plaza.", "Foto: cortesía de la alcaldía", "", Second);

        Assert.Equal([Lead, Second], doc.Body.Select(b => b.Text));
    }

    [Fact]
    public void A_teaser_beside_its_dateline_is_dropped()
    {
        var doc = ParseRaw(Lead, "", Second, "", "Cae en Tacna una red de préstamos gota a gota", "PERU / 12 MAY 2021", "",
            "Police Find a Tunnel Under the Prison Wall", "BOLIVIA / 3 JUN 2021",
            "Guards say the diggers worked for months from a house across the road, moving the earth out at night…");

        Assert.Equal([Lead, Second], doc.Body.Select(b => b.Text));
    }

    [Fact]
    public void A_tag_line_with_no_paragraph_after_it_opens_the_footer()
    {
        var doc = Parse(Lead, Second, "Tags: Peru, Extortion", "A shorter version of this piece ran in the Sunday edition.");

        Assert.Equal([Lead, Second], doc.Body.Select(b => b.Text));
    }

    [Theory]
    [InlineData("Tags")]
    [InlineData("Etiquetas")]
    public void A_tag_heading_over_one_label_a_line_ends_the_text(string heading)
    {
        var doc = ParseRaw(Lead, "", Second, "", heading, "Nicaragua", "Cattle Theft", "Extortion");

        Assert.Equal([Lead, Second], doc.Body.Select(b => b.Text));
        Assert.Empty(doc.Warnings);
    }

    [Fact]
    public void A_tag_heading_with_a_paragraph_after_it_is_no_ending()
    {
        var doc = ParseRaw(Lead, "", "Topics", "", Second);

        Assert.Equal([Lead, Second], doc.Body.Select(b => b.Text));
    }

    [Fact]
    public void A_tag_line_with_paragraphs_after_it_drops_only_itself()
    {
        const string shortLine = "The gang answered with a wave of killings.";
        var doc = Parse(Lead, "Tags: Peru, Extortion", shortLine, Second);

        Assert.Equal([Lead, shortLine, Second], doc.Body.Select(b => b.Text));
    }

    [Fact]
    public void A_comment_count_ends_the_article()
    {
        var doc = Parse(Lead, Second, "2 COMMENTS", "Nice work. You should look into the mayor next, he knows everyone.", "Reply");

        Assert.Equal([Lead, Second], doc.Body.Select(b => b.Text));
    }

    [Fact]
    public void The_authors_biography_is_found_whatever_the_case_and_the_apostrophes()
    {
        var doc = ParseRaw("Police Seize a Cocaine Sub Near Tumaco", "Written by NURIA D'ALESSIO | March 4, 2021", "", Lead, "", Second, "",
            "Nuria D’Alessio works from Arequipa as an analyst, following illegal logging for the site.",
            "She has covered the Amazon since 2015.", "Tags: Peru, Logging", "", "Most Read");

        Assert.Equal([Lead, Second], doc.Body.Select(b => b.Text));
    }

    [Fact]
    public void A_paragraph_about_someone_else_after_the_bio_name_is_kept()
    {
        const string line = "Officers said she has not been seen since the raid on the ranch.";
        var doc = ParseRaw("Police Seize a Cocaine Sub Near Tumaco", "Written by Lena Torvik | March 4, 2021", "", Lead, "", line, "", Second);

        Assert.Equal([Lead, line, Second], doc.Body.Select(b => b.Text));
    }
    [Fact]
    public void A_comment_thread_heading_ends_the_article()
    {
        var doc = Parse(Lead, Second, "3 thoughts on “Police Seize a Cocaine Sub”", "Tom B.", "June 2, 2018 at 9:05 pm",
            "Thanks for this. My uncle says the same thing.", "Reply");

        Assert.Equal([Lead, Second], doc.Body.Select(b => b.Text));
    }

    [Fact]
    public void Short_lines_after_the_last_paragraph_closed_in_by_chrome_are_dropped()
    {
        var doc = ParseRaw(Lead, "", Second, "", "Leave a Reply Cancel reply", "Comment *", "Name *", "Email *", "Website",
            "Save my name, email, and website in this browser for the next time I comment.", "Post Comment");

        Assert.Equal([Lead, Second], doc.Body.Select(b => b.Text));
    }

    [Fact]
    public void An_ad_label_glued_in_mid_article_does_not_open_the_footer()
    {
        const string shortLine = "The gang answered with a wave of killings.";
        var doc = Parse(Lead, "Two of the men named in the indictment remain at large.Advertisement", shortLine, Second);

        Assert.Equal([Lead, "Two of the men named in the indictment remain at large.", shortLine, Second], doc.Body.Select(b => b.Text));
    }

    [Fact]
    public void A_pull_quote_that_repeats_a_quote_of_the_text_is_dropped()
    {
        const string quoted = "\"You pay or you close. Nobody asks twice,\" said a shopkeeper in the market, who asked not to be named for fear of reprisals.";
        var doc = Parse(Lead, "“You pay or you close. Nobody asks twice.”", quoted, Second);

        Assert.Equal([Lead, quoted, Second], doc.Body.Select(b => b.Text));
    }

    [Fact]
    public void A_quoted_paragraph_with_nothing_to_introduce_or_attribute_it_is_a_pull_quote()
    {
        var doc = Parse(Lead, "“We will not negotiate with criminals, not now and not ever.”", Second);

        Assert.Equal([Lead, Second], doc.Body.Select(b => b.Text));
    }

    [Fact]
    public void A_spanish_pull_quote_closed_before_its_stop_is_dropped()
    {
        var doc = Parse(Lead, "“Sin contadores, la banda no puede pagar la nómina”.", Second);

        Assert.Equal([Lead, Second], doc.Body.Select(b => b.Text));
    }

    [Fact]
    public void A_quoted_paragraph_the_one_before_introduces_is_kept()
    {
        const string intro = "The governor answered the gang's demands in a statement read on the radio:";
        const string quote = "“We will not negotiate with criminals, not now and not ever.”";
        var doc = Parse(Lead, intro, quote, Second);

        Assert.Equal([Lead, intro, quote, Second], doc.Body.Select(b => b.Text));
    }

    [Fact]
    public void Quoted_paragraphs_of_an_exchange_are_kept()
    {
        const string asked = "“Who pays the police here?”";
        const string answered = "“Everyone does.”";
        var doc = Parse(Lead, asked, answered, Second);

        Assert.Equal([Lead, asked, answered, Second], doc.Body.Select(b => b.Text));
    }
}
