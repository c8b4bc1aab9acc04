package fr.pasapas.web.support;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.io.IOException;

/**
 * Learner and public pages must stay light for old tablets on slow connections: PrimeFaces' head
 * renderer adds its theme, icon font and scripts to every page, so it only renders the head of staff
 * pages (the staff template sets the head's "primefaces" attribute), which use PrimeFaces components.
 * Other pages get a plain head: the "first" facet (charset first), their children, then the resources
 * that components asked for in the head (none on learner pages).
 */
public class LightHeadRenderer extends org.primefaces.renderkit.HeadRenderer {

    static boolean isLight(UIComponent head) {
        return !Boolean.TRUE.equals(head.getAttributes().get("primefaces"));
    }

    @Override
    public void encodeBegin(FacesContext context, UIComponent component) throws IOException {
        if (isLight(component)) {
            context.getResponseWriter().startElement("head", component);
            UIComponent first = component.getFacet("first");
            if (first != null) {
                first.encodeAll(context);
            }
        } else {
            super.encodeBegin(context, component);
        }
    }

    @Override
    public void encodeChildren(FacesContext context, UIComponent component) throws IOException {
        if (isLight(component)) {
            for (UIComponent child : component.getChildren()) {
                child.encodeAll(context);
            }
        } else {
            super.encodeChildren(context, component);
        }
    }

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        if (isLight(component)) {
            for (UIComponent resource : context.getViewRoot().getComponentResources(context, "head")) {
                resource.encodeAll(context);
            }
            context.getResponseWriter().endElement("head");
        } else {
            super.encodeEnd(context, component);
        }
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }
}
