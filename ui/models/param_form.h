// ParamForm: an editor for one model kind's hyperparameters, generated from its schema
// (spin boxes for numbers, a check box for flags, a list for choices), with each
// parameter's help as tooltip. Used by the Train and Evaluate panel.
#pragma once

#include "core/ml/params.h"

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

private:
    QFormLayout* m_layout;
    std::vector<core::ml::ParamSpec> m_specs;
    std::vector<QWidget*> m_editors;
};

}  // namespace mlwb::ui
