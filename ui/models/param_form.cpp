#include "ui/models/param_form.h"

#include "core/base/text.h"
#include "ui/models/stepping_spin_box.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

#include <cmath>
#include <limits>

namespace mlwb::ui {

namespace {

// A double editor that keeps and shows small values such as tol = 1e-7: a plain
// QDoubleSpinBox rounds to its decimals, so the default would read (and be sent) as 0.
class ScientificSpinBox : public StepDoubleSpinBox {
public:
    explicit ScientificSpinBox(QWidget* parent) : StepDoubleSpinBox(parent) { setDecimals(17); }

    QString textFromValue(double value) const override { return QString::number(value, 'g', 10); }
    double valueFromText(const QString& text) const override { return text.trimmed().toDouble(); }
    QValidator::State validate(QString& text, int&) const override
    {
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty() || trimmed == "-" || trimmed.endsWith('e') || trimmed.endsWith('E') ||
            trimmed.endsWith("e-") || trimmed.endsWith("E-"))
            return QValidator::Intermediate;
        bool ok = false;
        const double value = trimmed.toDouble(&ok);
        if (!ok) return QValidator::Invalid;
        return value >= minimum() && value <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
    }
};

using core::ml::ParamSpec;
using core::ml::ParamType;

QString editorText(const ParamSpec& spec, QWidget* editor)
{
    switch (spec.type) {
    case ParamType::Int: return QString::number(static_cast<QSpinBox*>(editor)->value());
    case ParamType::Double: return QString::number(static_cast<QDoubleSpinBox*>(editor)->value(), 'g', 10);
    case ParamType::Bool: return static_cast<QCheckBox*>(editor)->isChecked() ? "true" : "false";
    case ParamType::Choice: return static_cast<QComboBox*>(editor)->currentText();
    case ParamType::IntList: return static_cast<QLineEdit*>(editor)->text().trimmed();
    }
    return {};
}

void setEditorText(const ParamSpec& spec, QWidget* editor, const QString& text)
{
    switch (spec.type) {
    case ParamType::Int: static_cast<QSpinBox*>(editor)->setValue(text.toInt()); break;
    case ParamType::Double: static_cast<QDoubleSpinBox*>(editor)->setValue(text.toDouble()); break;
    case ParamType::Bool: static_cast<QCheckBox*>(editor)->setChecked(text == "true" || text == "1"); break;
    case ParamType::Choice: static_cast<QComboBox*>(editor)->setCurrentText(text); break;
    case ParamType::IntList: static_cast<QLineEdit*>(editor)->setText(text); break;
    }
}

// Whether two texts mean the same value ("1e-04" and "0.0001").
bool sameValue(const ParamSpec& spec, const QString& a, const QString& b)
{
    if (spec.type == ParamType::Double || spec.type == ParamType::Int) {
        bool okA = false, okB = false;
        const double x = a.toDouble(&okA), y = b.toDouble(&okB);
        if (okA && okB) return x == y || std::abs(x - y) <= 1e-12 * std::max(std::abs(x), std::abs(y));
    }
    if (spec.type == ParamType::Bool) return (a == "true" || a == "1") == (b == "true" || b == "1");
    return a == b;
}

QWidget* makeEditor(const ParamSpec& spec, QWidget* parent)
{
    const double lo = std::isfinite(spec.min) ? spec.min : -1e9;
    const double hi = std::isfinite(spec.max) ? spec.max : 1e9;
    QWidget* editor = nullptr;
    switch (spec.type) {
    case ParamType::Int: {
        auto* box = new StepSpinBox(parent);
        box->setRange(static_cast<int>(std::max(lo, double(std::numeric_limits<int>::min()))),
                      static_cast<int>(std::min(hi, double(std::numeric_limits<int>::max()))));
        editor = box;
        break;
    }
    case ParamType::Double: {
        auto* box = new ScientificSpinBox(parent);
        box->setRange(lo, hi);
        box->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
        editor = box;
        break;
    }
    case ParamType::Bool: editor = new QCheckBox(parent); break;
    case ParamType::Choice: {
        auto* box = new QComboBox(parent);
        for (const auto& choice : spec.choices) box->addItem(QString::fromStdString(choice));
        editor = box;
        break;
    }
    case ParamType::IntList: editor = new QLineEdit(parent); break;
    }
    editor->setObjectName(QString::fromStdString("param_" + spec.name));
    editor->setToolTip(QString::fromStdString(core::tr(spec.help.c_str())));  // help texts are marked trNoop
    setEditorText(spec, editor, QString::fromStdString(spec.defaultValue));
    return editor;
}

}  // namespace

