// SteppingSpinBox: a spin box that tells whether its value is changing by a step (arrow
// button, wheel, Up/Down key) rather than a typed value. The Train and Tune forms use it
// to merge a run of steps of one field into one undo step while each typed value stays one.
#pragma once

#include <QDoubleSpinBox>
#include <QSpinBox>

namespace mlwb::ui {

template <class Base>
class SteppingSpinBox : public Base {
public:
    explicit SteppingSpinBox(QWidget* parent = nullptr) : Base(parent)
    {
        // valueChanged once per typed value (on Enter or leaving the field), not per keystroke.
        this->setKeyboardTracking(false);
    }

    bool isStepping() const { return m_stepping; }

    void stepBy(int steps) override
    {
        // valueChanged is emitted inside Base::stepBy, while the flag is up.
        m_stepping = true;
        Base::stepBy(steps);
        m_stepping = false;
    }

private:
    bool m_stepping = false;
};

using StepSpinBox = SteppingSpinBox<QSpinBox>;
using StepDoubleSpinBox = SteppingSpinBox<QDoubleSpinBox>;

// Whether `spinBox` is one of the above in the middle of a step.
inline bool isStepping(const QObject* spinBox)
{
    if (const auto* box = dynamic_cast<const StepSpinBox*>(spinBox)) return box->isStepping();
    if (const auto* box = dynamic_cast<const StepDoubleSpinBox*>(spinBox)) return box->isStepping();
    return false;
}

}  // namespace mlwb::ui
