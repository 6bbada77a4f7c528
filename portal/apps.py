from django.apps import AppConfig


class PortalConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "portal"
    verbose_name = "Lõi cổng thông tin"

    def ready(self):
        from django.db.models.signals import pre_save

        from portal.admin_forms import install_admin_forms
        from portal.hygiene import pre_save_nfc
        from portal.roles import default_responsible_unit
        from portal.users import install_vietnamese_name_order
        from portal.workflows import connect_signals

        # NFC on every save of pages, portal snippets and revisions (portal.hygiene)
        pre_save.connect(pre_save_nfc, dispatch_uid="portal_pre_save_nfc")
        # a page made in code without a responsible unit gets its owner's (portal.roles)
        pre_save.connect(default_responsible_unit, dispatch_uid="portal_default_unit")
        # text hygiene in every page and snippet admin form (portal.admin_forms)
        install_admin_forms()
        # approvers are told when content reaches their step (portal.workflows)
        connect_signals()
        # users are named family name first, as Vietnamese names are (portal.users)
        install_vietnamese_name_order()
