package fr.pasapas.web.support;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.io.IOException;

/**
 * Learner and public pages must stay light for old tablets on slow connections: PrimeFaces' head
 * renderer adds its theme, icon font and scripts to every page, so it only renders the head of staff
 * pages (/trainer/ and /admin/, which use PrimeFaces components; partner coordinators use the trainer pages).
 * Other pages get a plain head: their children, then the resources that components asked for in the head
 * (none on learner pages).
 */
public class LightHeadRenderer extends org.primefaces.renderkit.HeadRenderer {

    static boolean isStaffView(FacesContext context) {
        String viewId = context.getViewRoot() == null ? "" : context.getViewRoot().getViewId();
        return viewId.startsWith("/trainer/") || viewId.startsWith("/admin/");
    }

    @Override
    public void encodeBegin(FacesContext context, UIComponent component) throws IOException {
        if (isStaffView(context)) {
            super.encodeBegin(context, component);
        } else {
            context.getResponseWriter().startElement("head", component);
        }
    }

    @Override
    public void encodeChildren(FacesContext context, UIComponent component) throws IOException {
        if (isStaffView(context)) {
            super.encodeChildren(context, component);
        } else {
            for (UIComponent child : component.getChildren()) {
                child.encodeAll(context);
            }
        }
    }

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        if (isStaffView(context)) {
            super.encodeEnd(context, component);
        } else {
            for (UIComponent resource : context.getViewRoot().getComponentResources(context, "head")) {
                resource.encodeAll(context);
            }
            context.getResponseWriter().endElement("head");
        }
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }
}
