"""The certificate register (证明登记簿): find a certificate by number, name or a
scanned QR code, print a copy, or void one that was issued wrongly."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from app.services import certificates
from app.services.backoffice_dto import CertificateInfo
from app.services.context import ServiceContext
from app.services.errors import DomainError
from app.services.permissions import Perm

from ..chrome import MessageBar, press_buttons_on_enter, window_shortcut
from ..feedback import error_text
from ..formats import datetime_text
from ..models import Column, RowsModel
from ..print_pdf import print_pdf
from ..search_list import ArrowKeysMoveHighlight, setup_results_table

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 200
VOID_GREY = "#9e9e9e"
LIVE_GREEN = "#1b5e20"


def _when(at) -> str:
    return datetime_text(at)


class VoidDialog(QDialog):
    """Asks why a certificate is voided: the reason goes on the affair's record."""

    def __init__(self, number: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.number = number
        self._build_ui()
        self.retranslate()
        self.reason.textChanged.connect(self._update)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._update()

    def _build_ui(self) -> None:
        self.setObjectName("voidCertificateDialog")
        self.setModal(True)
        self.setMinimumWidth(460)
        self.prompt = QLabel(objectName="voidPrompt")
        self.prompt.setWordWrap(True)
        self.reason = QLineEdit(objectName="voidReason")
        self.reason.setMaxLength(certificates.REASON_MAX)
        self.prompt.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, objectName="voidButtons")
        for b in self.buttons.buttons():
            b.setObjectName(self.buttons.objectName() + self.buttons.standardButton(b).name)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Void a certificate"))
        self.prompt.setText(self.tr("Void certificate %1. The number is never used again. &Reason:")
                            .replace("%1", self.number))
        self.reason.setPlaceholderText(self.tr("e.g. wrong address printed; resident's request"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Void"))
        # Qt's own translations are not loaded: label the standard button from our catalogue.
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.reason.text().strip()))

    def text(self) -> str:
        return self.reason.text().strip()


