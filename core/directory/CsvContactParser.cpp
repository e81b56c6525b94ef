// SPDX-License-Identifier: GPL-3.0-or-later
// CSV half of ContactFileParser.h.
#include "core/directory/ContactFileParser.h"

#include <QCoreApplication>
#include <QHash>

namespace {

enum class Column
{
    Ignored,
    Name,
    FirstName,
    LastName,
    Extension,
    Work,
    Mobile,
    Other,
    Mail,
    Department,
    Title,
    Uid,
    Mailbox,
    Context,
};

// Lower case, no accents, no spaces/dashes/underscores/dots.
QString headerKey(const QString& header)
{
    const QString decomposed = header.normalized(QString::NormalizationForm_D);
    QString key;
    for (QChar c : decomposed) {
        if (c.isLetterOrNumber() && c.category() != QChar::Mark_NonSpacing)
            key += c.toLower();
    }
    return key;
}

const QHash<QString, Column>& headerNames()
{
    // English, German, Spanish, French names seen in exports of common phone
    // books, PBXs and mail programs (written without accents and spaces).
    static const QHash<QString, Column> names = [] {
        QHash<QString, Column> h;
        const auto add = [&h](Column c, std::initializer_list<const char*> keys) {
            for (const char* k : keys)
                h.insert(QString::fromLatin1(k), c);
        };
        add(Column::Name,
            {"name", "fullname", "displayname", "contact", "contactname", "kontakt", "anzeigename",
                "vollstandigername", "nombre", "nombrecompleto", "nom", "nomcomplet", "nomaffiche"});
        add(Column::FirstName, {"firstname", "givenname", "forename", "vorname", "nombrepila", "prenom"});
        add(Column::LastName,
            {"lastname", "surname", "familyname", "nachname", "familienname", "apellido", "apellidos",
                "nomdefamille"});
        add(Column::Extension,
            {"extension", "ext", "exten", "durchwahl", "nebenstelle", "anexo", "interno",
                "extensiontelefonica", "poste", "numerodeposte"});
        add(Column::Work,
            {"phone", "telephone", "tel", "phonenumber", "telephonenumber", "number", "work", "workphone",
                "businessphone", "officephone", "telefon", "telefongeschaftlich", "rufnummer", "nummer",
                "telefono", "telefonotrabajo", "numero", "telephonetravail", "telephonebureau",
                "telephoneprofessionnel"});
        add(Column::Mobile,
            {"mobile", "mobilephone", "cell", "cellphone", "cellular", "mobil", "mobiltelefon", "handy",
                "movil", "celular", "telefonomovil", "portable", "telephoneportable", "mobilenumber"});
        add(Column::Other,
            {"other", "otherphone", "homephone", "home", "privat", "telefonprivat", "andere", "otro",
                "otrotelefono", "telefonocasa", "autre", "telephonedomicile", "domicile"});
        add(Column::Mail,
            {"email", "mail", "emailaddress", "mailaddress", "emailadresse", "correo", "correoelectronico",
                "courriel", "adressemail", "adresseemail", "adresseelectronique"});
        add(Column::Department,
            {"department", "dept", "ou", "organizationalunit", "abteilung", "departamento", "departement",
                "service", "division"});
        add(Column::Title,
            {"title", "jobtitle", "position", "role", "titel", "funktion", "berufsbezeichnung", "puesto",
                "cargo", "titre", "fonction"});
        add(Column::Uid,
            {"uid", "id", "username", "user", "login", "account", "benutzer", "benutzername", "usuario",
                "utilisateur", "identifiant"});
        add(Column::Mailbox, {"mailbox", "voicemail", "voicemailbox", "sprachbox", "buzon", "boitevocale"});
        add(Column::Context, {"context", "kontext", "contexto", "contexte"});
        return h;
    }();
    return names;
}

QChar detectDelimiter(const QString& text)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    bool inHeader = false; // blank lines before the header are skipped, as by the parser
    for (QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            inHeader = true;
            continue;
        }
        if (quoted)
            continue;
        if (c == QLatin1Char('\n') && inHeader)
            break;
        inHeader = inHeader || !c.isSpace();
        if (c == QLatin1Char(','))
            ++comma;
        else if (c == QLatin1Char(';'))
            ++semicolon;
        else if (c == QLatin1Char('\t'))
            ++tab;
    }
    if (semicolon > comma && semicolon >= tab)
        return QLatin1Char(';');
    if (tab > comma)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

struct Record
{
    int line = 0;
    QStringList fields;
    std::optional<ContactFileError> error;
};

