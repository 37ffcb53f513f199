using System.Buffers;
using System.Text.RegularExpressions;

namespace CrimeArchive.Import.Parsing;

/// <summary>Notes the site prints around a story: tag lines, picture credits, citation lines, cookie
/// notices and the dated items of a most-read list.</summary>
public static partial class ChromeFilter
{
    /// <summary>"Tags: Arms, Rivera", "Temas: Fronteras": the story's labels, printed where it ends.</summary>
    public static bool IsTagLine(string line) => line.Contains(':') && TagLine().IsMatch(line);

    /// <summary>"Tags", "Etiquetas": the heading over the story's labels when each has a line of its own,
    /// which no pattern for a line of chrome can tell from a short paragraph once the heading is gone.</summary>
    public static bool IsTagHeading(string line) => line.Length <= 20 && TagHeading().IsMatch(line);

    [GeneratedRegex(@"^(?:" + TagWords + @")\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex TagHeading();

    /// <summary>"Foto: cortesía de la alcaldía", "Photo credit: Navy press office": a picture's credit
    /// on a line of its own, below its caption.</summary>
    public static bool IsCreditLine(string line) => line.Length <= MaxLinkLength && line.Contains(':') && CreditLine().IsMatch(line);

    private static bool IsSiteNote(string line) =>
        line.Contains(':') && (CreditLine().IsMatch(line) || CitationLine().IsMatch(line))
        || char.IsDigit(line[^1]) && TeaserItem().IsMatch(line)
        || line.Contains("ookie", StringComparison.Ordinal) && (CookieNotice().IsMatch(line) || CookieConsent().IsMatch(line))
        // "← Part 1: The Cocaine Ports", "Part 2 of 3: …": the links and label of a series box.
        || line[0] is '←' or '‹' or '«' && line.Length <= MaxLinkLength
        || line[0] is 'P' && SeriesLabel().IsMatch(line)
        || line.Length <= MaxCallLength && line[^1] is '.' or '!' or 'y' or 'w' or 'e' or 'n' or 's' or 'í' or 'a' && CallToAction().IsMatch(line)
        || line.Length <= MaxCallLength && !HoldsQuote(line) && ReaderCall().IsMatch(line)
        || line.Length <= 2 * MaxCallLength && line.Contains('?') && TipRequest().IsMatch(line)
        || line.Length <= MaxCaptionLength && (line[0] == '[' || CaptionWords.IsIn(line)) && CaptionCredit().IsMatch(line)
        || line.Length <= MaxShortChromeLength && (line.AsSpan(0, Math.Min(line.Length, NoteLabelReach)).Contains(':') || NoteWords.IsIn(line))
            && EditorsNote().IsMatch(line);

    // A note's label ("Editor's note:", "Corrección (5 de junio de 2021):") comes in its first words.
    private const int NoteLabelReach = 60;

    // Cheap tests before the patterns, which would otherwise run on every paragraph.
    private static readonly Text.WordSearch CaptionWords = new(
        ["Photo", "Foto", "Image", "Imagen", "Credit", "Crédito", "Credito", "Handout"], StringComparison.Ordinal);

    private static readonly Text.WordSearch NoteWords = new(
        ["version", "versión", "expressed", "expresadas", "views", "opinions", "opiniones"], StringComparison.OrdinalIgnoreCase);

    /// <summary>"Advertisement", "PUBLICIDAD": the label over an ad, wherever it stands.</summary>
    public static bool IsAdLabel(string line) => line.Trim() is "Advertisement" or "ADVERTISEMENT" or "Publicidad" or "PUBLICIDAD";

    private const int MaxCaptionLength = 400;

    // "… is led into court. Photo courtesy of the prosecutor's office", "….Credit...Ana Ruiz for the Post",
    // "[1/3] Soldiers guard the port…", "…/Handout via Reuters": a picture's caption ending in its credit.
    [GeneratedRegex(@"(?:^|\s)(?:Photo(?:graph)?s?|Foto(?:graf[íi]a)?s?|Image|Imagen|Credit|Cr[ée]dito)\s*(?::|\.{3}|…|\s+courtesy\s+of|\s+cortes[íi]a\s+de)\s*[^.!?]{1,100}$|[.!?]Credit(?:\.{3}|…)[^.!?]{1,100}$|/\s*Handout(?:\s+via\s+[^.!?]{1,60})?$|\bHandout\s+via\s+[^.!?]{1,60}$|^\[\d{1,2}\s*/\s*\d{1,2}\]\s", RegexOptions.NonBacktracking)]
    private static partial Regex CaptionCredit();

    // "Editor's note: this story was updated…", "Corrección (5 de junio de 2021): …", "A version of this
    // article appears in print on…", "The views expressed are the author's own…": notes on the story, not the story.
    [GeneratedRegex(@"^(?:(?:Editor['’]s|Editors['’]?)\s+note\s*:|Correction\b[^:]{0,40}:|Corrections?\s+and\s+clarifications|Update\b[^:]{0,30}:\s*This\s+(?:story|article)|Nota\s+(?:del|de\s+la)\s+(?:editor|editora|redacci[óo]n)\s*:|Correcci[óo]n\b[^:]{0,40}:|Fe\s+de\s+erratas\s*:|Aclaraci[óo]n\s*:|A\s+version\s+of\s+this\s+(?:article|story)\s+appears\s+in\s+print\b|Una\s+versi[óo]n\s+de\s+(?:este|esta)\s+(?:art[íi]culo|nota)\s+(?:apareci[óo]|se\s+public[óo])\b|.{0,80}\b(?:views|opinions)\s+expressed\b.{0,120}\b(?:do\s+not\s+necessarily|necessarily)\s+reflect\b|.{0,80}\bopiniones\s+expresadas\b.{0,120}\bno\s+(?:necesariamente\s+)?reflejan\b|(?:The\s+)?(?:views|opinions)\s+(?:expressed\s+)?(?:in\s+this\s+\p{L}+\s+)?(?:are|belong\s+to)\s+(?:solely\s+|only\s+)?(?:those\s+of\s+)?the\s+(?:author|authors|writer)\b|(?:Las\s+)?opiniones\s+(?:expresadas\s+)?(?:en\s+(?:este|esta)\s+\p{L}+\s+)?son\s+(?:de\s+)?(?:exclusiva\s+)?(?:responsabilidad\s+)?(?:del?|de\s+la|de\s+los)\s+(?:autor|autora|autores))", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex EditorsNote();

    private const int MaxCallLength = 120;

    // "Like our reporting? Join the weekly newsletter.", "Help fund our reporting — chip in today.", "Apoya
    // el periodismo independiente: dona hoy.": a clause that opens with a call to the reader to sign up or
    // give, about the site's own work. A story's sentences do not open with imperatives; a quoted one may.
    [GeneratedRegex(@"(?:^|[.?!:;—–]\s+|\s-\s)(?:Join|Sign\s+up|Subscribe|Donate|Give|Chip\s+in|Support|Help\s+(?:fund|support|us|keep|sustain)|Become\s+a\s+(?:member|supporter|subscriber|donor)|Apoya|Apoye|Ap[óo]yanos|Dona|Done|Suscr[íi]bete|Suscr[íi]base|[ÚU]nete|Contribuye|Contribuya|Colabora|Colabore|Ay[úu]danos|Hazte)\b[^.?!]{0,80}\b(?:newsletter|bolet[íi]n|reporting|journalism|periodismo|work|trabajo|today|now|hoy|ahora|monthly|mensual|donation|donaci[óo]n|us|nos|nuestr[oa]s?|our|independiente|independent)\b[^.?!]{0,40}[.!]?$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex ReaderCall();

    // "Have details on this ring? Email our research desk.", "¿Sabe algo más de esta banda? Contáctenos.",
    // "¿Qué le pareció este texto? Pulse aquí y déjenos su comentario.": a question to the reader, then
    // where to send what they know or think.
    [GeneratedRegex(@"^¿?[^.?!¿]{5,100}\?\s*(?:(?:Contact|Email|E-mail|Write\s+to|Tell|Send|Reach|Let\s+us\s+know|Get\s+in\s+touch|Cont[áa]ct(?:enos|anos|e|a)|Escr[íi]b(?:anos|enos|a|e)|Env[íi](?:enos|anos|e)|Comun[íi]quese|Av[íi]s(?:enos|anos)|Cu[ée]nt(?:enos|anos))\b|(?:Click|Tap|Leave|Share\s+your|(?:Haga|Haz|Hagan|D[ée]|Da|Den)\s+(?:clic|click)|Puls(?:e|a|en)|Presion(?:e|a|en)|D[ée]j(?:enos|anos|e|a))\b(?=[^.?!]{0,100}\b(?:us|our|nos|nuestr[oa]s?|comments?|comentarios?|opini[óo]n|here|aqu[íi]|link|enlace|editors?|redacci[óo]n)\b))[^.?!]{0,100}[.!]?$", RegexOptions.IgnoreCase)]
    private static partial Regex TipRequest();

    private static bool HoldsQuote(string line) => line.AsSpan().IndexOfAny("\"“”«»") >= 0;

    // "Never lose track of the story. Register today.": a short pitch that ends by telling the reader to sign up.
    [GeneratedRegex(@"^(?:[^.!?]{0,80}[.!?]\s+)?(?:Register|Sign\s+up|Subscribe|Join\s+us|Join\s+now|Reg[íi]strese|Reg[íi]strate|Suscr[íi]base|Suscr[íi]bete|[ÚU]nete|Inscr[íi]bete)(?:\s+(?:today|now|here|for\s+free|free|hoy|ahora|aqu[íi]|gratis|ya))?[.!]?$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex CallToAction();

    [GeneratedRegex(@"^Parte?\s+\d+\s+(?:of|de)\s+\d+\b[^.!?]{0,120}$")]
    private static partial Regex SeriesLabel();

    // The labels a story is filed under are printed under one of these words.
    private const string TagWords = @"Tags?|Etiquetas?|Topics?|Temas?(?:\s+relacionados)?|Subjects?|Categor(?:y|ies)|Categor[íi]as?|Keywords|Palabras\s+clave|Filed\s+under|Archivado\s+en|Related\s+topics";

    [GeneratedRegex(@"^(?:" + TagWords + @")\s*:", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex TagLine();

    [GeneratedRegex(@"^(?:Photo|Foto|Fotograf[íi]a|Image|Imagen|Picture|Credit|Cr[ée]dito|Photo\s+credit|Cr[ée]dito\s+(?:de\s+(?:la\s+)?)?(?:foto|imagen)|Fuente\s+de\s+(?:la\s+)?(?:foto|imagen))s?\s*:\s*[^.!?]{1,100}\.?$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex CreditLine();

    // "How to cite this profile: …", "Citation: The Site, “Title,” 3 May 2020", "Cómo citar: …".
    [GeneratedRegex(@"^(?:(?:To|How\s+to)\s+(?:cite|reference)\b|Cite\s+(?:this|as)\b|(?:Suggested\s+)?Citation|(?:C[óo]mo|Para)\s+citar\b|Citar\s+(?:este|esta|como)\b|Cita\s+sugerida|Cita\s+recomendada)[^:]{0,60}:", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex CitationLine();

    // "2. Cartels Clash for the Ports — 3 MAR 2021": a dated headline of a list of other stories.
    [GeneratedRegex(@"^.{5,200}\s[—–]\s(?:\d{1,2}\s\p{L}{3,10}\.?,?\s\d{4}|\p{L}{3,10}\.?\s\d{1,2},?\s\d{4})$", RegexOptions.NonBacktracking)]
    private static partial Regex TeaserItem();

    // "Cookies help us and selected vendors tailor ads and count visits": no story speaks of cookies
    // beside ads, partners, browsing or consent.
    [GeneratedRegex(@"^(?=.{0,400}$).*\b[Cc]ookies?\b.*\b(?:ads|advert\w*|partners?|vendors?|experience|browsing|navegaci[óo]n|naveg\w+|consent\w*|consentimiento|privacy|privacidad|traffic|tr[áa]fico|personali[sz]\w*|analytics|anal[íi]tic\w*|preferences|preferencias|terceros|third|site|sitio|website|web)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CookieNotice();

    // "Our services rely on cookies. Staying here means you agree to their use.": cookies, the site
    // speaking to the reader, and agreeing; a courier who "agreed" beside boxes of cookies is news.
    [GeneratedRegex(@"^(?=.{0,400}$)(?=.*\b[Cc]ookies?\b)(?=.*\b(?:agree\w*|accept\w*|acept\w*|consent\w*|continu\w*|browse|staying)\b)(?=.*\b(?:you|your|usted|we|us|our|nuestr[oa]s?)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex CookieConsent();
}