class CertificateRegisterDialog(QDialog):
    def __init__(self, ctx: ServiceContext, output_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.output_dir = Path(output_dir)
        self.last_pdf: Path | None = None
        self._build_ui()
        self._build_shortcuts()
        self.retranslate()
        self._wire()
        self.run_search()
        self.search.setFocus()

    # -- layout -------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setObjectName("certificateRegisterDialog")
        self.resize(1180, 620)
        self.title = QLabel(objectName="certRegisterTitle")
        self.title.setProperty("role", "paneTitle")
        self.search = QLineEdit(objectName="certSearch")
        self.search.setClearButtonEnabled(True)
        self.search_button = QPushButton(objectName="certSearchButton")
        self.search_button.setAutoDefault(False)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.search_button)
        self.model = RowsModel([
            Column(lambda: self.tr("Certificate number"), lambda c: c.number, self._grey),
            Column(lambda: self.tr("Certificate"), lambda c: c.title, self._grey),
            Column(lambda: self.tr("Resident"), lambda c: c.resident_name, self._grey),
            Column(lambda: self.tr("Affair number"), lambda c: c.affair_number, self._grey),
            Column(lambda: self.tr("Issued"), lambda c: _when(c.issued_at), self._grey),
            Column(lambda: self.tr("Issued by"), lambda c: c.issuer_name, self._grey),
            Column(lambda: self.tr("Prints"), lambda c: c.print_count, self._grey),
            Column(lambda: self.tr("State"), self._state,
                   lambda c: VOID_GREY if c.voided_at else LIVE_GREEN),
        ], self)
        self.table = QTableView(objectName="certTable")
        setup_results_table(self.table, self.model)
        self.count = QLabel(objectName="certCount")
        self.reprint_button = QPushButton(objectName="certReprintButton")
        self.reprint_button.setProperty("role", "primary")
        self.void_button = QPushButton(objectName="certVoidButton")
        self.folder_button = QPushButton(objectName="certFolderButton")
        self.close_button = QPushButton(objectName="certCloseButton")
        for b in (self.reprint_button, self.void_button, self.folder_button, self.close_button):
            # No default button: Enter in the search box searches and nothing else.
            b.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.reprint_button)
        buttons.addWidget(self.void_button)
        buttons.addWidget(self.folder_button)
        buttons.addWidget(self.close_button)
        self.message_bar = MessageBar("messageBar")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message_bar)
        self.timer = QTimer(self, objectName="certSearchTimer")
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        QWidget.setTabOrder(self.search, self.table)
        QWidget.setTabOrder(self.table, self.reprint_button)
        QWidget.setTabOrder(self.reprint_button, self.void_button)
        QWidget.setTabOrder(self.void_button, self.folder_button)
        QWidget.setTabOrder(self.folder_button, self.close_button)

    def _build_shortcuts(self) -> None:
        window_shortcut(self, "Ctrl+F", lambda: (self.search.setFocus(), self.search.selectAll()),
                        "certShortcutSearch")
        window_shortcut(self, "Ctrl+P", self.reprint, "certShortcutReprint")
        window_shortcut(self, "Ctrl+D", self.void_selected, "certShortcutVoid")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Certificate register"))
        self.title.setText(self.tr("Certificate register  (Ctrl+F to search)"))
        self.search.setPlaceholderText(self.tr("Certificate number, resident name, or scan the QR code"))
        self.search_button.setText(self.tr("Search"))
        self.reprint_button.setText(self.tr("Reprint copy (Ctrl+P)"))
        self.reprint_button.setToolTip(self.tr("Print the certificate again, marked as a copy"))
        self.void_button.setText(self.tr("Void… (Ctrl+D)"))
        self.folder_button.setText(self.tr("Open PDF folder"))
        self.folder_button.setToolTip(str(self.output_dir))
        self.close_button.setText(self.tr("Close (Esc)"))
        self.model.relabel()
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _wire(self) -> None:
        self.search.textChanged.connect(self._typed)
        self.timer.timeout.connect(self.run_search)
        self.search.returnPressed.connect(self.run_search)
        self.search_button.clicked.connect(self.run_search)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        # Enter on a row only moves to the reprint button: a copy is counted, so it takes a second Enter.
        self.table.activated.connect(lambda _i: self.reprint_button.isEnabled() and self.reprint_button.setFocus())
        self.reprint_button.clicked.connect(self.reprint)
        self.void_button.clicked.connect(self.void_selected)
        self.folder_button.clicked.connect(self.open_folder)
        self.close_button.clicked.connect(self.reject)
        ArrowKeysMoveHighlight(self.search, self.table)
        # Without default buttons Qt ignores Enter on a focused button; keyboard users expect a press.
        press_buttons_on_enter(self.search_button, self.reprint_button, self.void_button, self.folder_button,
                               self.close_button)

    # -- display ------------------------------------------------------------

    def _grey(self, c: CertificateInfo) -> str | None:
        return VOID_GREY if c.voided_at else None

    def _state(self, c: CertificateInfo) -> str:
        if c.voided_at is None:
            return self.tr("Valid")
        return self.tr("Void: %1").replace("%1", c.void_reason)

    def _show_count(self) -> None:
        self.count.setText(self.tr("Certificates: %1").replace("%1", str(self.model.rowCount())))

    def show_message(self, text: str, ok: bool = False) -> None:
        self.message_bar.show_text(text, ok)

    def hide_message(self) -> None:
        self.message_bar.dismiss()

    def selected(self) -> CertificateInfo | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        cert = self.selected()
        live = cert is not None and cert.voided_at is None
        self.reprint_button.setEnabled(live)
        self.void_button.setEnabled(live)

    # -- behaviour ----------------------------------------------------------

    def _typed(self, text: str) -> None:
        # A scanner types the payload character by character and ends with Enter:
        # checking it before the Enter would flash "invalid code" at every keystroke.
        if text.strip().startswith(certificates.PAYLOAD_PREFIX + ":"):
            self.timer.stop()
        else:
            self.timer.start()

    def run_search(self) -> list[CertificateInfo]:
        self.timer.stop()
        keep = self.selected()
        try:
            rows = certificates.register(self.ctx, self.search.text())
        except DomainError as err:
            self.show_message(error_text(err))
            self.search.selectAll()
            return []
        self.hide_message()
        self._set_rows(rows, keep.id if keep else None)
        return rows

    def _set_rows(self, rows: list[CertificateInfo], keep_id: int | None = None) -> None:
        self.model.set_rows(rows)
        row = next((i for i, c in enumerate(rows) if c.id == keep_id), 0)
        if rows:
            self.table.selectRow(row)
        self._show_count()
        self._update_buttons()

    def refresh(self) -> None:
        keep = self.selected()
        try:
            rows = certificates.register(self.ctx, self.search.text())
        except DomainError:
            rows = certificates.register(self.ctx, "")
        self._set_rows(rows, keep.id if keep else None)

    def reprint(self) -> Path | None:
        cert = self.selected()
        if cert is None or cert.voided_at is not None:
            return None
        copy_no = cert.print_count  # the original was print 1: the first copy is copy 1
        try:
            path = self.write_copy(cert.id, cert.number, copy_no)
        except Exception as err:  # DomainError (voided meanwhile), PrintingError, OSError
            log.exception("copy of %s not written", cert.number)
            self.show_message(error_text(err))
            self.refresh()
            return None
        self.last_pdf = path
        self.refresh()
        try:
            printed = print_pdf(path, "A4", self)
        except OSError as err:
            self.show_message(self.tr("Copy saved to %1, but printing failed: %2")
                              .replace("%1", str(path)).replace("%2", error_text(err)))
            return path
        text = (self.tr("Copy printed and saved to %1") if printed
                else self.tr("Copy saved to %1 (not printed)")).replace("%1", str(path))
        self.show_message(text, ok=True)
        return path

    def write_copy(self, certificate_id: int, number: str, copy_no: int) -> Path:
        # reportlab costs ~0.3 s to import: keep it off the start-up path.
        from app.printing.output import certificate_bytes, write_pdf

        doc = certificates.document(self.ctx, certificate_id, reprint=True)
        self.output_dir.mkdir(parents=True, exist_ok=True)
        path = self.output_dir / f"{number}-copy{copy_no}.pdf"
        write_pdf(certificate_bytes(doc), path)
        return path

    def ask_reason(self, number: str) -> str | None:
        dialog = VoidDialog(number, self)
        try:
            return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def void_selected(self) -> bool:
        cert = self.selected()
        if cert is None or cert.voided_at is not None:
            return False
        try:
            # Ask the service first: a worker without the right is told so before typing a reason.
            self.ctx.require(Perm.VOID_CERTIFICATE)
        except DomainError as err:
            self.show_message(error_text(err))
            return False
        reason = self.ask_reason(cert.number)
        if reason is None:
            return False
        try:
            certificates.void(self.ctx, cert.id, reason)
        except DomainError as err:
            self.show_message(error_text(err))
            self.refresh()
            return False
        self.refresh()
        self.show_message(self.tr("Certificate %1 voided").replace("%1", cert.number), ok=True)
        return True

    def open_folder(self) -> None:
        self.output_dir.mkdir(parents=True, exist_ok=True)
        self.show_message(self.tr("PDF folder: %1").replace("%1", str(self.output_dir)), ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.output_dir)))