ParamForm::ParamForm(QWidget* parent) : QWidget(parent), m_layout(new QFormLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void ParamForm::setSchema(const std::vector<ParamSpec>& specs)
{
    while (m_layout->rowCount() > 0) m_layout->removeRow(0);
    m_specs = specs;
    m_editors.clear();
    for (const auto& spec : m_specs) {
        QWidget* editor = makeEditor(spec, this);
        m_editors.push_back(editor);
        m_layout->addRow(QString::fromStdString(spec.name) + QStringLiteral(":"), editor);
        watch(spec, editor);
    }
}

void ParamForm::watch(const ParamSpec& spec, QWidget* editor)
{
    const QString name = QString::fromStdString(spec.name);
    switch (spec.type) {
    case ParamType::Int:
        connect(static_cast<QSpinBox*>(editor), &QSpinBox::valueChanged, this,
                [this, name, editor] { emit edited(name, isStepping(editor)); });
        break;
    case ParamType::Double:
        connect(static_cast<QDoubleSpinBox*>(editor), &QDoubleSpinBox::valueChanged, this,
                [this, name, editor] { emit edited(name, isStepping(editor)); });
        break;
    case ParamType::Bool:
        connect(static_cast<QCheckBox*>(editor), &QCheckBox::toggled, this, [this, name] { emit edited(name, false); });
        break;
    case ParamType::Choice:
        connect(static_cast<QComboBox*>(editor), &QComboBox::currentIndexChanged, this,
                [this, name] { emit edited(name, false); });
        break;
    case ParamType::IntList: {
        auto* line = static_cast<QLineEdit*>(editor);
        // Typing is one edit when confirmed; a change made without the keyboard in the field
        // (from code, or its undo) is one at once.
        connect(line, &QLineEdit::editingFinished, this, [this, name] { emit edited(name, false); });
        connect(line, &QLineEdit::textChanged, this, [this, name, line] {
            if (!line->hasFocus()) emit edited(name, false);
        });
        break;
    }
    }
}

std::vector<std::string> ParamForm::assignments() const
{
    std::vector<std::string> out;
    for (size_t i = 0; i < m_specs.size(); ++i) {
        const QString text = editorText(m_specs[i], m_editors[i]);
        if (!sameValue(m_specs[i], text, QString::fromStdString(m_specs[i].defaultValue)))
            out.push_back(m_specs[i].name + "=" + text.toStdString());
    }
    return out;
}

bool ParamForm::setValue(const QString& name, const QString& text)
{
    for (size_t i = 0; i < m_specs.size(); ++i) {
        if (QString::fromStdString(m_specs[i].name) == name) {
            setEditorText(m_specs[i], m_editors[i], text);
            return true;
        }
    }
    return false;
}

QVariantMap ParamForm::values() const
{
    QVariantMap out;
    for (size_t i = 0; i < m_specs.size(); ++i) {
        QWidget* editor = m_editors[i];
        QVariant value;
        switch (m_specs[i].type) {
        case ParamType::Int: value = static_cast<QSpinBox*>(editor)->value(); break;
        case ParamType::Double: value = static_cast<QDoubleSpinBox*>(editor)->value(); break;
        case ParamType::Bool: value = static_cast<QCheckBox*>(editor)->isChecked(); break;
        case ParamType::Choice: value = static_cast<QComboBox*>(editor)->currentText(); break;
        case ParamType::IntList: value = static_cast<QLineEdit*>(editor)->text(); break;
        }
        out.insert(QString::fromStdString(m_specs[i].name), value);
    }
    return out;
}

void ParamForm::setValues(const QVariantMap& values)
{
    for (size_t i = 0; i < m_specs.size(); ++i) {
        const auto it = values.constFind(QString::fromStdString(m_specs[i].name));
        if (it == values.constEnd()) continue;
        QWidget* editor = m_editors[i];
        switch (m_specs[i].type) {
        case ParamType::Int: static_cast<QSpinBox*>(editor)->setValue(it->toInt()); break;
        case ParamType::Double: static_cast<QDoubleSpinBox*>(editor)->setValue(it->toDouble()); break;
        case ParamType::Bool: static_cast<QCheckBox*>(editor)->setChecked(it->toBool()); break;
        case ParamType::Choice: static_cast<QComboBox*>(editor)->setCurrentText(it->toString()); break;
        case ParamType::IntList: static_cast<QLineEdit*>(editor)->setText(it->toString()); break;
        }
    }
}

}  // namespace mlwb::ui
