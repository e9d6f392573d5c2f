#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace caseledger::ui {

// One typed setting: its key and its default are declared once (STYLE "GUI", like
// KeePassXC's Config or Tiled's SessionOption<T>); widgets never spell keys.
template<class T>
class Setting
{
public:
    Setting(QString key, T defaultValue)
        : m_key(std::move(key))
        , m_default(std::move(defaultValue))
    { }

    T value() const
    {
        const QVariant stored = QSettings().value(m_key);
        if (!stored.isValid() || !stored.canConvert<T>())
            return m_default;
        return stored.value<T>();
    }
    void setValue(const T& value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    void reset() const { QSettings().remove(m_key); }
    const QString& key() const { return m_key; }
    const T& defaultValue() const { return m_default; }

private:
    QString m_key;
    T m_default;
};

} // namespace caseledger::ui
