using System.Buffers;
using System.Text.RegularExpressions;

namespace CrimeArchive.Import.Parsing;

public enum ChromeKind
{
    /// <summary>Not chrome: text of the article.</summary>
    None,
    /// <summary>A line of chrome that can sit anywhere (share buttons, cross-references, file names).</summary>
    Line,
    /// <summary>A footer piece (donation appeal, feedback question, licence): what follows is footer too,
    /// unless it reads like real paragraphs.</summary>
    Footer,
    /// <summary>'Related Content', 'Latest News', 'About InSight Crime': nothing after it belongs to the article.</summary>
    End,
}

/// <summary>Recognises the site's chrome line by line. Footer pieces are matched as a sequence so that
/// a line whose breaks were lost (<c>DONATEWhat are your thoughts?…</c>) is still recognised whole.</summary>
public static partial class ChromeFilter
{
    // The pages of one site repeat their chrome, section headings and factbox labels line for line, and
    // each short line would otherwise go through every test below again; paragraphs rarely repeat.
    public static ChromeKind Classify(string line) =>
        line.Length > MaxRememberedLength ? ClassifyUnseen(line) : Text.ThreadMemo.Get(ref remembered, line, ClassifyUnseen, 50_000);

    private const int MaxRememberedLength = 160;
    [ThreadStatic] private static Dictionary<string, ChromeKind>? remembered;

    private static ChromeKind ClassifyUnseen(string line)
    {
        if (FooterPieces.IsMatch(line))
        {
            if (EndPiece().IsMatch(line))
                return ChromeKind.End;
            // Share buttons also stand at the top of some layouts: alone they do not open the footer.
            return ShareIconsOnly().IsMatch(line) ? ChromeKind.Line : ChromeKind.Footer;
        }
        var kind = ClassifyPiece(line);
        // "Share this storyRelated Content": chrome whose line break before the related box was lost
        // still closes the article.
        return kind != ChromeKind.None && GluedEndPiece().IsMatch(line) ? ChromeKind.End : kind;
    }

    private static ChromeKind ClassifyPiece(string line)
    {
        // A newsletter box: its prompt and field below the call are footer too.
        if (IsSignUp(line))
            return ChromeKind.Footer;
        // "X is a nonprofit dedicated to…", "Content licensed under Creative Commons": the site's own blurb.
        if (line.Length <= MaxShortChromeLength && BlurbWords.IsIn(line) && (PublisherBlurb().IsMatch(line) || ReuseNotice().IsMatch(line)))
            return ChromeKind.Footer;
        if (IsLineChrome(line))
            return ChromeKind.Line;
        return ChromeKind.None;
    }

    // "Has this report helped you make sense of the border?", "¿Te resultó de ayuda esta información?":
    // a question on a line of its own whether this piece helped the reader, a share label maybe glued
    // before it ("Difunde esta nota¿Te sirvió esta nota?"). It must name the piece: a question that
    // speaks to "you" or asks why something interests someone is prose.
    [GeneratedRegex(@"^(?:[^.!?¿\s][^.!?¿]{0,40}(?=¿))?(?=[^?]*\b(?:help\w*|useful|informative|enjoy\w*|valuable|worthwhile|interesting|understand\w*|sense|[úu]til|ayuda\w*|ayud[óo]|sirvi[óo]|sirve|gust[óo]|interes\w*|informativ\w*|valios\w*|entender|comprender)\b)(?:(?:Was|Is|Did|Has|Have|Do|Does|Were|Would|Could)\b[^?]{0,120}\b(?:this|these)\s+(?:[\p{L}-]+\s+)?(?:article|report|story|piece|brief|analysis|profile|content|coverage|information|page|explainer)s?|¿[^?]{0,120}\b(?:este|esta|estos|estas)\s+(?:[\p{L}-]+\s+)?(?:art[íi]culo|nota|reportaje|contenido|informaci[óo]n|an[áa]lisis|perfil|texto|pieza)s?)\b[^?]{0,120}\?$", RegexOptions.IgnoreCase)]
    private static partial Regex FeedbackQuestion();

    [GeneratedRegex(@"\p{Ll}(?:Related Content|Contenido relacionado|Latest News|Últimas noticias|Related (?:Articles|Stories|Posts|News)|Art[íi]culos relacionados|(?:Notas|Noticias) relacionadas)\s*:?$", RegexOptions.NonBacktracking)]
    private static partial Regex GluedEndPiece();

    private const int MaxLinkLength = 160;