void skipToLineEnd(const QString& text, qsizetype& pos, int& line)
{
    while (pos < text.size() && text.at(pos) != QLatin1Char('\n'))
        ++pos;
    if (pos < text.size()) {
        ++pos;
        ++line;
    }
}

// Where the last run of quotes of odd length starts (-1: none). A quoted
// field closes at the first odd run after its opening quote (an even run is
// only doubled quotes), so a field opened after the last one never closes:
// knowing that up front keeps a file with a stray quote on every line linear.
qsizetype lastOddQuoteRun(const QString& text)
{
    qsizetype last = -1;
    for (qsizetype i = 0; i < text.size();) {
        if (text.at(i) != QLatin1Char('"')) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < text.size() && text.at(i) == QLatin1Char('"'))
            ++i;
        if ((i - start) % 2 == 1)
            last = start;
    }
    return last;
}

// True if the quoted field opening at pos closes (see lastOddQuoteRun).
bool quoteCloses(const QString& text, qsizetype pos, qsizetype lastOddRun)
{
    qsizetype end = pos + 1;
    while (end < text.size() && text.at(end) == QLatin1Char('"'))
        ++end;
    return (end - pos - 1) % 2 == 1 || lastOddRun > pos;
}

// Reads a quoted field, pos at its opening quote; false if the quote never closes.
bool readQuotedField(const QString& text, qsizetype& pos, int& line, QString& field, qsizetype lastOddRun)
{
    const qsizetype n = text.size();
    if (!quoteCloses(text, pos, lastOddRun))
        return false;
    ++pos;
    while (pos < n) {
        const QChar c = text.at(pos);
        if (c == QLatin1Char('"')) {
            if (pos + 1 < n && text.at(pos + 1) == QLatin1Char('"')) {
                field += c;
                pos += 2;
                continue;
            }
            ++pos;
            return true;
        }
        if (c == QLatin1Char('\n'))
            ++line;
        if (c != QLatin1Char('\r'))
            field += c;
        ++pos;
    }
    return false;
}

