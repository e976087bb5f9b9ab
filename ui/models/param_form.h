// ParamForm: an editor for one model kind's hyperparameters, generated from its schema
// (spin boxes for numbers, a check box for flags, a list for choices), with each
// parameter's help as tooltip. Used by the Train and Evaluate panel.
#pragma once

#include "core/ml/params.h"

#include <QVariantMap>
#include <QWidget>

#include <string>
#include <vector>

class QFormLayout;

namespace mlwb::ui {

class ParamForm : public QWidget {
    Q_OBJECT
public:
    explicit ParamForm(QWidget* parent = nullptr);

    void setSchema(const std::vector<core::ml::ParamSpec>& specs);
    // "NAME=VALUE" for every parameter whose value differs from its default.
    std::vector<std::string> assignments() const;
    // Sets one editor from text (as `--param` takes it); false when the name is unknown.
    bool setValue(const QString& name, const QString& text);
    // Every editor's value as it holds it (int, double, bool or text), by parameter name:
    // what undo needs to put back a form exactly.
    QVariantMap values() const;
    // Sets the editors named in `values`; the others keep what they show.
    void setValues(const QVariantMap& values);

signals:
    // The user changed a parameter: a value typed and confirmed, a step of a spin box
    // (`step`: consecutive steps belong together), a choice or a check box.
    void edited(const QString& name, bool step);

private:
    void watch(const core::ml::ParamSpec& spec, QWidget* editor);

    QFormLayout* m_layout;
    std::vector<core::ml::ParamSpec> m_specs;
    std::vector<QWidget*> m_editors;
};

}  // namespace mlwb::ui