    // The footer pieces and the site furniture are long alternations, which the backtracking engines
    // try branch by branch at every line; as automata they take one step a character. Their automata
    // are larger than the engine's default cap of 10,000 nodes, so the cap is raised while they are built.
    private static Regex Automaton(string pattern, RegexOptions options)
    {
        const string SizeCap = "REGEX_NONBACKTRACKING_MAX_AUTOMATA_SIZE";
        var before = AppContext.GetData(SizeCap);
        AppContext.SetData(SizeCap, 50_000);
        try
        {
            return new Regex(pattern, options | RegexOptions.NonBacktracking);
        }
        finally
        {
            AppContext.SetData(SizeCap, before);
        }
    }

    // Chrome lines are short; a long line can only be a cross-reference or a bracketed note, and
    // skipping the other tests keeps the filter cheap on real paragraphs.
    private const int MaxShortChromeLength = 300;

    public static bool IsLineChrome(string line)
    {
        if ((line.StartsWith('[') && line.EndsWith(']')) || MayBeCrossReference(line) && CrossReference().IsMatch(line))
            return true;
        if (line.Length > MaxShortChromeLength)
            return false;
        return ShareLine().IsMatch(line)
            || (line.Length <= MaxLinkLength && (line.AsSpan().IndexOfAny(RowMarks) >= 0 && PipeRow().IsMatch(line)
                || line[0] is 'S' or 'C' && ShareCall().IsMatch(line) || line.Contains(':') && RelatedList().IsMatch(line)))
            || (NoticeWords.IsIn(line) && SiteNotice().IsMatch(line))
            || ((line[0] is 'N' or 'B' or 'R' or 'G' || line.Contains('?')) && NewsletterPromo().IsMatch(line))
            || (line.Length <= MaxLinkLength && (line.EndsWith('>') || line.EndsWith('»') || line.EndsWith('›') || line.StartsWith("Read more", StringComparison.Ordinal)
                || line.StartsWith("Lea m", StringComparison.Ordinal) || line.StartsWith("See all", StringComparison.Ordinal)
                || line.StartsWith("Vea ", StringComparison.Ordinal)) && ReadMoreLink().IsMatch(line))
            || GraphicCredit().IsMatch(line)
            || (line.EndsWith('?') && line.Length <= MaxLinkLength && FeedbackQuestion().IsMatch(line))
            || (line.Length <= MaxLinkLength * 2 && FurnitureWords.IsIn(line) && SiteFurniture.IsMatch(line))
            || ImageFileName().IsMatch(line)
            || IsSiteNote(line)
            || IsLooseCaption(line)
            || KindLine().IsMatch(line)
            || (line.Length <= MaxLinkLength && SiteNavigation().IsMatch(line))
            || Breadcrumb().IsMatch(line)
            // Bylines, and the 'COUNTRY / D MON YYYY' lines of teasers and footer items.
            || BylineParser.IsByline(line);
    }

    // Every line, paragraphs too, is tested for a cross-reference: its label is closed by a colon or
    // written in capitals.
    private static bool MayBeCrossReference(string line) =>
        line.Contains(':') || line.Length > 1 && char.IsAsciiLetterUpper(line[0]) && char.IsAsciiLetterUpper(line[1]);

    // "smuggling routes chart 2019": a picture's alt text left on a line of its own, in lower case,
    // with no stop, naming a chart or a map.
    private static bool IsLooseCaption(string line) =>
        line.Length is > 3 and <= 80 && char.IsLower(line[0]) && !TitleText.EndsSentence(line) && !line.Contains(',')
        && LineReader.CountWords(line) is >= 2 and <= 8 && line.Split(' ').Any(GluedAltText.IsGraphicWord);

    /// <summary>A call to sign up for the newsletter: "Sign up for our weekly brief", "Suscríbete a…".</summary>
    public static bool IsSignUp(string line) => SignUp().IsMatch(line);

    [GeneratedRegex(@"^(?:Sign up|Subscribe|Suscr[íi]bete|Suscr[íi]base|Reg[íi]strate|Inscr[íi]bete)\b[^.!?…]{0,160}(?:[.!:…]|\.\.\.)?(?:\s+(?-i:\p{Lu}{4,}(?:\s+\p{Lu}{2,})*))?$", RegexOptions.IgnoreCase)]
    private static partial Regex SignUp();

