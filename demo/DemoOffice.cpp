// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoOffice.h"

#include <QStringBuilder>

namespace {

// First and last names from many languages, UTF-8 on purpose: the demo
// exercises every place a name is shown, searched or written to a file.
constexpr const char16_t* FirstNames[] = {
    u"Zoë",
    u"José",
    u"Amélie",
    u"Björn",
    u"Łukasz",
    u"Siobhán",
    u"Chloé",
    u"Jürgen",
    u"Ana",
    u"Mateo",
    u"Yuki",
    u"Olga",
    u"Nikolaj",
    u"Søren",
    u"Ayşe",
    u"François",
    u"Ingrid",
    u"Kenji",
    u"Priya",
    u"Tomás",
    u"Émilie",
    u"Grzegorz",
    u"Fatima",
    u"Henrik",
    u"Lucía",
    u"Mikael",
    u"Noémie",
    u"Pedro",
    u"Rania",
    u"Wei",
};
constexpr const char16_t* LastNames[] = {
    u"Müller",
    u"García",
    u"Lefèvre",
    u"Ångström",
    u"Wójcik",
    u"O'Brien",
    u"Dubois",
    u"Schröder",
    u"Silva",
    u"Fernández",
    u"Tanaka",
    u"Ivanova",
    u"Sørensen",
    u"Nørgaard",
    u"Yılmaz",
    u"Gauthier",
    u"Lindqvist",
    u"Watanabe",
    u"Sharma",
    u"Núñez",
    u"Girard",
    u"Brzęczyszczykiewicz",
    u"Haddad",
    u"Johansson",
    u"López",
    u"Virtanen",
    u"Mercier",
    u"Araújo",
    u"Khalil",
    u"Zhang",
};
constexpr const char16_t* Departments[] = {
    u"Sales",
    u"Support",
    u"Accounting",
    u"Engineering",
    u"Marketing",
    u"Logistics",
    u"Management",
};

QString asciiFold(const QString& s)
{
    QString out;
    for (const QChar c : s.normalized(QString::NormalizationForm_D)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out.append(c.toLower());
    }
    return out;
}

} // namespace

QList<DemoExtension> DemoOffice::build(int extensionCount)
{
    QList<DemoExtension> out;
    constexpr int firstCount = int(std::size(FirstNames));
    constexpr int lastCount = int(std::size(LastNames));
    for (int i = 0; i < qMax(2, extensionCount); ++i) {
        DemoExtension ext;
        ext.number = QString::number(1000 + i);
        if (i == 0) {
            ext.name = QStringLiteral("Operator");
            ext.department = QStringLiteral("Reception");
        } else {
            // A fixed walk through the name tables: every pair distinct up to 900 people.
            const int f = (i - 1) % firstCount;
            const int l = ((i - 1) + (i - 1) / firstCount * 7) % lastCount;
            ext.name
                = QString::fromUtf16(FirstNames[f]) % QLatin1Char(' ') % QString::fromUtf16(LastNames[l]);
            ext.department = QString::fromUtf16(Departments[i % int(std::size(Departments))]);
        }
        ext.email = asciiFold(ext.name.section(QLatin1Char(' '), 0, 0)) % QLatin1Char('.')
            % asciiFold(ext.name.section(QLatin1Char(' '), 1)) % QStringLiteral("@example.com");
        ext.hasDndDevice = true; // every phone has its *76<ext> hint, as in the 08-13 recordings
        // 1002 and 1003 answer the queue like in the recording; then one in seven.
        ext.queueMember = i == 2 || i == 3 || (i > 3 && i % 7 == 5);
        out.append(ext);
    }
    return out;
}

QStringList DemoOffice::meeting(const DemoWorld& world)
{
    QStringList out;
    const QStringList& numbers = world.extensionNumbers();
    for (qsizetype i = numbers.size() - 1; i > 0 && out.size() < 3; --i) {
        const DemoExtension* e = world.extension(numbers.at(i));
        if (e && !e->queueMember && !e->dnd && e->number != QLatin1String(DemoWorld::OperatorExtension))
            out.prepend(e->number);
    }
    return out;
}
