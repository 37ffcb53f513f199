using System.Text.RegularExpressions;
using CrimeArchive.Import.Text;

namespace CrimeArchive.Import.Parsing;

/// <summary>Recognises texts that read fine but are not an article or a profile.</summary>
public static partial class PageTypeDetector
{
    public const string ListingPage = "a tag or section page listing teasers of other articles, not an article";
    public const string Newsletter = "a newsletter, not an article";
    public const string OnlyChrome = "only site chrome, no article text";
    public const string ErrorPage = "an error page (page not found), not an article";
    public const string LoginPage = "a sign-in page, not an article";
    public const string SitePage = "a page about the site itself (who we are, contact, policies), not an article";
    public const string EventPage = "an event announcement (when and where, agenda, sign-up form), not an article";

    private const int HeaderLines = 10;
    private const int RealParagraphWords = 25;

    public static string? SkipReason(IReadOnlyList<SourceLine> lines, DocumentHeader header)
    {
        if (header.ListingPage)
            return ListingPage;
        int teasers = 0, paragraphs = 0, siteSections = 0, datelinesBeforeText = 0, datedRows = 0;
        var paragraphsAboveSiteSections = -1;
        var footer = false;
        var pageCounter = false;
        var previousDated = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            // Teasers after the footer starts belong to the footer's related-content list. The site's
            // own blurb starts a footer too, but on a page about the site it is the text itself.
            footer |= line.Chrome is ChromeKind.End or ChromeKind.Footer;
            // "Who we are" over a paragraph: a section of a page about the site. A heading among other
            // such links ("About us", "Contact", "Donate" one under the other) is a menu.
            if (IsSiteHeading(line) && (i == 0 || !IsSiteHeading(lines[i - 1])) && HeadsText(lines, i))
            {
                siteSections++;
                if (paragraphsAboveSiteSections < 0)
                    paragraphsAboveSiteSections = paragraphs;
            }
            // A list's rows count wherever they stand ("Subscribe on: …" over the episodes opens no footer
            // of an article when the page has no article), each apart from the last: a box of related
            // stories sets its dated rows one under the other.
            var dated = IsDatedRow(line);
            if (dated && !previousDated)
                datedRows++;
            previousDated = dated;
            if (footer)
                continue;
            if (TitleText.EndsWithEllipsis(line.Text) || line.WordCount <= MaxTeaserWords && HasEllipsis(line.Text) && ReadMoreEnd().IsMatch(line.Text))
                teasers++;
            else if (line.WordCount >= RealParagraphWords && TitleText.EndsSentence(line.Text))
                paragraphs++;
            else if (paragraphs == 0 && BylineParser.IsTeaserDateline(line.Text, line.WordCount))
                datelinesBeforeText++;
            pageCounter |= line.WordCount <= 6 && PageCounter().IsMatch(line.Text);
        }
        // "41 min | 3 Feb 2020" under each of a list's items (episodes, videos, reports), and at most the
        // page's own blurb for prose: a page listing other things.
        if (datedRows >= 3 && paragraphs <= 1 && header.Byline?.Date is null)
            return ListingPage;
        if (teasers >= 3 && teasers > paragraphs)
            return ListingPage;
        // "Page 5 of 97" over teasers each under its own 'COUNTRY / D MON YYYY' line: an index of stories.
        if (datelinesBeforeText >= 2 && (pageCounter || teasers >= 2))
            return ListingPage;
        // "Error 404", "Página no encontrada": the site's answer to a missing page, whatever teasers follow it.
        if (paragraphs <= 1 && lines.Take(HeaderLines * 2).Any(l => l.WordCount <= 8 && MayBeNotFound(l.Text) && NotFound().IsMatch(l.Text)))
            return ErrorPage;
        // "Log in", "Remember me", "Lost your password?": a sign-in form, with fields to fill, not only the
        // "Log in" and "Register" links of a site's header.
        var login = lines.Where(l => l.WordCount <= 5 && LoginField().IsMatch(l.Text)).ToList();
        if (login.Count >= 3 && login.Any(l => LoginBox().IsMatch(l.Text)) && paragraphs <= 2)
            return LoginPage;
        // "About us", "Our mission", "Contact" each over its paragraph, and no date: the site speaking of itself —
        // unless an article runs above them, which they close ("Support our work" under a headerless brief): more
        // paragraphs above the first of them than under them all, and at least two.
        var articleAbove = paragraphsAboveSiteSections >= MinArticleParagraphs && paragraphsAboveSiteSections > paragraphs - paragraphsAboveSiteSections;
        if (siteSections >= 2 && header.Byline?.Date is null && !articleAbove)
            return SitePage;
        if (paragraphs <= 2 && header.Byline is not { Authors.Count: > 0 } && IsEventPage(lines))
            return EventPage;
        // A masthead that names the mailing ("Newsletter") or a greeting to its readers ("Hello readers,"): how a
        // mailing opens, where an article has its title. Not a masthead that says how often it comes: newspapers'
        // names end in "Diario" and "Daily" too.
        var newsletterHeader = lines.Take(HeaderLines).Any(l => l.WordCount <= 12 && NewsletterWord().IsMatch(l.Text)
            || l.WordCount <= 6 && header.Byline is null && Greeting().IsMatch(l.Text));
        // A mailing's own words ("view this email in your browser", "you subscribed", "unsubscribe"): one
        // with a newsletter masthead, or two of them, on one line or two, make a mailing, whatever its masthead says.
        var mailingCues = lines.Where(l => l.WordCount <= 30).Sum(l => Math.Min(2, MailingChrome.Matches(l.Text).Count));
        if ((newsletterHeader && mailingCues > 0) || mailingCues >= 2)
            return Newsletter;
        if (paragraphs <= 2 && IsSignUpForm(lines, proseOrAuthor: paragraphs > 1 || header.Byline is { Authors.Count: > 0 }))
            return Newsletter;
        return null;
    }

    // A page to sign up for the mailings: boxes to tick ("[ ] Weekly roundup", "[ ] I accept the privacy policy")
    // beside a button ("SUBSCRIBE") or the mailing's name, and next to no prose. An article's own newsletter box
    // has fields and a button too, but nothing to tick and no mailings to choose from. A form whose boxes were
    // lost in the copy still asks to pick the mailings, over the fields it names one to a line ("Nombre",
    // "Correo electrónico", "País"), with no author and at most one paragraph of prose.
    private static bool IsSignUpForm(IReadOnlyList<SourceLine> lines, bool proseOrAuthor)
    {
        var boxes = 0;
        var fields = 0;
        bool button = false, mailing = false, choice = false;
        foreach (var line in lines)
        {
            if (CheckBox().IsMatch(line.Text))
                boxes++;
            if (IsFormField(line))
                fields++;
            choice |= line.WordCount <= 25 && MailingChoice().IsMatch(line.Text);
            button |= line.WordCount <= 4 && SubscribeButton().IsMatch(line.Text);
            mailing |= line.WordCount <= 30 && NewsletterWord().IsMatch(line.Text);
        }
        return (boxes >= 2 || !proseOrAuthor && fields >= 3 && choice) && (button || mailing);
    }

    [GeneratedRegex(@"^\s*(?:(?:Select|Choose|Pick)\s+(?:the\s+|your\s+)?(?:newsletters?|mailings?)|(?:Seleccione|Elija|Escoja|Selecciona|Elige)\s+(?:los\s+|sus\s+|tus\s+)?(?:boletines|newsletters?))\b", RegexOptions.IgnoreCase)]
    private static partial Regex MailingChoice();

    // "First name", "Correo electrónico *": a field of a form, alone on its line.
    private static bool IsFormField(SourceLine line) => line.WordCount <= 3 && FormField().IsMatch(line.Text);

    [GeneratedRegex(@"^\s*(?:\[[ xX✓✔]?\]|[☐☑☒])\s*\S")]
    private static partial Regex CheckBox();

    [GeneratedRegex(@"^\s*(?:subscribe|sign\s+(?:me\s+)?up|suscr[íi]b(?:irme|irse|ete|ase)|reg[íi]str(?:arme|ate)|inscr[íi]b(?:irme|ete)|quiero\s+suscribirme)(?:\s+(?:now|here|today|ahora|aqu[íi]|ya))?\s*[!»›>→]?$", RegexOptions.IgnoreCase)]
    private static partial Regex SubscribeButton();

    // An event's page says when and where ("Fecha: …", "Hora: …", "Lugar: …", or one dated row with the hour and the
    // medium of a webinar), sets out a programme line by line from a clock time ("10:30 Opening remarks"), asks readers to sign
    // up in a form ("First name", "Email", "SEND") or with a button under its speakers, and is filed under the site's
    // events: when and where, and one of the others, on a page with next to no prose.
    private static bool IsEventPage(IReadOnlyList<SourceLine> lines)
    {
        bool when = false, where = false;
        int agenda = 0, fields = 0;
        bool button = false, programme = false;
        foreach (var line in lines)
        {
            if (line.WordCount <= 20 && EventDetail().Match(line.Text) is { Success: true } detail)
            {
                when |= detail.Groups["when"].Success;
                where |= detail.Groups["where"].Success;
            }
            // "WEBINAR | 3 MAR 2031 | 10:00 AM": a dated row that gives the hour; a talk held online has no venue but its medium.
            if (line.WordCount <= 12 && ClockTime().IsMatch(line.Text) && HoldsDate(line))
            {
                when = true;
                where |= OnlineVenue().IsMatch(line.Text);
            }
            if (line.WordCount <= 15 && AgendaItem().IsMatch(line.Text))
                agenda++;
            // "Speakers: …", "Past events": the people who will talk, the talks held before.
            programme |= line.WordCount <= 60 && SpeakersOrPastEvents().IsMatch(line.Text);
            if (IsFormField(line))
                fields++;
            button |= line.WordCount <= 2 && SubmitButton().IsMatch(line.Text);
        }
        // A site's menu ("Events") and its newsletter box (Name, Email, SUBSCRIBE) stand on articles too: when and where must be said.
        return when && where && (agenda >= 3 || fields >= 3 || fields >= 2 && button || programme && button
            || lines.Take(HeaderLines).Any(l => l.WordCount <= 10 && EventsSection().IsMatch(l.Text)));
    }

    // "HomeEventsLaunch: …" (a breadcrumb run together), "EVENTOS" (the section's label).
    [GeneratedRegex(@"^\s*(?:(?:Home|Inicio|In[íi]cio)\s*(?:Events?|Eventos?)(?=\p{Lu}|\s|$)|(?:EVENTS?|EVENTOS?|Events|Eventos)\s*$)")]
    private static partial Regex EventsSection();

    [GeneratedRegex(@"^\s*(?:(?<when>date|time|when|hours?|fecha|hora|horario|cu[áa]ndo|data|horário)|(?<where>place|venue|location|where|address|lugar|sede|d[óo]nde|direcci[óo]n|local))\s*:\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex EventDetail();

    [GeneratedRegex(@"\b\d{1,2}(?::\d{2}\s*(?:[ap]\.?\s?m\b\.?|h(?:rs?)?\b\.?)?|\s*[ap]\.?\s?m\b\.?)", RegexOptions.IgnoreCase)]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"\b(?:webinar|webinario|online|virtual|livestream(?:ed)?|live\s+stream(?:ed)?|zoom|en\s+l[íi]nea|transmisi[óo]n\s+en\s+vivo|en\s+directo)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnlineVenue();

    [GeneratedRegex(@"^\s*(?:(?:speakers?|panel(?:ists?)?|moderator|moderated\s+by|hosts?|ponentes?|panelistas?|expositor(?:es|as?)?|conferencistas?|moderador(?:a|es)?|invitad[oa]s?)\s*:|(?:past|previous|upcoming)\s+(?:events|webinars|talks)|(?:eventos|webinarios|charlas)\s+(?:anteriores|pasad[oa]s|pr[óo]ximos)|pr[óo]ximos\s+eventos)", RegexOptions.IgnoreCase)]
    private static partial Regex SpeakersOrPastEvents();

    [GeneratedRegex(@"^\s*\d{1,2}(?::|h|\.)\d{2}\s*(?:[ap]\.?\s?m\.?|h(?:rs?)?\.?)?\s*(?:[-–—]\s*\d{1,2}(?::|h|\.)\d{2}\s*(?:[ap]\.?\s?m\.?)?)?\s*[-–—:|]?\s*\p{L}", RegexOptions.IgnoreCase)]
    private static partial Regex AgendaItem();

    [GeneratedRegex(@"^\s*(?:(?:first|last|full|family|given)\s+name|name|surname|e-?mail(?:\s+address)?|organi[sz]ation|institution|company|country|phone(?:\s+number)?|job\s+title|position|nombres?|apellidos?|correo(?:\s+electr[óo]nico)?|organizaci[óo]n|instituci[óo]n|empresa|pa[íi]s|tel[ée]fono|cargo|sobrenome|instituição)\s*\*?\s*:?\s*\*?$", RegexOptions.IgnoreCase)]
    private static partial Regex FormField();

    [GeneratedRegex(@"^\s*(?:submit|send|register|rsvp|enviar|registrarse|reg[íi]strate|inscribirse|inscr[íi]bete|inscribir|confirmar)(?:\s+(?:now|here|today|aqu[íi]|ahora|ya))?\s*[»›>→]?$", RegexOptions.IgnoreCase)]
    private static partial Regex SubmitButton();

    private static bool HoldsDate(SourceLine line) =>
        line.Text.Split('|', '·', '•').Any(piece => LineReader.HoldsDigit(piece) && LooseByline.Read(piece.Trim()) is { Date: not null, Authors.Count: 0 });

    private const int MaxDatedRowWords = 8;

    // A short row of items set apart by bars or dots, one of them a date alone.
    private static bool IsDatedRow(SourceLine line) =>
        line.WordCount <= MaxDatedRowWords && line.Text.AsSpan().IndexOfAny("|·•") >= 0 && HoldsDate(line);

    private const int SiteSectionWords = 12;
    // An article above the site's own sections runs two paragraphs at least, more than the sections hold.
    private const int MinArticleParagraphs = 2;
    private const int MaxTeaserWords = 60;

    private static bool HasEllipsis(string line) => line.Contains('…') || line.Contains("...", StringComparison.Ordinal);

    // "…found the cargo... Read more": a teaser cut off before its link.
    [GeneratedRegex(@"(?:…|\.\.\.)\s*(?:Read\s+more|Continue\s+reading|Keep\s+reading|Leer\s+m[áa]s|Lee\s+m[áa]s|Seguir\s+leyendo|Sigue\s+leyendo|Ver\s+m[áa]s|More)\s*[»›>→]?$", RegexOptions.IgnoreCase)]
    private static partial Regex ReadMoreEnd();

    [GeneratedRegex(@"^(?:Page|P[áa]gina|P[áa]g\.)\s+\d+\s+(?:of|de)\s+\d+$", RegexOptions.IgnoreCase)]
    private static partial Regex PageCounter();

    // The heading's text follows at once, or after a line of its own ("Monthly donors" over "$10 a month"). The page's
    // title may stand over its first section, which tells who the site is ("About us" over "Who we are", then a
    // paragraph); other headings one under another make a menu ("About us" over "Donate", over an article).
    private static bool HeadsText(IReadOnlyList<SourceLine> lines, int heading)
    {
        if (heading + 2 < lines.Count && PageAboutTheSite().IsMatch(lines[heading].Text) && lines[heading + 1].WordCount <= 6
            && SelfDescription().IsMatch(lines[heading + 1].Text)
            && lines[heading + 2].WordCount >= SiteSectionWords && TitleText.EndsSentence(lines[heading + 2].Text))
            heading++;
        for (var j = heading + 1; j < lines.Count && j <= heading + 2; j++)
        {
            if (IsSiteHeading(lines[j]))
                return false;
            if (lines[j].WordCount >= SiteSectionWords)
                return true;
        }
        return false;
    }

    [GeneratedRegex(@"^\s*(?:about(?:\s+us)?|qui[ée]nes\s+somos|sobre\s+nosotros|acerca\s+de(?:\s+nosotros)?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageAboutTheSite();

    [GeneratedRegex(@"^\s*(?:who\s+we\s+are|what\s+we\s+do|our\s+(?:mission|story|history|team|work|values)|mission|qui[ée]nes\s+somos|qu[ée]\s+hacemos|nuestra\s+(?:misi[óo]n|historia)|nuestro\s+(?:equipo|trabajo)|misi[óo]n)\s*[.:]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SelfDescription();

    private static bool IsSiteHeading(SourceLine line) => line.WordCount <= 6 && SiteSection().IsMatch(line.Text);

    [GeneratedRegex(@"^(?:Remember\s+me|Recordarme|Recu[ée]rdame|(?:Lost|Forgot)\s+your\s+password|¿(?:Olvidaste|Olvid[óo])|Username|User\s+name|Password|Contraseña|Usuario|Nombre\s+de\s+usuario)", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex LoginBox();

    private static bool MayBeNotFound(string line) =>
        line.Contains("404", StringComparison.Ordinal) || line.Contains("found", StringComparison.OrdinalIgnoreCase)
        || line.Contains("encontrada", StringComparison.OrdinalIgnoreCase) || line.Contains("existe", StringComparison.Ordinal);

    [GeneratedRegex(@"^(?:Error\s*404|404(?:\s*(?:error|[-–—|:].*))?$)|^(?:Page|P[áa]gina)\s+(?:not\s+found|no\s+encontrada)|^(?:Not\s+found|No\s+encontrada)\.?$|^P[áa]gina\s+no\s+existe", RegexOptions.IgnoreCase)]
    private static partial Regex NotFound();

    [GeneratedRegex(@"^\s*(?:about(?:\s+us)?|who\s+we\s+are|(?:what|how|why|where)\s+we\s+(?:do|work|report|started|began|are\s+funded|get\s+our\s+(?:money|funding))|who\s+(?:funds|supports|finances)\s+us|get\s+in\s+touch|our\s+(?:mission|team|story|history|staff|funders|donors|sponsors|supporters|partners|values|work|methodology|funding|principles|independence|reporting|journalism)|mission|contact(?:\s+us)?|work\s+with\s+us|join\s+(?:us|our\s+team)|careers|jobs|follow\s+us|support\s+(?:us|our\s+work)|donate(?:\s+now)?|privacy(?:\s+policy)?|terms\s+(?:of\s+(?:use|service)|and\s+conditions)|editorial\s+(?:policy|standards|guidelines)|funding|frequently\s+asked\s+questions|faq|qui[ée]nes\s+somos|(?:qu[ée]|c[óo]mo|por\s+qu[ée])\s+(?:hacemos|trabajamos|investigamos|nos\s+financiamos)|qui[ée]n(?:es)?\s+nos\s+financia(?:n)?|sobre\s+nosotros|acerca\s+de(?:\s+nosotros)?|nuestra\s+(?:misi[óo]n|historia|visi[óo]n|metodolog[íi]a)|nuestro\s+(?:equipo|trabajo)|misi[óo]n|visi[óo]n|cont[áa]ct(?:o|enos|anos)|trabaja\s+con\s+nosotros|[úu]nete|s[íi]guenos|ap[óo]yanos|donar|haz\s+una\s+donaci[óo]n|pol[íi]tica\s+(?:de\s+privacidad|editorial)|t[ée]rminos\s+(?:y\s+condiciones|de\s+uso)|financiamiento|financiaci[óo]n|preguntas\s+frecuentes|equipo)\s*[.:]?\s*$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex SiteSection();

    [GeneratedRegex(@"^(?:Log\s?in|Sign\s?in|Log\s+out|Iniciar\s+sesi[óo]n|Ingresar|Entrar|Remember\s+me|Recordarme|Recu[ée]rdame|(?:Lost|Forgot)\s+your\s+password\??|¿(?:Olvidaste|Olvid[óo])\s+(?:tu|su)\s+contraseña\??|Register|Registrarse|Reg[íi]strate|Create\s+an\s+account|Crear\s+(?:una\s+)?cuenta|Username|User\s+name|Password|Contraseña|Usuario|Nombre\s+de\s+usuario)(?:\s*\*)?\s*:?$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex LoginField();

    [GeneratedRegex(@"\b(?:newsletter|bolet[íi]n)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NewsletterWord();

    [GeneratedRegex(@"^(?:hello|hi|dear|greetings|hola|estimad[oa]s|querid[oa]s)\b[\p{L}\s]{0,30}[,!:]$", RegexOptions.IgnoreCase)]
    private static partial Regex Greeting();

    [GeneratedRegex(@"unsubscribe|(?:view|open|read) (?:this (?:e-?mail|newsletter) |it )?in (?:your |a )?(?:web )?browser|you(?:'re| are) receiving this|because you (?:subscribed|signed up)|darse de baja|cancelar (?:la )?suscripci[óo]n|ver (?:este correo )?en (?:el|su|tu) navegador|recibe este correo porque", RegexOptions.IgnoreCase)]
    private static partial Regex MailingChromePattern();
    private static readonly CuedRegex MailingChrome = new(MailingChromePattern());
}
