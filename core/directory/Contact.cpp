// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/Contact.h"

#include "core/common/DialableNumber.h"

#include <QJsonArray>
#include <QMetaEnum>

bool PhoneNumber::isDialable() const
{
    return DialableNumber::parse(number).isValid();
}

QString Contact::extension() const
{
    for (const PhoneNumber& n : numbers) {
        if (n.kind == PhoneNumber::Kind::Extension)
            return n.number;
    }
    return {};
}

QString Contact::primaryNumber() const
{
    for (PhoneNumber::Kind kind : {PhoneNumber::Kind::Extension, PhoneNumber::Kind::Work,
             PhoneNumber::Kind::Mobile, PhoneNumber::Kind::Other}) {
        for (const PhoneNumber& n : numbers) {
            if (n.kind == kind && n.isDialable())
                return n.number;
        }
    }
    return {};
}

void Contact::addNumber(PhoneNumber::Kind kind, const QString& number)
{
    const QString trimmed = number.trimmed();
    if (trimmed.isEmpty())
        return;
    const QString key = normalizedNumber(trimmed);
    for (PhoneNumber& n : numbers) {
        if (normalizedNumber(n.number) != key)
            continue;
        // A dialable number never hides behind an undialable one with the same
        // digits ("1234&PJSIP/evil@trunk" in one attribute, "1234" in another):
        // it takes its place, so the person can still be called.
        if (!n.isDialable() && DialableNumber::parse(trimmed).isValid())
            n.number = trimmed;
        return;
    }
    numbers.append({kind, trimmed});
}

QJsonObject Contact::toJson() const
{
    QJsonArray jsonNumbers;
    const QMetaEnum kinds = QMetaEnum::fromType<PhoneNumber::Kind>();
    for (const PhoneNumber& n : numbers) {
        jsonNumbers.append(QJsonObject {
            {QStringLiteral("kind"), QString::fromLatin1(kinds.valueToKey(int(n.kind)))},
            {QStringLiteral("number"), n.number},
        });
    }
    QJsonObject o;
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("numbers"), jsonNumbers);
    const auto put = [&o](const char* key, const QString& value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("uid", uid);
    put("mail", mail);
    put("department", department);
    put("title", title);
    put("mailbox", mailbox);
    put("context", context);
    put("source", sourceId);
    return o;
}

Contact Contact::fromJson(const QJsonObject& o)
{
    Contact c;
    c.name = o.value(QLatin1String("name")).toString();
    const QMetaEnum kinds = QMetaEnum::fromType<PhoneNumber::Kind>();
    const QJsonArray jsonNumbers = o.value(QLatin1String("numbers")).toArray();
    for (const auto& v : jsonNumbers) { // QJsonValueConstRef: no copy per number
        const QJsonObject n = v.toObject();
        bool ok = false;
        const int kind
            = kinds.keyToValue(n.value(QLatin1String("kind")).toString().toLatin1().constData(), &ok);
        c.addNumber(ok ? PhoneNumber::Kind(kind) : PhoneNumber::Kind::Other,
            n.value(QLatin1String("number")).toString());
    }
    c.uid = o.value(QLatin1String("uid")).toString();
    c.mail = o.value(QLatin1String("mail")).toString();
    c.department = o.value(QLatin1String("department")).toString();
    c.title = o.value(QLatin1String("title")).toString();
    c.mailbox = o.value(QLatin1String("mailbox")).toString();
    c.context = o.value(QLatin1String("context")).toString();
    c.sourceId = o.value(QLatin1String("source")).toString();
    return c;
}

CallerId parseCallerId(const QString& text)
{
    const QString t = text.trimmed();
    const qsizetype open = t.lastIndexOf(QLatin1Char('<'));
    if (open >= 0 && t.endsWith(QLatin1Char('>'))) {
        CallerId id;
        id.number = t.mid(open + 1, t.size() - open - 2).trimmed();
        QString name = t.left(open).trimmed();
        if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')))
            name = name.mid(1, name.size() - 2);
        name.replace(QLatin1String("\\\""), QLatin1String("\""));
        id.name = name.trimmed();
        return id;
    }
    return {QString(), t};
}

QString normalizedNumber(const QString& number)
{
    QString out;
    out.reserve(number.size());
    for (QChar c : number) {
        if (c.isDigit() || (c == QLatin1Char('+') && out.isEmpty()))
            out.append(c);
    }
    return out;
}
