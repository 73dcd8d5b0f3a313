"""Sending a rendered PDF to a printer through Qt's print dialog."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QWidget

PRINT_DPI = 300


def page_size(paper: str) -> QPageSize:
    if paper == "roll80":
        return QPageSize(QSizeF(80, 297), QPageSize.Unit.Millimeter, "80mm roll")
    if paper == "A4":  # certificates
        return QPageSize(QPageSize.PageSizeId.A4)
    return QPageSize(QPageSize.PageSizeId.A5)


def print_pdf(path: Path, paper: str, parent: QWidget | None = None, printer: QPrinter | None = None,
              ask: bool = True, printer_name: str = "") -> bool:
    """Returns False when the worker cancelled the dialog. With `printer_name` (the desk's printer from its
    settings; not "ask") the document goes straight to that printer while it is installed."""
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    if printer_name and printer_name != "ask" and printer_name in QPrinterInfo.availablePrinterNames():
        printer.setPrinterName(printer_name)
        ask = False
    printer.setPageLayout(QPageLayout(page_size(paper), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    if ask:
        dialog = QPrintDialog(printer, parent)
        dialog.setObjectName("printDialog")
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
    document = QPdfDocument(parent)
    document.load(str(path))
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(f"printer {printer.printerName() or printer.outputFileName()} cannot start")
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            target = painter.viewport()
            scale = min(target.width() / points.width(), target.height() / points.height())
            image = document.render(page, (points * (PRINT_DPI / 72)).toSize())
            width, height = int(points.width() * scale), int(points.height() * scale)
            painter.drawImage(target.adjusted(0, 0, width - target.width(), height - target.height()), image)
    finally:
        painter.end()
        document.close()
    return True
