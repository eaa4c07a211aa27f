package org.jrw.gui.review;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import org.jrw.i18n.Messages;
import org.jrw.model.review.Review;

/**
 * 签名… is offered only when there is something to sign: a draft opinion cannot be signed, so the
 * button is disabled and says why (a disabled button shows no tooltip, so the explanation sits on
 * a holder around it, and in the button's accessible help).
 */
final class SignGate {
    private SignGate() {
    }

    static Node explain(Button sign, ReviewViewModel vm) {
        StringBinding why = Bindings.createStringBinding(() -> {
            Review r = vm.review();
            if (r != null && vm.draftProperty().get()) {
                return Messages.get("ux.sign.draft", String.join(Messages.semicolon(), ReviewViewModel.draftReasons(r)));
            }
            return Messages.get("review.gui.action.signTip");
        }, vm.reviewProperty(), vm.draftProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(why);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        sign.setTooltip(tip);
        sign.accessibleHelpProperty().bind(why);
        StackPane holder = new StackPane(sign);
        holder.setId("signHolder");
        Tooltip.install(holder, tip);
        return holder;
    }
}