    // "Comments are closed", "Powered by X", "« Previous: Title", "Read next: Title →", "Spotted an error?",
    // "Follow her on Twitter: @x", rules of underscores, a caption ending in its credit, a donation call
    // in capitals, a row of buttons set apart by spaces.
    private static readonly Regex SiteFurniture = Automaton(@"^(?:Like\s+this\s*:|Me\s+gusta\s*:|Loading\.{2,3}|Cargando\.{2,3}|(?:Share|Compartir|Comparte)(?:\s+this(?:\s+article)?)?\s*:\s*(?:\p{Lu}\p{Ll}+){2,}.{0,40}|(?:(?:Facebook|Twitter|X|WhatsApp|Telegram|LinkedIn|Reddit|Correo|Email|E-mail|Messenger|Pinterest|Bluesky|Threads|Mastodon|Instagram|YouTube|TikTok|Tumblr|Flipboard)\s+){2,}(?:Facebook|Twitter|X|WhatsApp|Telegram|LinkedIn|Reddit|Correo|Email|E-mail|Messenger|Pinterest|Bluesky|Threads|Mastodon|Instagram|YouTube|TikTok|Tumblr|Flipboard)|(?:Share|Compart(?:ir|e|a|[íi])(?:lo|la)?|Comp[áa]rt(?:e|a)(?:lo|la)|Difund(?:ir|e|a|[íi])(?:lo|la)?|Dif[úu]nd(?:e|a)(?:lo|la)|Spread)(?:\s+(?:this|esto|en|on|via|por))?\s*:?(?:[\s,|/·•]+(?:Facebook|Twitter|X|WhatsApp|Telegram|LinkedIn|Reddit|Correo|Email|E-mail|Messenger|Pinterest|Bluesky|Threads|Mastodon|Instagram|YouTube|TikTok|Tumblr|Flipboard)){2,}|(?-i:SHARE|COMPARTIR|COMPARTE|DIFUNDIR)(?-i:\p{Lu}\p{Ll})[^.!?]{0,150}|Comments?\s+are\s+(?:now\s+)?closed\.?|(?:Los\s+)?comentarios\s+(?:est[áa]n\s+)?cerrados\.?|(?:Proudly\s+)?Powered\s+by\s+\S.{0,40}|Con\s+la\s+tecnolog[íi]a\s+de\s+.{1,40}|«\s*(?:Previous|Anterior)\b.{0,160}|(?:Next|Siguiente)\b.{0,160}»|(?:Read\s+next|Up\s+next|Lea\s+a\s+continuaci[óo]n|Lee\s+tambi[ée]n|Leer\s+despu[ée]s)\s*:.{0,160}|.{3,200}?\s?→|(?:Spotted|Found|See|Noticed)\s+an?\s+(?:error|mistake|typo)\b.{0,200}|¿(?:Encontr[óo]|Encontraste|Vio|Viste|Detect[óo]|Detectaste)\s+(?:un|alg[úu]n)\s+error\b.{0,200}|Follow\s+(?:him|her|them|us|me)\s+on\s+.{1,80}|S[íi]gue(?:le|la|nos|lo)\s+en\s+.{1,80}|[_\-*=]{3,}|(?:Apoy[ae]|Apoyen|Support|Help|Ayud[ae]n?)\b.{0,200}\b(?-i:DONAR|DONATE|DONA)(?:\s+(?-i:AHORA|NOW|HOY))?!?|(?:Imprimir|Enviar(?:\s+por\s+(?:correo|e-?mail))?|Compartir|Print|Email|Share)(?:\s{2,}(?:Imprimir|Enviar(?:\s+por\s+(?:correo|e-?mail))?|Compartir|Print|Email|Share))+|[^.!?]{2,120}[.!?]\s+\(?(?:Photo|Foto|Image|Imagen|Credit|Cr[ée]dito|Fotograf[íi]a)s?\s*:\s*[^.!?]{1,80}\)?|[^.!?]{2,160}\s\((?:Photo|Foto|Image|Imagen|Credit|Cr[ée]dito|Fotograf[íi]a)s?\s*:\s*[^)]{1,80}\)|[^.!?]{5,160}\b(?:your|tu|su)\s+(?:inbox|e-?mail|mailbox|correo(?:\s+electr[óo]nico)?|bandeja(?:\s+de\s+entrada)?)\b[^.!?]{0,40}[.!]?(?:\s*(?:Join|Subscribe|Sign\s+up|Suscr[íi]bete|[ÚU]nete|Inscr[íi]bete))?)$", RegexOptions.IgnoreCase);

    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,4}\s+(?:is|es)\s+(?:a|an|una?)\s+(?:[\p{L}\-]+\s+){0,3}(?:foundation|organi[sz]ation|think\s+tank|newsroom|media\s+outlet|nonprofit|non-profit|fundaci[óo]n|organizaci[óo]n|medio|centro|center|centre)\b.{0,80}\b(?:dedicated|devoted|dedicad[oa]|que\s+investiga|that\s+investigates).{0,300}|(?:Content|Contents|This\s+(?:article|work|content|site)|Este\s+(?:contenido|art[íi]culo|trabajo|sitio)|El\s+contenido|Contenido)\s+(?:is\s+|est[áa]\s+)?(?:licensed|licenciado|publicado\s+bajo|bajo\s+licencia|under)\b.{0,200}|.{0,80}\bCreative\s+Commons\b.{0,160})$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex PublisherBlurb();

    // "We encourage readers to republish our articles, crediting the source": the site's terms of reuse,
    // told apart from a sentence about copied documents by the invitation or permission it gives.
    [GeneratedRegex(@"^(?=.{0,300}$)(?=.*\b(?:invit|permit|allow|autoriz|encourag|alent|anim|welcome|bienvenid|libre|free|gratuit|pued[ae]n?\b|may\b|can\b))(?=.{0,200}\b(?:art[íi]culos?|articles?|contenidos?|content|materiales|material|textos?|notas?|stories|story|trabajos?|work|publicaciones|investigaciones|reportajes?)\b).{0,120}\b(?:reproduc|republic|republish|reprint|reutiliz|reuse|re-use|difund|redistribu|replic|copi|copy|retom|share\s+(?:our|this|these|its)|compart\w*\s+(?:nuestr[oa]s?|este|esta|estos|estas))\w*\b.{0,220}\b(?:fuentes?|sources?|cr[ée]ditos?|credit\w*|atribu\w*|attribut\w*|lucro|commercial|comercial(?:es)?|enlace\w*|link\w*|v[íi]nculos?|cit\w+|menci\w+|gratuit\w*|free(?:ly)?|libremente)\b.{0,200}$", RegexOptions.IgnoreCase)]
    private static partial Regex ReuseNotice();

    // "Newsletter: Get our weekly digest… SUBSCRIBE", "Reciba nuestro boletín": a promotion that may sit
    // in mid-article, so it is a line of chrome, not the footer's start.
    [GeneratedRegex(@"^(?:¿?[^.?!¿]{1,60}\?\s+)?(?:(?:Newsletter|Bolet[íi]n)\s*:.{0,160}|(?:Reciba|Recibe|Receive|Get|Sign\s+up\s+for|Suscr[íi]bete\s+a|Suscr[íi]base\s+a)\s+(?:nuestr[oa]s?|our|the)\b[^.!?]{0,60}\b(?:bolet[íi]n|newsletter|digest|bulletin|briefing|roundup|resumen)\b[^.!?]{0,80}[.!]?(?:\s+\p{Lu}{4,}|\s+(?:Sign\s+up|Subscribe|Suscr[íi]bete|[ÚU]nete|Join)(?:\s+(?:now|here|today|ahora|aqu[íi]))?[.!]?)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex NewsletterPromo();

    private static readonly SearchValues<char> RowMarks = SearchValues.Create("|·•>›»");

    // "Send | Print | Share", "Inicio  |  Perfiles  |  Belice", "Perfiles vinculados: A · B · C": short
    // items between bars or middle dots, none of them a sentence.
    [GeneratedRegex(@"^\s*[^\s|·•>›».!?]+(?: [^\s|·•>›»!?]+){0,4}(?:\s+[|·•>›»]\s+[^\s|·•>›»!?]+(?: [^\s|·•>›»!?]+){0,4}){1,}\s*$", RegexOptions.NonBacktracking)]
    private static partial Regex PipeRow();

    // "Share this: Twitter, Facebook", "Comparta esta nota", "Comparte esta ficha en tus redes".
    [GeneratedRegex(@"^(?:(?:Share(?: this)?(?: (?:article|story|profile|page))?|Compart(?:ir|e|a)(?: (?:esto|esta \p{L}+|este \p{L}+))?)\s*:[\p{L}\s,/]{0,80}|(?:Share|Comparta|Comparte|Compártelo|Compártela|Compartir)\s+(?:est[aeo]|this|en|on|la|el)\b[^.!?:]{0,50})$")]
    private static partial Regex ShareCall();

    // "Related profiles: A | B", "Perfiles vinculados: A · B", "Más sobre este tema: …".
    [GeneratedRegex(@"^(?:(?:Related|More|Other)\s+(?:profiles?|articles?|stories|coverage|content|reading|topics)|(?:Perfiles|Art[íi]culos|Notas|Contenidos?|Temas)\s+(?:vinculad|relacionad)[oa]s|M[áa]s sobre (?:este tema|[\p{L}]+)|More on (?:this topic|[\p{L}]+))\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex RelatedList();

    // Cheap tests before the patterns that run on every short line: words each alternative must hold.
    private static readonly Text.WordSearch BlurbWords = new(
        ["dedicat", "devoted", "investiga", "licen", "creative commons", "reproduc", "republic", "republish", "reprint", "reutiliz", "reuse", "re-use", "difund", "redistribu", "replic", "copi", "copy", "retom", "share", "compart"], StringComparison.OrdinalIgnoreCase);

    private static readonly Text.WordSearch FurnitureWords = new(
        ["like this", "me gusta", "loading", "cargando", "facebook", "twitter", "whatsapp", "closed", "cerrados", "powered", "tecnolog", "next", "lea ", "lee ", "leer ", "error", "mistake", "typo", "follow", "gue",
         "___", "---", "***", "===", "difund", "spread", "mastodon", "bluesky", "reddit", "donar", "donate", "dona", "imprimir", "print", "email", "share", "compartir", "enviar",
         "photo", "foto", "image", "credit", "dito", "inbox", "mailbox", "correo", "bandeja", "«", "»", "→"],
        StringComparison.OrdinalIgnoreCase);

    // Words one of the site notices must hold: a cheap test before the pattern, which is run on every short line.
    private static readonly Text.WordSearch NoticeWords = new(
        ["cookie", "(c)", "copyright", "rights reserved", "derechos reservados", "crimen organizado", "organized crime", "organised crime", "©"],
        StringComparison.OrdinalIgnoreCase);

    // A cookie banner, a copyright line, the site's tagline: notices about the site, not the story.
    [GeneratedRegex(@"^(?=.{0,400}$)(?:(?:We use|We're using|This (?:web)?site uses|Our (?:web)?site uses|By (?:continuing|using)|Esta (?:web|p[áa]gina|p[áa]gina web)|Este (?:sitio|portal)|Usamos|Utilizamos)\b.{0,300}\bcookies?\b.*|(?:©|\(c\)|Copyright\b).{0,160}|.{0,80}©\s*\d{4}.{0,120}|.{0,160}\b(?:All rights reserved|Todos los derechos reservados)\b.{0,80}|[^.!?\s]+(?:\s[^.!?\s]+){0,3}\s[–—-]\s(?:investigaci[óo]n|investigation|an[áa]lisis|analysis|periodismo|journalism|reporting|noticias|news)\b[^.!?]{0,60}\b(?:crimen organizado|organized crime|organised crime))$", RegexOptions.IgnoreCase)]
    private static partial Regex SiteNotice();

    /// <summary>A kind line of the header (<c>BRIEF</c>, <c>NOTICIAS DEL DÍA</c>), case as printed.</summary>
    public static bool IsKindLine(string line) => KindLine().IsMatch(line);

    /// <summary>Words of the site's banner (its name, a notice of a redesign or a pause in publishing):
    /// short lines with these before the lead are not the title.</summary>
    public static bool IsBannerLine(string line) =>
        LineReader.CountWords(line) <= MaxBannerWords && BannerWords().IsMatch(line);

    private const int MaxBannerWords = 18;

    // Each alternative is one piece of footer chrome; the line must be nothing but such pieces.
    private static readonly Regex FooterPieces = Automaton(@"^(?:\s*(?:DONATE|DONAR|(?:(?:Was|Is)\s+this|Did\s+you\s+find\s+this|Did\s+this)\s+(?:content|article|story|piece|report|brief|analysis|profile|note|page)\s+(?:helpful|useful|worthwhile|valuable|informative|help(?:\s+you)?)\??|Did\s+you\s+find\s+this\s+(?:helpful|useful|worthwhile|valuable|informative)\??|Did\s+this\s+help(?:\s+you)?\??|(?:Was|Is)\s+this\s+(?:helpful|useful)\??|(?:Fund|Back|Support)\s+(?:our\s+|independent\s+|this\s+)?(?:reporting|journalism|investigations?|work)\b[^?!]*[.!]?|(?:Let\s+us\s+know|Tell\s+us|Write\s+to\s+us|Click\s+here)\b[^.?!]*[.!]?|(?:Haz|Haga|Hagan|Da|D[ée])\s+clic\s+aqu[íi]\b[^?!]*[.!]?|Escr[íi]b(?:a|e|an)nos\b[^?!]*[.!]?|Cu[ée]nt(?:a|e|en)nos\b[^?!]*[.!]?|(?:Yes|No|S[íi])\s*/\s*(?:Yes|No)|(?-i:SHARE|COMPARTIR|COMPARTE)(?:\s+(?-i:THIS|ESTE|ESTA)\s+(?-i:STORY|ARTICLE|PAGE|ART[ÍI]CULO|NOTA))?(?:\s*(?:Facebook|Twitter|X|WhatsApp|Telegram|LinkedIn|Reddit|Email|E-mail|Correo|Bluesky|Threads|Mastodon|Instagram))*|(?-i:M[áa]s noticias(?: del d[íi]a)?|Otras (?:noticias|historias|notas)(?: de la semana| del d[íi]a)?|More (?:news|stories)(?: from \p{Lu}\p{L}+| of the day)?|Other stories)|¿Te (?:resultó|pareció) útil (?:este|el) contenido\??|¿(?:(?:Te|Le|Les)\s+)?(?:sirvió|sirve|resultó\s+útil|pareció\s+útil|fue\s+útil|es\s+útil)\s+(?:este|esta|el|la)\s+(?:contenido|nota|artículo|articulo|información)\?|¿(?:Este|Esta|El|La)\s+(?:contenido|nota|artículo|articulo|información)\s+(?:(?:te|le|les)\s+)?(?:fue|resultó|es|pareció)\s+útil\?(?:\s*Ap[óo]y[ae]nos\b.*)?|What are your thoughts\?(?:\s*Click here[^.?!]*[.!]?)?|¿Qué (?:piensas|opinas|opina|piensa)\?[^?]*?(?:comentarios\.?)?|Ap[óo]y[ae]nos\b.*|Ay[úu]d(?:a|e|en)nos\s+a\s+(?:sostener|mantener|seguir|continuar|financiar|sustentar|apoyar)\b.*|Help\s+us\s+(?:sustain|keep|maintain|continue|support|fund)\b.*|We want to sustain\b[^.]*?resources\.?|Queremos\b[^.]*?recursos\.?|We encourage readers to copy\b.*|Invitamos a (?:nuestros|los) lectores\b.*|This work is licensed\b.*|Latest News|Últimas noticias|Related Content|Contenido relacionado|About InSight Crime|Sobre InSight Crime|Acerca de InSight Crime|About\s+the\s+(?:authors?|writers?|contributors?|reporters?)(?:\s*:.*)?|(?:(?:Writer|Author|Reporter|Contributor)(?:'s|’s)?\s+(?:bio|biography|note)|Biograf[íi]a\s+del?\s+(?:la\s+)?autora?|(?:Nota|Rese[ñn]a)\s+(?:del|de\s+la)\s+autora?|(?:Sobre|Acerca\s+de)\s+(?:el|la)\s+autora?|Del\s+autor|De\s+la\s+autora)\s*:.*|Sobre\s+(?:el|la|los|las)\s+(?:autor|autora|autores|autoras)|Acerca\s+(?:del|de\s+la|de\s+los)\s+(?:autor|autora|autores)|Comments?\s*\(\d+\)|Comentarios?\s*\(\d+\)|\d{1,4}\s+(?:Comments?|Comentarios?|Responses?|Respuestas?|Replies)|\d{1,4}\s+(?:thoughts?|responses?|replies)\s+(?:on|to)\s+.{1,200}|\d{1,4}\s+(?:comentarios?|respuestas?)\s+(?:a|en|sobre|para)\s+.{1,200}|Leave\s+a\s+(?:reply|comment)|Add\s+(?:your|a)\s+comment|Deja\s+(?:un\s+comentario|una\s+respuesta)|Dejar\s+(?:un\s+comentario|una\s+respuesta)|Escribe\s+un\s+comentario|Related\s+(?:articles|stories|posts|news)\s*:?|Art[íi]culos\s+relacionados\s*:?|(?:Notas|Noticias)\s+relacionadas\s*:?|share icon(?:\s+icon)*|(?:The\s+)?Most\s+(?:Read|Popular|Viewed|Shared)|Trending(?:\s+Now)?|Recommended(?:\s+for\s+you)?|Read\s+Next|You\s+(?:may|might)\s+(?:also\s+)?like|Lo\s+m[áa]s\s+(?:le[íi]do|visto|compartido)|M[áa]s\s+(?:le[íi]d[oa]s|vist[oa]s)|Recomendad[oa]s|(?:Tambi[ée]n\s+)?(?:Te|Le|Les)\s+(?:puede|podr[íi]a|podr[íi]an|pueden)\s+interesar|(?:Quiz[áa]s?|Tal\s+vez|A\s+lo\s+mejor)\s+(?:te|le|les)\s+(?:interese|interesen|guste)|(?:Tambi[ée]n\s+)?(?:te|le|les)\s+recomendamos|Recomendamos|Sigue\s+leyendo|Siga\s+leyendo|Keep\s+reading|Also\s+of\s+interest|You\s+(?:may|might)\s+also\s+(?:be\s+interested(?:\s+in)?|enjoy|want\s+to\s+read)|M[áa]s\s+para\s+leer)\s*:?\s*)+$", RegexOptions.IgnoreCase);

    [GeneratedRegex(@"^share icon(?:\s+icon)*$", RegexOptions.IgnoreCase)]
    private static partial Regex ShareIconsOnly();

    [GeneratedRegex(@"Latest News|Últimas noticias|Related Content|Contenido relacionado|About InSight Crime|Sobre InSight Crime|Acerca de InSight Crime|About\s+the\s+(?:authors?|writers?|contributors?|reporters?)|Sobre\s+(?:el|la|los|las)\s+(?:autor|autora|autores|autoras)|Acerca\s+(?:del|de\s+la|de\s+los)\s+(?:autor|autora|autores)|Comments?\s*\(\d+\)|Comentarios?\s*\(\d+\)|\d{1,4}\s+(?:Comments?|Comentarios?|Responses?|Respuestas?|Replies)|\d{1,4}\s+(?:thoughts?|responses?|replies)\s+(?:on|to)\s+.{1,200}|\d{1,4}\s+(?:comentarios?|respuestas?)\s+(?:a|en|sobre|para)\s+.{1,200}|Leave\s+a\s+(?:reply|comment)|Add\s+(?:your|a)\s+comment|Deja\s+(?:un\s+comentario|una\s+respuesta)|Dejar\s+(?:un\s+comentario|una\s+respuesta)|Escribe\s+un\s+comentario|Related\s+(?:articles|stories|posts|news)\s*:?|Art[íi]culos\s+relacionados\s*:?|(?:Notas|Noticias)\s+relacionadas\s*:?", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex EndPiece();

    // Case-sensitive on purpose: the buttons' labels are fixed strings, and a case-blind search over
    // every paragraph costs more than the rest of the chrome tests together.
    [GeneratedRegex(@"^(?:SHARE|COMPARTIR)(?:\b|Tweet)|^share icon|Tweet about this on Twitter|Share on (?:Facebook|LinkedIn|Twitter|WhatsApp)")]
    private static partial Regex ShareLine();

    // In capitals the cross-reference needs no colon; in any other case it must have one, so that a
    // sentence opening with 'Read more…' is not taken for one.
    [GeneratedRegex(@"^(?:(?-i:SEE ALSO|VEA TAMBI[ÉE]N|VER TAMBI[ÉE]N|LEA TAMBI[ÉE]N)\b|(?:SEE ALSO|SEE ALL|READ ALSO|ALSO READ|READ MORE|VEA TAMBI[ÉE]N|VER TAMBI[ÉE]N|LEA TAMBI[ÉE]N|LEE TAMBI[ÉE]N|LEA M[ÁA]S|LEER M[ÁA]S|VER M[ÁA]S|RELATED|(?:TAMBI[ÉE]N\s+)?(?:TE|LE)\s+PUEDE\s+INTERESAR|RECOMENDADO)\s*:)", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex CrossReference();

    [GeneratedRegex(@"^(?:Read more of our|Lea más|Lea mas|See all of our|Vea (?:toda )?nuestra)\b|\s(?:>|»|›)$")]
    private static partial Regex ReadMoreLink();

    [GeneratedRegex(@"^\((?=[^)]{0,160}\)$)[^)]*\b(?:graphic|gráfico|grafico|photo|foto|map|mapa|chart|source|fuente|credit|crédito|infographic|infografía|image|imagen|video)s?\b[^)]*\)$", RegexOptions.IgnoreCase)]
    private static partial Regex GraphicCredit();

    // One token with a digit, an inner capital, an underscore or an image extension: a file name
    // left where a picture stood (ColombiaMap2, 3HomicideChart2012).
    [GeneratedRegex(@"^(?=\S{3,80}$)(?=(?:\S*?\p{L}){4})(?=\S*(?:\d|\p{Ll}\p{Lu}|_|\.(?:jpe?g|png|gif|webp)$))[\p{L}\p{N}_.\-]+$")]
    private static partial Regex ImageFileName();

    // Menu items, sharing buttons and tag lists that some captures keep as lines of their own.
    [GeneratedRegex(@"^(?:Print|Imprimir|E-?mail|Comments?(?:\s*\(\d+\))?|Comentarios?|(?:Tags?|Etiquetas?|Topics?|Temas?(?:\s+relacionados)?|Subjects?|Categor(?:y|ies)|Categor[íi]as?|Keywords|Palabras\s+clave|Filed\s+under|Archivado\s+en|Related\s+topics)\s*:.*|(?:Back|Return|Go\s+back)\s+to\s+(?:\S+\s+){0,5}\S+|(?:Volver|Regresar|Vuelve|Regresa)\s+(?:a|al)\s+(?:\S+\s+){0,5}\S+|(?:Download|Descargar?|Descargue|Save|Guardar|Print|Imprimir)\b[^.!?]{0,50}\(?(?:PDF|pdf)\)?|Facebook|Twitter|X|WhatsApp|LinkedIn|Telegram|Reddit|Pinterest|Bluesky|Threads|Messenger|Send|Enviar|Enviar por (?:correo|e-?mail)(?: electr[óo]nico)?|Correo|Share|Tweet|Copy link|Copiar enlace|(?:Compartir en|Share on|Comparte en) \p{L}+|(?:Email|Print) this(?: article| page)?|Subscribe|Suscr[íi]bete|(?:Enter |Type )?(?:your |tu |su )?(?:e-?mail|email|correo(?: electr[óo]nico)?)(?: address)?|(?:Ingres[ae]|Escrib[ae]|Introduce) (?:tu |su )(?:correo(?: electr[óo]nico)?|e-?mail)|Search|Buscar|Menu|Men[úu]|English|Español|Share this(?: article)?:?|Compartir:?|OK|Accept(?: all)?|Aceptar(?: todo)?|Acepto|Got it|Entendido|Reject(?: all)?|Rechazar|(?:You\s+are\s+here|Usted\s+est[áa]\s+en|Est[áa]s?\s+en)\s*:.*|Sign\s?in|Sign\s?up|Log\s?in|Log\s?out|Register|My\s+account|Mi\s+cuenta|Iniciar\s+sesi[óo]n|Cerrar\s+sesi[óo]n|Registrarse|Reg[íi]strate|Open\s+in\s+(?:the\s+)?app|Abrir\s+en\s+(?:la\s+)?app|Get\s+the\s+app|Descarga\s+la\s+app|Subscribe\s+now|Suscr[íi]bete\s+ahora|Sign\s+me\s+up|(?:Quiero\s+)?Suscribirme|Suscribirse|(?:Regions?|Regiones?|Countries|Pa[íi]ses|Locations?|Ubicaci[óo]n|Series|Serie|Programs?|Programas?|Sections?|Secci[óo]n|Secciones)\s*:.*|Site\s+Index|Site\s+Information\s+Navigation|(?:Name|Nombre|E-?mail|Correo(?:\s+electr[óo]nico)?|Website|Web|Sitio\s+web|Comment|Comentario)\s*\*|Your\s+email\s+address\s+will\s+not\s+be\s+published\..*|Tu\s+direcci[óo]n\s+de\s+correo\s+electr[óo]nico\s+no\s+ser[áa]\s+publicada\..*|(?:Leave\s+a\s+Reply\s+)?Cancel\s+reply|(?:Deja\s+una\s+respuesta\s+)?Cancelar\s+(?:la\s+)?respuesta|Post\s+Comment|Publicar\s+(?:el\s+)?comentario|[ÍI]ndice\s+del\s+sitio|Advertisements?|Publicidad|Anuncio|Sponsored(?:\s+content)?|Contenido\s+patrocinado|Patrocinado|Back\s+to\s+top|Volver\s+arriba|Ir\s+arriba|Subir|Top\s+of\s+page|Share\s+full\s+article|Reprints|Today['’]s\s+Paper|Save\s+my\s+name,?\s+e-?mail,?\s+and\s+website\s+in\s+this\s+browser.*|Guardar?\s+mi\s+nombre,?\s+correo(?:\s+electr[óo]nico)?\s+y\s+web\s+en\s+este\s+navegador.*)$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex SiteNavigation();

    [GeneratedRegex(@"^(?:BRIEFS?|ANALYSIS|NEWS|NOTICIAS|NOTICIAS DEL D[ÍI]A|AN[ÁA]LISIS|INVESTIGATIONS?|INVESTIGACI[ÓO]N|INVESTIGACIONES|PROFILES?|PERFIL|PERFILES|THE PROFILE|PORTRAIT|OPINION|OPINI[ÓO]N|FEATURES?|REPORTAJES?|IN DEPTH|IN-DEPTH|EN PROFUNDIDAD|COMMENTARY|REPORT|EXPLAINER)$", RegexOptions.NonBacktracking)]
    private static partial Regex KindLine();

    [GeneratedRegex(@"^(?:Home|Inicio)(?:\p{Lu}|\s+(?:Tags?|Etiquetas?|Category|Categor[íi]a|News|Noticias)\b)")]
    private static partial Regex Breadcrumb();

    // The site's name alone, or a notice about the site itself: a redesign, a relaunch, a pause in
    // publishing. 'Publishing' alone is not enough: a lead may well say a newspaper was publishing.
    [GeneratedRegex(@"^InSight Crime$|^Investigation and Analysis of Organized Crime$|\b(?:redesign|new website|new site|our (?:web)?site|relaunch|site maintenance|coming soon|rediseñ|nuevo sitio|nuestro sitio|sitio web)|\bpublishing\b.{0,40}\b(?:pause|paused|resume|resumes|suspended|will return)\b|\b(?:pause|resume)s? (?:our )?publishing\b|\bpublicaci[óo]n(?:es)?\b.{0,40}\b(?:reanud|suspend|paus)|^We (?:are|will|'ll|’ll|won't|won’t)\b.{0,80}\b(?:publish|website|site)|^Thank you for your patience|^Gracias por su paciencia", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex BannerWords();
}