void readPlainField(const QString& text, qsizetype& pos, QChar delimiter, QString& field)
{
    while (pos < text.size()) {
        const QChar c = text.at(pos);
        if (c == delimiter || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            break;
        field += c;
        ++pos;
    }
}

// Reads one record starting at pos; advances pos and line past it.
Record readRecord(const QString& text, qsizetype& pos, int& line, QChar delimiter, qsizetype lastOddRun)
{
    Record r;
    r.line = line;
    const qsizetype n = text.size();
    const qsizetype start = pos;
    for (;;) {
        QString field;
        if (pos < n && text.at(pos) == QLatin1Char('"')) {
            if (!readQuotedField(text, pos, line, field, lastOddRun)) {
                // Everything after the opening quote is suspect: drop only the
                // first physical line and go on from the next one.
                r.error = ContactFileError {r.line, ContactFileError::Reason::UnterminatedQuote, {}};
                pos = start;
                line = r.line;
                skipToLineEnd(text, pos, line);
                return r;
            }
            if (pos < n && text.at(pos) != delimiter && text.at(pos) != QLatin1Char('\r')
                && text.at(pos) != QLatin1Char('\n')) {
                r.error = ContactFileError {r.line, ContactFileError::Reason::TextAfterClosingQuote, {}};
                skipToLineEnd(text, pos, line);
                return r;
            }
        } else {
            readPlainField(text, pos, delimiter, field);
        }
        r.fields.append(field);
        if (pos < n && text.at(pos) == delimiter) {
            ++pos;
            continue;
        }
        if (pos < n && text.at(pos) == QLatin1Char('\r'))
            ++pos;
        if (pos < n && text.at(pos) == QLatin1Char('\n')) {
            ++pos;
            ++line;
        }
        return r;
    }
}

bool isBlank(const QStringList& fields)
{
    for (const QString& f : fields) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

// The header's columns; false if no column is one we know.
bool readHeader(const QStringList& fields, QList<Column>& columns)
{
    bool known = false;
    for (const QString& h : fields) {
        const Column c = headerNames().value(headerKey(h), Column::Ignored);
        // A repeated column (two "Phone") maps once; the second is ignored.
        columns.append(columns.contains(c) && c != Column::Other ? Column::Ignored : c);
        known = known || c != Column::Ignored;
    }
    return known;
}

// A number column whose value is no phone number: false.
bool assignField(Column column, const QString& v, Contact& c, QString& first, QString& last)
{
    const auto number = [&](PhoneNumber::Kind kind) {
        if (!looksLikePhoneNumber(v))
            return false;
        c.addNumber(kind, v);
        return true;
    };
    switch (column) {
    case Column::Ignored:
        break;
    case Column::Name:
        c.name = v;
        break;
    case Column::FirstName:
        first = v;
        break;
    case Column::LastName:
        last = v;
        break;
    case Column::Extension:
        return number(PhoneNumber::Kind::Extension);
    case Column::Work:
        return number(PhoneNumber::Kind::Work);
    case Column::Mobile:
        return number(PhoneNumber::Kind::Mobile);
    case Column::Other:
        return number(PhoneNumber::Kind::Other);
    case Column::Mail:
        c.mail = v;
        break;
    case Column::Department:
        c.department = v;
        break;
    case Column::Title:
        c.title = v;
        break;
    case Column::Uid:
        c.uid = v;
        break;
    case Column::Mailbox:
        c.mailbox = v;
        break;
    case Column::Context:
        c.context = v;
        break;
    }
    return true;
}

// One data record as a contact; error set if it cannot be one.
Contact contactOf(const Record& r, const QList<Column>& columns, const QString& sourceId,
    std::optional<ContactFileError>& error)
{
    Contact c;
    c.sourceId = sourceId;
    QString first, last;
    for (qsizetype i = 0; i < r.fields.size(); ++i) {
        const QString v = r.fields.at(i).trimmed();
        if (!v.isEmpty() && !assignField(columns.at(i), v, c, first, last))
            error = ContactFileError {r.line, ContactFileError::Reason::InvalidNumber, v};
    }
    if (c.name.isEmpty())
        c.name = QString(first + QLatin1Char(' ') + last).trimmed();
    if (!error && c.name.isEmpty() && c.numbers.isEmpty())
        error = ContactFileError {r.line, ContactFileError::Reason::NoNameOrNumber, {}};
    return c;
}

// A header row with no line break after it: the whole file is that row.
bool endsWithoutLineBreak(const QString& text, qsizetype pos)
{
    return pos >= text.size() && !text.endsWith(QLatin1Char('\n')) && !text.endsWith(QLatin1Char('\r'));
}

// The header row; false (and an error) if the file cannot have contacts.
bool acceptHeader(
    const Record& r, bool atEnd, QChar delimiter, QList<Column>& columns, ContactFileResult& result)
{
    if (!readHeader(r.fields, columns)) {
        result.errors.append({r.line, ContactFileError::Reason::NoHeader, r.fields.join(delimiter)});
        return false;
    }
    if (atEnd) {
        result.errors.append({r.line, ContactFileError::Reason::HeaderNeverEnds, r.fields.join(delimiter)});
        return false;
    }
    return true;
}

void addRow(const Record& r, const QList<Column>& columns, const QString& sourceId, ContactFileResult& result)
{
    if (r.fields.size() > columns.size()) {
        result.errors.append({r.line, ContactFileError::Reason::TooManyFields,
            QCoreApplication::translate("ContactFileError", "%1 fields, the header has %2")
                .arg(r.fields.size())
                .arg(columns.size())});
        return;
    }
    std::optional<ContactFileError> error;
    const Contact c = contactOf(r, columns, sourceId, error);
    if (error)
        result.errors.append(*error);
    else
        result.contacts.append(c);
}

} // namespace

ContactFileResult parseCsvContacts(
    const QString& text, const QString& sourceId, const ContactFileLimits& limits)
{
    ContactFileResult result;
    const QChar delimiter = detectDelimiter(text);
    const qsizetype lastOddRun = lastOddQuoteRun(text);
    qsizetype pos = 0;
    int line = 1;
    int rows = 0;
    QList<Column> columns;
    bool haveHeader = false;
    while (pos < text.size()) {
        if (limits.cancel && (rows % 1024) == 0 && limits.cancel->load()) {
            result.cancelled = true;
            return result;
        }
        Record r = readRecord(text, pos, line, delimiter, lastOddRun);
        if (r.error) {
            result.errors.append(*r.error);
        } else if (isBlank(r.fields)) {
            continue;
        } else if (!haveHeader) {
            haveHeader = true;
            if (!acceptHeader(r, endsWithoutLineBreak(text, pos), delimiter, columns, result))
                return result;
            continue;
        } else {
            addRow(r, columns, sourceId, result);
        }
        if (++rows > limits.maxEntries) {
            result.tooManyEntries = true;
            return result;
        }
    }
    return result;
}
